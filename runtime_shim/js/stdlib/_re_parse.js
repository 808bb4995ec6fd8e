// Python regular-expression syntax -> JS RegExp source (private helper of re.js).
//
// The parser follows CPython's re._parser (same accepted syntax, same error messages and
// positions); the emitter produces a `u`-flag JS pattern whose matching agrees with sre.
// Constructs whose JS matching would differ are refused with NotImplementedError.
import { Exception, NotImplementedError, OverflowError, ValueError } from "../builtins/exceptions.js";
import { $repr } from "../builtins/repr.js";

export const FLAG = {
  TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64,
  DEBUG: 128, ASCII: 256,
};
const TYPE_FLAGS = FLAG.ASCII | FLAG.LOCALE | FLAG.UNICODE;
const GLOBAL_FLAGS = FLAG.DEBUG | FLAG.TEMPLATE;
const INLINE = { i: FLAG.IGNORECASE, L: FLAG.LOCALE, m: FLAG.MULTILINE, s: FLAG.DOTALL, x: FLAG.VERBOSE, a: FLAG.ASCII, t: FLAG.TEMPLATE, u: FLAG.UNICODE };
const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;

// re.error
export class error extends Exception {
  __init__(msg, pattern = null, pos = null) {
    if (pattern === undefined) pattern = null;
    if (pos === undefined) pos = null;
    this.msg = msg;
    this.pattern = pattern;
    this.pos = pos;
    let full = msg;
    if (pattern !== null && pos !== null) {
      full = `${msg} at position ${pos}`;
      const s = typeof pattern === "string" ? Array.from(pattern) : Array.from(pattern.$u8 || [], (b) => String.fromCharCode(b));
      let line = 1, lastNl = -1;
      for (let i = 0; i < pos && i < s.length; i++) if (s[i] === "\n") { line++; lastNl = i; }
      this.lineno = line;
      this.colno = pos - lastNl;
      if (s.includes("\n")) full = `${full} (line ${this.lineno}, column ${this.colno})`;
    } else {
      this.lineno = null;
      this.colno = null;
    }
    super.__init__(full);
  }
  static get __module__() { return "re"; }
}

