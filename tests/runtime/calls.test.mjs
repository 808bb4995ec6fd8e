import { test } from "node:test";
import assert from "node:assert/strict";
import {
  $call, $callm, $sig, $kw, KW, $popkw, $bindkw, $REQ, $kwmerge, PyObject, Dict, $exc,
  format_exception_line, $clsattrs, $repr, $str, type_name,
} from "../../runtime_shim/js/builtins/index.js";

function errLine(f) {
  try { f(); } catch (e) { return format_exception_line($exc(e)); }
  return "no error";
}

test("$call places keywords using $p", () => {
  function f(a, b = 10, $k) {
    const [c, kw] = $bindkw($k, ["c"], [3], true, "f");
    return [a, b, c, kw];
  }
  $sig(f, ["a", "b"], 2, ["c"], 1);
  const [a, b, c, kw] = $call(f, [1], { c: 5, z: 9 });
  assert.deepEqual([a, b, c], [1, 10, 5]);
  assert.equal($repr(kw), "{'z': 9}");
  assert.deepEqual($call(f, [], { b: 2, a: 1 }).slice(0, 3), [1, 2, 3]);
});

test("$call errors match CPython", () => {
  function f(a, b) { return a + b; }
  $sig(f, ["a", "b"], 0, null, 2);
  assert.equal(errLine(() => $call(f, [1], { x: 2 })), "TypeError: f() got an unexpected keyword argument 'x'");
  assert.equal(errLine(() => $call(f, [1], { a: 2 })), "TypeError: f() got multiple values for argument 'a'");
  assert.equal(errLine(() => $call(f, [], { })), "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  assert.equal(errLine(() => $call(f, [], { b: 1 })), "TypeError: f() missing 1 required positional argument: 'a'");
  assert.equal(errLine(() => $call(f, [1, 2, 3], { })), "TypeError: f() takes 2 positional arguments but 3 were given");
  assert.equal(errLine(() => $call(5, [], {})), "TypeError: 'int' object is not callable");
});

test("*args with trailing KW popped by $popkw", () => {
  function g(a, ...args) {
    const k = $popkw(args);
    const [flag] = $bindkw(k, ["flag"], [false], false, "g");
    return [a, args, flag];
  }
  $sig(g, ["a"], 1, ["flag"]);
  assert.deepEqual($call(g, [1, 2, 3], { flag: true }), [1, [2, 3], true]);
  assert.deepEqual(g(1, 2), [1, [2], false]);
  assert.equal(errLine(() => $call(g, [1], { nope: 1 })), "TypeError: g() got an unexpected keyword argument 'nope'");
});

test("$bindkw required keyword-only", () => {
  assert.equal(errLine(() => $bindkw(undefined, ["c", "d"], [$REQ, $REQ], false, "h")),
    "TypeError: h() missing 2 required keyword-only arguments: 'c' and 'd'");
});

test("classes through $call use new and __init__.$p", () => {
  class P extends PyObject {
    __init__(x, y = 2) { this.x = x; this.y = y; }
  }
  $sig(P.prototype.__init__, ["x", "y"], 0, null, 1);
  const p = $call(P, [], { y: 5, x: 1 });
  assert.ok(p instanceof P);
  assert.deepEqual([p.x, p.y], [1, 5]);
  assert.equal(errLine(() => $call(P, [], { z: 1 })), "TypeError: P.__init__() got an unexpected keyword argument 'z'");
  assert.equal(errLine(() => new PyObject(1)), "TypeError: object() takes no arguments");
  assert.match($repr(p), /^<__main__\.P object at 0x[0-9a-f]+>$/);
  assert.equal(type_name(p), "P");
});

test("$callm and trailing KW for signature-less callees", () => {
  const o = { m(a, k) { return [a, k instanceof KW ? k.o.z : null]; } };
  assert.deepEqual($callm(o, "m", [1], { z: 3 }), [1, 3]);
  assert.equal(errLine(() => $callm(o, "nope", [], {})), "AttributeError: 'object' object has no attribute 'nope'");
});

test("$kwmerge", () => {
  const d = new Dict(); d.$set("a", 1);
  const m = $kwmerge({ b: 2 }, d);
  assert.deepEqual({ ...m }, { b: 2, a: 1 });
  assert.equal(errLine(() => $kwmerge("f", { a: 1 }, d)), "TypeError: f() got multiple values for keyword argument 'a'");
  assert.ok($kw({ a: 1 }) instanceof KW);
  assert.equal(Object.getPrototypeOf($kw({ a: 1 }).o), null);
});

test("class attributes via $clsattrs", () => {
  class C extends PyObject {}
  C.count = 1;
  $clsattrs(C, ["count"]);
  class D extends C {}
  const c = new C(), d = new D();
  assert.equal(c.count, 1);
  C.count = 7;
  assert.equal(d.count, 7);
  c.count = 3;
  assert.equal(c.count, 3);
  assert.equal(C.count, 7);
  assert.equal(C.__name__, "C");
});
