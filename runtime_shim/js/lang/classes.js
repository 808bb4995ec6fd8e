// Class creation hooks.
import { PyTypeError } from "../builtins/exceptions.js";
import { PyObject, class_name } from "../builtins/object.js";
import { $callwith } from "../builtins/call.js";

// After `class C(Base): ...`: Python calls __init_subclass__ as found after C in its MRO
// (a hook C defines itself is for C's subclasses), with cls = C.
// Class keywords (`class C(Base, tag=1)`) arrive in `kw`, a plain object.
export function $init_subclass(C, kw) {
  const parent = Object.getPrototypeOf(C);
  if (parent !== null && parent.$isType === true) {
    // `class X(list)` is compiled to derive from a real base (lang/base_*.js); a builtin
    // type reached through another name (`L = list; class X(L)`) is not.
    throw new PyTypeError(
      `cfpy: class ${C.name} derives from the builtin type '${parent.__name__}' through another ` +
      `name; write the builtin's own name in the class statement (class ${C.name}(${parent.__name__}))`);
  }
  const hook = parent === null ? undefined : parent.__init_subclass__;
  if (kw === undefined) {
    if (typeof hook === "function") hook.call(C);
  } else if (hook === undefined || hook === PyObject.__init_subclass__) {
    throw new PyTypeError(`${class_name(C)}.__init_subclass__() takes no keyword arguments`);
  } else {
    $callwith(hook, C, [], kw);
  }
  return C;
}
