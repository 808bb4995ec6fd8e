// Python's enum: Enum, IntEnum, StrEnum, auto, unique.
//
// The compiler lowers `class Color(Enum): RED = 1` to a JS class with `static RED = 1`,
// then `$clsattrs(Color, [...])` and `$init_subclass(Color)`, which calls the inherited
// static `Enum.__init_subclass__` with `this` = Color. That hook turns the class's own
// static data fields into member objects (instances of Color created without running the
// constructor), so that `new Color(1)` can be a value lookup returning an existing member.
import { PyObject, class_name } from "../builtins/object.js";
import {
  AttributeError, KeyError, ValueError, PyTypeError, NotImplementedError,
} from "../builtins/exceptions.js";
import { Dict } from "../builtins/dict.js";
import { py_key, is_py_key } from "../builtins/attrkey.js";
import { KW } from "../builtins/kw.js";
import { Tuple } from "../builtins/tuple.js";
import { $repr, $str } from "../builtins/repr.js";
import { $lt, $le, $gt, $ge } from "../builtins/compare.js";
import { $eq, NotImplemented } from "../builtins/equality.js";
import { hash_of } from "../builtins/hashing.js";
import { format } from "../builtins/format.js";
import { $sort } from "../builtins/iter.js";
import { $to_int, $to_float } from "../builtins/numeric.js";
import {
  $add, $sub, $mul, $truediv, $floordiv, $mod, $pow, $and, $or, $xor, $lshift, $rshift,
  $neg, $pos, $abs, $invert, $divmod,
} from "../builtins/arith.js";
import * as S from "../builtins/str_methods.js";
import { $m_format } from "../builtins/builtins.js";
import { MappingProxy } from "./_mappingproxy.js";

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function isDunder(n) { return n.length > 4 && n.startsWith("__") && n.endsWith("__"); }
function isSunder(n) {
  return n.length > 2 && n[0] === "_" && n[n.length - 1] === "_" && n[1] !== "_" && n[n.length - 2] !== "_";
}

function enumName(C) { return class_name(C); }

// ---- auto -------------------------------------------------------------------------

export class AutoValue {
  constructor(value) { this.value = value; }
  __repr__() { return `auto(${this.value === AUTO_NULL ? "_auto_null" : $repr(this.value)})`; }
}
const AUTO_NULL = /* @__PURE__ */ Object.freeze({ __repr__() { return "_auto_null"; } });

// `auto()` is called like a function by compiled code (it is not in the class list).
export function auto(value) {
  return new AutoValue(value === undefined ? AUTO_NULL : value);
}

// ---- member lookup ----------------------------------------------------------------

function lookup(C, value) {
  if (value instanceof C && hasOwn(C, "$list") && C.$list.includes(value)) return value;
  const byValue = C.$v2m;
  if (byValue !== undefined) {
    let m;
    try {
      m = byValue.$get(value);
    } catch (e) {
      if (!(e instanceof PyTypeError)) throw e;
      m = undefined;
    }
    if (m !== undefined) return m;
    for (const [v, mem] of C.$unhashable) if ($eq(v, value)) return mem;
  }
  const missing = C._missing_;
  if (typeof missing === "function" && missing !== Enum._missing_) {
    const r = missing.call(C, value);
    if (r instanceof C) return r;
    if (r !== null && r !== undefined) {
      throw new PyTypeError(`error in ${enumName(C)}._missing_: returned ${$repr(r)} instead of None or a valid member`);
    }
  }
  throw new ValueError(`${$repr(value)} is not a valid ${C.__qualname__ || enumName(C)}`);
}

function defaultNextValue(C, name, start, count, last) {
  if (C.$kind === "str") return name.toLowerCase();
  if (last.length === 0) return start;
  const arr = last.slice();
  try {
    const lastV = arr[arr.length - 1];
    $sort(arr, null, false);
    if ($eq(lastV, arr[arr.length - 1])) return $add(lastV, 1);
  } catch (e) {
    if (!(e instanceof PyTypeError)) throw e;
  }
  for (let i = arr.length - 1; i >= 0; i--) {
    try {
      return $add(arr[i], 1);
    } catch (e) {
      if (!(e instanceof PyTypeError)) throw e;
    }
  }
  return start;
}

