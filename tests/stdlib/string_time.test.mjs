import assert from "node:assert/strict";
import { suite, test } from "./_harness.mjs";
import * as string from "../../runtime_shim/js/stdlib/string.js";
import * as time from "../../runtime_shim/js/stdlib/time.js";
import { KW, Tuple, Dict } from "../../runtime_shim/js/builtins/index.js";
import { NotImplementedError } from "../../runtime_shim/js/builtins/exceptions.js";

const kw = (o) => new KW(o);
const T = (...xs) => Tuple.from(xs);

suite("string", "import string", [
  { name: "constants", py: "(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits, string.punctuation, string.whitespace, string.printable)", js: () => T(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits, string.punctuation, string.whitespace, string.printable) },
  { name: "capwords", py: "(string.capwords('  hello   wORLD  foo'), string.capwords('a-b-c', '-'), string.capwords('x,,y', ','), string.capwords(''), string.capwords('élan vital'))", js: () => T(string.capwords("  hello   wORLD  foo"), string.capwords("a-b-c", "-"), string.capwords("x,,y", ","), string.capwords(""), string.capwords("élan vital")) },
  { name: "template", py: "t = string.Template('$who likes ${what} $$ cost')\n(t.substitute(who='tim', what='pie'), t.safe_substitute(who='tim'), t.get_identifiers(), t.is_valid(), string.Template('$x').substitute({'x': 5}))", js: () => { const t = new string.Template("$who likes ${what} $$ cost"); return T(t.substitute(kw({ who: "tim", what: "pie" })), t.safe_substitute(kw({ who: "tim" })), t.get_identifiers(), t.is_valid(), new string.Template("$x").substitute(Dict.fromEntries([["x", 5]]))); } },
  { name: "template-missing", py: "string.Template('$who $what').substitute(who=1)", js: () => new string.Template("$who $what").substitute(kw({ who: 1 })) },
  { name: "template-invalid", py: "string.Template('a\\nb $').substitute()", js: () => new string.Template("a\nb $").substitute() },
]);

test("time: clocks", () => {
  const t = time.time();
  assert.ok(typeof t === "number" && t > 1.6e9 && !Number.isInteger(t * 1000) || t > 1.6e9);
  assert.ok(time.time_ns() > 1.6e18);
  const a = time.monotonic(), b = time.monotonic();
  assert.ok(b >= a);
  assert.ok(time.perf_counter() >= 0);
  assert.throws(() => time.sleep(1), (e) => e instanceof NotImplementedError && /asyncio\.sleep/.test(e.message));
});
