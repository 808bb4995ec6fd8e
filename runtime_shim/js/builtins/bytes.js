// Python bytes: wraps a Uint8Array in `$u8`.
import {
  PyTypeError, ValueError, IndexError, UnicodeDecodeError, LookupError, OverflowError, NotImplementedError,
} from "./exceptions.js";
import { type_name, $mktype } from "./object.js";
import { NotImplemented } from "./equality.js";
import { Tuple } from "./tuple.js";
import { slice_indices } from "./items.js";
import { $iter } from "./iter.js";
import { KW } from "./kw.js";
import { $truthy } from "./truthy.js";
import { $place } from "./mfallback.js";
import { $issub } from "./unsub.js";
import { printf } from "./printf.js";

function hex2(n) { return n.toString(16).padStart(2, "0"); }

function toU8(x, what = "a bytes-like object is required") {
  if (x instanceof Bytes) return x.$u8;
  if (x instanceof Uint8Array) return x;
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  throw new PyTypeError(`${what}, not '${type_name(x)}'`);
}

function idx(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") throw new IndexError("cannot fit 'int' into an index-sized integer");
  throw new PyTypeError(`byte indices must be integers or slices, not ${type_name(x)}`);
}

// First UTF-8 error in u8 from `start`: [pos, len, reason] or null.
function utf8Error(u8) {
  const n = u8.length;
  let i = 0;
  while (i < n) {
    const b = u8[i];
    if (b < 0x80) { i++; continue; }
    let need, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return [i, 1, "invalid start byte"];
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return [i, n - i, "unexpected end of data"];
      const c = u8[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return [i, k, "invalid continuation byte"];
    }
    i += need + 1;
  }
  return null;
}

// bytes % args (PEP 461) runs str's printf over the latin-1 text of the format: `%b`/`%s`
// take a bytes-like argument (or one with __bytes__) and print its latin-1 text; `%r`
// is `%a`; `%c` takes an int in range(256) or a single byte; the numeric conversions are
// ASCII. So every character of the result is one byte.
const CONVERSION = /%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?(.)/gs;
function latin1Text(u8) {
  let s = "";
  for (const b of u8) s += String.fromCharCode(b);
  return s;
}
class BytesText {
  constructor(b) { this.b = b; }
  __str__() { return latin1Text(this.b.$u8); }
}
function bytesArg(v) {
  if (v instanceof Bytes) return new BytesText(v);
  if (v !== null && typeof v === "object" && typeof v.__bytes__ === "function") return new BytesText(v.__bytes__());
  throw new PyTypeError(
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${type_name(v)}'`,
  );
}
function charArg(v) {
  if (v instanceof Bytes && v.$u8.length === 1) return String.fromCharCode(v.$u8[0]);
  if (typeof v === "number" && Number.isInteger(v)) {
    if (v < 0 || v > 255) throw new OverflowError("%c arg not in range(256)");
    return String.fromCharCode(v);
  }
  throw new PyTypeError("%c requires an integer in range(256) or a single byte");
}
function bytesPrintf(src, args) {
  const kinds = []; // what each positional argument feeds: "s", "c" or another conversion
  let mapping = false;
  const fmt = src.replace(CONVERSION, (m, key, flags, width, prec, conv) => {
    if (conv === "%") return m;
    if (key !== undefined) mapping = true;
    if (width === "*") kinds.push("*");
    if (prec === "*") kinds.push("*");
    kinds.push(conv === "b" ? "s" : conv);
    return m.slice(0, -1) + (conv === "b" ? "s" : conv === "r" ? "a" : conv);
  });
  if (mapping) throw new NotImplementedError("cfpy does not support bytes % with a mapping (%(name)s)");
  const convert = (v, kind) => (kind === "s" ? bytesArg(v) : kind === "c" ? charArg(v) : v);
  const values = args instanceof Tuple ? Tuple.from(Array.from(args, (v, i) => convert(v, kinds[i]))) : convert(args, kinds[0]);
  try {
    return printf(fmt, values);
  } catch (e) {
    if (e instanceof PyTypeError && e.message === "not all arguments converted during string formatting") {
      throw new PyTypeError("not all arguments converted during bytes formatting");
    }
    throw e;
  }
}

