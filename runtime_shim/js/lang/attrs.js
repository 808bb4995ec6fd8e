// Attribute access with Python's errors. The compiler emits `o.x ?? $nullattr(o, "x")`:
// a present attribute holding None (null) is returned as None, a missing one raises.
import { AttributeError } from "../builtins/exceptions.js";
import { type_name, class_name, unbound_method, $lateattr } from "../builtins/object.js";
import { Tuple } from "../builtins/tuple.js";
import { num_attr } from "../builtins/intmethods.js";
import { type } from "../builtins/types.js";
import { Float, $isnumber } from "../builtins/floatbox.js";
import { js_key } from "../builtins/attrkey.js";
import { $call } from "../builtins/call.js";
import { vars } from "../builtins/builtins.js";
import { Dict } from "../builtins/dict.js";
import { suggest_attribute } from "../builtins/suggest.js";

export function $nullattr(o, name) {
  const key = js_key(name);
  // (An unset __slots__ slot is present and undefined: missing, builtins/pynew.js.)
  if (o !== null && o !== undefined && key in Object(o) && (o[key] !== undefined || o.$slotted !== true)) return o[key] ?? null;
  if ($lateattr(o, key)) return o[key] ?? null;
  if (o !== null && typeof o === "object" && typeof o.__getattr__ === "function") return o.__getattr__(name);
  const special = specialAttr(o, name);
  if (special !== undefined) return special;
  throw noAttr(o, name);
}

function noAttr(o, name) {
  const tn = type_name(o);
  const e = tn === "type" ? new AttributeError(`type object '${class_name(o)}' has no attribute '${name}'`)
    : new AttributeError(`'${tn}' object has no attribute '${name}'`);
  e.obj = o;
  e.name$ = name; // Python's AttributeError.name (attrkey.js)
  if (tn !== "type") e.$suggest = () => suggest_attribute(o, name); // the traceback's last line only
  return e;
}

// `$nullattr` for a name that is not one of specialAttr's: the compiler emits this one
// for every other name, so a bundle carries specialAttr (and `vars`, and with it the
// dict type) only when the code reads `__dict__` & co.
export function $noattr(o, name) {
  const key = js_key(name);
  // (An unset __slots__ slot is present and undefined: missing, builtins/pynew.js.)
  if (o !== null && o !== undefined && key in Object(o) && (o[key] !== undefined || o.$slotted !== true)) return o[key] ?? null;
  if ($lateattr(o, key)) return o[key] ?? null;
  if (o !== null && typeof o === "object" && typeof o.__getattr__ === "function") return o.__getattr__(name);
  throw noAttr(o, name);
}

// Attributes every Python object has that JS objects lack (keep SPECIAL_ATTRS in
// transpiler/lower/expressions.py in step).
function specialAttr(o, name) {
  if (o === null || o === undefined) return undefined;
  if (name === "__class__" && (typeof o !== "object" || o instanceof Float)) return type(o);
  if ($isnumber(o)) return num_attr(o, name);
  switch (name) {
    case "__name__":
    case "__qualname__":
      if (typeof o !== "function") return undefined;
      if (o.$p && o.$p.qn) return o.$p.qn;
      return Object.prototype.hasOwnProperty.call(o, "$pyname") ? o.$pyname : o.name;
    case "__doc__":
      return typeof o === "function" && o.$p && o.$p.doc !== undefined ? o.$p.doc : null;
    case "__defaults__":
      if (typeof o !== "function" || type_name(o) === "type") return undefined;
      return o.$p && o.$p.df ? Tuple.from(o.$p.df) : null;
    case "__kwdefaults__":
      if (typeof o !== "function" || type_name(o) === "type") return undefined;
      return o.$p && o.$p.kd ? kwdefaults(o.$p.kd) : null;
    case "__dict__":
      if (typeof o === "object") return vars(o);
      return type_name(o) === "type" ? vars(o) : undefined;
    case "__class__":
      return typeof o === "object" ? o.constructor : undefined;
  }
  return undefined;
}

// A function's `__kwdefaults__`: a new dict of its keyword-only defaults (call.js `kd`).
function kwdefaults(pairs) {
  const d = new Dict();
  for (const [k, v] of pairs) d.$set(k, v);
  return d;
}

// `Cls.method` read on a class: a static member, or the instance method unbound
// (callable with the instance as first argument).
export function $unbound(C, name) {
  const key = js_key(name);
  const own = C[key];
  if (own !== undefined) return own;
  const m = C.prototype[key];
  if (typeof m !== "function") throw new AttributeError(`type object '${C.name}' has no attribute '${name}'`);
  return unbound_method(C, key, name);
}

// `Cls.method(obj, ...)`: a static/class method call, or an instance method called unbound.
// `o.name(...args)` where `o.name` is not a JS function (the compiler's guarded method
// call, transpiler/lower/calls.py; a JS call would throw "... is not a function"): a
// value with __call__ or one that is not callable (TypeError), a class attribute added
// after the class statement, a user __getattr__, else AttributeError.
export function $nomethod(o, name, args) {
  const key = js_key(name);
  const v = o[key];
  if (v !== undefined) return $call(v, args, null);
  if ($lateattr(o, key)) return o[key].apply(o, args);
  if (o !== null && typeof o === "object" && typeof o.__getattr__ === "function") {
    return $call(o.__getattr__(name), args, null);
  }
  throw noAttr(o, name);
}

export function $callu(C, name, ...args) {
  const key = js_key(name);
  const own = C[key];
  if (own !== undefined) return own.apply(C, args);
  const m = C.prototype[key];
  if (typeof m !== "function") throw new AttributeError(`type object '${C.name}' has no attribute '${name}'`);
  return m.apply(args[0], args.slice(1));
}
