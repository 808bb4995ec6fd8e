// Membership, and re-exports so `ops.js` is the one-stop module for operators.
import { PyTypeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { $eq } from "./equality.js";
import { $truthy } from "./truthy.js";
import { $iter } from "./iter.js";
import { $issub } from "./unsub.js";

export { $truthy, $not } from "./truthy.js";
export { $lt, $le, $gt, $ge } from "./compare.js";
export { $eq, $ne, $is, $isnot, NotImplemented } from "./equality.js";
export {
  $add, $sub, $mul, $truediv, $floordiv, $mod, $pow, $neg, $pos, $invert, $lshift, $rshift,
  $and, $or, $xor, $abs, $matmul, $divmod, $iadd, $isub, $imul, $itruediv, $ifloordiv, $imod,
  $ipow, $imatmul, $iand, $ior, $ixor, $ilshift, $irshift, $addi, $subi, $muli, $i2f,
} from "./arith.js";

// `x in c`
export function $in(x, c) {
  if (typeof c === "string") {
    if ($issub(x)) x = x.$v; // an instance of a str subclass
    if (typeof x !== "string") {
      throw new PyTypeError(`'in <string>' requires string as left operand, not ${type_name(x)}`);
    }
    return c.includes(x);
  }
  if (Array.isArray(c)) {
    if (typeof x === "string" || typeof x === "number") {
      return c.includes(x) || c.some((y) => y !== null && typeof y !== typeof x && $eq(x, y));
    }
    for (let i = 0; i < c.length; i++) {
      const y = c[i];
      if (x === y || $eq(x, y)) return true;
    }
    return false;
  }
  if (c !== null && typeof c === "object") {
    if (typeof c.__contains__ === "function") return $truthy(c.__contains__(x));
    if (c instanceof Uint8Array) return c.includes(x);
    if (typeof c.__iter__ === "function" || typeof c[Symbol.iterator] === "function" || typeof c.__getitem__ === "function") {
      for (const y of $iter(c)) if (x === y || $eq(x, y)) return true;
      return false;
    }
  }
  // A class whose metaclass defines __contains__ (Enum: `member in Color`).
  if (typeof c === "function" && typeof c.__contains__ === "function") return $truthy(c.__contains__(x));
  throw new PyTypeError(`argument of type '${type_name(c)}' is not iterable`);
}

// `x not in c`
export function $notin(x, c) {
  return !$in(x, c);
}
