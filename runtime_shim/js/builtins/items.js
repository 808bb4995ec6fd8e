// Subscription, slicing and unpacking.
import { PyTypeError, IndexError, KeyError, ValueError } from "./exceptions.js";
import { type_name, $mktype } from "./object.js";
import { is_bmp, cp_array } from "./strutil.js";
import { Tuple } from "./tuple.js";
import { $iter } from "./iter.js";

function isTup(x) { return x.constructor.$pyname === "tuple"; }

function toIndex(k, o) {
  if (typeof k === "number") {
    if (Number.isInteger(k)) return k;
  } else if (typeof k === "boolean") return +k;
  else if (k !== null && typeof k === "object" && typeof k.__index__ === "function") return k.__index__();
  else if (typeof k === "bigint") throw new IndexError("cannot fit 'int' into an index-sized integer");
  if (typeof o === "string") throw new PyTypeError(`string indices must be integers, not '${type_name(k)}'`);
  const what = isTup(o) ? "tuple" : "list";
  throw new PyTypeError(`${what} indices must be integers or slices, not ${type_name(k)}`);
}

export function $getitem(o, k) {
  if (Array.isArray(o)) {
    if (o.constructor !== Array && typeof o.__getitem__ === "function") return o.__getitem__(k);
    if (typeof k === "number" && k >= 0 && k < o.length && Number.isInteger(k)) return o[k];
    if (k !== null && typeof k === "object" && k instanceof Slice) return $getslice(o, k.start, k.stop, k.step);
    let i = toIndex(k, o);
    if (i < 0) i += o.length;
    if (i < 0 || i >= o.length) {
      throw new IndexError(isTup(o) ? "tuple index out of range" : "list index out of range");
    }
    return o[i];
  }
  if (typeof o === "string") {
    if (k !== null && typeof k === "object" && k instanceof Slice) return $getslice(o, k.start, k.stop, k.step);
    let i = toIndex(k, o);
    if (is_bmp(o)) {
      if (i < 0) i += o.length;
      if (i < 0 || i >= o.length) throw new IndexError("string index out of range");
      return o[i];
    }
    const a = cp_array(o);
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) throw new IndexError("string index out of range");
    return a[i];
  }
  if (o !== null && typeof o === "object") {
    if (typeof o.__getitem__ === "function") return o.__getitem__(k);
    if (o instanceof Uint8Array) {
      let i = toIndex(k, o);
      if (i < 0) i += o.length;
      if (i < 0 || i >= o.length) throw new IndexError("index out of range");
      return o[i];
    }
    if (Object.getPrototypeOf(o) === Object.prototype || Object.getPrototypeOf(o) === null) {
      // plain JS object (from JS interop): key access
      if (Object.prototype.hasOwnProperty.call(o, k)) return o[k];
      throw new KeyError(k);
    }
  }
  if (typeof o === "function" && typeof o.__class_getitem__ === "function") return o.__class_getitem__(k);
  if (typeof o === "function") return o; // generic alias like list[int]: ignore
  throw new PyTypeError(`'${type_name(o)}' object is not subscriptable`);
}

export function $setitem(o, k, v) {
  if (Array.isArray(o) && o.constructor === Array) {
    if (typeof k === "number" && k >= 0 && k < o.length && Number.isInteger(k)) { o[k] = v; return; }
    if (k instanceof Slice) { $setslice(o, k.start, k.stop, k.step, v); return; }
    let i = toIndex(k, o);
    if (i < 0) i += o.length;
    if (i < 0 || i >= o.length) throw new IndexError("list assignment index out of range");
    o[i] = v;
    return;
  }
  if (o !== null && typeof o === "object") {
    if (typeof o.__setitem__ === "function") { o.__setitem__(k, v); return; }
    if (o instanceof Uint8Array) { o[toIndex(k, o)] = v; return; }
    if (Object.getPrototypeOf(o) === Object.prototype || Object.getPrototypeOf(o) === null) { o[k] = v; return; }
  }
  throw new PyTypeError(`'${type_name(o)}' object does not support item assignment`);
}

