import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as R from "../../runtime_shim/js/builtins/index.js";
import * as json from "../../runtime_shim/js/stdlib/json.js";
import * as dt from "../../runtime_shim/js/stdlib/datetime.js";

const RT = fileURLToPath(new URL("../../runtime_shim/js/", import.meta.url));

test("datetime JS helpers", () => {
  const d = dt.datetime.fromEpochMs(1700000000123);
  assert.equal(R.$str(d), "2023-11-14 22:13:20.123000");
  assert.equal(d.toEpochMs(), 1700000000123);
  const aware = dt.datetime.fromEpochMs(0, dt.timezone.utc);
  assert.equal(R.$repr(aware), "datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)");
  assert.ok(R.isinstance(d, dt.date));
  const now = dt.datetime.now();
  assert.ok(Math.abs(now.toEpochMs() - Date.now()) < 5000);
  assert.equal(dt.date.today().year, new Date().getUTCFullYear());
});

test("json to_js_value / from_js", () => {
  const v = json.from_js({ a: [1, { b: null }], c: "x" });
  assert.ok(v instanceof R.Dict);
  assert.equal(R.$repr(v), "{'a': [1, {'b': None}], 'c': 'x'}");
  const back = json.to_js_value(R.Dict.fromEntries([["k", R.Tuple.of(1, 2)], [3, new R.Bytes(Uint8Array.of(1))]]));
  assert.deepEqual(back, { k: [1, 2], 3: Uint8Array.of(1) });
  assert.deepEqual(json.to_js_value(json.from_js({ __proto__x: 1 })), { __proto__x: 1 });
  const d = new R.Dict();
  d.$set("__proto__", 1);
  assert.equal(Object.keys(json.to_js_value(d))[0], "__proto__");
  assert.equal(JSON.stringify(d), '{"__proto__":1}');
});

test("Dict JS-level API", () => {
  const d = R.Dict.fromObject({ a: 1, constructor: 2 });
  assert.equal(d.$size, 2);
  assert.equal(d.$get("constructor"), 2);
  assert.equal(d.$get("toString"), undefined);
  assert.deepEqual([...d], ["a", "constructor"]);
  assert.deepEqual([...d.$entries()], [["a", 1], ["constructor", 2]]);
  d.$set(R.Tuple.of(1, "a"), 3);
  d.$set("(n1,\"a\",)", 4);
  assert.equal(d.$get(R.Tuple.of(1, "a")), 3);
  assert.equal(d.$size, 4);
  assert.ok(d.$delete(R.Tuple.of(1, "a")));
  assert.ok(!d.$has(R.Tuple.of(1, "a")));
  assert.equal(d.$o.size, 0);
});

function runScript(body) {
  const dir = mkdtempSync(join(tmpdir(), "cfpy-rt-"));
  const f = join(dir, "main.mjs");
  writeFileSync(f, `import "${RT}builtins/run.js";\nimport * as R from "${RT}builtins/index.js";\n${body}\n`);
  return spawnSync(process.execPath, [f], { encoding: "utf8" });
}

test("run.js reports uncaught exceptions and exit codes", () => {
  let p = runScript(`R.print("hi"); throw new R.ValueError("bad thing");`);
  assert.equal(p.stdout, "hi\n");
  assert.match(p.stderr, /ValueError: bad thing\n$/);
  assert.equal(p.status, 1);
  p = runScript(`throw new R.SystemExit(3);`);
  assert.equal(p.status, 3);
  p = runScript(`throw new R.SystemExit();`);
  assert.equal(p.status, 0);
  p = runScript(`await Promise.reject(new R.KeyError("k"));`);
  assert.match(p.stderr, /KeyError: 'k'/);
  assert.equal(p.status, 1);
  p = runScript(`R.print("no newline", R.$kw({end: ""}));`);
  assert.equal(p.stdout, "no newline");
});
