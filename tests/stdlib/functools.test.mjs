import { suite } from "./_harness.mjs";
import * as functools from "../../runtime_shim/js/stdlib/functools.js";
import {
  KW, Tuple, $call, $sig, $add, $mul, $eq, $lt, $le, $gt, $ge, $getattr, sorted, min, max, PyObject,
  NotImplemented,
} from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);

// def power(base, exp=2): return base ** exp   (compiled with signature metadata)
const power = $sig(function power(base, exp = 2) { return base ** exp; }, ["base", "exp"], { nreq: 1 });
// def greet(greeting, name, *, punct="!"): ...
const greet = $sig(function greet(greeting, name, $kw) {
  const punct = $kw && $kw.o && "punct" in $kw.o ? $kw.o.punct : "!";
  return `${greeting}, ${name}${punct}`;
}, ["greeting", "name"], { nreq: 2, ko: ["punct"] });

class Version extends PyObject {
  __init__(major, minor) { this.major = major; this.minor = minor; }
  __eq__(o) { return o instanceof Version ? this.major === o.major && this.minor === o.minor : NotImplemented; }
  __lt__(o) { return o instanceof Version ? $lt(Tuple.of(this.major, this.minor), Tuple.of(o.major, o.minor)) : NotImplemented; }
  __repr__() { return `V${this.major}.${this.minor}`; }
}
functools.total_ordering(Version);

class OnlyGe extends PyObject {
  __init__(v) { this.v = v; }
  __eq__(o) { return this.v === o.v; }
  __ge__(o) { return this.v >= o.v; }
}
functools.total_ordering(OnlyGe);

const SETUP = `
import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
def power(base, exp=2):
    return base ** exp
def greet(greeting, name, *, punct="!"):
    return f"{greeting}, {name}{punct}"
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, o):
        return (self.major, self.minor) == (o.major, o.minor) if isinstance(o, Version) else NotImplemented
    def __lt__(self, o):
        return (self.major, self.minor) < (o.major, o.minor) if isinstance(o, Version) else NotImplemented
    def __repr__(self):
        return f"V{self.major}.{self.minor}"
@total_ordering
class OnlyGe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
`;

