// Iteration protocol and iteration builtins.
import { PyTypeError, ValueError, StopIteration, IndexError, OverflowError } from "./exceptions.js";
import { type_name, $mktype } from "./object.js";
import { $truthy } from "./truthy.js";
import { $lt, $gt, $cmp, strcmp } from "./compare.js";
import { $eq } from "./equality.js";
import { $add } from "./arith.js";
import { $big, $norm, int_add, int_sub, int_mul, int_mod, int_floordiv } from "./bigint.js";
import { KW } from "./kw.js";
import { Tuple } from "./tuple.js";
import { Float, $fbox } from "./floatbox.js";
import { $call, is_class } from "./call.js";

function kwPop(args) {
  return args.length && args[args.length - 1] instanceof KW ? args.pop().o : null;
}
function checkKw(o, fname, allowed) {
  if (o === null) return;
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) throw new PyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
  }
}

function notIterable(x) {
  return new PyTypeError(`'${type_name(x)}' object is not iterable`);
}

// Adapt a Python-protocol iterator (has __next__) into a JS iterator.
function* fromNext(it) {
  for (;;) {
    let v;
    try {
      v = it.__next__();
    } catch (e) {
      if (e instanceof StopIteration) return;
      throw e;
    }
    yield v;
  }
}

function* fromGetitem(o) {
  for (let i = 0; ; i++) {
    let v;
    try {
      v = o.__getitem__(i);
    } catch (e) {
      if (e instanceof IndexError || e instanceof StopIteration) return;
      throw e;
    }
    yield v;
  }
}

// Any Python iterable -> a JS iterable.
export function $iter(x) {
  if (Array.isArray(x) || typeof x === "string") return x;
  if (x === null || x === undefined || typeof x !== "object") {
    if (typeof x === "function" && typeof x[Symbol.iterator] === "function") return x;
    throw notIterable(x);
  }
  const pi = x.__iter__;
  if (typeof pi === "function") {
    const it = pi.call(x);
    if (it !== null && typeof it === "object") {
      if (typeof it[Symbol.iterator] === "function") return it;
      if (typeof it.__next__ === "function") return fromNext(it);
    }
    throw new PyTypeError(`iter() returned non-iterator of type '${type_name(it)}'`);
  }
  if (typeof x[Symbol.iterator] === "function") return x;
  if (typeof x.__next__ === "function") return fromNext(x);
  if (typeof x.__getitem__ === "function") return fromGetitem(x);
  throw notIterable(x);
}

// Builtin iter(x[, sentinel]): returns a JS iterator (has next() and [Symbol.iterator]).
export function iter(x, sentinel) {
  if (sentinel !== undefined) {
    if (typeof x !== "function" && !(x && typeof x.__call__ === "function")) {
      throw new PyTypeError("iter(v, w): v must be callable");
    }
    return (function* () {
      for (;;) {
        const v = typeof x === "function" ? x() : x.__call__();
        if (v === sentinel || $eq(v, sentinel)) return;
        yield v;
      }
    })();
  }
  if (x !== null && typeof x === "object" && typeof x.next === "function" && typeof x[Symbol.iterator] === "function") {
    return x; // already an iterator
  }
  if (x !== null && typeof x === "object" && typeof x.__next__ === "function" &&
      typeof x.__iter__ === "function" && x.__iter__() === x) {
    return x; // a Python-protocol iterator stays itself
  }
  const it = $iter(x);
  return it[Symbol.iterator]();
}

// Builtin next(it[, default]).
export function next(it, ...dflt) {
  if (it !== null && typeof it === "object") {
    if (typeof it.__next__ === "function") {
      if (dflt.length === 0) return it.__next__();
      try {
        return it.__next__();
      } catch (e) {
        if (e instanceof StopIteration) return dflt[0];
        throw e;
      }
    }
    if (typeof it.next === "function") {
      const r = it.next();
      if (r.done) {
        if (dflt.length) return dflt[0];
        throw r.value === undefined ? new StopIteration() : new StopIteration(r.value);
      }
      return r.value;
    }
  }
  throw new PyTypeError(`'${type_name(it)}' object is not an iterator`);
}

// ---- range ----

function asInt(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return x;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  throw new PyTypeError(`'${type_name(x)}' object cannot be interpreted as an integer`);
}

// range iterators: one class each (monomorphic `next`, no closures per loop).
class RangeIterator {
  constructor(i, stop, step) {
    this.i = i;
    this.stop = stop;
    this.step = step;
  }
  static get $pyname() { return "range_iterator"; }
  next() {
    const i = this.i;
    if (this.step > 0 ? i < this.stop : i > this.stop) {
      this.i = i + this.step;
      return { value: i, done: false };
    }
    return { value: undefined, done: true };
  }
  [Symbol.iterator]() { return this; }
}

