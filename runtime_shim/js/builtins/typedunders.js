// The operator/protocol dunder methods of the builtin types (int, bool, float, complex,
// str, bytes, list, tuple, dict, set, frozenset, range, NoneType): one table per type
// mapping each dunder CPython 3.11 gives the type (`dir(int)`) to the runtime's existing
// operation. `hasattr(3, "__add__")`, `(3).__add__`, `type(x).__len__(x)` read it; a
// dunder outside a type's table is missing (`hasattr(3, "__len__")` is False). Binary
// dunders answer NotImplemented for operand types the type does not handle, as CPython's
// slots do (`(3).__add__("a")`, `(3).__eq__(3.0)`). Only code that reads attributes by
// name (getattr, hasattr, explicit dunder calls) imports this module.
import { PyTypeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { NotImplemented, $eq } from "./equality.js";
import { $lt, $le, $gt, $ge } from "./compare.js";
import {
  $add, $sub, $mul, $truediv, $floordiv, $mod, $divmod, $pow, $and, $or, $xor, $lshift,
  $rshift, $neg, $pos, $invert, $abs, $iadd, $imul, $iand, $ior, $isub, $ixor,
} from "./arith.js";
import { $in } from "./ops.js";
import { $getitem, $setitem, $delitem } from "./items.js";
import { iter, reversed, PyRange, range } from "./iter.js";
import { $str, repr } from "./repr.js";
import { hash } from "./hashing.js";
import { format } from "./format.js";
import { $truthy } from "./truthy.js";
import { round, $to_int, $to_float } from "./numeric.js";
import { Float, $fbox, $isint, $isnumber } from "./floatbox.js";
import { Tuple } from "./tuple.js";
import { Dict } from "./dict.js";
import { PySet, FrozenSet } from "./set.js";
import { Bytes, bytes } from "./bytes.js";
import { Complex, complex } from "./complex.js";
import { cp_len } from "./strutil.js";
import { bound_builtin } from "./primattrs.js";
import { int, bool, float, str, list, tuple, dict, set, frozenset, NoneType } from "./types.js";

// The dunders this module answers for builtin values; any other name (`__class__`,
// `__doc__`, `__init__`, ...) is left to the caller's ordinary lookup.
export const TYPE_DUNDERS = new Set((
  "__abs__ __add__ __and__ __bool__ __bytes__ __ceil__ __complex__ __contains__ __delitem__ " +
  "__divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getitem__ __gt__ " +
  "__hash__ __iadd__ __iand__ __imul__ __index__ __int__ __invert__ __ior__ __isub__ " +
  "__iter__ __ixor__ __le__ __len__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__ " +
  "__pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __reversed__ __rfloordiv__ " +
  "__rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ " +
  "__rtruediv__ __rxor__ __setitem__ __str__ __sub__ __truediv__ __trunc__ __xor__ " +
  "__next__ __call__ __enter__ __exit__ __await__ __aiter__ __anext__ __matmul__ __rmatmul__ " +
  "__length_hint__ __missing__ __set_name__ __get__ __set__ __delete__"
).split(" "));

const isInt = $isint; // int or bool
const isReal = (x) => $isnumber(x); // int, bool or float
const isNum = (x) => $isnumber(x) || x instanceof Complex;
const is_str = (x) => typeof x === "string";
const is_list = (x) => Array.isArray(x) && !(x instanceof Tuple);
const is_tuple = (x) => x instanceof Tuple;
const is_bytes = (x) => x instanceof Bytes; // bytes or bytearray (buffer operands)
const isExactBytes = (x) => x instanceof Bytes && x.constructor === Bytes;
const is_dict = (x) => x instanceof Dict;
const isSetLike = (x) => x instanceof PySet;
const isRange = (x) => x instanceof PyRange;
const never = () => false;

// `self OP other` when `other` is an operand the type handles, else NotImplemented.
const binary = (accepts, op) => (s, o) => (accepts(o) ? op(s, o) : NotImplemented);
const reflected = (accepts, op) => (s, o) => (accepts(o) ? op(o, s) : NotImplemented);
// A sequence's `+`/`*` raise instead (CPython's sq_concat slot; sq_repeat's wrapper
// wants an index).
const concat = (accepts, tn) => (s, o) => {
  if (accepts(o)) return $add(s, o);
  if (tn === "bytes") throw new PyTypeError(`can't concat ${type_name(o)} to bytes`);
  throw new PyTypeError(`can only concatenate ${tn} (not "${type_name(o)}") to ${tn}`);
};
const repeat = (op) => (s, n) => {
  if (!isInt(n)) throw new PyTypeError(`'${type_name(n)}' object cannot be interpreted as an integer`);
  return op(s, n);
};

// __eq__/__ne__/__lt__/... for a type comparing with the operands `eqOk` / `cmpOk` accepts.
function comparisons(eqOk, cmpOk) {
  const eq = binary(eqOk, $eq);
  return {
    __eq__: eq,
    __ne__: (s, o) => { const r = eq(s, o); return r === NotImplemented ? r : !r; },
    __lt__: binary(cmpOk, $lt), __le__: binary(cmpOk, $le),
    __gt__: binary(cmpOk, $gt), __ge__: binary(cmpOk, $ge),
  };
}

// What every object has (object's slots); `hashable` false gives `__hash__ = None`.
function common(eqOk, cmpOk, hashable = true) {
  return {
    ...comparisons(eqOk, cmpOk),
    __repr__: (s) => repr(s),
    __str__: (s) => $str(s),
    __hash__: hashable ? (s) => hash(s) : null,
    __format__: (s, spec) => {
      if (!is_str(spec)) throw new PyTypeError(`format() argument must be str, not ${type_name(spec)}`);
      return format(s, spec);
    },
  };
}

// The arithmetic dunders (and their reflections) a number type has with `accepts` operands.
function arithmetic(accepts, names) {
  const ops = { add: $add, sub: $sub, mul: $mul, truediv: $truediv, floordiv: $floordiv, mod: $mod,
    divmod: $divmod, and: $and, or: $or, xor: $xor, lshift: $lshift, rshift: $rshift };
  const t = {};
  for (const n of names) {
    t[`__${n}__`] = binary(accepts, ops[n]);
    t[`__r${n}__`] = reflected(accepts, ops[n]);
  }
  return t;
}

function power(accepts, intsOnlyMod) {
  return {
    __pow__: (s, o, m = null) => {
      if (!accepts(o)) return NotImplemented;
      if (m === null) return $pow(s, o);
      if (!intsOnlyMod || !isInt(m)) return NotImplemented;
      return $pow(s, o, m);
    },
    __rpow__: (s, o, m = null) => (accepts(o) && m === null ? $pow(o, s) : NotImplemented),
  };
}

const unary = {
  __neg__: (s) => $neg(s), __pos__: (s) => $pos(s), __abs__: (s) => $abs(s),
  __bool__: (s) => $truthy(s),
};
const asInt = (s) => (typeof s === "boolean" ? +s : s);
const floatVal = (s) => (s instanceof Float ? s.$v : s);

// len() of a builtin container (builtins.js's `len` imports this module).
function size(s) {
  if (typeof s === "string") return cp_len(s);
  return Array.isArray(s) ? s.length : s.__len__();
}

// Container protocol: len/iter/in/[]; `mutable` adds item assignment and deletion.
function container(mutable) {
  const t = {
    __len__: (s) => size(s), __iter__: (s) => iter(s), __contains__: (s, x) => $in(x, s),
    __getitem__: (s, k) => $getitem(s, k),
  };
  if (mutable) {
    t.__setitem__ = (s, k, v) => { $setitem(s, k, v); return null; };
    t.__delitem__ = (s, k) => { $delitem(s, k); return null; };
  }
  return t;
}

function sequence(accepts, tn, mutable, hashable) {
  return {
    ...common(accepts, accepts, hashable),
    ...container(mutable),
    __add__: concat(tn === "bytes" ? is_bytes : accepts, tn),
    __mul__: repeat($mul), __rmul__: repeat($mul),
  };
}

function setType(mutable) {
  const t = {
    ...common(isSetLike, isSetLike, !mutable),
    ...container(false),
    ...arithmetic(isSetLike, ["and", "or", "sub", "xor"]),
  };
  delete t.__getitem__;
  if (mutable) {
    t.__iand__ = binary(isSetLike, $iand);
    t.__ior__ = binary(isSetLike, $ior);
    t.__isub__ = binary(isSetLike, $isub);
    t.__ixor__ = binary(isSetLike, $ixor);
  }
  return t;
}

// Built on first use: only programs that read a builtin value's dunder pay for the tables.
let TABLES = null;
function tables() {
  if (TABLES === null) TABLES = makeTables();
  return TABLES;
}

function makeTables() {
  const INT = {
    ...common(isInt, isInt),
    ...arithmetic(isInt, ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "and", "or", "xor", "lshift", "rshift"]),
    ...power(isInt, true),
    ...unary,
    __invert__: (s) => $invert(s),
    __int__: asInt, __index__: asInt, __trunc__: asInt, __floor__: asInt, __ceil__: asInt,
    __float__: (s) => $fbox($to_float(s)),
    __round__: (s, n = null) => (n === null ? asInt(s) : round(s, n)),
  };

  const FLOAT = {
    ...common(isReal, isReal),
    ...arithmetic(isReal, ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod"]),
    ...power(isReal, false),
    ...unary,
    __int__: (s) => $to_int(s), __trunc__: (s) => $to_int(s),
    __floor__: (s) => $to_int(Math.floor(floatVal(s))), __ceil__: (s) => $to_int(Math.ceil(floatVal(s))),
    __float__: (s) => s,
    __round__: (s, n = null) => round(s, n),
  };

  const COMPLEX = {
    ...common(isNum, never),
    ...arithmetic(isNum, ["add", "sub", "mul", "truediv"]),
    ...power(isNum, false),
    ...unary,
    __complex__: (s) => s,
  };

  const STR = {
    ...sequence(is_str, "str", false, true),
    __mod__: (s, a) => $mod(s, a),
    __rmod__: reflected(is_str, $mod),
  };

  const BYTES = {
    ...sequence(isExactBytes, "bytes", false, true),
    __mod__: (s, a) => $mod(s, a),
    __rmod__: reflected(isExactBytes, $mod),
    __bytes__: (s) => s,
  };

  const LIST = {
    ...sequence(is_list, "list", true, false),
    __iadd__: (s, o) => $iadd(s, o),
    __imul__: repeat($imul),
    __reversed__: (s) => reversed(s),
  };

  const TUPLE = sequence(is_tuple, "tuple", false, true);

  const DICT = {
    ...common(is_dict, never, false),
    ...container(true),
    __or__: binary(is_dict, $or), __ror__: reflected(is_dict, $or),
    __ior__: (s, o) => { s.update(o); return s; },
    __reversed__: (s) => reversed(s),
  };

  const RANGE = {
    ...common(isRange, never),
    ...container(false),
    __bool__: (s) => $truthy(s),
    __reversed__: (s) => reversed(s),
  };

  const NONE = {
    ...common((o) => o === null || o === undefined, never),
    __bool__: () => false,
  };

  return new Map([
    [int, INT], [bool, INT], [float, FLOAT], [complex, COMPLEX], [str, STR], [bytes, BYTES],
    [list, LIST], [tuple, TUPLE], [dict, DICT], [set, setType(true)], [frozenset, setType(false)],
    [range, RANGE], [NoneType, NONE],
  ]);
}

// The builtin type object of a builtin value (exact type: a subclass instance is not one).
function builtinType(o) {
  switch (typeof o) {
    case "boolean": return bool;
    case "number": return Number.isInteger(o) ? int : float;
    case "bigint": return int;
    case "string": return str;
    case "undefined": return NoneType;
    case "object": break;
    default: return undefined;
  }
  if (o === null) return NoneType;
  switch (o.constructor) {
    case Array: return list;
    case Tuple: return tuple;
    case Float: return float;
    case Dict: return dict;
    case PySet: return set;
    case FrozenSet: return frozenset;
    case Bytes: return bytes;
    case PyRange: return range;
    case Complex: return complex;
  }
  return undefined;
}

// `getattr(o, name)` for a dunder of a builtin value: the bound method, null for
// `__hash__ = None`, MISSING when the type has no such dunder; undefined when `o` is
// not a builtin value or `name` not a type dunder (the caller's lookup decides).
export function $typedunder(o, name, MISSING) {
  if (!TYPE_DUNDERS.has(name)) return undefined;
  const T = typeof o === "function" && o.$isType === true && tables().has(o) ? o : null;
  if (T !== null) return unboundDunder(T, name, MISSING);
  const B = builtinType(o);
  if (B === undefined) return undefined;
  const fn = tables().get(B)[name];
  if (fn === undefined) return MISSING;
  return fn === null ? null : bound_builtin(fn, o, name);
}

// `int.__add__`: a function of the instance and the operands, checking the instance.
function unboundDunder(T, name, MISSING) {
  const fn = tables().get(T)[name];
  if (fn === undefined) return typeMethod(T, name, MISSING);
  if (fn === null) return null;
  const u = (self, ...a) => {
    if (self === undefined && a.length === 0) {
      throw new PyTypeError(`descriptor '${name}' of '${T.__name__}' object needs an argument`);
    }
    if (!T.$isinst(self)) {
      throw new PyTypeError(`descriptor '${name}' requires a '${T.__name__}' object but received a '${type_name(self)}'`);
    }
    return fn(self, ...a);
  };
  u.__name__ = name;
  u.__qualname__ = `${T.__name__}.${name}`;
  u.$builtin = true;
  return u;
}

// The metaclass's dunders a builtin type object has itself: `int.__call__`, `int | None`.
function typeMethod(T, name, MISSING) {
  const TYPE_METHODS = {
    __call__: (...a) => T(...a),
    __or__: (o) => $or(T, o),
    __ror__: (o) => $or(o, T),
  };
  const fn = Object.hasOwn(TYPE_METHODS, name) ? TYPE_METHODS[name] : undefined;
  return fn === undefined ? MISSING : bound_builtin(fn, T, name);
}
