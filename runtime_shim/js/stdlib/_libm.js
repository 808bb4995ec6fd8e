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
  if (x > -708 && x < 709) {
    const r = expFast(x, 0);
    if (r !== undefined) return r;
  }
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
  const r = logFast(x);
  if (r !== undefined) return r;
  return logDD(x)[0];
}

export function log2(x) {
  const v = logFastDD(x);
  if (v !== undefined) {
    const r = mul(v, LOG2E);
    const err = ZIV * Math.abs(r[0]);
    const a = r[0] + (r[1] + err), b = r[0] + (r[1] - err);
    if (a === b && !Number.isInteger(a)) return a;
  }
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
  // far outside the double range (the double-double product below would overflow to NaN)
  const t0 = Math.log(x) * y;
  if (t0 > 746) return Infinity;
  if (t0 < -746) return 0;
  if (Number.isInteger(y) && y > 0 && y <= 4096) {
    const r = exactPow(x, y);
    if (r !== null) return r;
  }
  const L = logFastDD(x);
  if (L !== undefined) {
    const t = mulD(L, y);
    if (t[0] > -708 && t[0] < 709) {
      // |t| * 2^-70 absolute error in the exponent -> relative error of the power
      const r = expFastErr(t[0], t[1], ZIV + Math.abs(t[0]) * 2 ** -66);
      if (r !== undefined) return r;
    }
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
  const f = trigFast(x, 0);
  if (f !== undefined) return f;
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
  const f = trigFast(x, 1);
  if (f !== undefined) return f;
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
  const f = trigFast(x, 2);
  if (f !== undefined) return f;
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
  const f = atanFastDD(x, 0);
  const d = decided(f[0], f[1], ZIV);
  if (d !== undefined) return d;
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
  } else {
    const q2 = div([ay, 0], [ax, 0]);
    const f = atanFastDD(q2[0], q2[1]);
    const g = xneg ? add(PI, neg(f)) : f;
    const d = decided(g[0], g[1], ZIV);
    if (d !== undefined) return ysign * d;
    z = atanDD(q2);
  }
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
  const q = div([ax, 0], c);
  const f = atanFastDD(q[0], q[1]);
  const d = decided(f[0], f[1], ZIV);
  if (d !== undefined) return x < 0 ? -d : d;
  const r = atanDD(q);
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
  const q = div(c, [ax, 0]);
  const f = atanFastDD(q[0], q[1]);
  const g = x < 0 ? add(PI, neg(f)) : f;
  const d = decided(g[0], g[1], ZIV);
  if (d !== undefined) return d;
  let r = atanDD(q);
  if (x < 0) r = add(PI, neg(r));
  return r[0];
}

// ---- fast paths (Ziv's strategy) -----------------------------------------------------------
// Evaluate with ~2^-66 relative error; return that result when the error bound cannot
// change its rounding, else recompute with the slow double-double code above.

// exp(v) for a double-double argument, as a double-double (slow path, for tables)
function expFull(x) {
  const k = Math.round(x[0] * LOG2E[0]);
  let r = x;
  if (k !== 0) {
    r = add(x, twoProd(-k, LN2[0]));
    r = add(r, twoProd(-k, LN2[1]));
    r = add(r, [-k * LN2_3, 0]);
  }
  const v = add([1, 0], expm1Small(r));
  return [v[0] * 2 ** k, v[1] * 2 ** k];
}

let EXP_T = null; // 2^(j/128) as [hi, lo], j = 0..127
function expTable() {
  if (EXP_T === null) {
    EXP_T = [];
    for (let j = 0; j < 128; j++) EXP_T.push(expFull(mulD(LN2, j / 128)));
  }
  return EXP_T;
}

const INV_LN2_128 = 184.6649652337873; // 128 / ln 2
const C1 = LN2[0] / 128, C2 = LN2[1] / 128;
const ZIV = 2 ** -64;

// exp(xh + xl) where |xl| <= ulp(xh)/2; returns a double or undefined (not decided)
function expFast(xh, xl) {
  return expFastErr(xh, xl, ZIV);
}

function expFastErr(xh, xl, relErr) {
  const k = Math.round(xh * INV_LN2_128);
  const [p, pe] = twoProd(k, C1);
  const rh0 = xh - p; // exact (Sterbenz)
  const [r1, r1e] = twoSum(rh0, xl - (pe + k * C2));
  const r2 = r1e;
  const tail = r1 * r1 * (0.5 + r1 * (1 / 6 + r1 * (1 / 24 + r1 * (1 / 120 + r1 * (1 / 720 + r1 / 5040)))));
  const j = ((k % 128) + 128) % 128;
  const m = (k - j) / 128;
  if (m < -1021 || m > 1022) return undefined;
  const T = expTable()[j];
  const eh = r1, el = r2 + tail;
  const [z, ze] = twoProd(T[0], eh);
  const [s, se] = twoSum(T[0], z);
  const lo = se + ze + T[1] + T[0] * el + T[1] * eh;
  const err = relErr * s;
  const a = s + (lo + err), b = s + (lo - err);
  if (a !== b) return undefined;
  return a * 2 ** m;
}

