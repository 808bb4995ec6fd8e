// exp and pow as glibc computes them, and correctly rounded log, log2 and trigonometry
// (private helper of math.js, arith.js, complex.js and random.js).
//
// CPython calls the C library (glibc). glibc's exp and pow are not correctly rounded
// (0.51 and 0.54 ULP at worst): "glibc's exp and pow" below reproduces them operation for
// operation, so `**`, math.pow and math.exp equal CPython's floats to the bit. glibc's
// log, log2 and trigonometric functions return the correctly rounded result for all but
// a tiny fraction of arguments; V8's Math.* (fdlibm ports) differ from glibc in the last
// bit for several percent of arguments. The versions here evaluate in double-double
// arithmetic (~2^-100 relative error) and round once.
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

let ATANH_C = null;  // 1/(2k+1) for k = 0..24
function tables() {
  if (ATANH_C !== null) return;
  ATANH_C = [];
  for (let k = 0; k <= 24; k++) ATANH_C.push(div([1, 0], [2 * k + 1, 0]));
}

// ---- exp ---------------------------------------------------------------------------------

// glibc's exp (below, "glibc's exp and pow")
export function exp(x) {
  if (x !== x) return x;
  return expCore(x, 0, false);
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
  const r = log_fast(x);
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

// glibc's pow for a finite x > 0 and a finite y (below, "glibc's exp and pow")
export function pow_pos(x, y) {
  return glibcPow(x, y, false);
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

const ZIV = 2 ** -64; // relative error bound of the fast paths below

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

export function log_fast(x) {
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

// ---- glibc's exp and pow, operation for operation ------------------------------------------
// CPython's `**` on floats, math.pow and math.exp call glibc, whose exp and pow (since
// 2.28) are not correctly rounded: they err by up to 0.51 and 0.54 ULP, so a correctly
// rounded result differs from CPython's for about 1 argument in 1,500. These functions
// follow glibc's algorithms step by step as x86-64 runs them (the FMA build its ifunc
// picks on every CPU with FMA, where GCC fuses each `a * b + c`): 2^(j/128) and log(c)
// tables computed by glibc's documented rules at first use, glibc's polynomial
// coefficients, and an exact emulation of fma (Boldo & Melquiond: rounding to odd).

const gF64 = new Float64Array(1);
const gU32 = new Uint32Array(gF64.buffer);
const gHI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little endian
const gLO = 1 - gHI;

function hiWord(x) { gF64[0] = x; return gU32[gHI]; }
function fromWords(hi, lo) { gU32[gHI] = hi; gU32[gLO] = lo; return gF64[0]; }

// fma(a, b, c) = a * b + c rounded once (finite arguments, no underflow in a * b).
function fma(a, b, c) {
  const p = a * b;
  let t = 134217729 * a;
  const ah = t - (t - a), al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b), bl = b - bh;
  const pe = ((ah * bh - p) + ah * bl + al * bh) + al * bl; // a * b = p + pe exactly
  const th = c + p; // TwoSum(c, p)
  let bb = th - c;
  const tl = (c - (th - bb)) + (p - bb);
  let v = tl + pe; // rounded to odd: exact when the sum is, else an odd last bit
  bb = v - tl;
  const w = (tl - (v - bb)) + (pe - bb);
  if (w !== 0) {
    gF64[0] = v;
    const lo = gU32[gLO];
    if ((lo & 1) === 0) {
      if ((w > 0) === (v > 0)) gU32[gLO] = lo + 1; // away from zero: lo is even, no carry
      else if (lo !== 0) gU32[gLO] = lo - 1;
      else { gU32[gLO] = 0xffffffff; gU32[gHI] -= 1; }
      v = gF64[0];
    }
  }
  return th + v;
}

// The exact error of the product a * b (what fma(a, b, -(a * b)) returns).
function prodErr(a, b, p) {
  let t = 134217729 * a;
  const ah = t - (t - a), al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

const hf = (mant, e) => mant * 2 ** e; // a hex float: mantissa digits as an integer

// exp: 2^(k/128) ~= H[k] * (1 + T[k]); polynomial of glibc's e_exp_data.c
const EXP_INV_LN2_N = hf(0x171547652b82fe, -52 + 7);
const EXP_NEG_LN2_HI_N = -hf(0x162e42fefa0000, -52 - 8);
const EXP_NEG_LN2_LO_N = -hf(0x1cf79abc9e3b3a, -52 - 47);
const EXP_SHIFT = 6755399441055744; // 0x1.8p52
const EXP_C2 = hf(0x1ffffffffffdbd, -52 - 2);
const EXP_C3 = hf(0x1555555555543c, -52 - 3);
const EXP_C4 = hf(0x155555cf172b91, -52 - 5);
const EXP_C5 = hf(0x11111167a4d017, -52 - 7);
let GEXP_H = null, GEXP_T = null;
function glibcExpTable() {
  // 2^(j/128) to 200 bits (BigInt Newton steps on y^128 = 2^j): T needs more than a
  // double-double's precision. H = the nearest double, T = (2^(j/128) - H) / H rounded.
  GEXP_H = new Float64Array(128);
  GEXP_T = new Float64Array(128);
  const B = 200n, ONE = 1n << B;
  for (let j = 0; j < 128; j++) {
    let y = BigInt(Math.round(2 ** (j / 128) * 2 ** 52)) << (B - 52n);
    const target = BigInt(2 ** j) << B;
    for (let it = 0; it < 3; it++) {
      let p = y;
      for (let s = 0; s < 7; s++) p = (p * p) >> B; // y^128
      const p127 = (p << B) / y;
      y -= ((p - target) << B) / (128n * p127);
    }
    const H = Number(y) / Number(ONE);
    const hfix = BigInt(H * 2 ** 52) << (B - 52n);
    GEXP_H[j] = H;
    GEXP_T[j] = Number(((y - hfix) << 120n) / hfix) * 2 ** -120;
  }
}

// scale * (1 + tmp) for the k of a large |x|, where scale = H[j] * 2^m might not be a
// normal double (glibc's specialcase); for a positive result.
function expSpecial(tmp, j, k, m) {
  const H = GEXP_H[j];
  if (k >= 0) {
    const scale = H * 2 ** (m - 1009);
    return fma(scale, tmp, scale) * 2 ** 1009;
  }
  const scale = H * 2 ** (m + 1022);
  const st = scale * tmp; // two uses in two blocks: GCC does not fuse these
  let y = scale + st;
  if (y < 1.0) {
    // round to the subnormal grid once (no double rounding)
    let lo = (scale - y) + st;
    const hi = 1.0 + y;
    lo = ((1.0 - hi) + y) + lo;
    y = (hi + lo) - 1.0;
  }
  return 2 ** -1022 * y;
}

// exp(x + xtail) as glibc computes it (exp_inline of pow; __exp with xtail = 0), for a
// finite x; `negative` gives -exp (pow of a negative base to an odd power).
function expCore(x, xtail, negative) {
  if (GEXP_H === null) glibcExpTable();
  const ax = Math.abs(x);
  let special = false;
  if (!(ax >= 2 ** -54 && ax < 512)) {
    if (ax < 2 ** -54) return negative ? -(1.0 + x) : 1.0 + x;
    if (ax >= 1024) return (x < 0 ? 0 : Infinity) * (negative ? -1 : 1);
    special = true;
  }
  const kd = fma(EXP_INV_LN2_N, x, EXP_SHIFT) - EXP_SHIFT; // an integer k
  const r = fma(kd, EXP_NEG_LN2_LO_N, fma(kd, EXP_NEG_LN2_HI_N, x)) + xtail;
  const j = kd & 127;
  const m = (kd - j) / 128;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_C5, EXP_C4), fma(r2, fma(r, EXP_C3, EXP_C2), GEXP_T[j] + r));
  let y;
  if (special) {
    y = expSpecial(tmp, j, kd, m);
  } else {
    gF64[0] = GEXP_H[j];
    gU32[gHI] += m << 20; // scale = H[j] * 2^m
    const scale = gF64[0];
    y = fma(scale, tmp, scale);
  }
  return negative ? -y : y;
}

// pow's log: log(x) as hi + tail with ~2^-68 relative error (glibc's log_inline), for a
// positive finite x; N = 128 subintervals of [0x1.69555p-1, 0x1.69555p0).
const POW_LN2_HI = hf(0x162e42fefa3800, -52 - 1);
const POW_LN2_LO = hf(0x1ef35793c76730, -52 - 45);
// glibc's coefficients, scaled as its evaluation expects
const POW_A1 = hf(0x1555555555556, -48 - 2) * -2;
const POW_A2 = -hf(0x10000000000006, -52 - 2) * -2;
const POW_A3 = hf(0x1999999959554e, -52 - 3) * 4;
const POW_A4 = -hf(0x1555555529a47a, -52 - 3) * 4;
const POW_A5 = hf(0x12495b9b4845e9, -52 - 3) * -8;
const POW_A6 = -hf(0x10002b8b263fc3, -52 - 3) * -8;
const POW_OFF_HI = 0x3fe69555;
let POW_INVC = null, POW_LOGC = null, POW_LOGCTAIL = null;
// glibc's rule: c near the center of subinterval i with 1/c = round(N/center)/N (center < 1)
// or round(2N/center)/2N, logc = log(c) rounded to a multiple of 2^-43, logctail the rest.
function powLogTable() {
  POW_INVC = new Float64Array(128);
  POW_LOGC = new Float64Array(128);
  POW_LOGCTAIL = new Float64Array(128);
  for (let i = 0; i < 128; i++) {
    const a = fromWords(POW_OFF_HI + i * 0x2000, 0);
    const b = fromWords(POW_OFF_HI + (i + 1) * 0x2000, 0);
    const center = a + (b - a) / 2;
    const invc = center < 1 ? Math.round(128 / center) / 128 : Math.round(256 / center) / 256;
    POW_INVC[i] = invc;
    if (invc === 1) continue;
    const l = logDD(invc); // log(c) = -log(1/c)
    const lh = -l[0], ll = -l[1];
    let n = Math.round(lh * 2 ** 43);
    const d = (lh * 2 ** 43 - n) + ll * 2 ** 43; // exact value minus n
    if (d > 0.5) n += 1;
    else if (d < -0.5) n -= 1;
    const logc = n * 2 ** -43;
    POW_LOGC[i] = logc;
    POW_LOGCTAIL[i] = (lh - logc) + ll;
  }
}

let powTail = 0; // the low part of powLog's result
function powLog(hiw, low) {
  if (POW_INVC === null) powLogTable();
  const tmp = (hiw - POW_OFF_HI) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  const z = fromWords(hiw - (tmp & 0xfff00000), low);
  const invc = POW_INVC[i];
  const p0 = z * invc;
  const r = (p0 - 1.0) + prodErr(z, invc, p0); // fma(z, invc, -1), exact
  const t1 = k * POW_LN2_HI + POW_LOGC[i]; // exact
  const t2 = t1 + r;
  const lo1 = fma(k, POW_LN2_LO, POW_LOGCTAIL[i]);
  const lo2 = (t1 - t2) + r;
  const ar = -0.5 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = prodErr(ar, r, ar2);
  const lo4 = (t2 - hi) + ar2;
  const q = fma(ar2, fma(ar2, fma(r, POW_A6, POW_A5), fma(r, POW_A4, POW_A3)), fma(r, POW_A2, POW_A1));
  const lo = fma(ar3, q, ((lo1 + lo2) + lo3) + lo4);
  const y = hi + lo;
  powTail = (hi - y) + lo;
  return y;
}

// glibc's pow(x, y) for a finite x > 0 and a finite y (negate the result for a negative
// base and an odd integer y). Infinity on overflow, 0 on underflow.
function glibcPow(x, y, negative) {
  const ay = Math.abs(y);
  if (!(ay >= 2 ** -65 && ay < 2 ** 63)) {
    if (x === 1) return negative ? -1 : 1;
    if (ay < 2 ** -65) return (x > 1 ? 1.0 + y : 1.0 - y) * (negative ? -1 : 1);
    return (x > 1) === (y > 0) ? Infinity : 0;
  }
  let hiw, low;
  if (x < 2.2250738585072014e-308) {
    gF64[0] = x * 2 ** 52; // normalize a subnormal x
    hiw = (gU32[gHI] - (52 << 20)) | 0;
    low = gU32[gLO];
  } else {
    gF64[0] = x;
    hiw = gU32[gHI];
    low = gU32[gLO];
  }
  const lhi = powLog(hiw, low);
  const llo = powTail;
  const ehi = y * lhi;
  const elo = fma(y, llo, prodErr(y, lhi, ehi));
  return expCore(ehi, elo, negative);
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
