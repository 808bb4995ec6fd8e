import { suite } from "./_harness.mjs";
import { defaultdict, Counter, OrderedDict, deque, namedtuple, ChainMap } from "../../runtime_shim/js/stdlib/collections.js";
import {
  KW, Tuple, Dict, $call, $callm, $getitem, $setitem, $delitem, $iadd, $add, $sub, $or, $and, $eq, $ne, $lt, $le,
  $neg, $pos, $in, $iter, $unpack, $repr, $truthy, list, int, len, sorted, reversed, dict, isinstance, tuple,
  type, hash, $getattr, $mul,
} from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);
const D = (...pairs) => Dict.fromEntries(pairs);

// compiled-style class extending a namedtuple
const PBase = namedtuple("P", "x y");
class P3 extends PBase {
  norm1() { return this.x + this.y; }
}

const SETUP = `
from collections import defaultdict, Counter, OrderedDict, deque, namedtuple, ChainMap
P = namedtuple("P", "x y")
class P3(namedtuple("P", "x y")):
    def norm1(self):
        return self.x + self.y
`;

suite("collections", SETUP, [
  // ---- defaultdict ----
  { name: "dd-list", py: "d = defaultdict(list)\nd['a'].append(1)\nd['a'].append(2)\nd['b']\nd", js: () => { const d = new defaultdict(list); $getitem(d, "a").push(1); $getitem(d, "a").push(2); $getitem(d, "b"); return d; } },
  { name: "dd-int-iadd", py: "d = defaultdict(int)\nfor w in 'abca':\n    d[w] += 1\nd", js: () => { const d = new defaultdict(int); for (const w of "abca") $setitem(d, w, $iadd($getitem(d, w), 1)); return d; } },
  { name: "dd-none", py: "d = defaultdict()\nd['x']", js: () => $getitem(new defaultdict(), "x") },
  { name: "dd-repr-none", py: "repr(defaultdict(None, {'a': 1}))", js: () => $repr(new defaultdict(null, D(["a", 1]))) },
  { name: "dd-lambda", py: "d = defaultdict(lambda: 'n/a')\n(d['k'], dict(d))", js: () => { const d = new defaultdict(() => "n/a"); return Tuple.of($getitem(d, "k"), dict(d)); } },
  { name: "dd-get-no-insert", py: "d = defaultdict(list)\n(d.get('x'), 'x' in d, len(d))", js: () => { const d = new defaultdict(list); return Tuple.of(d.get("x"), $in("x", d), len(d)); } },
  { name: "dd-not-callable", py: "defaultdict(3)", js: () => new defaultdict(3) },
  { name: "dd-kwargs", py: "defaultdict(list, a=[1], b=[2])", js: () => $call(defaultdict, [list], { a: [1], b: [2] }) },
  { name: "dd-copy", py: "d = defaultdict(set)\nd['x'].add(1)\nc = d.copy()\nc['y']\n(d, c, type(c).__name__)", js: () => { const d = new defaultdict(set_); $getitem(d, "x").$add(1); const c = d.copy(); $getitem(c, "y"); return Tuple.of(d, c, $getattr(type(c), "__name__")); } },
  { name: "dd-isinstance-dict", py: "isinstance(defaultdict(list), dict)", js: () => isinstance(new defaultdict(list), dict) },
  { name: "dd-factory-attr", py: "defaultdict(list).default_factory is list", js: () => new defaultdict(list).default_factory === list },
  // ---- Counter ----
  { name: "counter-str", py: "Counter('abracadabra')", js: () => new Counter("abracadabra") },
  { name: "counter-empty", py: "Counter()", js: () => new Counter() },
  { name: "counter-kw", py: "Counter(a=2, b=5)", js: () => $call(Counter, [], { a: 2, b: 5 }) },
  { name: "counter-dict", py: "Counter({'x': 1, 'y': 3})", js: () => new Counter(D(["x", 1], ["y", 3])) },
  { name: "counter-missing", py: "c = Counter('aa')\n(c['a'], c['z'], 'z' in c)", js: () => { const c = new Counter("aa"); return Tuple.of($getitem(c, "a"), $getitem(c, "z"), $in("z", c)); } },
  { name: "counter-most-common", py: "c = Counter('the quick brown fox jumps over the lazy dog')\n(c.most_common(3), c.most_common()[-2:], c.most_common(0))", js: () => { const c = new Counter("the quick brown fox jumps over the lazy dog"); return Tuple.of(c.most_common(3), c.most_common().slice(-2), c.most_common(0)); } },
  { name: "counter-elements", py: "sorted(Counter(a=2, b=0, c=-1, d=1).elements())", js: () => sorted($call(Counter, [], { a: 2, b: 0, c: -1, d: 1 }).elements()) },
  { name: "counter-update", py: "c = Counter('ab')\nc.update('bc')\nc.update({'a': 10})\nc.update(z=3)\nc", js: () => { const c = new Counter("ab"); c.update("bc"); c.update(D(["a", 10])); c.update(kw({ z: 3 })); return c; } },
  { name: "counter-subtract", py: "c = Counter(a=4, b=2)\nc.subtract(Counter(a=1, b=5))\nc.subtract('a')\nc", js: () => { const c = $call(Counter, [], { a: 4, b: 2 }); c.subtract($call(Counter, [], { a: 1, b: 5 })); c.subtract("a"); return c; } },
  { name: "counter-arith", py: "a = Counter(a=3, b=1, c=0)\nb = Counter(a=1, b=2, d=-1)\n(a + b, a - b, a | b, a & b, +Counter(x=-1, y=2), -Counter(x=-1, y=2))", js: () => { const a = $call(Counter, [], { a: 3, b: 1, c: 0 }); const b = $call(Counter, [], { a: 1, b: 2, d: -1 }); return Tuple.of($add(a, b), $sub(a, b), $or(a, b), $and(a, b), $pos($call(Counter, [], { x: -1, y: 2 })), $neg($call(Counter, [], { x: -1, y: 2 }))); } },
  { name: "counter-inplace", py: "c = Counter(a=1, b=2)\nc += Counter(a=-3, c=1)\nc", js: () => { let c = $call(Counter, [], { a: 1, b: 2 }); c = $iadd(c, $call(Counter, [], { a: -3, c: 1 })); return c; } },
  { name: "counter-eq", py: "(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))", js: () => Tuple.of($eq($call(Counter, [], { a: 1 }), $call(Counter, [], { a: 1, b: 0 })), $ne($call(Counter, [], { a: 1 }), $call(Counter, [], { a: 2 })), $le($call(Counter, [], { a: 1 }), $call(Counter, [], { a: 2 })), $lt($call(Counter, [], { a: 1 }), $call(Counter, [], { a: 1 }))) },
  { name: "counter-total", py: "Counter('hello').total()", js: () => new Counter("hello").total() },
  { name: "counter-del-missing", py: "c = Counter('a')\ndel c['zz']\ndel c['a']\nc", js: () => { const c = new Counter("a"); $delitem(c, "zz"); $delitem(c, "a"); return c; } },
  { name: "counter-fromkeys", py: "Counter.fromkeys('ab')", js: () => Counter.fromkeys("ab") },
  { name: "counter-list", py: "Counter([1, 2, 2, (1, 2), (1, 2)])", js: () => new Counter([1, 2, 2, Tuple.of(1, 2), Tuple.of(1, 2)]) },
  { name: "counter-keys-order", py: "list(Counter('bcab'))", js: () => list(new Counter("bcab")) },
  // ---- OrderedDict ----
  { name: "od-repr", py: "(OrderedDict(a=1, b=2), OrderedDict())", js: () => Tuple.of($call(OrderedDict, [], { a: 1, b: 2 }), new OrderedDict()) },
  { name: "od-move", py: "d = OrderedDict.fromkeys('abcde')\nd.move_to_end('b')\nd.move_to_end('d', last=False)\n''.join(d)", js: () => { const d = OrderedDict.fromkeys("abcde"); d.move_to_end("b"); d.move_to_end("d", kw({ last: false })); return list(d).join(""); } },
  { name: "od-move-missing", py: "OrderedDict().move_to_end('x')", js: () => new OrderedDict().move_to_end("x") },
  { name: "od-popitem", py: "d = OrderedDict(a=1, b=2, c=3)\n(d.popitem(), d.popitem(last=False), d)", js: () => { const d = $call(OrderedDict, [], { a: 1, b: 2, c: 3 }); return Tuple.of(d.popitem(), d.popitem(kw({ last: false })), d); } },
  { name: "od-popitem-empty", py: "OrderedDict().popitem()", js: () => new OrderedDict().popitem() },
  { name: "od-eq", py: "a = OrderedDict(a=1, b=2)\nb = OrderedDict(b=2, a=1)\n(a == b, a == dict(b), dict(a) == b)", js: () => { const a = $call(OrderedDict, [], { a: 1, b: 2 }); const b = $call(OrderedDict, [], { b: 2, a: 1 }); return Tuple.of($eq(a, b), $eq(a, dict(b)), $eq(dict(a), b)); } },
  { name: "od-int-keys", py: "d = OrderedDict([(1, 'a'), (2, 'b'), (3, 'c')])\nd.move_to_end(1)\nd.move_to_end(3, False)\nd", js: () => { const d = new OrderedDict([Tuple.of(1, "a"), Tuple.of(2, "b"), Tuple.of(3, "c")]); d.move_to_end(1); d.move_to_end(3, false); return d; } },
  // ---- deque ----
  { name: "deque-basic", py: "d = deque([1, 2, 3])\nd.append(4)\nd.appendleft(0)\n(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1])", js: () => { const d = new deque([1, 2, 3]); d.append(4); d.appendleft(0); return Tuple.of(d, d.pop(), d.popleft(), d, len(d), $getitem(d, 0), $getitem(d, -1)); } },
  { name: "deque-maxlen", py: "d = deque(maxlen=3)\nfor i in range(5):\n    d.append(i)\nd.appendleft(9)\n(d, d.maxlen)", js: () => { const d = $call(deque, [], { maxlen: 3 }); for (let i = 0; i < 5; i++) d.append(i); d.appendleft(9); return Tuple.of(d, d.maxlen); } },
  { name: "deque-empty", py: "(repr(deque()), deque().maxlen)", js: () => Tuple.of($repr(new deque()), new deque().maxlen) },
  { name: "deque-pop-empty", py: "deque().pop()", js: () => new deque().pop() },
  { name: "deque-popleft-empty", py: "deque().popleft()", js: () => new deque().popleft() },
  { name: "deque-extend", py: "d = deque('ab')\nd.extend('cd')\nd.extendleft('xy')\nd", js: () => { const d = new deque("ab"); d.extend("cd"); d.extendleft("xy"); return d; } },
  { name: "deque-rotate", py: "d = deque(range(6))\nd.rotate(2)\na = list(d)\nd.rotate(-3)\n(a, list(d))", js: () => { const d = new deque(list(range6())); d.rotate(2); const a = list(d); d.rotate(-3); return Tuple.of(a, list(d)); } },
  { name: "deque-index-errors", py: "d = deque([1])\nd[5]", js: () => $getitem(new deque([1]), 5) },
  { name: "deque-slice-error", py: "deque([1, 2])[0:1]", js: () => new deque([1, 2]).__getitem__(new (sliceCls())(0, 1, null)) },
  { name: "deque-methods", py: "d = deque([1, 2, 3, 2])\nd.remove(2)\nd.insert(1, 'x')\n(d, d.count(2), d.index(3), 2 in d, list(reversed(d)))", js: () => { const d = new deque([1, 2, 3, 2]); d.remove(2); d.insert(1, "x"); return Tuple.of(d, d.count(2), d.index(3), $in(2, d), list(reversed(d))); } },
  { name: "deque-remove-missing", py: "deque([1]).remove(5)", js: () => new deque([1]).remove(5) },
  { name: "deque-mutate-iter", py: "d = deque([1, 2, 3])\nfor x in d:\n    d.append(x)", js: () => { const d = new deque([1, 2, 3]); for (const x of $iter(d)) d.append(x); } },
  { name: "deque-eq-add", py: "(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1]) + deque([2]), deque([1, 2]) < deque([1, 3]), deque('ab') * 2)", js: () => Tuple.of($eq(new deque([1, 2]), new deque([1, 2])), $eq(new deque([1]), [1]), $add(new deque([1]), new deque([2])), $lt(new deque([1, 2]), new deque([1, 3])), $mul(new deque("ab"), 2)) },
  { name: "deque-setitem-del", py: "d = deque('abc')\nd[1] = 'X'\ndel d[0]\n(d, bool(d), bool(deque()))", js: () => { const d = new deque("abc"); $setitem(d, 1, "X"); $delitem(d, 0); return Tuple.of(d, $truthy(d), $truthy(new deque())); } },
  { name: "deque-unhashable", py: "hash(deque())", js: () => hash(new deque()) },
  { name: "dd-unhashable", py: "hash(defaultdict())", js: () => hash(new defaultdict()) },
  { name: "deque-type-name", py: "(type(deque()).__name__, type(defaultdict()).__name__, repr(type(deque())))", js: () => Tuple.of($getattr(type(new deque()), "__name__"), $getattr(type(new defaultdict()), "__name__"), $repr(type(new deque()))) },
  { name: "deque-bad-maxlen", py: "deque([], -1)", js: () => new deque([], -1) },
  // ---- namedtuple ----
  { name: "nt-basic", py: "p = P(1, 2)\n(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))", js: () => { const p = PBase(1, 2); return Tuple.of(p, p.x, p.y, $getitem(p, 0), $getitem(p, -1), len(p), tuple(p)); } },
  { name: "nt-kw", py: "P(y=2, x=1)", js: () => $call(PBase, [], { y: 2, x: 1 }) },
  { name: "nt-missing", py: "P(1)", js: () => PBase(1) },
  { name: "nt-too-many", py: "P(1, 2, 3)", js: () => PBase(1, 2, 3) },
  { name: "nt-bad-kw", py: "P(1, z=2)", js: () => $call(PBase, [1], { z: 2 }) },
  { name: "nt-dup-kw", py: "P(1, x=2)", js: () => $call(PBase, [1], { x: 2 }) },
  { name: "nt-methods", py: "p = P(1, 2)\n(p._asdict(), p._replace(y=5), P._make([3, 4]), P._fields, p._fields)", js: () => { const p = PBase(1, 2); return Tuple.of(p._asdict(), $callm(p, "_replace", [], { y: 5 }), PBase._make([3, 4]), PBase._fields, p._fields); } },
  { name: "nt-replace-bad", py: "P(1, 2)._replace(z=1)", js: () => $callm(PBase(1, 2), "_replace", [], { z: 1 }) },
  { name: "nt-make-bad", py: "P._make([1])", js: () => PBase._make([1]) },
  { name: "nt-eq-hash", py: "(P(1, 2) == (1, 2), hash(P(1, 2)) == hash((1, 2)), {P(1, 2): 'v'}[(1, 2)], P(1, 2) < P(1, 3))", js: () => { const d = new Dict(); d.$set(PBase(1, 2), "v"); return Tuple.of($eq(PBase(1, 2), Tuple.of(1, 2)), hash(PBase(1, 2)) === hash(Tuple.of(1, 2)), d.__getitem__(Tuple.of(1, 2)), $lt(PBase(1, 2), PBase(1, 3))); } },
  { name: "nt-unpack", py: "x, y = P(5, 6)\n(x, y)", js: () => { const [x, y] = $unpack(PBase(5, 6), 2); return Tuple.of(x, y); } },
  { name: "nt-setattr", py: "P(1, 2).x = 5", js: () => { PBase(1, 2).x = 5; } },
  { name: "nt-isinstance", py: "(isinstance(P(1, 2), tuple), isinstance(P(1, 2), P), type(P(1, 2)).__name__)", js: () => Tuple.of(isinstance(PBase(1, 2), tuple), isinstance(PBase(1, 2), PBase), $getattr(type(PBase(1, 2)), "__name__")) },
  { name: "nt-defaults", py: "Q = namedtuple('Q', 'a b c', defaults=[2, 3])\n(Q(1), Q(1, 5), Q._field_defaults)", js: () => { const Q = namedtuple("Q", "a b c", kw({ defaults: [2, 3] })); return Tuple.of(Q(1), Q(1, 5), Q._field_defaults); } },
  { name: "nt-fields-forms", py: "(namedtuple('A', 'x, y')._fields, namedtuple('B', ['p', 'q'])._fields, namedtuple('C', '')._fields, namedtuple('C', '')())", js: () => Tuple.of(namedtuple("A", "x, y")._fields, namedtuple("B", ["p", "q"])._fields, namedtuple("C", "")._fields, namedtuple("C", "")()) },
  { name: "nt-rename", py: "namedtuple('R', ['a', 'def', 'a', '_x', '1'], rename=True)._fields", js: () => namedtuple("R", ["a", "def", "a", "_x", "1"], kw({ rename: true }))._fields },
  { name: "nt-bad-field", py: "namedtuple('R', 'a _b')", js: () => namedtuple("R", "a _b") },
  { name: "nt-dup-field", py: "namedtuple('R', 'a a')", js: () => namedtuple("R", "a a") },
  { name: "nt-keyword-field", py: "namedtuple('R', 'a class')", js: () => namedtuple("R", "a class") },
  { name: "nt-bad-typename", py: "namedtuple('1R', 'a')", js: () => namedtuple("1R", "a") },
  { name: "nt-too-many-defaults", py: "namedtuple('R', 'a', defaults=[1, 2])", js: () => namedtuple("R", "a", kw({ defaults: [1, 2] })) },
  { name: "nt-subclass", py: "q = P3(3, 4)\n(q, q.norm1(), q.x, isinstance(q, tuple), type(q).__name__)", js: () => { const q = new P3(3, 4); return Tuple.of(q, q.norm1(), q.x, isinstance(q, tuple), $getattr(type(q), "__name__")); } },
  { name: "nt-subclass-kw", py: "P3(y=1, x=2)", js: () => $call(P3, [], { y: 1, x: 2 }) },
  { name: "nt-slice", py: "P(1, 2)[:1]", js: () => P3prefix() },
  // ---- ChainMap ----
  { name: "chainmap", py: "c = ChainMap({'a': 1}, {'a': 2, 'b': 3})\nc['z'] = 0\n(c['a'], c['b'], len(c), sorted(c), c.maps[0])", js: () => { const c = new ChainMap(D(["a", 1]), D(["a", 2], ["b", 3])); $setitem(c, "z", 0); return Tuple.of($getitem(c, "a"), $getitem(c, "b"), len(c), sorted(c), c.maps[0]); } },
]);

import { set as set_, range } from "../../runtime_shim/js/builtins/index.js";
import { Slice, $getslice } from "../../runtime_shim/js/builtins/items.js";
function range6() { return range(6); }
function sliceCls() { return Slice; }
function P3prefix() { return $getslice(PBase(1, 2), null, 1, null); }
