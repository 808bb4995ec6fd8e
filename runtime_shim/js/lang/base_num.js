// `class X(int)` / `class X(float)`: instances hold the number in `$v` (builtins/
// subclass.js); arithmetic, comparison and number methods act on it and answer plain int
// / float values, as CPython's do.
import { $builtin_class } from "../builtins/object.js";
import { $Sub, $delegate } from "../builtins/subclass.js";
import { $unsub } from "../builtins/unsub.js";
import { int, float } from "../builtins/types.js";
import { num_attr } from "../builtins/intmethods.js";
import { Float } from "../builtins/floatbox.js";
import { $repr, $str } from "../builtins/repr.js";
import { $lt, $le, $gt, $ge } from "../builtins/compare.js";
import { $eq, $ne, NotImplemented } from "../builtins/equality.js";
import * as A from "../builtins/arith.js";
import { $truthy } from "../builtins/truthy.js";
import { $to_float, round } from "../builtins/numeric.js";
import { hash_of } from "../builtins/hashing.js";
import { format } from "../builtins/format.js";

function num(o) {
  o = $unsub(o);
  const t = typeof o;
  return t === "number" || t === "boolean" || t === "bigint" || o instanceof Float ? o : NotImplemented;
}

const BINARY = {
  add: A.$add, sub: A.$sub, mul: A.$mul, truediv: A.$truediv, floordiv: A.$floordiv,
  mod: A.$mod, divmod: A.$divmod, pow: A.$pow, and: A.$and, or: A.$or, xor: A.$xor,
  lshift: A.$lshift, rshift: A.$rshift,
};
const UNARY = { neg: A.$neg, pos: A.$pos, abs: A.$abs, invert: A.$invert };
const COMPARE = { eq: $eq, ne: $ne, lt: $lt, le: $le, gt: $gt, ge: $ge };

class NumBase extends $Sub {
  __init__() {}
  get $subkey() {
    const P = NumBase.prototype;
    return this.__hash__ === P.__hash__ && this.__eq__ === P.__eq__ ? this.$v : undefined;
  }
  __repr__() { return $repr(this.$v); }
  // format(x, "") is str(x), which a subclass may define.
  __format__(spec) { return spec === "" ? $str(this) : format(this.$v, spec); }
  __hash__() { return hash_of(this.$v); }
  __bool__() { return $truthy(this.$v); }
  __int__() { return int(this.$v); }
  __float__() { return $to_float(this.$v); }
  __round__(n) { return round(this.$v, n); }
  __trunc__() { return int(this.$v); }
  __floor__() { return Math.floor(+this.$v); }
  __ceil__() { return Math.ceil(+this.$v); }
  get real() { return num_attr(this.$v, "real"); }
  get imag() { return num_attr(this.$v, "imag"); }
  toJSON() { return +this.$v; }
}
function define(C, name, f) {
  Object.defineProperty(C.prototype, name, { configurable: true, writable: true, value: f });
}
for (const [op, f] of Object.entries(BINARY)) {
  define(NumBase, `__${op}__`, function (o, m) {
    o = num(o);
    return o === NotImplemented ? o : m === undefined ? f(this.$v, o) : f(this.$v, o, m);
  });
  define(NumBase, `__r${op}__`, function (o) { o = num(o); return o === NotImplemented ? o : f(o, this.$v); });
}
for (const [op, f] of Object.entries(UNARY)) define(NumBase, `__${op}__`, function () { return f(this.$v); });
for (const [op, f] of Object.entries(COMPARE)) {
  define(NumBase, `__${op}__`, function (o) { o = num(o); return o === NotImplemented ? o : f(this.$v, o); });
}

export class $IntBase extends NumBase {
  // The builtin type this class stands in for (issubclass(X, int) for `class X(int)`).
  static get $stands_for() { return int; }
  static get $pyname() { return "int"; }
  static __new__(cls, ...a) {
    return $Sub.$holding(cls, int(...a.map($unsub)));
  }
  __index__() { return this.$v; }
  get numerator() { return this.$v; }
  get denominator() { return 1; }
}
export class $FloatBase extends NumBase {
  // The builtin type this class stands in for (issubclass(X, float) for `class X(float)`).
  static get $stands_for() { return float; }
  static get $pyname() { return "float"; }
  static __new__(cls, ...a) {
    return $Sub.$holding(cls, float(...a.map($unsub)));
  }
}
// The number methods (bit_length, is_integer, hex, ...) act on the held value.
const num_method = (name) => (x, ...a) => num_attr(x, name)(...a);
$delegate($IntBase, ["bit_length", "bit_count", "conjugate", "as_integer_ratio", "to_bytes"], num_method);
$delegate($FloatBase, ["is_integer", "conjugate", "as_integer_ratio", "hex"], num_method);
$builtin_class($IntBase);
$builtin_class($FloatBase);
