// Python's functools: reduce, partial, lru_cache, cache, wraps, update_wrapper,
// cmp_to_key, total_ordering.
import { PyTypeError, ValueError, NotImplementedError } from "../builtins/exceptions.js";
import { Tuple } from "../builtins/tuple.js";
import { Dict } from "../builtins/dict.js";
import { KW } from "../builtins/kw.js";
import { $iter } from "../builtins/iter.js";
import { $repr } from "../builtins/repr.js";
import { $lt, $gt, $le, $ge } from "../builtins/compare.js";
import { $eq, NotImplemented } from "../builtins/equality.js";
import { $truthy } from "../builtins/truthy.js";
import { PyObject } from "../builtins/object.js";
import { namedtuple } from "./_ntuple.js";
import { type, int, bool, object } from "../builtins/types.js";
import { is_class } from "../builtins/call.js";
import { pop_kw, pycall, pycallkw, is_callable, as_index } from "./_util.js";

// ---- reduce ---------------------------------------------------------------------------

export function reduce(f, iterable, ...init) {
  const it = $iter(iterable)[Symbol.iterator]();
  let acc;
  if (init.length) acc = init[0];
  else {
    const r = it.next();
    if (r.done) throw new PyTypeError("reduce() of empty iterable with no initial value");
    acc = r.value;
  }
  for (let r = it.next(); !r.done; r = it.next()) acc = pycall(f, acc, r.value);
  return acc;
}

// ---- partial --------------------------------------------------------------------------

// partial(func, *args, **keywords): a JS function (compiled code calls it directly) with
// `func`, `args`, `keywords` attributes.
export function partial(...a) {
  const kw = pop_kw(a);
  if (a.length === 0) throw new PyTypeError("partial() missing 1 required positional argument: 'func'");
  let [func, ...args] = a;
  if (!is_callable(func)) throw new PyTypeError("the first argument must be callable");
  let keywords = kw === null ? Object.create(null) : Object.assign(Object.create(null), kw);
  if (typeof func === "function" && func.$partial === true) {
    args = [...func.args, ...args];
    keywords = Object.assign(Object.create(null), func.$kw, keywords);
    func = func.func;
  }
  const target = func;
  const bound = args;
  const kwds = keywords;
  const p = function (...more) {
    const extra = pop_kw(more);
    const all = Object.assign(Object.create(null), kwds, extra);
    return pycallkw(target, [...bound, ...more], all);
  };
  p.$partial = true;
  p.func = target;
  p.args = Tuple.from(bound);
  p.$kw = kwds;
  Object.defineProperty(p, "keywords", {
    get() { return Dict.fromObject(kwds); },
    configurable: true,
  });
  Object.defineProperty(p, "name", { value: "partial", configurable: true });
  p.__qualname__ = "functools.partial";
  p.__repr__ = function () {
    const parts = [$repr(target), ...bound.map((x) => $repr(x))];
    for (const k of Object.keys(kwds)) parts.push(`${k}=${$repr(kwds[k])}`);
    return `functools.partial(${parts.join(", ")})`;
  };
  return p;
}

// ---- update_wrapper / wraps -----------------------------------------------------------

const WRAPPER_ASSIGNMENTS = ["__module__", "__name__", "__qualname__", "__doc__"];

function getAttr(o, name) {
  if (name === "__name__" && typeof o === "function") return o.__name__ !== undefined ? o.__name__ : o.name;
  if (name === "__qualname__" && typeof o === "function") {
    return o.__qualname__ !== undefined ? o.__qualname__ : o.__name__ !== undefined ? o.__name__ : o.name;
  }
  if (name === "__doc__" && typeof o === "function" && o.__doc__ === undefined) {
    return o.$p && o.$p.doc !== undefined ? o.$p.doc : null;
  }
  return o[name];
}

export function update_wrapper(wrapper, wrapped, ...a) {
  const kw = pop_kw(a);
  const assigned = a.length > 0 ? Array.from($iter(a[0])) : kw && kw.assigned !== undefined ? Array.from($iter(kw.assigned)) : WRAPPER_ASSIGNMENTS;
  const updated = a.length > 1 ? Array.from($iter(a[1])) : kw && kw.updated !== undefined ? Array.from($iter(kw.updated)) : ["__dict__"];
  for (const name of assigned) {
    const v = getAttr(wrapped, name);
    if (v === undefined) continue;
    if (name === "__name__") {
      try { Object.defineProperty(wrapper, "name", { value: v, configurable: true }); } catch { /* ignore */ }
    }
    wrapper[name] = v;
  }
  for (const name of updated) {
    if (name !== "__dict__") continue;
    for (const k of Object.keys(wrapped)) {
      if (k[0] === "$" || k === "prototype") continue;
      if (WRAPPER_ASSIGNMENTS.includes(k)) continue;
      wrapper[k] = wrapped[k];
    }
  }
  wrapper.__wrapped__ = wrapped;
  return wrapper;
}

