// `class X(str)`: instances hold the string in `$v` (builtins/subclass.js); str's methods
// and operators act on it and answer plain str values, as CPython's do.
import { $builtin_class } from "../builtins/object.js";
import { $Sub, $delegate } from "../builtins/subclass.js";
import { $unsub } from "../builtins/unsub.js";
import { str } from "../builtins/types.js";
import { STR_NAMES } from "../builtins/primattrs.js";
import * as S from "../builtins/str_methods.js";
import * as L from "../builtins/list_methods.js";
import { $m_format, $m_format_map } from "../builtins/builtins.js";
import { $getitem } from "../builtins/items.js";
import { $repr, $str } from "../builtins/repr.js";
import { $lt, $le, $gt, $ge } from "../builtins/compare.js";
import { NotImplemented } from "../builtins/equality.js";
import { $add, $mul, $mod } from "../builtins/arith.js";
import { $in } from "../builtins/ops.js";
import { hash_of } from "../builtins/hashing.js";
import { format } from "../builtins/format.js";
import { KW } from "../builtins/kw.js";
import { cp_len } from "../builtins/strutil.js";

function other(o) { o = $unsub(o); return typeof o === "string" ? o : NotImplemented; }

export class $StrBase extends $Sub {
  // The builtin type this class stands in for (issubclass(X, str) for `class X(str)`).
  static get $stands_for() { return str; }
  static get $pyname() { return "str"; }
  static __new__(cls, ...a) {
    return $Sub.$holding(cls, str(...a.filter((x) => !(x instanceof KW)).map($unsub)));
  }
  __init__() {}
  get $subkey() {
    const P = $StrBase.prototype;
    return this.__hash__ === P.__hash__ && this.__eq__ === P.__eq__ ? this.$v : undefined;
  }
  __str__() { return this.$v; }
  __repr__() { return $repr(this.$v); }
  // format(x, "") is str(x), which a subclass may define.
  __format__(spec) { return spec === "" ? $str(this) : format(this.$v, spec); }
  __hash__() { return hash_of(this.$v); }
  __len__() { return cp_len(this.$v); }
  __getitem__(k) { return $getitem(this.$v, k); }
  __contains__(x) { return $in($unsub(x), this.$v); }
  __iter__() { return this.$v[Symbol.iterator](); }
  [Symbol.iterator]() { return this.$v[Symbol.iterator](); }
  __eq__(o) { o = other(o); return o === NotImplemented ? o : o === this.$v; }
  __ne__(o) { o = other(o); return o === NotImplemented ? o : o !== this.$v; }
  __lt__(o) { o = other(o); return o === NotImplemented ? o : $lt(this.$v, o); }
  __le__(o) { o = other(o); return o === NotImplemented ? o : $le(this.$v, o); }
  __gt__(o) { o = other(o); return o === NotImplemented ? o : $gt(this.$v, o); }
  __ge__(o) { o = other(o); return o === NotImplemented ? o : $ge(this.$v, o); }
  __add__(o) { return $add(this.$v, $unsub(o)); }
  __radd__(o) { o = other(o); return o === NotImplemented ? o : o + this.$v; }
  __mul__(n) { return $mul(this.$v, n); }
  __rmul__(n) { return $mul(n, this.$v); }
  __mod__(args) { return $mod(this.$v, args); }
  toJSON() { return this.$v; }
}
// str's named methods (upper, split, ...) act on the held string.
const FORMAT = { format: $m_format, format_map: $m_format_map };
$delegate($StrBase, STR_NAMES, (name) => FORMAT[name] || S[`$m_${name}`] || L[`$m_${name}`]);
$builtin_class($StrBase);
