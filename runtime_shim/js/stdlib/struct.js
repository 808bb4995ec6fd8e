// Python's struct (CPython implements it in C, _struct): pack/unpack of C values with
// CPython's sizes, alignment and error messages (native = x86-64 Linux, little endian).
import { OverflowError, NotImplementedError, PyTypeError, Exception as PyException, $exctype } from "../builtins/exceptions.js";
import { Bytes } from "../builtins/bytes.js";
import { PyObject, type_name } from "../builtins/object.js";
import { Tuple } from "../builtins/tuple.js";
import { $fbox, $isint, $numval } from "../builtins/floatbox.js";
import { $truthy } from "../builtins/truthy.js";
import { pop_kw } from "./_util.js";

export const error = /* @__PURE__ */ $exctype("error", class extends PyException {
  static get __module__() { return "struct"; }
});

// code -> [native size, standard size, signed?] for the integer codes
const INTS = {
  b: [1, 1, true], B: [1, 1, false], h: [2, 2, true], H: [2, 2, false],
  i: [4, 4, true], I: [4, 4, false], l: [8, 4, true], L: [8, 4, false],
  q: [8, 8, true], Q: [8, 8, false], n: [8, 0, true], N: [8, 0, false], P: [8, 0, false],
};
const OTHER = { x: 1, c: 1, "?": 1, e: 2, f: 4, d: 8, s: 1, p: 1 };
// CPython's range messages for the codes that have one (others: "argument out of range")
const NAMED = { b: "byte", B: "ubyte", h: "short", H: "ushort" };

// Parse a format: {items: [{code, count, offset, size}], size, little, native}
const CACHE = new Map();
function compile(fmt) {
  if (fmt instanceof Bytes) fmt = String.fromCharCode(...fmt.$u8);
  if (typeof fmt !== "string") throw new PyTypeError(`Struct() argument 1 must be a str or bytes object, not ${type_name(fmt)}`);
  let hit = CACHE.get(fmt);
  if (hit !== undefined) return hit;
  let i = 0;
  let native = true, little = true;
  if ("@=<>!".includes(fmt[0] ?? "")) {
    native = fmt[0] === "@";
    little = fmt[0] === "<" || fmt[0] === "=" || fmt[0] === "@";
    i = 1;
  }
  const items = [];
  let size = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (" \t\n\r\v\f".includes(ch)) { i++; continue; }
    let count = 1, digits = "";
    while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") digits += fmt[i++];
    if (digits) {
      count = Number(digits);
      if (i >= fmt.length) throw new error("repeat count given without format specifier");
    }
    const code = fmt[i++];
    let one;
    if (code in INTS) {
      one = native ? INTS[code][0] : INTS[code][1];
      if (one === 0) throw new error("bad char in struct format");
    } else if (code in OTHER) {
      one = OTHER[code];
    } else {
      throw new error("bad char in struct format");
    }
    if (native && one > 1 && code !== "s" && code !== "p" && code !== "x") size = Math.ceil(size / one) * one;
    if (code === "s" || code === "p") {
      items.push({ code, count, offset: size });
      size += count;
    } else if (code === "x") {
      size += count;
    } else {
      for (let k = 0; k < count; k++) {
        items.push({ code, count: 1, offset: size, size: one });
        size += one;
      }
    }
  }
  hit = { items, size, little, native, format: fmt };
  CACHE.set(fmt, hit);
  return hit;
}

function rangeError(code, native, signed, bytes) {
  if (code in NAMED) {
    const lo = signed ? -(2 ** (8 * bytes - 1)) : 0;
    const hi = signed ? 2 ** (8 * bytes - 1) - 1 : 2 ** (8 * bytes) - 1;
    return new error(`${NAMED[code]} format requires ${lo} <= number <= ${hi}`);
  }
  if (signed && bytes === 4) {
    return new error(`'${code}' format requires -2147483648 <= number <= 2147483647`);
  }
  return new error("argument out of range");
}

function intValue(v, code) {
  if (typeof v === "boolean") return +v;
  if ($isint(v)) return v;
  if (typeof v === "bigint") return v;
  if (v !== null && typeof v === "object" && typeof v.__index__ === "function") return v.__index__();
  throw new error("required argument is not an integer");
}

