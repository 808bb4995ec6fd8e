// format() builtin, f-string fields ($fstr) and the format-spec mini-language.
import { ValueError, PyTypeError, OverflowError } from "./exceptions.js";
import { type_name } from "./object.js";
import { $repr, $str, float_repr, num_repr, ascii } from "./repr.js";
import { fixed_abs, sci_abs, general_abs, int_digits } from "./numfmt.js";
import { Float } from "./floatbox.js";
import { int_tofloat } from "./bigint.js";

const SPEC_RE = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/u;

export function parse_spec(spec) {
  let m = SPEC_RE.exec(spec);
  if (m === null) {
    // fill char could be one of the flag characters; retry forcing fill+align
    throw new ValueError("Invalid format specifier");
  }
  let [, fill, align, sign, z, alt, zero, width, group, prec, type] = m;
  if (fill !== undefined && align === undefined) { align = fill; fill = undefined; }
  return {
    fill, align, sign, z: !!z, alt: !!alt, zero: !!zero,
    width: width === undefined ? -1 : +width,
    group, prec: prec === undefined ? -1 : +prec, type: type || "",
  };
}

function cplen(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) n--;
  }
  return n;
}

// Pad `body` (already containing sign/prefix when align != '=').
function pad(sign, body, sp, defAlign) {
  let align = sp.align;
  let fill = sp.fill;
  if (align === undefined) {
    if (sp.zero && defAlign === ">") { align = "="; if (fill === undefined) fill = "0"; }
    else align = defAlign;
  }
  if (fill === undefined) fill = sp.zero ? "0" : " "; // '0' is the fill whatever the alignment
  const len = cplen(sign) + cplen(body);
  const w = sp.width;
  if (w <= len) return sign + body;
  const n = w - len;
  switch (align) {
    case "<": return sign + body + fill.repeat(n);
    case ">": return fill.repeat(n) + sign + body;
    case "^": { const l = n >> 1; return fill.repeat(l) + sign + body + fill.repeat(n - l); }
    default: return sign + fill.repeat(n) + body; // '='
  }
}

function group3(intpart, sep, every) {
  let out = "";
  let i = intpart.length;
  while (i > every) {
    out = sep + intpart.slice(i - every, i) + out;
    i -= every;
  }
  return intpart.slice(0, i) + out;
}

// Zero padding with grouping: Python inserts separators into the zero padding as well
// (fill '0' and alignment '=', explicit or implied by the '0' flag).
function padGroupedZeros(sign, prefix, digits, rest, sp, sep, every) {
  const fill = sp.fill === undefined ? (sp.zero ? "0" : " ") : sp.fill;
  const align = sp.align === undefined ? (sp.zero ? "=" : ">") : sp.align;
  const useZeroGroups = fill === "0" && align === "=" && sep;
  if (useZeroGroups) {
    const target = sp.width - cplen(sign) - prefix.length - rest.length;
    let g = group3(digits, sep, every);
    while (g.length < target) {
      digits = "0" + digits;
      g = group3(digits, sep, every);
    }
    return sign + prefix + g + rest;
  }
  return null;
}

function signOf(neg, sp) {
  if (neg) return "-";
  if (sp.sign === "+") return "+";
  if (sp.sign === " ") return " ";
  return "";
}

