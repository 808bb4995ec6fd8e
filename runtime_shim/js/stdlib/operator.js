// operator: the operators as functions, plus itemgetter / attrgetter / methodcaller.
import { $add, $sub, $mul, $truediv, $floordiv, $mod, $pow, $neg, $pos, $and, $or, $xor, $invert, $lshift, $rshift, abs as $abs } from "../builtins/arith.js";
import { $lt, $le, $gt, $ge } from "../builtins/compare.js";
import { $eq, $ne } from "../builtins/equality.js";
import { $iadd, $isub, $imul, $itruediv, $ifloordiv, $imod, $ipow, $iand, $ior, $ixor, $ilshift, $irshift, $matmul, $imatmul } from "../builtins/arith.js";
import { $truthy } from "../builtins/truthy.js";
import { $in } from "../builtins/ops.js";
import { $getitem, $setitem, $delitem } from "../builtins/items.js";
import { $call } from "../builtins/call.js";
import { $getattr } from "../builtins/builtins.js";
import { Tuple } from "../builtins/tuple.js";

export const add = (a, b) => $add(a, b);
export const sub = (a, b) => $sub(a, b);
export const mul = (a, b) => $mul(a, b);
export const truediv = (a, b) => $truediv(a, b);
export const floordiv = (a, b) => $floordiv(a, b);
export const mod = (a, b) => $mod(a, b);
export const pow = (a, b) => $pow(a, b);
export const neg = (a) => $neg(a);
export const pos = (a) => $pos(a);
export const abs = (a) => $abs(a);
export const and_ = (a, b) => $and(a, b);
export const or_ = (a, b) => $or(a, b);
export const xor = (a, b) => $xor(a, b);
export const invert = (a) => $invert(a);
export const inv = invert;
export const lshift = (a, b) => $lshift(a, b);
export const rshift = (a, b) => $rshift(a, b);
export const concat = (a, b) => $add(a, b);
export const eq = (a, b) => $eq(a, b);
export const ne = (a, b) => $ne(a, b);
export const lt = (a, b) => $lt(a, b);
export const le = (a, b) => $le(a, b);
export const gt = (a, b) => $gt(a, b);
export const ge = (a, b) => $ge(a, b);
export const not_ = (a) => !$truthy(a);
export const truth = (a) => $truthy(a);
export const is_ = (a, b) => a === b || (a == null && b == null);
export const is_not = (a, b) => !is_(a, b);
export const contains = (a, b) => $in(b, a);
export const matmul = (a, b) => $matmul(a, b);
// In-place forms: mutate a mutable left operand (list +=) and return the result.
export const iadd = (a, b) => $iadd(a, b);
export const isub = (a, b) => $isub(a, b);
export const imul = (a, b) => $imul(a, b);
export const itruediv = (a, b) => $itruediv(a, b);
export const ifloordiv = (a, b) => $ifloordiv(a, b);
export const imod = (a, b) => $imod(a, b);
export const ipow = (a, b) => $ipow(a, b);
export const iand = (a, b) => $iand(a, b);
export const ior = (a, b) => $ior(a, b);
export const ixor = (a, b) => $ixor(a, b);
export const ilshift = (a, b) => $ilshift(a, b);
export const irshift = (a, b) => $irshift(a, b);
export const imatmul = (a, b) => $imatmul(a, b);
export const iconcat = (a, b) => $iadd(a, b);
export const getitem = (a, b) => $getitem(a, b);
export const setitem = (a, b, c) => { $setitem(a, b, c); return null; };
export const delitem = (a, b) => { $delitem(a, b); return null; };
export const index = (a) => a;

export function itemgetter(...items) {
  if (items.length === 1) return (obj) => $getitem(obj, items[0]);
  return (obj) => Tuple.from(items.map((k) => $getitem(obj, k)));
}

function getPath(obj, path) {
  for (const part of path.split(".")) obj = $getattr(obj, part);
  return obj;
}

export function attrgetter(...names) {
  if (names.length === 1) return (obj) => getPath(obj, names[0]);
  return (obj) => Tuple.from(names.map((n) => getPath(obj, n)));
}

export function methodcaller(name, ...args) {
  return (obj) => $call($getattr(obj, name), args, null);
}