export function $delitem(o, k) {
  if (Array.isArray(o) && o.constructor === Array) {
    if (k instanceof Slice) { $delslice(o, k.start, k.stop, k.step); return; }
    let i = toIndex(k, o);
    if (i < 0) i += o.length;
    if (i < 0 || i >= o.length) throw new IndexError("list assignment index out of range");
    o.splice(i, 1);
    return;
  }
  if (o !== null && typeof o === "object") {
    if (typeof o.__delitem__ === "function") { o.__delitem__(k); return; }
    if (Object.getPrototypeOf(o) === Object.prototype || Object.getPrototypeOf(o) === null) { delete o[k]; return; }
  }
  throw new PyTypeError(`'${type_name(o)}' object doesn't support item deletion`);
}

// ---- slices ----

export class Slice {
  constructor(start = null, stop, step = null) {
    if (stop === undefined) { stop = start; start = null; }
    this.start = start === undefined ? null : start;
    this.stop = stop === undefined ? null : stop;
    this.step = step === undefined ? null : step;
  }
  static get $pyname() { return "slice"; }
  indices(n) { return Tuple.from(slice_indices(n, this.start, this.stop, this.step)); }
  __repr__() {
    const r = (x) => (x === null ? "None" : String(x));
    return `slice(${r(this.start)}, ${r(this.stop)}, ${r(this.step)})`;
  }
  __eq__(o) { return o instanceof Slice && o.start === this.start && o.stop === this.stop && o.step === this.step; }
  get __hash__() { return null; }
}

export const slice = /* @__PURE__ */ $mktype("slice", function slice(start, stop, step) {
  return new Slice(start, stop, step);
}, (x) => x instanceof Slice, Slice);

function sliceIdx(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  throw new PyTypeError("slice indices must be integers or None or have an __index__ method");
}

// Python's PySlice_AdjustIndices: returns [start, stop, step].
export function slice_indices(n, lo, hi, step) {
  step = step === null || step === undefined ? 1 : sliceIdx(step);
  if (step === 0) throw new ValueError("slice step cannot be zero");
  let start, stop;
  if (lo === null || lo === undefined) start = step < 0 ? n - 1 : 0;
  else {
    start = sliceIdx(lo);
    if (start < 0) { start += n; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= n) start = step < 0 ? n - 1 : n;
  }
  if (hi === null || hi === undefined) stop = step < 0 ? -1 : n;
  else {
    stop = sliceIdx(hi);
    if (stop < 0) { stop += n; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= n) stop = step < 0 ? n - 1 : n;
  }
  return [start, stop, step];
}

function sliceArr(a, lo, hi, step) {
  const [start, stop, st] = slice_indices(a.length, lo, hi, step);
  if (st === 1) return stop > start ? Array.prototype.slice.call(a, start, stop) : [];
  const out = [];
  if (st > 0) for (let i = start; i < stop; i += st) out.push(a[i]);
  else for (let i = start; i > stop; i += st) out.push(a[i]);
  return out;
}

export function $getslice(o, lo = null, hi = null, step = null) {
  if (typeof o === "string") {
    if (is_bmp(o)) {
      if (step === null || step === undefined || step === 1) {
        const [start, stop] = slice_indices(o.length, lo, hi, 1);
        return stop > start ? o.slice(start, stop) : "";
      }
      return sliceArr(o, lo, hi, step).join("");
    }
    return sliceArr(cp_array(o), lo, hi, step).join("");
  }
  if (Array.isArray(o)) {
    if (o.constructor === Array) return sliceArr(o, lo, hi, step);
    if (typeof o.__getitem__ === "function" && !isTup(o)) return o.__getitem__(new Slice(lo, hi, step));
    return Tuple.from(sliceArr(o, lo, hi, step));
  }
  if (o !== null && typeof o === "object") {
    if (typeof o.$getslice === "function") return o.$getslice(lo, hi, step);
    if (typeof o.__getitem__ === "function") return o.__getitem__(new Slice(lo, hi, step));
  }
  throw new PyTypeError(`'${type_name(o)}' object is not subscriptable`);
}

