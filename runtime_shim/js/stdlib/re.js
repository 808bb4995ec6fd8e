// Python's re module on top of JS RegExp (patterns translated by _re_parse.js).
import { PyTypeError, ValueError, IndexError, NotImplementedError } from "../builtins/exceptions.js";
import { Tuple } from "../builtins/tuple.js";
import { Dict } from "../builtins/dict.js";
import { Bytes } from "../builtins/bytes.js";
import { $repr } from "../builtins/repr.js";
import { type_name } from "../builtins/object.js";
import { is_bmp, cp_index, cp_offset, cp_len } from "../builtins/strutil.js";
import { bind, pycall, as_index, is_callable } from "./_util.js";
import { MappingProxy } from "./_mappingproxy.js";
import { FLAG, error, compile_info } from "./_re_parse.js";

export { error };
export const NOFLAG = 0;
export const TEMPLATE = FLAG.TEMPLATE, T = FLAG.TEMPLATE;
export const IGNORECASE = FLAG.IGNORECASE, I = FLAG.IGNORECASE;
export const LOCALE = FLAG.LOCALE, L = FLAG.LOCALE;
export const MULTILINE = FLAG.MULTILINE, M = FLAG.MULTILINE;
export const DOTALL = FLAG.DOTALL, S = FLAG.DOTALL;
export const UNICODE = FLAG.UNICODE, U = FLAG.UNICODE;
export const VERBOSE = FLAG.VERBOSE, X = FLAG.VERBOSE;
export const DEBUG = FLAG.DEBUG;
export const ASCII = FLAG.ASCII, A = FLAG.ASCII;

const MAXSIZE = 9223372036854775807;

// ---- subject strings: str, or bytes handled as latin-1 text ------------------------------

function latin1(b) {
  let s = "";
  const u = b.$u8;
  for (let i = 0; i < u.length; i += 8192) s += String.fromCharCode.apply(null, u.subarray(i, i + 8192));
  return s;
}
function to_bytes(s) {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return new Bytes(u);
}

function isBytesLike(x) { return x instanceof Bytes || x instanceof Uint8Array; }

function subject(p, string) {
  if (typeof string === "string") {
    if (!p._istext) throw new PyTypeError("cannot use a bytes pattern on a string-like object");
    return string;
  }
  if (isBytesLike(string)) {
    if (p._istext) throw new PyTypeError("cannot use a string pattern on a bytes-like object");
    return latin1(string instanceof Bytes ? string : new Bytes(string));
  }
  throw new PyTypeError(`expected string or bytes-like object, got '${type_name(string)}'`);
}

// V8 may report an unanchored /u match starting between the two halves of a surrogate
// pair (its scan loop advances by code units): skip such spurious matches.
function execFrom(re, s, from) {
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(s);
    if (m === null) return null;
    const i = m.index;
    if (i > 0 && i < s.length) {
      const c = s.charCodeAt(i), p = s.charCodeAt(i - 1);
      if (c >= 0xdc00 && c < 0xe000 && p >= 0xd800 && p < 0xdc00) {
        from = i + 1;
        continue;
      }
    }
    return m;
  }
}

// ---- Pattern -----------------------------------------------------------------------------

const FLAG_NAMES = [
  ["re.TEMPLATE", FLAG.TEMPLATE], ["re.IGNORECASE", FLAG.IGNORECASE], ["re.LOCALE", FLAG.LOCALE],
  ["re.MULTILINE", FLAG.MULTILINE], ["re.DOTALL", FLAG.DOTALL], ["re.UNICODE", FLAG.UNICODE],
  ["re.VERBOSE", FLAG.VERBOSE], ["re.DEBUG", FLAG.DEBUG], ["re.ASCII", FLAG.ASCII],
];

