// Correctly rounded exp, log, log2 and pow (private helper of math.js / random.js).
//
// CPython calls the C library (glibc), whose exp/log/log2/pow return the correctly rounded
// result for all but a tiny fraction of arguments; V8's Math.exp/log/pow (fdlibm ports)
// differ from it in the last bit for several percent of arguments (Math.pow for ~10%).
// These versions evaluate in double-double arithmetic (~2^-100 relative error) and round
// once, which reproduces glibc except in rare hard-to-round cases.

// ---- double-double arithmetic (values are [hi, lo] with |lo| <= ulp(hi)/2) ----------------

function twoSum(a, b) {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
function quick(a, b) {
  const s = a + b;
  return [s, b - (s - a)];
}
function split(a) {
  const t = 134217729 * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}
function twoProd(a, b) {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
function add(a, b) {
  let [s1, s2] = twoSum(a[0], b[0]);
  const [t1, t2] = twoSum(a[1], b[1]);
  s2 += t1;
  [s1, s2] = quick(s1, s2);
  s2 += t2;
  return quick(s1, s2);
}
function mul(a, b) {
  const [p, e] = twoProd(a[0], b[0]);
  return quick(p, e + (a[0] * b[1] + a[1] * b[0]));
}
function mulD(a, d) {
  const [p, e] = twoProd(a[0], d);
  return quick(p, e + a[1] * d);
}
function div(a, b) {
  const q1 = a[0] / b[0];
  let r = add(a, mulD(b, -q1));
  const q2 = r[0] / b[0];
  r = add(r, mulD(b, -q2));
  const q3 = r[0] / b[0];
  return add(quick(q1, q2), [q3, 0]);
}

const LN2 = [0.6931471805599453, 2.3190468138462996e-17];
const LN2_3 = 5.707708438416212e-34;
const LOG2E = [1.4426950408889634, 2.0355273740931033e-17];

let INV_FACT = null; // 1/n! for n = 0..11
let ATANH_C = null;  // 1/(2k+1) for k = 0..24
function tables() {
  if (INV_FACT !== null) return;
  INV_FACT = [[1, 0]];
  for (let n = 1; n <= 11; n++) INV_FACT.push(div(INV_FACT[n - 1], [n, 0]));
  ATANH_C = [];
  for (let k = 0; k <= 24; k++) ATANH_C.push(div([1, 0], [2 * k + 1, 0]));
}

// ---- exp ---------------------------------------------------------------------------------

// exp(r) - 1 for a small double-double r (|r| <= 0.36)
function expm1Small(r) {
  tables();
  const s = [r[0] / 256, r[1] / 256];
  let p = INV_FACT[11];
  for (let n = 10; n >= 1; n--) p = add(mul(p, s), INV_FACT[n]);
  let em1 = mul(p, s);
  for (let i = 0; i < 8; i++) em1 = mul(em1, add([2, 0], em1)); // (1+e)^2 - 1 = e(2+e)
  return em1;
}

// Round the double-double value v * 2**k to the nearest double.
function scale(v, k) {
  if (k >= -1021) {
    const hi = v[0];
    if (k > 1023) return hi * 2 ** 1023 * 2 ** (k - 1023);
    return hi * 2 ** k;
  }
  if (k < -1130) return 0;
  // subnormal result: round at the 2**-1074 grid, once
  const sh = k + 1074;
  const t = v[0] * 2 ** sh, u = v[1] * 2 ** sh;
  const n = Math.floor(t);
  const f = (t - n) + u;
  let m = n;
  if (f > 0.5 || (f === 0.5 && n % 2 === 1)) m = n + 1;
  else if (f < 0 && f <= -0.5) m = n - 1;
  return m * 2 ** -1074;
}

// exp of a double-double argument, rounded to a double.
function expDD(x) {
  const xh = x[0];
  if (xh !== xh) return xh;
  if (xh > 709.8) return Infinity;
  if (xh < -745.2) return 0;
  const k = Math.round(xh * LOG2E[0]);
  let r;
  if (k === 0) r = x;
  else {
    r = add(x, twoProd(-k, LN2[0]));
    r = add(r, twoProd(-k, LN2[1]));
    r = add(r, [-k * LN2_3, 0]);
  }
  const em1 = expm1Small(r);
  const v = add([1, 0], em1);
  return scale(v, k);
}

export function exp(x) {
  if (x === 0) return 1;
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  return expDD([x, 0]);
}

// ---- log -----------------------------------------------------------------------------------

// natural log of a positive finite double as [exponent e, double-double ln(m)], x = m * 2**e
function logParts(x) {
  tables();
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 2 ** 54; e -= 54; }
  // frexp-like split with m in [sqrt(1/2), sqrt(2))
  let ex = Math.floor(Math.log2(x));
  let m = x / 2 ** ex;
  if (m >= 2) { m /= 2; ex++; }
  if (m < 1) { m *= 2; ex--; }
  if (m > Math.SQRT2) { m /= 2; ex++; }
  e += ex;
  if (m === 1) return [e, [0, 0]];
  // ln(m) = 2 atanh(s), s = (m - 1) / (m + 1)
  const num = [m - 1, 0];
  const den = twoSum(m, 1);
  const s = div(num, den);
  const s2 = mul(s, s);
  let p = ATANH_C[24];
  for (let k = 23; k >= 0; k--) p = add(mul(p, s2), ATANH_C[k]);
  const lnm = mulD(mul(p, s), 2);
  return [e, lnm];
}

function logDD(x) {
  const [e, lnm] = logParts(x);
  if (e === 0) return lnm;
  return add(add(twoProd(e, LN2[0]), twoProd(e, LN2[1])), add([e * LN2_3, 0], lnm));
}

// x must be > 0 and finite
export function log(x) {
  if (x === 1) return 0;
  return logDD(x)[0];
}

export function log2(x) {
  const [e, lnm] = logParts(x);
  if (lnm[0] === 0) return e;
  return add([e, 0], mul(lnm, LOG2E))[0];
}

// ---- pow (finite x > 0, finite y) -------------------------------------------------------------

function exactPow(x, y) {
  // x**y exactly when it has at most 60 significant bits (integer y > 0): BigInt arithmetic,
  // one correctly rounded conversion (this also settles exact halfway cases).
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  while (m > 1 && m % 2 === 0) { m /= 2; e++; }
  const bits = Math.floor(Math.log2(m)) + 1;
  if (bits * y > 60) return null;
  const ee = e * y;
  const M = BigInt(m) ** BigInt(y);
  const r = Number(M);
  if (ee >= -1021 - 60 && ee <= 1023 - 60) return r * 2 ** ee;
  return null;
}

export function powPos(x, y) {
  if (Number.isInteger(y) && y > 0 && y <= 4096) {
    const r = exactPow(x, y);
    if (r !== null) return r;
  }
  const t = mulD(logDD(x), y);
  return expDD(t);
}

// ---- trigonometry ------------------------------------------------------------------------------

const PIO2 = [1.5707963267948966, 6.123233995736766e-17];
const PIO2_3 = -1.4973849048591698e-33;
const PIO2_4 = 5.562271104316826e-50;
const PI = [3.141592653589793, 1.2246467991473532e-16];
const PIO4 = [0.7853981633974483, 3.061616997868383e-17];
// floor(2/pi * 2**1200)
const TWO_OVER_PI = "a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b";
let TWO_OVER_PI_BIG = null;

let FACT = null; // 1/n! for n = 0..31
function facts() {
  if (FACT !== null) return;
  FACT = [[1, 0]];
  for (let n = 1; n <= 31; n++) FACT.push(div(FACT[n - 1], [n, 0]));
}

function neg(a) { return [-a[0], -a[1]]; }

function sqrtDD(a) {
  const s = Math.sqrt(a[0]);
  if (s === 0) return [0, 0];
  const e = add(a, neg(twoProd(s, s)));
  return quick(s, e[0] / (2 * s));
}

// x = k * pi/2 + r: returns [k mod 4, r as double-double], |r| <= ~pi/4
function reduce(x) {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) return [0, [x, 0]];
  if (ax < 1e5) {
    const k = Math.round(x * 0.6366197723675814);
    let r = add([x, 0], twoProd(-k, PIO2[0]));
    r = add(r, twoProd(-k, PIO2[1]));
    r = add(r, twoProd(-k, PIO2_3));
    r = add(r, [-k * PIO2_4, 0]);
    return [((k % 4) + 4) % 4, r];
  }
  // Payne-Hanek: x * 2/pi with the bits of 2/pi that matter, in BigInt arithmetic
  if (TWO_OVER_PI_BIG === null) TWO_OVER_PI_BIG = BigInt("0x" + TWO_OVER_PI);
  let m = ax, e = 0;
  while (m >= 2 ** 53) { m /= 2; e++; }
  while (!Number.isInteger(m)) { m *= 2; e--; }
  const s = BigInt(1200 - e);
  const Q = BigInt(m) * TWO_OVER_PI_BIG;
  let n = Q >> s;
  let F = Q - (n << s); // x * 2/pi = n + F / 2**s
  if (F >= 1n << (s - 1n)) { F -= 1n << s; n += 1n; }
  const fneg = F < 0n;
  if (fneg) F = -F;
  // keep 106 significant bits of the (possibly tiny) fraction
  const bl = F.toString(2).length;
  const shift = bl > 106 ? bl - 106 : 0;
  const top = F >> BigInt(shift);
  const hiPart = top >> 53n, loPart = top & ((1n << 53n) - 1n);
  const ex = shift - Number(s);
  let frac = quick(Number(hiPart) * 2 ** (53 + ex), Number(loPart) * 2 ** ex);
  if (fneg) frac = neg(frac);
  let r = mul(frac, PIO2);
  let k = Number(n & 3n);
  if (x < 0) { r = neg(r); k = (4 - k) % 4; }
  return [k, r];
}

