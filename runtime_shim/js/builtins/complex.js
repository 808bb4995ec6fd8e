// Python complex numbers, following CPython 3.11's Objects/complexobject.c: the value
// class `Complex` (parts are raw JS numbers `$re`, `$im`), the `complex` type object,
// `$cplx(re, im)` for imaginary literals, and `$cpow` used by `**` on a negative float
// base with a fractional exponent (builtins/arith.js).
// Binary operators reach the dunder methods through the generic dispatch of arith.js.
import { PyTypeError, ValueError, ZeroDivisionError, OverflowError } from "./exceptions.js";
import { type_name, $mktype } from "./object.js";
import { float_repr, str_repr } from "./repr.js";
import { Float, $fbox } from "./floatbox.js";
import { $hash_exact } from "./hashing.js";
import { $norm } from "./bigint.js";
import { NotImplemented } from "./equality.js";
import { KW } from "./kw.js";
import { parse_spec } from "./format.js";
import { fixed_abs, sci_abs, general_abs } from "./numfmt.js";
import * as L from "../stdlib/_libm.js";

export class Complex {
  constructor(re, im) { this.$re = re; this.$im = im; }
  static get $pyname() { return "complex"; }
  static get $typeobj() { return complex; }
  get real() { return $fbox(this.$re); }
  get imag() { return $fbox(this.$im); }
  conjugate() { return new Complex(this.$re, -this.$im); }
  __repr__() { return crepr(this.$re, this.$im); }
  __str__() { return crepr(this.$re, this.$im); }
  __format__(spec) { return cformat(this.$re, this.$im, spec); }
  __hash__() {
    // CPython: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic, -1 -> -2
    const h = (x) => (x !== x ? 0n : $hash_exact(x + 0));
    let c = BigInt.asIntN(64, h(this.$re) + 1000003n * h(this.$im));
    if (c === -1n) c = -2n;
    return $norm(c);
  }
  // A complex with a zero imaginary part is the same dict/set key as its real part.
  get $numkey() { return this.$im === 0 ? this.$re : undefined; }
  __eq__(o) {
    const b = toC(o);
    if (b === null) return NotImplemented;
    return this.$re === b.$re && this.$im === b.$im;
  }
  __bool__() { return this.$re !== 0 || this.$im !== 0; }
  __neg__() { return new Complex(-this.$re, -this.$im); }
  __pos__() { return new Complex(this.$re, this.$im); }
  __abs__() {
    const r = cabs(this.$re, this.$im);
    if (r === Infinity && Number.isFinite(this.$re) && Number.isFinite(this.$im)) {
      throw new OverflowError("absolute value too large");
    }
    return $fbox(r);
  }
  __add__(o) { const b = toC(o); return b === null ? NotImplemented : new Complex(this.$re + b.$re, this.$im + b.$im); }
  __radd__(o) { const a = toC(o); return a === null ? NotImplemented : new Complex(a.$re + this.$re, a.$im + this.$im); }
  __sub__(o) { const b = toC(o); return b === null ? NotImplemented : new Complex(this.$re - b.$re, this.$im - b.$im); }
  __rsub__(o) { const a = toC(o); return a === null ? NotImplemented : new Complex(a.$re - this.$re, a.$im - this.$im); }
  __mul__(o) { const b = toC(o); return b === null ? NotImplemented : prod(this, b); }
  __rmul__(o) { const a = toC(o); return a === null ? NotImplemented : prod(a, this); }
  __truediv__(o) { const b = toC(o); return b === null ? NotImplemented : div(this, b); }
  __rtruediv__(o) { const a = toC(o); return a === null ? NotImplemented : div(a, this); }
  __pow__(o, mod) {
    if (mod !== undefined && mod !== null) throw new ValueError("complex modulo");
    const b = toC(o);
    return b === null ? NotImplemented : cpow(this, b);
  }
  __rpow__(o) { const a = toC(o); return a === null ? NotImplemented : cpow(a, this); }
}

// Another operand as a Complex (ints, floats and bools get a +0.0 imaginary part), or null.
function toC(x) {
  switch (typeof x) {
    case "number": return new Complex(x, 0);
    case "boolean": return new Complex(+x, 0);
  }
  if (x instanceof Complex) return x;
  if (x instanceof Float) return new Complex(x.$v, 0);
  return null;
}