export class Pattern {
  constructor(pattern, info, istext) {
    this.pattern = pattern;
    this.flags = info.flags;
    this.groups = info.groups;
    this._istext = istext;
    this._info = info;
    this._res = Object.create(null);
    const gi = new Dict();
    for (const [k, v] of info.groupindex) gi.$set(k, v);
    this._groupindex = gi;
  }
  static get __module__() { return "re"; }
  get groupindex() { return new MappingProxy(this._groupindex); }
  // kind: "g" (search), "y" (match at), "f" (fullmatch), "n<cp>" (non-empty at); +"d" for indices
  _re(kind) {
    let r = this._res[kind];
    if (r !== undefined) return r;
    const info = this._info;
    const d = kind.endsWith("d") ? "d" : "";
    const k = d ? kind.slice(0, -1) : kind;
    if (k === "g") r = new RegExp(info.source, info.jsflags + "g" + d);
    else if (k === "y") r = new RegExp(info.source, info.jsflags + "y" + d);
    else if (k === "f") r = new RegExp(`(?:${info.source})$`, info.jsflags + "y" + d);
    else {
      const n = +k.slice(1);
      r = new RegExp(`(?:${info.source})(?<!^[\\s\\S]{${n}})`, info.jsflags + "y" + d);
      return r; // not cached: depends on the position
    }
    this._res[kind] = r;
    return r;
  }
  _bounds(s, pos, endpos) {
    const n = is_bmp(s) ? s.length : cp_len(s);
    let p = pos === undefined || pos === null ? 0 : as_index(pos);
    let e = endpos === undefined || endpos === null ? n : as_index(endpos);
    if (p < 0) p = 0;
    if (p > n) p = n;
    if (e < 0) e = 0;
    if (e > n) e = n;
    return [p, e];
  }
  _run(kind, string, pos, endpos) {
    const s = subject(this, string);
    const [p, e] = this._bounds(s, pos, endpos);
    const bmp = is_bmp(s);
    const cut = bmp ? e : cp_offset(s, e);
    const s2 = cut < s.length ? s.slice(0, cut) : s;
    if (p > e) return null;
    const re = this._re(kind);
    const from = bmp ? p : cp_offset(s, p);
    let m;
    if (kind === "g") m = execFrom(re, s2, from);
    else {
      re.lastIndex = from;
      m = re.exec(s2);
    }
    if (m === null) return null;
    return new Match(this, string, s, s2, m, kind, p, e);
  }
  match(...a) {
    const { v: [string, pos, endpos] } = bind("match", a, ["string", "pos", "endpos"], 1);
    return this._run("y", string, pos, endpos);
  }
  fullmatch(...a) {
    const { v: [string, pos, endpos] } = bind("fullmatch", a, ["string", "pos", "endpos"], 1);
    return this._run("f", string, pos, endpos);
  }
  search(...a) {
    const { v: [string, pos, endpos] } = bind("search", a, ["string", "pos", "endpos"], 1);
    return this._run("g", string, pos, endpos);
  }
  // All successive matches with CPython's rules for empty matches.
  *_iter(string, pos, endpos) {
    const s = subject(this, string);
    const [p0, e] = this._bounds(s, pos, endpos);
    const bmp = is_bmp(s);
    const cut = bmp ? e : cp_offset(s, e);
    const s2 = cut < s.length ? s.slice(0, cut) : s;
    const g = this._re("g");
    let at = bmp ? p0 : cp_offset(s, p0);
    let mustAdvance = false;
    while (at <= s2.length) {
      let m = null;
      let kind = "g";
      if (mustAdvance && this._info.risky) {
        // sre retries at the same position for a non-empty match first
        const ncp = bmp ? at : cp_index(s2, at);
        const kn = "n" + ncp;
        const r = this._re(kn);
        r.lastIndex = at;
        m = r.exec(s2);
        if (m !== null) kind = kn;
      }
      if (m === null) {
        let start = at;
        if (mustAdvance) {
          if (at >= s2.length) break;
          const c = s2.charCodeAt(at);
          start = at + (c >= 0xd800 && c < 0xdc00 && at + 1 < s2.length ? 2 : 1);
        }
        m = execFrom(g, s2, start);
        if (m === null) break;
        // an empty match right where the previous (empty) one ended is not allowed
        kind = "g";
      }
      yield new Match(this, string, s, s2, m, kind, p0, e);
      const end = m.index + m[0].length;
      mustAdvance = m[0].length === 0;
      at = end;
    }
  }
  finditer(...a) {
    const { v: [string, pos, endpos] } = bind("finditer", a, ["string", "pos", "endpos"], 1);
    return this._iter(string, pos, endpos);
  }
  findall(...a) {
    const { v: [string, pos, endpos] } = bind("findall", a, ["string", "pos", "endpos"], 1);
    const out = [];
    const n = this.groups;
    for (const m of this._iter(string, pos, endpos)) {
      if (n === 0) out.push(m._wrap(m._m[0]));
      else if (n === 1) out.push(m._wrap(m._g(1) ?? ""));
      else {
        const t = [];
        for (let i = 1; i <= n; i++) t.push(m._wrap(m._g(i) ?? ""));
        out.push(Tuple.from(t));
      }
    }
    return out;
  }
  split(...a) {
    const { v: [string, maxsplit] } = bind("split", a, ["string", "maxsplit"], 1);
    const max = maxsplit === undefined ? 0 : as_index(maxsplit);
    const out = [];
    let last = 0;
    let s2 = null;
    let count = 0;
    if (max < 0) return [string];
    for (const m of this._iter(string)) {
      if (max && count >= max) break;
      s2 = m._s2;
      out.push(m._wrap(s2.slice(last, m._m.index)));
      for (let i = 1; i <= this.groups; i++) {
        const v = m._g(i);
        out.push(v === undefined ? null : m._wrap(v));
      }
      last = m._m.index + m._m[0].length;
      count++;
    }
    if (s2 === null) return [typeof string === "string" ? string : this._istext ? string : to_bytes(subject(this, string))];
    const rest = s2.slice(last);
    out.push(this._istext ? rest : to_bytes(rest));
    return out;
  }
  _subx(repl, string, count) {
    const cnt = count === undefined ? 0 : as_index(count);
    let filter = null;
    let template = null;
    let wrong = null; // a str/bytes repl of the other kind: CPython fails when joining
    if (is_callable(repl)) filter = repl;
    else if (typeof repl === "string") {
      if (this._istext) template = repl.includes("\\") ? parseTemplate(repl, this) : [repl];
      else wrong = repl;
    } else if (isBytesLike(repl)) {
      if (!this._istext) {
        const r = latin1(repl instanceof Bytes ? repl : new Bytes(repl));
        template = r.includes("\\") ? parseTemplate(r, this) : [r];
      } else wrong = repl;
    } else {
      throw new PyTypeError(`decoding to str: need a bytes-like object, ${type_name(repl)} found`);
    }
    const s = subject(this, string);
    const parts = [];
    let bad = -1, badType = null;
    let i = 0;
    let n = 0;
    for (const m of this._iter(string)) {
      if (cnt && n >= cnt) break;
      const b = m._m.index, e = b + m._m[0].length;
      if (i < b) parts.push(s.slice(i, b));
      if (filter !== null) {
        const r = pycall(filter, m);
        if (r !== null && r !== undefined) {
          if (this._istext && typeof r === "string") parts.push(r);
          else if (!this._istext && isBytesLike(r)) parts.push(latin1(r instanceof Bytes ? r : new Bytes(r)));
          else {
            if (bad < 0) { bad = parts.length; badType = type_name(r); }
            parts.push("");
          }
        }
      } else if (wrong !== null) {
        if (bad < 0) { bad = parts.length; badType = type_name(wrong); }
        parts.push("");
      } else {
        parts.push(expandTemplate(template, m));
      }
      i = e;
      n++;
    }
    if (bad >= 0) {
      throw new PyTypeError(this._istext
        ? `sequence item ${bad}: expected str instance, ${badType} found`
        : `sequence item ${bad}: expected a bytes-like object, ${badType} found`);
    }
    if (i < s.length) parts.push(s.slice(i));
    const out = parts.join("");
    return [this._istext ? out : to_bytes(out), n];
  }
  sub(...a) {
    const { v: [repl, string, count] } = bind("sub", a, ["repl", "string", "count"], 2);
    return this._subx(repl, string, count)[0];
  }
  subn(...a) {
    const { v: [repl, string, count] } = bind("subn", a, ["repl", "string", "count"], 2);
    const [r, n] = this._subx(repl, string, count);
    return Tuple.of(r, n);
  }
  __repr__() {
    let flags = this.flags;
    if (this._istext && (flags & (FLAG.LOCALE | FLAG.UNICODE | FLAG.ASCII)) === FLAG.UNICODE) flags &= ~FLAG.UNICODE;
    let pr = $repr(this.pattern);
    if (Array.from(pr).length > 200) pr = Array.from(pr).slice(0, 200).join("");
    if (!flags) return `re.compile(${pr})`;
    const names = [];
    for (const [name, bit] of FLAG_NAMES) if (flags & bit) { names.push(name); flags &= ~bit; }
    if (flags) names.push(`0x${flags.toString(16)}`);
    return `re.compile(${pr}, ${names.join("|")})`;
  }
  __eq__(o) {
    if (!(o instanceof Pattern)) return false;
    return this.flags === o.flags && this._istext === o._istext &&
      (this._istext ? this.pattern === o.pattern : this.pattern.__eq__(o.pattern) === true);
  }
  __hash__() {
    let h = 0;
    const s = this._istext ? this.pattern : latin1(this.pattern);
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    return h ^ this.flags;
  }
  __copy__() { return this; }
  __deepcopy__() { return this; }
}