// a bound beyond 2**53 (a BigInt): exact int arithmetic (builtins/bigint.js)
class BigRangeIterator extends RangeIterator {
  next() {
    const i = this.i;
    if (this.step > 0 ? i < this.stop : i > this.stop) {
      this.i = int_add(i, this.step);
      return { value: i, done: false };
    }
    return { value: undefined, done: true };
  }
}

export class PyRange {
  constructor(start, stop, step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    // a bound beyond 2**53 (a BigInt): exact int arithmetic (builtins/bigint.js)
    this.$big = typeof start === "bigint" || typeof stop === "bigint" || typeof step === "bigint";
  }
  static get $pyname() { return "range"; }
  $bigLen() {
    const a = $big(this.start), b = $big(this.stop), s = $big(this.step);
    if (s > 0n) return b > a ? (b - a - 1n) / s + 1n : 0n;
    return a > b ? (a - b - 1n) / -s + 1n : 0n;
  }
  __len__() {
    if (this.$big) {
      const n = this.$bigLen();
      if (n > 9223372036854775807n) throw new OverflowError("Python int too large to convert to C ssize_t");
      return $norm(n);
    }
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  get length() { return this.__len__(); }
  [Symbol.iterator]() {
    if (this.$big) return new BigRangeIterator(this.start, this.stop, this.step);
    return new RangeIterator(this.start, this.stop, this.step);
  }
  __iter__() { return this[Symbol.iterator](); }
  __reversed__() {
    if (this.$big) {
      const last = int_add(this.start, int_mul($norm(this.$bigLen() - 1n), this.step));
      return new PyRange(last, int_sub(this.start, this.step), int_sub(0, this.step))[Symbol.iterator]();
    }
    const n = this.__len__();
    const last = this.start + (n - 1) * this.step;
    return new PyRange(last, this.start - this.step, -this.step)[Symbol.iterator]();
  }
  __getitem__(k) {
    if (k !== null && typeof k === "object" && k.constructor.$pyname === "slice") {
      return this.$getslice(k.start, k.stop, k.step);
    }
    let i = asInt(k);
    if (this.$big || typeof i === "bigint") {
      const n = $norm(this.$bigLen());
      if (i < 0) i = int_add(i, n);
      if (i < 0 || i >= n) throw new IndexError("range object index out of range");
      return int_add(this.start, int_mul(i, this.step));
    }
    const n = this.__len__();
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new IndexError("range object index out of range");
    return this.start + i * this.step;
  }
  $getslice(lo, hi, st) {
    const n = this.__len__();
    st = st === null || st === undefined ? 1 : asInt(st);
    if (st === 0) throw new ValueError("slice step cannot be zero");
    const adj = (v, dflt, isStop) => {
      if (v === null || v === undefined) return dflt;
      v = asInt(v);
      if (v < 0) { v += n; if (v < 0) v = st < 0 ? -1 : 0; }
      else if (v >= n) v = st < 0 ? n - 1 : n;
      return v;
    };
    const a = adj(lo, st < 0 ? n - 1 : 0);
    const b = adj(hi, st < 0 ? -1 : n);
    return new PyRange(this.start + a * this.step, this.start + b * this.step, this.step * st);
  }
  __contains__(x) {
    if (typeof x === "boolean") x = +x;
    else if (x instanceof Float) x = x.$v;
    if (typeof x === "bigint" || (this.$big && typeof x === "number" && Number.isInteger(x))) {
      const { start, stop, step } = this;
      if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
      return int_mod(int_sub(x, start), step) === 0;
    }
    if (typeof x !== "number") {
      for (const v of this) if ($eq(v, x)) return true;
      return false;
    }
    if (!Number.isInteger(x)) {
      return false;
    }
    const { start, stop, step } = this;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }
  index(x) {
    if (this.__contains__(x)) {
      return this.$big || typeof x === "bigint" ? int_floordiv(int_sub(x, this.start), this.step) : (x - this.start) / this.step;
    }
    throw new ValueError(`${typeof x === "number" ? x : "value"} is not in range`);
  }
  count(x) { return this.__contains__(x) ? 1 : 0; }
  __repr__() {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }
  __eq__(o) {
    if (!(o instanceof PyRange)) return false;
    const n = this.__len__();
    if (n !== o.__len__()) return false;
    if (n === 0) return true;
    if (this.start !== o.start) return false;
    return n === 1 || this.step === o.step;
  }
  __hash__() {
    const n = this.__len__();
    return n === 0 ? 0 : n === 1 ? this.start * 31 + 1 : (this.start * 31 + this.step) * 31 + n;
  }
  __bool__() { return this.__len__() > 0; }
}

export const range = /* @__PURE__ */ $mktype("range", function range(a, b, c) {
  if (a === undefined) throw new PyTypeError("range expected at least 1 argument, got 0");
  let start = 0, stop, step = 1;
  if (b === undefined) stop = asInt(a);
  else {
    start = asInt(a);
    stop = asInt(b);
    if (c !== undefined) {
      step = asInt(c);
      if (step === 0) throw new ValueError("range() arg 3 must not be zero");
    }
  }
  return new PyRange(start, stop, step);
}, (x) => x instanceof PyRange, PyRange);

// ---- iteration builtins ----

export function enumerate(it, ...rest) {
  const kw = kwPop(rest);
  checkKw(kw, "enumerate", ["start"]);
  const i = rest.length ? asInt(rest[0]) : kw && "start" in kw ? asInt(kw.start) : 0;
  return new Enumerate($iter(it)[Symbol.iterator](), i);
}

// The iterators of enumerate and zip are objects, not generators: a monomorphic `next`
// that V8 inlines into the loop, and each pair built directly as a Tuple.
class Enumerate {
  constructor(it, i) {
    this.it = it;
    this.i = i;
  }
  static get $pyname() { return "enumerate"; }
  next() {
    const r = this.it.next();
    if (r.done) return { value: undefined, done: true };
    const i = this.i;
    this.i = typeof i === "number" && i < 9007199254740991 ? i + 1 : int_add(i, 1);
    const t = new Tuple();
    t[0] = i;
    t[1] = r.value;
    return { value: t, done: false };
  }
  [Symbol.iterator]() { return this; }
}

class Zip {
  constructor(iters, strict) {
    this.iters = iters;
    this.strict = strict;
    this.done = iters.length === 0;
  }
  static get $pyname() { return "zip"; }
  next() {
    const iters = this.iters;
    if (this.done) return { value: undefined, done: true };
    const row = new Tuple();
    for (let i = 0; i < iters.length; i++) {
      const r = iters[i].next();
      if (r.done) {
        this.done = true;
        if (this.strict) zipStrictCheck(iters, i);
        return { value: undefined, done: true };
      }
      row[i] = r.value;
    }
    return { value: row, done: false };
  }
  [Symbol.iterator]() { return this; }
}

function zipStrictCheck(iters, i) {
  if (i > 0) throw new ValueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
  for (let j = 1; j < iters.length; j++) {
    if (!iters[j].next().done) throw new ValueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
  }
}

export function zip(...its) {
  const kw = kwPop(its);
  checkKw(kw, "zip", ["strict"]);
  const strict = kw !== null && $truthy(kw.strict);
  return new Zip(its.map((x) => $iter(x)[Symbol.iterator]()), strict);
}

// A Python callable as a plain JS function: classes and objects with __call__ go
// through $call (so `map(Multiplier(3), xs)` and `sorted(xs, key=SomeClass)` work).
function fnOf(f) {
  if (f === null || f === undefined || (typeof f === "function" && !is_class(f))) return f;
  return (...args) => $call(f, args, null);
}

export function map(f, ...its) {
  if (its.length === 0) throw new PyTypeError("map() must have at least two arguments.");
  f = fnOf(f);
  if (its.length === 1) {
    const src = $iter(its[0]);
    return (function* () { for (const x of src) yield f(x); })();
  }
  const iters = its.map((x) => $iter(x)[Symbol.iterator]());
  return (function* () {
    for (;;) {
      const row = [];
      for (const it of iters) {
        const r = it.next();
        if (r.done) return;
        row.push(r.value);
      }
      yield f(...row);
    }
  })();
}

export function filter(f, it) {
  f = fnOf(f);
  const src = $iter(it);
  return (function* () {
    for (const x of src) if (f === null || f === undefined ? $truthy(x) : $truthy(f(x))) yield x;
  })();
}

export function reversed(x) {
  if (Array.isArray(x)) {
    return (function* () { for (let i = x.length - 1; i >= 0; i--) if (i < x.length) yield x[i]; })();
  }
  if (typeof x === "string") return Array.from(x).reverse()[Symbol.iterator]();
  if (x !== null && typeof x === "object") {
    if (typeof x.__reversed__ === "function") return x.__reversed__();
    if (typeof x.__len__ === "function" && typeof x.__getitem__ === "function") {
      return (function* () { for (let i = x.__len__() - 1; i >= 0; i--) yield x.__getitem__(i); })();
    }
  }
  throw new PyTypeError(`'${type_name(x)}' object is not reversible`);
}

// Sort keys that are all tuples (or all lists) whose items at each position are all
// numbers (no NaN) or all strings: compared item by item without richcmp, as CPython
// does (the first unequal pair decides; a prefix sorts first). Else null.
function sequenceCmp(keys) {
  const first = keys[0];
  if (!Array.isArray(first) || (first.constructor !== Tuple && first.constructor !== Array)) return null;
  const kinds = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!Array.isArray(k) || k.constructor !== first.constructor) return null;
    for (let j = 0; j < k.length; j++) {
      const x = k[j];
      const t = typeof x;
      if (t === "number" ? x !== x : t !== "string") return null;
      if (j >= kinds.length) kinds.push(t);
      else if (kinds[j] !== t) return null;
    }
  }
  return sameKindSeqCmp;
}

