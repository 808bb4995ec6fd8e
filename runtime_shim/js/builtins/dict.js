// Python dict: insertion-ordered, any hashable key; 1 == 1.0 == True are one key.
import { $nkey, $needs_orig, $drop_token, $copy_o, MISSING } from "./hashing.js";
import { KeyError, PyTypeError, ValueError } from "./exceptions.js";
import { $eq, NotImplemented } from "./equality.js";
import { $repr, $repr_enter, $repr_leave } from "./repr.js";
import { Tuple } from "./tuple.js";
import { type_name } from "./object.js";
import { KW } from "./kw.js";
import { PySet } from "./set.js";

function iterKeysOf(d) {
  // keys of a Map-backed table, restoring original key objects
  const k = d.$k;
  if (k === null) return d.$m.keys();
  return (function* () {
    for (const nk of d.$m.keys()) yield k.has(nk) ? k.get(nk) : nk;
  })();
}

function isKW(x) {
  return x instanceof KW;
}

export class Dict {
  constructor(init) {
    this.$m = new Map();
    this.$k = null;
    this.$o = null;
    this.$lt = null; // last tuple key looked up, and its token (hashing.js)
    this.$ltok = null;
    if (init !== undefined && init !== null) this.update(init);
  }
  static get $pyname() { return "dict"; }

  static fromEntries(it) {
    const d = new Dict();
    for (const [k, v] of it) d.$set(k, v);
    return d;
  }
  static fromObject(obj) {
    const d = new Dict();
    for (const k of Object.keys(obj)) d.$m.set(k, obj[k]);
    return d;
  }
  static fromkeys(it, value = null) {
    const d = new this();
    // A subclass's own __setitem__ stores each key, as in CPython.
    if (this === Dict) for (const k of it) d.$set(k, value);
    else for (const k of it) d.__setitem__(k, value);
    return d;
  }

  get $size() { return this.$m.size; }
  get __hash__() { return null; }

  // ---- JS-level API ----
  $get(k) {
    if (typeof k === "string") return this.$m.get(k);
    const nk = $nkey(this, k, false);
    return nk === MISSING ? undefined : this.$m.get(nk);
  }
  $has(k) {
    if (typeof k === "string") return this.$m.has(k);
    const nk = $nkey(this, k, false);
    return nk !== MISSING && this.$m.has(nk);
  }
  $set(k, v) {
    if (typeof k === "string") { this.$m.set(k, v); return this; }
    const nk = $nkey(this, k, true);
    const m = this.$m;
    if (!m.has(nk) && $needs_orig(nk, k)) {
      if (this.$k === null) this.$k = new Map();
      this.$k.set(nk, k);
    }
    m.set(nk, v);
    return this;
  }
  $delete(k) {
    if (typeof k === "string") return this.$m.delete(k);
    const nk = $nkey(this, k, false);
    if (nk === MISSING || !this.$m.has(nk)) return false;
    this.$m.delete(nk);
    if (this.$k !== null) this.$k.delete(nk);
    $drop_token(this, nk);
    return true;
  }
  $key(nk) {
    const k = this.$k;
    return k !== null && k.has(nk) ? k.get(nk) : nk;
  }
  *$entries() {
    const k = this.$k;
    if (k === null) { yield* this.$m.entries(); return; }
    for (const [nk, v] of this.$m) yield [k.has(nk) ? k.get(nk) : nk, v];
  }
  [Symbol.iterator]() { return iterKeysOf(this); }
  toJSON() {
    const o = {};
    for (const [k, v] of this.$entries()) {
      Object.defineProperty(o, typeof k === "string" ? k : String(k), { value: v, enumerable: true, writable: true, configurable: true });
    }
    return o;
  }

