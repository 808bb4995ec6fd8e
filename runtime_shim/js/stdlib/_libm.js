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
