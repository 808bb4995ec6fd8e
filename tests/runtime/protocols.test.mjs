import { test } from "node:test";
import assert from "node:assert/strict";
import * as R from "../../runtime_shim/js/builtins/index.js";

const { PyObject, $add, $radd, $eq, $lt, $truthy, $in, $getitem, $iter, next, iter, len, Dict, $repr, $str,
  $exc, format_exception_line, NotImplemented, sorted, $unpack, $unpack_star, $iadd, print, set_stdout,
  stderr, $hash } = R;

function errLine(f) {
  try { f(); } catch (e) { return format_exception_line($exc(e)); }
  return "no error";
}

class V extends PyObject {
  __init__(x) { this.x = x; }
  __add__(o) { return o instanceof V ? new V(this.x + o.x) : NotImplemented; }
  __radd__(o) { return new V(o + this.x); }
  __eq__(o) { return o instanceof V && o.x === this.x; }
  __hash__() { return R.hash(this.x); }
  __lt__(o) { return this.x < o.x; }
  __repr__() { return `V(${this.x})`; }
  __len__() { return this.x; }
}

test("dunder dispatch", () => {
  assert.equal($add(new V(1), new V(2)).x, 3);
  assert.equal($add(5, new V(2)).x, 7);
  assert.equal(errLine(() => $add(new V(1), "s")), "TypeError: unsupported operand type(s) for +: 'V' and 'str'");
  assert.ok($eq(new V(1), new V(1)));
  assert.ok(!$eq(new V(1), new V(2)));
  assert.equal($repr(sorted([new V(3), new V(1), new V(2)])), "[V(1), V(2), V(3)]");
  assert.equal($truthy(new V(0)), false);
  assert.equal(len(new V(4)), 4);
  assert.ok($in(new V(2), [new V(1), new V(2)]));
});

test("user objects as dict keys", () => {
  const d = new Dict();
  d.$set(new V(1), "a");
  assert.equal(d.$get(new V(1)), "a");
  d.$set(new V(1), "b");
  assert.equal(d.$size, 1);
  class Plain extends PyObject {}
  const p = new Plain();
  d.$set(p, "p");
  assert.equal(d.$get(p), "p");
  assert.equal(d.$get(new Plain()), undefined);
  class EqOnly extends PyObject { __eq__() { return true; } }
  assert.equal(errLine(() => d.$set(new EqOnly(), 1)), "TypeError: unhashable type: 'EqOnly'");
  assert.ok(d.$delete(new V(1)));
  assert.equal(d.$size, 1);
});

test("iterator protocol objects", () => {
  class Count extends PyObject {
    __init__(n) { this.i = 0; this.n = n; }
    __iter__() { return this; }
    __next__() { if (this.i >= this.n) throw new R.StopIteration(); return this.i++; }
  }
  assert.deepEqual([...$iter(new Count(3))], [0, 1, 2]);
  assert.deepEqual(R.list(new Count(2)), [0, 1]);
  const it = iter([1, 2]);
  assert.equal(next(it), 1);
  assert.equal(next(it), 2);
  assert.equal(next(it, "end"), "end");
  assert.equal(errLine(() => next(it)), "StopIteration");
  const c = new Count(1);
  assert.equal(next(c), 0);
  assert.equal(next(c, null), null);
  class Seq extends PyObject { __getitem__(i) { if (i > 2) throw new R.IndexError(); return i * 10; } }
  assert.deepEqual([...$iter(new Seq())], [0, 10, 20]);
  function* gen() { yield 1; return 5; }
  const g = gen();
  next(g);
  try { next(g); assert.fail(); } catch (e) { assert.equal(e.value, 5); }
});

test("unpacking", () => {
  assert.deepEqual($unpack([1, 2], 2), [1, 2]);
  assert.deepEqual($unpack("ab", 2), ["a", "b"]);
  assert.equal(errLine(() => $unpack([1, 2, 3], 2)), "ValueError: too many values to unpack (expected 2)");
  assert.equal(errLine(() => $unpack([1], 2)), "ValueError: not enough values to unpack (expected 2, got 1)");
  assert.equal(errLine(() => $unpack(5, 2)), "TypeError: cannot unpack non-iterable int object");
  assert.deepEqual($unpack_star([1, 2, 3, 4], 1, 1), [1, [2, 3], 4]);
  assert.equal(errLine(() => $unpack_star([1], 1, 1)), "ValueError: not enough values to unpack (expected at least 2, got 1)");
  function* g() { yield 1; yield 2; }
  assert.deepEqual($unpack(g(), 2), [1, 2]);
});

test("augmented assignment", () => {
  const a = [1];
  const b = $iadd(a, [2]);
  assert.equal(a, b);
  assert.deepEqual(a, [1, 2]);
  $iadd(a, "xy");
  assert.deepEqual(a, [1, 2, "x", "y"]);
  const t = R.Tuple.of(1);
  const t2 = $iadd(t, R.Tuple.of(2));
  assert.notEqual(t, t2);
  assert.equal($repr(t2), "(1, 2)");
});

