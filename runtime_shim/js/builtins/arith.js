// Arithmetic and bitwise operators with Python semantics and dunder dispatch.
import { PyTypeError, ZeroDivisionError, ValueError, OverflowError } from "./exceptions.js";
import { type_name } from "./object.js";
import { NotImplemented } from "./equality.js";
import { Tuple } from "./tuple.js";
import { $typeunion } from "./union.js";
import { printf } from "./printf.js";
import { Float, $isint } from "./floatbox.js";
import { Complex, $cpow } from "./complex.js";
import { pow_pos } from "../stdlib/_libm.js";
import {
  int_add, int_sub, int_mul, int_floordiv, int_mod, int_pow, int_powmod, int_truediv, int_neg,
  int_abs, int_invert, int_and, int_or, int_xor, int_lshift, int_rshift, int_tofloat,
} from "./bigint.js";

// Numbers: a raw integral JS number is an int, a raw non-integral one or a `Float` box
// a float (builtins/floatbox.js). A float result is boxed when integral (`F`).
function isNum(x) { const t = typeof x; return t === "number" || t === "boolean" || t === "bigint" || x instanceof Float; }
function isF(x) { return typeof x === "number" ? !Number.isInteger(x) : x instanceof Float; }
function F(r) { return Number.isInteger(r) ? new Float(r) : r; }
const isInt = $isint;
function isTup(x) { return x.constructor.$pyname === "tuple"; }
function isPlainList(x) { return Array.isArray(x) && !isTup(x); }

function unsupported(sym, a, b) {
  return new PyTypeError(`unsupported operand type(s) for ${sym}: '${type_name(a)}' and '${type_name(b)}'`);
}

// Try a.__op__(b) then b.__rop__(a); returns NotImplemented when neither applies.
function dunder(a, b, op, rop) {
  if (a !== null && typeof a === "object") {
    const f = a[op];
    if (typeof f === "function") {
      const r = f.call(a, b);
      if (r !== NotImplemented) return r;
    }
  }
  if (b !== null && typeof b === "object") {
    const f = b[rop];
    if (typeof f === "function") {
      const r = f.call(b, a);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

// Only b.__rop__(a) (a's own operator is known not to apply).
function reflected(a, b, rop) {
  if (b !== null && typeof b === "object") {
    const f = b[rop];
    if (typeof f === "function") return f.call(b, a);
  }
  return NotImplemented;
}

// An operation with a BigInt operand (an int beyond the safe range, builtins/bigint.js):
// exact int arithmetic `intop` between ints, else `floatop` on the int's float value
// (OverflowError when it has none, as CPython); undefined when an operand is no number.
function withBig(a, b, intop, floatop) {
  if (isInt(a) && isInt(b)) return intop(a, b);
  if (isNum(a) && isNum(b)) return floatop(as_float(a), as_float(b));
  return undefined;
}
function as_float(x) { return typeof x === "bigint" ? new Float(int_tofloat(x)) : x; }
function hasBig(a, b) { return typeof a === "bigint" || typeof b === "bigint"; }

function binop(a, b, sym, op, rop) {
  const r = dunder(a, b, op, rop);
  if (r === NotImplemented) throw unsupported(sym, a, b);
  return r;
}

// Compiled `a + b`, `a - b`, `a * b` of two statically int operands (lower/expressions.py):
// small enough for V8 to inline; exact beyond the safe range (builtins/bigint.js).
export function $addi(a, b) {
  if (typeof a === "number" && typeof b === "number") { const r = a + b; if (Number.isSafeInteger(r)) return r; }
  return int_add(a, b);
}
export function $subi(a, b) {
  if (typeof a === "number" && typeof b === "number") { const r = a - b; if (Number.isSafeInteger(r)) return r; }
  return int_sub(a, b);
}
export function $muli(a, b) {
  // `+ 0`: an int product is never -0 (0 * -1)
  if (typeof a === "number" && typeof b === "number") { const r = a * b; if (Number.isSafeInteger(r)) return r + 0; }
  return int_mul(a, b);
}
// A statically int operand of compiled float arithmetic as a JS number (float(x)).
export function $i2f(x) {
  return typeof x === "number" ? x : int_tofloat(x);
}

export function $add(a, b) {
  const ta = typeof a;
  if (ta === "number" && typeof b === "number") {
    if (Number.isInteger(a) && Number.isInteger(b)) { const r = a + b; return Number.isSafeInteger(r) ? r : int_add(a, b); }
    return F(a + b);
  }
  if (hasBig(a, b)) { const r = withBig(a, b, int_add, $add); if (r !== undefined) return r; }
  if (ta === "string") {
    if (typeof b === "string") return a + b;
    const r = dunder(a, b, "__add__", "__radd__");
    if (r !== NotImplemented) return r;
    throw new PyTypeError(`can only concatenate str (not "${type_name(b)}") to str`);
  }
  if (isNum(a) && isNum(b)) { const r = +a + +b; return isF(a) || isF(b) ? F(r) : r; }
  if (Array.isArray(a) && typeof a.__add__ !== "function") {
    if (Array.isArray(b) && isTup(a) === isTup(b) && typeof b.__radd__ !== "function") {
      if (isTup(a)) return Tuple.from(a.concat(b));
      return a.concat(b);
    }
    const r = reflected(a, b, "__radd__");
    if (r !== NotImplemented) return r;
    const k = isTup(a) ? "tuple" : "list";
    throw new PyTypeError(`can only concatenate ${k} (not "${type_name(b)}") to ${k}`);
  }
  return binop(a, b, "+", "__add__", "__radd__");
}

export function $sub(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isInteger(a) && Number.isInteger(b)) { const r = a - b; return Number.isSafeInteger(r) ? r : int_sub(a, b); }
    return F(a - b);
  }
  if (hasBig(a, b)) { const r = withBig(a, b, int_sub, $sub); if (r !== undefined) return r; }
  if (isNum(a) && isNum(b)) { const r = a - b; return isF(a) || isF(b) ? F(r) : r; }
  return binop(a, b, "-", "__sub__", "__rsub__");
}

function repeat(seq, n) {
  if (!isInt(n)) throw new PyTypeError(`can't multiply sequence by non-int of type '${type_name(n)}'`);
  if (typeof n === "bigint") throw new OverflowError("cannot fit 'int' into an index-sized integer");
  n = +n;
  if (typeof seq === "string") return n > 0 ? seq.repeat(n) : "";
  const out = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < seq.length; j++) out.push(seq[j]);
  return isTup(seq) ? Tuple.from(out) : out;
}