let LOG_T = null; // for j = 90..182 (c = j/128 in [0.703, 1.422]): [log(c) hi, lo, 1/c]
function logTable() {
  if (LOG_T === null) {
    LOG_T = [];
    for (let j = 0; j <= 182; j++) {
      if (j < 90) { LOG_T.push(null); continue; }
      const c = j / 128;
      const l = c === 1 ? [0, 0] : logDD(c);
      LOG_T.push([l[0], l[1], 1 / c]);
    }
  }
  return LOG_T;
}

let F64 = null, U32 = null, HI = 1;
function bitsInit() {
  if (F64 === null) {
    const buf = new ArrayBuffer(8);
    F64 = new Float64Array(buf);
    U32 = new Uint32Array(buf);
    HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  }
}

// ln(x) for a positive normal finite x as [hi, lo] with ~2^-70 relative error, or the
// exponent split [e, mh, ml] via out parameters; returns undefined for subnormals
function logFastDD(x) {
  bitsInit();
  F64[0] = x;
  const hiw = U32[HI];
  let e = ((hiw >>> 20) & 0x7ff) - 1023;
  if (e === -1023) return undefined;
  U32[HI] = (hiw & 0x800fffff) | 0x3ff00000;
  let m = F64[0]; // [1, 2)
  if (m > 1.4142135623730951) { m /= 2; e++; }
  const j = Math.round(m * 128);
  const T = logTable()[j];
  const c = j / 128;
  const d = m - c; // exact
  const t1 = d * T[2];
  const [pp, ppe] = twoProd(t1, c);
  const t2 = ((d - pp) - ppe) * T[2];
  // log1p(t) = t - t^2/2 + t^3/3 - ...,  |t| <= 2^-8
  const [sq, sqe] = twoProd(t1, t1);
  const tail = t1 * t1 * t1 * (1 / 3 + t1 * (-1 / 4 + t1 * (1 / 5 + t1 * (-1 / 6 + t1 * (1 / 7 + t1 * (-1 / 8))))));
  // sum: e*ln2 + log(c) + t1 + t2 - (sq + sqe + 2 t1 t2)/2 + tail
  let [s, sl] = twoSum(T[0], t1);
  let [s2, s2l] = twoSum(s, -0.5 * sq);
  let lo = sl + s2l + T[1] + t2 - 0.5 * (sqe + 2 * t1 * t2) + tail;
  s = s2;
  if (e !== 0) {
    const [eh, el] = twoProd(e, LN2[0]);
    const [u, ul] = twoSum(eh, s);
    s = u;
    lo += ul + el + e * LN2[1];
  }
  return quick(s, lo);
}

export function logFast(x) {
  const v = logFastDD(x);
  if (v === undefined) return undefined;
  const err = ZIV * Math.abs(v[0]);
  const a = v[0] + (v[1] + err), b = v[0] + (v[1] - err);
  return a === b ? a : undefined;
}

// sin/cos: r = a + b with a = j/64 tabulated, |b| <= 1/128
let SC_T = null; // [sin hi, sin lo, cos hi, cos lo] of j/64, j = 0..52
function scTable() {
  if (SC_T === null) {
    SC_T = [];
    for (let j = 0; j <= 52; j++) {
      const [s, c] = sinCos([j / 64, 0]);
      SC_T.push([s[0], s[1], c[0], c[1]]);
    }
  }
  return SC_T;
}

