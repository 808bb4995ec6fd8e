// `x.__len__()` and friends called explicitly: user objects answer with their own
// method; builtin values (str, list, numbers...) get the operation Python maps it to.
import { $isint } from "../builtins/floatbox.js";
import { len, getattr } from "../builtins/builtins.js";
import { js_key } from "../builtins/attrkey.js";
import { $getitem, $setitem, $delitem } from "../builtins/items.js";
import { $in } from "../builtins/ops.js";
import { iter, next } from "../builtins/iter.js";
import { $str, repr } from "../builtins/repr.js";
import { $lt, $le, $gt, $ge } from "../builtins/compare.js";
import { $eq, $ne, NotImplemented } from "../builtins/equality.js";
import { $add, $sub, $mul, $truediv, $floordiv, $mod, $pow, $and, $or, $xor, $lshift, $rshift, $neg, $pos, $invert, $abs as abs, $divmod as divmod } from "../builtins/arith.js";
import { round } from "../builtins/numeric.js";
import { $truthy } from "../builtins/truthy.js";
import { hash } from "../builtins/hashing.js";
import { format } from "../builtins/format.js";
import { AttributeError, PyTypeError } from "../builtins/exceptions.js";
import { type_name } from "../builtins/object.js";
import { $typedunder } from "../builtins/typedunders.js";

const OPERATIONS = {
  __len__: (o) => len(o),
  __getitem__: (o, k) => $getitem(o, k),
  __setitem__: (o, k, v) => { $setitem(o, k, v); return null; },
  __delitem__: (o, k) => { $delitem(o, k); return null; },
  __contains__: (o, x) => $in(x, o),
  __iter__: (o) => iter(o),
  __next__: (o) => next(o),
  __str__: (o) => $str(o),
  __repr__: (o) => repr(o),
  __hash__: (o) => hash(o),
  __bool__: (o) => $truthy(o),
  __format__: (o, spec) => format(o, spec),
  __eq__: (o, x) => $eq(o, x),
  __ne__: (o, x) => $ne(o, x),
  __lt__: (o, x) => $lt(o, x),
  __le__: (o, x) => $le(o, x),
  __gt__: (o, x) => $gt(o, x),
  __ge__: (o, x) => $ge(o, x),
  __add__: (o, x) => $add(o, x),
  __sub__: (o, x) => $sub(o, x),
  __mul__: (o, x) => $mul(o, x),
  __truediv__: (o, x) => $truediv(o, x),
  __floordiv__: (o, x) => $floordiv(o, x),
  __mod__: (o, x) => $mod(o, x),
  __pow__: (o, x) => $pow(o, x),
  __and__: (o, x) => $and(o, x),
  __or__: (o, x) => $or(o, x),
  __xor__: (o, x) => $xor(o, x),
  __lshift__: (o, x) => $lshift(o, x),
  __rshift__: (o, x) => $rshift(o, x),
  __neg__: (o) => $neg(o),
  __pos__: (o) => $pos(o),
  __invert__: (o) => $invert(o),
  __abs__: (o) => abs(o),
  __divmod__: (o, x) => divmod(o, x),
  __round__: (o, ...n) => round(o, ...n),
  __sizeof__: (o) => sizeof(o),
};

// CPython's sizes: an int has a 24-byte header plus 4 bytes per 30-bit digit; a float is 24.
function sizeof(o) {
  if (typeof o === "boolean") o = +o;
  if (typeof o !== "number") throw new AttributeError(`'${type_name(o)}' object has no attribute '__sizeof__'`);
  if (!Number.isInteger(o)) return 24;
  let digits = 0;
  for (let v = Math.abs(o); v >= 1; v = Math.floor(v / 2 ** 30)) digits++;
  return 24 + 4 * Math.max(digits, 1);
}

const MISSING = {};

// A builtin value's (or type's) dunder from typedunders.js's tables: a function, null
// (`[].__hash__` is None), undefined for other values and names.
function typeDunder(o, name) {
  const d = $typedunder(o, name, MISSING);
  if (d === MISSING) {
    throw new AttributeError(typeof o === "function"
      ? `type object '${o.__name__}' has no attribute '${name}'`
      : `'${type_name(o)}' object has no attribute '${name}'`);
  }
  return d;
}

export function $dunder(o, name, ...args) {
  const own = typeDunder(o, name);
  if (own !== undefined) {
    if (own === null) throw new PyTypeError("'NoneType' object is not callable");
    return own(...args);
  }
  const key = js_key(name); // `__proto__`
  if (o !== null && o !== undefined && (typeof o === "object" || typeof o === "function") && typeof o[key] === "function") {
    return o[key](...args);
  }
  const op = OPERATIONS[name];
  if (op === undefined) throw new AttributeError(`'${type_name(o)}' object has no attribute '${name}'`);
  // int's binary dunders do not know floats: `(5).__eq__(5.0)` is NotImplemented (the
  // operator then asks float's reflected method).
  if (args.length === 1 && $isint(o) && BINARY.has(name) && !$isint(args[0])) return NotImplemented;
  return op(o, ...args);
}

// `it.__next__` read as a value (`nxt = iter(xs).__next__`, as heapq.merge does): the
// object's own method, bound; for a builtin value, a function doing the operation.
export function $dunderattr(o, name) {
  const builtin = typeDunder(o, name);
  if (builtin !== undefined) return builtin;
  const key = js_key(name);
  const own = o !== null && o !== undefined && (typeof o === "object" || typeof o === "function") && o[key] !== undefined;
  if (own || OPERATIONS[name] === undefined) return getattr(o, name);
  const method = (...args) => $dunder(o, name, ...args);
  method.__self__ = o; // (heapq.merge resumes with `yield from next.__self__`)
  return method;
}

const BINARY = new Set([
  "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__sub__", "__mul__",
  "__truediv__", "__floordiv__", "__mod__", "__pow__", "__and__", "__or__", "__xor__",
  "__lshift__", "__rshift__", "__divmod__",
]);
