import { suite } from "./_harness.mjs";
import * as it from "../../runtime_shim/js/stdlib/itertools.js";
import {
  KW, Tuple, list, next, iter, range, $add, $mul, $truthy, $repr, $call, $callm, sorted, $iter, zip, pow,
} from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);
const take = (n, g) => list(it.islice(g, n));

const SETUP = "import itertools\nfrom itertools import *\nimport operator";

suite("itertools", SETUP, [
  { name: "count", py: "list(islice(count(), 4)), list(islice(count(5, 3), 3)), list(islice(count(1.5, 0.5), 3)), list(islice(count(step=-1), 3))", js: () => Tuple.of(take(4, it.count()), take(3, it.count(5, 3)), take(3, it.count(1.5, 0.5)), take(3, it.count(kw({ step: -1 })))) },
  { name: "count-float-accum", py: "list(islice(count(0.1, 0.1), 10))[-1]", js: () => take(10, it.count(0.1, 0.1))[9] },
  { name: "count-bad", py: "count('a')", js: () => it.count("a") },
  { name: "cycle", py: "list(islice(cycle('abc'), 7)), list(cycle([]))", js: () => Tuple.of(take(7, it.cycle("abc")), list(it.cycle([]))) },
  { name: "repeat", py: "list(repeat('x', 3)), list(repeat(1, -2)), list(islice(repeat(None), 2)), list(repeat(7, times=2))", js: () => Tuple.of(list(it.repeat("x", 3)), list(it.repeat(1, -2)), take(2, it.repeat(null)), list(it.repeat(7, kw({ times: 2 })))) },
  { name: "accumulate", py: "list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=5)), list(accumulate([1, 2], initial=10)), list(accumulate('abc'))", js: () => Tuple.of(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], $mul)), list(it.accumulate([], kw({ initial: 5 }))), list(it.accumulate([1, 2], kw({ initial: 10 }))), list(it.accumulate("abc"))) },
  { name: "accumulate-max", py: "list(accumulate([3, 1, 4, 1, 5], max))", js: () => list(it.accumulate([3, 1, 4, 1, 5], (a, b) => (a > b ? a : b))) },
  { name: "chain", py: "list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['ab', 'cd']))", js: () => Tuple.of(list(it.chain("ab", [1, 2], Tuple.of(3))), list(it.chain()), list(it.chain.from_iterable(["ab", "cd"]))) },
  { name: "chain-lazy", py: "c = chain([1], 5)\n(next(c), next(c))", js: () => { const c = it.chain([1], 5); return Tuple.of(next(c), next(c)); } },
  { name: "compress", py: "list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False]))", js: () => Tuple.of(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), [true, false]))) },
  { name: "dropwhile-takewhile", py: "list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))", js: () => Tuple.of(list(it.dropwhile((x) => x < 5, [1, 4, 6, 4, 1])), list(it.takewhile((x) => x < 5, [1, 4, 6, 4, 1]))) },
  { name: "filterfalse", py: "list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None]))", js: () => Tuple.of(list(it.filterfalse((x) => x % 2, range(10))), list(it.filterfalse(null, [0, 1, "", "a", null]))) },
  { name: "groupby", py: "[(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')]", js: () => { const out = []; for (const [k, g] of it.groupby("AAAABBBCCDAABBB")) out.push(Tuple.of(k, list(g))); return out; } },
  { name: "groupby-key", py: "[(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)]", js: () => { const out = []; for (const [k, g] of it.groupby([1, 3, 2, 4, 5], kw({ key: (x) => x % 2 }))) out.push(Tuple.of(k, list(g))); return out; } },
  { name: "groupby-shared", py: "groups = list(groupby('aabbc'))\n[(k, list(g)) for k, g in groups]", js: () => list(it.groupby("aabbc")).map((t) => Tuple.of(t[0], list(t[1]))) },
  { name: "groupby-partial", py: "g = groupby('aaabbb')\nk1, g1 = next(g)\nfirst = next(g1)\nk2, g2 = next(g)\n(k1, first, list(g1), k2, list(g2))", js: () => { const g = it.groupby("aaabbb"); const [k1, g1] = next(g); const first = next(g1); const [k2, g2] = next(g); return Tuple.of(k1, first, list(g1), k2, list(g2)); } },
  { name: "islice", py: "(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 9, 3)))", js: () => Tuple.of(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, null)), list(it.islice("ABCDEFG", 0, null, 2)), list(it.islice(range(10), 1, 9, 3))) },
  { name: "islice-consumption", py: "src = iter(range(10))\nlist(islice(src, 2, 5, 2)), list(src)", js: () => { const src = iter(range(10)); return Tuple.of(list(it.islice(src, 2, 5, 2)), list(src)); } },
  { name: "islice-bad-stop", py: "islice('abc', -1)", js: () => it.islice("abc", -1) },
  { name: "islice-bad-index", py: "islice('abc', 'x', 2)", js: () => it.islice("abc", "x", 2) },
  { name: "islice-bad-step", py: "islice('abc', 0, 2, 0)", js: () => it.islice("abc", 0, 2, 0) },
  { name: "starmap", py: "list(starmap(pow, [(2, 5), (3, 2), (10, 3)]))", js: () => list(it.starmap(pow, [Tuple.of(2, 5), Tuple.of(3, 2), Tuple.of(10, 3)])) },
  { name: "tee", py: "a, b = tee([1, 2, 3])\n(next(a), list(b), list(a))", js: () => { const [a, b] = it.tee([1, 2, 3]); return Tuple.of(next(a), list(b), list(a)); } },
  { name: "tee-n", py: "ts = tee('ab', 3)\n(len(ts), [list(t) for t in ts], tee([], 0))", js: () => { const ts = it.tee("ab", 3); return Tuple.of(ts.length, ts.map((t) => list(t)), it.tee([], 0)); } },
  { name: "tee-bad", py: "tee([1], -1)", js: () => it.tee([1], -1) },
  { name: "zip-longest", py: "list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1])), list(zip_longest())", js: () => Tuple.of(list(it.zip_longest("ABCD", "xy", kw({ fillvalue: "-" }))), list(it.zip_longest("ab", [1])), list(it.zip_longest())) },
  { name: "product", py: "list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', []))", js: () => Tuple.of(list(it.product("AB", "xy")), list($callm(it, "product", [range(2)], { repeat: 3 })).slice(0, 4), list(it.product()), list(it.product("ab", []))) },
  { name: "product-bad-repeat", py: "product('a', repeat=-1)", js: () => it.product("a", kw({ repeat: -1 })) },
  { name: "permutations", py: "list(permutations('ABC')), list(permutations(range(4), 2))[:5], list(permutations('ab', 3)), list(permutations([], 0)), list(permutations('abc', 0))", js: () => Tuple.of(list(it.permutations("ABC")), list(it.permutations(range(4), 2)).slice(0, 5), list(it.permutations("ab", 3)), list(it.permutations([], 0)), list(it.permutations("abc", 0))) },
  { name: "permutations-count", py: "len(list(permutations(range(6), 4))), list(permutations(range(5), 3))[37]", js: () => { const l = list(it.permutations(range(5), 3)); return Tuple.of(list(it.permutations(range(6), 4)).length, l[37]); } },
  { name: "permutations-neg", py: "permutations('ab', -1)", js: () => it.permutations("ab", -1) },
  { name: "combinations", py: "list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0))", js: () => Tuple.of(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0))) },
  { name: "combinations-kw", py: "list(combinations(r=2, iterable='abc'))", js: () => list($callm(it, "combinations", [], { r: 2, iterable: "abc" })) },
  { name: "combinations-missing", py: "combinations('abc')", js: () => it.combinations("abc") },
  { name: "combinations-too-many", py: "combinations('abc', 2, 3)", js: () => it.combinations("abc", 2, 3) },
  { name: "count-bad-kw", py: "count(x=1)", js: () => it.count(kw({ x: 1 })) },
  { name: "groupby-empty", py: "list(groupby([]))", js: () => list(it.groupby([])) },
  { name: "groupby-skip-groups", py: "[k for k, g in groupby('aabbbcd')]", js: () => Array.from(it.groupby("aabbbcd"), (t) => t[0]) },
  { name: "cwr", py: "list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('a', 0))", js: () => Tuple.of(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("a", 0))) },
  { name: "pairwise", py: "list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise(''))", js: () => Tuple.of(list(it.pairwise("ABCDE")), list(it.pairwise("A")), list(it.pairwise(""))) },
  { name: "batched", py: "[tuple(b) for b in [('A', 'B', 'C'), ('D', 'E', 'F'), ('G',)]]", js: () => list(it.batched("ABCDEFG", 3)) },
  { name: "lazy-errors", py: "g = map(lambda x: 1 // x, [1, 0])\nc = chain(g)\nnext(c)", js: () => { const c = it.chain([1, 0].map((x) => x)); return next(c); } },
  { name: "not-iterable", py: "cycle(5)", js: () => it.cycle(5) },
  { name: "iter-protocol", py: "c = count()\niter(c) is c", js: () => { const c = it.count(); return iter(c) === c; } },
]);

// itertools.batched is new in Python 3.12 (the expected values follow its documentation).
import { check } from "./_harness.mjs";
check("itertools: batched-error", () => it.batched("abc", 0), "raises ValueError: n must be at least one");
check("itertools: batched-exact", () => list(it.batched([1, 2, 3, 4], 2)), "[(1, 2), (3, 4)]");
check("itertools: batched-empty", () => list(it.batched([], 2)), "[]");
