import assert from "node:assert/strict";
import { suite, test } from "./_harness.mjs";
import * as random from "../../runtime_shim/js/stdlib/random.js";
import { KW, Tuple, range, sorted } from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);
const T = (...xs) => Tuple.from(xs);

// Seeded sequences are CPython's (same Mersenne Twister, seeding and algorithms).
const SEEDS = [42, 0, -7, 2 ** 40 + 3, 1.5, -2.25, "hello", "", 123456789012345];
const cases = SEEDS.map((s, i) => ({
  name: `seed-${i}`,
  py: `random.seed(${typeof s === "string" ? JSON.stringify(s) : s})\n[random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.randrange(10), random.randrange(-5, 5), random.choice('abcdefg'), random.getrandbits(40), random.getrandbits(5), random.uniform(2, 5)]`,
  js: () => { random.seed(s); return [random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.randrange(10), random.randrange(-5, 5), random.choice("abcdefg"), random.getrandbits(40), random.getrandbits(5), random.uniform(2, 5)]; },
}));

suite("random", "import random", [
  ...cases,
  { name: "shuffle", py: "random.seed(3)\nl = list(range(20))\nrandom.shuffle(l)\nl", js: () => { random.seed(3); const l = Array.from({ length: 20 }, (_, i) => i); random.shuffle(l); return l; } },
  { name: "sample", py: "random.seed(4)\n(random.sample(range(100), 10), random.sample([1, 2, 3, 4, 5], 3), random.sample('abcdef', 6), random.sample(range(100000), 5), random.sample(['a', 'b'], k=2, counts=[3, 2]))", js: () => { random.seed(4); return T(random.sample(range(100), 10), random.sample([1, 2, 3, 4, 5], 3), random.sample("abcdef", 6), random.sample(range(100000), 5), random.sample(["a", "b"], kw({ k: 2, counts: [3, 2] }))); } },
  { name: "sample-too-big", py: "random.sample([1, 2], 3)", js: () => random.sample([1, 2], 3) },
  { name: "sample-set", py: "random.sample({1, 2}, 1)", js: () => random.sample(new (Set)(), 1) },
  { name: "choices", py: "random.seed(5)\n(random.choices('abc', k=5), random.choices([1, 2, 3], [10, 1, 1], k=6), random.choices('xy', cum_weights=[1, 5], k=4), random.choices('abc'))", js: () => { random.seed(5); return T(random.choices("abc", kw({ k: 5 })), random.choices([1, 2, 3], [10, 1, 1], kw({ k: 6 })), random.choices("xy", kw({ cum_weights: [1, 5], k: 4 })), random.choices("abc")); } },
  { name: "choices-errors", py: "random.choices('ab', [1], k=2)", js: () => random.choices("ab", [1], kw({ k: 2 })) },
  { name: "choices-k-positional", py: "random.choices('ab', 3)", js: () => random.choices("ab", 3) },
  { name: "distributions", py: "random.seed(6)\n(random.gauss(0, 1), random.gauss(), random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.triangular(), random.lognormvariate(0, 0.5))", js: () => { random.seed(6); return T(random.gauss(0, 1), random.gauss(), random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.triangular(), random.lognormvariate(0, 0.5)); } },
  { name: "randbytes", py: "random.seed(7)\n(random.randbytes(5), random.randbytes(0), random.randbytes(8))", js: () => { random.seed(7); return T(random.randbytes(5), random.randbytes(0), random.randbytes(8)); } },
  { name: "choice-empty", py: "random.choice([])", js: () => random.choice([]) },
  { name: "randrange-empty", py: "random.randrange(5, 5)", js: () => random.randrange(5, 5) },
  { name: "randrange-zero-step", py: "random.randrange(0, 10, 0)", js: () => random.randrange(0, 10, 0) },
  { name: "randrange-nonint", py: "random.randrange(1.5)", js: () => random.randrange(1.5) },
  { name: "randint-order", py: "random.randint(5, 1)", js: () => random.randint(5, 1) },
  { name: "instance", py: "r = random.Random(99)\ns = random.Random(99)\n(r.random() == s.random(), r.randint(1, 6), r.choice('xyz'))", js: () => { const r = new random.Random(99), s = new random.Random(99); return T(r.random() === s.random(), r.randint(1, 6), r.choice("xyz")); } },
  { name: "getstate", py: "random.seed(8)\nst = random.getstate()\na = random.random()\nrandom.setstate(st)\na == random.random()", js: () => { random.seed(8); const st = random.getstate(); const a = random.random(); random.setstate(st); return a === random.random(); } },
  { name: "getrandbits-neg", py: "random.getrandbits(-1)", js: () => random.getrandbits(-1) },
]);

test("random: unseeded values are in range", () => {
  for (let i = 0; i < 200; i++) {
    const x = random.random();
    assert.ok(x >= 0 && x < 1);
    const n = random.randint(3, 7);
    assert.ok(n >= 3 && n <= 7 && Number.isInteger(n));
  }
  const r = new random.SystemRandom();
  const y = r.random();
  assert.ok(y >= 0 && y < 1);
  assert.deepEqual(sorted(r.sample([1, 2, 3], 3)), [1, 2, 3]);
});

