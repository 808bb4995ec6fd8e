// Python floats whose value is integral (2.0, -0.0, 1e20) as boxed values.
//
// A raw JS number is an int when it is an integer and a float otherwise (2.5, nan, inf).
// An integral float that flows through dynamic code is a `Float` box; `valueOf` makes JS
// relational operators, `+ - * /` and Math.* work on it unchanged. Compiled code keeps
// statically typed floats raw and boxes them with `$fbox` where they escape
// (docs/design.md, "Value representation").
import { float_repr } from "./repr.js";

export class Float {
  constructor(v) { this.$v = v; }
  static get $pyname() { return "float"; }
  valueOf() { return this.$v; }
  toString() { return float_repr(this.$v); }
  toJSON() { return this.$v; }
  __repr__() { return float_repr(this.$v); }
  __str__() { return float_repr(this.$v); }
  __bool__() { return this.$v !== 0; }
  __float__() { return this; }
  // an integral double beyond the safe range is exactly a (canonical) BigInt
  __int__() { const v = this.$v; return Number.isSafeInteger(v) ? v + 0 : BigInt(v); }
  __trunc__() { return this.__int__(); }
}

// A float value as a Python value: integral numbers (incl. -0) are boxed.
export function $fbox(x) {
  return typeof x === "number" && Number.isInteger(x) ? new Float(x) : x;
}

// Is x a Python float (a box, or a non-integral raw number: 2.5, nan, inf)?
export function $isfloat(x) {
  return typeof x === "number" ? !Number.isInteger(x) : x instanceof Float;
}

// Is x a Python int (or bool, an int subtype): a boolean, an integral raw number or a
// BigInt (an int beyond the safe range, builtins/bigint.js)?
export function $isint(x) {
  return typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint";
}

// Is x a Python int, bool or float value (raw, boxed or a BigInt)?
export function $isnumber(x) {
  return typeof x === "number" || typeof x === "boolean" || typeof x === "bigint" || x instanceof Float;
}

// The JS number of a box; anything else unchanged.
export function $fnum(x) {
  return x instanceof Float ? x.$v : x;
}

// A Python number (int, float, bool; boxed or raw) as a JS number, else undefined.
export function $numval(x) {
  switch (typeof x) {
    case "number": return x;
    case "boolean": return +x;
  }
  return x instanceof Float ? x.$v : undefined;
}
