// ==, !=, `is`, `is not` with Python semantics, and NotImplemented: what containers
// (tuple.index, list.count, dict lookups) need, without the ordering comparisons and their
// TypeErrors (compare.js), so the core types can use it without an import cycle.
import { Float } from "./floatbox.js";

// A tuple, told apart from a list without importing tuple.js (which imports this module).
export function tuple_typed(x) { return x.constructor.$pyname === "tuple"; }

export const NotImplemented = /* @__PURE__ */ Object.freeze({
  __repr__() { return "NotImplemented"; },
  __bool__() { return true; },
});

function arrEq(a, b) {
  if (a.length !== b.length) return false;
  if (tuple_typed(a) !== tuple_typed(b)) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x !== y && (x === x || y === y) && !$eq(x, y)) return false; // NaN: identity shortcut
  }
  return true;
}

export function $eq(a, b) {
  // `==` itself has no identity shortcut: an object's own __eq__ decides `x == x` (a
  // complex with a nan part is not equal to itself). Containers compare their items
  // with the shortcut (arrEq, Dict.__eq__, `in`), as CPython's do.
  if (a === b && (a === null || typeof a !== "object" || typeof a.__eq__ !== "function")) return true;
  const ta = typeof a;
  if (ta === "number" || ta === "boolean") {
    const tb = typeof b;
    if (tb === "number" || tb === "boolean") return +a === +b;
    if (tb === "bigint") return +a == b; // JS compares a number and a BigInt exactly
    if (b instanceof Float) return +a === b.$v;
    return reflectEq(b, a);
  }
  if (ta === "string") {
    return reflectEq(b, a);
  }
  if (a === null || a === undefined) return b === null || b === undefined;
  if (a instanceof Float) return $eq(a.$v, b);
  if (ta === "bigint") {
    if (typeof b === "number" || typeof b === "boolean" || b instanceof Float) return +b == a; // exact
    return reflectEq(b, a);
  }
  if (Array.isArray(a)) {
    if (Array.isArray(b)) {
      if (typeof a.__eq__ === "function") {
        const r = a.__eq__(b);
        if (r !== NotImplemented) return r;
      }
      return arrEq(a, b);
    }
  } else if (typeof a.__eq__ === "function") {
    const r = a.__eq__(b);
    if (r !== NotImplemented) return r;
  }
  return reflectEq(b, a);
}

// b == a asked of b when a could not answer (false when b is no object with __eq__).
function reflectEq(b, a) {
  if (b === null || typeof b !== "object" || typeof b.__eq__ !== "function") return false;
  const r = b.__eq__(a);
  return r === NotImplemented ? a === b : r; // neither side knows: identity
}

export function $ne(a, b) {
  if (a !== null && typeof a === "object" && typeof a.__ne__ === "function") {
    const r = a.__ne__(b);
    if (r !== NotImplemented) return r;
  }
  return !$eq(a, b);
}

export function $is(a, b) {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  return a === b;
}
export function $isnot(a, b) { return !$is(a, b); }
