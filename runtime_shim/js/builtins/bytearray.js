// Python bytearray: a mutable Bytes. Mutations rebuild `$u8`; every read-only method is
// Bytes', and the sequences they produce are bytearrays again (`$new`).
import { Bytes, bytes } from "./bytes.js";
import { IndexError, PyTypeError, ValueError } from "./exceptions.js";
import { $mktype, type_name } from "./object.js";
import { Slice, $setslice, $delslice } from "./items.js";
import { $iter } from "./iter.js";

function byteValue(x) {
  if (typeof x === "boolean") x = +x;
  if (typeof x !== "number" || !Number.isInteger(x)) {
    throw new PyTypeError(`'${type_name(x)}' object cannot be interpreted as an integer`);
  }
  if (x < 0 || x > 255) throw new ValueError("byte must be in range(0, 256)");
  return x;
}

function byteValues(it) {
  if (it instanceof Bytes) return Array.from(it.$u8);
  if (typeof it === "string") throw new PyTypeError("expected iterable of integers; got: 'str'");
  return Array.from($iter(it), byteValue);
}

function index(n, i, what) {
  if (typeof i === "boolean") i = +i;
  if (typeof i !== "number" || !Number.isInteger(i)) {
    throw new PyTypeError(`bytearray indices must be integers or slices, not ${type_name(i)}`);
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw new IndexError(what);
  return i;
}

export class ByteArray extends Bytes {
  static get $pyname() { return "bytearray"; }
  static fromhex(s) { return new ByteArray(Bytes.fromhex(s).$u8); }
  $new(u8) { return new ByteArray(u8); }
  get $mutable() { return true; }
  get __hash__() { return null; }
  // Apply `fn` to the bytes as a JS array, then store the result.
  $edit(fn) {
    const a = Array.from(this.$u8);
    const r = fn(a);
    this.$u8 = Uint8Array.from(a);
    return r;
  }
  __repr__() {
    const r = super.__repr__();
    // CPython's bytearray repr escapes ' even inside double quotes.
    return `bytearray(${r[1] === '"' ? 'b"' + r.slice(2, -1).replace(/'/g, "\\'") + '"' : r})`;
  }
  __getitem__(k) {
    if (k instanceof Slice) return this.$getslice(k.start, k.stop, k.step);
    return this.$u8[index(this.$u8.length, k, "bytearray index out of range")];
  }
  __setitem__(k, v) {
    if (k instanceof Slice) {
      const items = byteValues(v);
      this.$edit((a) => $setslice(a, k.start, k.stop, k.step, items));
      return null;
    }
    const i = index(this.$u8.length, k, "bytearray index out of range");
    this.$u8[i] = byteValue(v);
    return null;
  }
  __delitem__(k) {
    if (k instanceof Slice) {
      this.$edit((a) => $delslice(a, k.start, k.stop, k.step));
      return null;
    }
    const i = index(this.$u8.length, k, "bytearray index out of range");
    this.$edit((a) => a.splice(i, 1));
    return null;
  }
  __iadd__(o) {
    if (!(o instanceof Bytes) && !(o instanceof Uint8Array)) {
      throw new PyTypeError(`can't concat ${type_name(o)} to bytearray`);
    }
    const more = Array.from(o instanceof Bytes ? o.$u8 : o);
    this.$edit((a) => a.push(...more));
    return this;
  }
  append(x) { const v = byteValue(x); this.$edit((a) => a.push(v)); return null; }
  extend(it) { const more = byteValues(it); this.$edit((a) => a.push(...more)); return null; }
  insert(i, x) {
    const v = byteValue(x);
    this.$edit((a) => {
      let j = i < 0 ? Math.max(0, a.length + i) : Math.min(i, a.length);
      a.splice(j, 0, v);
    });
    return null;
  }
  pop(i = -1) {
    if (this.$u8.length === 0) throw new IndexError("pop from empty bytearray");
    const j = index(this.$u8.length, i, "pop index out of range");
    return this.$edit((a) => a.splice(j, 1)[0]);
  }
  remove(x) {
    const v = byteValue(x);
    const i = this.$u8.indexOf(v);
    if (i < 0) throw new ValueError("value not found in bytearray");
    this.$edit((a) => a.splice(i, 1));
    return null;
  }
  clear() { this.$u8 = new Uint8Array(0); return null; }
  reverse() { this.$u8 = this.$u8.slice().reverse(); return null; }
  copy() { return new ByteArray(this.$u8.slice()); }
}

// bytearray() builtin: the same arguments as bytes(), a fresh mutable copy.
export const bytearray = /* @__PURE__ */ $mktype("bytearray", function bytearray(x, encoding, errors) {
  return new ByteArray(bytes(x, encoding, errors).$u8.slice());
}, (x) => x instanceof ByteArray, ByteArray, { fromhex: (s) => ByteArray.fromhex(s) });
