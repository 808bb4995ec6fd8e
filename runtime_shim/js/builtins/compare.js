// <, <=, >, >= with Python semantics (==, !=, `is`: equality.js).
import { PyTypeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { Float } from "./floatbox.js";
import { NotImplemented, $eq, tuple_typed } from "./equality.js";

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
      if (tuple_typed(a) !== tuple_typed(b)) throw notSupported(op, a, b);
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
