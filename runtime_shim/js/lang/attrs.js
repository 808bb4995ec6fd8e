// Attribute access with Python's errors. The compiler emits `o.x ?? $nullattr(o, "x")`:
// a present attribute holding None (null) is returned as None, a missing one raises.
import { AttributeError } from "../builtins/exceptions.js";
import { type_name } from "../builtins/object.js";
import { vars } from "../builtins/builtins.js";
import { jsKey } from "../builtins/attrkey.js";
import { Float } from "../builtins/floatbox.js";

export function $nullattr(o, name) {
  const key = jsKey(name);
  if (o !== null && o !== undefined && key in Object(o)) return o[key] ?? null;
  const special = specialAttr(o, name);
  if (special !== undefined) return special;
  throw new AttributeError(`'${type_name(o)}' object has no attribute '${name}'`);
}

// Attributes every Python object has that JS objects lack.
function specialAttr(o, name) {
  if (o === null || o === undefined) return undefined;
  switch (name) {
    case "__name__":
    case "__qualname__":
      return typeof o === "function" ? (o.$p && o.$p.qn) || o.name : undefined;
    case "__doc__":
      return null;
    case "__dict__":
      return typeof o === "object" ? vars(o) : undefined;
    case "__class__":
      return typeof o === "object" ? o.constructor : undefined;
    case "real":
    case "imag": {
      // int, bool and float have them (complex carries its own)
      const isFloat = o instanceof Float || (typeof o === "number" && !Number.isInteger(o));
      if (!isFloat && typeof o !== "number" && typeof o !== "boolean") return undefined;
      if (name === "real") return typeof o === "boolean" ? +o : o;
      return isFloat ? new Float(0) : 0;
    }
  }
  return undefined;
}

// `Cls.method` read on a class: a static member, or the instance method unbound
// (callable with the instance as first argument).
export function $unbound(C, name) {
  const key = jsKey(name);
  const own = C[key];
  if (own !== undefined) return own;
  const m = C.prototype[key];
  if (typeof m !== "function") throw new AttributeError(`type object '${C.name}' has no attribute '${name}'`);
  const f = (self, ...args) => m.apply(self, args);
  f.__name__ = name;
  return f;
}

// `Cls.method(obj, ...)`: a static/class method call, or an instance method called unbound.
export function $callu(C, name, ...args) {
  const key = jsKey(name);
  const own = C[key];
  if (own !== undefined) return own.apply(C, args);
  const m = C.prototype[key];
  if (typeof m !== "function") throw new AttributeError(`type object '${C.name}' has no attribute '${name}'`);
  return m.apply(args[0], args.slice(1));
}
