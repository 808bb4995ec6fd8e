// Python's type.__call__ for classes that need more than `new C(...)` + __init__: their
// own __new__ (a singleton, `class P(tuple)`), their own __setattr__, or __slots__.
import { $object_setattr, $set_general_new, $RAW, PyObject, type_name } from "./object.js";
import { js_key, py_key } from "./attrkey.js";
import { AttributeError } from "./exceptions.js";

// o = C.__new__(C, *args); o.__init__(*args) when o is a C. Instances of a class that
// defines __setattr__ are proxies, so that every `o.x = v` (compiled to a plain JS store)
// goes through it; names starting with `$` are runtime slots and are stored directly.
export function $pynew(C, args) {
  const keys = C.__new__ === PyObject.__new__ ? slotKeys(C) : null;
  let o = keys !== null ? slottedInstance(C, keys) : C.__new__(C, ...args);
  if (o instanceof C) {
    if (typeof o.__setattr__ === "function" && o.__setattr__ !== $object_setattr && o[$RAW] === undefined) {
      o = attrProxy(o);
    }
    o.__init__(...args);
  }
  return o;
}

function attrProxy(o) {
  return new Proxy(o, {
    get(t, k, recv) { return k === $RAW ? t : Reflect.get(t, k, recv); },
    set(t, k, v, recv) {
      if (typeof k !== "string" || k[0] === "$") return Reflect.set(t, k, v, recv);
      recv.__setattr__(py_key(k), v);
      return true;
    },
  });
}

// __slots__ without a Proxy per instance. An instance of a class whose whole chain
// declares __slots__ is a plain object made with every slot present (undefined while
// unset: attribute reads treat it as missing, see `$slotted`), so its layout is one V8
// hidden class and every store to a slot is a plain own-property store. A store of any
// other name walks the prototype chain and reaches GUARD, a Proxy placed once between
// the chain's root class and object, which refuses it with CPython's AttributeError.
// A prototype as receiver (own "constructor") is a class-level store: allowed.
const hasOwn = Object.prototype.hasOwnProperty;
const GUARD = /* @__PURE__ */ new Proxy(Object.create(PyObject.prototype, { $slotted: { value: true } }), {
  set(t, k, v, recv) {
    if (typeof k === "string" && k[0] !== "$" && !hasOwn.call(recv, "constructor")) {
      const keys = slotKeys(recv.constructor);
      if (keys !== null && !keys.includes(k)) {
        throw new AttributeError(`'${type_name(recv)}' object has no attribute '${py_key(k)}'`);
      }
    }
    return Reflect.set(t, k, v, recv);
  },
});

function slottedInstance(C, keys) {
  const o = {};
  for (let i = 0; i < keys.length; i++) o[keys[i]] = undefined;
  return Object.setPrototypeOf(o, C.prototype);
}

// The JS keys of the attributes instances of C may have when every class of its chain
// declares __slots__ (without "__dict__"), else null (instances then have a __dict__).
const slotKeyCache = /* @__PURE__ */ new Map();
function slotKeys(C) {
  let keys = slotKeyCache.get(C);
  if (keys === undefined) slotKeyCache.set(C, (keys = slotsOf(C)));
  return keys;
}

function slotsOf(C) {
  const names = new Set();
  for (let K = C; K && K !== PyObject; K = Object.getPrototypeOf(K)) {
    if (typeof K !== "function" || !hasOwn.call(K, "__slots__")) return null;
    const own = K.__slots__;
    for (const name of typeof own === "string" ? [own] : own) names.add(name);
  }
  return names.has("__dict__") ? null : Array.from(names, js_key);
}

function guardSlots(C) {
  if (slotKeys(C) === null) return;
  let root = C;
  while (Object.getPrototypeOf(root) !== PyObject) root = Object.getPrototypeOf(root);
  if (Object.getPrototypeOf(root.prototype) !== GUARD) Object.setPrototypeOf(root.prototype, GUARD);
  readOnlyOnSlotted(C.prototype);
}

// A store to a name the class defines (a method, a class attribute) finds it on the
// prototype and never reaches GUARD: such names become accessors whose setter refuses
// the store on an instance with slots only (CPython: "... attribute 'm' is read-only")
// and shadows the name on any other (a subclass instance with a __dict__).
function readOnlyOnSlotted(proto) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === "constructor" || key[0] === "$") continue;
    const d = Object.getOwnPropertyDescriptor(proto, key);
    if (!d.configurable) continue;
    let get = d.get;
    if ("value" in d) {
      const value = d.value;
      get = function () { return value; };
      get.$value = value; // vars(C) shows the method (attrdict.js class_dict)
    } else if (d.set === undefined || d.get === undefined || d.get.$mirror !== true) {
      continue; // a property: its own setter (or none) decides
    }
    const set = d.set;
    Object.defineProperty(proto, key, {
      configurable: true,
      enumerable: d.enumerable,
      get,
      set(v) {
        if (slotKeys(this.constructor) !== null && !hasOwn.call(this, "constructor")) {
          throw new AttributeError(`'${type_name(this)}' object attribute '${py_key(key)}' is read-only`);
        }
        if (set !== undefined) return set.call(this, v);
        Object.defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

// After a class statement whose body defines __new__, __setattr__ or __slots__ (the
// compiler emits it): plain classes are constructed through $pynew from then on.
export function $newstyle(C) {
  if (hasOwn.call(C, "__slots__")) guardSlots(C);
  $set_general_new($pynew);
  return C;
}