function formatInt(x, sp, tname = "int") {
  let t = sp.type;
  if (t === "s") throw new ValueError(`Unknown format code 's' for object of type '${tname}'`);
  if (t !== "" && "eEfFgG%".includes(t)) return formatFloat(int_tofloat(x), sp, false);
  if (sp.prec >= 0) throw new ValueError("Precision not allowed in integer format specifier");
  if (sp.z) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (t === "c") {
    if (sp.group) throw new ValueError(`Cannot specify '${sp.group}' with 'c'.`);
    if (sp.sign) throw new ValueError("Sign not allowed with integer format specifier 'c'");
    if (sp.alt) throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (x < 0 || x > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
    return pad("", String.fromCodePoint(x), sp, "<" === sp.align ? "<" : ">");
  }
  const neg = x < 0;
  const ax = neg ? -x : x; // x may be a BigInt (builtins/bigint.js)
  let base = 10, prefix = "";
  switch (t) {
    case "x": base = 16; prefix = "0x"; break;
    case "X": base = 16; prefix = "0X"; break;
    case "o": base = 8; prefix = "0o"; break;
    case "b": base = 2; prefix = "0b"; break;
  }
  if (!sp.alt) prefix = "";
  let digits = int_digits(ax, base);
  if (t === "X") digits = digits.toUpperCase();
  const sign = signOf(neg, sp);
  let sep = sp.group, every = 3;
  if (sep) {
    if (base !== 10) {
      if (sep === ",") throw new ValueError(`Cannot specify ',' with '${t}'.`);
      every = 4;
    } else if (t === "n") {
      throw new ValueError(`Cannot specify '${sep}' with 'n'.`);
    }
    const z = padGroupedZeros(sign, prefix, digits, "", sp, sep, every);
    if (z !== null) return z;
    digits = group3(digits, sep, every);
  }
  if (sp.align === undefined && sp.zero || sp.align === "=") return pad(sign + prefix, digits, sp, ">");
  return pad("", sign + prefix + digits, sp, ">");
}

function formatFloat(x, sp, isFloat = true) {
  let t = sp.type;
  if (t === "c" || "bxXo".includes(t) && t !== "") {
    throw new ValueError(`Unknown format code '${t}' for object of type 'float'`);
  }
  if (t === "d") throw new ValueError("Unknown format code 'd' for object of type 'float'");
  if (t === "n" && sp.group) throw new ValueError(`Cannot specify '${sp.group}' with 'n'.`);
  let neg = x < 0 || Object.is(x, -0);
  let ax = Math.abs(x);
  let body;
  const prec = sp.prec;
  const upper = t === "F" || t === "E" || t === "G";
  if (x !== x || ax === Infinity) {
    neg = x === -Infinity;
    body = x !== x ? "nan" : "inf";
    if (upper) body = body.toUpperCase();
    if (t === "%") body += "%";
  } else {
    switch (t) {
      case "f": case "F": body = fixed_abs(ax, prec < 0 ? 6 : prec); if (sp.alt && prec === 0) body += "."; break;
      case "e": case "E": body = sci_abs(ax, prec < 0 ? 6 : prec, sp.alt); break;
      case "g": case "G": case "n": body = general_abs(ax, prec < 0 ? 6 : prec, sp.alt); break;
      case "%":
        // CPython multiplies by 100 in floating point first: a huge value becomes inf.
        if (ax * 100 === Infinity) { body = "inf%"; break; }
        body = fixed_abs(ax * 100, prec < 0 ? 6 : prec) + "%"; if (sp.alt && prec === 0) body = body.slice(0, -1) + ".%"; break;
      default:
        if (prec < 0) {
          body = isFloat ? float_repr(ax) : num_repr(ax);
          // '#' keeps a decimal point in the repr form: format(1e-07, '#') is '1.e-07'.
          if (sp.alt && !body.includes(".")) body = body.replace(/e/, ".e");
        }
        else body = general_abs(ax, prec, sp.alt, true);
    }
    if (upper) body = body.toUpperCase();
    if (sp.z && neg && /^[0.]*$/.test(body.replace(/[eE][-+]\d+$/, "").replace("%", ""))) neg = false;
  }
  const sign = signOf(neg, sp);
  if (sp.group && x === x && ax !== Infinity) {
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) {
      const z = padGroupedZeros(sign, "", m[1], m[2], sp, sp.group, 3);
      if (z !== null) return z;
      body = group3(m[1], sp.group, 3) + m[2];
    }
  }
  if (sp.align === undefined && sp.zero || sp.align === "=") return pad(sign, body, sp, ">");
  return pad("", sign + body, sp, ">");
}