function packInt(view, off, v, it, fmt) {
  const [nsize, ssize, signed] = INTS[it.code];
  const bytes = fmt.native ? nsize : ssize;
  const n = BigInt(intValue(v, it.code));
  const lo = signed ? -(1n << BigInt(8 * bytes - 1)) : 0n;
  const hi = signed ? (1n << BigInt(8 * bytes - 1)) - 1n : (1n << BigInt(8 * bytes)) - 1n;
  if (n < lo || n > hi) throw rangeError(it.code, fmt.native, signed, bytes);
  let u = n < 0n ? n + (1n << BigInt(8 * bytes)) : n;
  for (let k = 0; k < bytes; k++) {
    view[off + (fmt.little ? k : bytes - 1 - k)] = Number(u & 0xffn);
    u >>= 8n;
  }
}

function unpackInt(view, off, it, fmt) {
  const [nsize, ssize, signed] = INTS[it.code];
  const bytes = fmt.native ? nsize : ssize;
  let u = 0n;
  for (let k = bytes - 1; k >= 0; k--) u = (u << 8n) | BigInt(view[off + (fmt.little ? k : bytes - 1 - k)]);
  if (signed && u >= 1n << BigInt(8 * bytes - 1)) u -= 1n << BigInt(8 * bytes);
  if (u > BigInt(Number.MAX_SAFE_INTEGER) || u < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new NotImplementedError(`struct: the unpacked '${it.code}' value ${u} is beyond 2**53, which cfpy's ints do not hold yet`);
  }
  return Number(u);
}

function floatValue(v) {
  const n = $numval(v);
  if (n !== undefined) return n;
  if (v !== null && typeof v === "object" && typeof v.__float__ === "function") return $numval(v.__float__());
  throw new error("required argument is not a float");
}

