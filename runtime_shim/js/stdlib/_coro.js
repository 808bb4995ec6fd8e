// Coroutine objects, for exact `async def` semantics (compiler support).
//
// A Python coroutine is a generator underneath; so is a cfpy one. The compiler lowers
//     async def f(x): ...   ->  function f(x) { return $coro({ f: function* () { ... } }.f, "f", this); }
//     await expr            ->  (yield* $awaitg(expr))
// so `await coro` runs the callee inside the caller's generator (`yield*`, like CPython's
// `yield from`), `coro.send()/throw()/close()` step it synchronously like CPython, and
// only a JS thenable (fetch, a timer, a Task) really suspends: the generator yields it to
// its driver (`$drive`), which resumes it when the thenable settles. `asyncio.run`,
// create_task, gather, a Worker's handler start a coroutine through `$drive` (a Promise).
// Async generators (`async def` with `yield`) stay JS async generators: `await` there is
// a JS await of `$await(expr)`.
import { RuntimeError, PyTypeError } from "../builtins/exceptions.js";
import { type_name } from "../builtins/object.js";
import { $iter } from "../builtins/iter.js";
import { addr } from "../builtins/repr.js";

export class Coro {
  constructor(fn, name, self) {
    this.$fn = fn; // the body (a generator function) until it starts
    this.$self = self;
    this.$g = null; // the running body
    this.$awaited = false;
    // (this.$done: set once stepped to its end by send/throw/close, lang/generators.js)
    this.__name__ = this.__qualname__ = name;
  }
  static get $pyname() { return "coroutine"; }
  // The body's generator, made on first use; `awaiting`: for an `await` (a coroutine is
  // awaited once: then the caller runs this body with `yield*`).
  $gen(awaiting) {
    if (awaiting) {
      if (this.$awaited) this.$g = this.$fn = null; // (the awaiter holds the body: reuse raises)
      this.$awaited = true;
    }
    if (this.$g === null) {
      if (this.$fn === null) throw new RuntimeError("cannot reuse already awaited coroutine");
      this.$g = this.$fn.call(this.$self);
      this.$fn = null;
    }
    return this.$g;
  }
  // Generic `await` of a thenable: starts the body.
  then(onOk, onErr) { return $drive(this).then(onOk, onErr); }
  __repr__() { return `<coroutine object ${this.__qualname__} at 0x${addr(this)}>`; }
}

// Runs a coroutine body to its end: a yielded thenable is waited for, anything else (a
// bare `yield` of an `__await__`) just lets other work run first. `first` is a step
// already taken (by `run_coro`).
export async function $drive(c, first) {
  const g = first ? c.$g : c.$gen(true); // (a throw here rejects)
  let r = first, method = "next", arg;
  for (;;) {
    if (r === undefined) {
      stepping++;
      try {
        r = g[method](arg);
      } finally {
        stepping--;
      }
    }
    const v = r.value;
    if (r.done) return v ?? null;
    r = undefined;
    try {
      arg = await (v != null && typeof v.then === "function" ? v : null);
      method = "next";
    } catch (e) {
      arg = e;
      method = "throw";
    }
  }
}

// How many coroutine steps are running under a driver: asyncio.run() inside one is
// CPython's "running event loop" error.
let stepping = 0;
let topLevel = false;

export function in_event_loop() {
  return stepping > 0;
}

// `asyncio.run(...)` at module level, where the compiler awaits it (ES top-level await):
// only there may it wait for I/O or timers.
export function $run_top(f) {
  topLevel = true;
  try {
    return f();
  } finally {
    topLevel = false;
  }
}

// asyncio.run's driver: steps `coro` synchronously, as Python blocks in asyncio.run; its
// value, or (at module level only) a Promise once it has to wait for a thenable.
export function run_coro(coro) {
  const mayWait = topLevel;
  topLevel = false;
  const g = coro.$gen(true);
  let r = { done: false, value: null };
  while (!r.done) {
    stepping++;
    try {
      r = g.next(null);
    } finally {
      stepping--;
    }
    if (!r.done && r.value !== null && typeof r.value === "object" && typeof r.value.then === "function") {
      if (!mayWait) {
        throw new RuntimeError(
          "asyncio.run() outside module level cannot wait for I/O or timers in cfpy " +
          "(JavaScript cannot block): call asyncio.run at module level, or make the caller async and await",
        );
      }
      return $drive(coro, r);
    }
  }
  return r.value === undefined ? null : r.value;
}

export function $coro(fn, name, self) {
  return new Coro(fn, name, self);
}

function* $thenable(x) {
  return yield x;
}

// `await x` in a coroutine body: what `yield*` runs. A fresh coroutine runs in the
// caller's generator, synchronously up to its first suspension, exactly like CPython.
export function $awaitg(x) {
  if (x instanceof Coro) return x.$gen(true);
  if (x !== null && x !== undefined) {
    if (typeof x.__await__ === "function") return $iter(x.__await__());
    if ((typeof x === "object" || typeof x === "function") && typeof x.then === "function") return $thenable(x);
  }
  throw new PyTypeError(`object ${type_name(x)} can't be used in 'await' expression`);
}

// `await x` in an async generator (a JS async function): a Promise or the value itself.
export function $await(x) {
  if (x instanceof Coro) return $drive(x);
  if (x !== null && x !== undefined && typeof x.__await__ === "function") return $drive($iter(x.__await__()));
  return x;
}

export function is_coro(x) {
  return x instanceof Coro;
}

