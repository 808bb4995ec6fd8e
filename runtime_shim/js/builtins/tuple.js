// Python tuple: an Array subclass. Build with Tuple.of(...) / Tuple.from(iterable) / tuple_of.
import { $eq } from "./compare.js";
import { ValueError } from "./exceptions.js";

export class Tuple extends Array {
  // Array methods (.map, .filter, .slice, ...) return plain Arrays, never Tuples.
  static get [Symbol.species]() { return Array; }
  static get $pyname() { return "tuple"; }
  index(x, start = 0, stop = this.length) {
    const n = this.length;
    if (start < 0) start = Math.max(0, start + n);
    if (stop < 0) stop += n;
    for (let i = start; i < Math.min(stop, n); i++) {
      const y = this[i];
      if (y === x || (x !== x && y !== y) || $eq(y, x)) return i;
    }
    throw new ValueError("tuple.index(x): x not in tuple");
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

export function isList(x) {
  return Array.isArray(x) && !(x instanceof Tuple);
}

export function isTuple(x) {
  return x instanceof Tuple;
}