export function $setslice(o, lo, hi, step, v) {
  if (!(Array.isArray(o) && o.constructor === Array)) {
    if (o !== null && typeof o === "object" && typeof o.__setitem__ === "function") {
      o.__setitem__(new Slice(lo, hi, step), v);
      return;
    }
    throw new PyTypeError(`'${type_name(o)}' object does not support item assignment`);
  }
  let items;
  if (Array.isArray(v)) items = v === o ? v.slice() : v;
  else if (typeof v === "string") items = Array.from(v);
  else if (v !== null && typeof v === "object" && typeof v[Symbol.iterator] === "function") items = Array.from(v);
  else if (v !== null && typeof v === "object" && typeof v.__iter__ === "function") items = Array.from(v.__iter__());
  else throw new PyTypeError("can only assign an iterable");
  const [start, stop, st] = slice_indices(o.length, lo, hi, step);
  if (st === 1) {
    if (stop - start === items.length) {
      for (let j = 0; j < items.length; j++) o[start + j] = items[j]; // same length: in place
    } else {
      o.splice(start, Math.max(0, stop - start), ...items);
    }
    return;
  }
  const idx = [];
  if (st > 0) for (let i = start; i < stop; i += st) idx.push(i);
  else for (let i = start; i > stop; i += st) idx.push(i);
  if (idx.length !== items.length) {
    throw new ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${idx.length}`);
  }
  for (let j = 0; j < idx.length; j++) o[idx[j]] = items[j];
}

export function $delslice(o, lo, hi, step) {
  if (!(Array.isArray(o) && o.constructor === Array)) {
    if (o !== null && typeof o === "object" && typeof o.__delitem__ === "function") {
      o.__delitem__(new Slice(lo, hi, step));
      return;
    }
    throw new PyTypeError(`'${type_name(o)}' object does not support item deletion`);
  }
  const [start, stop, st] = slice_indices(o.length, lo, hi, step);
  if (st === 1) { if (stop > start) o.splice(start, stop - start); return; }
  const del = new Set();
  if (st > 0) for (let i = start; i < stop; i += st) del.add(i);
  else for (let i = start; i > stop; i += st) del.add(i);
  let w = 0;
  for (let r = 0; r < o.length; r++) if (!del.has(r)) o[w++] = o[r];
  o.length = w;
}

// ---- unpacking ----

function toArray(x) {
  if (Array.isArray(x)) return x;
  if (typeof x === "string") return Array.from(x);
  if (x !== null && typeof x === "object") {
    if (typeof x.__iter__ === "function" || typeof x[Symbol.iterator] === "function" ||
        typeof x.__getitem__ === "function") return Array.from($iter(x));
  }
  throw new PyTypeError(`cannot unpack non-iterable ${type_name(x)} object`);
}

// a, b, c = x  ->  [a, b, c] = $unpack(x, 3)
export function $unpack(x, n) {
  if (Array.isArray(x)) {
    if (x.length === n) return x;
  } else if (x !== null && typeof x === "object" && typeof x[Symbol.iterator] === "function" &&
             typeof x.__iter__ !== "function" && typeof x.__len__ !== "function") {
    // lazy iterator: stop after n + 1 items
    const out = [];
    for (const v of x) {
      out.push(v);
      if (out.length > n) throw new ValueError(`too many values to unpack (expected ${n})`);
    }
    if (out.length < n) throw new ValueError(`not enough values to unpack (expected ${n}, got ${out.length})`);
    return out;
  }
  const a = toArray(x);
  if (a.length > n) throw new ValueError(`too many values to unpack (expected ${n})`);
  if (a.length < n) throw new ValueError(`not enough values to unpack (expected ${n}, got ${a.length})`);
  return a;
}

// a, *b, c = x  ->  [a, b, c] = $unpack_star(x, 1, 1)   (b is a list)
export function $unpack_star(x, before, after) {
  const a = toArray(x);
  if (a.length < before + after) {
    throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${a.length})`);
  }
  const out = a.slice(0, before);
  out.push(a.slice(before, a.length - after));
  for (let i = a.length - after; i < a.length; i++) out.push(a[i]);
  return out;
}