// sin(r) and cos(r) for |r| <= ~0.8, as double-doubles
function sinCos(r) {
  facts();
  const r2 = mul(r, r);
  // sin r = r * sum (-1)^i r2^i / (2i+1)!,  cos r = sum (-1)^i r2^i / (2i)!
  let ps = [0, 0], pc = [0, 0];
  for (let i = 14; i >= 0; i--) {
    const sign = i % 2 === 0 ? 1 : -1;
    ps = add(mul(ps, r2), [sign * FACT[2 * i + 1][0], sign * FACT[2 * i + 1][1]]);
    pc = add(mul(pc, r2), [sign * FACT[2 * i][0], sign * FACT[2 * i][1]]);
  }
  return [mul(ps, r), pc];
}

export function sin(x) {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? x : NaN;
  const [k, r] = reduce(x);
  const [s, c] = sinCos(r);
  switch (k) {
    case 0: return s[0];
    case 1: return c[0];
    case 2: return -s[0];
    default: return -c[0];
  }
}

export function cos(x) {
  if (!Number.isFinite(x)) return NaN;
  const [k, r] = reduce(x);
  const [s, c] = sinCos(r);
  switch (k) {
    case 0: return c[0];
    case 1: return -s[0];
    case 2: return -c[0];
    default: return s[0];
  }
}