function nextValue(C, name, count, last) {
  const own = C._generate_next_value_;
  if (typeof own === "function" && own !== Enum._generate_next_value_) {
    return own.call(C, name, 1, count, last.slice());
  }
  const m = C.prototype._generate_next_value_;
  if (typeof m === "function" && m !== Enum.prototype._generate_next_value_) {
    // `def _generate_next_value_(name, start, count, last_values)` in a class body compiles
    // to a method whose first parameter (`name`) is `this`.
    return m.call(name, 1, count, last.slice());
  }
  return defaultNextValue(C, name, 1, count, last);
}

// ---- Enum -------------------------------------------------------------------------

export class Enum extends PyObject {
  // `Color(value)` compiles to `new Color(value)`: return the existing member.
  constructor(...args) {
    const C = new.target;
    if (args.length === 1 && args[0] instanceof KW && Object.keys(args[0].o).length === 1 && "value" in args[0].o) {
      args = [args[0].o.value]; // Color(value=2)
    }
    if (!hasOwn(C, "$list") || (C.$list.length === 0 && !hasOwn(C, "$members"))) {
      if (args.length === 1) throw new PyTypeError(`${$repr(C)} has no members defined`);
      throw new NotImplementedError("the functional Enum API (Enum('Name', 'A B')) is not supported by cfpy");
    }
    if (args.length !== 1) {
      throw new NotImplementedError("the functional Enum API (Enum('Name', 'A B')) is not supported by cfpy");
    }
    return lookup(C, args[0]);
  }
  __init__() {}
  static get $kind() { return "object"; }

  // Called by the compiler after the class is created (this = the new enum class).
  static __init_subclass__() {
    const C = this;
    const P = Object.getPrototypeOf(C);
    if (typeof P === "function" && hasOwn(P, "$list") && P.$list.length) {
      throw new PyTypeError(`<enum ${$repr(enumName(C))}> cannot extend <enum ${$repr(enumName(P))}>`);
    }
    const kind = C.$kind;
    if (C.prototype.$wraps === true) {
      // `class Color(str, Enum)`: members are strs (the mixin's __new__ makes them, see
      // below) that print as enum members, as CPython's mixed-in enums do.
      for (const name of ["__str__", "__repr__", "__format__"]) {
        if (!hasOwn(C.prototype, name)) {
          Object.defineProperty(C.prototype, name, { value: Enum.prototype[name], writable: true, configurable: true });
        }
      }
    }
    if (kind === "flag") {
      throw new NotImplementedError("enum.Flag / enum.IntFlag are not supported by cfpy");
    }
    const list = [];
    const map = new Dict();
    const v2m = new Dict();
    const unhashable = [];
    const lastValues = [];
    let count = 0;
    const pending = [];
    for (const name of Object.getOwnPropertyNames(C)) {
      if (!is_py_key(name) || isDunder(name) || isSunder(name)) continue;
      const d = Object.getOwnPropertyDescriptor(C, name);
      if (!d || !("value" in d)) continue;
      let value = d.value;
      if (typeof value === "function") continue;
      if (value instanceof AutoValue) {
        if (value.value === AUTO_NULL) value.value = nextValue(C, py_key(name), count, lastValues);
        value = value.value;
      }
      count++;
      lastValues.push(value);
      pending.push([name, value]);
    }
    for (const [key, raw] of pending) {
      const name = py_key(key); // a member named `then` is the static `then$`
      const initArgs = raw instanceof Tuple ? Array.from(raw) : [raw];
      // A class-defined __new__(cls, *args) makes the member (and may set _value_).
      const member = C.__new__ !== PyObject.__new__ ? C.__new__(C, ...initArgs) : Object.create(C.prototype);
      let value = raw;
      if (kind === "int") value = $to_int(raw instanceof Tuple ? raw[0] : raw);
      else if (kind === "str") {
        if (raw instanceof Tuple) value = $str(raw[0]);
        else if (typeof raw !== "string") throw new PyTypeError(`${$repr(raw)} is not a string`);
      }
      Object.defineProperty(member, "_name_", { value: name, writable: true, configurable: true });
      if (!hasOwn(member, "_value_")) {
        // A mixed-in member's value is the builtin value its __new__ made (str(1) is "1").
        const v = member.$wraps === true ? member.$v : value;
        Object.defineProperty(member, "_value_", { value: v, writable: true, configurable: true });
      }
      member.__init__(...initArgs);
      value = member._value_;
      // aliases: an equal value already defined
      let canonical;
      try {
        canonical = v2m.$get(value);
      } catch (e) {
        if (!(e instanceof PyTypeError)) throw e;
        canonical = undefined;
        for (const [v, m] of unhashable) if ($eq(v, value)) { canonical = m; break; }
      }
      let target = member;
      if (canonical !== undefined) {
        target = canonical;
      } else {
        list.push(member);
        try {
          v2m.$set(value, member);
        } catch (e) {
          if (!(e instanceof PyTypeError)) throw e;
          unhashable.push([value, member]);
        }
      }
      map.$set(name, target);
      Object.defineProperty(C, key, {
        configurable: true,
        enumerable: true,
        get() { return target; },
        set() { throw new AttributeError(`cannot reassign member '${name}'`); },
      });
    }
    Object.defineProperty(C, "$list", { value: list, configurable: true });
    Object.defineProperty(C, "$members", { value: map, configurable: true });
    Object.defineProperty(C, "$v2m", { value: v2m, configurable: true });
    Object.defineProperty(C, "$unhashable", { value: unhashable, configurable: true });
    return null;
  }