export class Bytes {
  constructor(u8) {
    this.$u8 = u8 instanceof Uint8Array ? u8 : new Uint8Array(u8 || 0);
  }
  static get $pyname() { return "bytes"; }
  get length() { return this.$u8.length; }
  static fromhex(s) {
    const t = s.replace(/\s+/g, "");
    if (t.length % 2 || /[^0-9a-fA-F]/.test(t)) {
      const m = /[^0-9a-fA-F\s]/.exec(s);
      const pos = m ? m.index : s.length;
      throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${pos}`);
    }
    const out = new Uint8Array(t.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(t.substr(2 * i, 2), 16);
    return new Bytes(out);
  }
  toUint8Array() { return this.$u8; }
  // A new object of this sequence type (bytes; bytearray overrides it).
  $new(u8) { return new Bytes(u8); }
  get $mutable() { return false; }

  __len__() { return this.$u8.length; }
  [Symbol.iterator]() { return this.$u8[Symbol.iterator](); }
  __iter__() { return this.$u8[Symbol.iterator](); }
  __getitem__(k) {
    if (k !== null && typeof k === "object" && k.constructor.$pyname === "slice") return this.$getslice(k.start, k.stop, k.step);
    let i = idx(k);
    const n = this.$u8.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new IndexError("index out of range");
    return this.$u8[i];
  }
  $getslice(lo, hi, step) {
    const [start, stop, st] = slice_indices(this.$u8.length, lo, hi, step);
    if (st === 1) return this.$new(this.$u8.slice(start, Math.max(start, stop)));
    const out = [];
    if (st > 0) for (let i = start; i < stop; i += st) out.push(this.$u8[i]);
    else for (let i = start; i > stop; i += st) out.push(this.$u8[i]);
    return this.$new(Uint8Array.from(out));
  }
  __contains__(x) {
    if (typeof x === "number" || typeof x === "boolean") {
      if (x < 0 || x > 255) throw new ValueError("byte must be in range(0, 256)");
      return this.$u8.includes(+x);
    }
    return this.find(x) >= 0;
  }
  __eq__(o) {
    if (!(o instanceof Bytes)) return o instanceof Uint8Array ? bytesEq(this.$u8, o) : NotImplemented;
    return bytesEq(this.$u8, o.$u8);
  }
  __hash__() {
    let h = 0x811c9dc5;
    for (const b of this.$u8) { h ^= b; h = Math.imul(h, 0x01000193); }
    return h;
  }
  __lt__(o) { return o instanceof Bytes ? bcmp(this.$u8, o.$u8) < 0 : NotImplemented; }
  __le__(o) { return o instanceof Bytes ? bcmp(this.$u8, o.$u8) <= 0 : NotImplemented; }
  __gt__(o) { return o instanceof Bytes ? bcmp(this.$u8, o.$u8) > 0 : NotImplemented; }
  __ge__(o) { return o instanceof Bytes ? bcmp(this.$u8, o.$u8) >= 0 : NotImplemented; }
  __add__(o) {
    if (!(o instanceof Bytes) && !(o instanceof Uint8Array)) {
      throw new PyTypeError(`can't concat ${type_name(o)} to bytes`);
    }
    const b = toU8(o);
    const out = new Uint8Array(this.$u8.length + b.length);
    out.set(this.$u8, 0);
    out.set(b, this.$u8.length);
    return this.$new(out);
  }
  __mul__(n) {
    if (typeof n === "boolean") n = +n;
    if (typeof n !== "number" || !Number.isInteger(n)) return NotImplemented;
    const m = this.$u8.length;
    const out = new Uint8Array(Math.max(0, n) * m);
    for (let i = 0; i < n; i++) out.set(this.$u8, i * m);
    return this.$new(out);
  }
  __rmul__(n) { return this.__mul__(n); }
  // bytes % args (PEP 461), see bytesPrintf.
  __mod__(args) {
    const text = bytesPrintf(latin1Text(this.$u8), args);
    return this.$new(Uint8Array.from(text, (c) => c.charCodeAt(0)));
  }
  __rmod__(o) { return o instanceof Bytes && o.constructor === Bytes ? o.__mod__(this) : NotImplemented; }
  __repr__() {
    const u = this.$u8;
    let hasSq = false, hasDq = false;
    for (const b of u) { if (b === 39) hasSq = true; else if (b === 34) hasDq = true; }
    const q = hasSq && !hasDq ? '"' : "'";
    let s = "b" + q;
    for (const b of u) {
      if (b === 92) s += "\\\\";
      else if (b === 9) s += "\\t";
      else if (b === 10) s += "\\n";
      else if (b === 13) s += "\\r";
      else if (b === 39 && q === "'") s += "\\'";
      else if (b < 0x20 || b >= 0x7f) s += "\\x" + hex2(b);
      else s += String.fromCharCode(b);
    }
    return s + q;
  }
  __str__() { return this.__repr__(); }
  __bool__() { return this.$u8.length > 0; }

