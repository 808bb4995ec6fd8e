// Python's abc (CPython implements its core in C, _abc): `ABC` and `abstractmethod`.
// Instantiating a class that still has abstract methods raises CPython's TypeError.
// `ABCMeta` is a metaclass, which cfpy does not compile (CF101): `class X(ABC)` is the
// supported spelling; `ABC.register` (virtual subclasses) is not provided.
import { PyTypeError } from "../builtins/exceptions.js";
import { PyObject, py_mro, class_name } from "../builtins/object.js";
import { $newstyle } from "../builtins/pynew.js";
import { FrozenSet } from "../builtins/set.js";
import { Property, StaticMethod, ClassMethod } from "../builtins/descriptors.js";
import { py_key } from "../builtins/attrkey.js";

export function abstractmethod(f) {
  f.__isabstractmethod__ = true;
  return f;
}

function isAbstract(v) {
  if (v === null || v === undefined) return false;
  if (v instanceof Property) return isAbstract(v.fget) || isAbstract(v.fset) || isAbstract(v.fdel);
  if (v instanceof StaticMethod || v instanceof ClassMethod) return isAbstract(v.__func__);
  // (a decorated method is installed wrapped: lang/methods.js $as_method)
  return (typeof v === "function" || typeof v === "object") && v.__isabstractmethod__ === true;
}

// What class K itself defines as `name` (a method on its prototype, a class attribute or
// descriptor object on K), without running a property's getter; undefined if nothing.
function ownValue(K, name) {
  const d = Object.getOwnPropertyDescriptor(K, name) ?? Object.getOwnPropertyDescriptor(K.prototype, name);
  if (d === undefined) return undefined;
  return "value" in d ? d.value : d.get;
}

const cache = new WeakMap();

// The sorted names of cls's abstract methods: those some class of its MRO defines as
// abstract and the class itself still resolves to an abstract value.
function abstractsOf(cls) {
  let names = cache.get(cls);
  if (names !== undefined) return names;
  const mro = py_mro(cls, Function.prototype);
  const candidates = new Set();
  for (const K of mro) {
    if (K === PyObject || K === ABC || typeof K !== "function") continue;
    for (const own of [K, K.prototype]) {
      for (const name of Object.getOwnPropertyNames(own)) {
        const d = Object.getOwnPropertyDescriptor(own, name);
        if ("value" in d && isAbstract(d.value)) candidates.add(name);
      }
    }
  }
  names = [];
  for (const name of candidates) {
    for (const K of mro) {
      if (typeof K !== "function" || K === PyObject) continue;
      const v = ownValue(K, name);
      if (v !== undefined) {
        if (isAbstract(v)) names.push(name);
        break;
      }
    }
  }
  names = names.map(py_key).sort();
  cache.set(cls, names);
  return names;
}

export class ABC extends PyObject {
  static {
    $newstyle(this); // instances are made through __new__ below
  }
  static __new__(cls) {
    const names = abstractsOf(cls);
    if (names.length) {
      throw new PyTypeError(
        `Can't instantiate abstract class ${class_name(cls)} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`,
      );
    }
    return Object.create(cls.prototype);
  }
  static get __abstractmethods__() { return new FrozenSet(abstractsOf(this)); }
  static get __module__() { return "abc"; }
}