function isSeq(x) {
  return typeof x === "string" || (Array.isArray(x) && typeof x.__mul__ !== "function");
}

export function $mul(a, b) {
  // `+ 0` turns an integral -0 into 0: an int product is never -0 (floats keep -0.0).
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isInteger(a) && Number.isInteger(b)) { const r = a * b; return Number.isSafeInteger(r) ? r + 0 : int_mul(a, b); }
    return F(a * b);
  }
  if (hasBig(a, b) && !isSeq(a) && !isSeq(b)) { const r = withBig(a, b, int_mul, $mul); if (r !== undefined) return r; }
  if (isNum(a) && isNum(b)) { const r = a * b; return isF(a) || isF(b) ? F(r) : r + 0; }
  if (isSeq(a)) {
    if (isNum(b) || typeof b === "string" || Array.isArray(b) || b === null) {
      if (isNum(b)) return repeat(a, b);
      throw new PyTypeError(`can't multiply sequence by non-int of type '${type_name(b)}'`);
    }
    const r = reflected(a, b, "__rmul__");
    if (r !== NotImplemented) return r;
    if (b !== null && typeof b === "object" && typeof b.__index__ === "function") return repeat(a, b.__index__());
    throw new PyTypeError(`can't multiply sequence by non-int of type '${type_name(b)}'`);
  }
  if (isSeq(b) && isNum(a)) return repeat(b, a);
  if (isSeq(b) && (a === null || typeof a !== "object")) {
    throw new PyTypeError(`can't multiply sequence by non-int of type '${type_name(a)}'`);
  }
  return binop(a, b, "*", "__mul__", "__rmul__");
}

