// Python's random: the same Mersenne Twister as CPython (MT19937, init_by_array seeding,
// 53-bit random(), getrandbits-based _randbelow), so seeded sequences match CPython for
// int, float, str and bytes seeds. Unseeded generators are seeded from crypto.getRandomValues.
// gauss, normalvariate, expovariate, ... use the correctly rounded exp/log/sin/cos of
// _libm.js, so they agree with CPython except where glibc itself misrounds (rare).
import { PyTypeError, ValueError, IndexError, NotImplementedError } from "../builtins/exceptions.js";
import { PyObject, type_name } from "../builtins/object.js";
import { Bytes } from "../builtins/bytes.js";
import { PyRange, $iter } from "../builtins/iter.js";
import { $getitem } from "../builtins/items.js";
import { len as pylen } from "../builtins/builtins.js";
import { $add } from "../builtins/arith.js";
import { Tuple } from "../builtins/tuple.js";
import { bind, as_index, as_float, exact_int } from "./_util.js";
import { sha512 } from "./hashlib.js";
import * as L from "./_libm.js";
import { Float, $fbox } from "../builtins/floatbox.js";

const N = 624, M = 397;

function bitLength(n) {
  let k = 0;
  while (n >= 4294967296) { n = Math.floor(n / 4294967296); k += 32; }
  return k + (n === 0 ? 0 : 32 - Math.clz32(n));
}

function isIntLike(x) {
  return typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint";
}

// An int argument of randrange(): a JS number while it is a safe integer, else a BigInt.
function toIndexOrInt(x, what) {
  if (typeof x === "bigint") return x;
  if (isIntLike(x)) return Number(x);
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  if (typeof x === "number") {
    if (Number.isInteger(x)) return x;
    throw new ValueError(`non-integer ${what} for randrange()`);
  }
  throw new PyTypeError(`'${type_name(x)}' object cannot be interpreted as an integer`);
}

// CPython's hash() of a float, exactly (as a signed 64-bit BigInt).
function floatHash(v) {
  const P = (1n << 61n) - 1n;
  if (v === Infinity) return 314159n;
  if (v === -Infinity) return -314159n;
  let m = Math.abs(v), e = 0;
  if (m !== 0) {
    while (m >= 1) { m /= 2; e++; }
    while (m < 0.5) { m *= 2; e--; }
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & P) | (x >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(e)) & P) | (x >> BigInt(61 - e));
  let r = BigInt.asIntN(64, v < 0 ? -x : x);
  if (r === -1n) r = -2n;
  return r;
}

const TWOPI = 2.0 * Math.PI;
// glibc-exact exp/log/cos/sin/pow (see _libm.js)
const NV_MAGICCONST = 1.7155277699214135; // CPython's 4 * exp(-0.5) / sqrt(2.0)
const logf = (x) => (x === 0 ? -Infinity : x === Infinity ? x : L.log(x));

export class Random extends PyObject {
  __init__(x) {
    this._mt = new Uint32Array(N);
    this._mti = N + 1;
    this.gauss_next = null;
    this._seeded = false;
    if (x !== undefined) this.seed(x);
    return null;
  }
  static get __module__() { return "random"; }

