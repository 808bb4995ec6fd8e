// Multiple inheritance: `class D(B, C)` extends $mi([B, C]), a prototype chain that follows
// D's C3 method resolution order. Classes of the MRO whose own JS chain does not already
// end the MRO are copied ("clones": a fresh class holding the original's own members);
// isinstance/issubclass see through clones ($orig) and `super()` walks the instance's
// chain ($super) instead of JS's lexically bound `super`.
import { PyTypeError, AttributeError } from "../builtins/exceptions.js";
import { PyObject, class_name } from "../builtins/object.js";

const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

function asClass(b) {
  if (typeof b === "function" && b.$isType === true) {
    // The compiler passes a builtin named in the class statement as its real base
    // (lang/base_*.js); a builtin type object reached through another name is refused,
    // as $init_subclass refuses it for a single base.
    if (b.$cls === PyObject) return PyObject;
    throw new PyTypeError(
      `cfpy: a class derives from the builtin type '${b.__name__}' through another name; ` +
      `write the builtin's own name in the class statement`);
  }
  if (typeof b !== "function" || b.prototype === undefined) {
    throw new PyTypeError("bases must be types");
  }
  return b;
}

// Python MRO of a class as JS classes (clones mapped back), ending with PyObject (object).
function lin(K) {
  const out = [];
  for (let C = K; typeof C === "function" && C !== Function.prototype; C = Object.getPrototypeOf(C)) {
    if (own(C, "$mro")) return out.concat(C.$mro);
    if (C === PyObject || C === Error || C === Object) break;
    out.push(own(C, "$orig") ? C.$orig : C);
    if (own(C, "$mroEnd")) break; // a builtin's stand-in (object.js $builtin_class)
  }
  out.push(PyObject);
  return out;
}

