// Calling convention helpers: keyword arguments, signatures, dynamic calls.
import { PyTypeError, AttributeError, BaseException } from "./exceptions.js";
import { PyObject, type_name, class_name, $lateattr } from "./object.js";
import { Dict } from "./dict.js";

import { KW } from "./kw.js";
import { js_key } from "./attrkey.js";

export { KW };

// `$kw({__proto__: null, a: 1})`; an ordinary object literal is copied.
export function $kw(obj) {
  if (obj instanceof KW) return obj;
  if (Object.getPrototypeOf(obj) === null) return new KW(obj);
  const o = Object.create(null);
  for (const k of Object.keys(obj)) o[k] = obj[k];
  return new KW(o);
}

// Signature metadata. flags: bit 1 = *args, bit 2 = **kwargs (or an object
// {va, vk, ko, nreq, koreq, qn, m}). ko: keyword-only names; nreq: number of leading
// positional names without default (checked by $call; default 0 = unchecked);
// koreq: required keyword-only names; qn: qualified name for messages; m: method (count self).
export function $sig(f, names, flags = 0, ko = null, nreq = 0, koreq = null) {
  let p;
  if (typeof flags === "object" && flags !== null) {
    p = {
      names, va: !!flags.va, ko: flags.ko || [], vk: !!flags.vk,
      nreq: flags.nreq || 0, koreq: flags.koreq || [], qn: flags.qn, m: !!flags.m, co: !!flags.co,
      df: flags.df, doc: flags.doc, po: flags.po || 0,
    };
  } else {
    p = { names, va: !!(flags & 1), ko: ko || [], vk: !!(flags & 2), nreq, koreq: koreq || [] };
  }
  f.$p = p;
  // A function whose JS name differs from its Python one (decorated defs, lambdas).
  if (p.qn !== undefined) f.__name__ = p.qn;
  return f;
}

// `$kwdefaults($sig(f, ...), [[name, default], ...])`: f's keyword-only defaults, for
// `f.__kwdefaults__` (lang/attrs.js); emitted only for functions that have some.
export function $kwdefaults(f, pairs) {
  f.$p.kd = pairs;
  return f;
}

// Pop a trailing KW off a rest-args array; returns the KW or undefined.
export function $popkw(args) {
  if (args.length && args[args.length - 1] instanceof KW) return args.pop();
  return undefined;
}

// Sentinel default for required keyword-only parameters in $bindkw.
export const $REQ = /* @__PURE__ */ Object.freeze({ $req: true });

