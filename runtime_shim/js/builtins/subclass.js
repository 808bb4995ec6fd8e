// Instances of Python classes derived from list, str, int or float (lang/base_*.js) are
// objects that hold the builtin value in `$v` and answer Python's protocols through
// dunders. Code that needs the builtin itself (isinstance, json, str.join) recognises
// them with unsub.js.
import { PyObject } from "./object.js";
import { $pynew } from "./pynew.js";

export class $Sub extends PyObject {
  constructor(...args) {
    // Always Python's two steps: the base's __new__ makes the value, then __init__.
    return $pynew(new.target, args);
  }
}
Object.defineProperty($Sub.prototype, "$wraps", { value: true }); // unsub.js
