// PyObject (Python's object), MROs, class names and type_name, class-attribute helpers.
import { PyTypeError } from "./exceptions.js";
import { js_key } from "./attrkey.js";
import { late } from "./late.js";
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
    target[js_key(name)] = value;
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
late.py_mro = py_mro; // builtins/late.js

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
// Usage after the class declaration: $clsattrs(C, ["x", "y"]); and for every class
// attribute set later ($clsset, setattr, or found by a read: $lateattr).
export function $clsattrs(C, names) {
  for (const name of names.map(js_key)) mirror(C, name);
  return C;
}

const hasOwn = Object.prototype.hasOwnProperty;

function mirror(C, name) {
  const own = C[name];
  if (own instanceof Property) {
    Object.defineProperty(C.prototype, name, own.$descriptor(name, class_name(C)));
    Object.defineProperty(C.prototype, `$del:${name}`, {
      configurable: true,
      value() { own.$delete(this, name, class_name(C)); },
    });
    return;
  }
  const proto = C.prototype;
  if (hasOwn.call(proto, `$del:${name}`)) delete proto[`$del:${name}`]; // a replaced property's
  let staticFn = null; // a staticmethod(f) object's function: never bound
  if (own instanceof StaticMethod) C[name] = staticFn = own.__func__;
  if (own instanceof ClassMethod) {
    const f = own.__func__;
    C[name] = function (...a) { return f(this, ...a); };
    C[name].$cm = true;
  }
  const get = function () { return instanceView(this.constructor[name], this, staticFn); };
  get.$mirror = true;
  Object.defineProperty(proto, name, {
    configurable: true,
    get,
    set(v) {
      Object.defineProperty(this, name, { value: v, writable: true, configurable: true, enumerable: true });
    },
  });
}

// A class attribute read through instance `self`: a Python function becomes a method
// bound to it, a classmethod one bound to its class (as Python's descriptors do).
function instanceView(v, self, staticFn) {
  if (typeof v !== "function") return v;
  if (v.$cm) return v.bind(self.constructor);
  if (v.$selffirst || (v !== staticFn && v.$sm !== true && isPyFunction(v))) {
    const m = function (...a) { return v(self, ...a); };
    if (v.$p) m.$p = { ...v.$p, m: true, names: v.$p.names.slice(1), nreq: Math.max((v.$p.nreq || 0) - 1, 0) };
    m.__self__ = self;
    m.__func__ = v;
    m.__name__ = v.__name__ ?? v.name;
    return m;
  }
  return v;
}

// A compiled def or lambda ($sig gives it its own $p): not a bound method, a partial, a
// class (a class's `prototype` is read-only) or a builtin.
function isPyFunction(v) {
  if (!hasOwn.call(v, "$p") || v.$partial === true) return false;
  const p = v.$p;
  if (p === null || typeof p !== "object" || p.m) return false;
  const d = Object.getOwnPropertyDescriptor(v, "prototype");
  return d === undefined || d.writable === true;
}

// `C.name = v` where C is a class (the compiler emits it when it knows the target is
// one; setattr calls it for any class): the static, and its mirror for instances.
export function $clsset(C, name, v) {
  if (hasOwn.call(C, "$builtin") || C.$isType === true) {
    throw new PyTypeError(`cannot set '${name}' attribute of immutable type '${class_name(C)}'`);
  }
  const key = js_key(name);
  const d = Object.getOwnPropertyDescriptor(C, key);
  if (d !== undefined && d.get !== undefined && d.set === undefined) {
    Object.defineProperty(C, key, { value: v, writable: true, enumerable: true, configurable: true });
  } else {
    C[key] = v;
  }
  const proto = C.prototype;
  if (proto !== null && typeof proto === "object") {
    const pd = Object.getOwnPropertyDescriptor(proto, key);
    const mirrored = pd !== undefined && pd.get !== undefined && pd.get.$mirror === true;
    if (!mirrored || v instanceof Property || v instanceof StaticMethod || v instanceof ClassMethod) {
      mirror(C, key);
    }
  }
  return null;
}

// Is `C` a class (a JS class, or a builtin type object), not a plain function?
export function $isclass(C) {
  if (typeof C !== "function") return false;
  if (C.$isType === true) return true;
  const d = Object.getOwnPropertyDescriptor(C, "prototype");
  return d !== undefined && d.writable === false;
}

// `del C.name`: the static and its mirror go (a read then raises AttributeError).
export function $clsdel(C, key) {
  delete C[key];
  const proto = C.prototype;
  const pd = proto !== null && typeof proto === "object" ? Object.getOwnPropertyDescriptor(proto, key) : undefined;
  if (pd !== undefined && pd.get !== undefined && pd.get.$mirror === true) delete proto[key];
}

// An attribute missing on instance `o` that one of its (Python) classes has gained after
// the class statement without a mirror (`K.x = v` where the compiler could not know `K`
// is a class): mirror it, so this and later reads find it. True when found.
export function $lateattr(o, key) {
  if (o === null || typeof o !== "object") return false;
  for (let K = o.constructor; typeof K === "function" && K !== PyObject; K = Object.getPrototypeOf(K)) {
    if (hasOwn.call(K, "$builtin") || K.$isType === true) return false;
    if (hasOwn.call(K, key)) {
      mirror(K, key);
      return true;
    }
  }
  return false;
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
