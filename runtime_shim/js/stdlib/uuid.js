// Python's uuid: UUID, uuid1, uuid3, uuid4, uuid5 and the namespace constants.
// UUID.int and UUID.time are big ints (BigInts beyond 2**53, builtins/bigint.js).
import { PyTypeError, ValueError } from "../builtins/exceptions.js";
import { $big, $norm } from "../builtins/bigint.js";
import { PyObject } from "../builtins/object.js";
import { Bytes } from "../builtins/bytes.js";
import { Tuple } from "../builtins/tuple.js";
import { NotImplemented } from "../builtins/equality.js";
import { str_repr } from "../builtins/repr.js";
import { bind, as_index } from "./_util.js";
import { md5, sha1 } from "./hashlib.js";

export const RESERVED_NCS = "reserved for NCS compatibility";
export const RFC_4122 = "specified in RFC 4122";
export const RESERVED_MICROSOFT = "reserved for Microsoft compatibility";
export const RESERVED_FUTURE = "reserved for future definition";

function hexOf(u8) {
  let s = "";
  for (const b of u8) s += b.toString(16).padStart(2, "0");
  return s;
}

function u8Of(x, what) {
  if (x instanceof Bytes) return x.$u8;
  if (x instanceof Uint8Array) return x;
  throw new PyTypeError(`${what} must be bytes, not ${x === null ? "NoneType" : typeof x}`);
}

function big(u8) {
  let v = 0n;
  for (const b of u8) v = (v << 8n) | BigInt(b);
  return v;
}

export class UUID extends PyObject {
  __init__(...a) {
    const { v: [hex, bytes, bytesLe, fields, int, version, isSafe] } = bind(
      "UUID", a, ["hex", "bytes", "bytes_le", "fields", "int", "version"], 0, { ko: ["is_safe"] });
    const given = [hex, bytes, bytesLe, fields, int].filter((x) => x !== undefined && x !== null).length;
    if (given !== 1) {
      throw new PyTypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given");
    }
    let u = new Uint8Array(16);
    if (hex !== undefined && hex !== null) {
      let h = String(hex).replace("urn:", "").replace("uuid:", "");
      h = h.replace(/^[{}]+|[{}]+$/g, "").replace(/-/g, "");
      if (Array.from(h).length !== 32) throw new ValueError("badly formed hexadecimal UUID string");
      if (!/^[0-9a-fA-F]{32}$/.test(h)) {
        throw new ValueError(`invalid literal for int() with base 16: ${str_repr(h)}`);
      }
      for (let i = 0; i < 16; i++) u[i] = parseInt(h.substr(2 * i, 2), 16);
    } else if (bytesLe !== undefined && bytesLe !== null) {
      const b = u8Of(bytesLe, "bytes_le");
      if (b.length !== 16) throw new ValueError("bytes_le is not a 16-char string");
      u = Uint8Array.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.subarray(8)]);
    } else if (bytes !== undefined && bytes !== null) {
      const b = u8Of(bytes, "bytes");
      if (b.length !== 16) throw new ValueError("bytes is not a 16-char string");
      u = b.slice();
    } else if (fields !== undefined && fields !== null) {
      const f = Array.from(fields);
      if (f.length !== 6) throw new ValueError("fields is not a 6-tuple");
      const [tl, tm, th, csh, csl, node] = f.map((x) => as_index(x));
      const check = (v, bits, name) => {
        if (!(v >= 0 && v < 2 ** bits)) throw new ValueError(`field ${name} out of range (need a ${bits}-bit value)`);
      };
      check(tl, 32, 1); check(tm, 16, 2); check(th, 16, 3); check(csh, 8, 4); check(csl, 8, 5); check(node, 48, 6);
      let v = (BigInt(tl) << 96n) | (BigInt(tm) << 80n) | (BigInt(th) << 64n) | (BigInt(csh) << 56n) |
        (BigInt(csl) << 48n) | BigInt(node);
      for (let i = 15; i >= 0; i--) { u[i] = Number(v & 0xffn); v >>= 8n; }
    } else {
      let v = typeof int === "bigint" ? int : $big(as_index(int));
      if (v < 0n || v >= 1n << 128n) throw new ValueError("int is out of range (need a 128-bit value)");
      for (let i = 15; i >= 0; i--) { u[i] = Number(v & 0xffn); v >>= 8n; }
    }
    if (version !== undefined && version !== null) {
      const ver = as_index(version);
      if (!(ver >= 1 && ver <= 5)) throw new ValueError("illegal version number");
      u[8] = (u[8] & 0x3f) | 0x80;
      u[6] = (u[6] & 0x0f) | (ver << 4);
    }
    Object.defineProperty(this, "$u", { value: u });
    this.is_safe = isSafe === undefined ? null : isSafe;
    return null;
  }
  static get __module__() { return "uuid"; }
  get hex() { return hexOf(this.$u); }
  get bytes() { return new Bytes(this.$u.slice()); }
  get bytes_le() {
    const b = this.$u;
    return new Bytes(Uint8Array.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.subarray(8)]));
  }
  get int() { return $norm(big(this.$u)); }
  __int__() { return this.int; }
  get urn() { return "urn:uuid:" + this.__str__(); }
  get time_low() { const b = this.$u; return ((b[0] << 24) >>> 0) + (b[1] << 16) + (b[2] << 8) + b[3]; }
  get time_mid() { return (this.$u[4] << 8) | this.$u[5]; }
  get time_hi_version() { return (this.$u[6] << 8) | this.$u[7]; }
  get clock_seq_hi_variant() { return this.$u[8]; }
  get clock_seq_low() { return this.$u[9]; }
  get node() { return Number(big(this.$u.subarray(10))); }
  get clock_seq() { return ((this.$u[8] & 0x3f) << 8) | this.$u[9]; }
  get time() {
    const t = ((BigInt(this.time_hi_version & 0x0fff) << 48n) | (BigInt(this.time_mid) << 32n) | BigInt(this.time_low));
    return $norm(t);
  }
  get fields() {
    return Tuple.of(this.time_low, this.time_mid, this.time_hi_version, this.clock_seq_hi_variant, this.clock_seq_low, this.node);
  }
  get variant() {
    const b = this.$u[8];
    if (!(b & 0x80)) return RESERVED_NCS;
    if (!(b & 0x40)) return RFC_4122;
    if (!(b & 0x20)) return RESERVED_MICROSOFT;
    return RESERVED_FUTURE;
  }
  get version() {
    if (this.variant === RFC_4122) return this.$u[6] >> 4;
    return null;
  }
  __str__() {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  __repr__() { return `UUID('${this.__str__()}')`; }
  __eq__(o) { return o instanceof UUID ? this.hex === o.hex : NotImplemented; }
  __lt__(o) { return o instanceof UUID ? this.hex < o.hex : NotImplemented; }
  __le__(o) { return o instanceof UUID ? this.hex <= o.hex : NotImplemented; }
  __gt__(o) { return o instanceof UUID ? this.hex > o.hex : NotImplemented; }
  __ge__(o) { return o instanceof UUID ? this.hex >= o.hex : NotImplemented; }
  __hash__() {
    let h = 0;
    for (const b of this.$u) h = (Math.imul(h, 31) + b) | 0;
    return h === -1 ? -2 : h;
  }
  toJSON() { return this.__str__(); }
}

