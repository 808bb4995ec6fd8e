// Python's collections: defaultdict, Counter, OrderedDict, deque, namedtuple.
import { Dict } from "../builtins/dict.js";
import { Tuple } from "../builtins/tuple.js";
import { PyObject, type_name } from "../builtins/object.js";
import {
  KeyError, IndexError, ValueError, PyTypeError, RuntimeError, NotImplementedError, AttributeError,
} from "../builtins/exceptions.js";
import { KW } from "../builtins/kw.js";
import { $repr, $repr_enter, $repr_leave } from "../builtins/repr.js";
import { $lt, $le, $gt, $ge } from "../builtins/compare.js";
import { $eq, NotImplemented } from "../builtins/equality.js";
import { $add, $sub } from "../builtins/arith.js";
import { $iter, $sort } from "../builtins/iter.js";
import { $truthy } from "../builtins/truthy.js";
import { $nkey, MISSING } from "../builtins/hashing.js";
import { bind, pop_kw, pycall, is_callable, as_index } from "./_util.js";

export { namedtuple } from "./_ntuple.js";

function isPlain(x) {
  return x !== null && typeof x === "object" &&
    (Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null);
}

function is_mapping(x) {
  return x instanceof Dict || isPlain(x) || (x !== null && typeof x === "object" && !Array.isArray(x) &&
    typeof x.keys === "function" && typeof x.__getitem__ === "function");
}

function* mappingItems(m) {
  if (m instanceof Dict) { yield* m.$entries(); return; }
  if (isPlain(m)) { yield* Object.entries(m); return; }
  for (const k of $iter(m.keys())) yield [k, m.__getitem__(k)];
}

// ---- defaultdict ----------------------------------------------------------------------

export class defaultdict extends Dict {
  static get __module__() { return this === defaultdict ? "collections" : undefined; }
  constructor(...a) {
    super();
    this.default_factory = null;
    this.__init__(...a);
  }
  // C types: error messages use "collections.defaultdict", __name__ is "defaultdict"
  static get $pyname() { return "collections.defaultdict"; }
  static get __name__() { return this === defaultdict ? "defaultdict" : this.name; }
  __init__(...a) {
    const kw = pop_kw(a);
    const f = a.length ? a[0] : null;
    if (f !== null && f !== undefined && !is_callable(f)) {
      throw new PyTypeError("first argument must be callable or None");
    }
    if (a.length > 2) throw new PyTypeError(`defaultdict expected at most 2 arguments, got ${a.length}`);
    this.default_factory = f === undefined ? null : f;
    if (a.length > 1 || kw !== null) {
      const args = a.slice(1);
      if (kw !== null) args.push(new KW(kw));
      Dict.prototype.update.apply(this, args);
    }
    return null;
  }
  __missing__(k) {
    if (this.default_factory === null || this.default_factory === undefined) throw new KeyError(k);
    const v = pycall(this.default_factory);
    this.$set(k, v);
    return v;
  }
  __repr__() {
    let f;
    if (this.default_factory === null || this.default_factory === undefined) f = "None";
    else if (!$repr_enter(this)) f = "...";
    else {
      try { f = $repr(this.default_factory); } finally { $repr_leave(this); }
    }
    const name = this.constructor === defaultdict ? "defaultdict" : type_name(this);
    return `${name}(${f}, ${Dict.prototype.__repr__.call(this)})`;
  }
  copy() {
    const d = new this.constructor(this.default_factory);
    d.update(this);
    return d;
  }
  __copy__() { return this.copy(); }
  __or__(other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const d = this.copy();
    d.update(other);
    return d;
  }
  __ror__(other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const d = new this.constructor(this.default_factory);
    d.update(other);
    d.update(this);
    return d;
  }
}


// ---- Counter --------------------------------------------------------------------------

function getCount(c, k) {
  const v = c.$get(k);
  return v === undefined && !c.$has(k) ? 0 : v;
}