  // ---- Python protocol ----
  __len__() { return this.$m.size; }
  __contains__(k) { return this.$has(k); }
  __getitem__(k) {
    const v = this.$get(k);
    if (v === undefined && !this.$has(k)) {
      if (typeof this.__missing__ === "function") return this.__missing__(k);
      throw new KeyError(k);
    }
    return v;
  }
  __setitem__(k, v) { this.$set(k, v); return null; }
  __delitem__(k) {
    if (!this.$delete(k)) throw new KeyError(k);
    return null;
  }
  __iter__() { return iterKeysOf(this); }
  __eq__(other) {
    if (!(other instanceof Dict)) return NotImplemented;
    if (other.$m.size !== this.$m.size) return false;
    for (const [k, v] of this.$entries()) {
      const w = other.$get(k);
      if (w === undefined && !other.$has(k)) return false;
      if (v !== w && !$eq(v, w)) return false;
    }
    return true;
  }
  __repr__() {
    if (this.$m.size === 0) return "{}";
    if (!$repr_enter(this)) return "{...}";
    try {
      const parts = [];
      for (const [k, v] of this.$entries()) parts.push(`${$repr(k)}: ${$repr(v)}`);
      return "{" + parts.join(", ") + "}";
    } finally {
      $repr_leave(this);
    }
  }
  __or__(other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const d = this.copy();
    d.update(other);
    return d;
  }
  __ror__(other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const d = other.copy();
    d.update(this);
    return d;
  }
  __ior__(other) { this.update(other); return this; }
  __reversed__() { return Array.from(iterKeysOf(this)).reverse()[Symbol.iterator](); }