export function $truediv(a, b) {
  if (isNum(a) && isNum(b)) {
    if (isInt(a) && isInt(b)) {
      // a double quotient of two exact doubles is correctly rounded; beyond, CPython's way
      if (typeof a !== "bigint" && typeof b !== "bigint" && Math.abs(a) <= 2 ** 53 && Math.abs(b) <= 2 ** 53) {
        if (+b === 0) throw new ZeroDivisionError("division by zero");
        return F(a / b);
      }
      return F(int_truediv(a, b));
    }
    if (hasBig(a, b)) return $truediv(as_float(a), as_float(b));
    if (+b === 0) throw new ZeroDivisionError("float division by zero");
    return F(a / b);
  }
  return binop(a, b, "/", "__truediv__", "__rtruediv__");
}

// Python float floor division / modulo (CPython's float_divmod).
function fdivmod(a, b) {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if ((b < 0) !== (mod < 0)) { mod += b; div -= 1; }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let fd;
  if (div) {
    fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1;
  } else {
    fd = a / b < 0 ? -0 : 0;
  }
  return [fd, mod];
}

export function $floordiv(a, b) {
  if (hasBig(a, b)) { const r = withBig(a, b, int_floordiv, $floordiv); if (r !== undefined) return r; }
  if (isNum(a) && isNum(b)) {
    const f = isF(a) || isF(b);
    a = +a; b = +b;
    if (b === 0) {
      throw new ZeroDivisionError(!f ? "integer division or modulo by zero" : "float floor division by zero");
    }
    if (!f) {
      if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
        // exact for safe integers: `a - r` is a multiple of b, so the division is exact
        const r = a % b;
        const d = (a - r) / b;
        return r !== 0 && ((r < 0) !== (b < 0)) ? d - 1 : d === 0 ? 0 : d;
      }
      return int_floordiv(a, b);
    }
    return F(fdivmod(a, b)[0]);
  }
  return binop(a, b, "//", "__floordiv__", "__rfloordiv__");
}

export function $mod(a, b) {
  if (typeof a === "string") {
    if (b !== null && typeof b === "object" && typeof b.__rmod__ === "function" && !isTup(b)) {
      const r = b.__rmod__(a);
      if (r !== NotImplemented) return r;
    }
    return printf(a, b);
  }
  if (hasBig(a, b)) { const r = withBig(a, b, int_mod, $mod); if (r !== undefined) return r; }
  if (isNum(a) && isNum(b)) {
    const f = isF(a) || isF(b);
    a = +a; b = +b;
    if (b === 0) {
      throw new ZeroDivisionError(!f ? "integer modulo by zero" : "float modulo");
    }
    if (!f) {
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return int_mod(a, b);
      const r = a % b;
      return r !== 0 && ((r < 0) !== (b < 0)) ? r + b : r === 0 ? 0 : r;
    }
    return F(fdivmod(a, b)[1]);
  }
  return binop(a, b, "%", "__mod__", "__rmod__");
}

export function $divmod(a, b) {
  if (hasBig(a, b)) {
    const r = withBig(a, b, (x, y) => Tuple.of(int_floordiv(x, y), int_mod(x, y)), $divmod);
    if (r !== undefined) return r;
  }
  if (isNum(a) && isNum(b)) {
    const f = isF(a) || isF(b);
    a = +a; b = +b;
    if (b === 0) {
      throw new ZeroDivisionError(!f ? "integer division or modulo by zero" : "float divmod()");
    }
    if (!f) return Tuple.of($floordiv(a, b), $mod(a, b));
    const [d, m] = fdivmod(a, b);
    return Tuple.of(F(d), F(m));
  }
  const r = dunder(a, b, "__divmod__", "__rdivmod__");
  if (r === NotImplemented) throw unsupported("divmod()", a, b);
  return r;
}

function intPow(a, b) {
  const r = a ** b;
  return Number.isSafeInteger(r) ? r : int_pow(a, b);
}

export function $pow(a, b, mod) {
  if (mod !== undefined && mod !== null) {
    if (a instanceof Complex || b instanceof Complex) throw new ValueError("complex modulo");
    return powmod(a, b, mod);
  }
  if (hasBig(a, b) && isNum(a) && isNum(b)) {
    if (isInt(a) && isInt(b) && b >= 0) return int_pow(a, b);
    return $pow(as_float(a), as_float(b));
  }
  if (isNum(a) && isNum(b)) {
    const f = isF(a) || isF(b);
    a = +a; b = +b;
    if (!f && b >= 0) return intPow(a, b);
    // int ** negative int is a float power too (long_pow -> float_pow)
    if (a < 0 && !Number.isInteger(b) && Number.isFinite(b) && a !== -Infinity) {
      return $cpow(a, b); // a negative base to a fractional power is a complex
    }
    return F(floatPow(a, b));
  }
  return binop(a, b, "** or pow()", "__pow__", "__rpow__");
}

