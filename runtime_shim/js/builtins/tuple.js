// Python tuple: an Array subclass. Build with Tuple.of(...) / Tuple.from(iterable) / tuple_of.
export class Tuple extends Array {
  // Array methods (.map, .filter, .slice, ...) return plain Arrays, never Tuples.
  static get [Symbol.species]() { return Array; }
  static get $pyname() { return "tuple"; }
  // index() / count() are reached through $m_index / $m_count (list_methods.js).
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