export function $cplx(re, im) { return new Complex(re, im); }

// ---- arithmetic (_Py_c_prod, _Py_c_quot, _Py_c_pow, c_powu) ----------------------------

const EDOM = 1;
let errno = 0;

function prod(a, b) {
  return new Complex(a.$re * b.$re - a.$im * b.$im, a.$re * b.$im + a.$im * b.$re);
}

function quot(ar, ai, br, bi) {
  const abr = br < 0 ? -br : br, abi = bi < 0 ? -bi : bi;
  if (abr >= abi) {
    if (abr === 0) { errno = EDOM; return new Complex(0, 0); }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return new Complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return new Complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return new Complex(NaN, NaN); // a NaN in the divisor
}

function div(a, b) {
  errno = 0;
  const r = quot(a.$re, a.$im, b.$re, b.$im);
  if (errno === EDOM) throw new ZeroDivisionError("complex division by zero");
  return r;
}

function powu(x, n) {
  let r = new Complex(1, 0), p = x;
  for (let mask = 1; n >= mask; mask <<= 1) {
    if (n & mask) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

// C99 / glibc semantics of the libm calls _Py_c_pow makes (glibc-exact results, _libm.js).
function cpowReal(x, y) { // x >= 0 or NaN
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (y === Infinity) return x > 1 ? Infinity : 0;
  if (y === -Infinity) return x > 1 ? 0 : Infinity;
  if (x === 0) return y > 0 ? 0 : Infinity;
  return L.pow_pos(x, y);
}
function cexp(x) { return x !== x ? x : L.exp(x); }
function clog(x) { return x !== x || x === Infinity ? x : x === 0 ? -Infinity : L.log(x); }
function ccos(x) { if (x === Infinity || x === -Infinity) errno = EDOM; return L.cos(x); }
function csin(x) { if (x === Infinity || x === -Infinity) errno = EDOM; return L.sin(x); }

function c_pow(ar, ai, br, bi) {
  if (br === 0 && bi === 0) return new Complex(1, 0);
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) errno = EDOM;
    return new Complex(0, 0);
  }
  const vabs = hypot(ar, ai);
  let len = cpowReal(vabs, br);
  const at = L.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= cexp(at * bi);
    phase += bi * clog(vabs);
  }
  return new Complex(len * ccos(phase), len * csin(phase));
}

function isInf(x) { return x === Infinity || x === -Infinity; }

// complex_pow
function cpow(a, b) {
  const ar = a.$re, ai = a.$im, br = b.$re, bi = b.$im;
  errno = 0;
  let p;
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
    const n = br + 0;
    if (n > 0) p = powu(a, n);
    else { const d = powu(a, -n); p = quot(1, 0, d.$re, d.$im); }
  } else {
    p = c_pow(ar, ai, br, bi);
  }
  if (errno === EDOM) throw new ZeroDivisionError("0.0 to a negative or complex power");
  if (isInf(p.$re) || isInf(p.$im)) throw new OverflowError("complex exponentiation");
  return p;
}

// float ** float for a negative base and a fractional exponent (float_pow -> complex_pow).
export function $cpow(a, b) {
  return cpow(new Complex(+a, 0), new Complex(+b, 0));
}

// ---- abs: glibc's hypot (sysdeps/ieee754/dbl-64/e_hypot.c, no-FMA kernel) --------------