function randomBytes(n) {
  const u = new Uint8Array(n);
  globalThis.crypto.getRandomValues(u);
  return u;
}

export function uuid4() {
  return new UUID(null, new Bytes(randomBytes(16)), null, null, null, 4);
}

function nameBytes(name) {
  if (typeof name === "string") return new TextEncoder().encode(name);
  throw new PyTypeError("encoding without a string argument");
}

function hashed(hashfn, namespace, name, version) {
  if (!(namespace instanceof UUID)) throw new PyTypeError("'namespace' must be a UUID");
  const nb = nameBytes(name);
  const data = new Uint8Array(16 + nb.length);
  data.set(namespace.$u, 0);
  data.set(nb, 16);
  const digest = hashfn(new Bytes(data)).digest().$u8.slice(0, 16);
  return new UUID(null, new Bytes(digest), null, null, null, version);
}

export function uuid3(namespace, name) { return hashed(md5, namespace, name, 3); }
export function uuid5(namespace, name) { return hashed(sha1, namespace, name, 5); }

let lastTimestamp = null;
let randomNode = null;

export function getnode() {
  if (randomNode === null) {
    const b = randomBytes(6);
    b[0] |= 0x01; // multicast bit: a random node, as RFC 4122 section 4.5 requires
    randomNode = Number(big(b));
  }
  return randomNode;
}

export function uuid1(...a) {
  const { v: [node, clockSeq] } = bind("uuid1", a, ["node", "clock_seq"], 0);
  const ns = BigInt(Date.now()) * 1000000n;
  let timestamp = ns / 100n + 0x01b21dd213814000n;
  if (lastTimestamp !== null && timestamp <= lastTimestamp) timestamp = lastTimestamp + 1n;
  lastTimestamp = timestamp;
  let cs = clockSeq;
  if (cs === undefined || cs === null) {
    const r = randomBytes(2);
    cs = ((r[0] << 8) | r[1]) & 0x3fff;
  }
  const timeLow = Number(timestamp & 0xffffffffn);
  const timeMid = Number((timestamp >> 32n) & 0xffffn);
  const timeHi = Number((timestamp >> 48n) & 0x0fffn);
  const csLow = cs & 0xff;
  const csHi = (cs >> 8) & 0x3f;
  const nd = node === undefined || node === null ? getnode() : as_index(node);
  return new UUID(null, null, null, Tuple.of(timeLow, timeMid, timeHi, csHi, csLow, nd), null, 1);
}

export const NAMESPACE_DNS = /* @__PURE__ */ new UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
export const NAMESPACE_URL = /* @__PURE__ */ new UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
export const NAMESPACE_OID = /* @__PURE__ */ new UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
export const NAMESPACE_X500 = /* @__PURE__ */ new UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8");
