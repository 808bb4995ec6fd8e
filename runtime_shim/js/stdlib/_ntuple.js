// collections.namedtuple (private module so urllib_parse / functools can share it).
//
// The returned "class" is a plain JS function (compiled code calls it without `new`, since
// the compiler cannot know a namedtuple(...) result is a class) that also works as a
// constructor and as the base of a compiled `class P(namedtuple(...))`. Instances are
// Tuples whose prototype adds the field getters and the namedtuple methods.
import { Tuple } from "../builtins/tuple.js";
import { Dict } from "../builtins/dict.js";
import { js_key } from "../builtins/attrkey.js";
import { AttributeError, ValueError, PyTypeError } from "../builtins/exceptions.js";
import { $repr, $repr_enter, $repr_leave, $str } from "../builtins/repr.js";
import { $iter } from "../builtins/iter.js";
import { $truthy } from "../builtins/truthy.js";
import { bind, pop_kw } from "./_util.js";

const KEYWORDS = new Set(("False None True and as assert async await break class continue def del elif " +
  "else except finally for from global if import in is lambda nonlocal not or pass raise return try " +
  "while with yield").split(" "));
const IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

export function isidentifier(s) { return IDENT.test(s); }
export function iskeyword(s) { return KEYWORDS.has(s); }

// Shared methods of every namedtuple class.
export class NamedTupleBase extends Tuple {
  static get [Symbol.species]() { return Array; }
  __repr__() {
    const C = this.constructor;
    const fields = C._fields;
    if (!$repr_enter(this)) return "...";
    try {
      const parts = [];
      for (let i = 0; i < fields.length; i++) parts.push(`${fields[i]}=${$repr(this[i])}`);
      return `${C.__name__}(${parts.join(", ")})`;
    } finally {
      $repr_leave(this);
    }
  }
  _asdict() {
    const d = new Dict();
    const fields = this.constructor._fields;
    for (let i = 0; i < fields.length; i++) d.$set(fields[i], this[i]);
    return d;
  }
  _replace(...a) {
    const kw = pop_kw(a);
    if (a.length) throw new PyTypeError(`${this.constructor.__name__}._replace() takes 1 positional argument but ${a.length + 1} were given`);
    const fields = this.constructor._fields;
    const vals = Array.from(this);
    const left = kw === null ? [] : Object.keys(kw);
    for (let i = 0; i < fields.length; i++) {
      if (kw !== null && Object.prototype.hasOwnProperty.call(kw, fields[i])) {
        vals[i] = kw[fields[i]];
        left.splice(left.indexOf(fields[i]), 1);
      }
    }
    if (left.length) throw new ValueError(`Got unexpected field names: ${$repr(left)}`);
    return makeInstance(this.constructor, vals);
  }
  __getnewargs__() { return Tuple.from(this); }
  get _fields() { return this.constructor._fields; }
  get _field_defaults() { return this.constructor._field_defaults; }
}

function makeInstance(C, vals) {
  const self = Reflect.construct(Tuple, [], C);
  for (let i = 0; i < vals.length; i++) self.push(vals[i]);
  return self;
}