function sameKindSeqCmp(a, b) {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x !== y) return typeof x === "string" ? strcmp(x, y) : x < y ? -1 : 1;
  }
  return a.length - b.length;
}

// In-place Python sort of a JS array (stable; reverse keeps stability like CPython).
export function $sort(a, key, reverse) {
  const n = a.length;
  if (n < 2) {
    if (n === 1 && key !== null && key !== undefined) fnOf(key)(a[0]); // CPython calls it too
    return a;
  }
  let keys = a;
  if (key !== null && key !== undefined) { key = fnOf(key); keys = a.map((x) => key(x)); }
  let allNum = true, allStr = true;
  for (let i = 0; i < n; i++) {
    const t = typeof keys[i];
    if (t !== "number") allNum = false;
    if (t !== "string") allStr = false;
  }
  const cmp = allNum ? (x, y) => (x < y ? -1 : y < x ? 1 : 0) : allStr ? strcmp : sequenceCmp(keys) ?? $cmp;
  if (keys === a) {
    if (reverse) a.reverse();
    a.sort(cmp);
    if (reverse) a.reverse();
    return a;
  }
  let idx = Array.from({ length: n }, (_, i) => i);
  if (reverse) idx.reverse();
  idx.sort((i, j) => cmp(keys[i], keys[j]));
  if (reverse) idx.reverse();
  const copy = a.slice();
  for (let i = 0; i < n; i++) a[i] = copy[idx[i]];
  return a;
}