function hypotKernel(ax, ay) {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1, t2;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

const SCALE = 2 ** -600, LARGE_VAL = 2 ** 511, TINY_VAL = 2 ** -511, EPS = 2 ** -54;

function hypot(x, y) {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (isInf(x) || isInf(y)) return Infinity;
    return NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x, ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

function cabs(re, im) {
  if (isInf(re) || isInf(im)) return Infinity;
  if (re !== re || im !== im) return NaN;
  return hypot(re, im);
}

// ---- repr / format ----------------------------------------------------------------------

// repr of a part: float repr without a forced ".0" (format code 'r', no Py_DTSF_ADD_DOT_0).
function part(x) {
  const s = float_repr(x);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

function crepr(re, im) {
  if (re === 0 && !Object.is(re, -0)) return part(im) + "j";
  const i = part(im);
  return "(" + part(re) + (i[0] === "-" ? i : "+" + i) + "j)";
}

function isNeg(x) { return x < 0 || Object.is(x, -0); }

// One part formatted without padding; `type` is "r" (repr digits) or e/E/f/F/g/G.
function fpart(x, type, prec, sp, sign) {
  let neg = isNeg(x);
  const ax = Math.abs(x);
  let body;
  if (x !== x || ax === Infinity) {
    neg = x === -Infinity;
    body = x !== x ? "nan" : "inf";
  } else {
    switch (type) {
      case "r":
        body = part(ax);
        if (sp.alt && !body.includes(".")) body = body.replace(/(?=e|$)/, ".");
        break;
      case "f": case "F": body = fixed_abs(ax, prec); if (sp.alt && prec === 0) body += "."; break;
      case "e": case "E": body = sci_abs(ax, prec, sp.alt); break;
      default: body = general_abs(ax, prec, sp.alt);
    }
    if (sp.z && neg && /^[0.]*$/.test(body.replace(/[eE][-+]\d+$/, ""))) neg = false;
  }
  if (type === "E" || type === "F" || type === "G") body = body.toUpperCase();
  if (sp.group && x === x && ax !== Infinity) {
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) {
      let g = "", s = m[1];
      while (s.length > 3) { g = sp.group + s.slice(-3) + g; s = s.slice(0, -3); }
      body = s + g + m[2];
    }
  }
  return (neg ? "-" : sign === "+" ? "+" : sign === " " ? " " : "") + body;
}

// complex.__format__ (Python/formatter_unicode.c, format_complex_internal).
function cformat(re, im, spec) {
  if (typeof spec !== "string") throw new PyTypeError(`format() argument 2 must be str, not ${type_name(spec)}`);
  if (spec === "") return crepr(re, im);
  const sp = parse_spec(spec);
  let type = sp.type;
  if (type !== "" && !"eEfFgGn".includes(type)) {
    throw new ValueError(`Unknown format code '${type}' for object of type 'complex'`);
  }
  if (sp.zero || sp.fill === "0") throw new ValueError("Zero padding is not allowed in complex format specifier");
  if (sp.align === "=") throw new ValueError("'=' alignment flag is not allowed in complex format specifier");
  if (type === "n" && sp.group) throw new ValueError(`Cannot specify '${sp.group}' with 'n'.`);
  let prec = sp.prec;
  let skipRe = false, parens = false;
  if (type === "") {
    type = "r";
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (prec < 0) prec = 6;
  else if (type === "r") type = "g";
  const reS = skipRe ? "" : fpart(re, type, prec, sp, sp.sign);
  const imS = fpart(im, type, prec, sp, skipRe ? sp.sign : "+");
  const body = (parens ? "(" : "") + reS + imS + "j" + (parens ? ")" : "");
  const n = sp.width - Array.from(body).length;
  if (n <= 0) return body;
  const fill = sp.fill === undefined ? " " : sp.fill;
  switch (sp.align) {
    case "<": return body + fill.repeat(n);
    case "^": { const l = n >> 1; return fill.repeat(l) + body + fill.repeat(n - l); }
    default: return fill.repeat(n) + body;
  }
}

// ---- the complex() constructor ----------------------------------------------------------

const NUM = /^(?:[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan))/i;
const SPACE = /^[\s]*/u;

function parseComplex(str) {
  const bad = () => new ValueError("complex() arg is a malformed string");
  let s = str;
  if (s.includes("_")) {
    // underscores only between digits (_Py_string_to_number_with_underscores)
    if (/(^|[^0-9])_|_($|[^0-9])/.test(s)) {
      throw new ValueError(`could not convert string to complex: ${str_repr(str)}`);
    }
    s = s.replace(/_/g, "");
  }
  s = s.replace(/[\s\u001c-\u001f\u0085]/gu, " ");
  let i = SPACE.exec(s)[0].length;
  let bracket = false;
  if (s[i] === "(") { bracket = true; i++; i += SPACE.exec(s.slice(i))[0].length; }
  let x = 0, y = 0;
  const num = (at) => { const m = NUM.exec(s.slice(at)); return m === null ? null : m[0]; };
  const z = num(i);
  if (z !== null) {
    i += z.length;
    if (s[i] === "+" || s[i] === "-") {
      x = toDouble(z);
      const w = num(i);
      if (w !== null) { y = toDouble(w); i += w.length; }
      else { y = s[i] === "+" ? 1 : -1; i++; }
      if (s[i] !== "j" && s[i] !== "J") throw bad();
      i++;
    } else if (s[i] === "j" || s[i] === "J") {
      i++;
      y = toDouble(z);
    } else {
      x = toDouble(z);
    }
  } else {
    if (s[i] === "+" || s[i] === "-") { y = s[i] === "+" ? 1 : -1; i++; } else y = 1;
    if (s[i] !== "j" && s[i] !== "J") throw bad();
    i++;
  }
  i += SPACE.exec(s.slice(i))[0].length;
  if (bracket) {
    if (s[i] !== ")") throw bad();
    i++;
    i += SPACE.exec(s.slice(i))[0].length;
  }
  if (i !== s.length) throw bad();
  return new Complex(x, y);
}

function toDouble(t) {
  const u = t.toLowerCase().replace(/^[+]/, "");
  const neg = u[0] === "-";
  const v = neg ? u.slice(1) : u;
  if (v === "inf" || v === "infinity") return neg ? -Infinity : Infinity;
  if (v === "nan") return NaN;
  return Number(t);
}

// A real operand of complex(): its float value, or null when it is not a number.
function realOf(x) {
  switch (typeof x) {
    case "number": return x;
    case "boolean": return +x;
  }
  if (x instanceof Float) return x.$v;
  if (x !== null && typeof x === "object") {
    if (typeof x.__float__ === "function") return +x.__float__();
    if (typeof x.__index__ === "function") return +x.__index__();
  }
  return null;
}

function asComplex(x) {
  if (x instanceof Complex) return x;
  if (x !== null && typeof x === "object" && typeof x.__complex__ === "function") {
    const r = x.__complex__();
    if (!(r instanceof Complex)) {
      throw new PyTypeError(`__complex__ returned non-complex (type ${type_name(r)})`);
    }
    return r;
  }
  return null;
}

function construct(real, imag) {
  if (real === undefined) real = 0;
  if (typeof real === "string") {
    if (imag !== undefined) throw new PyTypeError("complex() can't take second arg if first is a string");
    return parseComplex(real);
  }
  if (typeof imag === "string") throw new PyTypeError("complex() second arg can't be a string");
  let cr = asComplex(real);
  if (cr !== null && imag === undefined) return cr;
  const crIsComplex = cr !== null;
  if (cr === null) {
    const r = realOf(real);
    if (r === null) {
      throw new PyTypeError(`complex() first argument must be a string or a number, not '${type_name(real)}'`);
    }
    cr = new Complex(r, 0);
  }
  let re = cr.$re, im;
  if (imag === undefined) {
    im = cr.$im;
  } else {
    const ci = asComplex(imag);
    if (ci !== null) {
      re -= ci.$im;
      im = crIsComplex ? ci.$re + cr.$im : ci.$re;
    } else {
      const i = realOf(imag);
      if (i === null) {
        throw new PyTypeError(`complex() second argument must be a number, not '${type_name(imag)}'`);
      }
      im = crIsComplex ? i + cr.$im : i;
    }
  }
  return new Complex(re, im);
}

function fromKw(pos, kw) {
  const args = [...pos];
  for (const k of Object.keys(kw.o)) {
    const at = k === "real" ? 0 : k === "imag" ? 1 : -1;
    if (at < 0) throw new PyTypeError(`complex() got an unexpected keyword argument '${k}'`);
    if (args[at] !== undefined) {
      throw new PyTypeError(`argument for complex() given by name ('${k}') and position (${at + 1})`);
    }
    args[at] = kw.o[k];
  }
  return construct(args[0], args[1]);
}

export const complex = /* @__PURE__ */ $mktype("complex", function complex(real, imag, extra) {
  if (imag instanceof KW) return fromKw([real], imag);
  if (real instanceof KW) return fromKw([], real);
  if (extra !== undefined && !(extra instanceof KW)) {
    throw new PyTypeError("complex() takes at most 2 arguments (3 given)");
  }
  return construct(real, imag);
}, (x) => x instanceof Complex, Complex);