test("exceptions", () => {
  const e = new R.ValueError("bad");
  assert.ok(e instanceof Error);
  assert.equal(e.constructor.name, "ValueError");
  assert.equal(R.TypeError.name, "TypeError");
  assert.equal(e.message, "bad");
  assert.equal(format_exception_line(new R.ValueError()), "ValueError");
  assert.equal(format_exception_line(new R.KeyError("k")), "KeyError: 'k'");
  const t = $exc(new TypeError("x is not a function"));
  assert.ok(t instanceof R.TypeError);
  assert.equal($str(t), "x is not a function");
  const rec = (n) => rec(n + 1);
  let caught;
  try { rec(0); } catch (err) { caught = $exc(err); }
  assert.ok(caught instanceof R.RecursionError);
  assert.equal(format_exception_line(caught), "RecursionError: maximum recursion depth exceeded");
  try { JSON.parse("{"); } catch (err) { assert.ok($exc(err) instanceof R.ValueError); }
  const js = $exc(new Error("boom"));
  assert.ok(js instanceof R.JSException);
  assert.equal(js.error.message, "boom");
  assert.equal($exc("str thrown").__str__(), "str thrown");
  const c = R.$raise_from(R.RuntimeError, e);
  assert.equal(c.__cause__, e);
  assert.ok(c instanceof R.RuntimeError);
  class MyErr extends R.Exception {
    __init__(msg, code) { super.__init__(msg); this.code = code; }
  }
  const m = new MyErr("m", 3);
  assert.equal($repr(m), "MyErr('m')");
  assert.equal(m.code, 3);
  m.message = "custom";
  assert.equal(m.message, "custom");
  assert.equal(R.$raise(R.ValueError).constructor, R.ValueError);
  assert.ok(R.$raise(5) instanceof R.TypeError);
  assert.ok(String(e.stack).includes("ValueError"));
});

test("print and io", () => {
  let out = "";
  let err = "";
  R.set_stdout((s) => { out += s; });
  R.set_stderr((s) => { err += s; });
  try {
    print("a", 1, null, [1.5, "x"]);
    print("x", "y", R.$kw({ sep: "-", end: "!" }));
    print("e", R.$kw({ file: stderr }));
    print();
    assert.equal(out, "a 1 None [1.5, 'x']\nx-y!\n");
    assert.equal(err, "e\n");
    assert.equal(errLine(() => print(R.$kw({ bogus: 1 }))), "TypeError: 'bogus' is an invalid keyword argument for print()");
  } finally {
    R.set_stdout(null);
    R.set_stderr(null);
  }
});

test("recursive containers repr", () => {
  const a = [1];
  a.push(a);
  assert.equal($repr(a), "[1, [...]]");
  const d = new Dict();
  d.$set("self", d);
  assert.equal($repr(d), "{'self': {...}}");
});

test("getattr family", () => {
  class A extends PyObject {
    __init__() { this.v = 1; }
    m() { return this.v; }
  }
  const a = new A();
  const m = R.getattr(a, "m");
  assert.equal(m(), 1);
  assert.equal(R.getattr(a, "nope", 5), 5);
  assert.equal(errLine(() => R.getattr(a, "nope")), "AttributeError: 'A' object has no attribute 'nope'");
  assert.ok(R.hasattr(a, "v"));
  R.setattr(a, "w", 2);
  assert.equal(a.w, 2);
  R.delattr(a, "w");
  assert.ok(!R.hasattr(a, "w"));
  assert.equal($repr(R.vars(a)), "{'v': 1}");
  assert.equal(R.$getattr(R.type(a), "__name__"), "A");
  assert.equal(R.type(1).__name__, "int");
});

test("list subclass __getitem__ wins over the array fast path", () => {
  class DL extends Array {
    __getitem__(i) { return i < this.length ? this[i] : "dflt"; }
  }
  const d = DL.from([1, 2]);
  assert.equal($getitem(d, 0), 1);
  assert.equal($getitem(d, 5), "dflt");
});

test("set iteration order follows CPython for ints", () => {
  assert.equal($repr(new R.PySet([3, 1, 2])), "{1, 2, 3}");
  assert.equal($repr(new R.PySet([100, -1, 7, 33, 8])), "{33, 100, 7, 8, -1}");
  const s = new R.PySet(["b", "a"]);
  assert.equal($repr(s), "{'b', 'a'}");
});

test("hasattr ignores JS built-in prototype members", () => {
  class O extends PyObject {}
  const o = new O();
  assert.equal(R.hasattr(o, "valueOf"), false);
  assert.equal(R.hasattr(o, "toString"), false);
  assert.equal(R.hasattr(o, "__init__"), true);
});