  static _missing_() { return null; }
  static _generate_next_value_(name, start, count, lastValues) {
    return defaultNextValue(this, name, start, count, Array.from(lastValues));
  }
  _generate_next_value_() { return null; }

  // ---- class-level protocol (Color["RED"], iteration, len, in) ----
  static __class_getitem__(name) {
    const m = hasOwn(this, "$members") ? this.$members.$get(name) : undefined;
    if (m === undefined) throw new KeyError(name);
    return m;
  }
  static [Symbol.iterator]() {
    return (hasOwn(this, "$list") ? this.$list : [])[Symbol.iterator]();
  }
  static __iter__() { return this[Symbol.iterator](); }
  static __reversed__() {
    return (hasOwn(this, "$list") ? this.$list.slice().reverse() : [])[Symbol.iterator]();
  }
  static __len__() { return hasOwn(this, "$list") ? this.$list.length : 0; }
  static __contains__(x) {
    if (!(x instanceof Enum)) {
      throw new PyTypeError(`unsupported operand type(s) for 'in': '${typeNameOf(x)}' and 'EnumType'`);
    }
    return x instanceof this && hasOwn(this, "$list") && this.$list.includes(x);
  }
  static __repr__() { return `<enum ${$repr(enumName(this))}>`; }
  static get __members__() {
    return new MappingProxy(hasOwn(this, "$members") ? this.$members : new Dict());
  }
  static get _member_map_() { return hasOwn(this, "$members") ? this.$members : new Dict(); }
  static get _member_names_() { return hasOwn(this, "$list") ? this.$list.map((m) => m._name_) : []; }
  static get _value2member_map_() { return hasOwn(this, "$v2m") ? this.$v2m : new Dict(); }

  // ---- members ----
  get name$() { return this._name_; } // Python's `name` (attrkey.js)
  set name$(v) { throw new AttributeError(`<enum 'Enum'> cannot set attribute 'name'`); }
  get value() { return this._value_; }
  set value(v) { throw new AttributeError(`<enum 'Enum'> cannot set attribute 'value'`); }
  __repr__() {
    return `<${enumName(this.constructor)}.${this._name_}: ${$repr(this._value_)}>`;
  }
  __str__() { return `${enumName(this.constructor)}.${this._name_}`; }
  __format__(spec) { return format(this.__str__(), spec); }
  __reduce_ex__() { return Tuple.of(this.constructor, Tuple.of(this._value_)); }
  __copy__() { return this; }
  __deepcopy__() { return this; }
}

function typeNameOf(x) {
  switch (typeof x) {
    case "number": return Number.isInteger(x) ? "int" : "float";
    case "string": return "str";
    case "boolean": return "bool";
    case "undefined": return "NoneType";
  }
  if (x === null) return "NoneType";
  if (Array.isArray(x)) return x.constructor === Array ? "list" : "tuple";
  return class_name(x.constructor);
}

export class ReprEnum extends Enum {}

// ---- IntEnum ------------------------------------------------------------------------

