// Instances of Python classes derived from list, str, int or float (lang/base_*.js) are
// objects that hold the builtin value in `$v` and answer Python's protocols through
// dunders. Code that needs the builtin itself (isinstance, json, str.join) recognises
// them with unsub.js.
import { PyObject } from "./object.js";
import { $pynew } from "./pynew.js";
import { $unsub } from "./unsub.js";

export class $Sub extends PyObject {
  constructor(...args) {
    // Always Python's two steps: the base's __new__ makes the value, then __init__.
    return $pynew(new.target, args);
  }
  // The base's __new__: a bare instance of cls holding `value`.
  static $holding(cls, value) {
    const o = Object.create(cls.prototype);
    o.$v = value;
    return o;
  }
}
Object.defineProperty($Sub.prototype, "$wraps", { value: true }); // unsub.js
// JS code given an instance (`from js import`, Workers APIs) converts it as its value:
// `String(x)`, `${x}`, `new URL(x)`, `+x`. (Python's `toString` is stored as `toString$`.)
Object.defineProperty($Sub.prototype, "toString", { value() { return String(this.$v); } });
Object.defineProperty($Sub.prototype, "valueOf", { value() { return this.$v; } });

// Give class C the builtin's named methods: C.prototype[name](...a) is
// method(name)(this.$v, ...a), arguments that are such instances passed as their values.
export function $delegate(C, names, method) {
  for (const name of names) {
    const m = method(name);
    Object.defineProperty(C.prototype, name, {
      configurable: true,
      writable: true,
      value: { [name](...a) { return m(this.$v, ...a.map($unsub)); } }[name],
    });
  }
}
