// dataclasses helpers at run time: fields, asdict, astuple, replace, is_dataclass.
// The compiler writes a dataclass's methods itself (transpiler/lower/dataclasses.py) and
// records its fields as `static __dataclass_fields__` (an array of plain field records).
import { PyTypeError, ValueError, FrozenInstanceError } from "../builtins/exceptions.js";
import { Tuple } from "../builtins/tuple.js";
import { Dict } from "../builtins/dict.js";
import { KW } from "../builtins/kw.js";
import { $call } from "../builtins/call.js";
import { $repr } from "../builtins/repr.js";
import { type_name } from "../builtins/object.js";
import { js_key } from "../builtins/attrkey.js";

export { FrozenInstanceError };

const MISSING_REPR = "<dataclasses._MISSING_TYPE object>";
export const MISSING = /* @__PURE__ */ Object.freeze({ __repr__: () => MISSING_REPR });

// The `_: KW_ONLY` marker (the compiler reads it from the class body; this is the value).
export class KW_ONLY {
  static get $pyname() { return "KW_ONLY"; }
  static get __module__() { return "dataclasses"; }
}

export class Field {
  constructor(rec) {
    this.name$ = rec.name; // Python's `name` (attrkey.js)
    this.type = null;
    this.default = rec.default === undefined ? MISSING : rec.default;
    this.default_factory = rec.factory === undefined ? MISSING : rec.factory;
    this.init = rec.init;
    this.repr = rec.repr;
    this.compare = rec.compare;
    this.kw_only = rec.kw_only;
  }
  static get $pyname() { return "Field"; }
  __repr__() {
    return `Field(name=${$repr(this.name$)},default=${$repr(this.default)},init=${this.init ? "True" : "False"},repr=${this.repr ? "True" : "False"},compare=${this.compare ? "True" : "False"},kw_only=${this.kw_only ? "True" : "False"})`;
  }
}

function recordsOf(x) {
  if (x === null || x === undefined) return null;
  const C = typeof x === "function" ? x : x.constructor;
  if (C === undefined || C === null) return null;
  const recs = C.__dataclass_fields__;
  return Array.isArray(recs) ? recs : null;
}

function isInstance(x) {
  return x !== null && typeof x === "object" && recordsOf(x) !== null;
}

export function is_dataclass(x) {
  return recordsOf(x) !== null;
}

export function fields(x) {
  const recs = recordsOf(x);
  if (recs === null) throw new PyTypeError("must be called with a dataclass type or instance");
  return Tuple.from(recs.map((r) => new Field(r)));
}

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k); // `changes` may be a plain object

function kwOf(args) {
  return args.length && args[args.length - 1] instanceof KW ? args.pop().o : null;
}

function convert(x, asTuple, factory) {
  if (isInstance(x)) {
    const recs = recordsOf(x);
    if (asTuple) return Tuple.from(recs.map((r) => convert(x[js_key(r.name)], true, factory)));
    const pairs = recs.map((r) => Tuple.of(r.name, convert(x[js_key(r.name)], false, factory)));
    return factory === null ? dictOf(pairs) : $call(factory, [pairs], null);
  }
  if (x instanceof Tuple) return Tuple.from(Array.from(x, (v) => convert(v, asTuple, factory)));
  if (Array.isArray(x)) return x.map((v) => convert(v, asTuple, factory));
  if (x instanceof Dict) {
    const d = new Dict();
    for (const [k, v] of x.$entries()) d.$set(convert(k, asTuple, factory), convert(v, asTuple, factory));
    return d;
  }
  return x;
}

function dictOf(pairs) {
  const d = new Dict();
  for (const [k, v] of pairs) d.$set(k, v);
  return d;
}

export function asdict(obj, ...rest) {
  const kw = kwOf(rest);
  if (!isInstance(obj)) throw new PyTypeError("asdict() should be called on dataclass instances");
  const factory = kw !== null && kw.dict_factory !== undefined ? kw.dict_factory : null;
  return convert(obj, false, factory);
}

export function astuple(obj, ...rest) {
  kwOf(rest);
  if (!isInstance(obj)) throw new PyTypeError("astuple() should be called on dataclass instances");
  return convert(obj, true, null);
}

export function replace(obj, ...rest) {
  const changes = kwOf(rest) || {};
  if (!isInstance(obj)) throw new PyTypeError("replace() should be called on dataclass instances");
  const kw = Object.create(null);
  for (const r of recordsOf(obj)) {
    if (!r.init) {
      if (hasOwn(changes, r.name)) {
        throw new ValueError(`field ${r.name} is declared with init=False, it cannot be specified with replace()`);
      }
      continue;
    }
    kw[r.name] = hasOwn(changes, r.name) ? changes[r.name] : obj[js_key(r.name)];
  }
  for (const k of Object.keys(changes)) {
    if (!hasOwn(kw, k) && !recordsOf(obj).some((r) => r.name === k)) {
      throw new PyTypeError(`${type_name(obj)}.__init__() got an unexpected keyword argument '${k}'`);
    }
  }
  return $call(obj.constructor, [], kw);
}
