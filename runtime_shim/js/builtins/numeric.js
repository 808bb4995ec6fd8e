// int() / float() conversions and numeric builtins (round, hex, oct, bin, chr, ord).
import { PyTypeError, ValueError, OverflowError } from "./exceptions.js";
import { type_name } from "./object.js";
import { str_repr, $repr } from "./repr.js";
import { round_scaled } from "./numfmt.js";
import { Float, $fbox } from "./floatbox.js";
import { $issub } from "./unsub.js";
import { parse_big, int_tofloat, $big, $norm } from "./bigint.js";

const WS = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/gu;

// `src` is the bytes object the text was decoded from, if any (shown in errors).
function shown(s, src) { return src ? $repr(src) : str_repr(s); }

function intLiteralError(s, base, src) {
  return new ValueError(`invalid literal for int() with base ${base}: ${shown(s, src)}`);
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
const ND = /\p{Nd}/u;

// int(str)/float(str) accept the decimal digits of every script (CPython converts them
// to ASCII first).  Unicode puts each script's digits 0..9 in consecutive code points,
// in runs of whole sets, so a digit's value is its offset in its run modulo 10.
function asciiDigits(s) {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp > 0x7f && ND.test(ch)) {
      let start = cp;
      while (ND.test(String.fromCodePoint(start - 1))) start--;
      out += String.fromCharCode(48 + ((cp - start) % 10));
    } else out += ch;
  }
  return out;
}

// Parse a Python int literal string (int(s, base)).
export function $parse_int(s, base = 10, src = null) {
  const orig = s;
  if (base !== 0 && (base < 2 || base > 36)) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
  s = (src ? s : asciiDigits(s)).replace(WS, "");
  let neg = false;
  if (s[0] === "+" || s[0] === "-") { neg = s[0] === "-"; s = s.slice(1); }
  let b = base;
  const pre = s.slice(0, 2).toLowerCase();
  const prefixBase = pre === "0x" ? 16 : pre === "0o" ? 8 : pre === "0b" ? 2 : 0;
  if (prefixBase && (base === 0 || base === prefixBase)) {
    s = s.slice(2);
    if (s[0] === "_") s = s.slice(1);
    b = prefixBase;
  } else if (base === 0) {
    b = 10;
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (s[0] === "0") throw intLiteralError(orig, base, src);
  }
  if (s === "" || s[0] === "_" || s[s.length - 1] === "_" || s.includes("__")) throw intLiteralError(orig, base, src);
  s = s.replace(/_/g, "").toLowerCase();
  const valid = DIGITS.slice(0, b);
  for (let i = 0; i < s.length; i++) if (!valid.includes(s[i])) throw intLiteralError(orig, base, src);
  let v;
  if (b === 10 && s.length <= 15) v = +s;
  else if (s.length <= 10 && b <= 16) v = parseInt(s, b);
  else v = parse_big(s, b); // maybe beyond 2**53: a BigInt (builtins/bigint.js)
  return neg ? (v === 0 ? 0 : -v) : v;
}

export function $to_int(x, base) {
  if (base !== undefined && base !== null) {
    if ($issub(x)) x = x.$v; // an instance of a str subclass
    if (typeof x === "string") return $parse_int(x, as_index(base));
    if (x !== null && typeof x === "object" && x.$u8 instanceof Uint8Array) {
      return $parse_int(new TextDecoder().decode(x.$u8), as_index(base), x);
    }
    throw new PyTypeError("int() can't convert non-string with explicit base");
  }
  switch (typeof x) {
    case "undefined": return 0;
    case "number":
      if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
      if (x !== x) throw new ValueError("cannot convert float NaN to integer");
      if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
      x = Math.trunc(x);
      return Number.isSafeInteger(x) ? x + 0 : BigInt(x); // exact: int(1e300)
    case "boolean": return +x;
    case "string": return $parse_int(x, 10);
    case "bigint": return x;
  }
  if (x !== null && typeof x === "object") {
    if ($issub(x)) return $to_int(x.$v); // an instance of a str/int/float subclass
    if (typeof x.__int__ === "function") return x.__int__();
    if (typeof x.__index__ === "function") return x.__index__();
    if (typeof x.__trunc__ === "function") return x.__trunc__();
    if (x.$u8 instanceof Uint8Array) return $parse_int(new TextDecoder().decode(x.$u8), 10, x);
  }
  throw new PyTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${type_name(x)}'`);
}

function as_index(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return x;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  throw new PyTypeError(`'${type_name(x)}' object cannot be interpreted as an integer`);
}
export { as_index as $index };

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