export class Counter extends Dict {
  static get __module__() { return this === Counter ? "collections" : undefined; }
  constructor(...a) {
    super();
    this.__init__(...a);
  }
  static get $pyname() { return "Counter"; }
  static fromkeys() {
    throw new NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  }
  __init__(...a) {
    this.update(...a);
    return null;
  }
  __missing__() { return 0; }
  total() {
    let s = 0;
    for (const v of this.$m.values()) s = $add(s, v);
    return s;
  }
  most_common(...a) {
    const { v: [n] } = bind("most_common", a, ["n"], 0);
    const items = Array.from(this.$entries(), ([k, v]) => Tuple.of(k, v));
    const keys = items.map((t) => t[1]);
    // stable sort by count, descending (sorted(..., key=itemgetter(1), reverse=True))
    const idx = items.map((_, i) => i);
    $sort(idx, (i) => keys[i], true);
    let out = idx.map((i) => items[i]);
    if (n !== undefined && n !== null) {
      const k = as_index(n);
      out = out.slice(0, Math.max(0, k));
    }
    return out;
  }
  elements() {
    const entries = Array.from(this.$entries());
    return (function* () {
      for (const [k, v] of entries) {
        const n = as_index(v);
        for (let i = 0; i < n; i++) yield k;
      }
    })();
  }
  update(...a) {
    const kw = pop_kw(a);
    if (a.length > 1) throw new PyTypeError(`update expected at most 1 argument, got ${a.length}`);
    const it = a.length ? a[0] : null;
    if (it !== null && it !== undefined) {
      if (is_mapping(it)) {
        for (const [k, v] of Array.from(mappingItems(it))) this.$set(k, $add(v, getCount(this, k)));
      } else {
        for (const k of $iter(it)) {
          const v = this.$get(k);
          this.$set(k, v === undefined ? 1 : $add(v, 1));
        }
      }
    }
    if (kw !== null) for (const k of Object.keys(kw)) this.$set(k, $add(kw[k], getCount(this, k)));
    return null;
  }
  subtract(...a) {
    const kw = pop_kw(a);
    if (a.length > 1) throw new PyTypeError(`subtract expected at most 1 argument, got ${a.length}`);
    const it = a.length ? a[0] : null;
    if (it !== null && it !== undefined) {
      if (is_mapping(it)) {
        for (const [k, v] of Array.from(mappingItems(it))) this.$set(k, $sub(getCount(this, k), v));
      } else {
        for (const k of $iter(it)) this.$set(k, $sub(getCount(this, k), 1));
      }
    }
    if (kw !== null) for (const k of Object.keys(kw)) this.$set(k, $sub(getCount(this, k), kw[k]));
    return null;
  }
  copy() { return new this.constructor(this); }
  __copy__() { return this.copy(); }
  __delitem__(k) {
    if (this.$has(k)) this.$delete(k);
    return null;
  }
  __repr__() {
    const name = type_name(this);
    if (this.$m.size === 0) return `${name}()`;
    let d;
    try {
      d = new Dict();
      for (const t of this.most_common()) d.$set(t[0], t[1]);
    } catch (e) {
      if (!(e instanceof PyTypeError)) throw e;
      d = this;
    }
    return `${name}(${Dict.prototype.__repr__.call(d)})`;
  }
  _all(other, f) {
    for (const c of [this, other]) {
      for (const k of c) if (!$truthy(f(getCount(this, k), getCount(other, k)))) return false;
    }
    return true;
  }
  __eq__(o) { return o instanceof Counter ? this._all(o, $eq) : NotImplemented; }
  __ne__(o) { return o instanceof Counter ? !this._all(o, $eq) : NotImplemented; }
  __le__(o) { return o instanceof Counter ? this._all(o, $le) : NotImplemented; }
  __lt__(o) { return o instanceof Counter ? this._all(o, $le) && !this._all(o, $eq) : NotImplemented; }
  __ge__(o) { return o instanceof Counter ? this._all(o, $ge) : NotImplemented; }
  __gt__(o) { return o instanceof Counter ? this._all(o, $ge) && !this._all(o, $eq) : NotImplemented; }
  __add__(other) {
    if (!(other instanceof Counter)) return NotImplemented;
    const r = new Counter();
    for (const [k, v] of this.$entries()) {
      const n = $add(v, getCount(other, k));
      if ($gt(n, 0)) r.$set(k, n);
    }
    for (const [k, v] of other.$entries()) if (!this.$has(k) && $gt(v, 0)) r.$set(k, v);
    return r;
  }
  __sub__(other) {
    if (!(other instanceof Counter)) return NotImplemented;
    const r = new Counter();
    for (const [k, v] of this.$entries()) {
      const n = $sub(v, getCount(other, k));
      if ($gt(n, 0)) r.$set(k, n);
    }
    for (const [k, v] of other.$entries()) if (!this.$has(k) && $lt(v, 0)) r.$set(k, $sub(0, v));
    return r;
  }
  __or__(other) {
    if (!(other instanceof Counter)) return NotImplemented;
    const r = new Counter();
    for (const [k, v] of this.$entries()) {
      const o = getCount(other, k);
      const n = $lt(v, o) ? o : v;
      if ($gt(n, 0)) r.$set(k, n);
    }
    for (const [k, v] of other.$entries()) if (!this.$has(k) && $gt(v, 0)) r.$set(k, v);
    return r;
  }
  __and__(other) {
    if (!(other instanceof Counter)) return NotImplemented;
    const r = new Counter();
    for (const [k, v] of this.$entries()) {
      const o = getCount(other, k);
      const n = $lt(v, o) ? v : o;
      if ($gt(n, 0)) r.$set(k, n);
    }
    return r;
  }
  __ror__() { return NotImplemented; }
  __pos__() {
    const r = new Counter();
    for (const [k, v] of this.$entries()) if ($gt(v, 0)) r.$set(k, v);
    return r;
  }
  __neg__() {
    const r = new Counter();
    for (const [k, v] of this.$entries()) if ($lt(v, 0)) r.$set(k, $sub(0, v));
    return r;
  }
  _keep_positive() {
    const bad = [];
    for (const [k, v] of this.$entries()) if (!$gt(v, 0)) bad.push(k);
    for (const k of bad) this.$delete(k);
    return this;
  }
  __iadd__(other) {
    for (const [k, v] of Array.from(mappingItems(other))) this.$set(k, $add(getCount(this, k), v));
    return this._keep_positive();
  }
  __isub__(other) {
    for (const [k, v] of Array.from(mappingItems(other))) this.$set(k, $sub(getCount(this, k), v));
    return this._keep_positive();
  }
  __ior__(other) {
    for (const [k, v] of Array.from(mappingItems(other))) if ($gt(v, getCount(this, k))) this.$set(k, v);
    return this._keep_positive();
  }
  __iand__(other) {
    for (const [k, v] of Array.from(this.$entries())) {
      const o = getCount(other, k);
      if ($lt(o, v)) this.$set(k, o);
    }
    return this._keep_positive();
  }
}

