// PyObject base class, class-attribute helper, type_name.
// No imports except exceptions (for the "takes no arguments" error) to stay tiny.
import { PyTypeError } from "./exceptions.js";
import { jsKey } from "./attrkey.js";
import { Tuple } from "./tuple.js";
import { Property, StaticMethod, ClassMethod } from "./descriptors.js";

export class PyObject {
  static $builtin = true; // own: shown as <class 'object'>
  static $mroEnd = true;
  constructor(...args) {
    const C = new.target;
    // A class with its own __new__, __setattr__ or __slots__ is built the general way
    // (pynew.js; installed by the compiler's `$newstyle(C)` after such a class).
    if (general !== null && (C.__new__ !== objectNew || C.prototype.__setattr__ !== objectSetattr ||
        C.__slots__ !== undefined)) {
      return general(C, args);
    }
    this.__init__(...args);
  }
  // object.__new__(cls): a bare instance, __init__ not yet called.
  static __new__(cls) { return Object.create(cls.prototype); }
  // object.__setattr__: the plain store (past an instance's attribute proxy, see $pynew).
  __setattr__(name, value) {
    const target = this[$RAW] ?? this;
    target[jsKey(name)] = value;
    return null;
  }
  static get $pyname() { return "object"; }
  static get __name__() { return class_name(this); }
  static __init_subclass__() {}
  static get __qualname__() { return this.__name__; }
  static get __mro__() { return Tuple.from(py_mro(this, Function.prototype)); }
  static mro() { return py_mro(this, Function.prototype); }
  static get __base__() { return this.__bases__[0]; }
  static get __bases__() {
    if (Object.prototype.hasOwnProperty.call(this, "$bases")) return Tuple.from(this.$bases);
    const base = Object.getPrototypeOf(this);
    return Tuple.of(!base || base === Function.prototype ? PyObject : base);
  }
  __init__(...args) {
    if (args.length) throw new PyTypeError(`${type_name(this)}() takes no arguments`);
  }
}

const objectNew = PyObject.__new__;

// `C.m` for an instance method `m` (JS key `key`) read on class C: the function that
// takes the instance first. One wrapper per method, so `C.m is Base.m` holds as in Python.
export function unbound_method(C, key, name) {
  const m = C.prototype[key];
  if (Object.prototype.hasOwnProperty.call(m, "$ub")) return m.$ub;
  const f = function (self, ...args) { return m.apply(self, args); };
  if (m.$p) f.$p = { ...m.$p, names: ["self", ...m.$p.names], nreq: m.$p.nreq ? m.$p.nreq + 1 : 0 };
  let owner = C.prototype;
  while (!Object.prototype.hasOwnProperty.call(owner, key)) owner = Object.getPrototypeOf(owner);
  f.__name__ = name;
  f.__qualname__ = `${class_name(owner.constructor)}.${name}`;
  Object.defineProperty(m, "$ub", { value: f });
  return f;
}

const objectSetattr = PyObject.prototype.__setattr__;
export { objectSetattr as $object_setattr };
// The key under which an instance's attribute proxy (pynew.js) answers its target.
export const $RAW = Symbol("cfpy.raw");

let general = null;
export function $set_general_new(f) { general = f; }

// The MRO of class C: its prototype chain up to `stop` or, from a class made with multiple
// bases (own $mro, lang/mro.js), that class's recorded MRO.
export function py_mro(C, stop) {
  const chain = [];
  for (let K = C; K && K !== stop && K !== Function.prototype; K = Object.getPrototypeOf(K)) {
    if (Object.prototype.hasOwnProperty.call(K, "$mro")) return chain.concat(K.$mro);
    chain.push(K);
    // A builtin's stand-in (`list` for `class X(list)`): the runtime classes behind it
    // are not Python's, object comes next.
    if (Object.prototype.hasOwnProperty.call(K, "$mroEnd")) return chain.concat(K === PyObject ? [] : [PyObject]);
  }
  if (stop === Error) chain.push(PyObject);
  return chain;
}

// Mark runtime class C as the builtin type it stands for in class statements and MROs
// (lang/base_*.js), giving it object's class-level attributes when it lacks them.
export function $builtin_class(C) {
  Object.defineProperty(C, "$builtin", { value: true });
  Object.defineProperty(C, "$mroEnd", { value: true });
  if (!(C.prototype instanceof PyObject)) {
    for (const key of ["__name__", "__qualname__", "__mro__", "mro", "__base__", "__bases__", "__init_subclass__"]) {
      if (!(key in C)) Object.defineProperty(C, key, Object.getOwnPropertyDescriptor(PyObject, key));
    }
  }
  return C;
}

