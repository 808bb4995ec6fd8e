// Attributes and methods of int/float/bool values (JS numbers and booleans): `n.real`,
// `n.to_bytes(...)`, `int.from_bytes(...)`, `x.hex()`, `float.fromhex(...)`.
import { Bytes } from "./bytes.js";
import { AttributeError, OverflowError, PyTypeError, ValueError } from "./exceptions.js";
import { KW } from "./kw.js";
import { Tuple } from "./tuple.js";
import { $fbox } from "./floatbox.js";
import { $truthy } from "./truthy.js";
import { $iter } from "./iter.js";
import { $big, $norm, bit_length } from "./bigint.js";

// Positional values of `names` plus keyword-only values of `kwonly` from an argument list.
function args(a, fname, names, kwonly) {
  const kw = a.length && a[a.length - 1] instanceof KW ? a.pop().o : null;
  if (a.length > names.length) {
    throw new PyTypeError(`${fname}() takes at most ${names.length} positional arguments (${a.length} given)`);
  }
  const out = {};
  names.forEach((n, i) => { out[n] = a[i]; });
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      if (!names.includes(k) && !kwonly.includes(k)) {
        throw new PyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
      }
      if (out[k] !== undefined) throw new PyTypeError(`argument for ${fname}() given by name ('${k}') and position`);
      out[k] = kw[k];
    }
  }
  return out;
}

function byteorderOf(v) {
  if (v === undefined) return "big";
  if (v !== "big" && v !== "little") throw new ValueError("byteorder must be either 'little' or 'big'");
  return v;
}

export function int_to_bytes(n, ...a) {
  const o = args(a, "to_bytes", ["length", "byteorder"], ["signed"]);
  const length = o.length === undefined ? 1 : o.length;
  const order = byteorderOf(o.byteorder);
  const signed = o.signed !== undefined && $truthy(o.signed);
  if (length < 0) throw new ValueError("length argument must be non-negative");
  let v = $big(n);
  const bits = BigInt(8 * length);
  if (!signed && v < 0n) throw new OverflowError("can't convert negative int to unsigned");
  const limit = signed ? 1n << (bits - 1n) : 1n << bits;
  if ((signed && (v < -limit || v >= limit)) || (!signed && v >= limit) || (length === 0 && v !== 0n)) {
    throw new OverflowError("int too big to convert");
  }
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const b = Number((v >> BigInt(8 * i)) & 0xffn);
    out[order === "little" ? i : length - 1 - i] = b;
  }
  return new Bytes(out);
}

export function int_from_bytes(...a) {
  const o = args(a, "from_bytes", ["bytes", "byteorder"], ["signed"]);
  if (o.bytes === undefined) throw new PyTypeError("from_bytes() missing required argument 'bytes' (pos 1)");
  const order = byteorderOf(o.byteorder);
  const signed = o.signed !== undefined && $truthy(o.signed);
  const data = o.bytes instanceof Bytes ? Array.from(o.bytes.$u8) : Array.from($iter(o.bytes));
  if (order === "little") data.reverse();
  let v = 0n;
  for (const b of data) v = (v << 8n) | BigInt(b);
  if (signed && data.length && data[0] >= 0x80) v -= 1n << BigInt(8 * data.length);
  return $norm(v);
}

