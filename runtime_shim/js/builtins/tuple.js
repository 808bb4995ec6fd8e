// Python tuple: an Array subclass. Build with Tuple.of(...) / Tuple.from(iterable) / tuple_of.
import { $eq } from "./equality.js";
import { late } from "./late.js";

export class Tuple extends Array {
  // Array methods (.map, .filter, .slice, ...) return plain Arrays, never Tuples.
  static get [Symbol.species]() { return Array; }
  static get $pyname() { return "tuple"; }
  // Array.of / Array.from for a subclass take V8's generic path (about 50x slower than
  // filling an empty Tuple by index); subclasses (namedtuple ...) keep the inherited ones.
  static of(...items) {
    if (this !== Tuple) return super.of(...items);
    const t = new Tuple();
    for (let i = 0; i < items.length; i++) t[i] = items[i];
    return t;
  }
  static from(src, fn, thisArg) {
    if (this !== Tuple || fn !== undefined || src == null) return super.from(src, fn, thisArg);
    const t = new Tuple();
    let i = 0;
    for (const x of src) t[i++] = x;
    return t;
  }
  index(x, start = 0, stop = this.length) {
    const n = this.length;
    if (start < 0) start = Math.max(0, start + n);
    if (stop < 0) stop += n;
    for (let i = start; i < Math.min(stop, n); i++) {
      const y = this[i];
      if (y === x || (x !== x && y !== y) || $eq(y, x)) return i;
    }
    throw new late.ValueError("tuple.index(x): x not in tuple");
  }
  count(x) {
    let c = 0;
    for (let i = 0; i < this.length; i++) {
      const y = this[i];
      if (y === x || (x !== x && y !== y) || $eq(y, x)) c++;
    }
    return c;
  }
}

export function tuple_of(...items) {
  return Tuple.from(items);
}

export function is_list(x) {
  return Array.isArray(x) && !(x instanceof Tuple);
}

export function is_tuple(x) {
  return x instanceof Tuple;
}

// Tuple displays of two / three elements (the compiler's `(a, b)`): filling an empty
// Tuple by index is what V8 optimises best (`new Tuple(a, b)` and `Tuple.of` go through
// the generic Array constructor for a subclass).
export function $tuple2(a, b) {
  const t = new Tuple();
  t[0] = a;
  t[1] = b;
  return t;
}

export function $tuple3(a, b, c) {
  const t = new Tuple();
  t[0] = a;
  t[1] = b;
  t[2] = c;
  return t;
}
