// Python's math module.
//
// CPython calls the platform libm (glibc). exp and pow follow glibc's own algorithms and
// cbrt is glibc's, so they match CPython bit for bit (_libm.js); log, log2, sin, cos,
// tan, asin, acos, atan and atan2 are correctly rounded there, which is what glibc
// returns for all but ~0.01-0.3% of arguments (V8's Math.* differs from glibc for
// 3-20% of arguments).
// The remaining transcendental functions (expm1, log1p, log10, hyperbolic) use
// Math.*, which can differ from glibc in the last bit. sqrt, fsum, hypot, dist, fmod,
// remainder, the integer functions and all the error handling are exact.
import {
  ValueError, OverflowError, PyTypeError, ZeroDivisionError, NotImplementedError,
} from "../builtins/exceptions.js";
import { Tuple } from "../builtins/tuple.js";
import { type_name } from "../builtins/object.js";
import { $mul } from "../builtins/arith.js";
import { $iter } from "../builtins/iter.js";
import { bind, as_index, exact_int } from "./_util.js";
import * as L from "./_libm.js";
import { Float, $fbox } from "../builtins/floatbox.js";
import { $big, $norm, int_tofloat, int_isqrt, int_gcd, bit_length } from "../builtins/bigint.js";

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

const DOMAIN = "math domain error";
const RANGE = "math range error";

function num(x) {
  if (typeof x === "number") return x;
  if (x instanceof Float) return x.$v;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return int_tofloat(x); // OverflowError beyond the floats
  if (x !== null && typeof x === "object") {
    if (typeof x.__float__ === "function") {
      let r = x.__float__();
      if (r instanceof Float) r = r.$v;
      if (typeof r !== "number") throw new PyTypeError(`${type_name(x)}.__float__ returned non-float (type ${type_name(r)})`);
      return r;
    }
    if (typeof x.__index__ === "function") return x.__index__();
  }
  throw new PyTypeError(`must be real number, not ${type_name(x)}`);
}

function int(x) {
  if (typeof x === "bigint") return x;
  if (typeof x === "number") {
    if (Number.isInteger(x)) return x;
    throw new PyTypeError("'float' object cannot be interpreted as an integer");
  }
  return as_index(x);
}

// CPython's math_1: a NaN result from a non-NaN argument is a domain error; an infinite
// result from a finite argument is a range error (canOverflow) or a domain error.
function math1(f, x, canOverflow) {
  x = num(x);
  const r = f(x);
  if (r !== r && x === x) throw new ValueError(DOMAIN);
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    throw canOverflow ? new OverflowError(RANGE) : new ValueError(DOMAIN);
  }
  return r;
}

// ---- rounding to int ----------------------------------------------------------------

function toIntChecked(r, x) {
  if (r !== r) throw new ValueError("cannot convert float NaN to integer");
  if (r === Infinity || r === -Infinity) throw new OverflowError("cannot convert float infinity to integer");
  return Number.isSafeInteger(r) ? r + 0 : BigInt(r); // exact: a big int (builtins/bigint.js)
}

export function floor(x) {
  if (typeof x === "number") return Number.isInteger(x) ? toIntChecked(x) : toIntChecked(Math.floor(x));
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return x;
  if (x !== null && typeof x === "object" && typeof x.__floor__ === "function") return x.__floor__();
  return toIntChecked(Math.floor(num(x)));
}

export function ceil(x) {
  if (typeof x === "number") return Number.isInteger(x) ? toIntChecked(x) : toIntChecked(Math.ceil(x));
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return x;
  if (x !== null && typeof x === "object" && typeof x.__ceil__ === "function") return x.__ceil__();
  return toIntChecked(Math.ceil(num(x)));
}

export function trunc(x) {
  if (typeof x === "number") return toIntChecked(Math.trunc(x));
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return x;
  if (x instanceof Float) return toIntChecked(Math.trunc(x.$v));
  if (x !== null && typeof x === "object" && typeof x.__trunc__ === "function") return x.__trunc__();
  throw new PyTypeError(`type ${type_name(x)} doesn't define __trunc__ method`);
}