// float.hex(): CPython's exact hexadecimal form.
export function float_hex(x) {
  x = +x;
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const sign = hi >>> 31 ? "-" : "";
  const exp = (hi >>> 20) & 0x7ff;
  const mant = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  if (exp === 0) {
    if (/^0+$/.test(mant)) return `${sign}0x0.0p+0`;
    return `${sign}0x0.${mant}p-1022`;
  }
  const e = exp - 1023;
  return `${sign}0x1.${mant}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

export function float_fromhex(s) {
  if (typeof s !== "string") throw new PyTypeError("must be str, not " + typeof s);
  const t = s.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (special) return special[2] === "nan" ? NaN : (special[1] === "-" ? -Infinity : Infinity);
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(t);
  if (!m || (m[2] === "" && (m[3] === undefined || m[3] === ""))) {
    throw new ValueError("invalid hexadecimal floating-point string");
  }
  const frac = m[3] || "";
  const digits = BigInt("0x" + ((m[2] || "") + frac || "0"));
  let e = (m[4] ? parseInt(m[4], 10) : 0) - 4 * frac.length;
  // Scale in steps so intermediate powers of two stay finite.
  let v = Number(digits);
  while (e > 0) { const k = Math.min(e, 1000); v *= 2 ** k; e -= k; }
  while (e < 0) { const k = Math.min(-e, 1000); v /= 2 ** k; e += k; }
  if (v === Infinity) throw new OverflowError("hexadecimal value too large to represent as a float");
  return m[1] === "-" ? -v : v;
}

function bitLength(n) {
  if (typeof n === "bigint") return bit_length(n);
  let v = Math.abs(n), bits = 0;
  while (v >= 1) { v = Math.floor(v / 2); bits++; }
  return bits;
}
function bitCount(n) {
  if (typeof n === "bigint") { let c = 0; for (const d of (n < 0n ? -n : n).toString(2)) c += d === "1" ? 1 : 0; return c; }
  let v = Math.abs(n), c = 0;
  while (v >= 1) { c += v % 2; v = Math.floor(v / 2); }
  return c;
}
// An int receiver's value: a bool as its number, a number or BigInt unchanged.
function iv(x) { return typeof x === "boolean" ? +x : x; }
function ratio(n) {
  if (typeof n === "bigint") return Tuple.of(n, 1);
  if (n !== n) throw new ValueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(n)) throw new OverflowError("cannot convert Infinity to integer ratio");
  if (Number.isInteger(n)) return Tuple.of(n + 0, 1);
  let d = 1, v = n;
  while (!Number.isInteger(v)) { v *= 2; d *= 2; }
  return Tuple.of(v, d);
}

// The methods of int (and bool) and of float values (Python 3.11), receiver first.
const INT_METHODS = {
  bit_length: (x) => bitLength(iv(x)),
  bit_count: (x) => bitCount(iv(x)),
  conjugate: (x) => iv(x),
  as_integer_ratio: (x) => ratio(iv(x)),
  to_bytes: (x, ...a) => int_to_bytes(iv(x), ...a),
};
const FLOAT_METHODS = {
  is_integer: (x) => Number.isInteger(+x),
  conjugate: (x) => x,
  as_integer_ratio: (x) => ratio(+x),
  hex: (x) => float_hex(+x),
};

// "bool", "int" or "float" (a Float box or a non-integral number).
function kindOf(x) {
  if (typeof x === "boolean") return "bool";
  return typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x)) ? "int" : "float";
}

function methodsOf(x) {
  return kindOf(x) === "float" ? FLOAT_METHODS : INT_METHODS;
}

function own(table, name) {
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

// `x.name` for a number or bool `x` (raw, or a Float box): a value, a bound method, or
// undefined when missing.
export function num_attr(x, name) {
  const float = kindOf(x) === "float";
  switch (name) {
    case "real": return float ? x : iv(x);
    case "imag": return float ? $fbox(0) : 0;
    case "numerator": return float ? undefined : iv(x);
    case "denominator": return float ? undefined : 1;
  }
  const m = own(methodsOf(x), name);
  if (m === undefined) return undefined;
  const b = (...a) => m(x, ...a);
  b.__self__ = x;
  b.__name__ = name;
  b.$builtin = true;
  return b;
}

// A number method called by name (`x.to_bytes(...)` on a receiver of unknown type).
export function num_method(x, name, a) {
  const m = own(methodsOf(x), name);
  if (m === undefined) throw new AttributeError(`'${kindOf(x)}' object has no attribute '${name}'`);
  return m(x, ...a);
}
