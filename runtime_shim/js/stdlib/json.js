// Python's json module (dumps / loads) plus JS <-> Python value converters.
import { Dict } from "../builtins/dict.js";

import { PySet } from "../builtins/set.js";
import { Bytes } from "../builtins/bytes.js";
import { KW } from "../builtins/kw.js";
import { ValueError, PyTypeError, $exctype } from "../builtins/exceptions.js";
import { type_name } from "../builtins/object.js";
import { float_repr, num_repr } from "../builtins/repr.js";
import { Float, $fbox } from "../builtins/floatbox.js";
import { $truthy } from "../builtins/truthy.js";
import { $sort } from "../builtins/iter.js";
import { $issub } from "../builtins/unsub.js";
import { $norm } from "../builtins/bigint.js";

export const JSONDecodeError = /* @__PURE__ */ $exctype("JSONDecodeError", class extends ValueError {
  __init__(msg, doc, pos) {
    if (doc === undefined) { super.__init__(msg); return; }
    let lineno = 1, colno = pos + 1;
    const before = doc.slice(0, pos);
    const nl = before.lastIndexOf("\n");
    if (nl >= 0) { lineno = before.split("\n").length; colno = pos - nl; }
    super.__init__(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
});


// ---- dumps ----

const ESC = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

// Strings JSON.stringify escapes exactly as Python does: it escapes `"`, `\`, \b \f \n \r \t
// and other controls as \u00xx (lowercase hex, like Python); it differs only on lone
// surrogates (escaped) and, for ensure_ascii, on DEL and non-ASCII (left raw).
const NATIVE_ASCII = /[\x7f-\uffff]/;
const NATIVE_UNI = /[\ud800-\udfff]/;

function encodeStr(s, ensureAscii) {
  if (!(ensureAscii ? NATIVE_ASCII : NATIVE_UNI).test(s)) return JSON.stringify(s);
  const re = ensureAscii ? /["\\\x00-\x1f\x7f-\uffff]/g : /["\\\x00-\x1f]/g;
  return '"' + s.replace(re, (c) => {
    const e = ESC[c];
    if (e) return e;
    const n = c.charCodeAt(0);
    if (!ensureAscii && n >= 0x20) return c;
    return "\\u" + n.toString(16).padStart(4, "0");
  }) + '"';
}

function floatStr(x, allowNan) {
  if (x !== x || x === Infinity || x === -Infinity) {
    if (!allowNan) throw new ValueError(`Out of range float values are not JSON compliant: ${float_repr(x)}`);
    return x !== x ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  }
  return num_repr(x);
}

function keyStr(k, o) {
  switch (typeof k) {
    case "string": return k;
    case "number": return floatStr(k, o.allowNan);
    case "boolean": return k ? "true" : "false";
    case "bigint": return k.toString();
  }
  if (k === null || k === undefined) return "null";
  if (k instanceof Float) return float_repr(k.$v);
  if ($issub(k)) return keyStr(k.$v, o); // a str/int/float subclass instance
  if (o.skipkeys) return undefined;
  throw new PyTypeError(`keys must be str, int, float, bool or None, not ${type_name(k)}`);
}

function enc(v, o, level, seen) {
  switch (typeof v) {
    case "string": return encodeStr(v, o.ensureAscii);
    case "number":
      if (Number.isSafeInteger(v) && (v !== 0 || 1 / v > 0)) return String(v);
      return floatStr(v, o.allowNan);
    case "boolean": return v ? "true" : "false";
    case "undefined": return "null";
    case "bigint": return v.toString();
  }
  if (v === null) return "null";
  if (v instanceof Float) return float_repr(v.$v);
  if ($issub(v)) return enc(v.$v, o, level, seen); // list/str/int/float subclasses
  const nl = o.indent === null ? "" : "\n" + o.indent.repeat(level + 1);
  const nlEnd = o.indent === null ? "" : "\n" + o.indent.repeat(level);
  if (Array.isArray(v) || v instanceof Dict) {
    if (seen.has(v)) throw new ValueError("Circular reference detected");
    seen.add(v);
    try {
      if (Array.isArray(v)) {
        if (v.length === 0) return "[]";
        const sep = o.itemSep + nl;
        let out = "[" + nl + enc(v[0], o, level + 1, seen);
        for (let i = 1; i < v.length; i++) out += sep + enc(v[i], o, level + 1, seen);
        return out + nlEnd + "]";
      }
      if (v.$size === 0) return "{}";
      if (v.$k === null && !o.sortKeys) {
        // Every key is its own normalised key (str, int, float, None): no entry arrays.
        const sep = o.itemSep + nl;
        let out = "";
        let first = true;
        for (const [k, x] of v.$m) {
          const ks = typeof k === "string" ? k : keyStr(k, o);
          if (ks === undefined) continue;
          out += (first ? "" : sep) + encodeStr(ks, o.ensureAscii) + o.keySep + enc(x, o, level + 1, seen);
          first = false;
        }
        return first ? "{}" : "{" + nl + out + nlEnd + "}";
      }
      let entries = Array.from(v.$entries());
      if (o.sortKeys) {
        const keys = entries.map((e) => e[0]);
        $sort(keys, null, false);
        entries = keys.map((k) => [k, v.$get(k)]);
      }
      const parts = [];
      for (const [k, x] of entries) {
        const ks = keyStr(k, o);
        if (ks === undefined) continue;
        parts.push(encodeStr(ks, o.ensureAscii) + o.keySep + enc(x, o, level + 1, seen));
      }
      if (parts.length === 0) return "{}";
      return "{" + nl + parts.join(o.itemSep + nl) + nlEnd + "}";
    } finally {
      seen.delete(v);
    }
  }
  if (o.dflt !== null) {
    if (seen.has(v)) throw new ValueError("Circular reference detected");
    seen.add(v);
    try {
      return enc(o.dflt(v), o, level, seen);
    } finally {
      seen.delete(v);
    }
  }
  throw new PyTypeError(`Object of type ${type_name(v)} is not JSON serializable`);
}

// dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
//       cls=None, indent=None, separators=None, default=None, sort_keys=False) — keywords
// via a trailing KW.
export function dumps(obj, ...rest) {
  let kw = rest.length && rest[rest.length - 1] instanceof KW ? rest.pop().o : {};
  if (rest.length) throw new PyTypeError(`dumps() takes 1 positional argument but ${rest.length + 1} were given`);
  let indent = kw.indent === undefined ? null : kw.indent;
  if (typeof indent === "number") indent = " ".repeat(Math.max(0, indent));
  else if (indent !== null && typeof indent !== "string") indent = String(indent);
  let itemSep = indent === null ? ", " : ",", keySep = ": ";
  if (kw.separators !== undefined && kw.separators !== null) [itemSep, keySep] = kw.separators;
  const o = {
    indent, itemSep, keySep,
    ensureAscii: kw.ensure_ascii === undefined ? true : $truthy(kw.ensure_ascii),
    sortKeys: kw.sort_keys === undefined ? false : $truthy(kw.sort_keys),
    skipkeys: kw.skipkeys === undefined ? false : $truthy(kw.skipkeys),
    allowNan: kw.allow_nan === undefined ? true : $truthy(kw.allow_nan),
    dflt: kw.default === undefined ? null : kw.default,
  };
  return enc(obj, o, 0, new Set());
}

// ---- loads ----

const WS = /[ \t\n\r]*/y;
const NUM = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;

function parse(s, hooks) {
  let i = 0;
  const n = s.length;
  const err = (msg, pos = i) => new JSONDecodeError(msg, s, pos);
  const ws = () => { WS.lastIndex = i; WS.exec(s); i = WS.lastIndex; };
  function value() {
    ws();
    const c = s[i];
    if (c === '"') return str();
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === "n" && s.startsWith("null", i)) { i += 4; return null; }
    if (c === "t" && s.startsWith("true", i)) { i += 4; return true; }
    if (c === "f" && s.startsWith("false", i)) { i += 5; return false; }
    if (c === "N" && s.startsWith("NaN", i)) { i += 3; return hooks.constant("NaN"); }
    if (c === "I" && s.startsWith("Infinity", i)) { i += 8; return hooks.constant("Infinity"); }
    if (c === "-" && s.startsWith("-Infinity", i)) { i += 9; return hooks.constant("-Infinity"); }
    NUM.lastIndex = i;
    const m = NUM.exec(s);
    if (m) {
      i = NUM.lastIndex;
      if (m[1] || m[2]) return hooks.float(m[0]);
      return hooks.int(m[0]);
    }
    throw err("Expecting value");
  }
  function str() {
    const start = i;
    i++;
    let out = "";
    for (;;) {
      let j = i;
      while (j < n) {
        const ch = s.charCodeAt(j);
        if (ch === 34 || ch === 92 || ch < 0x20) break;
        j++;
      }
      out += s.slice(i, j);
      i = j;
      if (i >= n) throw err("Unterminated string starting at", start);
      const ch = s[i];
      if (ch === '"') { i++; return out; }
      if (ch === "\\") {
        const e = s[i + 1];
        const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" }[e];
        if (simple !== undefined) { out += simple; i += 2; continue; }
        if (e === "u") {
          const h = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(h)) throw err("Invalid \\uXXXX escape", i + 1);
          out += String.fromCharCode(parseInt(h, 16));
          i += 6;
          continue;
        }
        throw err("Invalid \\escape", i);
      }
      throw err("Invalid control character at", i);
    }
  }
  function object() {
    const d = new Dict();
    i++;
    ws();
    if (s[i] === "}") { i++; return hooks.object(d); }
    for (;;) {
      ws();
      if (s[i] !== '"') throw err("Expecting property name enclosed in double quotes");
      const k = str();
      ws();
      if (s[i] !== ":") throw err("Expecting ':' delimiter");
      i++;
      d.$set(k, value());
      ws();
      if (s[i] === ",") {
        i++;
        ws();
        continue;
      }
      if (s[i] === "}") { i++; return hooks.object(d); }
      throw err("Expecting ',' delimiter");
    }
  }
  function array() {
    const a = [];
    i++;
    ws();
    if (s[i] === "]") { i++; return a; }
    for (;;) {
      a.push(value());
      ws();
      if (s[i] === ",") {
        i++;
        ws();
        continue;
      }
      if (s[i] === "]") { i++; return a; }
      throw err("Expecting ',' delimiter");
    }
  }
  const v = value();
  ws();
  if (i !== n) throw err("Extra data");
  return v;
}