// ---- Match -------------------------------------------------------------------------------

export class Match {
  constructor(pattern, string, s, s2, m, kind, pos, endpos) {
    this.re = pattern;
    this.string = string;
    this._s = s;
    this._s2 = s2;
    this._m = m;
    this._kind = kind;
    this.pos = pos;
    this.endpos = endpos;
    this._idx = null;
  }
  static get __module__() { return "re"; }
  _wrap(v) { return this.re._istext ? v : to_bytes(v); }
  _g(i) {
    if (i === 0) return this._m[0];
    return this._m[this.re._info.pyToJs[i]];
  }
  _index(g) {
    if (typeof g === "number" && Number.isInteger(g)) {
      if (g >= 0 && g <= this.re.groups) return g;
    } else if (typeof g === "boolean") {
      return +g;
    } else if (typeof g === "string") {
      const i = this.re._info.groupindex.get(g);
      if (i !== undefined) return i;
    } else if (g !== null && typeof g === "object" && typeof g.__index__ === "function") {
      const i = g.__index__();
      if (i >= 0 && i <= this.re.groups) return i;
    }
    throw new IndexError("no such group");
  }
  _value(i, dflt) {
    const v = this._g(i);
    return v === undefined ? dflt : this._wrap(v);
  }
  group(...gs) {
    if (gs.length === 0) return this._value(0, null);
    if (gs.length === 1) return this._value(this._index(gs[0]), null);
    return Tuple.from(gs.map((g) => this._value(this._index(g), null)));
  }
  __getitem__(g) { return this._value(this._index(g), null); }
  groups(...a) {
    const { v: [dflt] } = bind("groups", a, ["default"], 0);
    const d = dflt === undefined ? null : dflt;
    const out = [];
    for (let i = 1; i <= this.re.groups; i++) out.push(this._value(i, d));
    return Tuple.from(out);
  }
  groupdict(...a) {
    const { v: [dflt] } = bind("groupdict", a, ["default"], 0);
    const d = dflt === undefined ? null : dflt;
    const out = new Dict();
    for (const [name, i] of this.re._info.groupindex) out.$set(name, this._value(i, d));
    return out;
  }
  // code-unit spans of all JS groups (re-running the same match with the `d` flag)
  _spans() {
    if (this._idx !== null) return this._idx;
    const re = this.re._re(this._kind + "d");
    re.lastIndex = this._m.index;
    const m = re.exec(this._s2);
    this._idx = m.indices;
    return this._idx;
  }
  _cp(off) { return is_bmp(this._s) ? off : cp_index(this._s, off); }
  span(...a) {
    const i = this._index(a.length ? a[0] : 0);
    if (i === 0) {
      const b = this._m.index;
      return Tuple.of(this._cp(b), this._cp(b + this._m[0].length));
    }
    if (this._g(i) === undefined) return Tuple.of(-1, -1);
    const sp = this._spans()[this.re._info.pyToJs[i]];
    return Tuple.of(this._cp(sp[0]), this._cp(sp[1]));
  }
  start(...a) { return this.span(...a)[0]; }
  end(...a) { return this.span(...a)[1]; }
  get regs() {
    const out = [this.span(0)];
    for (let i = 1; i <= this.re.groups; i++) out.push(this.span(i));
    return Tuple.from(out);
  }
  get lastindex() {
    let best = null, seq = -1;
    const cs = this.re._info.closeSeq;
    for (let i = 1; i <= this.re.groups; i++) {
      if (this._g(i) !== undefined && cs[i] > seq) { seq = cs[i]; best = i; }
    }
    return best;
  }
  get lastgroup() {
    const i = this.lastindex;
    if (i === null) return null;
    const name = this.re._info.names[i];
    return name === undefined ? null : name;
  }
  expand(template) {
    let t;
    if (this.re._istext) {
      if (typeof template !== "string") throw new PyTypeError(`expected str instance, ${type_name(template)} found`);
      t = template;
    } else t = latin1(template instanceof Bytes ? template : new Bytes(template));
    const r = expandTemplate(parseTemplate(t, this.re), this);
    return this.re._istext ? r : to_bytes(r);
  }
  __repr__() {
    const sp = this.span(0);
    return `<re.Match object; span=(${sp[0]}, ${sp[1]}), match=${$repr(this.group(0))}>`;
  }
  __copy__() { return this; }
  __deepcopy__() { return this; }
}