// ---- powers and logarithms ------------------------------------------------------------

function sqrt_(x) {
  x = num(x);
  if (x < 0) throw new ValueError(DOMAIN);
  return Math.sqrt(x);
}

export function isqrt(n) {
  n = int(n);
  if (n < 0) throw new ValueError("isqrt() argument must be nonnegative");
  if (n <= Number.MAX_SAFE_INTEGER) {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  return int_isqrt(n);
}

// log of a positive int too large for a float: CPython's loghelper, f(m) + f(2) * e
// with x = m * 2**e (m rounded to a double).
function bigLog(x, f) {
  const e = bit_length(x) - 60;
  return f(Number(x >> BigInt(e)) / 2 ** 60) + f(2) * (e + 60);
}

function exp_(x) { return math1(L.exp, x, true); }
function exp2_(x) {
  return math1((v) => (v !== v ? v : v === Infinity ? v : v === -Infinity ? 0 : L.pow_pos(2, v)), x, true);
}
function expm1_(x) { return math1(Math.expm1, x, true); }
function cbrt_(x) { return math1(L.cbrt, x, false); }

function logOf(x) {
  if (typeof x === "bigint") {
    if (x <= 0n) throw new ValueError(DOMAIN);
    if (Number(x) === Infinity) return bigLog(x, L.log);
  }
  x = num(x);
  if (x !== x) return x;
  if (x <= 0) throw new ValueError(DOMAIN);
  return x === Infinity ? x : L.log(x);
}

function log_(x, base) {
  const n = logOf(x);
  if (base === undefined) return n;
  const d = logOf(base);
  if (d === 0) throw new ZeroDivisionError("float division by zero");
  return n / d;
}

function log2_(x) {
  if (typeof x === "bigint" && x > 0n && Number(x) === Infinity) return bigLog(x, L.log2);
  x = num(x);
  if (x !== x) return x;
  if (x <= 0) throw new ValueError(DOMAIN);
  return x === Infinity ? x : L.log2(x);
}

function log10_(x) {
  if (typeof x === "bigint" && x > 0n && Number(x) === Infinity) return bigLog(x, Math.log10);
  x = num(x);
  if (x !== x) return x;
  if (x <= 0) throw new ValueError(DOMAIN);
  return Math.log10(x);
}

function log1p_(x) { return math1(Math.log1p, x, false); }

function pow_(x, y) {
  x = num(x);
  y = num(y);
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    // y infinite
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (x === 1 || y === 0) return 1;
  let r;
  if (x === 0) {
    const oddY = Math.abs(y) % 2 === 1;
    if (y < 0) throw new ValueError(DOMAIN);
    r = oddY ? x : 0;
  } else if (x > 0) {
    r = L.pow_pos(x, y);
  } else {
    if (!Number.isInteger(y)) throw new ValueError(DOMAIN);
    r = L.pow_pos(-x, y);
    if (Math.abs(y) % 2 === 1) r = -r;
  }
  if (r === Infinity || r === -Infinity) throw new OverflowError(RANGE);
  return r;
}

// ---- trigonometry -------------------------------------------------------------------

function sin_(x) { return math1(L.sin, x, false); }
function cos_(x) { return math1(L.cos, x, false); }
function tan_(x) { return math1(L.tan, x, false); }
function asin_(x) { return math1(L.asin, x, false); }
function acos_(x) { return math1(L.acos, x, false); }
function atan_(x) { return math1(L.atan, x, false); }
function atan2_(y, x) { return L.atan2(num(y), num(x)); }
function sinh_(x) { return math1(Math.sinh, x, true); }
function cosh_(x) { return math1(Math.cosh, x, true); }
function tanh_(x) { return math1(Math.tanh, x, false); }
function asinh_(x) { return math1(Math.asinh, x, false); }
function acosh_(x) { return math1(Math.acosh, x, false); }
function atanh_(x) {
  x = num(x);
  if (Math.abs(x) >= 1) throw new ValueError(DOMAIN);
  return Math.atanh(x);
}

const RAD_TO_DEG = 180.0 / Math.PI;
const DEG_TO_RAD = Math.PI / 180.0;
function degrees_(x) { return num(x) * RAD_TO_DEG; }
function radians_(x) { return num(x) * DEG_TO_RAD; }

// ---- hypot / dist (CPython's vector_norm, bit for bit) ---------------------------------

function dlSplit(x) {
  const t = x * 134217729.0;
  const hi = t - (t - x);
  return [hi, x - hi];
}
function dlMul(x, y) {
  const [xh, xl] = dlSplit(x);
  const [yh, yl] = dlSplit(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}
function frexpExp(x) {
  return frexpExact(x)[1];
}

const DBL_MIN = 2.2250738585072014e-308;

function vectorNorm(vec, max, foundNan) {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexpExp(max);
  if (maxE < -1023) {
    for (let i = 0; i < n; i++) vec[i] /= DBL_MIN;
    return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
  }
  const scale = 2 ** -maxE; // exact power of two (-1023 <= maxE <= 1024)
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    const [ph, pl] = dlMul(x, x);
    const s = csum + ph;
    const z = s - csum;
    const lo = ph - z;
    csum = s;
    frac1 += pl;
    frac2 += lo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [ph, pl] = dlMul(-h, h);
  const s = csum + ph;
  const z = s - csum;
  const lo = ph - z;
  csum = s;
  frac1 += pl;
  frac2 += lo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

function hypot_(...coords) {
  let max = 0, foundNan = false;
  const vec = coords.map((c) => {
    const x = Math.abs(num(c));
    foundNan = foundNan || x !== x;
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

function dist_(p, q) {
  const a = Array.isArray(p) ? p : null;
  const b = Array.isArray(q) ? q : null;
  if (a === null || a.constructor === Array) throw new PyTypeError("dist_(): argument 1 must be tuple, not " + type_name(p));
  if (b === null || b.constructor === Array) throw new PyTypeError("dist_(): argument 2 must be tuple, not " + type_name(q));
  if (a.length !== b.length) throw new ValueError("both points must have the same number of dimensions");
  let max = 0, foundNan = false;
  const vec = a.map((x, i) => {
    const d = Math.abs(num(x) - num(b[i]));
    foundNan = foundNan || d !== d;
    if (d > max) max = d;
    return d;
  });
  return vectorNorm(vec, max, foundNan);
}

// ---- fsum (CPython's msum with correct half-even rounding) ----------------------------

function fsum_(iterable) {
  let p = [];
  let specialSum = 0, infSum = 0;
  for (const item of $iter(iterable)) {
    let x = num(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new OverflowError("intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p = [];
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw new ValueError("-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---- float manipulation --------------------------------------------------------------

let f64 = null, u32 = null;
function bits() {
  if (f64 === null) {
    const buf = new ArrayBuffer(8);
    f64 = new Float64Array(buf);
    u32 = new Uint32Array(buf);
  }
}
const LE = /* @__PURE__ */ (() => new Uint8Array(new Uint16Array([1]).buffer)[0] === 1)();
function signbit(x) {
  bits();
  f64[0] = x;
  return (u32[LE ? 1 : 0] >>> 31) === 1;
}

function copysign_(x, y) {
  x = num(x);
  y = num(y);
  const ax = Math.abs(x);
  return signbit(y) ? -ax : ax;
}

function fabs_(x) { return Math.abs(num(x)); }

function fmod_(x, y) {
  x = num(x);
  y = num(y);
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y;
  if (r !== r && x === x && y === y) throw new ValueError(DOMAIN);
  return r;
}

function remainder_(x, y) {
  x = num(x);
  y = num(y);
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) throw new ValueError(DOMAIN);
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (signbit(x) ? -1 : 1) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) throw new ValueError(DOMAIN);
  return x;
}

function frexpExact(x) {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  bits();
  f64[0] = x;
  const hiIdx = LE ? 1 : 0;
  let e = (u32[hiIdx] >>> 20) & 0x7ff;
  if (e === 0) {
    // subnormal: scale up first
    f64[0] = x * 2 ** 64;
    e = ((u32[hiIdx] >>> 20) & 0x7ff) - 64;
  }
  const exp = e - 1022;
  u32[hiIdx] = (u32[hiIdx] & 0x800fffff) | (1022 << 20);
  return [f64[0], exp];
}

export function frexp(x) {
  const [m, e] = frexpExact(num(x));
  return Tuple.of($fbox(m), e);
}

function ldexp_(x, i) {
  x = num(x);
  i = int(i);
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexpExact(x);
  const ne = e + i;
  if (ne > 1024) throw new OverflowError(RANGE);
  if (ne < -1080) return x < 0 ? -0 : 0;
  // m in [0.5, 1): m * 2**ne, rounding once
  let r;
  if (ne >= -1021) r = m * 2 ** ne;
  else r = (m * 2 ** (ne + 1074)) * 2 ** -1074;
  if (!Number.isFinite(r)) throw new OverflowError(RANGE);
  return r;
}

export function modf(x) {
  x = num(x);
  if (x === Infinity || x === -Infinity) return Tuple.of($fbox(x < 0 ? -0 : 0), x);
  if (x !== x) return Tuple.of(x, x);
  const ip = Math.trunc(x);
  let fp = x - ip;
  if (fp === 0) fp = signbit(x) ? -0 : 0;
  return Tuple.of($fbox(fp), $fbox(ip === 0 && signbit(x) ? -0 : ip));
}

function nextafter_(...a) {
  const { v: [xa, ya, steps] } = bind("nextafter", a, ["x", "y"], 2, { ko: ["steps"], c: true });
  let x = num(xa);
  const y = num(ya);
  let n = steps === undefined || steps === null ? 1 : int(steps);
  if (n < 0) throw new ValueError("steps must be a non-negative integer");
  while (n-- > 0) {
    const nx = step(x, y);
    if (nx === x) break;
    x = nx;
  }
  return x;
}

function step(x, y) {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  bits();
  f64[0] = x;
  const lo = LE ? 0 : 1, hi = LE ? 1 : 0;
  const up = (y > x) === (x > 0);
  if (up) {
    u32[lo] = (u32[lo] + 1) >>> 0;
    if (u32[lo] === 0) u32[hi] += 1;
  } else {
    if (u32[lo] === 0) u32[hi] -= 1;
    u32[lo] = (u32[lo] - 1) >>> 0;
  }
  return f64[0];
}

function ulp_(x) {
  x = num(x);
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = step(x, Infinity);
  if (x2 === Infinity) {
    return x - step(x, -Infinity);
  }
  return x2 - x;
}

// ---- predicates ----------------------------------------------------------------------

export function isfinite(x) { return Number.isFinite(num(x)); }
export function isinf(x) { x = num(x); return x === Infinity || x === -Infinity; }
export function isnan(x) { x = num(x); return x !== x; }

export function isclose(...a) {
  const { v: [av, bv, relTol, absTol] } = bind("isclose", a, ["a", "b"], 2, { ko: ["rel_tol", "abs_tol"], c: true });
  const x = num(av), y = num(bv);
  const rel = relTol === undefined ? 1e-9 : num(relTol);
  const abs = absTol === undefined ? 0.0 : num(absTol);
  if (rel < 0 || abs < 0) throw new ValueError("tolerances must be non-negative");
  if (x === y) return true;
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

// ---- integer functions ----------------------------------------------------------------

function bgcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

export function gcd(...args) {
  let g = 0;
  for (const x of args) {
    const v = int(x);
    if (typeof g === "bigint" || typeof v === "bigint") { g = int_gcd(g, v); continue; }
    let a = Math.abs(g), b = Math.abs(v);
    while (b) [a, b] = [b, a % b];
    g = a;
  }
  return g;
}

export function lcm(...args) {
  let l = 1n;
  const ints = args.map(int);
  for (const v of ints) {
    const b = BigInt(v);
    if (b === 0n) { l = 0n; continue; }
    if (l === 0n) continue;
    l = (l / bgcd(l, b)) * b;
    if (l < 0n) l = -l;
  }
  return exact_int(l);
}

export function factorial(n) {
  n = int(n);
  if (n < 0) throw new ValueError("factorial() not defined for negative values");
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return $norm(r);
}

export function comb(n, k) {
  n = int(n);
  k = int(k);
  if (n < 0) throw new ValueError("n must be a non-negative integer");
  if (k < 0) throw new ValueError("k must be a non-negative integer");
  if (k > n) return 0;
  const N = $big(n);
  let K = $big(k);
  if (N - K < K) K = N - K;
  let r = 1n;
  for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
  return $norm(r);
}

export function perm(n, k) {
  n = int(n);
  if (k === undefined || k === null) k = n;
  else k = int(k);
  if (n < 0) throw new ValueError("n must be a non-negative integer");
  if (k < 0) throw new ValueError("k must be a non-negative integer");
  if (k > n) return 0;
  const N = $big(n);
  let r = 1n;
  for (let i = 0n; i < $big(k); i++) r *= N - i;
  return $norm(r);
}

export function prod(...a) {
  const { v: [iterable, start] } = bind("prod", a, ["iterable"], 1, { ko: ["start"], c: true });
  let acc = start === undefined ? 1 : start;
  for (const x of $iter(iterable)) acc = $mul(acc, x);
  return acc;
}

export function gamma() {
  throw new NotImplementedError("math.gamma() is not supported by cfpy");
}
export function lgamma() {
  throw new NotImplementedError("math.lgamma() is not supported by cfpy");
}
export function erf() {
  throw new NotImplementedError("math.erf() is not supported by cfpy");
}
export function erfc() {
  throw new NotImplementedError("math.erfc() is not supported by cfpy");
}

// Float results as Python values (an integral float is a Float box).
export function sqrt(x) { return $fbox(sqrt_(x)); }
export function exp(x) { return $fbox(exp_(x)); }
export function exp2(x) { return $fbox(exp2_(x)); }
export function expm1(x) { return $fbox(expm1_(x)); }
export function cbrt(x) { return $fbox(cbrt_(x)); }
export function log(x, base) { return $fbox(log_(x, base)); }
export function log2(x) { return $fbox(log2_(x)); }
export function log10(x) { return $fbox(log10_(x)); }
export function log1p(x) { return $fbox(log1p_(x)); }
export function pow(x, y) { return $fbox(pow_(x, y)); }
export function sin(x) { return $fbox(sin_(x)); }
export function cos(x) { return $fbox(cos_(x)); }
export function tan(x) { return $fbox(tan_(x)); }
export function asin(x) { return $fbox(asin_(x)); }
export function acos(x) { return $fbox(acos_(x)); }
export function atan(x) { return $fbox(atan_(x)); }
export function atan2(y, x) { return $fbox(atan2_(y, x)); }
export function sinh(x) { return $fbox(sinh_(x)); }
export function cosh(x) { return $fbox(cosh_(x)); }
export function tanh(x) { return $fbox(tanh_(x)); }
export function asinh(x) { return $fbox(asinh_(x)); }
export function acosh(x) { return $fbox(acosh_(x)); }
export function atanh(x) { return $fbox(atanh_(x)); }
export function degrees(x) { return $fbox(degrees_(x)); }
export function radians(x) { return $fbox(radians_(x)); }
export function hypot(...coords) { return $fbox(hypot_(...coords)); }
export function dist(p, q) { return $fbox(dist_(p, q)); }
export function fsum(iterable) { return $fbox(fsum_(iterable)); }
export function copysign(x, y) { return $fbox(copysign_(x, y)); }
export function fabs(x) { return $fbox(fabs_(x)); }
export function fmod(x, y) { return $fbox(fmod_(x, y)); }
export function remainder(x, y) { return $fbox(remainder_(x, y)); }
export function ldexp(x, i) { return $fbox(ldexp_(x, i)); }
export function nextafter(...a) { return $fbox(nextafter_(...a)); }
export function ulp(x) { return $fbox(ulp_(x)); }