function formatStr(s, sp) {
  if (sp.type !== "" && sp.type !== "s") {
    throw new ValueError(`Unknown format code '${sp.type}' for object of type 'str'`);
  }
  if (sp.sign) throw new ValueError("Sign not allowed in string format specifier");
  if (sp.alt) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (sp.align === "=") throw new ValueError("'=' alignment not allowed in string format specifier");
  if (sp.group) throw new ValueError(`Cannot specify '${sp.group}' with 's'.`);
  if (sp.prec >= 0 && cplen(s) > sp.prec) s = Array.from(s).slice(0, sp.prec).join("");
  if (sp.width < 0) return s;
  return pad("", s, sp, "<");
}

// format(value, spec) for a value whose float-ness is not statically known.
export function format(value, spec = "") {
  return formatValue(value, spec, false);
}

function formatValue(value, spec, isFloat) {
  if (typeof spec !== "string") throw new PyTypeError(`format() argument 2 must be str, not ${type_name(spec)}`);
  if (value instanceof Float) { value = value.$v; isFloat = true; }
  switch (typeof value) {
    case "string":
      if (spec === "") return value;
      return formatStr(value, parse_spec(spec));
    case "number":
      if (spec === "") return isFloat ? float_repr(value) : num_repr(value);
      {
        const sp = parse_spec(spec);
        // An integral number with a precision but no type is formatted as a float (an int
        // would raise in CPython; the runtime cannot tell 2 from 2.0).
        if (Number.isInteger(value) && sp.type !== "" && "bcdoxXn".includes(sp.type) && !(isFloat && sp.type !== "n")) {
          return formatInt(value + 0, sp); // integer presentation types (also for -0 / big ints)
        }
        if (!isFloat && Number.isInteger(value) && !Object.is(value, -0) && Math.abs(value) <= 9007199254740992 &&
            !(sp.prec >= 0 && sp.type === "")) {
          return formatInt(value, sp);
        }
        if (sp.type === "" || "eEfFgGn%".includes(sp.type)) return formatFloat(value, sp, true);
        throw new ValueError(`Unknown format code '${sp.type}' for object of type 'float'`);
      }
    case "boolean":
      if (spec === "") return value ? "True" : "False";
      return formatInt(+value, parse_spec(spec), "bool");
    case "bigint":
      if (spec === "") return value.toString();
      return formatInt(value, parse_spec(spec));
  }
  if (value !== null && value !== undefined && typeof value.__format__ === "function") {
    const r = value.__format__(spec);
    if (typeof r !== "string") throw new PyTypeError(`__format__ must return a str, not ${type_name(r)}`);
    return r;
  }
  if (spec === "") return $str(value);
  throw new PyTypeError(`unsupported format string passed to ${type_name(value)}.__format__`);
}

// f-string field {value!conv:spec}. conv is "r", "s", "a" or undefined/null/"".
export function $fstr(value, spec, conv) {
  if (conv) value = conv === "r" ? $repr(value) : conv === "a" ? ascii(value) : $str(value);
  if (spec === undefined || spec === null || spec === "") {
    if (typeof value === "string") return value;
    if (value !== null && typeof value === "object" && typeof value.__format__ === "function") {
      return formatValue(value, "", false);
    }
    return $str(value);
  }
  return formatValue(value, spec, false);
}

// f-string field for a value statically known to be a float.
export function $fstr_float(value, spec, conv) {
  if (conv) {
    const s = conv === "r" || conv === "s" ? float_repr(value) : ascii(value);
    return formatValue(s, spec || "", false);
  }
  if (typeof value !== "number") return $fstr(value, spec, conv);
  return formatValue(value, spec || "", true);
}

// format() for a statically known float.
export function format_float(value, spec = "") {
  return formatValue(value, spec, typeof value === "number");
}