// ---- replacement templates -----------------------------------------------------------------

function templateError(msg, tpl, pos) {
  return new error(msg, tpl, pos);
}

// Returns an array of literal strings and group numbers.
function parseTemplate(tpl, pattern) {
  const s = Array.from(tpl);
  const out = [];
  let lit = "";
  const tplObj = pattern._istext ? tpl : to_bytes(tpl);
  const addGroup = (index, pos) => {
    if (index > pattern.groups) throw templateError(`invalid group reference ${index}`, tplObj, pos);
    if (lit) { out.push(lit); lit = ""; }
    out.push(index);
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch !== "\\") { lit += ch; i++; continue; }
    if (i + 1 >= s.length) throw templateError("bad escape (end of pattern)", tplObj, s.length - 1);
    const c = s[i + 1];
    i += 2;
    if (c === "g") {
      if (s[i] !== "<") throw templateError("missing <", tplObj, i);
      i++;
      let name = "";
      const start = i;
      while (i < s.length && s[i] !== ">") name += s[i++];
      if (i >= s.length) {
        if (!name) throw templateError("missing group name", tplObj, i);
        throw templateError("missing >, unterminated name", tplObj, start);
      }
      i++;
      if (!name) throw templateError("missing group name", tplObj, i - 1);
      let index;
      if (/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(name)) {
        index = pattern._info.groupindex.get(name);
        if (index === undefined) throw new IndexError(`unknown group name ${$repr(name)}`);
      } else {
        if (!/^[0-9]+$/.test(name)) throw templateError(`bad character in group name ${$repr(name)}`, tplObj, start);
        index = parseInt(name, 10);
      }
      addGroup(index, start);
    } else if (c === "0") {
      let v = "0";
      if (i < s.length && "01234567".includes(s[i])) {
        v += s[i++];
        if (i < s.length && "01234567".includes(s[i])) v += s[i++];
      }
      lit += String.fromCharCode(parseInt(v, 8) & 0xff);
    } else if ("0123456789".includes(c)) {
      let v = c;
      let isOctal = false;
      if (i < s.length && "0123456789".includes(s[i])) {
        v += s[i++];
        if ("01234567".includes(c) && "01234567".includes(v[1]) && i < s.length && "01234567".includes(s[i])) {
          v += s[i++];
          isOctal = true;
          const n = parseInt(v, 8);
          if (n > 0o377) throw templateError(`octal escape value \\${v} outside of range 0-0o377`, tplObj, i - 4);
          lit += String.fromCharCode(n);
        }
      }
      if (!isOctal) addGroup(parseInt(v, 10), i - v.length);
    } else {
      const ESC = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };
      if (ESC[c] !== undefined) lit += ESC[c];
      else if (/^[A-Za-z]$/.test(c)) throw templateError(`bad escape \\${c}`, tplObj, i - 2);
      else lit += "\\" + c;
    }
  }
  if (lit) out.push(lit);
  return out;
}