// Python name of a JS class/constructor. Runtime classes whose JS name differs from the
// Python one (Tuple -> tuple) define an own static getter `$pyname`.
export function class_name(C) {
  if (C == null) return "object";
  if (Object.prototype.hasOwnProperty.call(C, "$pyname")) return C.$pyname;
  if (Object.prototype.hasOwnProperty.call(C, "__name__") && typeof C.__name__ === "string") return C.__name__;
  return C.name;
}

// type(x).__name__ for error messages.
export function type_name(x) {
  switch (typeof x) {
    case "string": return "str";
    case "number": return Number.isInteger(x) ? "int" : "float";
    case "boolean": return "bool";
    case "undefined": return "NoneType";
    case "bigint": return "int";
    case "function":
      if (x.$isType || /^class[\s{]/.test(Function.prototype.toString.call(x))) return "type";
      return x.$builtin ? "builtin_function_or_method" : "function";
    case "symbol": return "symbol";
  }
  if (x === null) return "NoneType";
  if (Array.isArray(x) && x.constructor === Array) return "list";
  const C = x.constructor;
  if (C === Object || C === undefined) return "object";
  if (Object.prototype.hasOwnProperty.call(C, "$tpname")) return C.$tpname;
  return class_name(C);
}

// Class attributes: static fields mirrored onto the prototype through accessors that
// read the (possibly overridden) static of the instance's class; assigning on an
// instance creates an instance attribute (like Python).
// Usage after the class declaration: $clsattrs(C, ["x", "y"]).
export function $clsattrs(C, names) {
  for (const name of names.map(jsKey)) {
    const own = C[name];
    if (own instanceof Property) {
      Object.defineProperty(C.prototype, name, own.$descriptor(name, class_name(C)));
      Object.defineProperty(C.prototype, `$del:${name}`, {
        configurable: true,
        value() { own.$delete(this, name, class_name(C)); },
      });
      continue;
    }
    if (own instanceof StaticMethod) C[name] = own.__func__;
    if (own instanceof ClassMethod) {
      const f = own.__func__;
      C[name] = function (...a) { return f(this, ...a); };
      C[name].$cm = true;
    }
    Object.defineProperty(C.prototype, name, {
      configurable: true,
      get() {
        const v = this.constructor[name];
        // A classmethod read through an instance is bound to the class.
        if (typeof v === "function" && v.$cm) return v.bind(this.constructor);
        if (typeof v === "function" && v.$selffirst) {
          const self = this;
          return function (...a) { return v(self, ...a); };
        }
        return v;
      },
      set(v) {
        Object.defineProperty(this, name, { value: v, writable: true, configurable: true, enumerable: true });
      },
    });
  }
  return C;
}

// Identity-based id() numbers (stable per object).
let ids = null;
let nextId = 0x7f0000001000;
export function id(x) {
  if (x === null || x === undefined) return 0x7f00000000a0;
  if (typeof x !== "object" && typeof x !== "function") return idOfPrimitive(x);
  if (ids === null) ids = new WeakMap();
  let v = ids.get(x);
  if (v === undefined) { v = nextId; nextId += 16; ids.set(x, v); }
  return v;
}
function idOfPrimitive(x) {
  // Equal primitives share an id (close enough to CPython's interning behaviour).
  let h = 0;
  const s = typeof x + String(x);
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return 0x7e0000000000 + (h >>> 0) * 16;
}

// Make a builtin type object: a callable (constructor/converter) that is also an
// isinstance() target. Use as `export const int = /* @__PURE__ */ $mktype("int", fn, check, Cls)`.
//   check(x): isinstance test; Cls: the JS class backing instances (for `class X(dict)` the
//   compiler extends `dict.$cls`); statics: class-level methods (dict.fromkeys, ...).
export function $mktype(name, fn, check, cls, statics) {
  if (statics) Object.assign(fn, statics);
  fn.__name__ = name;
  fn.__qualname__ = name;
  fn.__module__ = "builtins";
  fn.$isType = true;
  fn.$isinst = check;
  fn.$cls = cls;
  // type(instance) answers the type object, not the JS class (types.js type()).
  if (cls) Object.defineProperty(cls, "$type", { value: fn, configurable: true });
  return fn;
}

// property(fget, fset, fdel, doc) / staticmethod(f) / classmethod(f) as functions.
export const property = /* @__PURE__ */ $mktype("property", function property(fget, fset, fdel, doc) {
  return new Property(fget, fset, fdel, doc);
}, (x) => x instanceof Property, Property);
export const staticmethod = /* @__PURE__ */ $mktype("staticmethod", function staticmethod(f) {
  return new StaticMethod(f);
}, (x) => x instanceof StaticMethod, StaticMethod);
export const classmethod = /* @__PURE__ */ $mktype("classmethod", function classmethod(f) {
  return new ClassMethod(f);
}, (x) => x instanceof ClassMethod, ClassMethod);