// C3 merge of the bases' linearisations and the bases themselves (without the new class).
function c3(bases) {
  const seqs = [...bases.map(lin), [...bases]];
  const out = [];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let head = null;
    for (const s of live) {
      if (!live.some((t) => t.indexOf(s[0]) > 0)) { head = s[0]; break; }
    }
    if (head === null) {
      const heads = [...new Set(live.map((s) => s[0]))].map(class_name);
      throw new PyTypeError(
        `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

function nativeRoot(K) {
  let last = null;
  for (let C = K; typeof C === "function" && C !== Function.prototype; C = Object.getPrototypeOf(C)) {
    if (C === PyObject) return null;
    if (own(C, "$mroEnd")) return C; // `list`, `dict`, ...: each its own instance lay-out
    last = C;
  }
  return last;
}

// isinstance(x, K) for a class K that has clones: K's prototype or a clone's is on x's chain.
function hasInstance(x) {
  if (x === null || (typeof x !== "object" && typeof x !== "function")) return false;
  for (let p = Object.getPrototypeOf(x); p !== null; p = Object.getPrototypeOf(p)) {
    if (p === this.prototype) return true;
    if (own(p, "constructor") && typeof p.constructor === "function" &&
        own(p.constructor, "$orig") && p.constructor.$orig === this) return true;
  }
  return false;
}

const SKIP_STATIC = new Set(["prototype", "length", "name", "$mro", "$bases", "$orig"]);

function forward(K, key) {
  return {
    configurable: true,
    get() { return K[key]; },
    set(v) {
      Object.defineProperty(this, key, { value: v, writable: true, configurable: true, enumerable: true });
    },
  };
}

function clone(K, parent) {
  const C = class extends parent {};
  // A builtin's stand-in (`int`) brings the members of the runtime classes behind it.
  const protos = [K.prototype];
  if (own(K, "$mroEnd") && K.prototype instanceof PyObject) {
    for (let p = Object.getPrototypeOf(K.prototype); p && p !== PyObject.prototype; p = Object.getPrototypeOf(p)) {
      protos.push(p);
    }
  }
  for (const proto of protos) {
    for (const key of Reflect.ownKeys(proto)) {
      if (key === "constructor" || own(C.prototype, key)) continue;
      Object.defineProperty(C.prototype, key, Object.getOwnPropertyDescriptor(proto, key));
    }
  }
  for (const key of Reflect.ownKeys(K)) {
    if (SKIP_STATIC.has(key) || key === Symbol.hasInstance) continue;
    const desc = Object.getOwnPropertyDescriptor(K, key);
    // A class attribute is read from K itself, so `K.x = v` later is seen through D.
    Object.defineProperty(C, key, "value" in desc ? forward(K, key) : desc);
  }
  Object.defineProperty(C, "$orig", { value: K });
  Object.defineProperty(C, "name", { value: K.name, configurable: true });
  if (!own(K, Symbol.hasInstance)) {
    Object.defineProperty(K, Symbol.hasInstance, { value: hasInstance, configurable: true });
  }
  return C;
}

function same(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function checkBases(bases) {
  const seen = new Set();
  for (const b of bases) {
    if (seen.has(b)) throw new PyTypeError(`duplicate base class ${class_name(b)}`);
    seen.add(b);
  }
}

// The JS parent of `class D(*bases)`.
export function $mi(bases) {
  bases = bases.map(asClass);
  checkBases(bases);
  const mro = c3(bases);
  // The longest tail of the MRO that a real class's own chain already is.
  let start = mro.length - 1;
  for (let j = 0; j < mro.length - 1; j++) {
    if (same(lin(mro[j]), mro.slice(j))) { start = j; break; }
  }
  const natives = mro.filter((K) => K !== PyObject && nativeRoot(K) !== null);
  const roots = new Set(natives.map(nativeRoot));
  if (roots.size > 1) throw new PyTypeError("multiple bases have instance lay-out conflict");
  let parent = mro[start];
  let copied = mro.slice(0, start);
  // A native base (an exception, dict, tuple) must stay at the bottom of the chain so that
  // instances are made by its constructor; every MRO class is copied above it. (The
  // stand-ins for list/str/int/float derive from object and need no such place: copied,
  // they also bring their __new__, so that `class Color(str, Enum)` members hold a str.)
  const bottom = natives.filter((K) => !(K.prototype instanceof PyObject));
  if (bottom.length > 0 && nativeRoot(parent) === null) {
    parent = bottom[0];
    copied = mro.filter((K) => K !== PyObject);
  }
  for (let i = copied.length - 1; i >= 0; i--) parent = clone(copied[i], parent);
  return parent;
}

// After the class statement: record the MRO and bases of D (read by __mro__ / __bases__).
export function $mi_done(D, bases) {
  bases = bases.map(asClass);
  Object.defineProperty(D, "$mro", { value: [D, ...c3(bases)] });
  Object.defineProperty(D, "$bases", { value: bases });
  return D;
}

// super().name for code in class K, with self/cls `obj`: the member after K in the MRO of
// obj's class (the next link of obj's chain after K or K's clone).
export function $super(K, obj, name) {
  const isCls = typeof obj === "function";
  let p = isCls ? obj : Object.getPrototypeOf(obj);
  let next = null;
  for (; p !== null; p = Object.getPrototypeOf(p)) {
    const owner = isCls ? p : (own(p, "constructor") ? p.constructor : null);
    if (owner === K || (typeof owner === "function" && own(owner, "$orig") && owner.$orig === K)) {
      next = Object.getPrototypeOf(p);
      break;
    }
  }
  if (next === null) next = Object.getPrototypeOf(isCls ? K : K.prototype);
  const v = next === null ? undefined : Reflect.get(next, name, obj);
  if (v === undefined) throw new AttributeError(`'super' object has no attribute '${name}'`);
  return v;
}

// `super()` / `super(K, obj)` as a value: attribute reads go to the class after K in the
// MRO of obj's class; methods come back bound to obj.
export function $superobj(K, obj) {
  return new Proxy(Object.create(null), {
    get(_, key) {
      if (typeof key !== "string") return undefined;
      const v = $super(K, obj, key);
      if (typeof v !== "function" || /^class[\s{]/.test(Function.prototype.toString.call(v))) return v;
      const b = v.bind(obj);
      if (v.$p) b.$p = v.$p;
      b.__name__ = key;
      return b;
    },
    has(_, key) {
      try { $super(K, obj, key); return true; } catch { return false; }
    },
  });
}