export function wraps(wrapped, ...a) {
  const kw = pop_kw(a);
  return function (wrapper) {
    const args = a.slice();
    if (kw !== null) args.push(new KW(kw));
    return update_wrapper(wrapper, wrapped, ...args);
  };
}

// ---- lru_cache / cache -----------------------------------------------------------------

let CacheInfo = null;
function cacheInfoClass() {
  if (CacheInfo === null) CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"]);
  return CacheInfo;
}

const KWD_MARK = /* @__PURE__ */ Object.freeze({ __repr__() { return "<object object>"; } });

function makeKey(args, kw) {
  if (kw === null || Object.keys(kw).length === 0) {
    if (args.length === 1 && (typeof args[0] === "string" || typeof args[0] === "number")) return args[0];
    return Tuple.from(args);
  }
  const parts = [...args, KWD_MARK];
  for (const k of Object.keys(kw)) parts.push(Tuple.of(k, kw[k]));
  return Tuple.from(parts);
}

function decorate(user, maxsize) {
  const cache = new Dict();
  let hits = 0, misses = 0;
  const bounded = maxsize !== null;
  const wrapper = function (...args) {
    const kw = pop_kw(args);
    const key = makeKey(args, kw);
    if (maxsize === 0) {
      misses++;
      return pycallkw(user, args, kw);
    }
    const v = cache.$get(key);
    if (v !== undefined || cache.$has(key)) {
      hits++;
      if (bounded) {
        cache.$delete(key);
        cache.$set(key, v);
      }
      return v;
    }
    misses++;
    const r = kw === null ? pycall(user, ...args) : pycallkw(user, args, kw);
    if (bounded && cache.__len__() >= maxsize) {
      const oldest = cache[Symbol.iterator]().next().value;
      cache.$delete(oldest);
    }
    cache.$set(key, r === undefined ? null : r);
    return r;
  };
  update_wrapper(wrapper, user);
  wrapper.cache_info = function () {
    return cacheInfoClass()(hits, misses, maxsize, cache.__len__());
  };
  wrapper.cache_clear = function () {
    cache.clear();
    hits = 0;
    misses = 0;
    return null;
  };
  wrapper.cache_parameters = function () {
    const d = new Dict();
    d.$set("maxsize", maxsize);
    d.$set("typed", false);
    return d;
  };
  return wrapper;
}

export function lru_cache(...a) {
  const kw = pop_kw(a);
  let maxsize = 128;
  let typed = false;
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      if (k === "maxsize") maxsize = kw[k];
      else if (k === "typed") typed = $truthy(kw[k]);
      else throw new PyTypeError(`lru_cache() got an unexpected keyword argument '${k}'`);
    }
  }
  if (a.length > 0) {
    if (is_callable(a[0]) && !(kw !== null && "maxsize" in kw)) {
      // @lru_cache without arguments
      return decorate(a[0], 128);
    }
    maxsize = a[0];
    if (a.length > 1) typed = $truthy(a[1]);
  }
  if (typed) {
    // typed=True distinguishes 1 and 1.0: the runtime cannot, so refuse rather than differ.
    throw new NotImplementedError("lru_cache(typed=True) is not supported by cfpy (ints and integral floats are indistinguishable)");
  }
  if (maxsize !== null && maxsize !== undefined) {
    if (typeof maxsize !== "number" && typeof maxsize !== "boolean") {
      throw new PyTypeError("Expected first argument to be an integer, a callable, or None");
    }
    maxsize = Math.max(0, as_index(maxsize));
  } else maxsize = null;
  const size = maxsize;
  return function (user) { return decorate(user, size); };
}

export function cache(user) {
  return decorate(user, null);
}

// ---- cmp_to_key -------------------------------------------------------------------------

export class KeyWrapper extends PyObject {
  __init__(obj, cmp) {
    this.obj = obj;
    this.$cmp = cmp;
    return null;
  }
  get __hash__() { return null; }
  static get __module__() { return "functools"; }
  __lt__(o) { return $lt(pycall(this.$cmp, this.obj, o.obj), 0); }
  __gt__(o) { return $gt(pycall(this.$cmp, this.obj, o.obj), 0); }
  __le__(o) { return $le(pycall(this.$cmp, this.obj, o.obj), 0); }
  __ge__(o) { return $ge(pycall(this.$cmp, this.obj, o.obj), 0); }
  __eq__(o) { return $eq(pycall(this.$cmp, this.obj, o.obj), 0); }
}

