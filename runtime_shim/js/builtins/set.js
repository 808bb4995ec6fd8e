// Python set / frozenset, sharing Dict's key normalisation.
import { $nkey, $needs_orig, $drop_token, MISSING, hash_of, $hash_exact } from "./hashing.js";
import { Float } from "./floatbox.js";
import { KeyError, PyTypeError } from "./exceptions.js";
import { NotImplemented } from "./equality.js";
import { $repr, $repr_enter, $repr_leave } from "./repr.js";
import { type_name } from "./object.js";

function iterable(x, what) {
  if (x === null || x === undefined || (typeof x !== "object" && typeof x !== "string") ||
      typeof x[Symbol.iterator] !== "function") {
    throw new PyTypeError(`'${type_name(x)}' object is not iterable`);
  }
  return x;
}

export class PySet {
  constructor(it) {
    this.$m = new Map(); // normalised key -> original key
    this.$k = null;
    this.$o = null;
    this.$lt = null; // last tuple key looked up, and its token (hashing.js)
    this.$ltok = null;
    this.$ord = null;
    if (it !== undefined && it !== null) {
      for (const x of iterable(it)) this.$add(x);
    }
  }
  static get $pyname() { return "set"; }
  get __hash__() { return null; }
  get $size() { return this.$m.size; }

  // ---- JS-level ----
  $has(x) {
    if (typeof x === "string") return this.$m.has(x);
    const nk = $nkey(this, x, false);
    return nk !== MISSING && this.$m.has(nk);
  }
  $add(x) {
    this.$ord = null;
    if (typeof x === "string") { if (!this.$m.has(x)) this.$m.set(x, x); return; }
    const nk = $nkey(this, x, true);
    if (this.$m.has(nk)) return;
    if ($needs_orig(nk, x)) {
      if (this.$k === null) this.$k = new Map();
      this.$k.set(nk, x);
    }
    this.$m.set(nk, x === undefined ? null : x);
  }
  $delete(x) {
    this.$ord = null;
    if (typeof x === "string") return this.$m.delete(x);
    const nk = $nkey(this, x, false);
    if (nk === MISSING || !this.$m.has(nk)) return false;
    this.$m.delete(nk);
    if (this.$k !== null) this.$k.delete(nk);
    $drop_token(this, nk);
    return true;
  }
  [Symbol.iterator]() { return this.$ordered()[Symbol.iterator](); }
  // Iteration order: CPython orders sets by hash-table slot; reproduce that for sets of
  // numbers (other sets keep insertion order; CPython's str order is randomised anyway).
  $ordered() {
    if (this.$ord !== null && this.$ord !== undefined) return this.$ord;
    const vals = Array.from(this.$m.values());
    this.$ord = vals.length > 1 ? cpythonIntOrder(vals) : vals;
    return this.$ord;
  }
  $sameKind(it) { return new (this instanceof FrozenSet ? FrozenSet : PySet)(it); }
  toJSON() { return Array.from(this); }

  // ---- protocol ----
  __len__() { return this.$m.size; }
  __contains__(x) { return this.$has(x); }
  __iter__() { return this[Symbol.iterator](); }
  __repr__() {
    const name = type_name(this);
    if (this.$m.size === 0) return `${name}()`;
    if (!$repr_enter(this)) return `${name}(...)`;
    try {
      const parts = [];
      for (const x of this) parts.push($repr(x));
      const body = "{" + parts.join(", ") + "}";
      return name === "set" ? body : `${name}(${body})`;
    } finally {
      $repr_leave(this);
    }
  }
  __eq__(o) {
    if (!(o instanceof PySet)) return NotImplemented;
    return this.$m.size === o.$m.size && this.issubset(o);
  }
  __le__(o) { return o instanceof PySet ? this.issubset(o) : NotImplemented; }
  __lt__(o) { return o instanceof PySet ? this.$m.size < o.$m.size && this.issubset(o) : NotImplemented; }
  __ge__(o) { return o instanceof PySet ? o.issubset(this) : NotImplemented; }
  __gt__(o) { return o instanceof PySet ? this.$m.size > o.$m.size && o.issubset(this) : NotImplemented; }
  __or__(o) { return o instanceof PySet ? this.$sameKind(this).$upd(o) : NotImplemented; }
  __and__(o) { return o instanceof PySet ? this.intersection(o) : NotImplemented; }
  __sub__(o) { return o instanceof PySet ? this.difference(o) : NotImplemented; }
  __xor__(o) { return o instanceof PySet ? this.symmetric_difference(o) : NotImplemented; }
  __ror__(o) { return o instanceof PySet ? o.__or__(this) : NotImplemented; }
  __rand__(o) { return o instanceof PySet ? o.__and__(this) : NotImplemented; }
  __rsub__(o) { return o instanceof PySet ? o.__sub__(this) : NotImplemented; }
  __rxor__(o) { return o instanceof PySet ? o.__xor__(this) : NotImplemented; }
  __ior__(o) { if (!(o instanceof PySet)) return NotImplemented; this.$upd(o); return this; }
  __iand__(o) { if (!(o instanceof PySet)) return NotImplemented; this.intersection_update(o); return this; }
  __isub__(o) { if (!(o instanceof PySet)) return NotImplemented; this.difference_update(o); return this; }
  __ixor__(o) { if (!(o instanceof PySet)) return NotImplemented; this.symmetric_difference_update(o); return this; }
  $upd(it) { for (const x of iterable(it)) this.$add(x); return this; }

