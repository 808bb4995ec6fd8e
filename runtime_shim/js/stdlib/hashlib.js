// Python's hashlib: synchronous pure-JS md5, sha1, sha224, sha256, sha384, sha512
// (WebCrypto is asynchronous, Python's hashlib is not).
import { PyTypeError, ValueError, NotImplementedError } from "../builtins/exceptions.js";
import { Bytes } from "../builtins/bytes.js";
import { PySet } from "../builtins/set.js";
import { bind, as_index } from "./_util.js";
import { type_name } from "../builtins/object.js";

function bytesOf(data) {
  if (data instanceof Bytes) return data.$u8;
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof data === "string") throw new PyTypeError("Strings must be encoded before hashing");
  throw new PyTypeError(`object supporting the buffer API required`);
}

function hex(u8) {
  let s = "";
  for (const b of u8) s += b.toString(16).padStart(2, "0");
  return s;
}

// ---- block-hash base: buffering + Merkle-Damgard padding ---------------------------------

class BlockHash {
  constructor(blockSize) {
    this._buf = new Uint8Array(blockSize);
    this._bufLen = 0;
    this._len = 0; // total bytes (a double: exact up to 2**53)
  }
  _update(u8) {
    const bs = this._buf.length;
    this._len += u8.length;
    let i = 0;
    if (this._bufLen) {
      const take = Math.min(bs - this._bufLen, u8.length);
      this._buf.set(u8.subarray(0, take), this._bufLen);
      this._bufLen += take;
      i = take;
      if (this._bufLen === bs) { this._block(this._buf, 0); this._bufLen = 0; }
    }
    for (; i + bs <= u8.length; i += bs) this._block(u8, i);
    if (i < u8.length) {
      this._buf.set(u8.subarray(i), 0);
      this._bufLen = u8.length - i;
    }
  }
  // padding: 0x80, zeros, then the bit length in `lenBytes` bytes (big or little endian)
  _pad(lenBytes, little) {
    const bs = this._buf.length;
    const bitLen = this._len * 8;
    const padLen = ((bs - lenBytes - 1 - (this._len % bs)) % bs + bs) % bs;
    const tail = new Uint8Array(1 + padLen + lenBytes);
    tail[0] = 0x80;
    const lo = bitLen % 4294967296;
    const hi = Math.floor(bitLen / 4294967296);
    const end = tail.length;
    if (little) {
      for (let k = 0; k < 4; k++) tail[end - lenBytes + k] = (lo >>> (8 * k)) & 0xff;
      for (let k = 0; k < 4; k++) tail[end - lenBytes + 4 + k] = (hi >>> (8 * k)) & 0xff;
    } else {
      for (let k = 0; k < 4; k++) tail[end - 1 - k] = (lo >>> (8 * k)) & 0xff;
      for (let k = 0; k < 4; k++) tail[end - 5 - k] = (hi >>> (8 * k)) & 0xff;
    }
    const saveLen = this._len;
    this._update(tail);
    this._len = saveLen;
  }
  _cloneInto(o) {
    o._buf = this._buf.slice();
    o._bufLen = this._bufLen;
    o._len = this._len;
    return o;
  }
}

// ---- MD5 ------------------------------------------------------------------------------

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
let MD5_K = null;
function md5K() {
  if (MD5_K === null) {
    MD5_K = new Int32Array(64);
    for (let i = 0; i < 64; i++) MD5_K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
  }
  return MD5_K;
}

