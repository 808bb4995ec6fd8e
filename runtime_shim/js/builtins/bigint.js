// Big ints: the slow path of Python's arbitrary-precision int.
//
// An int is a JS number while it is a safe integer (|x| <= 2**53 - 1) and a JS BigInt
// beyond; every result goes through `$norm`, so each value has one form and `===`, Map
// keys and hashing keep working (docs/design.md, "Value representation"). The fast
// paths (arith.js, compiled `+ - *`) stay on numbers and call here only when a result
// leaves the safe range or an operand already is a BigInt. Every function here takes
// ints in either form (or bools) and returns a normalised int or a JS number for a
// float, so a worker that never overflows runs none of it.
import { ZeroDivisionError, ValueError, OverflowError } from "./exceptions.js";

const MAX_SAFE = 9007199254740991n;

// A BigInt as a canonical int: a number when it is safe.
export function $norm(b) {
  return b >= -MAX_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

// An int (number, BigInt or bool) as a BigInt.
export function $big(x) {
  return typeof x === "bigint" ? x : BigInt(+x);
}

export function int_add(a, b) { return $norm($big(a) + $big(b)); }
export function int_sub(a, b) { return $norm($big(a) - $big(b)); }
export function int_mul(a, b) { return $norm($big(a) * $big(b)); }
export function int_neg(a) { return $norm(-$big(a)); }
export function int_abs(a) { const b = $big(a); return $norm(b < 0n ? -b : b); }
export function int_invert(a) { return $norm(-$big(a) - 1n); }
export function int_and(a, b) { return $norm($big(a) & $big(b)); }
export function int_or(a, b) { return $norm($big(a) | $big(b)); }
export function int_xor(a, b) { return $norm($big(a) ^ $big(b)); }

function divisor(b, msg) {
  const d = $big(b);
  if (d === 0n) throw new ZeroDivisionError(msg);
  return d;
}

// Floor division and modulo (BigInt `/` and `%` truncate toward zero).
export function int_floordiv(a, b) {
  const n = $big(a), d = divisor(b, "integer division or modulo by zero");
  const q = n / d;
  return $norm(n % d !== 0n && (n < 0n) !== (d < 0n) ? q - 1n : q);
}
export function int_mod(a, b) {
  const n = $big(a), d = divisor(b, "integer modulo by zero");
  const r = n % d;
  return $norm(r !== 0n && (r < 0n) !== (d < 0n) ? r + d : r);
}

// int ** non-negative int.
export function int_pow(a, b) {
  const e = $big(b), base = $big(a);
  if (e > 0xffffffffn && base !== 0n && base !== 1n && base !== -1n) {
    throw new OverflowError("exponent too large"); // CPython would run out of memory
  }
  return $norm(base ** e);
}

// pow(a, b, m) for ints (b may be negative: the modular inverse).
export function int_powmod(a, b, m) {
  let M = $big(m);
  if (M === 0n) throw new ValueError("pow() 3rd argument cannot be 0");
  let base = $big(a), e = $big(b);
  const neg = M < 0n;
  if (neg) M = -M;
  base = ((base % M) + M) % M;
  if (e < 0n) {
    base = modInverse(base, M);
    e = -e;
  }
  let r = 1n % M;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % M;
    base = (base * base) % M;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= M;
  return $norm(r);
}

function modInverse(a, m) {
  let x0 = 1n, x1 = 0n, b = m;
  while (b) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [x0, x1] = [x1, x0 - q * x1];
  }
  if (a !== 1n) throw new ValueError("base is not invertible for the given modulus");
  return ((x0 % m) + m) % m;
}

function shiftCount(b) {
  const n = $big(b);
  if (n < 0n) throw new ValueError("negative shift count");
  return n;
}
export function int_lshift(a, b) {
  const x = $big(a), n = shiftCount(b);
  if (x === 0n) return 0;
  if (n > 0xffffffffn) throw new OverflowError("too many digits in integer");
  return $norm(x << n);
}
export function int_rshift(a, b) {
  const x = $big(a), n = shiftCount(b);
  if (n > 0xffffffffn) return x < 0n ? -1 : 0;
  return $norm(x >> n);
}

export function bit_length(a) {
  const b = $big(a);
  return b === 0n ? 0 : (b < 0n ? -b : b).toString(2).length;
}

// float(int): correctly rounded (ECMAScript rounds BigInt to Number to nearest, ties
// to even), OverflowError beyond the largest float, as CPython.
export function int_tofloat(x) {
  if (typeof x !== "bigint") return +x;
  const r = Number(x);
  if (r === Infinity || r === -Infinity) throw new OverflowError("int too large to convert to float");
  return r;
}

// int(x) of an integral JS number beyond the safe range (`int(1e300)` is exact).
export function int_from_float(x) {
  return $norm(BigInt(x));
}

// True division of two ints, correctly rounded like CPython's long_true_divide (the
// quotient is computed to 55+ bits with a sticky bit, then rounded once).
export function int_truediv(a, b) {
  let n = $big(a), d = $big(b);
  if (d === 0n) throw new ZeroDivisionError("division by zero");
  const neg = (n < 0n) !== (d < 0n);
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  let r;
  if (n <= 9007199254740992n && d <= 9007199254740992n) {
    r = Number(n) / Number(d); // both exact doubles: one rounding
  } else {
    const gap = bit_length(n) - bit_length(d);
    let s = 55 - gap;
    if (s > 1074) {
      // the result is below 2**-1021: round to a multiple of 2**-1074 (subnormal)
      const num = n << 1074n;
      let q = num / d;
      const twice = 2n * (num % d);
      if (twice > d || (twice === d && (q & 1n) === 1n)) q += 1n;
      r = Number(q) * 2 ** -1074;
    } else {
      const num = s >= 0 ? n << BigInt(s) : n, den = s >= 0 ? d : d << BigInt(-s);
      let q = num / den;
      if (num % den !== 0n) q |= 1n; // sticky bit: the quotient has 55+ bits
      r = Number(q);
      while (s > 0) { const k = s > 1000 ? 1000 : s; r *= 2 ** -k; s -= k; }
      while (s < 0 && r !== Infinity) { const k = -s > 1000 ? 1000 : -s; r *= 2 ** k; s += k; }
    }
    if (r === Infinity) throw new OverflowError("integer division result too large for a float");
  }
  return neg ? -r : r;
}

const P = 2305843009213693951n; // 2**61 - 1, CPython's hash modulus

// hash(int) as CPython computes it, as a BigInt.
export function int_hash_exact(x) {
  const b = $big(x);
  const m = (b < 0n ? -b : b) % P;
  const h = b < 0n ? -m : m;
  return h === -1n ? -2n : h;
}

// int(s, base) of a digit string too long for a double (`digits` is lower case, valid).
export function parse_big(digits, base) {
  if (base === 10) return $norm(BigInt(digits));
  if (base === 16 || base === 8 || base === 2) {
    return $norm(BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + digits));
  }
  const B = BigInt(base);
  let v = 0n;
  for (let i = 0; i < digits.length; i++) v = v * B + BigInt(parseInt(digits[i], base));
  return $norm(v);
}

// The integer square root of a non-negative int (Newton's method on BigInts).
export function int_isqrt(a) {
  const n = $big(a);
  if (n < 2n) return $norm(n);
  let x = 1n << BigInt(Math.ceil(bit_length(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return $norm(x);
    x = y;
  }
}

export function int_gcd(a, b) {
  let x = $big(a), y = $big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) [x, y] = [y, x % y];
  return $norm(x);
}