  // ---- methods ----
  add(x) { this.$add(x); return null; }
  discard(x) { this.$delete(x); return null; }
  remove(x) { if (!this.$delete(x)) throw new KeyError(x); return null; }
  pop() {
    const first = this.$ordered()[0];
    this.$ord = null;
    for (const [nk, x] of this.$m) {
      if (x !== first && first !== undefined) continue;
      this.$m.delete(nk);
      if (this.$k !== null) this.$k.delete(nk);
      $drop_token(this, nk);
      return x;
    }
    throw new KeyError("pop from an empty set");
  }
  clear() { this.$m.clear(); this.$k = null; this.$o = null; this.$lt = null; this.$ord = null; return null; }
  copy() { return this.$sameKind(this); }
  update(...its) { for (const it of its) this.$upd(it); return null; }
  union(...its) { const s = this.$sameKind(this); for (const it of its) s.$upd(it); return s; }
  intersection(...its) {
    let s = this.$sameKind(this);
    for (const it of its) {
      const o = it instanceof PySet ? it : new PySet(it);
      const r = this.$sameKind();
      for (const x of s) if (o.$has(x)) r.$add(x);
      s = r;
    }
    return s;
  }
  intersection_update(...its) {
    const s = this.intersection(...its);
    this.clear();
    this.$upd(s);
    return null;
  }
  difference(...its) {
    const s = this.$sameKind(this);
    for (const it of its) for (const x of iterable(it)) s.$delete(x);
    return s;
  }
  difference_update(...its) {
    for (const it of its) for (const x of Array.from(iterable(it))) this.$delete(x);
    return null;
  }
  symmetric_difference(it) {
    const s = this.$sameKind(this);
    const o = it instanceof PySet ? it : new PySet(it);
    for (const x of o) if (this.$has(x)) s.$delete(x); else s.$add(x);
    return s;
  }
  symmetric_difference_update(it) {
    const o = new PySet(it);
    for (const x of o) if (this.$has(x)) this.$delete(x); else this.$add(x);
    return null;
  }
  issubset(it) {
    const o = it instanceof PySet ? it : new PySet(it);
    if (this.$m.size > o.$m.size) return false;
    for (const x of this) if (!o.$has(x)) return false;
    return true;
  }
  issuperset(it) {
    for (const x of iterable(it)) if (!this.$has(x)) return false;
    return true;
  }
  isdisjoint(it) {
    for (const x of iterable(it)) if (this.$has(x)) return false;
    return true;
  }
}

export class FrozenSet extends PySet {
  static get $pyname() { return "frozenset"; }
  get __hash__() { return frozenHash; }
  add() { throw new PyTypeError("'frozenset' object has no attribute 'add'"); }
}

function frozenHash() {
  // order-independent combination of element hashes
  let h = 1927868237 | 0;
  let n = 0;
  for (const x of this.$m.values()) {
    const e = hash_of(x) | 0;
    h ^= Math.imul((e ^ (e << 16) ^ 89869747) | 0, 3644798167 | 0);
    n++;
  }
  h = (Math.imul(h, 69069) + 907133923 + n) | 0;
  return h === -1 ? 590923713 : h;
}