function expandTemplate(t, m) {
  let r = "";
  for (const part of t) {
    if (typeof part === "string") r += part;
    else {
      const v = m._g(part);
      if (v !== undefined) r += v;
    }
  }
  return r;
}

// ---- compile / cache -------------------------------------------------------------------------

let cache = null;

function _compile(pattern, flags) {
  if (pattern instanceof Pattern) {
    if (flags) throw new ValueError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  flags = flags === undefined || flags === null ? 0 : as_index(flags);
  let istext;
  if (typeof pattern === "string") istext = true;
  else if (isBytesLike(pattern)) {
    istext = false;
    if (!(pattern instanceof Bytes)) pattern = new Bytes(pattern);
  } else throw new PyTypeError("first argument must be string or compiled pattern");
  const key = (istext ? "s" : "b") + flags + ":" + (istext ? pattern : latin1(pattern));
  if (cache === null) cache = new Map();
  let p = cache.get(key);
  if (p !== undefined) return p;
  const info = compile_info(pattern, flags, istext);
  p = new Pattern(pattern, info, istext);
  if (cache.size >= 512) cache.clear();
  cache.set(key, p);
  return p;
}

export function compile(...a) {
  const { v: [pattern, flags] } = bind("compile", a, ["pattern", "flags"], 1);
  return _compile(pattern, flags);
}

export function purge() {
  if (cache !== null) cache.clear();
  return null;
}

// Build-time check used by the compiler: raises re.error (invalid in Python too) or
// NotImplementedError (valid Python, not translatable); returns the JS translation.
export function translate(pattern, flags = 0) {
  const istext = typeof pattern === "string";
  const info = compile_info(istext ? pattern : new Bytes(pattern), flags || 0, istext);
  return { source: info.source, flags: info.jsflags, groups: info.groups };
}

export function match(...a) {
  const { v: [pattern, string, flags] } = bind("match", a, ["pattern", "string", "flags"], 2);
  return _compile(pattern, flags).match(string);
}
export function fullmatch(...a) {
  const { v: [pattern, string, flags] } = bind("fullmatch", a, ["pattern", "string", "flags"], 2);
  return _compile(pattern, flags).fullmatch(string);
}
export function search(...a) {
  const { v: [pattern, string, flags] } = bind("search", a, ["pattern", "string", "flags"], 2);
  return _compile(pattern, flags).search(string);
}
export function sub(...a) {
  const { v: [pattern, repl, string, count, flags] } = bind("sub", a, ["pattern", "repl", "string", "count", "flags"], 3);
  return _compile(pattern, flags).sub(repl, string, count === undefined ? 0 : count);
}
export function subn(...a) {
  const { v: [pattern, repl, string, count, flags] } = bind("subn", a, ["pattern", "repl", "string", "count", "flags"], 3);
  return _compile(pattern, flags).subn(repl, string, count === undefined ? 0 : count);
}
export function split(...a) {
  const { v: [pattern, string, maxsplit, flags] } = bind("split", a, ["pattern", "string", "maxsplit", "flags"], 2);
  return _compile(pattern, flags).split(string, maxsplit === undefined ? 0 : maxsplit);
}
export function findall(...a) {
  const { v: [pattern, string, flags] } = bind("findall", a, ["pattern", "string", "flags"], 2);
  return _compile(pattern, flags).findall(string);
}
export function finditer(...a) {
  const { v: [pattern, string, flags] } = bind("finditer", a, ["pattern", "string", "flags"], 2);
  return _compile(pattern, flags).finditer(string);
}

const SPECIAL_CHARS = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";

export function escape(pattern) {
  if (typeof pattern === "string") {
    let out = "";
    for (const ch of pattern) out += SPECIAL_CHARS.includes(ch) ? "\\" + ch : ch;
    return out;
  }
  if (isBytesLike(pattern)) {
    const s = latin1(pattern instanceof Bytes ? pattern : new Bytes(pattern));
    let out = "";
    for (const ch of s) out += SPECIAL_CHARS.includes(ch) ? "\\" + ch : ch;
    return to_bytes(out);
  }
  throw new PyTypeError(`expected string or bytes-like object, got '${type_name(pattern)}'`);
}

export function template() {
  throw new NotImplementedError("re.template() is not supported by cfpy");
}