  decode(...a) {
    if (a.length && a[a.length - 1] instanceof KW) {
      const o = a.pop().o;
      if ("encoding" in o) a[0] = o.encoding;
      if ("errors" in o) a[1] = o.errors;
    }
    const enc = String(a[0] === undefined ? "utf-8" : a[0]).toLowerCase().replace(/_/g, "-");
    const errors = a[1] === undefined ? "strict" : a[1];
    const u = this.$u8;
    if (enc === "utf-8" || enc === "utf8") {
      if (errors === "strict") {
        const err = utf8Error(u);
        if (err) throw new UnicodeDecodeError("utf-8", this, err[0], err[0] + err[1], err[2]);
        return new TextDecoder("utf-8", { ignoreBOM: true }).decode(u);
      }
      if (errors === "replace") return new TextDecoder("utf-8", { ignoreBOM: true }).decode(u);
      if (errors === "ignore") {
        let out = "";
        let rest = u;
        for (;;) {
          const err = utf8Error(rest);
          if (!err) { out += new TextDecoder("utf-8", { ignoreBOM: true }).decode(rest); break; }
          out += new TextDecoder("utf-8", { ignoreBOM: true }).decode(rest.subarray(0, err[0]));
          rest = rest.subarray(err[0] + err[1]);
        }
        return out;
      }
      throw new LookupError(`unknown error handler name '${errors}'`);
    }
    if (enc === "ascii") {
      let out = "";
      for (let i = 0; i < u.length; i++) {
        if (u[i] >= 0x80) {
          if (errors === "strict") throw new UnicodeDecodeError("ascii", this, i, i + 1, "ordinal not in range(128)");
          if (errors === "replace") out += "\ufffd";
        } else out += String.fromCharCode(u[i]);
      }
      return out;
    }
    if (enc === "latin-1" || enc === "latin1" || enc === "iso-8859-1") {
      let out = "";
      for (let i = 0; i < u.length; i++) out += String.fromCharCode(u[i]);
      return out;
    }
    throw new LookupError(`unknown encoding: ${a[0]}`);
  }
  hex(sep, bytesPerSep = 1) {
    const parts = Array.from(this.$u8, hex2);
    if (sep === undefined || parts.length === 0) return parts.join("");
    const n = Math.abs(bytesPerSep);
    const groups = [];
    if (bytesPerSep > 0) {
      for (let end = parts.length; end > 0; end -= n) groups.unshift(parts.slice(Math.max(0, end - n), end).join(""));
    } else {
      for (let i = 0; i < parts.length; i += n) groups.push(parts.slice(i, i + n).join(""));
    }
    return groups.join(sep);
  }
  find(sub, start = 0, end = this.$u8.length) {
    const u = this.$u8;
    const s = typeof sub === "number" ? Uint8Array.of(sub) : toU8(sub);
    const [lo, hi] = slice_indices(u.length, start, end, 1);
    outer: for (let i = lo; i + s.length <= hi; i++) {
      for (let j = 0; j < s.length; j++) if (u[i + j] !== s[j]) continue outer;
      return i;
    }
    return -1;
  }
  index(sub, start, end) {
    const i = this.find(sub, start, end);
    if (i < 0) throw new ValueError("subsection not found");
    return i;
  }
  count(sub) {
    const s = typeof sub === "number" ? Uint8Array.of(sub) : toU8(sub);
    if (s.length === 0) return this.$u8.length + 1;
    let c = 0, i = 0;
    for (;;) {
      const j = this.find(s, i);
      if (j < 0) return c;
      c++;
      i = j + s.length;
    }
  }
  startswith(p, start = 0, end = this.$u8.length) {
    if (p instanceof Tuple) return p.some((x) => this.startswith(x, start, end));
    const s = toU8(p);
    const [lo, hi] = slice_indices(this.$u8.length, start, end, 1);
    if (hi - lo < s.length) return false;
    for (let j = 0; j < s.length; j++) if (this.$u8[lo + j] !== s[j]) return false;
    return true;
  }
  endswith(p, start = 0, end = this.$u8.length) {
    if (p instanceof Tuple) return p.some((x) => this.endswith(x, start, end));
    const s = toU8(p);
    const [lo, hi] = slice_indices(this.$u8.length, start, end, 1);
    if (hi - lo < s.length) return false;
    for (let j = 0; j < s.length; j++) if (this.$u8[hi - s.length + j] !== s[j]) return false;
    return true;
  }
  join(it) {
    const parts = [];
    let n = 0, i = 0;
    for (const x of $iter(it)) {
      if (!(x instanceof Bytes) && !(x instanceof Uint8Array)) {
        throw new PyTypeError(`sequence item ${i}: expected a bytes-like object, ${type_name(x)} found`);
      }
      const u = toU8(x);
      parts.push(u);
      n += u.length;
      i++;
    }
    const sep = this.$u8;
    const out = new Uint8Array(n + Math.max(0, parts.length - 1) * sep.length);
    let off = 0;
    parts.forEach((p, k) => {
      if (k) { out.set(sep, off); off += sep.length; }
      out.set(p, off);
      off += p.length;
    });
    return this.$new(out);
  }
  split(sep = null, maxsplit = -1) {
    const u = this.$u8;
    const out = [];
    if (sep === null) {
      const ws = (b) => b === 32 || (b >= 9 && b <= 13);
      let i = 0;
      while (i < u.length) {
        while (i < u.length && ws(u[i])) i++;
        if (i >= u.length) break;
        if (maxsplit >= 0 && out.length >= maxsplit) {
          let j = u.length;
          while (j > i && ws(u[j - 1])) j--;
          out.push(this.$new(u.slice(i, j)));
          return out;
        }
        let j = i;
        while (j < u.length && !ws(u[j])) j++;
        out.push(this.$new(u.slice(i, j)));
        i = j;
      }
      return out;
    }
    const s = toU8(sep);
    if (s.length === 0) throw new ValueError("empty separator");
    let i = 0;
    while (maxsplit < 0 || out.length < maxsplit) {
      const j = this.find(s, i);
      if (j < 0) break;
      out.push(this.$new(u.slice(i, j)));
      i = j + s.length;
    }
    out.push(this.$new(u.slice(i)));
    return out;
  }
  // Lines end at \n, \r or \r\n only (unlike str.splitlines).
  splitlines(...a) {
    const [keepends = false] = $place(a, ["keepends"], "splitlines");
    const u = this.$u8, out = [];
    let start = 0, i = 0;
    while (i < u.length) {
      const b = u[i];
      if (b !== 10 && b !== 13) { i++; continue; }
      const eol = b === 13 && u[i + 1] === 10 ? i + 2 : i + 1;
      out.push(this.$new(u.slice(start, $truthy(keepends) ? eol : i)));
      start = i = eol;
    }
    if (start < u.length) out.push(this.$new(u.slice(start)));
    return out;
  }
  strip(chars = null) { return this._strip(chars, true, true); }
  lstrip(chars = null) { return this._strip(chars, true, false); }
  rstrip(chars = null) { return this._strip(chars, false, true); }
  _strip(chars, l, r) {
    const u = this.$u8;
    const set = chars === null ? [32, 9, 10, 11, 12, 13] : Array.from(toU8(chars));
    let i = 0, j = u.length;
    if (l) while (i < j && set.includes(u[i])) i++;
    if (r) while (j > i && set.includes(u[j - 1])) j--;
    return this.$new(u.slice(i, j));
  }
  replace(old, neu, count = -1) {
    const o = toU8(old), nw = toU8(neu);
    const parts = [];
    let i = 0;
    const u = this.$u8;
    if (o.length === 0) return this.$new(u.slice());
    while (count < 0 || parts.length < count) {
      const j = this.find(o, i);
      if (j < 0) break;
      parts.push(u.slice(i, j));
      i = j + o.length;
    }
    if (parts.length === 0) return this.$new(u.slice());
    const segs = [];
    parts.forEach((p) => { segs.push(p, nw); });
    segs.push(u.slice(i));
    let n = 0;
    for (const s of segs) n += s.length;
    const out = new Uint8Array(n);
    let off = 0;
    for (const s of segs) { out.set(s, off); off += s.length; }
    return this.$new(out);
  }
  upper() { return this.$new(this.$u8.map((b) => (b >= 97 && b <= 122 ? b - 32 : b))); }
  lower() { return this.$new(this.$u8.map((b) => (b >= 65 && b <= 90 ? b + 32 : b))); }
  isdigit() { return this.$u8.length > 0 && this.$u8.every((b) => b >= 48 && b <= 57); }
  isalpha() { return this.$u8.length > 0 && this.$u8.every((b) => (b | 32) >= 97 && (b | 32) <= 122); }
  isspace() { return this.$u8.length > 0 && this.$u8.every((b) => b === 32 || (b >= 9 && b <= 13)); }
}

