// Private helpers shared by the stdlib modules (not a Python module).
import { KW } from "../builtins/kw.js";
import { PyTypeError, ValueError, OverflowError } from "../builtins/exceptions.js";
import { $norm } from "../builtins/bigint.js";
import { $call, is_class } from "../builtins/call.js";
import { type_name } from "../builtins/object.js";
import { Float } from "../builtins/floatbox.js";

// Pop a trailing KW off an argument array; returns its null-prototype object or null.
export function pop_kw(a) {
  if (a.length && a[a.length - 1] instanceof KW) return a.pop().o;
  return null;
}

function fmtNames(list) {
  const q = list.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

// Bind the arguments of a runtime function the way CPython binds a Python signature.
//   a: the JS arguments (may end with a KW)
//   names: positional-or-keyword parameter names; nreq: how many of them are required
//   opts.ko: keyword-only names; opts.va: accept extra positionals (returned as `rest`)
//   opts.vk: accept extra keywords (returned as `kw`); opts.posonly: number of leading
//   positional-only names
// Returns {v: [values for names..., values for ko...] (undefined = not given), rest, kw}.
export function bind(fname, a, names, nreq = names.length, opts = null) {
  const kw = pop_kw(a);
  const ko = opts && opts.ko ? opts.ko : [];
  const va = !!(opts && opts.va);
  const vk = !!(opts && opts.vk);
  const cstyle = !!(opts && opts.c); // messages of C functions (Argument Clinic)
  const posonly = opts && opts.posonly ? opts.posonly : 0;
  const np = names.length;
  if (a.length > np && !va) {
    let msg;
    if (cstyle) {
      const s = np === 1 ? "" : "s";
      msg = ko.length
        ? `${fname}() takes ${nreq === np ? "exactly" : "at most"} ${np} positional argument${s} (${a.length} given)`
        : `${fname}() takes at most ${np} argument${s} (${a.length} given)`;
    } else {
      const takes = nreq === np ? `${np}` : `from ${nreq} to ${np}`;
      msg = `${fname}() takes ${takes} positional argument${np === 1 ? "" : "s"} but ${a.length} ${a.length === 1 ? "was" : "were"} given`;
    }
    throw new PyTypeError(msg);
  }
  const v = new Array(np + ko.length);
  for (let i = 0; i < Math.min(np, a.length); i++) v[i] = a[i];
  const rest = va ? a.slice(np) : null;
  let extra = null;
  let bad = null;
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      let i = names.indexOf(k);
      if (i >= posonly && i >= 0) {
        if (i < a.length) {
          throw new PyTypeError(cstyle
            ? `argument for ${fname}() given by name ('${k}') and position (${i + 1})`
            : `${fname}() got multiple values for argument '${k}'`);
        }
        v[i] = kw[k];
        continue;
      }
      i = ko.indexOf(k);
      if (i >= 0) { v[np + i] = kw[k]; continue; }
      if (vk) { (extra || (extra = Object.create(null)))[k] = kw[k]; continue; }
      if (!cstyle) throw new PyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (bad === null) bad = k;
    }
  }
  let missing = null;
  for (let i = 0; i < nreq; i++) {
    if (v[i] === undefined) {
      if (cstyle) throw new PyTypeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      (missing || (missing = [])).push(names[i]);
    }
  }
  if (missing) {
    throw new PyTypeError(`${fname}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${fmtNames(missing)}`);
  }
  if (bad !== null) throw new PyTypeError(`'${bad}' is an invalid keyword argument for ${fname}()`);
  return { v, rest, kw: extra };
}

// Reject keywords for a function that takes none.
export function no_kw(fname, a) {
  if (a.length && a[a.length - 1] instanceof KW) {
    const o = a.pop().o;
    if (Object.keys(o).length) throw new PyTypeError(`${fname}() takes no keyword arguments`);
  }
  return a;
}

// Call a Python callable (function, class, object with __call__) with positional args.
let classCache = null;
export function pycall(f, ...args) {
  if (typeof f === "function") {
    if (classCache === null) classCache = new WeakMap();
    let c = classCache.get(f);
    if (c === undefined) { c = is_class(f); classCache.set(f, c); }
    return c ? new f(...args) : f(...args);
  }
  return $call(f, args, null);
}

// Call with keywords (kw: plain/null-prototype object or null).
export function pycallkw(f, args, kw) {
  if (kw === null || kw === undefined || Object.keys(kw).length === 0) return pycall(f, ...args);
  return $call(f, args, kw);
}

export function is_callable(x) {
  return typeof x === "function" || (x !== null && typeof x === "object" && typeof x.__call__ === "function");
}

// An int argument (bool and __index__ accepted) or TypeError like CPython.
export function as_index(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return Number(x);
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  throw new PyTypeError(`'${type_name(x)}' object cannot be interpreted as an integer`);
}

// A float argument (int, bool, __float__, __index__) or TypeError "must be real number".
export function as_float(x) {
  if (typeof x === "number") return x;
  if (x instanceof Float) return x.$v;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return Number(x);
  if (x !== null && typeof x === "object") {
    if (typeof x.__float__ === "function") return x.__float__();
    if (typeof x.__index__ === "function") return x.__index__();
  }
  throw new PyTypeError(`must be real number, not ${type_name(x)}`);
}

// An exact BigInt result as a Python int: a number when safe (builtins/bigint.js).
export function exact_int(b) {
  return $norm(b);
}

export function is_str(x) { return typeof x === "string"; }

export { ValueError, OverflowError };
