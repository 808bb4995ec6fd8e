// print, len, attribute builtins and small constants.
import { PyTypeError, AttributeError, ValueError, EOFError } from "./exceptions.js";
import { type_name, class_name, unbound_method, $isclass, $clsset, $clsdel, $lateattr } from "./object.js";
import { $str } from "./repr.js";
import { $write, $write_err, stderr as STDERR, stdout as STDOUT, flush_stdout, flush_stderr } from "./io.js";
import { KW } from "./kw.js";
import { cp_len } from "./strutil.js";
import { Dict } from "./dict.js";
import { js_key, py_key, is_py_key } from "./attrkey.js";
import { attr_dict, class_dict } from "./attrdict.js";
import { prim_attr } from "./primattrs.js";
import { $typedunder } from "./typedunders.js";
import { str_format, str_format_map } from "./str_format.js";
import { Float } from "./floatbox.js";
import { Tuple } from "./tuple.js";
import { type } from "./types.js";

function is_list(o) { return Array.isArray(o) && !(o instanceof Tuple); }

// print(*args, sep=' ', end='\n', file=None, flush=False); keywords via a trailing KW.
export function print(...args) {
  let sep = " ", end = "\n", file = null, flush = false;
  if (args.length && args[args.length - 1] instanceof KW) {
    const o = args.pop().o;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (k === "sep") { if (v !== null && v !== undefined) sep = checkStr(v, "sep"); }
      else if (k === "end") { if (v !== null && v !== undefined) end = checkStr(v, "end"); }
      else if (k === "file") file = v === undefined ? null : v;
      else if (k === "flush") flush = v;
      else throw new PyTypeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  let s = "";
  for (let i = 0; i < args.length; i++) {
    if (i) s += sep;
    const a = args[i];
    s += typeof a === "string" ? a : $str(a);
  }
  s += end;
  if (file === null || file === STDOUT) {
    $write(s);
    if (flush === true) flush_stdout();
  } else if (file === STDERR) {
    $write_err(s);
    if (flush === true) flush_stderr();
  } else {
    file.write(s);
    if (flush === true && typeof file.flush === "function") file.flush();
  }
  return null;
}

function checkStr(v, name) {
  if (typeof v !== "string") throw new PyTypeError(`${name} must be None or a string, not ${type_name(v)}`);
  return v;
}

export function len(x) {
  if (typeof x === "string") return cp_len(x);
  if (Array.isArray(x)) return x.length;
  // Objects, and classes with a static __len__ (an Enum class has a length).
  if (x !== null && (typeof x === "object" || typeof x === "function")) {
    if (typeof x.__len__ === "function") {
      const n = x.__len__();
      if (typeof n !== "number" || !Number.isInteger(n)) {
        throw new PyTypeError(`'${type_name(n)}' object cannot be interpreted as an integer`);
      }
      if (n < 0) throw new ValueError("__len__() should return >= 0");
      return n;
    }
    if (x instanceof Uint8Array) return x.length;
    if (x instanceof Map || x instanceof Set) return x.size;
  }
  throw new PyTypeError(`object of type '${type_name(x)}' has no len()`);
}

// ---- attributes ----

function noAttr(o, name) {
  if (typeof o === "function") {
    return new AttributeError(`type object '${o.__name__ || o.name}' has no attribute '${name}'`);
  }
  if (isModule(o)) {
    // (a compiled module sets `$loaded` to its name when it has run to the end)
    return new AttributeError(o.$loaded === undefined
      ? `partially initialized module has no attribute '${name}' (most likely due to a circular import)`
      : `module '${o.$loaded}' has no attribute '${name}'`);
  }
  const e = new AttributeError(`'${type_name(o)}' object has no attribute '${name}'`);
  e.obj = o;
  e.name$ = name; // Python's AttributeError.name (attrkey.js)
  return e;
}

const MISSING = {};

// A compiled project module's namespace (`import helpers`): it exports `$loaded`.
function isModule(o) {
  return o !== null && typeof o === "object" && "$loaded" in o;
}

// True when `name` is only provided by a JS built-in prototype (Object.prototype.valueOf,
// Function.prototype.call, Error.prototype.toString, ...), which Python objects do not have.
function jsInherited(o, name) {
  let p = o;
  while (p !== null) {
    if (Object.prototype.hasOwnProperty.call(p, name)) {
      return p === Object.prototype || p === Function.prototype || p === Error.prototype ||
        p === Array.prototype;
    }
    p = Object.getPrototypeOf(p);
  }
  return false;
}

function lookup(o, name) {
  const dunder = $typedunder(o, name, MISSING); // `(3).__add__`, `int.__add__`, `None.__eq__`
  if (dunder !== undefined) return dunder;
  if (o === null || o === undefined) return MISSING;
  const pyName = name;
  name = js_key(name);
  const t = typeof o;
  if (t === "string" || t === "number" || t === "boolean" || (t === "object" && (is_list(o) || o instanceof Float))) {
    const v = prim_attr(o, name, $getattr);
    if (v !== undefined) return v;
    if (name === "__class__") return type(o);
  }
  if (t !== "object" && t !== "function") return MISSING;
  if (t === "object" && isModule(o)) name = pyName; // modules export Python names
  if (Array.isArray(o) && /^\d+$/.test(name)) return MISSING; // JS-only
  if (name === "__class__") return o.constructor;
  if (name === "__name__" && t === "function") return o.__name__ !== undefined ? o.__name__ : o.name;
  if (name === "__dict__" && t === "object") return vars(o);
  const v = o[name];
  if (v === undefined && t === "function" && name !== "constructor" && o.prototype !== undefined &&
      typeof o.prototype[name] === "function" && !jsInherited(o.prototype, name)) {
    return unbound_method(o, name, pyName); // an instance method read on its class
  }
  if (v === undefined || jsInherited(o, name)) {
    if (v === undefined ? !(name in o) || o.$slotted === true : true) { // unset slot: pynew.js
      if (t === "object" && $lateattr(o, name)) return lookup(o, pyName);
      if (typeof o.__getattr__ === "function") return o.__getattr__(pyName);
      return MISSING;
    }
    // a module variable not assigned yet is missing (lang/modattr.js)
    return isModule(o) ? MISSING : null;
  }
  if (typeof v === "symbol" && isModule(o)) return MISSING; // the unbound sentinel
  if (typeof v === "function" && t === "object" && !Object.prototype.hasOwnProperty.call(o, name) &&
      !/^class[\s{]/.test(Function.prototype.toString.call(v))) {
    const b = v.bind(o);
    // Call errors name a bound method by its qualified name and count `self`.
    if (v.$p) b.$p = { ...v.$p, m: true, qn: v.$p.qn !== undefined ? v.$p.qn : `${ownerName(o, name)}.${name}` };
    b.__self__ = o;
    b.__func__ = v;
    b.__name__ = pyName;
    return b;
  }
  return v;
}

// The Python name of the class that defines method `name` of `o`.
function ownerName(o, name) {
  let p = Object.getPrototypeOf(o);
  while (p !== null && !Object.prototype.hasOwnProperty.call(p, name)) p = Object.getPrototypeOf(p);
  const C = p !== null ? p.constructor : o.constructor;
  return class_name(C);
}

// o.name with Python semantics (methods bound, AttributeError).
export function $getattr(o, name) {
  const v = lookup(o, name);
  if (v === MISSING) throw noAttr(o, name);
  return v;
}

// str.format / str.format_map: here because a field's `.attr` part is read by getattr.
export function $m_format(r, ...a) { return str_format($getattr, r, a); }
export function $m_format_map(r, ...a) { return str_format_map($getattr, r, a); }

export function getattr(o, name, ...dflt) {
  if (typeof name !== "string") throw new PyTypeError(`attribute name must be string, not '${type_name(name)}'`);
  if (dflt.length === 0) return $getattr(o, name);
  try {
    const v = lookup(o, name);
    return v === MISSING ? dflt[0] : v;
  } catch (e) {
    if (e instanceof AttributeError) return dflt[0];
    throw e;
  }
}

export function $hasattr(o, name) {
  try {
    return lookup(o, name) !== MISSING;
  } catch (e) {
    if (e instanceof AttributeError) return false;
    throw e;
  }
}
export const hasattr = $hasattr;

export function $setattr(o, name, v) {
  if (o === null || o === undefined || (typeof o !== "object" && typeof o !== "function")) {
    throw new AttributeError(`'${type_name(o)}' object has no attribute '${name}'`);
  }
  if (typeof o.__setattr__ === "function") o.__setattr__(name, v);
  else if ($isclass(o)) $clsset(o, name, v);
  else o[js_key(name)] = v;
  return null;
}
export function setattr(o, name, v) { return $setattr(o, name, v); }

export function $delattr(o, name) {
  if (o !== null && typeof o === "object" && typeof o.__delattr__ === "function") { o.__delattr__(name); return null; }
  // A property deleter (`@x.deleter`), compiled as the method "$del:x".
  if (o !== null && typeof o === "object" && typeof o[`$del:${name}`] === "function") {
    o[`$del:${name}`]();
    return null;
  }
  if (o === null || o === undefined || (typeof o !== "object" && typeof o !== "function") || !(js_key(name) in o)) {
    throw noAttr(o, name);
  }
  if (o.$slotted === true && Object.prototype.hasOwnProperty.call(o, js_key(name))) {
    // A slot is unset, not removed (its store stays a plain one: builtins/pynew.js).
    if (o[js_key(name)] === undefined) throw new AttributeError(name);
    o[js_key(name)] = undefined;
    return null;
  }
  if ($isclass(o)) {
    if (!Object.prototype.hasOwnProperty.call(o, js_key(name))) throw noAttr(o, name);
    $clsdel(o, js_key(name));
  } else {
    delete o[js_key(name)];
  }
  return null;
}
export function delattr(o, name) { return $delattr(o, name); }

export function vars(o) {
  if (o === null || o === undefined || (typeof o !== "object" && typeof o !== "function")) {
    throw new PyTypeError("vars() argument must have __dict__ attribute");
  }
  if (typeof o === "object") return attr_dict(o);
  if (type_name(o) === "type") return class_dict(o);
  // A function's attributes (a snapshot).
  const out = new Dict();
  for (const k of Object.keys(o)) if (is_py_key(k) && !k.startsWith("__")) out.$set(py_key(k), o[k]);
  return out;
}

export function dir(o) {
  const names = new Set();
  let p = o;
  while (p !== null && p !== undefined && p !== Object.prototype && p !== Function.prototype) {
    for (const k of Object.getOwnPropertyNames(p)) {
      if (is_py_key(k) && !/^\d+$/.test(k)) names.add(py_key(k));
    }
    p = Object.getPrototypeOf(p);
  }
  return Array.from(names).sort();
}

class EllipsisType {
  static get $pyname() { return "ellipsis"; }
  __repr__() { return "Ellipsis"; }
}
export const Ellipsis = /* @__PURE__ */ Object.freeze(new EllipsisType());

export function input(prompt) {
  if (prompt !== undefined) $write($str(prompt));
  throw new EOFError("EOF when reading a line");
}