suite("functools", SETUP, [
  { name: "reduce", py: "(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a + b, 'abc'))", js: () => Tuple.of(functools.reduce((a, b) => $mul(a, b), [1, 2, 3, 4]), functools.reduce($add, [], 10), functools.reduce($add, "abc")) },
  { name: "reduce-empty", py: "reduce(lambda a, b: a, [])", js: () => functools.reduce((a) => a, []) },
  { name: "partial-kw", py: "cube = partial(power, exp=3)\n(cube(2), cube(2, exp=4), cube.args, cube.keywords, cube.func is power)", js: () => { const cube = functools.partial(power, kw({ exp: 3 })); return Tuple.of(cube(2), $call(cube, [2], { exp: 4 }), cube.args, cube.keywords, cube.func === power); } },
  { name: "partial-pos", py: "p = partial(power, 10)\n(p(), p(3), p.args)", js: () => { const p = functools.partial(power, 10); return Tuple.of(p(), p(3), p.args); } },
  { name: "partial-kwonly", py: "hi = partial(greet, 'Hi', punct='?')\n(hi('Bob'), hi('Al', punct='.'))", js: () => { const hi = functools.partial(greet, "Hi", kw({ punct: "?" })); return Tuple.of(hi("Bob"), $call(hi, ["Al"], { punct: "." })); } },
  { name: "partial-nested", py: "p = partial(partial(greet, 'Yo'), 'Sam')\n(p(), p.func is greet, p.args)", js: () => { const p = functools.partial(functools.partial(greet, "Yo"), "Sam"); return Tuple.of(p(), p.func === greet, p.args); } },
  { name: "partial-not-callable", py: "partial(5)", js: () => functools.partial(5) },
  { name: "partial-bad-kw", py: "partial(power, nope=1)(2)", js: () => functools.partial(power, kw({ nope: 1 }))(2) },
  { name: "lru-cache", py: "calls = []\n@lru_cache(maxsize=2)\ndef sq(x):\n    calls.append(x)\n    return x * x\n[sq(1), sq(2), sq(1), sq(3), sq(2), sq(1)], calls, sq.cache_info()", js: () => { const calls = []; const sq = functools.lru_cache(kw({ maxsize: 2 }))((x) => { calls.push(x); return x * x; }); return Tuple.of([sq(1), sq(2), sq(1), sq(3), sq(2), sq(1)], calls, sq.cache_info()); } },
  { name: "lru-cache-bare", py: "@lru_cache\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n(fib(40), fib.cache_info())", js: () => { const fib = functools.lru_cache((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2))); return Tuple.of(fib(40), fib.cache_info()); } },
  { name: "lru-cache-none", py: "@lru_cache(maxsize=None)\ndef f(a, b=1):\n    return a + b\n(f(1), f(1), f(1, b=2), f(1, 2), f.cache_info())", js: () => { const f = functools.lru_cache(kw({ maxsize: null }))($sig(function f(a, b = 1) { return a + b; }, ["a", "b"], { nreq: 1 })); return Tuple.of(f(1), f(1), $call(f, [1], { b: 2 }), f(1, 2), f.cache_info()); } },
  { name: "lru-cache-clear", py: "@cache\ndef g(x):\n    return [x]\na = g(1)\nb = g(1)\ng.cache_clear()\nc = g(1)\n(a is b, a is c, g.cache_info())", js: () => { const g = functools.cache((x) => [x]); const a = g(1); const b = g(1); g.cache_clear(); const c = g(1); return Tuple.of(a === b, a === c, g.cache_info()); } },
  { name: "lru-cache-unhashable", py: "@cache\ndef h(x):\n    return x\nh([1])", js: () => functools.cache((x) => x)([1]) },
  { name: "lru-cache-zero", py: "@lru_cache(maxsize=0)\ndef z(x):\n    return x\n(z(1), z(1), z.cache_info())", js: () => { const z = functools.lru_cache(kw({ maxsize: 0 }))((x) => x); return Tuple.of(z(1), z(1), z.cache_info()); } },
  { name: "lru-wraps-name", py: "@lru_cache\ndef named(x):\n    return x\nnamed.__name__", js: () => $getattr(functools.lru_cache(function named(x) { return x; }), "__name__") },
  { name: "wraps", py: "def deco(fn):\n    @wraps(fn)\n    def inner(*a, **k):\n        return fn(*a, **k)\n    return inner\n@deco\ndef target(x):\n    'doc'\n    return x + 1\n(target(1), target.__name__, target.__doc__, target.__wrapped__(5))", js: () => { const target = function target(x) { return x + 1; }; target.__doc__ = "doc"; const inner = functools.wraps(target)(function inner(...a) { return target(...a); }); return Tuple.of(inner(1), $getattr(inner, "__name__"), inner.__doc__, inner.__wrapped__(5)); } },
  { name: "cmp-to-key", py: "sorted(['ccc', 'a', 'bb', 'dd'], key=cmp_to_key(lambda a, b: len(a) - len(b)))", js: () => sorted(["ccc", "a", "bb", "dd"], kw({ key: functools.cmp_to_key((a, b) => a.length - b.length) })) },
  { name: "cmp-to-key-reverse", py: "sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a))", js: () => sorted([3, 1, 2], kw({ key: functools.cmp_to_key((a, b) => b - a) })) },
  { name: "cmp-to-key-minmax", py: "k = cmp_to_key(lambda a, b: (a > b) - (a < b))\n(min([5, 2, 8], key=k), max([5, 2, 8], key=k))", js: () => { const k = functools.cmp_to_key((a, b) => (a > b) - (a < b)); return Tuple.of(min([5, 2, 8], kw({ key: k })), max([5, 2, 8], kw({ key: k }))); } },
  { name: "total-ordering", py: "a, b = Version(1, 2), Version(1, 10)\n(a < b, a <= b, a > b, a >= b, a == Version(1, 2), sorted([b, a]), max([a, b]))", js: () => { const a = new Version(1, 2), b = new Version(1, 10); return Tuple.of($lt(a, b), $le(a, b), $gt(a, b), $ge(a, b), $eq(a, new Version(1, 2)), sorted([b, a]), max([a, b])); } },
  { name: "total-ordering-ge", py: "x, y = OnlyGe(1), OnlyGe(2)\n(x < y, x <= y, x > y, x >= y, y > x)", js: () => { const x = new OnlyGe(1), y = new OnlyGe(2); return Tuple.of($lt(x, y), $le(x, y), $gt(x, y), $ge(x, y), $gt(y, x)); } },
  { name: "total-ordering-none", py: "@total_ordering\nclass Bare:\n    pass", js: () => functools.total_ordering(class Bare extends PyObject {}) },
  { name: "total-ordering-notimpl", py: "Version(1, 0) <= 5", js: () => $le(new Version(1, 0), 5) },
]);