function bytesEq(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function bcmp(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

// bytes() builtin.
export const bytes = /* @__PURE__ */ $mktype("bytes", function bytes(x, encoding, errors) {
  if (x === undefined) return new Bytes(new Uint8Array(0));
  if ($issub(x) && typeof x.$v === "string") x = x.$v; // an instance of a str subclass
  if (typeof x === "string") {
    if (encoding === undefined) throw new PyTypeError("string argument without an encoding");
    const enc = String(encoding).toLowerCase().replace(/_/g, "-");
    if (enc === "utf-8" || enc === "utf8") return new Bytes(new TextEncoder().encode(x));
    const lim = enc === "ascii" ? 0x80 : 0x100;
    const out = [];
    for (const c of x) {
      const cp = c.codePointAt(0);
      if (cp >= lim) throw new ValueError(`'${enc}' codec can't encode character`);
      out.push(cp);
    }
    return new Bytes(Uint8Array.from(out));
  }
  if (typeof x === "number" || typeof x === "boolean") {
    if (!Number.isInteger(+x)) throw new PyTypeError(`cannot convert '${type_name(x)}' object to bytes`);
    if (x < 0) throw new ValueError("negative count");
    return new Bytes(new Uint8Array(+x));
  }
  if (x instanceof Bytes) return x.$mutable ? new Bytes(x.$u8.slice()) : x;
  if (x instanceof Uint8Array) return new Bytes(x.slice());
  if (x instanceof ArrayBuffer) return new Bytes(new Uint8Array(x.slice(0)));
  if (x !== null && typeof x === "object" && typeof x.__bytes__ === "function") return x.__bytes__();
  const vals = [];
  for (const v of $iter(x)) {
    if (typeof v !== "number" && typeof v !== "boolean") {
      throw new PyTypeError(`'${type_name(v)}' object cannot be interpreted as an integer`);
    }
    if (v < 0 || v > 255) throw new ValueError("bytes must be in range(0, 256)");
    vals.push(+v);
  }
  return new Bytes(Uint8Array.from(vals));
}, (x) => x instanceof Bytes && !x.$mutable, Bytes, { fromhex: (s) => Bytes.fromhex(s) });

// b'...' literal: the compiler passes the bytes as a latin-1 string.
export function $bytes_lit(s) {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return new Bytes(u);
}