// IEEE 754 binary16, round half to even (CPython's PyFloat_Pack2)
function toHalf(x) {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  x = Math.abs(x);
  if (x === Infinity) return sign | 0x7c00;
  if (x >= 65520) throw new OverflowError("float too large to pack with e format");
  if (x < 2 ** -14) { // subnormal: units of 2**-24
    const m = roundEven(x * 2 ** 24);
    return sign | m; // m may reach 0x400, which is the smallest normal: still right
  }
  let e = Math.floor(Math.log2(x));
  if (2 ** e > x) e--;
  if (2 ** (e + 1) <= x) e++;
  let m = roundEven((x / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e++; }
  if (e > 15) throw new OverflowError("float too large to pack with e format");
  return sign | ((e + 15) << 10) | m;
}

function roundEven(y) {
  const f = Math.floor(y), d = y - f;
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
}

function fromHalf(h) {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f, m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function bytesOf(v) {
  if (v instanceof Bytes) return v.$u8;
  return null;
}

function packInto(fmt, buf, offset, args) {
  if (args.length !== fmt.items.length) {
    throw new error(`pack expected ${fmt.items.length} items for packing (got ${args.length})`);
  }
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  fmt.items.forEach((it, k) => {
    const v = args[k];
    const off = offset + it.offset;
    switch (it.code) {
      case "?": buf[off] = $truthy(v) ? 1 : 0; break;
      case "c": {
        const b = bytesOf(v);
        if (b === null || b.length !== 1) throw new error("char format requires a bytes object of length 1");
        buf[off] = b[0];
        break;
      }
      case "s": case "p": {
        const b = bytesOf(v);
        if (b === null) throw new error(`argument for '${it.code}' must be a bytes object`);
        if (it.code === "s") {
          buf.set(b.subarray(0, it.count), off);
        } else if (it.count > 0) {
          const n = Math.min(b.length, it.count - 1, 255);
          buf[off] = n;
          buf.set(b.subarray(0, n), off + 1);
        }
        break;
      }
      case "e": {
        const h = toHalf(floatValue(v));
        buf[off + (fmt.little ? 0 : 1)] = h & 0xff;
        buf[off + (fmt.little ? 1 : 0)] = h >> 8;
        break;
      }
      case "f": {
        const x = floatValue(v);
        const f = Math.fround(x);
        if (!Number.isFinite(f) && Number.isFinite(x)) throw new OverflowError("float too large to pack with f format");
        dv.setFloat32(off, x, fmt.little);
        break;
      }
      case "d": dv.setFloat64(off, floatValue(v), fmt.little); break;
      default: packInt(buf, off, v, it, fmt);
    }
  });
}

function unpackAt(fmt, u8, offset) {
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const out = new Tuple();
  for (const it of fmt.items) {
    const off = offset + it.offset;
    switch (it.code) {
      case "?": out.push(u8[off] !== 0); break;
      case "c": out.push(new Bytes(u8.slice(off, off + 1))); break;
      case "s": out.push(new Bytes(u8.slice(off, off + it.count))); break;
      case "p": {
        const n = it.count > 0 ? Math.min(u8[off], it.count - 1) : 0;
        out.push(new Bytes(u8.slice(off + 1, off + 1 + n)));
        break;
      }
      case "e": out.push($fbox(fromHalf(fmt.little ? u8[off] | (u8[off + 1] << 8) : (u8[off] << 8) | u8[off + 1]))); break;
      case "f": out.push($fbox(dv.getFloat32(off, fmt.little))); break;
      case "d": out.push($fbox(dv.getFloat64(off, fmt.little))); break;
      default: out.push(unpackInt(u8, off, it, fmt));
    }
  }
  return out;
}

function buffer(b) {
  if (b instanceof Bytes) return b.$u8;
  if (b instanceof Uint8Array) return b;
  throw new PyTypeError(`a bytes-like object is required, not '${type_name(b)}'`);
}

export function calcsize(format) { return compile(format).size; }

export function pack(format, ...args) {
  const fmt = compile(format);
  const u8 = new Uint8Array(fmt.size);
  packInto(fmt, u8, 0, args);
  return new Bytes(u8);
}

export function pack_into(format, buf, offset, ...args) {
  const fmt = compile(format);
  const u8 = buffer(buf);
  if (offset < 0) offset += u8.length;
  if (offset < 0 || offset + fmt.size > u8.length) {
    throw new error(`pack_into requires a buffer of at least ${fmt.size + offset} bytes for packing ${fmt.size} bytes at offset ${offset} (actual buffer size is ${u8.length})`);
  }
  packInto(fmt, u8, offset, args);
  return null;
}

export function unpack(format, data) {
  const fmt = compile(format);
  const u8 = buffer(data);
  if (u8.length !== fmt.size) throw new error(`unpack requires a buffer of ${fmt.size} bytes`);
  return unpackAt(fmt, u8, 0);
}

export function unpack_from(format, ...a) {
  const kw = pop_kw(a);
  const data = a.length > 0 ? a[0] : kw?.buffer;
  let offset = a.length > 1 ? a[1] : (kw?.offset ?? 0);
  const fmt = compile(format);
  const u8 = buffer(data);
  if (offset < 0) offset += u8.length;
  if (offset + fmt.size > u8.length) {
    throw new error(`unpack_from requires a buffer of at least ${fmt.size + offset} bytes for unpacking ${fmt.size} bytes at offset ${offset} (actual buffer size is ${u8.length})`);
  }
  return unpackAt(fmt, u8, offset);
}

export function iter_unpack(format, data) {
  const fmt = compile(format);
  const u8 = buffer(data);
  if (fmt.size === 0) throw new error("cannot iteratively unpack with a struct of length 0");
  if (u8.length % fmt.size !== 0) {
    throw new error(`iterative unpacking requires a buffer of a multiple of ${fmt.size} bytes`);
  }
  return (function* () {
    for (let off = 0; off < u8.length; off += fmt.size) yield unpackAt(fmt, u8, off);
  })();
}

export class Struct extends PyObject {
  __init__(format) {
    this.$fmt = compile(format);
    this.format = this.$fmt.format;
    this.size = this.$fmt.size;
    return null;
  }
  pack(...args) { return pack(this.format, ...args); }
  pack_into(buf, offset, ...args) { return pack_into(this.format, buf, offset, ...args); }
  unpack(data) { return unpack(this.format, data); }
  unpack_from(...a) { return unpack_from(this.format, ...a); }
  iter_unpack(data) { return iter_unpack(this.format, data); }
}