function fmtNames(list) {
  const q = list.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

// Function prologue helper: `const [c, d, kwargs] = $bindkw($kw, ["c", "d"], [$REQ, 2], true, "f")`.
// Returns the keyword-only values in order, followed by a Dict of the remaining keywords
// when `vk` is true. Unknown keywords without **kwargs -> TypeError.
export function $bindkw(kw, names, defaults, vk = false, fname = "function") {
  const o = kw === undefined || kw === null ? null : kw instanceof KW ? kw.o : kw;
  const out = new Array(names.length + (vk ? 1 : 0));
  let missing = null;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (o !== null && Object.prototype.hasOwnProperty.call(o, n)) out[i] = o[n];
    else {
      const d = defaults ? defaults[i] : undefined;
      if (d === $REQ) (missing || (missing = [])).push(n);
      out[i] = d === $REQ ? undefined : d;
    }
  }
  if (missing) {
    throw new PyTypeError(`${fname}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? "s" : ""}: ${fmtNames(missing)}`);
  }
  if (vk) {
    const d = new Dict();
    if (o !== null) for (const k of Object.keys(o)) if (!names.includes(k)) d.$set(k, o[k]);
    out[names.length] = d;
  } else if (o !== null) {
    for (const k of Object.keys(o)) {
      if (!names.includes(k)) throw new PyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
  }
  return out;
}

// Merge `**mapping` (Dict or plain object) and explicit keywords into one null-prototype
// object: $kwmerge({a: 1}, mapping, {b: 2}, ...). `fname` errors use "f()" when given via
// a leading string argument: $kwmerge("f", ...).
export function $kwmerge(...parts) {
  let fname = "function";
  if (typeof parts[0] === "string") fname = parts.shift() + "()";
  const o = Object.create(null);
  for (const part of parts) {
    if (part === null || part === undefined) continue;
    let entries;
    if (part instanceof KW) entries = Object.entries(part.o);
    else if (part instanceof Dict) entries = part.$entries();
    else if (typeof part.keys === "function" && typeof part.__getitem__ === "function") {
      entries = [];
      for (const k of part.keys()) entries.push([k, part.__getitem__(k)]);
    } else if (Object.getPrototypeOf(part) === null || Object.getPrototypeOf(part) === Object.prototype) {
      entries = Object.entries(part);
    } else {
      throw new PyTypeError(`${fname} argument after ** must be a mapping, not ${type_name(part)}`);
    }
    for (const [k, v] of entries) {
      if (typeof k !== "string") throw new PyTypeError(`keywords must be strings`);
      if (Object.prototype.hasOwnProperty.call(o, k)) {
        throw new PyTypeError(`${fname} got multiple values for keyword argument '${k}'`);
      }
      o[k] = v;
    }
  }
  return o;
}

export function is_class(f) {
  if (typeof f !== "function") return false;
  const proto = f.prototype;
  if (proto === undefined) return false;
  return proto instanceof PyObject || proto instanceof BaseException || f === PyObject ||
    /^class[\s{]/.test(Function.prototype.toString.call(f));
}

function sigOf(f, cls) {
  if (cls) {
    const init = f.prototype.__init__;
    if (init && init.$p) return init.$p;
    // A class with its own __new__(cls, ...) and no compiled __init__ takes __new__'s.
    const nw = f.__new__;
    if (nw && nw.$p && nw.$p.names.length) {
      const p = nw.$p;
      return { ...p, names: p.names.slice(1), nreq: p.nreq ? p.nreq - 1 : 0, qn: `${f.name}.__new__` };
    }
    return f.$p;
  }
  return f.$p;
}

function displayName(f, cls, p) {
  if (p && p.qn) return p.qn;
  if (cls) return `${f.name}.__init__`;
  return f.name || "<lambda>";
}

function placeArgs(f, cls, p, pos, kw, isMethod) {
  const names = p.names;
  const np = names.length;
  const fname = displayName(f, cls, p);
  const self = (cls || isMethod || p.m) ? 1 : 0;
  if (pos.length > np && !p.va) {
    const given = pos.length + self;
    const lo = p.nreq + self, hi = np + self;
    const takes = lo === hi ? `${hi}` : `from ${lo} to ${hi}`;
    throw new PyTypeError(
      `${fname}() takes ${takes} positional argument${hi === 1 ? "" : "s"} but ${given} ${given === 1 ? "was" : "were"} given`);
  }
  const args = pos.slice();
  let rest = null;
  let posonly = null;
  if (kw) {
    for (const k of Object.keys(kw)) {
      const v = kw[k];
      const i = names.indexOf(k);
      if (i >= 0 && i < (p.po || 0)) {
        // A positional-only parameter named by keyword: into **kwargs, else an error.
        if (p.vk) (rest || (rest = Object.create(null)))[k] = v;
        else (posonly || (posonly = [])).push(k);
      } else if (i >= 0) {
        if (i < pos.length) throw new PyTypeError(`${fname}() got multiple values for argument '${k}'`);
        while (args.length < i) args.push(undefined);
        args[i] = v;
      } else if (p.vk || p.ko.includes(k)) {
        (rest || (rest = Object.create(null)))[k] = v;
      } else if (p.newkw) {
        throw new PyTypeError(`'${k}' is an invalid keyword argument for __new__()`);
      } else {
        throw new PyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
      }
    }
  }
  if (posonly) {
    throw new PyTypeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${posonly.join(", ")}'`);
  }
  if (p.nreq) {
    let missing = null;
    for (let i = 0; i < p.nreq; i++) if (args[i] === undefined) (missing || (missing = [])).push(names[i]);
    if (missing) {
      throw new PyTypeError(`${fname}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${fmtNames(missing)}`);
    }
  }
  if (p.koreq.length) {
    const missing = p.koreq.filter((n) => !rest || !(n in rest));
    if (missing.length) {
      throw new PyTypeError(`${fname}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? "s" : ""}: ${fmtNames(missing)}`);
    }
  }
  if (rest) {
    while (args.length < np) args.push(undefined);
    args.push(new KW(rest));
  }
  return args;
}

function kwObj(kw) {
  if (kw === undefined || kw === null) return null;
  if (kw instanceof KW) kw = kw.o;
  return Object.keys(kw).length ? kw : null;
}

// Dynamic call with keywords: $call(f, [pos...], {kw...}).
export function $call(f, pos, kw) {
  if (typeof f !== "function") {
    if (f !== null && typeof f === "object" && typeof f.__call__ === "function") {
      return $callm(f, "__call__", pos, kw);
    }
    throw new PyTypeError(`'${type_name(f)}' object is not callable`);
  }
  const cls = is_class(f);
  kw = kwObj(kw);
  const p = sigOf(f, cls);
  if (kw === null && (!p || (p.nreq <= pos.length && (pos.length <= p.names.length || p.va) &&
      !(p.koreq && p.koreq.length)))) {
    return cls ? new f(...pos) : f(...pos);
  }
  let args;
  if (p) args = placeArgs(f, cls, p, pos, kw, false);
  else args = [...pos, new KW(kw)];
  return cls ? new f(...args) : f(...args);
}

// A method value `m` (from `super()`) called on `obj` with keywords: super().f(x, k=1).
export function $callwith(m, obj, pos, kw) {
  if (typeof m !== "function" || is_class(m)) return $call(m, pos, kw);
  kw = kwObj(kw);
  if (kw === null) return m.apply(obj, pos);
  const p = m.$p;
  const args = p ? placeArgs(m, false, p, pos, kw, true) : [...pos, new KW(kw)];
  return m.apply(obj, args);
}

// Dynamic method call: $callm(obj, "name", [pos...], {kw...}).
// A member that only JS's built-in prototypes provide ([].push, "s".trim): not Python's.
function jsOnly(obj, name) {
  if (typeof obj !== "object" && typeof obj !== "function") return true;
  let p = obj;
  while (p !== null) {
    if (Object.prototype.hasOwnProperty.call(p, name)) {
      return p === Object.prototype || p === Function.prototype || p === Array.prototype;
    }
    p = Object.getPrototypeOf(p);
  }
  return false;
}

export function $callm(obj, name, pos, kw) {
  if (obj === null || obj === undefined) {
    throw new AttributeError(`'NoneType' object has no attribute '${name}'`);
  }
  const key = js_key(name);
  let m = obj[key];
  if (m === undefined && $lateattr(obj, key)) m = obj[key]; // `C.m = f` after the class statement
  if (typeof m !== "function" || jsOnly(obj, key)) {
    if ((m === undefined || jsOnly(obj, key)) && typeof obj === "object" && typeof obj.__getattr__ === "function") {
      return $call(obj.__getattr__(name), pos, kw); // a user __getattr__ supplies the method
    }
    if (m === undefined || jsOnly(obj, key)) {
      const tn = type_name(obj);
      throw new AttributeError(tn === "type" ? `type object '${class_name(obj)}' has no attribute '${name}'`
        : `'${tn}' object has no attribute '${name}'`);
    }
    return $call(m, pos, kw);
  }
  kw = kwObj(kw);
  if (kw === null) return m.apply(obj, pos);
  const cls = is_class(m);
  if (cls) return $call(m, pos, kw);
  const p = m.$p;
  let args;
  if (p) args = placeArgs(m, false, p, pos, kw, true);
  else args = [...pos, new KW(kw)];
  return m.apply(obj, args);
}

// For runtime builtins that accept a trailing KW: pop it and return its object (or null).
export function $kwargs(args) {
  if (args.length && args[args.length - 1] instanceof KW) return args.pop().o;
  return null;
}

// Reject unexpected keywords for a builtin: $nokw(kwobj, "print", ["sep", "end"]).
export function $checkkw(o, fname, allowed) {
  if (o === null) return;
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) {
      throw new PyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
  }
}