// loads(s, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None)
export function loads(s, ...rest) {
  const kw = rest.length && rest[rest.length - 1] instanceof KW ? rest.pop().o : {};
  if (s instanceof Bytes) s = s.decode();
  else if (s instanceof Uint8Array) s = new TextDecoder().decode(s);
  if (typeof s !== "string") {
    throw new PyTypeError(`the JSON object must be str, bytes or bytearray, not ${type_name(s)}`);
  }
  if (s.charCodeAt(0) === 0xfeff) throw new JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
  if (kw.object_hook == null && kw.parse_float == null && kw.parse_int == null && kw.parse_constant == null) {
    const v = nativeLoads(s);
    if (v !== NATIVE_FAILED) return v;
  }
  const hooks = {
    object: kw.object_hook ? kw.object_hook : (d) => d,
    float: kw.parse_float ? kw.parse_float : (t) => $fbox(+t),
    int: kw.parse_int ? kw.parse_int : (t) => (t.length < 16 ? +t + 0 : $norm(BigInt(t))), // exact
    constant: kw.parse_constant ? kw.parse_constant : (t) => (t === "NaN" ? NaN : t === "Infinity" ? Infinity : -Infinity),
  };
  return parse(s, hooks);
}

// loads through the native JSON.parse where its result is provably Python's: no number
// literal that Python reads as an integral float (`1.0`, `1e5`: JS cannot tell them from
// ints; the check is conservative and may also match inside strings), no object key that
// is an array index (JS objects list those first, in numeric order); anything JSON.parse
// rejects (errors, NaN / Infinity) goes to the parser above for Python's messages.
const NATIVE_FAILED = {};
const INTEGRAL_FLOAT = /\d(?:\.0*(?![0-9])|[eE])/;
const LONG_NUMBER = /\d{16}/; // maybe an int beyond 2**53, which JSON.parse would round

