// Differential test harness for the stdlib runtime modules.
//
// A suite is a list of cases {name, py, js}: `py` is Python source (statements, the last
// line an expression) and `js` a function computing the same thing with the runtime.
// `node tests/stdlib/gen_expected.mjs` runs every `py` with CPython and stores
// repr(result) (or "ExcType: message") in tests/stdlib/expected/<suite>.json; the tests
// compare the runtime's $repr / exception line against it.
import { test as nodeTest } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { $repr } from "../../runtime_shim/js/builtins/repr.js";
import { format_exception_line } from "../../runtime_shim/js/builtins/exceptions.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const EXPECTED_DIR = path.join(HERE, "expected");

// Suites collected when imported by gen_expected.mjs.
export const collected = [];

function outcome(fn) {
  try {
    const v = fn();
    if (v !== null && typeof v === "object" && typeof v.then === "function" && !v.__repr__) {
      return v.then((x) => ({ repr: $repr(x) }), (e) => ({ exc: format_exception_line(e) }));
    }
    return { repr: $repr(v) };
  } catch (e) {
    return { exc: format_exception_line(e) };
  }
}

function show(o) {
  return o.exc !== undefined ? `raises ${o.exc}` : o.repr;
}

// setup: Python statements run before every case of the suite.
export function suite(name, setup, cases) {
  if (process.env.CFPY_STDLIB_GEN) {
    collected.push({ name, setup, cases: cases.map((c) => ({ name: c.name, py: c.py })) });
    return;
  }
  const file = path.join(EXPECTED_DIR, `${name}.json`);
  const expected = JSON.parse(fs.readFileSync(file, "utf8"));
  const seen = new Set();
  for (const c of cases) {
    if (seen.has(c.name)) throw new Error(`duplicate case name ${c.name} in ${name}`);
    seen.add(c.name);
    nodeTest(`${name}: ${c.name}`, async () => {
      const want = expected[c.name];
      assert.ok(want !== undefined, `no expected output for ${c.name}: run node tests/stdlib/gen_expected.mjs`);
      const got = await outcome(c.js);
      assert.equal(show(got), show(want), `python: ${c.py}`);
    });
  }
}

// node:test's test(), inert while gen_expected.mjs collects the suites.
export function test(name, fn) {
  if (process.env.CFPY_STDLIB_GEN) return;
  nodeTest(name, fn);
}

// Cases whose outcome is compared against a fixed value (no CPython counterpart).
export function check(name, fn, want) {
  if (process.env.CFPY_STDLIB_GEN) return;
  nodeTest(name, async () => {
    const got = await outcome(fn);
    assert.equal(show(got), want);
  });
}