class MD5 extends BlockHash {
  constructor() {
    super(64);
    this._h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  }
  _block(u8, off) {
    const K = md5K();
    const w = new Int32Array(16);
    for (let i = 0; i < 16; i++) {
      const j = off + 4 * i;
      w[i] = u8[j] | (u8[j + 1] << 8) | (u8[j + 2] << 16) | (u8[j + 3] << 24);
    }
    let [a, b, c, d] = this._h;
    for (let i = 0; i < 64; i++) {
      let f, g;
      if (i < 16) { f = (b & c) | (~b & d); g = i; }
      else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
      else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
      else { f = c ^ (b | ~d); g = (7 * i) & 15; }
      const s = MD5_S[(i >> 4) * 4 + (i & 3)];
      const t = (a + f + K[i] + w[g]) | 0;
      a = d; d = c; c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    const h = this._h;
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
  }
  _final() {
    this._pad(8, true);
    const out = new Uint8Array(16);
    for (let i = 0; i < 4; i++) for (let k = 0; k < 4; k++) out[4 * i + k] = (this._h[i] >>> (8 * k)) & 0xff;
    return out;
  }
  _clone() { const o = this._cloneInto(new MD5()); o._h = this._h.slice(); return o; }
}

// ---- SHA-1 ------------------------------------------------------------------------------

class SHA1 extends BlockHash {
  constructor() {
    super(64);
    this._h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0]);
    this._w = new Int32Array(80);
  }
  _block(u8, off) {
    const w = this._w;
    for (let i = 0; i < 16; i++) {
      const j = off + 4 * i;
      w[i] = (u8[j] << 24) | (u8[j + 1] << 16) | (u8[j + 2] << 8) | u8[j + 3];
    }
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = this._h;
    for (let i = 0; i < 80; i++) {
      let f, k;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; }
      else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
      e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = t;
    }
    const h = this._h;
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0; h[4] = (h[4] + e) | 0;
  }
  _final() {
    this._pad(8, false);
    return be32(this._h, 5);
  }
  _clone() { const o = this._cloneInto(new SHA1()); o._h = this._h.slice(); return o; }
}

function be32(h, n) {
  const out = new Uint8Array(4 * n);
  for (let i = 0; i < n; i++) {
    out[4 * i] = h[i] >>> 24; out[4 * i + 1] = (h[i] >>> 16) & 0xff;
    out[4 * i + 2] = (h[i] >>> 8) & 0xff; out[4 * i + 3] = h[i] & 0xff;
  }
  return out;
}

// ---- SHA-256 / SHA-224 -----------------------------------------------------------------------

const K256 = /* @__PURE__ */ new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

