// ==, !=, <, <=, >, >= with Python semantics; `is`; NotImplemented.
import { PyTypeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { Float } from "./floatbox.js";

export const NotImplemented = /* @__PURE__ */ Object.freeze({
  __repr__() { return "NotImplemented"; },
  __bool__() { return true; },
});

function isTup(x) { return x.constructor.$pyname === "tuple"; }

function arrEq(a, b) {
  if (a.length !== b.length) return false;
  if (isTup(a) !== isTup(b)) return false;
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
    if (b !== null && tb === "object" && typeof b.__eq__ === "function") return reflectEq(b, a);
    return false;
  }
  if (ta === "string") {
    if (b !== null && typeof b === "object" && typeof b.__eq__ === "function") return reflectEq(b, a);
    return false;
  }
  if (a === null || a === undefined) return b === null || b === undefined;
  if (a instanceof Float) return $eq(a.$v, b);
  if (ta === "bigint") {
    if (typeof b === "number" || typeof b === "boolean" || b instanceof Float) return +b == a; // exact
    if (b !== null && typeof b === "object" && typeof b.__eq__ === "function") return reflectEq(b, a);
    return false;
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
  if (b !== null && typeof b === "object" && typeof b.__eq__ === "function") return reflectEq(b, a);
  return false;
}

function reflectEq(b, a) {
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

// Compare strings by code point (JS `<` compares UTF-16 code units).
export function strcmp(a, b) {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}

const OPS = ["<", "<=", ">", ">="];
const DUNDER = ["__lt__", "__le__", "__gt__", "__ge__"];
const REFLECT = [2, 3, 0, 1];

function notSupported(op, a, b) {
  return new PyTypeError(
    `'${OPS[op]}' not supported between instances of '${type_name(a)}' and '${type_name(b)}'`);
}

function cmpResult(op, c) {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c > 0;
    default: return c >= 0;
  }
}

function isNum(x) {
  const t = typeof x;
  if (t === "object") return x instanceof Float;
  return t === "number" || t === "boolean" || t === "bigint";
}

// Generic rich comparison; op index into OPS.
function richcmp(op, a, b) {
  const ta = typeof a, tb = typeof b;
  if (ta === "string" && tb === "string") return cmpResult(op, strcmp(a, b));
  if (isNum(a) && isNum(b)) {
    if (ta === "bigint" || tb === "bigint") {
      const x = ta === "bigint" ? a : +a, y = tb === "bigint" ? b : +b;
      return cmpResult(op, x < y ? -1 : x > y ? 1 : x == y ? 0 : NaN);
    }
    const x = +a, y = +b;
    switch (op) {
      case 0: return x < y;
      case 1: return x <= y;
      case 2: return x > y;
      default: return x >= y;
    }
  }
  if (a !== null && ta === "object") {
    if (Array.isArray(a) && Array.isArray(b) && typeof a[DUNDER[op]] !== "function") {
      if (isTup(a) !== isTup(b)) throw notSupported(op, a, b);
      const n = Math.min(a.length, b.length);
      for (let i = 0; i < n; i++) {
        const x = a[i], y = b[i];
        if (x !== y && !$eq(x, y)) return richcmp(op, x, y);
      }
      return cmpResult(op, a.length - b.length);
    }
    const f = a[DUNDER[op]];
    if (typeof f === "function") {
      const r = f.call(a, b);
      if (r !== NotImplemented) return r;
    }
  }
  if (b !== null && tb === "object") {
    const f = b[DUNDER[REFLECT[op]]];
    if (typeof f === "function") {
      const r = f.call(b, a);
      if (r !== NotImplemented) return r;
    }
  }
  throw notSupported(op, a, b);
}

export function $lt(a, b) {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return richcmp(0, a, b);
}
export function $le(a, b) {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return richcmp(1, a, b);
}
export function $gt(a, b) {
  if (typeof a === "number" && typeof b === "number") return a > b;
  return richcmp(2, a, b);
}
export function $ge(a, b) {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return richcmp(3, a, b);
}

// Three-way comparison used by sort/min/max: negative, 0 or positive. Uses only `<`
// like CPython (a < b ? -1 : b < a ? 1 : 0).
export function $cmp(a, b) {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : b < a ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return strcmp(a, b);
  return $truthyCmp(richcmp(0, a, b)) ? -1 : $truthyCmp(richcmp(0, b, a)) ? 1 : 0;
}

function $truthyCmp(r) {
  if (r === true || r === false) return r;
  if (r === null || r === undefined) return false;
  if (typeof r === "object" && typeof r.__bool__ === "function") return r.__bool__();
  return !!r;
}