// ---- OrderedDict ----------------------------------------------------------------------

function nkeyOf(d, k) {
  if (typeof k === "string") return d.$m.has(k) ? k : MISSING;
  const nk = $nkey(d, k, false);
  return nk !== MISSING && d.$m.has(nk) ? nk : MISSING;
}

export class OrderedDict extends Dict {
  static get __module__() { return this === OrderedDict ? "collections" : undefined; }
  constructor(...a) {
    super();
    this.__init__(...a);
  }
  static get $pyname() { return "OrderedDict"; }
  __init__(...a) {
    this.update(...a);
    return null;
  }
  move_to_end(...a) {
    const { v: [key, last] } = bind("move_to_end", a, ["key", "last"], 1);
    const nk = nkeyOf(this, key);
    if (nk === MISSING) throw new KeyError(key);
    const v = this.$m.get(nk);
    if (last === undefined || $truthy(last)) {
      this.$m.delete(nk);
      this.$m.set(nk, v);
    } else {
      const rest = Array.from(this.$m).filter(([k]) => k !== nk);
      this.$m = new Map([[nk, v], ...rest]);
    }
    return null;
  }
  popitem(...a) {
    const { v: [last] } = bind("popitem", a, ["last"], 0);
    if (this.$m.size === 0) throw new KeyError("dictionary is empty");
    if (last === undefined || $truthy(last)) return Dict.prototype.popitem.call(this);
    const nk = this.$m.keys().next().value;
    const k = this.$key(nk);
    const v = this.$m.get(nk);
    this.$delete(k);
    return Tuple.of(k, v);
  }
  __eq__(other) {
    if (other instanceof OrderedDict) {
      if (this.$m.size !== other.$m.size) return false;
      const a = Array.from(this.$entries()), b = Array.from(other.$entries());
      for (let i = 0; i < a.length; i++) {
        if (!(a[i][0] === b[i][0] || $eq(a[i][0], b[i][0]))) return false;
        if (!(a[i][1] === b[i][1] || $eq(a[i][1], b[i][1]))) return false;
      }
      return true;
    }
    return Dict.prototype.__eq__.call(this, other);
  }
  __repr__() {
    const name = type_name(this);
    if (this.$m.size === 0) return `${name}()`;
    if (!$repr_enter(this)) return "...";
    try {
      const parts = [];
      for (const [k, v] of this.$entries()) parts.push(`(${$repr(k)}, ${$repr(v)})`);
      return `${name}([${parts.join(", ")}])`;
    } finally {
      $repr_leave(this);
    }
  }
  copy() { return new this.constructor(this); }
  __copy__() { return this.copy(); }
  __or__(other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const d = this.copy();
    d.update(other);
    return d;
  }
  __ror__(other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const d = new this.constructor(other);
    d.update(this);
    return d;
  }
}