class SHA256 extends BlockHash {
  constructor(is224 = false) {
    super(64);
    this._224 = is224;
    this._h = new Int32Array(is224
      ? [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]
      : [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    this._w = new Int32Array(64);
  }
  _block(u8, off) {
    const w = this._w;
    for (let i = 0; i < 16; i++) {
      const j = off + 4 * i;
      w[i] = (u8[j] << 24) | (u8[j + 1] << 16) | (u8[j + 2] << 8) | u8[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15], y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, h] = this._h;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K256[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    const H = this._h;
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
    H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
  }
  _final() {
    this._pad(8, false);
    return be32(this._h, this._224 ? 7 : 8);
  }
  _clone() { const o = this._cloneInto(new SHA256(this._224)); o._h = this._h.slice(); return o; }
}

// ---- SHA-512 / SHA-384 (BigInt words) ---------------------------------------------------------

let K512 = null;
function k512() {
  if (K512 === null) {
    K512 = [
      "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538",
      "59f111f1b605d019", "923f82a4af194f9b", "ab1c5ed5da6d8118", "d807aa98a3030242", "12835b0145706fbe",
      "243185be4ee4b28c", "550c7dc3d5ffb4e2", "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235",
      "c19bf174cf692694", "e49b69c19ef14ad2", "efbe4786384f25e3", "0fc19dc68b8cd5b5", "240ca1cc77ac9c65",
      "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5", "983e5152ee66dfab",
      "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725",
      "06ca6351e003826f", "142929670a0e6e70", "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed",
      "53380d139d95b3df", "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b",
      "a2bfe8a14cf10364", "a81a664bbc423001", "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218",
      "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8", "19a4c116b8d2d0c8", "1e376c085141ab53",
      "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb", "5b9cca4f7763e373",
      "682e6ff3d6b2b8a3", "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec",
      "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b", "ca273eceea26619c",
      "d186b8c721c0c207", "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6",
      "113f9804bef90dae", "1b710b35131c471b", "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc",
      "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a", "5fcb6fab3ad6faec", "6c44198c4a475817",
    ].map((h) => BigInt("0x" + h));
  }
  return K512;
}
const M64 = (1n << 64n) - 1n;
function rotr64(x, n) { return ((x >> n) | (x << (64n - n))) & M64; }

class SHA512 extends BlockHash {
  constructor(is384 = false) {
    super(128);
    this._384 = is384;
    this._h = (is384
      ? ["cbbb9d5dc1059ed8", "629a292a367cd507", "9159015a3070dd17", "152fecd8f70e5939",
        "67332667ffc00b31", "8eb44a8768581511", "db0c2e0d64f98fa7", "47b5481dbefa4fa4"]
      : ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1",
        "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"]).map((h) => BigInt("0x" + h));
  }
  _block(u8, off) {
    const K = k512();
    const w = new Array(80);
    for (let i = 0; i < 16; i++) {
      let x = 0n;
      for (let k = 0; k < 8; k++) x = (x << 8n) | BigInt(u8[off + 8 * i + k]);
      w[i] = x;
    }
    for (let i = 16; i < 80; i++) {
      const s0 = rotr64(w[i - 15], 1n) ^ rotr64(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
      const s1 = rotr64(w[i - 2], 19n) ^ rotr64(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & M64;
    }
    let [a, b, c, d, e, f, g, h] = this._h;
    for (let i = 0; i < 80; i++) {
      const S1 = rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n);
      const ch = (e & f) ^ (~e & M64 & g);
      const t1 = (h + S1 + ch + K[i] + w[i]) & M64;
      const S0 = rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & M64;
      h = g; g = f; f = e; e = (d + t1) & M64; d = c; c = b; b = a; a = (t1 + t2) & M64;
    }
    const H = this._h;
    const v = [a, b, c, d, e, f, g, h];
    for (let i = 0; i < 8; i++) H[i] = (H[i] + v[i]) & M64;
  }
  _final() {
    this._pad(16, false);
    const n = this._384 ? 6 : 8;
    const out = new Uint8Array(8 * n);
    for (let i = 0; i < n; i++) {
      let x = this._h[i];
      for (let k = 7; k >= 0; k--) { out[8 * i + k] = Number(x & 0xffn); x >>= 8n; }
    }
    return out;
  }
  _clone() { const o = this._cloneInto(new SHA512(this._384)); o._h = this._h.slice(); return o; }
}

// ---- Python-facing hash objects ---------------------------------------------------------------

const ALGOS = {
  md5: { make: () => new MD5(), size: 16, block: 64 },
  sha1: { make: () => new SHA1(), size: 20, block: 64 },
  sha224: { make: () => new SHA256(true), size: 28, block: 64 },
  sha256: { make: () => new SHA256(false), size: 32, block: 64 },
  sha384: { make: () => new SHA512(true), size: 48, block: 128 },
  sha512: { make: () => new SHA512(false), size: 64, block: 128 },
};

export class HASH {
  constructor(name, impl) {
    this.name$ = name;
    this._impl = impl;
  }
  static get $pyname() { return "HASH"; }
  static get __module__() { return "_hashlib"; }
  get digest_size() { return ALGOS[this.name$].size; }
  get block_size() { return ALGOS[this.name$].block; }
  update(data) {
    this._impl._update(bytesOf(data));
    return null;
  }
  _raw() { return this._impl._clone()._final(); }
  digest() { return new Bytes(this._raw()); }
  hexdigest() { return hex(this._raw()); }
  copy() { return new HASH(this.name$, this._impl._clone()); }
  __repr__() { return `<${this.name$} _hashlib.HASH object @ 0x7f0000000000>`; }
}

function make(name, a) {
  const { v: [data, , string] } = bind(name, a, ["data"], 0, { ko: ["usedforsecurity", "string"], c: true });
  const h = new HASH(name, ALGOS[name].make());
  const d = data !== undefined ? data : string;
  if (data !== undefined && string !== undefined) {
    throw new PyTypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
  }
  if (d !== undefined && d !== null) h.update(d);
  return h;
}

export function md5(...a) { return make("md5", a); }
export function sha1(...a) { return make("sha1", a); }
export function sha224(...a) { return make("sha224", a); }
export function sha256(...a) { return make("sha256", a); }
export function sha384(...a) { return make("sha384", a); }
export function sha512(...a) { return make("sha512", a); }

// Algorithms CPython provides that cfpy does not implement.
const MISSING_ALGOS = ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b",
  "blake2s", "sha512_224", "sha512_256", "md5-sha1", "sm3", "ripemd160"];

function unsupported(name) {
  return new NotImplementedError(`hashlib: ${name} is not supported by cfpy (md5, sha1, sha224, sha256, sha384 and sha512 are)`);
}

function normName(name) {
  if (typeof name !== "string") throw new PyTypeError(`new() argument 'name' must be str, not ${type_name(name)}`);
  const lower = name.toLowerCase();
  if (MISSING_ALGOS.includes(lower)) throw unsupported(lower);
  const n = lower.replace(/-/g, "");
  if (ALGOS[n] === undefined) throw new ValueError(`unsupported hash type ${name}`);
  return n;
}

export function sha3_224() { throw unsupported("sha3_224"); }
export function sha3_256() { throw unsupported("sha3_256"); }
export function sha3_384() { throw unsupported("sha3_384"); }
export function sha3_512() { throw unsupported("sha3_512"); }
export function shake_128() { throw unsupported("shake_128"); }
export function shake_256() { throw unsupported("shake_256"); }
export function blake2b() { throw unsupported("blake2b"); }
export function blake2s() { throw unsupported("blake2s"); }
export function file_digest() { throw new NotImplementedError("hashlib.file_digest() is not supported by cfpy (no files in Workers)"); }

export function new$(...a) {
  const { v: [name, data] } = bind("new", a, ["name", "data"], 1, { ko: ["usedforsecurity", "string"] });
  const n = normName(name);
  return make(n, data === undefined ? [] : [data]);
}
export { new$ as new };

// CPython's set (using the sha3/blake2/shake names raises NotImplementedError)
export const algorithms_guaranteed = /* @__PURE__ */ new PySet(["blake2b", "blake2s", "md5", "sha1", "sha224", "sha256",
  "sha384", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "sha512", "shake_128", "shake_256"]);
export const algorithms_available = algorithms_guaranteed;

// HMAC over one of the algorithms above (shared with pbkdf2_hmac).
export function $hmac(name, key, msg) {
  const alg = ALGOS[name];
  let k = key;
  if (k.length > alg.block) { const h = alg.make(); h._update(k); k = h._final(); }
  const ipad = new Uint8Array(alg.block), opad = new Uint8Array(alg.block);
  for (let i = 0; i < alg.block; i++) {
    const b = i < k.length ? k[i] : 0;
    ipad[i] = b ^ 0x36;
    opad[i] = b ^ 0x5c;
  }
  const inner = alg.make();
  inner._update(ipad);
  inner._update(msg);
  const ih = inner._final();
  const outer = alg.make();
  outer._update(opad);
  outer._update(ih);
  return outer._final();
}

export function pbkdf2_hmac(...a) {
  const { v: [hashName, password, salt, iterations, dklen] } = bind(
    "pbkdf2_hmac", a, ["hash_name", "password", "salt", "iterations", "dklen"], 4);
  const n = normName(hashName);
  const pw = bytesOf(password), sl = bytesOf(salt);
  const iters = as_index(iterations);
  if (iters < 1) throw new ValueError("iteration value must be greater than 0.");
  const size = ALGOS[n].size;
  const len = dklen === undefined || dklen === null ? size : as_index(dklen);
  if (len < 1) throw new ValueError("key length must be greater than 0.");
  const out = new Uint8Array(len);
  let pos = 0;
  for (let block = 1; pos < len; block++) {
    const s = new Uint8Array(sl.length + 4);
    s.set(sl, 0);
    s[sl.length] = block >>> 24; s[sl.length + 1] = (block >>> 16) & 0xff;
    s[sl.length + 2] = (block >>> 8) & 0xff; s[sl.length + 3] = block & 0xff;
    let u = $hmac(n, pw, s);
    const t = u.slice();
    for (let i = 1; i < iters; i++) {
      u = $hmac(n, pw, u);
      for (let j = 0; j < t.length; j++) t[j] ^= u[j];
    }
    const take = Math.min(t.length, len - pos);
    out.set(t.subarray(0, take), pos);
    pos += take;
  }
  return new Bytes(out);
}
