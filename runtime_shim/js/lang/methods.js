// Decorated methods: Python decorators see a plain function taking `self` first, and
// whatever they return becomes the method (bound to the instance on access).

// The compiled method (which uses `this`) as a Python function `(self, ...args)`.
export function $unthis(m, name) {
  const f = function (self, ...args) { return m.apply(self, args); };
  if (m.$p) f.$p = { ...m.$p, names: ["self", ...m.$p.names], nreq: (m.$p.nreq || 0) + 1 };
  f.__name__ = name;
  f.$selffirst = true; // a class attribute holding it is a method again ($clsattrs binds it)
  return f;
}

// A decorator's result installed as a method: called with the instance as `self`.
export function $as_method(f) {
  if (typeof f !== "function") return f; // e.g. a descriptor-like object: stored as is
  const m = function (...args) { return f(this, ...args); };
  m.__name__ = f.__name__ ?? f.name;
  m.__wrapped__ = f;
  if (f.__isabstractmethod__ === true) m.__isabstractmethod__ = true; // (abc.abstractmethod)
  return m;
}

// functools.cached_property: the value becomes an own attribute of obj (lower/definitions.py).
export function $cached(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: true });
  return value;
}
