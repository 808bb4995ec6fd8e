// Builtin type objects: callables that are also isinstance()/issubclass() targets, and
// isinstance / issubclass / type / callable.
import { PyTypeError } from "./exceptions.js";
import { PyObject, $mktype, id } from "./object.js";
import { NoneType } from "./nonetype.js";
import { $str, $repr, obj_repr } from "./repr.js";
import { NotImplemented } from "./equality.js";
import { $truthy } from "./truthy.js";
import { $to_int, $to_float } from "./numeric.js";
import { $iter } from "./iter.js";
import { Tuple } from "./tuple.js";
import { $issub } from "./unsub.js";
import { Dict } from "./dict.js";
import { PySet, FrozenSet } from "./set.js";
import { KW } from "./kw.js";
import { Float, $fbox, $isfloat } from "./floatbox.js";
import { int_from_bytes, float_fromhex } from "./intmethods.js";

function isIntVal(x) {
  return typeof x === "boolean" || typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x));
}

export const int = /* @__PURE__ */ $mktype("int", function int(x, base) {
  if (base instanceof KW) { const o = base.o; base = o.base; }
  return $to_int(x, base);
}, isIntVal, null, { from_bytes: int_from_bytes });

export const float = /* @__PURE__ */ $mktype("float", function float(x) {
  return $fbox($to_float(x));
}, $isfloat, null, { fromhex: (s) => $fbox(float_fromhex(s)) });

export const bool = /* @__PURE__ */ $mktype("bool", function bool(x) {
  return x === undefined ? false : $truthy(x);
}, (x) => typeof x === "boolean", null);

export const str = /* @__PURE__ */ $mktype("str", function str(x, encoding, errors) {
  if (x === undefined) return "";
  if (encoding !== undefined && x !== null && typeof x === "object" && typeof x.decode === "function") {
    return x.decode(encoding, errors);
  }
  return $str(x);
}, (x) => typeof x === "string", null);

function toList(x) {
  if (x === undefined) return [];
  if (Array.isArray(x)) return Array.prototype.slice.call(x);
  return Array.from($iter(x));
}

export const list = /* @__PURE__ */ $mktype("list", function list(x) {
  return toList(x);
}, (x) => Array.isArray(x) && !(x instanceof Tuple), Array);

export const tuple = /* @__PURE__ */ $mktype("tuple", function tuple(x) {
  if (x === undefined) return Tuple.of();
  if (x instanceof Tuple && x.constructor === Tuple) return x;
  if (Array.isArray(x)) return Tuple.from(x);
  return Tuple.from($iter(x));
}, (x) => x instanceof Tuple, Tuple);

export const dict = /* @__PURE__ */ $mktype("dict", function dict(...args) {
  const d = new Dict();
  d.update(...args);
  return d;
}, (x) => x instanceof Dict, Dict, { fromkeys: (it, v = null) => Dict.fromkeys($iter(it), v) });

export const set = /* @__PURE__ */ $mktype("set", function set(x) {
  return new PySet(x === undefined ? null : $iterable(x));
}, (x) => x instanceof PySet && !(x instanceof FrozenSet), PySet);

export const frozenset = /* @__PURE__ */ $mktype("frozenset", function frozenset(x) {
  if (x instanceof FrozenSet) return x;
  return new FrozenSet(x === undefined ? null : $iterable(x));
}, (x) => x instanceof FrozenSet, FrozenSet);

function $iterable(x) {
  return Array.isArray(x) || typeof x === "string" ? x : $iter(x);
}

export const object = /* @__PURE__ */ $mktype("object", function object() {
  return new PyObject();
}, () => true, PyObject, {
  // object.__new__(cls) / object.__setattr__(self, name, value) called explicitly.
  __new__: (cls) => PyObject.__new__(cls),
  __init__: (self, ...args) => {
    if (args.length) throw new PyTypeError(`object.__init__() takes exactly one argument (the instance to initialize)`);
    return null;
  },
  __setattr__: (self, name, value) => PyObject.prototype.__setattr__.call(self, name, value),
  // `__hash__ = object.__hash__` (keeping identity hashing next to an own __eq__) & co.
  __hash__: (self) => Math.floor(id(self) / 16),
  __eq__: (self, other) => (self === other ? true : NotImplemented),
  __ne__: (self, other) => (self === other ? false : NotImplemented),
  __repr__: (self) => obj_repr(self),
  __str__: (self) => $repr(self),
});

export { NoneType }; // (its own module: builtins/union.js needs it below this one)

const functionType = /* @__PURE__ */ $mktype("function", function $function() {
  throw new PyTypeError("cannot create 'function' instances");
}, (x) => typeof x === "function" && !isClassLike(x), null);