// sorted(iterable, key=None, reverse=False) — keywords via trailing KW.
export function sorted(it, ...rest) {
  const kw = kwPop(rest);
  if (rest.length) throw new PyTypeError(`sorted expected 1 argument, got ${rest.length + 1}`);
  checkKw(kw, "sort", ["key", "reverse"]);
  const a = Array.from($iter(it));
  return $sort(a, kw ? kw.key : null, kw ? $truthy(kw.reverse) : false);
}

function minmax(name, args, better) {
  const kw = kwPop(args);
  checkKw(kw, name, ["key", "default"]);
  const key = kw && kw.key !== undefined ? fnOf(kw.key) : null;
  const hasDefault = kw !== null && "default" in kw;
  let items;
  if (args.length === 0) throw new PyTypeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = $iter(args[0]);
  else {
    if (hasDefault) throw new PyTypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  let best, bestKey, found = false;
  for (const x of items) {
    const k = key === null ? x : key(x);
    if (!found) { best = x; bestKey = k; found = true; }
    else if (better(k, bestKey)) { best = x; bestKey = k; }
  }
  if (!found) {
    if (hasDefault) return kw.default;
    throw new ValueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

export function min(...args) { return minmax("min", args, $lt); }
export function max(...args) { return minmax("max", args, $gt); }

export function sum(it, ...rest) {
  const kw = kwPop(rest);
  checkKw(kw, "sum", ["start"]);
  let acc = rest.length ? rest[0] : kw && "start" in kw ? kw.start : 0;
  if (typeof acc === "string") throw new PyTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (Array.isArray(it) && typeof acc === "number") {
    // Ints add exactly while the total is a safe integer (past it, the rest goes
    // through $add, which turns to a big int); from the first float on, as CPython,
    // the total is a double.
    let i = 0, fl = !Number.isInteger(acc);
    for (; i < it.length; i++) {
      const x = it[i];
      if (typeof x !== "number") break;
      if (!fl && !Number.isInteger(x)) fl = true;
      if (!fl && !Number.isSafeInteger(acc + x)) break;
      acc += x;
    }
    if (fl) acc = $fbox(acc); // a float sum stays a float (0.5 + 0.5 is 1.0)
    for (; i < it.length; i++) acc = $add(acc, it[i]);
    return acc;
  }
  for (const x of $iter(it)) acc = $add(acc, x);
  return acc;
}

export function any(it) {
  for (const x of $iter(it)) if ($truthy(x)) return true;
  return false;
}

export function all(it) {
  for (const x of $iter(it)) if (!$truthy(x)) return false;
  return true;
}