  // ---- Python methods ----
  get(k, d = null) {
    const v = this.$get(k);
    if (v === undefined && !this.$has(k)) return d;
    return v === undefined ? null : v;
  }
  setdefault(k, d = null) {
    if (this.$has(k)) return this.$get(k);
    this.$set(k, d);
    return d;
  }
  pop(k, ...d) {
    if (this.$has(k)) {
      const v = this.$get(k);
      this.$delete(k);
      return v;
    }
    if (d.length) return d[0];
    throw new KeyError(k);
  }
  popitem() {
    if (this.$m.size === 0) throw new KeyError("popitem(): dictionary is empty");
    let last;
    for (last of this.$m.keys());
    const k = this.$key(last);
    const v = this.$m.get(last);
    this.$m.delete(last);
    if (this.$k !== null) this.$k.delete(last);
    $drop_token(this, last);
    return Tuple.of(k, v);
  }
  update(...args) {
    let kw = null;
    if (args.length && isKW(args[args.length - 1])) kw = args.pop().o;
    if (args.length > 1) throw new PyTypeError(`update expected at most 1 argument, got ${args.length}`);
    if (args.length === 1 && args[0] !== undefined) {
      const other = args[0];
      if (other instanceof Dict) {
        if (other.$k === null && this.$k === null) for (const [k, v] of other.$m) this.$m.set(k, v);
        else for (const [k, v] of other.$entries()) this.$set(k, v);
      } else if (other !== null && typeof other === "object" && !Array.isArray(other) &&
                 typeof other.keys === "function" && typeof other.__getitem__ === "function") {
        for (const k of other.keys()) this.$set(k, other.__getitem__(k));
      } else if (other !== null && typeof other === "object" && !Array.isArray(other) &&
                 Object.getPrototypeOf(other) === Object.prototype) {
        for (const k of Object.keys(other)) this.$set(k, other[k]);
      } else {
        if (other === null || (typeof other !== "object" && typeof other !== "string") ||
            typeof other[Symbol.iterator] !== "function") {
          throw new PyTypeError(`'${type_name(other)}' object is not iterable`);
        }
        let i = 0;
        for (const item of other) {
          let pair = item;
          if (typeof pair === "string") pair = Array.from(pair);
          else if (!Array.isArray(pair)) {
            if (pair !== null && typeof pair === "object" && typeof pair[Symbol.iterator] === "function") pair = Array.from(pair);
            else throw new PyTypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          if (pair.length !== 2) {
            throw new ValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
          }
          this.$set(pair[0], pair[1]);
          i++;
        }
      }
    }
    if (kw !== null) for (const k of Object.keys(kw)) this.$set(k, kw[k]);
    return null;
  }
  copy() {
    const d = new Dict();
    d.$m = new Map(this.$m);
    if (this.$k !== null) d.$k = new Map(this.$k);
    d.$o = $copy_o(this.$o);
    return d;
  }
  clear() {
    this.$m.clear();
    this.$k = null;
    this.$o = null;
    this.$lt = null;
    return null;
  }
  keys() { return new DictKeys(this); }
  values() { return new DictValues(this); }
  items() { return new DictItems(this); }
}

class DictView {
  constructor(d) { this.$d = d; }
  __len__() { return this.$d.$m.size; }
  get $size() { return this.$d.$m.size; }
  get __hash__() { return null; }
  __iter__() { return this[Symbol.iterator](); }
  __repr__() {
    const parts = [];
    for (const x of this) parts.push($repr(x));
    return `${this.constructor.$pyname}([${parts.join(", ")}])`;
  }
  __reversed__() { return Array.from(this).reverse()[Symbol.iterator](); }
}

// Set operators of keys and items views: any iterable operand, a `set` result.
const SET_OPS = {
  __and__(o) { return new PySet(this).intersection(o); },
  __or__(o) { return new PySet(this).union(o); },
  __sub__(o) { return new PySet(this).difference(o); },
  __xor__(o) { return new PySet(this).symmetric_difference(o); },
  __rand__(o) { return new PySet(o).intersection(this); },
  __ror__(o) { return new PySet(o).union(this); },
  __rsub__(o) { return new PySet(o).difference(this); },
  __rxor__(o) { return new PySet(o).symmetric_difference(this); },
};

// keys() and items() views are set-like: == and the set operators (as Python's).
class SetLikeView extends DictView {
  __eq__(other) { return setLikeEq(this, other); }
  __and__(o) { return SET_OPS.__and__.call(this, o); }
  __or__(o) { return SET_OPS.__or__.call(this, o); }
  __sub__(o) { return SET_OPS.__sub__.call(this, o); }
  __xor__(o) { return SET_OPS.__xor__.call(this, o); }
  __rand__(o) { return SET_OPS.__rand__.call(this, o); }
  __ror__(o) { return SET_OPS.__ror__.call(this, o); }
  __rsub__(o) { return SET_OPS.__rsub__.call(this, o); }
  __rxor__(o) { return SET_OPS.__rxor__.call(this, o); }
}

export class DictKeys extends SetLikeView {
  static get $pyname() { return "dict_keys"; }
  [Symbol.iterator]() { return iterKeysOf(this.$d); }
  __contains__(k) { return this.$d.$has(k); }
  isdisjoint(other) { for (const x of other) if (this.$d.$has(x)) return false; return true; }
}

export class DictValues extends DictView {
  static get $pyname() { return "dict_values"; }
  [Symbol.iterator]() { return this.$d.$m.values(); }
  __contains__(v) { for (const w of this.$d.$m.values()) if (v === w || $eq(v, w)) return true; return false; }
}

export class DictItems extends SetLikeView {
  static get $pyname() { return "dict_items"; }
  *[Symbol.iterator]() { for (const [k, v] of this.$d.$entries()) yield Tuple.of(k, v); }
  __contains__(item) {
    if (!Array.isArray(item) || item.length !== 2) return false;
    if (!this.$d.$has(item[0])) return false;
    const v = this.$d.$get(item[0]);
    return v === item[1] || $eq(v, item[1]);
  }
}

function setLikeEq(view, other) {
  if (other === null || typeof other !== "object" || typeof other.__contains__ !== "function" ||
      typeof other.__len__ !== "function") return NotImplemented;
  if (other.__len__() !== view.__len__()) return false;
  for (const x of view) if (!other.__contains__(x)) return false;
  return true;
}
