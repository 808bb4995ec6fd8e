// `obj.__dict__` / `vars(obj)`: a live view of an object's attributes, as in CPython.
// It is a Dict whose table (`$m`, a Map everywhere else) is an AttrTable reading and
// writing the object's own properties, so every dict method reads the current attributes
// and every write (`d[k] = v`, `update`, `del d[k]`, `pop`, `clear`) changes them.
// Attributes are JS own properties (keys mapped by attrkey.js); a key that is not a str
// (`vars(o)[1] = 2` is legal Python) is kept in the table beside them.
import { Dict } from "./dict.js";
import { js_key, py_key, is_py_key } from "./attrkey.js";
import { $RAW } from "./object.js";

const hasOwn = Object.prototype.hasOwnProperty;
// What JS keeps on an exception object that Python keeps elsewhere (not in __dict__).
const ERROR_STATE = new Set(["args", "stack", "message", "__cause__", "__context__", "__suppress_context__", "__traceback__"]);

// The own keys of `o` that are Python attributes, in insertion order.
function attrKeys(o) {
  let keys = Object.keys(o).filter(is_py_key);
  // Slots are not in __dict__, nor unset ones anywhere (builtins/pynew.js).
  if (o.$slotted === true) keys = keys.filter((k) => o[k] !== undefined && !isSlot(o.constructor, py_key(k)));
  if (o instanceof Error) return keys.filter((k) => !ERROR_STATE.has(k));
  if (Array.isArray(o)) return keys.filter((k) => !/^\d+$/.test(k)); // a namedtuple's items
  return keys;
}

function isSlot(C, name) {
  for (let K = C; typeof K === "function" && K.prototype; K = Object.getPrototypeOf(K)) {
    if (!hasOwn.call(K, "__slots__")) continue;
    const own = K.__slots__;
    if (typeof own === "string" ? own === name : Array.from(own).includes(name)) return true;
  }
  return false;
}

class AttrTable {
  constructor(o) {
    this.o = o;
    this.other = null; // Map of the keys that are not strings
  }
  get size() { return attrKeys(this.o).length + (this.other === null ? 0 : this.other.size); }
  has(k) {
    if (typeof k === "string") return hasOwn.call(this.o, js_key(k));
    return this.other !== null && this.other.has(k);
  }
  get(k) {
    if (typeof k === "string") {
      const key = js_key(k);
      return hasOwn.call(this.o, key) ? this.o[key] : undefined;
    }
    return this.other === null ? undefined : this.other.get(k);
  }
  set(k, v) {
    // A plain own data property: past setters, __setattr__ and class-attribute mirrors,
    // as a write to CPython's __dict__ is.
    if (typeof k === "string") {
      Object.defineProperty(this.o, js_key(k), { value: v, writable: true, enumerable: true, configurable: true });
    } else {
      if (this.other === null) this.other = new Map();
      this.other.set(k, v);
    }
    return this;
  }
  delete(k) {
    if (typeof k === "string") {
      const key = js_key(k);
      return hasOwn.call(this.o, key) && delete this.o[key];
    }
    return this.other !== null && this.other.delete(k);
  }
  clear() {
    for (const key of attrKeys(this.o)) delete this.o[key];
    this.other = null;
  }
  *entries() {
    for (const key of attrKeys(this.o)) yield [py_key(key), this.o[key]];
    if (this.other !== null) yield* this.other.entries();
  }
  *keys() { for (const [k] of this.entries()) yield k; }
  *values() { for (const [, v] of this.entries()) yield v; }
  forEach(f) { for (const [k, v] of this.entries()) f(v, k, this); }
  [Symbol.iterator]() { return this.entries(); }
}

let views = null;

// The __dict__ of object `o` (the same Dict each time, as CPython's).
export function attr_dict(o) {
  const target = o[$RAW] ?? o; // past an instance's __setattr__ proxy (pynew.js)
  if (views === null) views = new WeakMap();
  let d = views.get(target);
  if (d === undefined) {
    d = new Dict();
    d.$m = new AttrTable(target);
    views.set(target, d);
  }
  return d;
}

// C.__dict__ / vars(C) for a class: its methods (prototype) and class attributes
// (statics), a snapshot (CPython's is a read-only mappingproxy).
export function class_dict(C) {
  const d = new Dict();
  const proto = C.prototype;
  if (proto !== undefined && proto !== null) {
    for (const k of Object.getOwnPropertyNames(proto)) {
      const desc = Object.getOwnPropertyDescriptor(proto, k);
      if (is_py_key(k) && "value" in desc) d.$set(py_key(k), desc.value);
      else if (is_py_key(k) && desc.get && "$value" in desc.get) d.$set(py_key(k), desc.get.$value); // pynew.js
    }
  }
  for (const k of Object.getOwnPropertyNames(C)) {
    if (is_py_key(k)) d.$set(py_key(k), C[k]);
  }
  return d;
}
