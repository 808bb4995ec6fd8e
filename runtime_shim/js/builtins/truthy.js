// Python truthiness.
import { PyTypeError } from "./exceptions.js";
import { type_name } from "./object.js";

export function $truthy(x) {
  if (x === true) return true;
  if (x === false || x === null || x === undefined) return false;
  switch (typeof x) {
    case "number": return x !== 0; // NaN is truthy
    case "string": return x.length !== 0;
    case "bigint": return x !== 0n;
    case "function": return true;
  }
  if (Array.isArray(x)) {
    if (x.constructor === Array) return x.length !== 0;
  }
  if (typeof x.__bool__ === "function") {
    const r = x.__bool__();
    if (r !== true && r !== false) {
      throw new PyTypeError(`__bool__ should return bool, returned ${type_name(r)}`);
    }
    return r;
  }
  if (typeof x.__len__ === "function") return x.__len__() !== 0;
  if (Array.isArray(x)) return x.length !== 0;
  if (x instanceof Uint8Array) return x.length !== 0;
  return true;
}

export function $not(x) {
  return !$truthy(x);
}