function num(o) {
  if (typeof o === "number") return o;
  if (typeof o === "boolean") return +o;
  if (o instanceof IntEnum) return o._value_;
  return undefined;
}


export class IntEnum extends ReprEnum {
  static get $kind() { return "int"; }
  __str__() { return $str(this._value_); }
  __format__(spec) { return format(this._value_, spec); }
  __eq__(o) {
    const n = num(o);
    return n === undefined ? NotImplemented : this._value_ === n;
  }
  __ne__(o) {
    const n = num(o);
    return n === undefined ? NotImplemented : this._value_ !== n;
  }
  __hash__() { return hash_of(this._value_); }
  __index__() { return this._value_; }
  __int__() { return this._value_; }
  __float__() { return $to_float(this._value_); }
  __bool__() { return this._value_ !== 0; }
  __neg__() { return $neg(this._value_); }
  __pos__() { return $pos(this._value_); }
  __abs__() { return $abs(this._value_); }
  __invert__() { return $invert(this._value_); }
  __mul__(o) {
    if (typeof o === "string" || Array.isArray(o)) return $mul(this._value_, o);
    const n = num(o);
    return n === undefined ? NotImplemented : $mul(this._value_, n);
  }
  __rmul__(o) {
    if (typeof o === "string" || Array.isArray(o)) return $mul(o, this._value_);
    const n = num(o);
    return n === undefined ? NotImplemented : $mul(n, this._value_);
  }
  __add__(o) { const n = num(o); return n === undefined ? NotImplemented : $add(this._value_, n); }
  __radd__(o) { const n = num(o); return n === undefined ? NotImplemented : $add(n, this._value_); }
  __sub__(o) { const n = num(o); return n === undefined ? NotImplemented : $sub(this._value_, n); }
  __rsub__(o) { const n = num(o); return n === undefined ? NotImplemented : $sub(n, this._value_); }
  __truediv__(o) { const n = num(o); return n === undefined ? NotImplemented : $truediv(this._value_, n); }
  __rtruediv__(o) { const n = num(o); return n === undefined ? NotImplemented : $truediv(n, this._value_); }
  __floordiv__(o) { const n = num(o); return n === undefined ? NotImplemented : $floordiv(this._value_, n); }
  __rfloordiv__(o) { const n = num(o); return n === undefined ? NotImplemented : $floordiv(n, this._value_); }
  __mod__(o) { const n = num(o); return n === undefined ? NotImplemented : $mod(this._value_, n); }
  __rmod__(o) { const n = num(o); return n === undefined ? NotImplemented : $mod(n, this._value_); }
  __pow__(o) { const n = num(o); return n === undefined ? NotImplemented : $pow(this._value_, n); }
  __rpow__(o) { const n = num(o); return n === undefined ? NotImplemented : $pow(n, this._value_); }
  __and__(o) { const n = num(o); return n === undefined ? NotImplemented : $and(this._value_, n); }
  __rand__(o) { const n = num(o); return n === undefined ? NotImplemented : $and(n, this._value_); }
  __or__(o) { const n = num(o); return n === undefined ? NotImplemented : $or(this._value_, n); }
  __ror__(o) { const n = num(o); return n === undefined ? NotImplemented : $or(n, this._value_); }
  __xor__(o) { const n = num(o); return n === undefined ? NotImplemented : $xor(this._value_, n); }
  __rxor__(o) { const n = num(o); return n === undefined ? NotImplemented : $xor(n, this._value_); }
  __lshift__(o) { const n = num(o); return n === undefined ? NotImplemented : $lshift(this._value_, n); }
  __rlshift__(o) { const n = num(o); return n === undefined ? NotImplemented : $lshift(n, this._value_); }
  __rshift__(o) { const n = num(o); return n === undefined ? NotImplemented : $rshift(this._value_, n); }
  __rrshift__(o) { const n = num(o); return n === undefined ? NotImplemented : $rshift(n, this._value_); }
  __divmod__(o) { const n = num(o); return n === undefined ? NotImplemented : $divmod(this._value_, n); }
  __rdivmod__(o) { const n = num(o); return n === undefined ? NotImplemented : $divmod(n, this._value_); }
  __lt__(o) { const n = num(o); return n === undefined ? NotImplemented : $lt(this._value_, n); }
  __le__(o) { const n = num(o); return n === undefined ? NotImplemented : $le(this._value_, n); }
  __gt__(o) { const n = num(o); return n === undefined ? NotImplemented : $gt(this._value_, n); }
  __ge__(o) { const n = num(o); return n === undefined ? NotImplemented : $ge(this._value_, n); }
  get real() { return this._value_; }
  get imag() { return 0; }
  get numerator() { return this._value_; }
  get denominator() { return 1; }
  bit_length() { return this._value_ === 0 ? 0 : Math.abs(this._value_).toString(2).length; }
}
// ---- StrEnum ------------------------------------------------------------------------