export function cmp_to_key(mycmp) {
  const K = function (obj) { return new KeyWrapper(obj, mycmp); };
  return K;
}

// ---- total_ordering ------------------------------------------------------------------

function notOp(r) { return r === NotImplemented ? r : !$truthy(r); }

const CONVERT = {
  __lt__: {
    __gt__(self, other, root) { const r = root.call(self, other); return r === NotImplemented ? r : !$truthy(r) && !$eq(self, other); },
    __le__(self, other, root) { const r = root.call(self, other); return r === NotImplemented ? r : $truthy(r) || $eq(self, other); },
    __ge__(self, other, root) { return notOp(root.call(self, other)); },
  },
  __le__: {
    __ge__(self, other, root) { const r = root.call(self, other); return r === NotImplemented ? r : !$truthy(r) || $eq(self, other); },
    __lt__(self, other, root) { const r = root.call(self, other); return r === NotImplemented ? r : $truthy(r) && !$eq(self, other); },
    __gt__(self, other, root) { return notOp(root.call(self, other)); },
  },
  __gt__: {
    __lt__(self, other, root) { const r = root.call(self, other); return r === NotImplemented ? r : !$truthy(r) && !$eq(self, other); },
    __ge__(self, other, root) { const r = root.call(self, other); return r === NotImplemented ? r : $truthy(r) || $eq(self, other); },
    __le__(self, other, root) { return notOp(root.call(self, other)); },
  },
  __ge__: {
    __le__(self, other, root) { const r = root.call(self, other); return r === NotImplemented ? r : !$truthy(r) || $eq(self, other); },
    __gt__(self, other, root) { const r = root.call(self, other); return r === NotImplemented ? r : $truthy(r) && !$eq(self, other); },
    __lt__(self, other, root) { return notOp(root.call(self, other)); },
  },
};

export function total_ordering(cls) {
  const proto = cls.prototype;
  const roots = ["__lt__", "__le__", "__gt__", "__ge__"].filter((op) => typeof proto[op] === "function");
  if (roots.length === 0) {
    throw new ValueError("must define at least one ordering operation: < > <= >=");
  }
  // CPython picks max(roots) by name: __lt__ > __le__ > __gt__ > __ge__
  const root = roots.slice().sort().pop();
  const rootFn = proto[root];
  for (const [op, f] of Object.entries(CONVERT[root])) {
    if (!roots.includes(op)) {
      Object.defineProperty(proto, op, {
        value: function (other) { return f(this, other, rootFn); },
        writable: true,
        configurable: true,
      });
    }
  }
  return cls;
}

// functools.cached_property: a decorator the compiler handles in class bodies (a getter
// that stores the value on the instance); used anywhere else, it is Python's error.
export function cached_property() {
  throw new PyTypeError("cfpy supports functools.cached_property as a decorator in a class body");
}

// ---- singledispatch ------------------------------------------------------------------

// The classes an instance of `cls` is looked up under, most specific first.
function dispatchMro(cls) {
  let mro;
  try { mro = cls.__mro__; } catch { mro = undefined; }
  if (mro !== undefined && mro !== null && typeof mro !== "function") return Array.from(mro);
  return cls === bool ? [bool, int, object] : [cls, object];
}

// A generic function dispatching on the type of its first argument. Registration is by
// class (`@f.register(int)` or `f.register(int, impl)`): cfpy erases annotations, so
// `@f.register` on an annotated function is refused when it runs.
export function singledispatch(func) {
  const registry = new Map([[object, func]]);
  const dispatch = (cls) => {
    for (const c of dispatchMro(cls)) {
      if (registry.has(c)) return registry.get(c);
    }
    return func;
  };
  const register = (cls, impl) => {
    if (!is_class(cls) && !(typeof cls === "function" && cls.$isType)) {
      throw new NotImplementedError(`cfpy: ${func.__name__ ?? "singledispatch"}.register needs the class: write @f.register(cls) (annotations are erased at build time)`);
    }
    if (impl === undefined) return (f) => { registry.set(cls, f); return f; };
    registry.set(cls, impl);
    return impl;
  };
  const name = func.__name__ ?? func.name;
  const wrapper = function (...args) {
    if (args.length === 0 || args[0] instanceof KW) {
      throw new PyTypeError(`${name} requires at least 1 positional argument`);
    }
    const kw = pop_kw(args);
    return pycallkw(dispatch(type(args[0])), args, kw);
  };
  update_wrapper(wrapper, func);
  wrapper.register = register;
  wrapper.dispatch = dispatch;
  return wrapper;
}
