// Class creation hooks.
import { PyTypeError } from "../builtins/exceptions.js";

// After `class C(Base): ...`: Python calls __init_subclass__ as found after C in its MRO
// (a hook C defines itself is for C's subclasses), with cls = C.
export function $init_subclass(C) {
  const parent = Object.getPrototypeOf(C);
  if (parent !== null && parent.$isType === true) {
    // `class X(list)` is compiled to derive from a real base (lang/base_*.js); a builtin
    // type reached through another name (`L = list; class X(L)`) is not.
    throw new PyTypeError(
      `cfpy: class ${C.name} derives from the builtin type '${parent.__name__}' through another ` +
      `name; write the builtin's own name in the class statement (class ${C.name}(${parent.__name__}))`);
  }
  const hook = parent === null ? undefined : parent.__init_subclass__;
  if (typeof hook === "function") hook.call(C);
  return C;
}
