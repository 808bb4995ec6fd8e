// str methods as receiver-dispatching helpers: $m_<name>(recv, ...args). A string
// receiver gets Python str semantics; anything else falls back to recv.<name>(...args).
// Trailing KW arguments carry keywords (e.g. $m_split(s, $kw({maxsplit: 1}))).
import { PyTypeError, ValueError, LookupError, UnicodeEncodeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { $method_fallback as fb, $place } from "./mfallback.js";
import { is_bmp, cp_array, cp_len, cp_offset, cp_index } from "./strutil.js";
import { title_case, case_fold } from "./unicase.js";
import { $iter } from "./iter.js";
import { Tuple } from "./tuple.js";
import { KW } from "./kw.js";
import { $getitem } from "./items.js";
import { Bytes } from "./bytes.js";
import { Dict } from "./dict.js";
import { $issub, $unsub } from "./unsub.js";

// Python's whitespace (Py_UNICODE_ISSPACE; JS's \s differs: \ufeff, \x1c-\x1f, \x85).
function isWsCode(c) {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13) || c >= 0x1c;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
function isWs(c) { return c.length === 1 && isWsCode(c.charCodeAt(0)); }
// The runs of non-whitespace: `s.split()` is `s.match(WORDS) ?? []`.
const WORDS = /[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

// A str argument: a str, or an instance of a str subclass (as its string).
function needStr(x, prefix) {
  if (typeof x === "string") return x;
  if ($issub(x) && typeof x.$v === "string") return x.$v;
  throw new PyTypeError(`${prefix} ${type_name(x)}`);
}
function optInt(x, dflt) {
  if (x === undefined || x === null) return dflt;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  throw new PyTypeError(`'${type_name(x)}' object cannot be interpreted as an integer`);
}
function no_kw(a, name) {
  if (a.length && a[a.length - 1] instanceof KW) throw new PyTypeError(`${name}() takes no keyword arguments`);
  return a;
}

// Resolve Python (start, end) code-point bounds into code-unit offsets [lo, hi].
function bounds(s, start, end) {
  const n = cp_len(s);
  let a = optInt(start, 0), b = optInt(end, n);
  if (a < 0) { a += n; if (a < 0) a = 0; }
  if (b < 0) { b += n; if (b < 0) b = 0; }
  if (b > n) b = n;
  if (is_bmp(s)) return [a, b, a > n];
  return [cp_offset(s, Math.min(a, n)), cp_offset(s, b), a > n];
}

// ---- split family ----

function splitWs(s, maxsplit) {
  if (maxsplit < 0) return s.match(WORDS) ?? [];
  const out = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWs(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isWs(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s, maxsplit) {
  const out = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isWs(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isWs(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

export function $m_split(r, ...a) {
  if (typeof r !== "string") return fb(r, "split", a);
  if (a.length === 0) return r.match(WORDS) ?? []; // the common forms, without argument parsing
  if (a.length === 1 && typeof a[0] === "string" && a[0] !== "") return r.split(a[0]);
  let [sep = null, ms] = $place(a, ["sep", "maxsplit"], "split");
  const maxsplit = optInt(ms, -1);
  if (sep === null) return splitWs(r, maxsplit);
  sep = needStr(sep, "must be str or None, not");
  if (sep === "") throw new ValueError("empty separator");
  if (maxsplit < 0) return r.split(sep);
  const out = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = r.indexOf(sep, i);
    if (j < 0) break;
    out.push(r.slice(i, j));
    i = j + sep.length;
  }
  out.push(r.slice(i));
  return out;
}

export function $m_rsplit(r, ...a) {
  if (typeof r !== "string") return fb(r, "rsplit", a);
  let [sep = null, ms] = $place(a, ["sep", "maxsplit"], "rsplit");
  const maxsplit = optInt(ms, -1);
  if (sep === null) return rsplitWs(r, maxsplit);
  sep = needStr(sep, "must be str or None, not");
  if (sep === "") throw new ValueError("empty separator");
  if (maxsplit < 0) return r.split(sep);
  const out = [];
  let end = r.length;
  while (out.length < maxsplit) {
    const j = end - sep.length < 0 ? -1 : r.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(r.slice(j + sep.length, end));
    end = j;
  }
  out.push(r.slice(0, end));
  return out.reverse();
}

const LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029";

export function $m_splitlines(r, ...a) {
  if (typeof r !== "string") return fb(r, "splitlines", a);
  const [ke = false] = $place(a, ["keepends"], "splitlines");
  const keep = !!ke && ke !== 0;
  const out = [];
  let i = 0, start = 0;
  const n = r.length;
  while (i < n) {
    const c = r[i];
    if (LINE_BREAKS.includes(c)) {
      let eol = i + 1;
      if (c === "\r" && r[i + 1] === "\n") eol = i + 2;
      out.push(r.slice(start, keep ? eol : i));
      start = i = eol;
    } else i++;
  }
  if (start < n) out.push(r.slice(start));
  return out;
}

export function $m_join(r, ...a) {
  if (typeof r !== "string") return fb(r, "join", a);
  no_kw(a, "str.join");
  const it = a[0];
  let items = Array.isArray(it) ? it : Array.from($iter(it));
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== "string") {
      if ($issub(items[i]) && typeof items[i].$v === "string") {
        items = items.map($unsub); // instances of str subclasses join as their strings
        continue;
      }
      throw new PyTypeError(`sequence item ${i}: expected str instance, ${type_name(items[i])} found`);
    }
  }
  return items.join(r);
}

// ---- strip family ----

function stripWith(s, chars, left, right) {
  let test;
  if (chars === undefined || chars === null) test = isWs;
  else {
    if ($issub(chars)) chars = chars.$v;
    if (typeof chars !== "string") throw new PyTypeError("strip arg must be None or str");
    const set = new Set(Array.from(chars));
    test = (c) => set.has(c);
  }
  const a = is_bmp(s) ? s : cp_array(s);
  let i = 0, j = a.length;
  if (left) while (i < j && test(a[i])) i++;
  if (right) while (j > i && test(a[j - 1])) j--;
  if (typeof a === "string") return a.slice(i, j);
  return a.slice(i, j).join("");
}

export function $m_strip(r, ...a) {
  if (typeof r !== "string") return fb(r, "strip", a);
  return stripWith(r, no_kw(a, "str.strip")[0], true, true);
}
export function $m_lstrip(r, ...a) {
  if (typeof r !== "string") return fb(r, "lstrip", a);
  return stripWith(r, no_kw(a, "str.lstrip")[0], true, false);
}
export function $m_rstrip(r, ...a) {
  if (typeof r !== "string") return fb(r, "rstrip", a);
  return stripWith(r, no_kw(a, "str.rstrip")[0], false, true);
}

// ---- search ----

export function $m_replace(r, ...a) {
  if (typeof r !== "string") return fb(r, "replace", a);
  if (a.length === 2 && typeof a[0] === "string" && typeof a[1] === "string" && a[0] !== "") {
    // s.replace(old, new): replaceAll unless `new` holds `$` (a replacement pattern there)
    return a[1].indexOf("$") < 0 ? r.replaceAll(a[0], a[1]) : r.split(a[0]).join(a[1]);
  }
  let [old, neu, cnt] = $place(a, ["old", "new", "count"], "replace");
  old = needStr(old, "replace() argument 1 must be str, not");
  neu = needStr(neu, "replace() argument 2 must be str, not");
  let count = optInt(cnt, -1);
  if (count < 0) {
    if (old === "") return neu + Array.from(r).join(neu) + (r.length ? neu : "");
    return r.split(old).join(neu);
  }
  if (count === 0) return r;
  if (old === "") {
    const chars = Array.from(r);
    let out = "";
    let k = 0;
    for (; k < chars.length && k < count; k++) out += neu + chars[k];
    if (k < count && k === chars.length) return out + neu;
    return out + chars.slice(k).join("");
  }
  let out = "", i = 0;
  while (count-- > 0) {
    const j = r.indexOf(old, i);
    if (j < 0) break;
    out += r.slice(i, j) + neu;
    i = j + old.length;
  }
  return out + r.slice(i);
}

function findImpl(s, a, rev) {
  const [, start, end] = a;
  const sub = needStr(a[0], "must be str, not");
  const [lo, hi, past] = bounds(s, start, end);
  if (past || hi - lo < sub.length) return -1;
  let j;
  if (rev) {
    j = s.lastIndexOf(sub, hi - sub.length);
    if (j < lo) return -1;
  } else {
    j = s.indexOf(sub, lo);
    if (j < 0 || j + sub.length > hi) return -1;
  }
  return is_bmp(s) ? j : cp_index(s, j);
}

export function $m_find(r, ...a) {
  if (typeof r !== "string") return fb(r, "find", a);
  return findImpl(r, no_kw(a, "str.find"), false);
}
export function $m_rfind(r, ...a) {
  if (typeof r !== "string") return fb(r, "rfind", a);
  return findImpl(r, no_kw(a, "str.rfind"), true);
}
export function str_index(r, a) {
  const i = findImpl(r, no_kw(a, "str.index"), false);
  if (i < 0) throw new ValueError("substring not found");
  return i;
}
export function $m_rindex(r, ...a) {
  if (typeof r !== "string") return fb(r, "rindex", a);
  const i = findImpl(r, no_kw(a, "str.rindex"), true);
  if (i < 0) throw new ValueError("substring not found");
  return i;
}
export function str_count(r, a) {
  const [, start, end] = no_kw(a, "str.count");
  const sub = needStr(a[0], "must be str, not");
  const [lo, hi, past] = bounds(r, start, end);
  if (past) return 0;
  if (sub === "") return hi < lo ? 0 : (is_bmp(r) ? hi - lo : cp_index(r, hi) - cp_index(r, lo)) + 1;
  let c = 0, i = lo;
  for (;;) {
    const j = r.indexOf(sub, i);
    if (j < 0 || j + sub.length > hi) break;
    c++;
    i = j + sub.length;
  }
  return c;
}

function affixTest(r, x, name, atEnd, lo, hi, past) {
  if ($issub(x)) x = x.$v;
  if (typeof x !== "string") {
    throw new PyTypeError(`tuple for ${name} must only contain str, not ${type_name(x)}`);
  }
  if (past) return false;
  if (hi - lo < x.length) return false;
  return atEnd ? r.startsWith(x, hi - x.length) : r.startsWith(x, lo);
}

function affix(r, a, name, atEnd) {
  if (a.length === 1 && typeof a[0] === "string") {
    // r.startswith("x") with no bounds: the whole string (code units = code points here)
    return atEnd ? r.endsWith(a[0]) : r.startsWith(a[0]);
  }
  const [p, start, end] = no_kw(a, `str.${name}`);
  const [lo, hi, past] = bounds(r, start, end);
  if (typeof p === "string" || $issub(p)) return affixTest(r, p, name, atEnd, lo, hi, past);
  if (p instanceof Tuple) {
    for (const x of p) if (affixTest(r, x, name, atEnd, lo, hi, past)) return true;
    return false;
  }
  throw new PyTypeError(`${name} first arg must be str or a tuple of str, not ${type_name(p)}`);
}
export function $m_startswith(r, ...a) {
  if (typeof r !== "string") return fb(r, "startswith", a);
  return affix(r, a, "startswith", false);
}
export function $m_endswith(r, ...a) {
  if (typeof r !== "string") return fb(r, "endswith", a);
  return affix(r, a, "endswith", true);
}

// ---- case ----

export function $m_upper(r, ...a) { return typeof r === "string" ? r.toUpperCase() : fb(r, "upper", a); }
export function $m_lower(r, ...a) { return typeof r === "string" ? r.toLowerCase() : fb(r, "lower", a); }
export function $m_casefold(r, ...a) {
  if (typeof r !== "string") return fb(r, "casefold", a);
  if (!/[^\x00-\x7f]/.test(r)) return r.toLowerCase();
  let out = "";
  for (const c of r) out += case_fold(c); // no final-sigma rule: Σ and ς fold to σ
  return out;
}

const CASED = /\p{Cased}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const LOWER = /\p{Lowercase}/u;
const UPPER = /\p{Uppercase}/u;
const TITLE = /\p{Lt}/u;

// Python's lower() of the character c at code-unit offset i of r: a capital sigma is
// final (ς) when a cased letter precedes it and none follows, case-ignorable characters
// skipped both ways (CPython's handle_capital_sigma).
function lowerAt(r, i, c) {
  if (c !== "Σ") return c.toLowerCase();
  let j = i, p = "";
  while (j > 0) {
    const lo = r.charCodeAt(j - 1);
    const n = lo >= 0xdc00 && lo < 0xe000 && j > 1 && r.charCodeAt(j - 2) >= 0xd800 && r.charCodeAt(j - 2) < 0xdc00 ? 2 : 1;
    p = r.slice(j - n, j);
    j -= n;
    if (!CASE_IGNORABLE.test(p)) break;
    p = "";
  }
  if (p === "" || !CASED.test(p)) return "σ";
  for (j = i + 1; j < r.length;) {
    const q = String.fromCodePoint(r.codePointAt(j));
    j += q.length;
    if (!CASE_IGNORABLE.test(q)) return CASED.test(q) ? "σ" : "ς";
  }
  return "ς";
}

export function $m_swapcase(r, ...a) {
  if (typeof r !== "string") return fb(r, "swapcase", a);
  let out = "";
  let i = 0;
  for (const c of r) {
    out += UPPER.test(c) ? lowerAt(r, i, c) : LOWER.test(c) ? c.toUpperCase() : c;
    i += c.length;
  }
  return out;
}

export function $m_title(r, ...a) {
  if (typeof r !== "string") return fb(r, "title", a);
  let out = "";
  let prevCased = false;
  let i = 0;
  for (const c of r) {
    out += prevCased ? lowerAt(r, i, c) : title_case(c);
    prevCased = CASED.test(c);
    i += c.length;
  }
  return out;
}

export function $m_capitalize(r, ...a) {
  if (typeof r !== "string") return fb(r, "capitalize", a);
  if (r === "") return r;
  const first = String.fromCodePoint(r.codePointAt(0));
  // Lowering the whole string keeps the final-sigma context of the first character.
  return title_case(first) + r.toLowerCase().slice(first.toLowerCase().length);
}

// ---- padding ----

function fillChar(f) {
  if (f === undefined) return " ";
  if (typeof f !== "string") {
    throw new PyTypeError(`The fill character must be a unicode character, not ${type_name(f)}`);
  }
  if (cp_len(f) !== 1) throw new PyTypeError("The fill character must be exactly one character long");
  return f;
}

export function $m_center(r, ...a) {
  if (typeof r !== "string") return fb(r, "center", a);
  const [w, f] = no_kw(a, "str.center");
  const width = optInt(w, 0), fc = fillChar(f);
  const n = cp_len(r);
  if (width <= n) return r;
  const marg = width - n;
  const left = (marg >> 1) + (marg & width & 1);
  return fc.repeat(left) + r + fc.repeat(marg - left);
}
export function $m_ljust(r, ...a) {
  if (typeof r !== "string") return fb(r, "ljust", a);
  const [w, f] = no_kw(a, "str.ljust");
  const width = optInt(w, 0), fc = fillChar(f);
  const n = cp_len(r);
  return width <= n ? r : r + fc.repeat(width - n);
}
export function $m_rjust(r, ...a) {
  if (typeof r !== "string") return fb(r, "rjust", a);
  const [w, f] = no_kw(a, "str.rjust");
  const width = optInt(w, 0), fc = fillChar(f);
  const n = cp_len(r);
  return width <= n ? r : fc.repeat(width - n) + r;
}
export function $m_zfill(r, ...a) {
  if (typeof r !== "string") return fb(r, "zfill", a);
  const width = optInt(no_kw(a, "str.zfill")[0], 0);
  const n = cp_len(r);
  if (width <= n) return r;
  const z = "0".repeat(width - n);
  if (r[0] === "+" || r[0] === "-") return r[0] + z + r.slice(1);
  return z + r;
}

export function $m_expandtabs(r, ...a) {
  if (typeof r !== "string") return fb(r, "expandtabs", a);
  const [ts] = $place(a, ["tabsize"], "expandtabs");
  const tab = optInt(ts, 8);
  let out = "", col = 0;
  for (const c of r) {
    if (c === "\t") {
      if (tab > 0) { const k = tab - (col % tab); out += " ".repeat(k); col += k; }
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

// ---- partition / affixes ----

export function $m_partition(r, ...a) {
  if (typeof r !== "string") return fb(r, "partition", a);
  const sep = needStr(no_kw(a, "str.partition")[0], "must be str, not");
  if (sep === "") throw new ValueError("empty separator");
  const i = r.indexOf(sep);
  if (i < 0) return Tuple.of(r, "", "");
  return Tuple.of(r.slice(0, i), sep, r.slice(i + sep.length));
}
export function $m_rpartition(r, ...a) {
  if (typeof r !== "string") return fb(r, "rpartition", a);
  const sep = needStr(no_kw(a, "str.rpartition")[0], "must be str, not");
  if (sep === "") throw new ValueError("empty separator");
  const i = r.lastIndexOf(sep);
  if (i < 0) return Tuple.of("", "", r);
  return Tuple.of(r.slice(0, i), sep, r.slice(i + sep.length));
}
export function $m_removeprefix(r, ...a) {
  if (typeof r !== "string") return fb(r, "removeprefix", a);
  const p = needStr(no_kw(a, "str.removeprefix")[0], "removeprefix() argument must be str, not");
  return p && r.startsWith(p) ? r.slice(p.length) : r;
}
export function $m_removesuffix(r, ...a) {
  if (typeof r !== "string") return fb(r, "removesuffix", a);
  const p = needStr(no_kw(a, "str.removesuffix")[0], "removesuffix() argument must be str, not");
  return p && r.endsWith(p) ? r.slice(0, r.length - p.length) : r;
}

// ---- predicates ----

function allChars(r, re) {
  if (r === "") return false;
  for (const c of r) if (!re.test(c)) return false;
  return true;
}
const RE_DECIMAL = /\p{Nd}/u;
const RE_DIGIT = /[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u1369-\u1371\u19da\uff10-\uff19]/u;
const RE_NUMERIC = /[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u96f6]/u;
const RE_ALPHA = /\p{L}/u;
const RE_ALNUM = /[\p{L}\p{N}]/u;
const RE_PRINTABLE_BAD = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function $m_isdigit(r, ...a) { return typeof r === "string" ? allChars(r, RE_DIGIT) : fb(r, "isdigit", a); }
export function $m_isdecimal(r, ...a) { return typeof r === "string" ? allChars(r, RE_DECIMAL) : fb(r, "isdecimal", a); }
export function $m_isnumeric(r, ...a) { return typeof r === "string" ? allChars(r, RE_NUMERIC) : fb(r, "isnumeric", a); }
export function $m_isalpha(r, ...a) { return typeof r === "string" ? allChars(r, RE_ALPHA) : fb(r, "isalpha", a); }
export function $m_isalnum(r, ...a) {
  return typeof r === "string" ? allChars(r, RE_ALNUM) : fb(r, "isalnum", a);
}
export function $m_isspace(r, ...a) {
  if (typeof r !== "string") return fb(r, "isspace", a);
  if (r === "") return false;
  for (const c of r) if (!isWs(c)) return false;
  return true;
}
export function $m_isascii(r, ...a) {
  if (typeof r !== "string") return fb(r, "isascii", a);
  return !/[^\x00-\x7f]/.test(r);
}
export function $m_isprintable(r, ...a) {
  if (typeof r !== "string") return fb(r, "isprintable", a);
  for (const c of r) if (c !== " " && RE_PRINTABLE_BAD.test(c)) return false;
  return true;
}
export function $m_isidentifier(r, ...a) {
  if (typeof r !== "string") return fb(r, "isidentifier", a);
  return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(r);
}
export function $m_isupper(r, ...a) {
  if (typeof r !== "string") return fb(r, "isupper", a);
  let cased = false;
  for (const c of r) {
    if (LOWER.test(c) || TITLE.test(c)) return false;
    if (UPPER.test(c)) cased = true;
  }
  return cased;
}
export function $m_islower(r, ...a) {
  if (typeof r !== "string") return fb(r, "islower", a);
  let cased = false;
  for (const c of r) {
    if (UPPER.test(c) || TITLE.test(c)) return false;
    if (LOWER.test(c)) cased = true;
  }
  return cased;
}
export function $m_istitle(r, ...a) {
  if (typeof r !== "string") return fb(r, "istitle", a);
  let cased = false, prev = false;
  for (const c of r) {
    if (UPPER.test(c) || TITLE.test(c)) {
      if (prev) return false;
      prev = true; cased = true;
    } else if (LOWER.test(c)) {
      if (!prev) return false;
      prev = true; cased = true;
    } else prev = false;
  }
  return cased;
}

// ---- encode / translate ----

export function $m_encode(r, ...a) {
  if (typeof r !== "string") return fb(r, "encode", a);
  const [enc = "utf-8", errors = "strict"] = $place(a, ["encoding", "errors"], "encode");
  const e = String(enc).toLowerCase().replace(/_/g, "-");
  if (e === "utf-8" || e === "utf8") {
    if (errors === "strict") {
      const m = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(r);
      if (m) {
        throw new UnicodeEncodeError("utf-8", r, cp_index(r, m.index), cp_index(r, m.index) + 1, "surrogates not allowed");
      }
    }
    return new Bytes(new TextEncoder().encode(r));
  }
  if (e === "ascii" || e === "latin-1" || e === "latin1" || e === "iso-8859-1") {
    const lim = e === "ascii" ? 0x80 : 0x100;
    const out = [];
    let pos = 0;
    for (const c of r) {
      const cp = c.codePointAt(0);
      if (cp < lim) out.push(cp);
      else if (errors === "ignore") { /* skip */ }
      else if (errors === "replace") out.push(63);
      else {
        throw new UnicodeEncodeError(e === "ascii" ? "ascii" : "latin-1", r, pos, pos + 1,
          `ordinal not in range(${lim})`);
      }
      pos++;
    }
    return new Bytes(Uint8Array.from(out));
  }
  throw new LookupError(`unknown encoding: ${enc}`);
}

export function $m_translate(r, ...a) {
  if (typeof r !== "string") return fb(r, "translate", a);
  const table = a[0];
  let out = "";
  for (const c of r) {
    const cp = c.codePointAt(0);
    let v;
    try {
      v = table instanceof Dict ? (table.$has(cp) ? table.$get(cp) : undefined) : $getitem(table, cp);
    } catch (e) {
      if (e instanceof LookupError) v = undefined;
      else throw e;
    }
    if (v === undefined) out += c;
    else if (v === null) continue;
    else if (typeof v === "number") out += String.fromCodePoint(v);
    else if (typeof v === "string") out += v;
    else throw new PyTypeError("character mapping must return integer, None or str");
  }
  return out;
}

// str.maketrans(x[, y[, z]]) (also reachable as $m_maketrans(anyString, ...)).
export function maketrans(x, y, z) {
  const d = new Dict();
  if (y === undefined) {
    if (!(x instanceof Dict)) throw new PyTypeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.$entries()) {
      if (typeof k === "string") {
        if (cp_len(k) !== 1) throw new ValueError("string keys in translate table must be of length 1");
        d.$set(k.codePointAt(0), v);
      } else d.$set(k, v);
    }
    return d;
  }
  const xs = Array.from(needStr(x, "maketrans() argument 1 must be str, not")), ys = Array.from(needStr(y, "maketrans() argument 2 must be str, not"));
  if (xs.length !== ys.length) throw new ValueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < xs.length; i++) d.$set(xs[i].codePointAt(0), ys[i].codePointAt(0));
  if (z !== undefined) for (const c of needStr(z, "maketrans() argument 3 must be str, not")) d.$set(c.codePointAt(0), null);
  return d;
}
export function $m_maketrans(r, ...a) {
  if (typeof r !== "string" && !(typeof r === "function" && r.__name__ === "str")) return fb(r, "maketrans", a);
  return maketrans(...a);
}
