// Python's type.__call__ for classes that need more than `new C(...)` + __init__: their
// own __new__ (a singleton, `class P(tuple)`), or their own __setattr__.
import { $object_setattr, $set_general_new, $RAW } from "./object.js";
import { pyKey } from "./attrkey.js";

// o = C.__new__(C, *args); o.__init__(*args) when o is a C. Instances of a class that
// defines __setattr__ are proxies, so that every `o.x = v` (compiled to a plain JS store)
// goes through it; names starting with `$` are runtime slots and are stored directly.
export function $pynew(C, args) {
  let o = C.__new__(C, ...args);
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
      recv.__setattr__(pyKey(k), v);
      return true;
    },
  });
}

// After a class statement whose body defines __new__ or __setattr__ (the compiler emits
// it): plain classes are constructed through $pynew from then on.
export function $newstyle(C) {
  $set_general_new($pynew);
  return C;
}
