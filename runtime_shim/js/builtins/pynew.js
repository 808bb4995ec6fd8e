// Python's type.__call__ for classes that need more than `new C(...)` + __init__: their
// own __new__ (a singleton, `class P(tuple)`), their own __setattr__, or __slots__.
import { $object_setattr, $set_general_new, $RAW, PyObject, type_name } from "./object.js";
import { py_key } from "./attrkey.js";
import { AttributeError } from "./exceptions.js";

// o = C.__new__(C, *args); o.__init__(*args) when o is a C. Instances of a class that
// defines __setattr__ are proxies, so that every `o.x = v` (compiled to a plain JS store)
// goes through it; names starting with `$` are runtime slots and are stored directly.
export function $pynew(C, args) {
  let o = C.__new__(C, ...args);
  if (o instanceof C) {
    if (typeof o.__setattr__ === "function" && o.__setattr__ !== $object_setattr && o[$RAW] === undefined) {
      o = attrProxy(o);
    } else {
      const slots = slotsOf(C);
      if (slots !== null && o[SLOTTED] === undefined) o = slotsProxy(o, slots);
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

// The attribute names instances of C may have when every class of its chain declares
// __slots__ (without "__dict__"), else null (instances then have a __dict__).
function slotsOf(C) {
  const names = new Set();
  for (let K = C; K && K !== PyObject; K = Object.getPrototypeOf(K)) {
    if (typeof K !== "function" || !Object.prototype.hasOwnProperty.call(K, "__slots__")) return null;
    const own = K.__slots__;
    for (const name of typeof own === "string" ? [own] : own) names.add(name);
  }
  return names.has("__dict__") ? null : names;
}

// (No $RAW here: object.__setattr__ stores through this proxy, so setattr() is checked.)
const SLOTTED = Symbol("cfpy.slotted");
function slotsProxy(o, slots) {
  return new Proxy(o, {
    get(t, k, recv) { return k === SLOTTED ? true : Reflect.get(t, k, recv); },
    set(t, k, v, recv) {
      if (typeof k === "string" && k[0] !== "$" && !slots.has(py_key(k))) {
        throw new AttributeError(`'${type_name(recv)}' object has no attribute '${py_key(k)}'`);
      }
      return Reflect.set(t, k, v, recv);
    },
  });
}

// After a class statement whose body defines __new__, __setattr__ or __slots__ (the
// compiler emits it): plain classes are constructed through $pynew from then on.
export function $newstyle(C) {
  $set_general_new($pynew);
  return C;
}