export function tan(x) {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? x : NaN;
  const [k, r] = reduce(x);
  const [s, c] = sinCos(r);
  return k % 2 === 0 ? div(s, c)[0] : -div(c, s)[0];
}

// atan of a double-double; returns a double-double
function atanDD(a) {
  const sign = a[0] < 0 ? -1 : 1;
  let t = sign < 0 ? neg(a) : a;
  let big = false;
  if (t[0] > 1) { t = div([1, 0], t); big = true; }
  let halvings = 0;
  while (t[0] > 0.03) {
    // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
    t = div(t, add([1, 0], sqrtDD(add([1, 0], mul(t, t)))));
    halvings++;
  }
  tables();
  const t2 = mul(t, t);
  let p = [0, 0];
  for (let k = 12; k >= 0; k--) {
    const c = k % 2 === 0 ? ATANH_C[k] : neg(ATANH_C[k]);
    p = add(mul(p, t2), c);
  }
  let r = mul(p, t);
  if (halvings) r = [r[0] * 2 ** halvings, r[1] * 2 ** halvings];
  if (big) r = add(PIO2, neg(r));
  return sign < 0 ? neg(r) : r;
}

export function atan(x) {
  if (x !== x) return x;
  if (x === Infinity) return PIO2[0];
  if (x === -Infinity) return -PIO2[0];
  if (x === 0) return x;
  if (Math.abs(x) < 1e-9) {
    // atan(x) = x - x^3/3: correctly rounded straight from the dd sum
    return add([x, 0], [-(x * x * x) / 3, 0])[0];
  }
  return atanDD([x, 0])[0];
}

export function atan2(y, x) {
  if (y !== y || x !== x) return NaN;
  const ysign = y < 0 || Object.is(y, -0) ? -1 : 1;
  const xneg = x < 0 || Object.is(x, -0);
  if (y === 0) return xneg ? ysign * PI[0] : y;
  if (x === 0) return ysign * PIO2[0];
  if (!Number.isFinite(y)) {
    if (x === Infinity) return ysign * PIO4[0];
    if (x === -Infinity) return ysign * 3 * PIO4[0];
    return ysign * PIO2[0];
  }
  if (x === Infinity) return ysign * 0;
  if (x === -Infinity) return ysign * PI[0];
  const ay = Math.abs(y), ax = Math.abs(x);
  let z;
  const q = ay / ax;
  if (q === Infinity || q > 2 ** 60) z = add(PIO2, [-(ax / ay), 0]);
  else if (q < 2 ** -60) {
    if (!xneg) return ysign * q;
    z = [q, 0];
  } else z = atanDD(div([ay, 0], [ax, 0]));
  if (xneg) z = add(PI, neg(z));
  return ysign * z[0];
}

export function asin(x) {
  if (!(x >= -1 && x <= 1)) return NaN;
  if (x === 0) return x;
  const ax = Math.abs(x);
  if (ax === 1) return x * PIO2[0];
  if (ax < 1e-8) return add([x, 0], [(x * x * x) / 6, 0])[0];
  // asin x = atan(x / sqrt((1 - x)(1 + x)))
  const c = sqrtDD(mul(twoSum(1, -ax), twoSum(1, ax)));
  const r = atanDD(div([ax, 0], c));
  return x < 0 ? -r[0] : r[0];
}

export function acos(x) {
  if (!(x >= -1 && x <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI[0];
  if (x === 0) return PIO2[0];
  const ax = Math.abs(x);
  if (ax < 1e-17) return add(PIO2, [-x, 0])[0];
  const c = sqrtDD(mul(twoSum(1, -ax), twoSum(1, ax)));
  let r = atanDD(div(c, [ax, 0]));
  if (x < 0) r = add(PI, neg(r));
  return r[0];
}