function nativeLoads(s) {
  if (INTEGRAL_FLOAT.test(s) || LONG_NUMBER.test(s)) return NATIVE_FAILED;
  let v;
  try {
    v = JSON.parse(s);
  } catch {
    return NATIVE_FAILED;
  }
  return fromParsed(v);
}

function isIndexKey(k) {
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  const n = +k;
  return n >= 0 && n < 4294967295 && String(n) === k;
}

function fromParsed(v) {
  if (typeof v !== "object" || v === null) return v === 0 ? 0 : v; // -0 is int 0
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = fromParsed(v[i]);
      if (x === NATIVE_FAILED) return x;
      v[i] = x;
    }
    return v;
  }
  const d = new Dict();
  const m = d.$m;
  for (const k in v) {
    if (isIndexKey(k)) return NATIVE_FAILED;
    const x = fromParsed(v[k]);
    if (x === NATIVE_FAILED) return x;
    m.set(k, x);
  }
  return d;
}

export function dump(obj, fp, ...rest) {
  fp.write(dumps(obj, ...rest));
  return null;
}

export function load(fp, ...rest) {
  return loads(fp.read(), ...rest);
}

// ---- JS interop ----

// Python value -> plain JS value (Dict -> object for str keys (others stringified like
// json), Tuple/list -> array, PySet -> array, Bytes -> Uint8Array, None -> null).
export function to_js_value(v) {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object") return v;
  if (v instanceof Float) return v.$v;
  if ($issub(v)) return to_js_value(v.$v); // a list/str/int/float subclass instance
  if (Array.isArray(v)) return Array.from(v, to_js_value);
  if (v instanceof Dict) {
    const o = {};
    for (const [k, x] of v.$entries()) {
      const key = typeof k === "string" ? k : keyStr(k, { allowNan: true, skipkeys: false });
      Object.defineProperty(o, key, { value: to_js_value(x), enumerable: true, writable: true, configurable: true });
    }
    return o;
  }
  if (v instanceof PySet) return Array.from(v, to_js_value);
  if (v instanceof Bytes) return v.$u8;
  if (typeof v.toJSON === "function" && !(v instanceof Date)) return v.toJSON();
  return v;
}

// Plain JS value -> Python value (objects -> Dict, arrays -> lists, undefined -> None).
export function from_js(v) {
  if (v === undefined || v === null) return null;
  if (typeof v === "bigint") return $norm(v); // an int in one form (builtins/bigint.js)
  if (typeof v !== "object") return v;
  if (Array.isArray(v)) return Array.from(v, from_js);
  if (v instanceof Uint8Array) return new Bytes(v);
  if (v instanceof ArrayBuffer) return new Bytes(new Uint8Array(v));
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    const d = new Dict();
    for (const k of Object.keys(v)) d.$set(k, from_js(v[k]));
    return d;
  }
  return v;
}