const DIGITS = "0123456789";
const OCTDIGITS = "01234567";
const HEXDIGITS = "0123456789abcdefABCDEF";
const ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const WHITESPACE = " \t\n\r\v\f";
const SPECIAL = ".\\[{()*+?^$|";
const REPEAT_CHARS = "*+?{";
const ESCAPES = { "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92 };
const CATS = { "\\d": "d", "\\D": "D", "\\s": "s", "\\S": "S", "\\w": "w", "\\W": "W" };
const ATS = { "\\A": "A", "\\b": "b", "\\B": "B", "\\Z": "Z" };

const IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
function isIdentifier(s) { return IDENT.test(s); }

class Tokenizer {
  constructor(string, istext, original) {
    this.istext = istext;
    this.original = original;
    this.s = Array.from(string);
    this.index = 0;
    this.next = null;
    this._next();
  }
  _next() {
    let index = this.index;
    if (index >= this.s.length) { this.next = null; return; }
    let ch = this.s[index];
    if (ch === "\\") {
      index++;
      if (index >= this.s.length) throw new error("bad escape (end of pattern)", this.original, this.s.length - 1);
      ch += this.s[index];
    }
    this.index = index + 1;
    this.next = ch;
  }
  match(c) {
    if (c === this.next) { this._next(); return true; }
    return false;
  }
  get() {
    const t = this.next;
    this._next();
    return t;
  }
  getwhile(n, charset) {
    let r = "";
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !charset.includes(c)) break;
      r += c;
      this._next();
    }
    return r;
  }
  getuntil(terminator, name) {
    let r = "";
    for (;;) {
      const c = this.next;
      this._next();
      if (c === null) {
        if (!r) throw this.error("missing " + name);
        throw this.error(`missing ${terminator}, unterminated name`, cplen(r));
      }
      if (c === terminator) {
        if (!r) throw this.error("missing " + name, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  tell() { return this.index - (this.next === null ? 0 : Array.from(this.next).length); }
  seek(i) { this.index = i; this._next(); }
  error(msg, offset = 0) { return new error(msg, this.original, this.tell() - offset); }
  checkgroupname(name, offset) {
    if (!isIdentifier(name)) {
      throw this.error(`bad character in group name ${$repr(name)}`, cplen(name) + offset);
    }
  }
}

function cplen(s) { return Array.from(s).length; }
function cp(ch) { return ch.codePointAt(0); }

class State {
  constructor(flags) {
    this.flags = flags;
    this.groupdict = new Map();
    this.groupwidths = [null];
    this.groupnames = [null];
    this.lookbehindgroups = null;
    this.closeSeq = [0];
    this.seq = 0;
  }
  get groups() { return this.groupwidths.length; }
  opengroup(name) {
    const gid = this.groups;
    this.groupwidths.push(null);
    this.groupnames.push(name);
    this.closeSeq.push(0);
    if (this.groups > MAXGROUPS) throw new error("too many groups");
    if (name !== null) {
      const o = this.groupdict.get(name);
      if (o !== undefined) {
        throw new error(`redefinition of group name ${$repr(name)} as group ${gid}; was group ${o}`);
      }
      this.groupdict.set(name, gid);
    }
    return gid;
  }
  closegroup(gid, p) {
    this.groupwidths[gid] = width(p);
    this.closeSeq[gid] = ++this.seq;
  }
  checkgroup(gid) { return gid < this.groups && this.groupwidths[gid] !== null; }
  checklookbehindgroup(gid, source) {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error("cannot refer to an open group");
      if (gid >= this.lookbehindgroups) {
        throw source.error("cannot refer to group defined in the same lookbehind subpattern");
      }
    }
  }
}

// ---- AST -------------------------------------------------------------------------------
// {t:"lit", c} {t:"any"} {t:"in", neg, items} {t:"at", k} {t:"group", n, body}
// {t:"look", behind, neg, body} {t:"atomic", body} {t:"rep", min, max, kind, body}
// {t:"ref", n} {t:"seq", items} {t:"alt", branches} {t:"cond"}
// Flag-dependent nodes record the flags in effect: any.s, at.m, cat/in.a, lit.i ...

function seq(items) { return { t: "seq", items }; }

function width(node) {
  if (node.w !== undefined) return node.w;
  let lo = 0, hi = 0;
  switch (node.t) {
    case "seq":
      for (const it of node.items) { const [a, b] = width(it); lo += a; hi += b; }
      break;
    case "alt": {
      let i = MAXREPEAT - 1, j = 0;
      for (const b of node.branches) { const [l, h] = width(b); i = Math.min(i, l); j = Math.max(j, h); }
      lo = i; hi = j;
      break;
    }
    case "group": case "atomic": case "flags": [lo, hi] = width(node.body); break;
    case "rep": { const [a, b] = width(node.body); lo = a * node.min; hi = b * node.max; break; }
    case "lit": case "any": case "in": case "cat": lo = hi = 1; break;
    case "ref": [lo, hi] = node.gw; break;
    case "cond": {
      let [i, j] = width(node.yes);
      if (node.no) { const [l, h] = width(node.no); i = Math.min(i, l); j = Math.max(j, h); } else i = 0;
      lo = i; hi = j;
      break;
    }
    default: lo = hi = 0;
  }
  node.w = [Math.min(lo, MAXREPEAT - 1), Math.min(hi, MAXREPEAT)];
  return node.w;
}

function classEscape(source, esc) {
  if (ESCAPES[esc] !== undefined) return { t: "lit", c: ESCAPES[esc] };
  if (CATS[esc] !== undefined) return { t: "cat", k: CATS[esc] };
  const c = esc.slice(1);
  if (c === "x") {
    esc += source.getwhile(2, HEXDIGITS);
    if (esc.length !== 4) throw source.error(`incomplete escape ${esc}`, esc.length);
    return { t: "lit", c: parseInt(esc.slice(2), 16) };
  }
  if (c === "u" && source.istext) {
    esc += source.getwhile(4, HEXDIGITS);
    if (esc.length !== 6) throw source.error(`incomplete escape ${esc}`, esc.length);
    return { t: "lit", c: parseInt(esc.slice(2), 16) };
  }
  if (c === "U" && source.istext) {
    esc += source.getwhile(8, HEXDIGITS);
    if (esc.length !== 10) throw source.error(`incomplete escape ${esc}`, esc.length);
    const v = parseInt(esc.slice(2), 16);
    if (v > 0x10ffff) throw source.error(`bad escape ${esc}`, esc.length);
    return { t: "lit", c: v };
  }
  if (c === "N" && source.istext) {
    throw new NotImplementedError("re: named character escapes (\\N{...}) are not supported by cfpy");
  }
  if (OCTDIGITS.includes(c)) {
    esc += source.getwhile(2, OCTDIGITS);
    const v = parseInt(esc.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
    return { t: "lit", c: v };
  }
  if (DIGITS.includes(c)) throw source.error(`bad escape ${esc}`, esc.length);
  if (cplen(esc) === 2) {
    if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${esc}`, esc.length);
    return { t: "lit", c: cp(c) };
  }
  throw source.error(`bad escape ${esc}`, esc.length);
}

function escape(source, esc, state) {
  if (ATS[esc] !== undefined) return { t: "at", k: ATS[esc] };
  if (CATS[esc] !== undefined) return { t: "cat", k: CATS[esc] };
  if (ESCAPES[esc] !== undefined) return { t: "lit", c: ESCAPES[esc] };
  const c = esc.slice(1);
  if (c === "x" || ((c === "u" || c === "U" || c === "N") && source.istext)) return classEscape(source, esc);
  if (c === "0") {
    esc += source.getwhile(2, OCTDIGITS);
    return { t: "lit", c: parseInt(esc.slice(1), 8) };
  }
  if (DIGITS.includes(c)) {
    if (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) {
      esc += source.get();
      if (OCTDIGITS.includes(esc[1]) && OCTDIGITS.includes(esc[2]) &&
          source.next !== null && source.next.length === 1 && OCTDIGITS.includes(source.next)) {
        esc += source.get();
        const v = parseInt(esc.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
        return { t: "lit", c: v };
      }
    }
    const group = parseInt(esc.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error("cannot refer to an open group", esc.length);
      state.checklookbehindgroup(group, source);
      return { t: "ref", n: group, gw: state.groupwidths[group] };
    }
    throw source.error(`invalid group reference ${group}`, esc.length - 1);
  }
  if (cplen(esc) === 2) {
    if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${esc}`, esc.length);
    return { t: "lit", c: cp(c) };
  }
  throw source.error(`bad escape ${esc}`, esc.length);
}

function parseFlags(source, state, ch) {
  let add = 0, del = 0;
  if (ch !== "-") {
    for (;;) {
      const flag = INLINE[ch];
      if (source.istext) {
        if (ch === "L") throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (ch === "u") {
        throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      add |= flag;
      if ((flag & TYPE_FLAGS) && (add & TYPE_FLAGS) !== flag) {
        throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      ch = source.get();
      if (ch === null) throw source.error("missing -, : or )");
      if (")-:".includes(ch)) break;
      if (INLINE[ch] === undefined) {
        throw source.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing -, : or )", cplen(ch));
      }
    }
  }
  if (ch === ")") {
    state.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw source.error("bad inline flags: cannot turn on global flag", 1);
  if (ch === "-") {
    ch = source.get();
    if (ch === null) throw source.error("missing flag");
    if (INLINE[ch] === undefined) throw source.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing flag", cplen(ch));
    for (;;) {
      const flag = INLINE[ch];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      ch = source.get();
      if (ch === null) throw source.error("missing :");
      if (ch === ":") break;
      if (INLINE[ch] === undefined) throw source.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing :", cplen(ch));
    }
  }
  if (del & GLOBAL_FLAGS) throw source.error("bad inline flags: cannot turn off global flag", 1);
  if (add & del) throw source.error("bad inline flags: flag turned on and off", 1);
  return [add, del];
}

// Scoped-flag context while parsing: the flags in effect for nodes being created.
function parseSub(source, state, verbose, nested, fl) {
  const items = [];
  for (;;) {
    items.push(parseSeq(source, state, verbose, nested + 1, !nested && items.length === 0, fl));
    if (!source.match("|")) break;
    if (!nested) verbose = !!(state.flags & FLAG.VERBOSE);
  }
  if (items.length === 1) return items[0];
  return { t: "alt", branches: items };
}

function parseSeq(source, state, verbose, nested, first, fl) {
  const sub = [];
  const ctx = () => ({ flags: (state.flags | fl.add) & ~fl.del });
  for (;;) {
    let ch = source.next;
    if (ch === null || ch === "|" || ch === ")") break;
    source.get();
    if (verbose) {
      if (WHITESPACE.includes(ch) && ch.length === 1) continue;
      if (ch === "#") {
        for (;;) {
          ch = source.get();
          if (ch === null || ch === "\n") break;
        }
        continue;
      }
    }
    if (ch[0] === "\\") {
      const node = escape(source, ch, state);
      node.f = ctx().flags;
      sub.push(node);
    } else if (!SPECIAL.includes(ch)) {
      sub.push({ t: "lit", c: cp(ch), f: ctx().flags });
    } else if (ch === "[") {
      const here = source.tell() - 1;
      const set = [];
      const neg = source.match("^");
      for (;;) {
        let t = source.get();
        if (t === null) throw source.error("unterminated character set", source.tell() - here);
        if (t === "]" && set.length) break;
        let code1;
        if (t[0] === "\\") code1 = classEscape(source, t);
        else code1 = { t: "lit", c: cp(t) };
        if (source.match("-")) {
          const that = source.get();
          if (that === null) throw source.error("unterminated character set", source.tell() - here);
          if (that === "]") {
            set.push(code1);
            set.push({ t: "lit", c: 45 });
            break;
          }
          let code2;
          if (that[0] === "\\") code2 = classEscape(source, that);
          else code2 = { t: "lit", c: cp(that) };
          if (code1.t !== "lit" || code2.t !== "lit") {
            throw source.error(`bad character range ${t}-${that}`, cplen(t) + 1 + cplen(that));
          }
          if (code2.c < code1.c) {
            throw source.error(`bad character range ${t}-${that}`, cplen(t) + 1 + cplen(that));
          }
          set.push({ t: "range", lo: code1.c, hi: code2.c });
        } else {
          set.push(code1);
        }
      }
      sub.push({ t: "in", neg, items: set, f: ctx().flags });
    } else if (REPEAT_CHARS.includes(ch)) {
      const here = source.tell();
      let min, max;
      if (ch === "?") { min = 0; max = 1; }
      else if (ch === "*") { min = 0; max = MAXREPEAT; }
      else if (ch === "+") { min = 1; max = MAXREPEAT; }
      else {
        if (source.next === "}") {
          sub.push({ t: "lit", c: 123, f: ctx().flags });
          continue;
        }
        min = 0; max = MAXREPEAT;
        let lo = "", hi = "";
        while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) lo += source.get();
        if (source.match(",")) {
          while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) hi += source.get();
        } else hi = lo;
        if (!source.match("}")) {
          sub.push({ t: "lit", c: 123, f: ctx().flags });
          source.seek(here);
          continue;
        }
        if (lo) {
          min = parseInt(lo, 10);
          if (min >= MAXREPEAT) throw new OverflowError("the repetition number is too large");
        }
        if (hi) {
          max = parseInt(hi, 10);
          if (max >= MAXREPEAT) throw new OverflowError("the repetition number is too large");
          if (max < min) throw source.error("min repeat greater than max repeat", source.tell() - here);
        }
      }
      const item = sub.length ? sub[sub.length - 1] : null;
      if (item === null || item.t === "at") {
        throw source.error("nothing to repeat", source.tell() - here + cplen(ch));
      }
      if (item.t === "rep") {
        throw source.error("multiple repeat", source.tell() - here + cplen(ch));
      }
      let kind = "greedy";
      if (source.match("?")) kind = "lazy";
      else if (source.match("+")) kind = "possessive";
      sub[sub.length - 1] = { t: "rep", min, max, kind, body: item };
    } else if (ch === ".") {
      sub.push({ t: "any", f: ctx().flags });
    } else if (ch === "(") {
      const start = source.tell() - 1;
      let capture = true, atomic = false, name = null, add = 0, del = 0;
      if (source.match("?")) {
        const c = source.get();
        if (c === null) throw source.error("unexpected end of pattern");
        if (c === "P") {
          if (source.match("<")) {
            name = source.getuntil(">", "group name");
            source.checkgroupname(name, 1);
          } else if (source.match("=")) {
            name = source.getuntil(")", "group name");
            source.checkgroupname(name, 1);
            const gid = state.groupdict.get(name);
            if (gid === undefined) throw source.error(`unknown group name ${$repr(name)}`, cplen(name) + 1);
            if (!state.checkgroup(gid)) throw source.error("cannot refer to an open group", cplen(name) + 1);
            state.checklookbehindgroup(gid, source);
            sub.push({ t: "ref", n: gid, gw: state.groupwidths[gid], f: ctx().flags });
            continue;
          } else {
            const c2 = source.get();
            if (c2 === null) throw source.error("unexpected end of pattern");
            throw source.error("unknown extension ?P" + c2, cplen(c2) + 2);
          }
        } else if (c === ":") {
          capture = false;
        } else if (c === "#") {
          for (;;) {
            if (source.next === null) throw source.error("missing ), unterminated comment", source.tell() - start);
            if (source.get() === ")") break;
          }
          continue;
        } else if ("=!<".includes(c)) {
          let dir = 1, kind = c;
          let savedLb = null;
          if (c === "<") {
            kind = source.get();
            if (kind === null) throw source.error("unexpected end of pattern");
            if (kind !== "=" && kind !== "!") throw source.error("unknown extension ?<" + kind, cplen(kind) + 2);
            dir = -1;
            savedLb = state.lookbehindgroups;
            if (savedLb === null) state.lookbehindgroups = state.groups;
          }
          const p = parseSub(source, state, verbose, nested + 1, fl);
          if (dir < 0 && savedLb === null) state.lookbehindgroups = null;
          if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
          if (dir < 0) {
            const [lo, hi] = width(p);
            if (lo !== hi) throw new error("look-behind requires fixed-width pattern");
          }
          sub.push({ t: "look", behind: dir < 0, neg: kind === "!", body: p });
          continue;
        } else if (c === "(") {
          throw new NotImplementedError("re: conditional groups (?(id)yes|no) are not supported by cfpy");
        } else if (c === ">") {
          capture = false;
          atomic = true;
        } else if (INLINE[c] !== undefined || c === "-") {
          const flags = parseFlags(source, state, c);
          if (flags === null) {
            if (!first || sub.length) {
              throw source.error("global flags not at the start of the expression", source.tell() - start);
            }
            verbose = !!(state.flags & FLAG.VERBOSE);
            continue;
          }
          [add, del] = flags;
          capture = false;
        } else {
          throw source.error("unknown extension ?" + c, cplen(c) + 1);
        }
      }
      let group = null;
      if (capture) {
        try {
          group = state.opengroup(name);
        } catch (e) {
          if (e instanceof error) throw source.error(e.msg, cplen(name) + 1);
          throw e;
        }
      }
      const subVerbose = (verbose || !!(add & FLAG.VERBOSE)) && !(del & FLAG.VERBOSE);
      const subFl = { add: (fl.add | add) & ~del, del: (fl.del | del) & ~add };
      const p = parseSub(source, state, subVerbose, nested + 1, subFl);
      if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
      if (group !== null) state.closegroup(group, p);
      if (atomic) sub.push({ t: "atomic", body: p });
      else if (group !== null) sub.push({ t: "group", n: group, body: p });
      else if (add || del) sub.push({ t: "flags", add, del, body: p });
      else {
        // non-capturing group: keep it as a unit (a following quantifier applies to it)
        sub.push({ t: "ncg", body: p });
      }
    } else if (ch === "^") {
      sub.push({ t: "at", k: "^", f: ctx().flags });
    } else if (ch === "$") {
      sub.push({ t: "at", k: "$", f: ctx().flags });
    }
  }
  return seq(sub);
}

// ---- analysis: constructs JS would match differently -------------------------------------

function nullable(n) {
  switch (n.t) {
    case "seq": return n.items.every(nullable);
    case "alt": return n.branches.some(nullable);
    case "group": case "atomic": case "flags": case "ncg": return nullable(n.body);
    case "rep": return n.min === 0 || nullable(n.body);
    case "lit": case "any": case "in": case "cat": return false;
    case "ref": return true;
    default: return true; // at, look
  }
}

// Contains a construct that may prefer an empty match over a non-empty one: a lazy repeat
// or an alternation with a nullable branch before another branch.
function emptyFirst(n) {
  switch (n.t) {
    case "seq": return n.items.some(emptyFirst);
    case "alt": return n.branches.some((b, i) => (i < n.branches.length - 1 && nullable(b)) || emptyFirst(b));
    case "rep": return n.kind === "lazy" || emptyFirst(n.body);
    case "group": case "atomic": case "flags": case "ncg": case "look": return emptyFirst(n.body);
    default: return false;
  }
}

function hasGroup(n) {
  switch (n.t) {
    case "group": return true;
    case "seq": return n.items.some(hasGroup);
    case "alt": return n.branches.some(hasGroup);
    case "atomic": case "flags": case "ncg": case "rep": case "look": return hasGroup(n.body);
    default: return false;
  }
}

function unsupported(msg) {
  return new NotImplementedError(`re: ${msg} is not supported by cfpy (JavaScript would match it differently)`);
}

// Refuse repeats whose captures JS keeps differently from sre, and backreferences to
// groups that may not have participated (JS matches those as empty, sre fails). Returns
// whether an empty match may be preferred over a non-empty one at the same position
// (then the finditer/sub loop must retry for a non-empty match, like sre's must_advance).
function analyze(root) {
  const groupConds = new Map(); // group -> conditional ancestors (alt branches, optional repeats, negative looks)
  let risky = false;
  function mandatory(body) {
    switch (body.t) {
      case "seq": body.items.forEach(mandatory); break;
      case "alt":
        if (body.branches.some(hasGroup)) throw unsupported("a capturing group inside an alternative of a repeated group");
        break;
      case "rep":
        if (body.min === 0 && hasGroup(body.body)) throw unsupported("an optional capturing group inside a repeated group");
        mandatory(body.body);
        break;
      case "look":
        if (body.neg && hasGroup(body.body)) throw unsupported("a capturing group in a negative lookaround inside a repeated group");
        mandatory(body.body);
        break;
      case "group": case "atomic": case "flags": case "ncg": mandatory(body.body); break;
      default: break;
    }
  }
  function first(n, conds) {
    switch (n.t) {
      case "seq": for (const it of n.items) first(it, conds); break;
      case "alt":
        n.branches.forEach((b, i) => {
          if (i < n.branches.length - 1 && nullable(b)) risky = true;
          first(b, [...conds, b]);
        });
        break;
      case "group": groupConds.set(n.n, conds); first(n.body, conds); break;
      case "atomic": case "flags": case "ncg": first(n.body, conds); break;
      case "look": first(n.body, n.neg ? [...conds, n] : conds); break;
      case "rep": {
        if (n.kind === "lazy") risky = true;
        if (n.max > n.min && nullable(n.body) && emptyFirst(n.body)) {
          // sre accepts an empty optional iteration and stops; JS rejects it and backtracks
          // into the body for a non-empty alternative
          throw unsupported("a repeated sub-pattern that prefers matching the empty string");
        }
        const g = hasGroup(n.body);
        if (g && (n.min === 0 || n.max > 1) && nullable(n.body)) {
          throw unsupported("a repeated group that can match an empty string and contains capturing groups");
        }
        if (g && n.max > 1) mandatory(n.body);
        first(n.body, n.min === 0 ? [...conds, n] : conds);
        break;
      }
      default: break;
    }
  }
  function refs(n, stack) {
    if (n.t === "ref") {
      const gc = groupConds.get(n.n) || [];
      if (!gc.every((c) => stack.includes(c))) {
        throw unsupported("a backreference to a group that may not have participated in the match");
      }
      return;
    }
    const kids = n.t === "seq" ? n.items : n.t === "alt" ? n.branches : n.body ? [n.body] : [];
    for (const k of kids) refs(k, [...stack, k]);
  }
  first(root, []);
  refs(root, [root]);
  return risky && nullable(root);
}

// ---- emitter -----------------------------------------------------------------------------

const WORD = "\\p{L}\\p{N}_";
const WORD_A = "A-Za-z0-9_";
const SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const SPACE_A = "\\t-\\r ";
const DIGIT = "\\p{Nd}";
const DIGIT_A = "0-9";

function hex(c) { return c.toString(16); }

function escOut(c) {
  const ch = String.fromCodePoint(c);
  if ("^$\\.*+?()[]{}|/".includes(ch)) return "\\" + ch;
  if (c >= 0x20 && c < 0x7f) return ch;
  return `\\u{${hex(c)}}`;
}
function escIn(c) {
  const ch = String.fromCodePoint(c);
  if ("\\]^-[".includes(ch)) return "\\" + ch;
  if (c >= 0x20 && c < 0x7f) return ch;
  return `\\u{${hex(c)}}`;
}

// CPython's IGNORECASE (Unicode) makes i, I, dotless ı and dotted İ one letter (sre's
// lowercase of İ is i, and it lists ı with i); JS's `iu` case folding does not.
const TURKISH_I = [0x69, 0x49, 0x131, 0x130];
function turkishI(lo, hi) { return TURKISH_I.some((c) => c >= lo && c <= hi); }
const TURKISH_I_SET = "iI\\u{131}\\u{130}";

function isAsciiLetter(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }
function swapCase(c) { return c >= 97 ? c - 32 : c + 32; }

class Emitter {
  constructor(flags, istext) {
    this.flags = flags;
    this.istext = istext;
    this.jsGroup = 0;
    this.pyToJs = [0];
    this.globalI = !!(flags & FLAG.IGNORECASE);
  }
  ascii(f) { return !this.istext || !!(f & FLAG.ASCII); }
  // manual ASCII case folding: IGNORECASE with ASCII semantics (no JS `i` flag)
  fold(f) { return this.asciiI && !!(f & FLAG.IGNORECASE); }
  // Unicode IGNORECASE (the JS `i` flag): the one fix-up JS folding needs (TURKISH_I)
  unicodeI(f) { return !this.asciiI && !!(f & FLAG.IGNORECASE) && !this.ascii(f); }
  checkI(f) {
    const i = !!(f & FLAG.IGNORECASE);
    if (this.asciiI) return;
    if (i !== this.globalI) throw unsupported("a scoped IGNORECASE flag ((?i:...) / (?-i:...))");
    if (i && this.ascii(f) && this.istext) throw unsupported("a scoped ASCII flag combined with IGNORECASE");
  }
  cat(k, f) {
    const a = this.ascii(f);
    switch (k) {
      case "d": return { pos: a ? DIGIT_A : DIGIT };
      case "D": return a ? { neg: DIGIT_A } : { pos: "\\P{Nd}" };
      case "w": return { pos: a ? WORD_A : WORD };
      case "W": return { neg: a ? WORD_A : WORD };
      case "s": return { pos: a ? SPACE_A : SPACE };
      default: return { neg: a ? SPACE_A : SPACE };
    }
  }
  emit(n) {
    switch (n.t) {
      case "seq": return n.items.map((x) => this.emit(x)).join("");
      case "alt": return "(?:" + n.branches.map((b) => this.emit(b)).join("|") + ")";
      case "lit": {
        this.checkI(n.f);
        if (this.fold(n.f) && isAsciiLetter(n.c)) return `[${escIn(n.c)}${escIn(swapCase(n.c))}]`;
        if (this.unicodeI(n.f) && turkishI(n.c, n.c)) return `[${TURKISH_I_SET}]`;
        return escOut(n.c);
      }
      case "any": return n.f & FLAG.DOTALL ? "[\\s\\S]" : "[^\\n]";
      case "cat": {
        const c = this.cat(n.k, n.f);
        return c.pos !== undefined ? `[${c.pos}]` : `[^${c.neg}]`;
      }
      case "in": return this.emitSet(n);
      case "at": return this.emitAt(n);
      case "group": {
        const js = ++this.jsGroup;
        this.pyToJs[n.n] = js;
        return "(" + this.emit(n.body) + ")";
      }
      case "ncg": return "(?:" + this.emit(n.body) + ")";
      case "flags": return "(?:" + this.emit(n.body) + ")";
      case "atomic": {
        const js = ++this.jsGroup;
        return `(?:(?=(${this.emit(n.body)}))\\${js})`;
      }
      case "look": {
        const op = n.behind ? (n.neg ? "(?<!" : "(?<=") : (n.neg ? "(?!" : "(?=");
        return op + this.emit(n.body) + ")";
      }
      case "rep": {
        // a possessive repeat becomes an atomic group: its helper group opens first
        const helper = n.kind === "possessive" ? ++this.jsGroup : 0;
        const body = this.emit(n.body);
        const atom = `(?:${body})`;
        let q;
        const max = n.max >= MAXREPEAT ? Infinity : n.max;
        if (n.min === 0 && max === Infinity) q = "*";
        else if (n.min === 1 && max === Infinity) q = "+";
        else if (n.min === 0 && max === 1) q = "?";
        else if (max === Infinity) q = `{${n.min},}`;
        else if (n.min === max) q = `{${n.min}}`;
        else q = `{${n.min},${max}}`;
        if (n.kind === "lazy") return atom + q + "?";
        if (n.kind === "possessive") return `(?:(?=(${atom}${q}))\\${helper})`;
        return atom + q;
      }
      case "ref": {
        if (this.fold(n.f)) throw unsupported("a backreference with ASCII | IGNORECASE");
        this.checkI(n.f === undefined ? this.flags : n.f);
        return `(?:\\${this.pyToJs[n.n]})`;
      }
      default: throw unsupported(`the construct ${n.t}`);
    }
  }
  emitAt(n) {
    const ml = !!(n.f & FLAG.MULTILINE);
    const a = this.ascii(n.f);
    const W = a ? WORD_A : WORD;
    switch (n.k) {
      case "^": return ml ? "(?<![^\\n])" : "^";
      case "$": return ml ? "(?=\\n|$)" : "(?=\\n?$)";
      case "A": return "^";
      case "Z": return "$";
      case "b": return `(?:(?<=[${W}])(?![${W}])|(?<![${W}])(?=[${W}]))`;
      default: return `(?:(?<=[${W}])(?=[${W}])|(?<![${W}])(?![${W}]))(?:(?<=[\\s\\S])|(?=[\\s\\S]))`;
    }
  }
  emitSet(n) {
    this.checkI(n.f);
    const fold = this.fold(n.f);
    const unicodeI = this.unicodeI(n.f);
    let pos = "";
    const negs = [];
    for (const it of n.items) {
      if (unicodeI && it.t !== "cat" && turkishI(it.t === "lit" ? it.c : it.lo, it.t === "lit" ? it.c : it.hi)) {
        pos += TURKISH_I_SET;
      }
      if (it.t === "lit") {
        pos += escIn(it.c);
        if (fold && isAsciiLetter(it.c)) pos += escIn(swapCase(it.c));
      } else if (it.t === "range") {
        pos += escIn(it.lo) + "-" + escIn(it.hi);
        if (fold) {
          for (const [a, b] of [[97, 122], [65, 90]]) {
            const lo = Math.max(a, it.lo), hi = Math.min(b, it.hi);
            if (lo <= hi) pos += escIn(swapCase(lo)) + "-" + escIn(swapCase(hi));
          }
        }
      } else {
        const c = this.cat(it.k, n.f);
        if (c.pos !== undefined) pos += c.pos;
        else negs.push(c.neg);
      }
    }
    if (!n.neg) {
      if (negs.length === 0) return `[${pos}]`;
      const parts = [];
      if (pos) parts.push(`[${pos}]`);
      for (const g of negs) parts.push(`[^${g}]`);
      return `(?:${parts.join("|")})`;
    }
    if (negs.length === 0) return `[^${pos}]`;
    let s = "(?:";
    if (pos) s += `(?![${pos}])`;
    for (let i = 0; i < negs.length - 1; i++) s += `(?=[${negs[i]}])`;
    return s + `[${negs[negs.length - 1]}])`;
  }
}

// Parse + translate. Returns everything re.js needs.
export function compile_info(pattern, flags, istext) {
  const str = istext ? pattern : Array.from(pattern.$u8, (b) => String.fromCharCode(b)).join("");
  if (istext) {
    if (flags & FLAG.LOCALE) throw new ValueError("cannot use LOCALE flag with a str pattern");
  } else if (flags & FLAG.UNICODE) {
    throw new ValueError("cannot use UNICODE flag with a bytes pattern");
  }
  const source = new Tokenizer(str, istext, pattern);
  const state = new State(flags);
  const tree = parseSub(source, state, !!(flags & FLAG.VERBOSE), 0, { add: 0, del: 0 });
  let f = state.flags;
  if (istext) {
    if (f & FLAG.LOCALE) throw new ValueError("cannot use LOCALE flag with a str pattern");
    if (!(f & FLAG.ASCII)) f |= FLAG.UNICODE;
    else if (f & FLAG.UNICODE) throw new ValueError("ASCII and UNICODE flags are incompatible");
  } else {
    if (f & FLAG.UNICODE) throw new ValueError("cannot use UNICODE flag with a bytes pattern");
    if ((f & FLAG.LOCALE) && (f & FLAG.ASCII)) throw new ValueError("ASCII and LOCALE flags are incompatible");
  }
  if (source.next !== null) throw source.error("unbalanced parenthesis");
  if (f & FLAG.DEBUG) throw new NotImplementedError("re.DEBUG is not supported by cfpy");
  if (f & FLAG.LOCALE) throw new NotImplementedError("re.LOCALE is not supported by cfpy");
  const risky = analyze(tree);
  const em = new Emitter(f, istext);
  em.asciiI = !!(f & FLAG.IGNORECASE) && (!istext || !!(f & FLAG.ASCII));
  const src = em.emit(tree);
  const jsflags = "u" + (f & FLAG.IGNORECASE && !em.asciiI ? "i" : "");
  try {
    new RegExp(src, jsflags);
  } catch (e) {
    throw new NotImplementedError(`re: pattern ${$repr(pattern)} cannot be translated to JavaScript (${e.message})`);
  }
  const groupindex = new Map(state.groupdict);
  const names = state.groupnames.slice();
  return {
    source: src, jsflags, flags: f, groups: state.groups - 1, groupindex, names,
    pyToJs: em.pyToJs, closeSeq: state.closeSeq, risky,
  };
}