  // ---- core generator ----
  _initGenrand(s) {
    const mt = this._mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this._mti = N;
  }
  _initByArray(key) {
    this._initGenrand(19650218);
    const mt = this._mt;
    let i = 1, j = 0;
    const len = key.length;
    for (let k = Math.max(N, len); k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    this._seeded = true;
  }
  _genrand() {
    if (!this._seeded) this._seedRandom();
    const mt = this._mt;
    if (this._mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this._mti = 0;
    }
    let y = mt[this._mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
  _seedRandom() {
    const key = new Uint32Array(N);
    globalThis.crypto.getRandomValues(key);
    this._initByArray(Array.from(key));
  }
  _seedBig(n) {
    // n: non-negative BigInt -> little-endian 32-bit words
    const key = [];
    if (n === 0n) key.push(0);
    while (n > 0n) { key.push(Number(n & 0xffffffffn)); n >>= 32n; }
    this._initByArray(key);
  }

  // ---- Python API ----
  seed(...a) {
    const { v: [x, version] } = bind("seed", a, ["a", "version"], 0);
    const ver = version === undefined ? 2 : version;
    let v = x === undefined ? null : x;
    if (v === null) {
      this._seedRandom();
    } else if (ver === 2 && (typeof v === "string" || v instanceof Bytes)) {
      const raw = typeof v === "string" ? new TextEncoder().encode(v) : v.$u8;
      const digest = sha512(new Bytes(raw)).digest().$u8;
      let n = 0n;
      for (const b of raw) n = (n << 8n) | BigInt(b);
      for (const b of digest) n = (n << 8n) | BigInt(b);
      this._seedBig(n);
    } else if (isIntLike(v)) {
      const n = BigInt(v);
      this._seedBig(n < 0n ? -n : n);
    } else if (typeof v === "number" || v instanceof Float) {
      v = +v;
      if (v !== v) this._seedRandom(); // hash(nan) is an address in CPython
      else this._seedBig(BigInt.asUintN(64, floatHash(v)));
    } else if (typeof v === "string" || v instanceof Bytes) {
      throw new PyTypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    } else {
      throw new PyTypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    this.gauss_next = null;
    return null;
  }
  random() {
    const a = this._genrand() >>> 5, b = this._genrand() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
  getrandbits(k) {
    k = as_index(k);
    if (k < 0) throw new ValueError("number of bits must be non-negative");
    if (k === 0) return 0;
    if (k <= 32) return this._genrand() >>> (32 - k);
    let r = 0n, shift = 0n;
    while (k > 0) {
      let w = this._genrand();
      if (k < 32) w >>>= 32 - k;
      r |= BigInt(w) << shift;
      shift += 32n;
      k -= 32;
    }
    return exact_int(r);
  }
  _randbelow(n) {
    const k = bitLength(n);
    let r = this._bits(k);
    while (r >= n) r = this._bits(k);
    return r;
  }
  _bits(k) {
    if (k <= 32) return k === 0 ? 0 : this._genrand() >>> (32 - k);
    let r = 0, mul = 1;
    while (k > 0) {
      let w = this._genrand();
      if (k < 32) w >>>= 32 - k;
      r += w * mul;
      mul *= 4294967296;
      k -= 32;
    }
    return r;
  }
  // Big ints take _randrangeBig, the same algorithm in BigInt arithmetic, so a bound
  // beyond 2**53 draws exactly the words CPython draws.
  randrange(...a) {
    const { v: [start, stop, step] } = bind("randrange", a, ["start", "stop", "step"], 1);
    const istart = toIndexOrInt(start, "arg 1");
    if (stop === undefined || stop === null) {
      if (step !== undefined) throw new PyTypeError("Missing a non-None stop argument");
      if (typeof istart === "bigint") return this._randrangeBig(0n, istart, 1n, true);
      if (istart > 0) return this._randbelow(istart);
      throw new ValueError("empty range for randrange()");
    }
    const istop = toIndexOrInt(stop, "stop");
    const istep = step === undefined ? 1 : toIndexOrInt(step, "step");
    const width = typeof istart === "bigint" || typeof istop === "bigint" ? NaN : istop - istart;
    if (typeof istep === "bigint" || !Number.isSafeInteger(width)) {
      return this._randrangeBig(BigInt(istart), BigInt(istop), BigInt(istep), false);
    }
    if (istep === 1) {
      if (width > 0) return istart + this._randbelow(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n;
    if (istep > 0) n = Math.floor((width + istep - 1) / istep);
    else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
    else throw new ValueError("zero step for randrange()");
    if (n <= 0) throw new ValueError("empty range for randrange()");
    return istart + istep * this._randbelow(n);
  }
  _randrangeBig(istart, istop, istep, stopOnly) {
    const width = istop - istart;
    if (stopOnly) {
      if (istop > 0n) return exact_int(this._randbelowBig(istop));
      throw new ValueError("empty range for randrange()");
    }
    if (istep === 1n) {
      if (width > 0n) return exact_int(istart + this._randbelowBig(width));
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    if (istep === 0n) throw new ValueError("zero step for randrange()");
    // Python's floor division of (width + step -/+ 1) by step.
    const num = istep > 0n ? width + istep - 1n : width + istep + 1n;
    let n = num / istep;
    if (n * istep !== num && (num < 0n) !== (istep < 0n)) n -= 1n;
    if (n <= 0n) throw new ValueError("empty range for randrange()");
    return exact_int(istart + istep * this._randbelowBig(n));
  }
  _randbelowBig(n) {
    if (n <= 9007199254740992n) return BigInt(this._randbelow(Number(n)));
    const k = n.toString(2).length;
    let r = BigInt(this.getrandbits(k));
    while (r >= n) r = BigInt(this.getrandbits(k));
    return r;
  }
  randint(...args) {
    const { v: [a, b] } = bind("randint", args, ["a", "b"], 2);
    return this.randrange(a, $add(b, 1));
  }
  choice(seq) {
    const n = pylen(seq);
    if (!n) throw new IndexError("Cannot choose from an empty sequence");
    return $getitem(seq, this._randbelow(n));
  }
  shuffle(x) {
    for (let i = pylen(x) - 1; i >= 1; i--) {
      const j = this._randbelow(i + 1);
      if (Array.isArray(x)) {
        const t = x[i]; x[i] = x[j]; x[j] = t;
      } else {
        const xi = x.__getitem__(i), xj = x.__getitem__(j);
        x.__setitem__(i, xj);
        x.__setitem__(j, xi);
      }
    }
    return null;
  }
  sample(...a) {
    const { v: [population, kv, counts] } = bind("sample", a, ["population", "k"], 2, { ko: ["counts"] });
    if (!(Array.isArray(population) || typeof population === "string" || population instanceof PyRange ||
          population instanceof Bytes)) {
      throw new PyTypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    const n = pylen(population);
    if (counts !== undefined && counts !== null) {
      const cum = [];
      let acc = 0;
      for (const c of $iter(counts)) { acc = $add(acc, c); cum.push(acc); }
      if (cum.length !== n) throw new ValueError("The number of counts does not match the population");
      const total = cum.pop();
      if (!isIntLike(total)) throw new PyTypeError("Counts must be integers");
      if (total <= 0) throw new ValueError("Total of counts must be greater than zero");
      const selections = this.sample(new PyRange(0, Number(total), 1), kv);
      return selections.map((s) => $getitem(population, bisectRight(cum, s, 0, cum.length)));
    }
    const k = as_index(kv);
    if (!(k >= 0 && k <= n)) throw new ValueError("Sample larger than population or is negative");
    const result = new Array(k).fill(null);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(logf(k * 3) / logf(4));
    if (n <= setsize) {
      const pool = Array.from($iter(population));
      for (let i = 0; i < k; i++) {
        const j = this._randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set();
      for (let i = 0; i < k; i++) {
        let j = this._randbelow(n);
        while (selected.has(j)) j = this._randbelow(n);
        selected.add(j);
        result[i] = $getitem(population, j);
      }
    }
    return result;
  }
  choices(...a) {
    const { v: [population, weights, cumWeightsIn, kIn] } = bind(
      "choices", a, ["population", "weights"], 1, { ko: ["cum_weights", "k"] });
    const k = kIn === undefined ? 1 : as_index(kIn);
    const n = pylen(population);
    let cum = cumWeightsIn === undefined ? null : cumWeightsIn;
    const w = weights === undefined ? null : weights;
    const out = [];
    if (cum === null) {
      if (w === null) {
        for (let i = 0; i < k; i++) out.push($getitem(population, Math.floor(this.random() * n)));
        return out;
      }
      if (isIntLike(w)) throw new PyTypeError(`The number of choices must be a keyword argument: k=${w}`);
      cum = [];
      let acc = null;
      for (const x of $iter(w)) { acc = acc === null ? x : $add(acc, x); cum.push(acc); }
    } else if (w !== null) {
      throw new PyTypeError("Cannot specify both weights and cumulative weights");
    } else {
      cum = Array.from($iter(cum));
    }
    if (cum.length !== n) throw new ValueError("The number of weights does not match the population");
    const total = as_float(cum[cum.length - 1]) + 0.0;
    if (total <= 0.0) throw new ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
    const hi = n - 1;
    for (let i = 0; i < k; i++) {
      out.push($getitem(population, bisectRight(cum, this.random() * total, 0, hi)));
    }
    return out;
  }
  uniform(...args) {
    let { v: [a, b] } = bind("uniform", args, ["a", "b"], 2);
    a = as_float(a);
    b = as_float(b);
    return a + (b - a) * this.random();
  }
  triangular(...args) {
    let { v: [low = 0.0, high = 1.0, mode = null] } = bind("triangular", args, ["low", "high", "mode"], 0);
    const given = low; // returned as it is when high == low, as CPython does
    low = as_float(low);
    high = as_float(high);
    let u = this.random();
    let c;
    if (mode === null || mode === undefined) c = 0.5;
    else {
      if (high - low === 0) return given;
      c = (as_float(mode) - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return $fbox(low + (high - low) * Math.sqrt(u * c));
  }
  gauss(...args) {
    const { v: [mu = 0.0, sigma = 1.0] } = bind("gauss", args, ["mu", "sigma"], 0);
    let z = this.gauss_next;
    this.gauss_next = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * logf(1.0 - this.random()));
      z = L.cos(x2pi) * g2rad;
      this.gauss_next = L.sin(x2pi) * g2rad;
    }
    return as_float(mu) + z * as_float(sigma);
  }
  normalvariate(...args) {
    const { v: [mu = 0.0, sigma = 1.0] } = bind("normalvariate", args, ["mu", "sigma"], 0);
    let z;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
      const zz = z * z / 4.0;
      if (zz <= -logf(u2)) break;
    }
    return as_float(mu) + z * as_float(sigma);
  }
  lognormvariate(mu, sigma) { return L.exp(this.normalvariate(mu, sigma)); }
  expovariate(lambd) { return -logf(1.0 - this.random()) / as_float(lambd); }
  paretovariate(alpha) {
    const u = 1.0 - this.random();
    return L.pow_pos(u, -1.0 / as_float(alpha));
  }
  weibullvariate(alpha, beta) {
    const u = 1.0 - this.random();
    const t = -logf(u);
    return as_float(alpha) * (t === 0 ? 0 : L.pow_pos(t, 1.0 / as_float(beta)));
  }
  randbytes(n) {
    n = as_index(n);
    if (n < 0) throw new ValueError("negative argument not allowed");
    const out = new Uint8Array(n);
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const w = this._genrand();
      out[i] = w & 0xff; out[i + 1] = (w >>> 8) & 0xff; out[i + 2] = (w >>> 16) & 0xff; out[i + 3] = w >>> 24;
    }
    if (i < n) {
      const rem = n - i;
      const w = this._genrand() >>> (32 - 8 * rem);
      for (let k = 0; k < rem; k++) out[i + k] = (w >>> (8 * k)) & 0xff;
    }
    return new Bytes(out);
  }
  getstate() {
    return Tuple.of(3, Tuple.from([...this._mt, this._mti]), this.gauss_next);
  }
  setstate(state) {
    const inner = state[1];
    for (let i = 0; i < N; i++) this._mt[i] = inner[i];
    this._mti = inner[N];
    this.gauss_next = state[2];
    this._seeded = true;
    return null;
  }
}

function bisectRight(a, x, lo, hi) {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// SystemRandom: numbers straight from crypto.getRandomValues.
export class SystemRandom extends Random {
  _genrand() {
    const u = new Uint32Array(1);
    globalThis.crypto.getRandomValues(u);
    return u[0];
  }
  random() {
    const u = new Uint8Array(7);
    globalThis.crypto.getRandomValues(u);
    let n = 0;
    for (const b of u) n = n * 256 + b;
    return Math.floor(n / 8) * 2 ** -53;
  }
  seed() { return null; }
  getstate() { throw new NotImplementedError("System entropy source does not have state."); }
  setstate() { throw new NotImplementedError("System entropy source does not have state."); }
}


// The float-valued methods answer Python floats (an integral result is a Float box, as
// `$fbox` makes it); the runtime's own arithmetic on them is unaffected (valueOf).
for (const C of [Random, SystemRandom]) {
  for (const name of ["random", "uniform", "gauss", "normalvariate", "lognormvariate",
    "expovariate", "paretovariate", "weibullvariate"]) {
    if (!Object.prototype.hasOwnProperty.call(C.prototype, name)) continue;
    const raw = C.prototype[name];
    Object.defineProperty(C.prototype, name, {
      configurable: true,
      writable: true,
      value: { [name](...a) { return $fbox(raw.apply(this, a)); } }[name],
    });
  }
}

// ---- module-level functions on a hidden shared instance ----------------------------------

let inst = null;
function R() {
  if (inst === null) inst = new Random();
  return inst;
}

export function seed(...a) { return R().seed(...a); }
export function random() { return $fbox(R().random()); }
export function getrandbits(k) { return R().getrandbits(k); }
export function randrange(...a) { return R().randrange(...a); }
export function randint(...a) { return R().randint(...a); }
export function choice(seq) { return R().choice(seq); }
export function choices(...a) { return R().choices(...a); }
export function shuffle(x) { return R().shuffle(x); }
export function sample(...a) { return R().sample(...a); }
export function uniform(...a) { return $fbox(R().uniform(...a)); }
export function triangular(...a) { return R().triangular(...a); }
export function gauss(...a) { return $fbox(R().gauss(...a)); }
export function normalvariate(...a) { return $fbox(R().normalvariate(...a)); }
export function lognormvariate(mu, sigma) { return $fbox(R().lognormvariate(mu, sigma)); }
export function expovariate(lambd) { return $fbox(R().expovariate(lambd)); }
export function paretovariate(alpha) { return $fbox(R().paretovariate(alpha)); }
export function weibullvariate(alpha, beta) { return $fbox(R().weibullvariate(alpha, beta)); }
export function randbytes(n) { return R().randbytes(n); }
export function getstate() { return R().getstate(); }
export function setstate(s) { return R().setstate(s); }
