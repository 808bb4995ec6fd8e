// printf-style `str % args` formatting.
import { PyTypeError, ValueError, OverflowError } from "./exceptions.js";
import { type_name } from "./object.js";
import { $repr, $str, ascii } from "./repr.js";
import { fixed_abs, sci_abs, general_abs, int_digits } from "./numfmt.js";
import { Float } from "./floatbox.js";
import { int_tofloat } from "./bigint.js";

function isTup(x) { return Array.isArray(x) && x.constructor.$pyname === "tuple"; }
function is_mapping(x) {
  return x !== null && typeof x === "object" && !Array.isArray(x) && typeof x.__getitem__ === "function" &&
    typeof x !== "string";
}

function toNumber(v, conv) {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return +v;
  if (typeof v === "bigint") return "diouxXc".includes(conv) ? v : int_tofloat(v); // a big int
  if (v instanceof Float) {
    if ("xXoc".includes(conv)) throw new PyTypeError(`%${conv} format: an integer is required, not float`);
    return v.$v;
  }
  if (v !== null && typeof v === "object") {
    if (typeof v.__index__ === "function") return v.__index__();
    if ("diouxXc".includes(conv) && typeof v.__int__ === "function") return v.__int__();
    if (typeof v.__float__ === "function") return v.__float__();
  }
  if ("xXoc".includes(conv)) {
    throw new PyTypeError(`%${conv} format: an integer is required, not ${type_name(v)}`);
  }
  if ("eEfFgG".includes(conv)) throw new PyTypeError(`must be real number, not ${type_name(v)}`);
  throw new PyTypeError(`%${conv} format: a real number is required, not ${type_name(v)}`);
}

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?([diouxXeEfFgGcrsa%])?/g;

export function printf(fmt, args) {
  const mapping = is_mapping(args) && !isTup(args) ? args : null;
  const list = isTup(args) ? args : [args];
  let ai = 0;
  const next = () => {
    if (ai >= list.length) throw new PyTypeError("not enough arguments for format string");
    return list[ai++];
  };
  let out = "";
  let last = 0;
  SPEC.lastIndex = 0;
  let m;
  while ((m = SPEC.exec(fmt)) !== null) {
    out += fmt.slice(last, m.index);
    last = SPEC.lastIndex;
    let [, key, flags, width, prec, conv] = m;
    if (conv === undefined) {
      if (last >= fmt.length) throw new ValueError("incomplete format");
      throw new ValueError(`unsupported format character '${fmt[last]}' (0x${fmt.codePointAt(last).toString(16)}) at index ${last}`);
    }
    if (conv === "%" && key === undefined && !flags && width === undefined && prec === undefined) {
      out += "%";
      continue;
    }
    let v;
    if (width === "*") width = toNumber(next(), "*");
    else width = width === undefined ? 0 : +width;
    if (prec === "*") prec = toNumber(next(), "*");
    else prec = prec === undefined ? -1 : prec === "" ? 0 : +prec;
    if (conv === "%") { out += "%"; continue; }
    if (key !== undefined) {
      if (mapping === null) throw new PyTypeError("format requires a mapping");
      v = mapping.__getitem__(key);
    } else {
      v = next();
    }
    let left = flags.includes("-");
    if (width < 0) { left = true; width = -width; }
    const zero = flags.includes("0") && !left;
    const plus = flags.includes("+"), space = flags.includes(" "), alt = flags.includes("#");
    let sign = "", body;
    switch (conv) {
      case "s": body = $str(v); if (prec >= 0) body = Array.from(body).slice(0, prec).join(""); break;
      case "r": body = $repr(v); if (prec >= 0) body = Array.from(body).slice(0, prec).join(""); break;
      case "a": body = ascii(v); if (prec >= 0) body = Array.from(body).slice(0, prec).join(""); break;
      case "c":
        if (typeof v === "string") {
          if (Array.from(v).length !== 1) throw new PyTypeError(`%c requires int or char`);
          body = v;
        } else {
          if (typeof v === "bigint") throw new OverflowError("%c arg not in range(0x110000)");
          if (typeof v !== "number" && typeof v !== "boolean") throw new PyTypeError(`%c requires int or char`);
          const n = +v;
          if (!Number.isInteger(n)) throw new PyTypeError(`%c requires int or char`);
          if (n < 0 || n > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
          body = String.fromCodePoint(n);
        }
        break;
      case "d": case "i": case "u": case "o": case "x": case "X": {
        let n = toNumber(v, conv);
        if (typeof n !== "bigint" && !Number.isInteger(n)) {
          if ("oxX".includes(conv)) throw new PyTypeError(`%${conv} format: an integer is required, not float`);
          if (n !== n) throw new ValueError("cannot convert float NaN to integer");
          if (!Number.isFinite(n)) throw new OverflowError("cannot convert float infinity to integer");
          n = Math.trunc(n);
        }
        const neg = n < 0;
        const base = conv === "o" ? 8 : conv === "x" || conv === "X" ? 16 : 10;
        body = int_digits(neg ? -n : n, base);
        if (prec >= 0 && body.length < prec) body = "0".repeat(prec - body.length) + body;
        if (alt && base !== 10) body = (base === 8 ? "0o" : "0x") + body;
        if (conv === "X") body = body.toUpperCase();
        sign = neg ? "-" : plus ? "+" : space ? " " : "";
        break;
      }
      default: { // e E f F g G
        const n = toNumber(v, conv);
        const ax = Math.abs(n);
        const p = prec < 0 ? 6 : prec;
        if (n !== n) body = "nan";
        else if (ax === Infinity) body = "inf";
        else if (conv === "f" || conv === "F") { body = fixed_abs(ax, p); if (alt && p === 0) body += "."; }
        else if (conv === "e" || conv === "E") body = sci_abs(ax, p, alt);
        else body = general_abs(ax, p, alt);
        if (conv === "E" || conv === "F" || conv === "G") body = body.toUpperCase();
        const neg = n < 0 || Object.is(n, -0);
        sign = neg ? "-" : plus ? "+" : space ? " " : "";
      }
    }
    let s = sign + body;
    const len = Array.from(s).length;
    if (len < width) {
      const padn = width - len;
      if (left) s = s + " ".repeat(padn);
      else if (zero && "diouxXeEfFgG".includes(conv) && body !== "nan" && body !== "inf" && body !== "NAN" && body !== "INF") {
        let prefix = sign;
        let rest = body;
        if (alt && /^0[oxX]/.test(body)) { prefix += body.slice(0, 2); rest = body.slice(2); }
        s = prefix + "0".repeat(padn) + rest;
      } else s = " ".repeat(padn) + s;
    }
    out += s;
  }
  out += fmt.slice(last);
  if (mapping === null && ai < list.length) {
    throw new PyTypeError("not all arguments converted during string formatting");
  }
  return out;
}
