// `class X(list)`: instances hold a JS array in `$v` (builtins/subclass.js) rather than
// being arrays, so that methods a subclass defines (`push`, `map`, `sort`) never meet the
// Array methods the runtime calls on real lists.
import { $builtin_class } from "../builtins/object.js";
import { $Sub, $delegate } from "../builtins/subclass.js";
import { $unsub } from "../builtins/unsub.js";
import { list } from "../builtins/types.js";
import { LIST_NAMES } from "../builtins/primattrs.js";
import * as L from "../builtins/list_methods.js";
import { $getitem, $setitem, $delitem } from "../builtins/items.js";
import { $repr } from "../builtins/repr.js";
import { $lt, $le, $gt, $ge } from "../builtins/compare.js";
import { $eq, $ne, NotImplemented } from "../builtins/equality.js";
import { $add, $mul } from "../builtins/arith.js";
import { $in } from "../builtins/ops.js";
import { $iter } from "../builtins/iter.js";
import { PyTypeError } from "../builtins/exceptions.js";
import { KW } from "../builtins/kw.js";
import { Tuple } from "../builtins/tuple.js";

function is_list(x) { return Array.isArray(x) && !(x instanceof Tuple); }
function other(o) { o = $unsub(o); return is_list(o) ? o : NotImplemented; }

export class $ListBase extends $Sub {
  // The builtin type this class stands in for (issubclass(X, list) for `class X(list)`).
  static get $stands_for() { return list; }
  static get $pyname() { return "list"; }
  static __new__(cls) {
    return $Sub.$holding(cls, []);
  }
  __init__(...a) {
    if (a.length && a[a.length - 1] instanceof KW) throw new PyTypeError("list() takes no keyword arguments");
    if (a.length > 1) throw new PyTypeError(`list expected at most 1 argument, got ${a.length}`);
    const items = a.length ? Array.from($iter($unsub(a[0]))) : [];
    this.$v.length = 0;
    for (const x of items) this.$v.push(x);
  }
  get __hash__() { return null; }
  __repr__() { return $repr(this.$v); }
  __len__() { return this.$v.length; }
  __getitem__(k) { return $getitem(this.$v, k); }
  __setitem__(k, v) { $setitem(this.$v, k, $unsub(v)); return null; }
  __delitem__(k) { $delitem(this.$v, k); return null; }
  __contains__(x) { return $in(x, this.$v); }
  __iter__() { return this.$v[Symbol.iterator](); }
  [Symbol.iterator]() { return this.$v[Symbol.iterator](); }
  __reversed__() { return this.$v.slice().reverse()[Symbol.iterator](); }
  __eq__(o) { o = other(o); return o === NotImplemented ? o : $eq(this.$v, o); }
  __ne__(o) { o = other(o); return o === NotImplemented ? o : $ne(this.$v, o); }
  __lt__(o) { o = other(o); return o === NotImplemented ? o : $lt(this.$v, o); }
  __le__(o) { o = other(o); return o === NotImplemented ? o : $le(this.$v, o); }
  __gt__(o) { o = other(o); return o === NotImplemented ? o : $gt(this.$v, o); }
  __ge__(o) { o = other(o); return o === NotImplemented ? o : $ge(this.$v, o); }
  __add__(o) { return $add(this.$v, $unsub(o)); }
  __radd__(o) { o = other(o); return o === NotImplemented ? o : $add(o, this.$v); }
  __iadd__(o) { L.$m_extend(this.$v, $unsub(o)); return this; }
  __mul__(n) { return $mul(this.$v, n); }
  __rmul__(n) { return $mul(n, this.$v); }
  __imul__(n) { const r = $mul(this.$v, n); this.$v.length = 0; for (const x of r) this.$v.push(x); return this; }
  toJSON() { return this.$v; }
}
// list's named methods (append, pop, sort, ...) act on the held array.
$delegate($ListBase, LIST_NAMES, (name) => L[`$m_${name}`]);
$builtin_class($ListBase);