// [sin hi, sin lo, cos hi, cos lo] of the double-double r (|r| <= ~0.8), ~2^-70 relative
function sinCosFast(rh, rl) {
  const neg = rh < 0;
  if (neg) { rh = -rh; rl = -rl; }
  const j = Math.round(rh * 64);
  const T = scTable()[j];
  const b1 = rh - j / 64; // exact
  const [b, bl0] = twoSum(b1, rl);
  const b2 = bl0;
  // sin b = b - b^3/6 + b^5/120 - ...; cos b = 1 - b^2/2 + b^4/24 - ...
  const bb = b * b;
  const sTail = -b * bb * (1 / 6 - bb * (1 / 120 - bb / 5040));
  const [sq, sqe] = twoProd(b, b);
  const cTail = bb * bb * (1 / 24 - bb * (1 / 720 - bb / 40320));
  // cos b - 1 = -(sq + sqe + 2 b b2)/2 + cTail   (small: keep as one double plus correction)
  const cm1h = -0.5 * sq, cm1l = -0.5 * (sqe + 2 * b * b2) + cTail;
  // sin(a + b) = sin a + sin a (cos b - 1) + cos a sin b
  // cos(a + b) = cos a + cos a (cos b - 1) - sin a sin b
  const [p1, p1e] = twoProd(T[2], b);       // cos a * b
  const [q1, q1e] = twoProd(T[0], b);       // sin a * b
  const [sA, sAe] = twoSum(T[0], p1);
  const sLo = sAe + p1e + T[1] + T[2] * (b2 + sTail) + T[3] * b + T[0] * (cm1h + cm1l) + T[1] * cm1h;
  const [cA, cAe] = twoSum(T[2], -q1);
  const cLo = cAe - q1e + T[3] - T[0] * (b2 + sTail) - T[1] * b + T[2] * (cm1h + cm1l) + T[3] * cm1h;
  const s = quick(sA, sLo), c = quick(cA, cLo);
  return neg ? [-s[0], -s[1], c[0], c[1]] : [s[0], s[1], c[0], c[1]];
}

function decided(h, l, rel) {
  const err = rel * Math.abs(h);
  const a = h + (l + err), b = h + (l - err);
  return a === b ? a : undefined;
}

function trigFast(x, which) {
  const ax = Math.abs(x);
  if (!(ax < 1e5) || ax < 2 ** -20) return undefined;
  const [k, r] = reduce(x);
  const v = sinCosFast(r[0], r[1]);
  let h, l;
  if (which === 2) {
    // tan: sin/cos (or -cos/sin in odd quadrants)
    const q = k % 2 === 0 ? div([v[0], v[1]], [v[2], v[3]]) : neg(div([v[2], v[3]], [v[0], v[1]]));
    return decided(q[0], q[1], 2 ** -60);
  }
  const sinQ = which === 0 ? k : k + 1; // cos x = sin(x + pi/2)
  switch (sinQ % 4) {
    case 0: h = v[0]; l = v[1]; break;
    case 1: h = v[2]; l = v[3]; break;
    case 2: h = -v[0]; l = -v[1]; break;
    default: h = -v[2]; l = -v[3]; break;
  }
  return decided(h, l, ZIV);
}

// atan of a double-double with ~2^-70 relative error: table of atan(j/64) on [0, 1]
let AT_T = null;
function atTable() {
  if (AT_T === null) {
    AT_T = [];
    for (let j = 0; j <= 64; j++) AT_T.push(j === 0 ? [0, 0] : atanDD([j / 64, 0]));
  }
  return AT_T;
}

function atanFastDD(ah, al) {
  const sign = ah < 0 ? -1 : 1;
  if (sign < 0) { ah = -ah; al = -al; }
  let big = false;
  if (ah > 1) {
    const q = div([1, 0], [ah, al]);
    ah = q[0]; al = q[1];
    big = true;
  }
  const j = Math.round(ah * 64);
  const c = j / 64;
  // t = (a - c) / (1 + a c)
  const num = twoSum(ah - c, al); // ah - c exact
  const den = add([1, 0], mulD([ah, al], c));
  const t = div(num, den);
  const t1 = t[0];
  const tt = t1 * t1;
  const tail = -t1 * tt * (1 / 3 - tt * (1 / 5 - tt * (1 / 7 - tt / 9)));
  const T = atTable()[j];
  let r = add(T, [t[0], t[1] + tail]);
  if (big) r = add(PIO2, neg(r));
  return sign < 0 ? neg(r) : r;
}

// glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), step for step, so results match
// CPython's math.cbrt to the bit (V8's Math.cbrt differs for about half of all inputs).
const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
const cbrtView = new DataView(new ArrayBuffer(8));

// (m, e) with x = m * 2**e and m in [0.5, 1), for a finite x > 0 (subnormals included).
function frexpPos(x) {
  cbrtView.setFloat64(0, x);
  let hi = cbrtView.getUint32(0);
  let biased = (hi >>> 20) & 0x7ff;
  let shift = 0;
  if (biased === 0) {
    cbrtView.setFloat64(0, x * 2 ** 64);
    hi = cbrtView.getUint32(0);
    biased = (hi >>> 20) & 0x7ff;
    shift = 64;
  }
  cbrtView.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [cbrtView.getFloat64(0), biased - 1022 - shift];
}

function ldexpExact(x, e) {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

export function cbrt(x) {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexpPos(Math.abs(x));
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 +
    (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 -
    0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = (u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexpExact(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}