// Simulate CPython's set table (setobject.c: linear probes of 9, perturbation, resize to
// used*4 when 3/5 full) for sets whose members are all ints; returns the iteration order.
function cpythonIntOrder(vals) {
  const fast = smallIntOrder(vals);
  if (fast !== null) return fast;
  for (const v of vals) {
    if (typeof v === "boolean") continue;
    // Numbers (ints, floats, integral floats boxed): their hashes are CPython's. A NaN's
    // is its address in CPython, and strings' are randomised: insertion order then.
    if (v instanceof Float) continue; // an integral float: any size
    if (typeof v === "bigint") continue; // a big int (builtins/bigint.js)
    if (typeof v !== "number" || v !== v || (Number.isInteger(v) && !Number.isSafeInteger(v))) return vals;
  }
  let mask = 7, fill = 0;
  let table = new Array(8).fill(undefined);
  const insert = (tbl, m, v) => {
    const h = $hash_exact(typeof v === "bigint" ? v : +v);
    let perturb = h < 0n ? h + (1n << 64n) : h;
    let i = Number(BigInt.asUintN(32, h)) & m;
    for (;;) {
      let probes = i + 9 <= m ? 9 : 0;
      let j = i;
      for (;;) {
        if (tbl[j] === undefined) { tbl[j] = v; return; }
        if (probes-- === 0) break;
        j++;
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  for (const v of vals) {
    insert(table, mask, v);
    fill++;
    if (fill * 5 >= mask * 3) {
      let size = 8;
      const target = fill > 50000 ? fill * 2 : fill * 4;
      while (size <= target) size <<= 1;
      const old = table.filter((x) => x !== undefined);
      mask = size - 1;
      table = new Array(size).fill(undefined);
      for (const x of old) insert(table, mask, x);
    }
  }
  return table.filter((x) => x !== undefined);
}


// cpythonIntOrder for members that are all ints in [0, 2**53) (hash(x) == x): the same
// probes in doubles over a table of member indices, no BigInt; null for other members.
// When every member is below the final table size, each sits in its own slot: sorted.
function smallIntOrder(vals) {
  const n = vals.length;
  const keys = new Float64Array(n);
  let max = 0;
  for (let k = 0; k < n; k++) {
    const v = vals[k];
    const x = typeof v === "number" ? v : typeof v === "boolean" || v instanceof Float ? +v : -1;
    if (!(x >= 0 && x <= Number.MAX_SAFE_INTEGER && Number.isInteger(x))) return null;
    keys[k] = x;
    if (x > max) max = x;
  }
  let mask = 7;
  for (let fill = 1; fill <= n; fill++) if (fill * 5 >= mask * 3) mask = tableSize(fill) - 1;
  if (max <= mask) {
    const order = Array.from(vals.keys()).sort((a, b) => keys[a] - keys[b]);
    return order.map((k) => vals[k]);
  }
  mask = 7;
  let table = new Int32Array(8); // member index + 1; 0 is an empty slot
  const insert = (tbl, m, k) => {
    const x = keys[k];
    let perturb = x;
    let i = x & m; // the low bits, as CPython's `hash & mask`
    for (;;) {
      let probes = i + 9 <= m ? 9 : 0;
      let j = i;
      for (;;) {
        if (tbl[j] === 0) { tbl[j] = k + 1; return; }
        if (probes-- === 0) break;
        j++;
      }
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) & m;
    }
  };
  for (let k = 0, fill = 1; k < n; k++, fill++) {
    insert(table, mask, k);
    if (fill * 5 >= mask * 3) {
      const old = table;
      mask = tableSize(fill) - 1;
      table = new Int32Array(mask + 1);
      for (let j = 0; j < old.length; j++) if (old[j] !== 0) insert(table, mask, old[j] - 1);
    }
  }
  const out = [];
  for (let j = 0; j < table.length; j++) if (table[j] !== 0) out.push(vals[table[j] - 1]);
  return out;
}

function tableSize(fill) {
  let size = 8;
  const target = fill > 50000 ? fill * 2 : fill * 4;
  while (size <= target) size <<= 1;
  return size;
}
