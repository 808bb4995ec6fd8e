// repr() / str() conversions. Depends on nothing: containers implement __repr__ themselves
// (Tuple is recognised by its static $pyname so this module does not import it).

// ---- numbers ----------------------------------------------------------------------

// repr of a float (always float form): 2.0, -0.0, 0.1, 1e+16, 1e-05, inf, nan.
export function float_repr(x) {
  if (typeof x !== "number") x = +x; // a Float box
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const ex = x.toExponential(); // shortest round-trip digits: "d.ddde+N"
  const ei = ex.indexOf("e");
  let mant = ex.slice(0, ei);
  const exp = +ex.slice(ei + 1);
  let sign = "";
  if (mant[0] === "-") { sign = "-"; mant = mant.slice(1); }
  const digits = mant.replace(".", "");
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${ae < 10 ? "0" + ae : ae}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

// repr of a raw JS number: an integer is an int (exact digits of the double), anything
// else a float. (An integral float is a `Float` box, builtins/floatbox.js; a stray raw -0
// prints as -0.0.)
export function num_repr(x) {
  if (Number.isInteger(x)) {
    if (x === 0 && Object.is(x, -0)) return "-0.0";
    return x <= 9007199254740992 && x >= -9007199254740992 ? String(x) : BigInt(x).toString();
  }
  return float_repr(x);
}

// repr of a value statically known to be an int (exact digits of the double).
export function int_repr(x) {
  if (typeof x === "bigint") return x.toString();
  if (x <= 9007199254740992 && x >= -9007199254740992) return String(x);
  if (!Number.isFinite(x)) return float_repr(x);
  return BigInt(x).toString();
}

// ---- strings ----------------------------------------------------------------------

const NEEDS_ESCAPE = /[^\x20-\x7e]|['\\]/;
// Python's str.isprintable() is false for categories Cc Cf Cs Co Cn Zl Zp Zs (except ' ').
const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n, w) { return n.toString(16).padStart(w, "0"); }

export function str_repr(s, asciiOnly = false) {
  if (!NEEDS_ESCAPE.test(s)) return "'" + s + "'";
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c >= 0x20 && c < 0x7f) {
      if (ch === q || ch === "\\") out += "\\" + ch;
      else out += ch;
    } else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + hex(c, 2);
    else if (!asciiOnly && !NONPRINTABLE.test(ch)) out += ch;
    else if (c < 0x100) out += "\\x" + hex(c, 2);
    else if (c < 0x10000) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  return out + q;
}

// ---- recursion guard for containers -------------------------------------------------

let active = null;
// Returns false when x is already being repr'd (caller prints "[...]" / "{...}").
export function $repr_enter(x) {
  if (active === null) active = new Set();
  if (active.has(x)) return false;
  active.add(x);
  return true;
}
export function $repr_leave(x) {
  active.delete(x);
}

// ---- repr / str --------------------------------------------------------------------

export function $repr(x) {
  switch (typeof x) {
    case "string": return str_repr(x);
    case "number": return num_repr(x);
    case "boolean": return x ? "True" : "False";
    case "undefined": return "None";
    case "bigint": return x.toString();
    case "function": return func_repr(x);
    case "symbol": return x.toString();
  }
  if (x === null) return "None";
  if (Array.isArray(x)) {
    if (x.constructor === Array) return seq_repr(x, "[", "]");
    if (typeof x.__repr__ === "function") return x.__repr__();
    if (x.constructor.$pyname === "tuple") return tuple_repr(x);
    return seq_repr(x, "[", "]");
  }
  if (typeof x.__repr__ === "function") return x.__repr__();
  return obj_repr(x);
}

export function seq_repr(x, open, close) {
  if (x.length === 0) return open + close;
  if (!$repr_enter(x)) return open + "..." + close;
  try {
    let s = open;
    for (let i = 0; i < x.length; i++) {
      if (i) s += ", ";
      s += $repr(x[i]);
    }
    return s + close;
  } finally {
    $repr_leave(x);
  }
}

export function tuple_repr(x) {
  if (x.length === 1) {
    if (!$repr_enter(x)) return "(...)";
    try { return "(" + $repr(x[0]) + ",)"; } finally { $repr_leave(x); }
  }
  return seq_repr(x, "(", ")");
}

function func_repr(f) {
  if (f.$isType) return `<class '${f.__name__}'>`;
  const src = Function.prototype.toString.call(f);
  if (/^class[\s{]/.test(src)) {
    const mod = f.__module__;
    if (mod === "builtins" || Object.prototype.hasOwnProperty.call(f, "$builtin")) return `<class '${Object.prototype.hasOwnProperty.call(f, "$pyname") ? f.$pyname : f.name}'>`;
    return `<class '${mod || "__main__"}.${f.__qualname__ || f.name}'>`;
  }
  if (f.$builtin || /\[native code\]/.test(src)) return `<built-in function ${f.name}>`;
  return `<function ${f.__qualname__ || f.name || "<lambda>"} at 0x${addr(f)}>`;
}

let addrs = null;
let nextAddr = 0x7f3a1c000000;
export function addr(o) {
  if (addrs === null) addrs = new WeakMap();
  let a = addrs.get(o);
  if (a === undefined) { a = nextAddr; nextAddr += 0x40; addrs.set(o, a); }
  return a.toString(16);
}

export function obj_repr(x) {
  const C = x.constructor;
  if (C === Object || C === undefined || C === null) {
    return `<JS object at 0x${addr(x)}>`;
  }
  const mod = C.__module__ || "__main__";
  return `<${mod}.${C.__qualname__ || C.name} object at 0x${addr(x)}>`;
}

export function $str(x) {
  switch (typeof x) {
    case "string": return x;
    case "number": return num_repr(x);
    case "boolean": return x ? "True" : "False";
    case "undefined": return "None";
  }
  if (x === null) return "None";
  if (typeof x === "object" && typeof x.__str__ === "function") return x.__str__();
  return $repr(x);
}

// Builtin repr() / ascii().
export function repr(x) { return $repr(x); }

export function ascii(x) {
  const r = $repr(x);
  // Re-escape any non-ASCII character the way CPython's ascii() does.
  return r.replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0);
    return c < 0x100 ? "\\x" + hex(c, 2) : c < 0x10000 ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
  });
}