export function $parse_float(s, src = null) {
  const t = (src ? s : asciiDigits(s)).replace(WS, "");
  if (FLOAT_RE.test(t)) return Number(t.replace(/_/g, ""));
  const m = SPECIAL_RE.exec(t);
  if (m) {
    if (m[2].toLowerCase() === "nan") return NaN;
    return m[1] === "-" ? -Infinity : Infinity;
  }
  throw new ValueError(`could not convert string to float: ${shown(s, src)}`);
}

export function $to_float(x) {
  if (x instanceof Float) return x.$v;
  switch (typeof x) {
    case "undefined": return 0;
    case "number": return x;
    case "boolean": return +x;
    case "string": return $parse_float(x);
    case "bigint": return int_tofloat(x);
  }
  if (x !== null && typeof x === "object") {
    if ($issub(x)) return $to_float(x.$v); // an instance of a str/int/float subclass
    if (typeof x.__float__ === "function") return x.__float__();
    if (typeof x.__index__ === "function") return x.__index__();
    if (x.$u8 instanceof Uint8Array) return $parse_float(new TextDecoder().decode(x.$u8), x);
  }
  throw new PyTypeError(`float() argument must be a string or a real number, not '${type_name(x)}'`);
}

// round(x[, ndigits]) with round-half-even on the exact value (like CPython).
export function round(x, ndigits) {
  if (x instanceof Float) {
    // round(float) is an int; round(float, n) a float
    if (ndigits === undefined || ndigits === null) return round(x.$v);
    const r = round(x.$v, ndigits); // an integral float rounds as an int: back to a float
    return $fbox(typeof r === "bigint" ? Number(r) : r);
  }
  if (typeof x === "bigint") return ndigits === undefined || ndigits === null ? x : roundInt(x, as_index(ndigits));
  if (ndigits === undefined || ndigits === null) {
    if (typeof x === "boolean") return +x;
    if (typeof x === "number") {
      if (Number.isInteger(x)) return x + 0;
      if (x !== x) throw new ValueError("cannot convert float NaN to integer");
      if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
      let r = Math.round(x);
      if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
      return r + 0;
    }
  } else {
    const n = as_index(ndigits);
    if (typeof x === "boolean") x = +x;
    if (typeof x === "number") {
      if (!Number.isFinite(x) || x === 0) return x;
      if (Number.isInteger(x)) {
        return roundInt(x, n);
      }
      if (n > 330) return x;
      if (n < -330) return $fbox(x < 0 ? -0 : 0);
      const q = round_scaled(Math.abs(x), n);
      const v = Number(`${q}e${-n}`);
      if (!Number.isFinite(v)) throw new OverflowError("rounded value too large to represent");
      return $fbox(x < 0 ? -v : v);
    }
  }
  if (x !== null && typeof x === "object" && typeof x.__round__ === "function") {
    return ndigits === undefined ? x.__round__() : x.__round__(ndigits);
  }
  throw new PyTypeError(`type ${type_name(x)} doesn't define __round__ method`);
}

// round(int, n): exact, half to even.
function roundInt(x, n) {
  if (n >= 0) return x;
  const b = $big(x);
  if (BigInt(-n) > BigInt(b.toString().length)) return 0;
  const p = 10n ** BigInt(-n);
  let q = b / p, r = b % p;
  if (r < 0n) { r += p; q -= 1n; }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return $norm(q * p);
}

function radix(x, base, prefix) {
  const n = as_index(x);
  const a = n < 0 ? -n : n;
  const d = typeof a === "bigint" || a <= Number.MAX_SAFE_INTEGER ? a.toString(base) : BigInt(a).toString(base);
  return (n < 0 ? "-" : "") + prefix + d;
}
export function hex(x) { return radix(x, 16, "0x"); }
export function oct(x) { return radix(x, 8, "0o"); }
export function bin(x) { return radix(x, 2, "0b"); }

export function chr(i) {
  i = as_index(i);
  if (i < 0 || i > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
}

export function ord(c) {
  if ($issub(c)) c = c.$v;
  if (typeof c === "string") {
    const n = c.length;
    if (n === 1 || (n === 2 && c.codePointAt(0) > 0xffff)) return c.codePointAt(0);
    const len = Array.from(c).length;
    throw new PyTypeError(`ord() expected a character, but string of length ${len} found`);
  }
  if (c !== null && typeof c === "object" && c.$u8 instanceof Uint8Array) {
    if (c.$u8.length === 1) return c.$u8[0];
    throw new PyTypeError(`ord() expected a character, but string of length ${c.$u8.length} found`);
  }
  throw new PyTypeError(`ord() expected string of length 1, but ${type_name(c)} found`);
}