// CPython's float_pow (special cases first, then the C library's pow, which glibc
// rounds correctly: _libm.js reproduces it). `v < 0` with a fractional `w` never gets here.
function floatPow(v, w) {
  if (w === 0) return 1;
  if (v !== v) return v;
  if (w !== w) return v === 1 ? 1 : w;
  if (w === Infinity || w === -Infinity) {
    const av = Math.abs(v);
    if (av === 1) return 1;
    return (w > 0) === (av > 1) ? Infinity : 0;
  }
  const odd = Math.abs(w) % 2 === 1;
  if (v === Infinity || v === -Infinity) {
    if (w > 0) return odd ? v : Infinity;
    return odd ? (v < 0 ? -0 : 0) : 0;
  }
  if (v === 0) {
    if (w < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
    return odd ? v : 0;
  }
  let negate = false;
  if (v < 0) { v = -v; negate = odd; }
  if (v === 1) return negate ? -1 : 1;
  // glibc's pow itself (_libm.js): even x ** 2 or x ** 0.5 may differ from x * x or sqrt
  // in the last bit there, and CPython returns what glibc does
  const r = w === 1 ? v : pow_pos(v, w);
  if (r === Infinity) throw new OverflowError("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

function powmod(a, b, m) {
  if (!isInt(a) || !isInt(b) || !isInt(m)) {
    throw new PyTypeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  return int_powmod(a, b, m);
}

export function $matmul(a, b) {
  return binop(a, b, "@", "__matmul__", "__rmatmul__");
}

export function $neg(a) {
  // An integral value is taken as an int (ints are never -0); see docs/language.md.
  if (typeof a === "number") return Number.isInteger(a) ? 0 - a : -a;
  if (typeof a === "boolean") return -a;
  if (typeof a === "bigint") return int_neg(a);
  if (a instanceof Float) return new Float(-a.$v);
  if (a !== null && typeof a === "object" && typeof a.__neg__ === "function") return a.__neg__();
  throw new PyTypeError(`bad operand type for unary -: '${type_name(a)}'`);
}

export function $pos(a) {
  if (typeof a === "number" || typeof a === "bigint" || a instanceof Float) return a;
  if (typeof a === "boolean") return +a;
  if (a !== null && typeof a === "object" && typeof a.__pos__ === "function") return a.__pos__();
  throw new PyTypeError(`bad operand type for unary +: '${type_name(a)}'`);
}

export function $invert(a) {
  if (isInt(a)) return typeof a === "bigint" || !Number.isSafeInteger(+a - 1) ? int_invert(a) : -a - 1;
  if (a !== null && typeof a === "object" && typeof a.__invert__ === "function") return a.__invert__();
  throw new PyTypeError(`bad operand type for unary ~: '${type_name(a)}'`);
}

export function $abs(a) {
  if (typeof a === "number") return Math.abs(a);
  if (typeof a === "boolean") return +a;
  if (typeof a === "bigint") return int_abs(a);
  if (a instanceof Float) return new Float(Math.abs(a.$v));
  if (a !== null && typeof a === "object" && typeof a.__abs__ === "function") return a.__abs__();
  throw new PyTypeError(`bad operand type for abs(): '${type_name(a)}'`);
}

// ---- bitwise (arbitrary-precision ints via BigInt outside the int32 range) ----

function isI32(x) { return x === (x | 0); }

function bitop(a, b, sym, op, rop, f32, fbig) {
  if (isInt(a) && isInt(b)) {
    if (typeof a === "boolean" && typeof b === "boolean") return !!f32(+a, +b);
    if (typeof a !== "bigint" && typeof b !== "bigint") {
      a = +a; b = +b;
      if (isI32(a) && isI32(b)) return f32(a, b);
    }
    return fbig(a, b);
  }
  return binop(a, b, sym, op, rop);
}

export function $and(a, b) {
  return bitop(a, b, "&", "__and__", "__rand__", (x, y) => x & y, int_and);
}
export function $or(a, b) {
  const ta = typeof a;
  if (ta !== "number" && ta !== "boolean" && ta !== "bigint") {
    const u = $typeunion(a, b); // `int | None` (builtins/union.js)
    if (u !== undefined) return u;
  }
  return bitop(a, b, "|", "__or__", "__ror__", (x, y) => x | y, int_or);
}
export function $xor(a, b) {
  return bitop(a, b, "^", "__xor__", "__rxor__", (x, y) => x ^ y, int_xor);
}

export function $lshift(a, b) {
  if (isInt(a) && isInt(b)) {
    if (hasBig(a, b)) return int_lshift(a, b);
    a = +a; b = +b;
    if (b < 0) throw new ValueError("negative shift count");
    const r = a * 2 ** b;
    return Number.isSafeInteger(r) ? r + 0 : int_lshift(a, b);
  }
  return binop(a, b, "<<", "__lshift__", "__rlshift__");
}

export function $rshift(a, b) {
  if (isInt(a) && isInt(b)) {
    if (hasBig(a, b)) return int_rshift(a, b);
    a = +a; b = +b;
    if (b < 0) throw new ValueError("negative shift count");
    if (isI32(a) && b < 32) return a >> b;
    if (b >= 1024) return a < 0 ? -1 : 0; // 2 ** b is Infinity: a / Infinity is -0
    return Math.floor(a / 2 ** b);
  }
  return binop(a, b, ">>", "__rshift__", "__rrshift__");
}

// ---- augmented assignment: x op= y -> x = $iop(x, y) ----

function inplace(a, b, iop, fallback) {
  if (a !== null && typeof a === "object" && !Array.isArray(a)) {
    const f = a[iop];
    if (typeof f === "function") {
      const r = f.call(a, b);
      if (r !== NotImplemented) return r;
    }
  }
  return fallback(a, b);
}

export function $iadd(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isInteger(a) && Number.isInteger(b)) { const r = a + b; return Number.isSafeInteger(r) ? r : int_add(a, b); }
    return F(a + b);
  }
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (isPlainList(a) && typeof a.__iadd__ !== "function") {
    if (Array.isArray(b)) { for (let i = 0, n = b.length; i < n; i++) a.push(b[i]); return a; }
    if (typeof b === "string") { for (const c of b) a.push(c); return a; }
    if (b !== null && typeof b === "object") {
      const it = typeof b.__iter__ === "function" ? b.__iter__() : b;
      if (typeof it[Symbol.iterator] === "function") { for (const x of Array.from(it)) a.push(x); return a; }
    }
    throw new PyTypeError(`'${type_name(b)}' object is not iterable`);
  }
  return inplace(a, b, "__iadd__", $add);
}
export function $isub(a, b) { return inplace(a, b, "__isub__", $sub); }
export function $imul(a, b) {
  if (isPlainList(a) && isNum(b) && typeof a.__imul__ !== "function") {
    const r = repeat(a, b);
    a.length = 0;
    for (const x of r) a.push(x);
    return a;
  }
  return inplace(a, b, "__imul__", $mul);
}
export function $itruediv(a, b) { return inplace(a, b, "__itruediv__", $truediv); }
export function $ifloordiv(a, b) { return inplace(a, b, "__ifloordiv__", $floordiv); }
export function $imod(a, b) { return inplace(a, b, "__imod__", $mod); }
export function $ipow(a, b) { return inplace(a, b, "__ipow__", $pow); }
export function $imatmul(a, b) { return inplace(a, b, "__imatmul__", $matmul); }
export function $iand(a, b) { return inplace(a, b, "__iand__", $and); }
export function $ior(a, b) { return inplace(a, b, "__ior__", $or); }
export function $ixor(a, b) { return inplace(a, b, "__ixor__", $xor); }
export function $ilshift(a, b) { return inplace(a, b, "__ilshift__", $lshift); }
export function $irshift(a, b) { return inplace(a, b, "__irshift__", $rshift); }

// Builtins abs(), divmod(), pow().
export { $abs as abs, $divmod as divmod };
export function pow(base, exp, mod) {
  return $pow(base, exp, mod);
}