function strOf(o) {
  if (typeof o === "string") return o;
  if (o instanceof StrEnum) return o._value_;
  return undefined;
}

export class StrEnum extends ReprEnum {
  static get $kind() { return "str"; }
  __str__() { return this._value_; }
  __format__(spec) { return format(this._value_, spec); }
  __eq__(o) {
    const s = strOf(o);
    return s === undefined ? NotImplemented : this._value_ === s;
  }
  __ne__(o) {
    const s = strOf(o);
    return s === undefined ? NotImplemented : this._value_ !== s;
  }
  __hash__() { return hash_of(this._value_); }
  __len__() { return Array.from(this._value_).length; }
  __contains__(x) { return this._value_.includes(x); }
  __iter__() { return Array.from(this._value_)[Symbol.iterator](); }
  __add__(o) { const s = strOf(o); return s === undefined ? NotImplemented : this._value_ + s; }
  __radd__(o) { const s = strOf(o); return s === undefined ? NotImplemented : s + this._value_; }
  __lt__(o) { const s = strOf(o); return s === undefined ? NotImplemented : $lt(this._value_, s); }
  __le__(o) { const s = strOf(o); return s === undefined ? NotImplemented : $le(this._value_, s); }
  __gt__(o) { const s = strOf(o); return s === undefined ? NotImplemented : $gt(this._value_, s); }
  __ge__(o) { const s = strOf(o); return s === undefined ? NotImplemented : $ge(this._value_, s); }
  upper(...a) { return S.$m_upper(this._value_, ...a); }
  lower(...a) { return S.$m_lower(this._value_, ...a); }
  casefold(...a) { return S.$m_casefold(this._value_, ...a); }
  title(...a) { return S.$m_title(this._value_, ...a); }
  capitalize(...a) { return S.$m_capitalize(this._value_, ...a); }
  swapcase(...a) { return S.$m_swapcase(this._value_, ...a); }
  split(...a) { return S.$m_split(this._value_, ...a); }
  rsplit(...a) { return S.$m_rsplit(this._value_, ...a); }
  strip(...a) { return S.$m_strip(this._value_, ...a); }
  lstrip(...a) { return S.$m_lstrip(this._value_, ...a); }
  rstrip(...a) { return S.$m_rstrip(this._value_, ...a); }
  replace(...a) { return S.$m_replace(this._value_, ...a); }
  startswith(...a) { return S.$m_startswith(this._value_, ...a); }
  endswith(...a) { return S.$m_endswith(this._value_, ...a); }
  find(...a) { return S.$m_find(this._value_, ...a); }
  join(...a) { return S.$m_join(this._value_, ...a); }
  encode(...a) { return S.$m_encode(this._value_, ...a); }
  format(...a) { return $m_format(this._value_, ...a); }
  partition(...a) { return S.$m_partition(this._value_, ...a); }
  removeprefix(...a) { return S.$m_removeprefix(this._value_, ...a); }
  removesuffix(...a) { return S.$m_removesuffix(this._value_, ...a); }
  isdigit() { return S.$m_isdigit(this._value_); }
  isalpha() { return S.$m_isalpha(this._value_); }
}

export class Flag extends Enum {
  static get $kind() { return "flag"; }
}
export class IntFlag extends Flag {}

// ---- unique -------------------------------------------------------------------------

export function unique(C) {
  const dups = [];
  if (hasOwn(C, "$members")) {
    for (const [name, member] of C.$members.$entries()) {
      if (member._name_ !== name) dups.push(`${name} -> ${member._name_}`);
    }
  }
  if (dups.length) {
    throw new ValueError(`duplicate values found in <enum ${$repr(enumName(C))}>: ${dups.join(", ")}`);
  }
  return C;
}