// ---- deque ----------------------------------------------------------------------------

// A ring buffer: O(1) appends and pops at both ends.
class Ring {
  constructor() {
    this.buf = new Array(8);
    this.head = 0;
    this.length = 0;
  }
  get(i) { return this.buf[(this.head + i) & (this.buf.length - 1)]; }
  set(i, v) { this.buf[(this.head + i) & (this.buf.length - 1)] = v; }
  grow() {
    const old = this.buf, n = old.length;
    const buf = new Array(n * 2);
    for (let i = 0; i < this.length; i++) buf[i] = old[(this.head + i) & (n - 1)];
    this.buf = buf;
    this.head = 0;
  }
  push(v) {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = v;
    this.length++;
  }
  unshift(v) {
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.length++;
  }
  pop() {
    const i = (this.head + this.length - 1) & (this.buf.length - 1);
    const v = this.buf[i];
    this.buf[i] = undefined;
    this.length--;
    return v;
  }
  shift() {
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return v;
  }
  toArray() {
    const out = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.get(i);
    return out;
  }
  static from(arr) {
    const r = new Ring();
    let cap = 8;
    while (cap < arr.length) cap *= 2;
    r.buf = new Array(cap);
    for (let i = 0; i < arr.length; i++) r.buf[i] = arr[i];
    r.length = arr.length;
    return r;
  }
}

