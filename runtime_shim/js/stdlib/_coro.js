// Lazy coroutine objects, for exact `async def` semantics (compiler support).
//
// A JS async function starts running as soon as it is called; a Python coroutine function
// returns a coroutine object that runs only when awaited or wrapped in a Task. To get
// Python's order, the compiler lowers
//     async def f(x): ...           ->  function f(x) { return $coro(async () => { ... }, "f"); }
//     await expr                    ->  await $await(expr)
// `$await` starts a not-yet-started coroutine synchronously (like Python's `await coro`,
// which runs the callee in the same task), and asyncio.create_task / gather / wait_for
// start them from the event loop like CPython's call_soon.
import { RuntimeError } from "../builtins/exceptions.js";

let addr = 0x7f1c2a000000;

export class Coro {
  constructor(fn, name) {
    this.$fn = fn;
    this.$run = null;
    this.$p = null;
    this.$awaited = false;
    this.__name__ = name || "<coroutine>";
    this.__qualname__ = this.__name__;
    this.$addr = (addr += 0x40);
  }
  static get $pyname() { return "coroutine"; }
  // Start the body (once); returns its promise.
  $start() {
    if (this.$p === null) {
      if (this.$fn === null) throw new RuntimeError("cannot reuse already awaited coroutine");
      this.$run = this.$fn;
      this.$fn = null;
      try {
        // Called through a property, not a local: stack traces mapped by source maps
        // (wrangler dev) take a frame's name from its call site's identifier, which would
        // name every coroutine body after that local; this way it is the def's name.
        this.$p = Promise.resolve((0, this.$run)());
      } catch (e) {
        this.$p = Promise.reject(e);
      }
      this.$run = null;
    }
    return this.$p;
  }
  get cr_running() { return this.$p !== null; }
  // Generic `await` of a thenable: starts the body (one microtask later than `$await`).
  then(onOk, onErr) { return this.$take().then(onOk, onErr); }
  $take() {
    if (this.$awaited) return Promise.reject(new RuntimeError("cannot reuse already awaited coroutine"));
    this.$awaited = true;
    return this.$start();
  }
  close() {
    if (this.$p === null) this.$fn = null;
    return null;
  }
  __repr__() { return `<coroutine object ${this.__qualname__} at 0x${this.$addr.toString(16)}>`; }
}

export function $coro(fn, name) {
  return new Coro(fn, name);
}

// `await x` in compiled code: a fresh coroutine runs synchronously up to its first
// suspension, exactly like CPython.
export function $await(x) {
  if (x instanceof Coro) return x.$take();
  return x;
}

export function is_coro(x) {
  return x instanceof Coro;
}