export function namedtuple(...a) {
  const { v: [typenameIn, fieldNamesIn, renameIn, defaultsIn, moduleIn] } = bind(
    "namedtuple", a, ["typename", "field_names"], 2, { ko: ["rename", "defaults", "module"] });
  let names;
  if (typeof fieldNamesIn === "string") {
    names = fieldNamesIn.replace(/,/g, " ").split(/[\s\x1c-\x1f\x85]+/u).filter((s) => s !== "");
  } else {
    names = Array.from($iter(fieldNamesIn)).map((x) => $str(x));
  }
  const typename = $str(typenameIn);
  const rename = renameIn !== undefined && $truthy(renameIn);
  if (rename) {
    const seen = new Set();
    names = names.map((name, i) => {
      const bad = !isidentifier(name) || iskeyword(name) || name.startsWith("_") || seen.has(name);
      seen.add(name);
      return bad ? `_${i}` : name;
    });
  }
  for (const name of [typename, ...names]) {
    if (typeof name !== "string") throw new PyTypeError("Type names and field names must be strings");
    if (!isidentifier(name)) {
      throw new ValueError(`Type names and field names must be valid identifiers: ${$repr(name)}`);
    }
    if (iskeyword(name)) {
      throw new ValueError(`Type names and field names cannot be a keyword: ${$repr(name)}`);
    }
  }
  const seen = new Set();
  for (const name of names) {
    if (name.startsWith("_") && !rename) {
      throw new ValueError(`Field names cannot start with an underscore: ${$repr(name)}`);
    }
    if (seen.has(name)) throw new ValueError(`Encountered duplicate field name: ${$repr(name)}`);
    seen.add(name);
  }
  let defaults = [];
  if (defaultsIn !== undefined && defaultsIn !== null) {
    defaults = Array.from($iter(defaultsIn));
    if (defaults.length > names.length) throw new PyTypeError("Got more default values than field names");
  }
  const n = names.length;
  const nreq = n - defaults.length;
  const fieldDefaults = new Dict();
  for (let i = 0; i < defaults.length; i++) fieldDefaults.$set(names[nreq + i], defaults[i]);
  const qn = `${typename}.__new__`;

  const C = function (...args) {
    const kw = pop_kw(args);
    if (args.length > n) {
      const takes = nreq === n ? `${n + 1}` : `from ${nreq + 1} to ${n + 1}`;
      throw new PyTypeError(`${qn}() takes ${takes} positional argument${n === 0 ? "" : "s"} but ${args.length + 1} were given`);
    }
    const vals = args.slice();
    if (kw !== null) {
      for (const k of Object.keys(kw)) {
        const i = names.indexOf(k);
        if (i < 0) throw new PyTypeError(`${qn}() got an unexpected keyword argument '${k}'`);
        if (i < args.length) throw new PyTypeError(`${qn}() got multiple values for argument '${k}'`);
        while (vals.length < i) vals.push(undefined);
        vals[i] = kw[k];
      }
    }
    const missing = [];
    for (let i = 0; i < n; i++) {
      if (vals[i] === undefined) {
        if (i >= nreq) vals[i] = defaults[i - nreq];
        else missing.push(`'${names[i]}'`);
      }
    }
    if (missing.length) {
      const list = missing.length === 1 ? missing[0] : missing.length === 2 ? `${missing[0]} and ${missing[1]}`
        : `${missing.slice(0, -1).join(", ")}, and ${missing[missing.length - 1]}`;
      throw new PyTypeError(`${qn}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${list}`);
    }
    return makeInstance(new.target || C, vals);
  };
  Object.setPrototypeOf(C, NamedTupleBase);
  C.prototype = Object.create(NamedTupleBase.prototype, {
    constructor: { value: C, writable: true, configurable: true },
  });
  names.forEach((name, i) => {
    Object.defineProperty(C.prototype, js_key(name), {
      configurable: true,
      get() { return this[i]; },
      set() { throw new AttributeError("can't set attribute"); },
    });
  });
  Object.defineProperty(C, "name", { value: typename, configurable: true });
  Object.defineProperty(C, "__name__", {
    configurable: true,
    get() { return this === C ? typename : this.name; },
  });
  Object.defineProperty(C, "__qualname__", {
    configurable: true,
    get() { return this === C ? typename : this.name; },
  });
  C.__module__ = moduleIn === undefined || moduleIn === null ? "__main__" : $str(moduleIn);
  C._fields = Tuple.from(names);
  C._field_defaults = fieldDefaults;
  C.__match_args__ = Tuple.from(names);
  C._make = function _make(iterable) {
    const vals = Array.from($iter(iterable));
    if (vals.length !== n) throw new PyTypeError(`Expected ${n} arguments, got ${vals.length}`);
    return makeInstance(this, vals);
  };
  // signature metadata for $call (set directly: $sig would also rename the function)
  C.$p = { names, va: false, ko: [], vk: false, nreq, koreq: [], qn, m: true };
  return C;
}