export class deque extends PyObject {
  static get __module__() { return this === deque ? "collections" : undefined; }
  static get $pyname() { return "collections.deque"; }
  static get __name__() { return this === deque ? "deque" : this.name; }
  __init__(...a) {
    const { v: [iterable, maxlen] } = bind("deque", a, ["iterable", "maxlen"], 0, { c: true });
    let ml = null;
    if (maxlen !== undefined && maxlen !== null) {
      ml = as_index(maxlen);
      if (ml < 0) throw new ValueError("maxlen must be non-negative");
    }
    this._maxlen = ml;
    this._r = new Ring();
    this._state = 0;
    if (iterable !== undefined && iterable !== null) this.extend(iterable);
    return null;
  }
  get __hash__() { return null; }
  get maxlen() { return this._maxlen; }
  set maxlen(v) { throw new AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable"); }
  // the items as an array (a copy)
  get _a() { return this._r.toArray(); }
  set _a(arr) { this._r = Ring.from(arr); }

  _full() { return this._maxlen !== null && this._r.length >= this._maxlen; }
  append(x) {
    this._state++;
    if (this._maxlen === 0) return null;
    if (this._full()) this._r.shift();
    this._r.push(x);
    return null;
  }
  appendleft(x) {
    this._state++;
    if (this._maxlen === 0) return null;
    if (this._full()) this._r.pop();
    this._r.unshift(x);
    return null;
  }
  pop() {
    if (this._r.length === 0) throw new IndexError("pop from an empty deque");
    this._state++;
    return this._r.pop();
  }
  popleft() {
    if (this._r.length === 0) throw new IndexError("pop from an empty deque");
    this._state++;
    return this._r.shift();
  }
  extend(it) {
    const items = it === this ? this._a : Array.from($iter(it));
    for (const x of items) this.append(x);
    return null;
  }
  extendleft(it) {
    const items = it === this ? this._a : Array.from($iter(it));
    for (const x of items) this.appendleft(x);
    return null;
  }
  rotate(n = 1) {
    n = as_index(n);
    const len = this._r.length;
    if (len <= 1) return null;
    this._state++;
    n %= len;
    if (n < 0) n += len;
    if (n) {
      const a = this._a;
      this._a = a.slice(len - n).concat(a.slice(0, len - n));
    }
    return null;
  }
  clear() { this._state++; this._r = new Ring(); return null; }
  copy() {
    const d = new this.constructor();
    d._maxlen = this._maxlen;
    d._a = this._a;
    return d;
  }
  __copy__() { return this.copy(); }
  count(x) {
    let c = 0;
    const st = this._state;
    for (let i = 0; i < this._r.length; i++) {
      const y = this._r.get(i);
      if (y === x || $eq(y, x)) c++;
      if (st !== this._state) throw new RuntimeError("deque mutated during iteration");
    }
    return c;
  }
  index(x, start = 0, stop = undefined) {
    const n = this._r.length;
    let lo = as_index(start), hi = stop === undefined ? n : as_index(stop);
    if (lo < 0) lo = Math.max(0, lo + n);
    if (hi < 0) hi = Math.max(0, hi + n);
    hi = Math.min(hi, n);
    for (let i = lo; i < hi; i++) {
      const y = this._r.get(i);
      if (y === x || $eq(y, x)) return i;
    }
    throw new ValueError(`${$repr(x)} is not in deque`);
  }
  insert(i, x) {
    if (this._full()) throw new IndexError("deque already at its maximum size");
    const a = this._a;
    const n = a.length;
    i = as_index(i);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    this._state++;
    a.splice(i, 0, x);
    this._a = a;
    return null;
  }
  remove(x) {
    for (let i = 0; i < this._r.length; i++) {
      const y = this._r.get(i);
      if (y === x || $eq(y, x)) {
        this._state++;
        const a = this._a;
        a.splice(i, 1);
        this._a = a;
        return null;
      }
    }
    throw new ValueError(`${$repr(x)} is not in deque`);
  }
  reverse() { this._state++; this._a = this._a.reverse(); return null; }

  __len__() { return this._r.length; }
  __bool__() { return this._r.length > 0; }
  _idx(k) {
    if (typeof k !== "number" && typeof k !== "boolean" &&
        !(k !== null && typeof k === "object" && typeof k.__index__ === "function")) {
      throw new PyTypeError(`sequence index must be integer, not '${type_name(k)}'`);
    }
    let i = as_index(k);
    const n = this._r.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new IndexError("deque index out of range");
    return i;
  }
  __getitem__(k) { return this._r.get(this._idx(k)); }
  __setitem__(k, v) { this._r.set(this._idx(k), v); return null; }
  __delitem__(k) {
    const i = this._idx(k);
    this._state++;
    const a = this._a;
    a.splice(i, 1);
    this._a = a;
    return null;
  }
  __contains__(x) {
    for (let i = 0; i < this._r.length; i++) {
      const y = this._r.get(i);
      if (y === x || $eq(y, x)) return true;
    }
    return false;
  }
  [Symbol.iterator]() {
    const self = this;
    const st = this._state;
    return (function* () {
      for (let i = 0; i < self._r.length; i++) {
        if (st !== self._state) throw new RuntimeError("deque mutated during iteration");
        yield self._r.get(i);
      }
      if (st !== self._state) throw new RuntimeError("deque mutated during iteration");
    })();
  }
  __iter__() { return this[Symbol.iterator](); }
  __reversed__() {
    const self = this;
    const st = this._state;
    return (function* () {
      for (let i = self._r.length - 1; i >= 0; i--) {
        if (st !== self._state) throw new RuntimeError("deque mutated during iteration");
        yield self._r.get(i);
      }
    })();
  }
  __repr__() {
    const name = this.constructor === deque ? "deque" : type_name(this);
    if (!$repr_enter(this)) return "[...]";
    try {
      const body = "[" + this._a.map((x) => $repr(x)).join(", ") + "]";
      return this._maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${this._maxlen})`;
    } finally {
      $repr_leave(this);
    }
  }
  _cmp(o, f) {
    if (!(o instanceof deque)) return NotImplemented;
    const a = this._a, b = o._a;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!(a[i] === b[i] || $eq(a[i], b[i]))) return f(a[i], b[i]);
    }
    return f(a.length, b.length);
  }
  __eq__(o) {
    if (!(o instanceof deque)) return NotImplemented;
    if (this._r.length !== o._r.length) return false;
    for (let i = 0; i < this._r.length; i++) {
      const x = this._r.get(i), y = o._r.get(i);
      if (!(x === y || $eq(x, y))) return false;
    }
    return true;
  }
  __lt__(o) { return this._cmp(o, $lt); }
  __le__(o) { return this._cmp(o, $le); }
  __gt__(o) { return this._cmp(o, $gt); }
  __ge__(o) { return this._cmp(o, $ge); }
  __add__(o) {
    if (!(o instanceof deque)) {
      throw new PyTypeError(`can only concatenate deque (not "${type_name(o)}") to deque`);
    }
    const d = this.copy();
    d.extend(o);
    return d;
  }
  __iadd__(o) { this.extend(o); return this; }
  __mul__(n) {
    if (typeof n !== "number" && typeof n !== "boolean") return NotImplemented;
    const d = this.copy();
    d._r = new Ring();
    const items = this._a;
    for (let i = 0; i < +n; i++) for (const x of items) d.append(x);
    return d;
  }
  __rmul__(n) { return this.__mul__(n); }
  __imul__(n) {
    const items = this._a;
    this._r = new Ring();
    this._state++;
    for (let i = 0; i < +n; i++) for (const x of items) this.append(x);
    return this;
  }
}

// ---- ChainMap (small subset) ------------------------------------------------------------

export class ChainMap extends PyObject {
  static get __module__() { return this === ChainMap ? "collections" : undefined; }
  static get $pyname() { return "ChainMap"; }
  __init__(...maps) {
    this.maps = maps.length ? maps : [new Dict()];
    return null;
  }
  __getitem__(k) {
    for (const m of this.maps) {
      if (m instanceof Dict ? m.$has(k) : m.__contains__(k)) return m.__getitem__(k);
    }
    if (typeof this.__missing__ === "function") return this.__missing__(k);
    throw new KeyError(k);
  }
  get(k, d = null) {
    for (const m of this.maps) if (m instanceof Dict ? m.$has(k) : m.__contains__(k)) return m.__getitem__(k);
    return d;
  }
  __setitem__(k, v) { this.maps[0].__setitem__(k, v); return null; }
  __delitem__(k) {
    try {
      this.maps[0].__delitem__(k);
    } catch (e) {
      if (e instanceof KeyError) throw new KeyError(`Key not found in the first mapping: ${$repr(k)}`);
      throw e;
    }
    return null;
  }
  _keys() {
    const d = new Dict();
    for (let i = this.maps.length - 1; i >= 0; i--) for (const k of $iter(this.maps[i])) d.$set(k, null);
    return Array.from(d);
  }
  __len__() { return this._keys().length; }
  __iter__() { return this._keys()[Symbol.iterator](); }
  [Symbol.iterator]() { return this.__iter__(); }
  __contains__(k) { return this.maps.some((m) => (m instanceof Dict ? m.$has(k) : $truthy(m.__contains__(k)))); }
  keys() { return this._keys(); }
  values() { return this._keys().map((k) => this.__getitem__(k)); }
  items() { return this._keys().map((k) => Tuple.of(k, this.__getitem__(k))); }
  new_child(m = null) { return new ChainMap(m === null ? new Dict() : m, ...this.maps); }
  get parents() { return new ChainMap(...this.maps.slice(1)); }
  __repr__() { return `${type_name(this)}(${this.maps.map((m) => $repr(m)).join(", ")})`; }
}