// Generator objects: JS generators made by compiled `def`s with `yield` and by generator
// expressions (their constructor is no function, so type() names them here).
const GeneratorProto = /* @__PURE__ */ Object.getPrototypeOf(function* () {}.prototype);
const AsyncGeneratorProto = /* @__PURE__ */ Object.getPrototypeOf(async function* () {}.prototype);
const generatorType = /* @__PURE__ */ $mktype("generator", function generator() {
  throw new PyTypeError("cannot create 'generator' instances");
}, (x) => x !== null && typeof x === "object" && GeneratorProto.isPrototypeOf(x), null);
const asyncGeneratorType = /* @__PURE__ */ $mktype("async_generator", function async_generator() {
  throw new PyTypeError("cannot create 'async_generator' instances");
}, (x) => x !== null && typeof x === "object" && AsyncGeneratorProto.isPrototypeOf(x), null);

function isClassLike(f) {
  return f.$isType === true || (typeof f === "function" && f.prototype !== undefined &&
    /^class[\s{]/.test(Function.prototype.toString.call(f)));
}

// type(x) -> the type object of x (builtin type objects for builtin values, the class
// otherwise). 3-argument type() is not supported.
export const type = /* @__PURE__ */ $mktype("type", function type(x, bases, ns) {
  if (bases !== undefined) throw new PyTypeError("type() with 3 arguments is not supported");
  switch (typeof x) {
    case "number": return Number.isInteger(x) ? int : float;
    case "string": return str;
    case "boolean": return bool;
    case "undefined": return NoneType;
    case "bigint": return int;
    case "function": return isClassLike(x) ? type : functionType;
  }
  if (x === null) return NoneType;
  const C = x.constructor;
  if (C === Array) return list;
  if (C === Float) return float;
  if (C === Tuple) return tuple;
  if (C === Dict) return dict;
  if (C === PySet) return set;
  if (C === FrozenSet) return frozenset;
  if (C === undefined || C === Object) return object;
  if (typeof C === "function" && Object.prototype.hasOwnProperty.call(C, "$type")) return C.$type;
  if (typeof C !== "function") {
    if (GeneratorProto.isPrototypeOf(x)) return generatorType;
    if (AsyncGeneratorProto.isPrototypeOf(x)) return asyncGeneratorType;
  }
  if (C.$typeobj !== undefined) return C.$typeobj; // e.g. Complex -> complex
  return C;
}, (x) => isClassLike(x), null);

function isinst(x, cls) {
  if (typeof cls === "function") {
    // An instance of a class derived from list/str/int/float holds the builtin value.
    if (cls.$isinst !== undefined) return cls.$isinst(x) || ($issub(x) && cls.$isinst(x.$v));
    if (typeof cls.__instancecheck__ === "function") return $truthy(cls.__instancecheck__(x));
    return x instanceof cls;
  }
  if (Array.isArray(cls)) {
    for (const c of cls) if (isinst(x, c)) return true;
    return false;
  }
  if (cls !== null && typeof cls === "object" && Array.isArray(cls.__args__)) {
    return isinst(x, cls.__args__); // typing.Union-like
  }
  throw new PyTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

export function isinstance(x, cls) {
  return isinst(x, cls);
}

// `except T:` matching the caught exception e: CPython refuses a T that is not an
// exception class (or a tuple of them) when it is checked.
export function $exc_match(e, T) {
  if (!excClasses(T)) {
    const err = new PyTypeError("catching classes that do not inherit from BaseException is not allowed");
    err.__context__ = e; // raised while e was being handled
    throw err;
  }
  return isinst(e, T);
}

function excClasses(T) {
  if (Array.isArray(T)) return T.every(excClasses);
  // Exception classes (and JS error classes) have Error.prototype on their chain.
  return typeof T === "function" && (T === Error || T.prototype instanceof Error);
}

const SUPERS = { bool: ["int"] };

export function issubclass(C, B) {
  if (typeof C !== "function") throw new PyTypeError("issubclass() arg 1 must be a class");
  if (Array.isArray(B)) return B.some((b) => issubclass(C, b));
  if (B !== null && typeof B === "object" && Array.isArray(B.__args__)) return issubclass(C, B.__args__); // int | str
  if (typeof B !== "function") {
    throw new PyTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  if (C === B || B === object) return true;
  // A class with its own check (typing.Protocol: lang/protocol.js).
  if (typeof B.__subclasscheck__ === "function") return $truthy(B.__subclasscheck__(C));
  if (C.$isType && B.$isType) return (SUPERS[C.__name__] || []).includes(B.__name__);
  const base = B.$isType ? B.$cls : B;
  const proto = C.$isType ? (C.$cls ? C.$cls.prototype : null) : C.prototype;
  if (proto === null || proto === undefined) return false;
  // `class X(list)` derives from the base the compiler gives it (lang/base_*.js), which
  // names the builtin type it stands in for.
  if (B.$isType && (C.$isType ? C.$cls : C)?.$stands_for === B) return true;
  return typeof base === "function" && proto instanceof base;
}

export function callable(x) {
  return typeof x === "function" || (x !== null && typeof x === "object" && typeof x.__call__ === "function");
}


