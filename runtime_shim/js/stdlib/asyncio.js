// Python's asyncio on top of JS promises.
//
// A cfpy coroutine is what a compiled `async def` returns: a JS Promise (started eagerly,
// see the report/notes). Tasks are thenables, so `await task` works; timers go through one
// ordered scheduler so that sleeps wake up in CPython's order (deadline, then FIFO) and
// `await asyncio.sleep(0)` yields to other ready work without starving timers.
import {
  BaseException, Exception, RuntimeError, ValueError, NotImplementedError, PyTypeError,
  TimeoutError,
} from "../builtins/exceptions.js";
import { $truthy } from "../builtins/truthy.js";
import { $repr } from "../builtins/repr.js";
import { $iter } from "../builtins/iter.js";
import { bind, as_float, pycall, no_kw } from "./_util.js";
import { Coro, run_coro, in_event_loop, $drive } from "./_coro.js";

export { TimeoutError };

export class CancelledError extends BaseException {
  static get __module__() { return "asyncio.exceptions"; }
}
export class InvalidStateError extends Exception {
  static get __module__() { return "asyncio.exceptions"; }
}
export class QueueEmpty extends Exception {
  static get __module__() { return "asyncio.queues"; }
}
export class QueueFull extends Exception {
  static get __module__() { return "asyncio.queues"; }
}

function isAwaitable(x) {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof x.then === "function";
}

function needAwaitable(x) {
  if (!isAwaitable(x)) {
    throw new PyTypeError(`An asyncio.Future, a coroutine or an awaitable is required`);
  }
  return x;
}

// ---- the timer scheduler ----------------------------------------------------------------

function now() {
  const p = globalThis.performance;
  return p && typeof p.now === "function" ? p.now() / 1000 : Date.now() / 1000;
}

let queue = null; // entries {when, seq, fn}, kept sorted by (when, seq)
let seqNo = 0;

// In Workers a timer belongs to the request that set it: an entry must only ever be run
// by its own request's timer, so there each entry simply gets its own setTimeout.
const PER_REQUEST_TIMERS = typeof navigator !== "undefined" && navigator.userAgent === "Cloudflare-Workers";

function schedule(when, fn) {
  if (PER_REQUEST_TIMERS) {
    const e = { when, seq: seqNo++, fn, cancelled: false };
    const delay = when === -Infinity ? 0 : Math.max(0, (when - now()) * 1000);
    setTimeout(() => { if (!e.cancelled) e.fn(); }, delay);
    return e;
  }
  if (queue === null) queue = [];
  const e = { when, seq: seqNo++, fn };
  let lo = 0, hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = queue[mid];
    if (q.when < when || (q.when === when && q.seq < e.seq)) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, e);
  arm(when);
  return e;
}

function unschedule(e) {
  e.cancelled = true;
  if (queue === null) return;
  const i = queue.indexOf(e);
  if (i >= 0) queue.splice(i, 1);
}

// Every entry arms its own timer. One shared timer would be cheaper, but in Workers a
// timer belongs to the request that set it and is cancelled when that request ends, so
// a timer shared between overlapping requests could leave the other one hanging.
function arm(when) {
  const delay = when === -Infinity ? 0 : Math.max(0, (when - now()) * 1000);
  if (delay === 0 && typeof globalThis.setImmediate === "function") globalThis.setImmediate(runBatch);
  else setTimeout(runBatch, delay);
}

// Runs every entry that is due, in (when, seq) order, whichever timer fired.
function runBatch() {
  if (queue === null) return;
  // Timers may fire a little before performance.now() reaches their deadline.
  const t = now() + 0.002;
  const batch = [];
  while (queue.length && queue[0].when <= t) batch.push(queue.shift());
  for (const e of batch) e.fn();
  if (queue.length) arm(queue[0].when); // in case the first entry's own timer fired early
}

// ---- sleep --------------------------------------------------------------------------

export function sleep(...a) {
  const { v: [delay, result] } = bind("sleep", a, ["delay", "result"], 1);
  const d = as_float(delay);
  const res = result === undefined ? null : result;
  if (d !== d) throw new ValueError("Invalid delay: NaN (not a number)");
  return new Promise((resolve) => {
    schedule(d <= 0 ? -Infinity : now() + d, () => resolve(res));
  });
}

// ---- tasks --------------------------------------------------------------------------

const PENDING = 0, FINISHED = 1;
let taskCounter = 0;

export class Task {
  constructor(coro, name) {
    needAwaitable(coro);
    this._state = PENDING;
    this._result = null;
    this._exc = null;
    this._callbacks = [];
    this._name = name === undefined || name === null ? `Task-${++taskCounter}` : String(name);
    this._coro = coro;
    // A lazy coroutine starts from the event loop (CPython: call_soon of the first step);
    // a JS promise is already running.
    const started = coro instanceof Coro
      ? new Promise((resolve) => { schedule(-Infinity, () => resolve($drive(coro))); })
      : Promise.resolve(coro);
    // Settle handlers attached at once: a failing task never becomes an unhandled rejection.
    this._done = started.then(
      (v) => this._finish(v === undefined ? null : v, null),
      (e) => this._finish(null, e === undefined || e === null ? new RuntimeError("task failed") : e),
    );
  }
  static get __module__() { return "asyncio"; }
  _finish(value, exc) {
    this._state = FINISHED;
    this._result = value;
    this._exc = exc;
    const cbs = this._callbacks;
    this._callbacks = [];
    for (const cb of cbs) schedule(-Infinity, () => pycall(cb, this));
  }
  then(onOk, onErr) {
    return this._done.then(() => {
      if (this._exc !== null) throw this._exc;
      return this._result;
    }).then(onOk, onErr);
  }
  catch(onErr) { return this.then(undefined, onErr); }
  done() { return this._state !== PENDING; }
  cancelled() { return false; }
  result() {
    if (this._state === PENDING) throw new InvalidStateError("Result is not set.");
    if (this._exc !== null) throw this._exc;
    return this._result;
  }
  exception() {
    if (this._state === PENDING) throw new InvalidStateError("Exception is not set.");
    return this._exc;
  }
  cancel() {
    if (this._state !== PENDING) return false;
    throw new NotImplementedError("Task.cancel(): a running JavaScript promise cannot be cancelled in cfpy");
  }
  add_done_callback(fn, ...rest) {
    no_kw("add_done_callback", rest);
    if (this._state !== PENDING) schedule(-Infinity, () => pycall(fn, this));
    else this._callbacks.push(fn);
    return null;
  }
  remove_done_callback(fn) {
    const before = this._callbacks.length;
    this._callbacks = this._callbacks.filter((f) => f !== fn);
    return before - this._callbacks.length;
  }
  get_name() { return this._name; }
  set_name(v) { this._name = String(v); return null; }
  get_coro() { return this._coro; }
  __repr__() {
    const state = this._state === PENDING ? "pending" : "finished";
    let extra = "";
    if (this._state !== PENDING) extra = this._exc !== null ? ` exception=${$repr(this._exc)}` : ` result=${$repr(this._result)}`;
    return `<Task ${state} name=${$repr(this._name)}${extra}>`;
  }
}

export function create_task(...a) {
  const { v: [coro, name] } = bind("create_task", a, ["coro"], 1, { ko: ["name", "context"] });
  if (!isAwaitable(coro) || coro instanceof Task) {
    throw new PyTypeError(`a coroutine was expected, got ${$repr(coro)}`);
  }
  return new Task(coro, name);
}

export function ensure_future(...a) {
  const { v: [coro] } = bind("ensure_future", a, ["coro_or_future"], 1, { ko: ["loop"] });
  if (coro instanceof Task) return coro;
  if (!isAwaitable(coro)) {
    throw new PyTypeError("An asyncio.Future, a coroutine or an awaitable is required");
  }
  return new Task(coro);
}

export function iscoroutine(x) {
  return x instanceof Coro || x instanceof Promise;
}

// ensure_future semantics for the functions that accept awaitables: a coroutine becomes a
// Task (scheduled in argument order, like CPython).
function future(x) {
  needAwaitable(x);
  return x instanceof Coro ? new Task(x) : x;
}

export function iscoroutinefunction(f) {
  if (typeof f !== "function") return false;
  if (f.$p !== undefined && f.$p.co) return true; // a compiled `async def`
  return f.constructor !== undefined && f.constructor.name === "AsyncFunction";
}

// ---- run ----------------------------------------------------------------------------

let running = 0;

// asyncio.run(coro): runs the coroutine and returns its value, synchronously (Python
// blocks here) as long as it never waits for I/O or a timer (stdlib/_coro.js, run_coro).
// At module level the compiler awaits the call, and there it may wait (a Promise).
export function run(...a) {
  const { v: [main] } = bind("run", a, ["main"], 1, { ko: ["debug"] });
  if (running > 0 || in_event_loop()) {
    throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  }
  if (!(main instanceof Coro)) {
    // (a JS promise, started already: at module level, awaited as it is)
    if (isAwaitable(main) && !(main instanceof Task)) return Promise.resolve(main);
    throw new ValueError(`a coroutine was expected, got ${$repr(main)}`);
  }
  running++;
  let result;
  try {
    result = run_coro(main);
  } catch (e) {
    running--;
    throw e;
  }
  if (!(result instanceof Promise)) {
    running--;
    return result;
  }
  return result.then(
    (v) => { running--; return v; },
    (e) => { running--; throw e; },
  );
}

export function gather(...a) {
  const { rest: aws, v: [returnExceptions] } = bind("gather", a, [], 0, { va: true, ko: ["return_exceptions"] });
  const futs = aws.map(future);
  const ps = futs.map((x) => (x instanceof Promise ? x : Promise.resolve(x)));
  if ($truthy(returnExceptions === undefined ? false : returnExceptions)) {
    return Promise.allSettled(ps).then((rs) => rs.map((r) => (r.status === "fulfilled" ? nn(r.value) : r.reason)));
  }
  return Promise.all(ps).then((vs) => vs.map(nn));
}

function nn(v) { return v === undefined ? null : v; }

// wait_for(aw, timeout): TimeoutError when `timeout` seconds pass first. The awaitable is
// not cancelled (JS promises cannot be): it keeps running in the background.
export function wait_for(...a) {
  const { v: [aw0, timeout] } = bind("wait_for", a, ["fut", "timeout"], 2);
  const aw = future(aw0);
  if (timeout === null || timeout === undefined) return Promise.resolve(aw).then(nn);
  const t = as_float(timeout);
  return new Promise((resolve, reject) => {
    let settled = false;
    const entry = schedule(t <= 0 ? -Infinity : now() + t, () => {
      if (settled) return;
      settled = true;
      reject(new TimeoutError());
    });
    Promise.resolve(aw).then(
      (v) => { if (!settled) { settled = true; unschedule(entry); resolve(nn(v)); } },
      (e) => { if (!settled) { settled = true; unschedule(entry); reject(e); } },
    );
  });
}

// as_completed(aws, timeout=None): an iterator of awaitables yielding results in
// completion order.
export function as_completed(...a) {
  const { v: [aws, timeout] } = bind("as_completed", a, ["fs", "timeout"], 1);
  const items = Array.from($iter(aws));
  const n = items.length;
  const resolvers = [];
  const slots = [];
  for (let i = 0; i < n; i++) slots.push(new Promise((res, rej) => resolvers.push({ res, rej })));
  let next = 0;
  for (const x0 of items) {
    const x = future(x0);
    Promise.resolve(x).then(
      (v) => { if (next < n) resolvers[next++].res(nn(v)); },
      (e) => { if (next < n) resolvers[next++].rej(e); },
    );
  }
  if (timeout !== null && timeout !== undefined) {
    const t = as_float(timeout);
    schedule(now() + t, () => { while (next < n) resolvers[next++].rej(new TimeoutError()); });
  }
  for (const s of slots) s.catch(() => {});
  return slots[Symbol.iterator]();
}

// ---- synchronisation primitives -----------------------------------------------------

function makeFuture() {
  let resolve;
  const p = new Promise((r) => { resolve = r; });
  return { p, resolve, done: false };
}

export class Lock {
  constructor(...a) {
    no_kw("Lock", a);
    if (a.length) throw new PyTypeError(`Lock.__init__() takes 1 positional argument but ${a.length + 1} were given`);
    this._locked = false;
    this._waiters = [];
  }
  static get __module__() { return "asyncio.locks"; }
  locked() { return this._locked; }
  async acquire() {
    if (!this._locked && this._waiters.every((w) => w.done)) {
      this._locked = true;
      return true;
    }
    const fut = makeFuture();
    this._waiters.push(fut);
    try {
      await fut.p;
    } finally {
      const i = this._waiters.indexOf(fut);
      if (i >= 0) this._waiters.splice(i, 1);
    }
    this._locked = true;
    return true;
  }
  release() {
    if (!this._locked) throw new RuntimeError("Lock is not acquired.");
    this._locked = false;
    for (const w of this._waiters) {
      if (!w.done) { w.done = true; w.resolve(true); break; }
    }
    return null;
  }
  async __aenter__() { await this.acquire(); return null; }
  async __aexit__() { this.release(); return null; }
  __repr__() {
    let extra = this._locked ? "locked" : "unlocked";
    if (this._waiters.length) extra += `, waiters:${this._waiters.length}`;
    return `<asyncio.locks.Lock object at 0x7f0000000000 [${extra}]>`;
  }
}

export class Event {
  constructor(...a) {
    no_kw("Event", a);
    this._value = false;
    this._waiters = [];
  }
  static get __module__() { return "asyncio.locks"; }
  is_set() { return this._value; }
  set() {
    if (!this._value) {
      this._value = true;
      for (const w of this._waiters) if (!w.done) { w.done = true; w.resolve(true); }
    }
    return null;
  }
  clear() { this._value = false; return null; }
  async wait() {
    if (this._value) return true;
    const fut = makeFuture();
    this._waiters.push(fut);
    try {
      await fut.p;
      return true;
    } finally {
      const i = this._waiters.indexOf(fut);
      if (i >= 0) this._waiters.splice(i, 1);
    }
  }
}

export class Semaphore {
  constructor(...a) {
    const { v: [value] } = bind("Semaphore", a, ["value"], 0);
    const n = value === undefined ? 1 : value;
    if (n < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this._value = n;
    this._bound = n;
    this._waiters = [];
  }
  static get __module__() { return "asyncio.locks"; }
  locked() {
    return this._value === 0 || this._waiters.some((w) => !w.done);
  }
  async acquire() {
    if (!this.locked()) {
      this._value--;
      return true;
    }
    const fut = makeFuture();
    this._waiters.push(fut);
    try {
      await fut.p;
    } finally {
      const i = this._waiters.indexOf(fut);
      if (i >= 0) this._waiters.splice(i, 1);
    }
    return true;
  }
  release() {
    this._value++;
    this._wake();
    return null;
  }
  _wake() {
    for (const w of this._waiters) {
      if (this._value <= 0) break;
      if (!w.done) { w.done = true; this._value--; w.resolve(true); }
    }
  }
  async __aenter__() { await this.acquire(); return null; }
  async __aexit__() { this.release(); return null; }
}

export class BoundedSemaphore extends Semaphore {
  release() {
    if (this._value >= this._bound) throw new ValueError("BoundedSemaphore released too many times");
    return super.release();
  }
}

export class Queue {
  constructor(...a) {
    const { v: [maxsize] } = bind("Queue", a, ["maxsize"], 0);
    this._maxsize = maxsize === undefined ? 0 : maxsize;
    this._items = [];
    this._getters = [];
    this._putters = [];
    this._unfinished = 0;
    this._finished = null;
  }
  static get __module__() { return "asyncio.queues"; }
  get maxsize() { return this._maxsize; }
  qsize() { return this._items.length; }
  empty() { return this._items.length === 0; }
  full() { return this._maxsize > 0 && this._items.length >= this._maxsize; }
  _wakeOne(list) {
    while (list.length) {
      const w = list.shift();
      if (!w.done) { w.done = true; w.resolve(true); return; }
    }
  }
  async put(item) {
    while (this.full()) {
      const fut = makeFuture();
      this._putters.push(fut);
      await fut.p;
    }
    this.put_nowait(item);
    return null;
  }
  put_nowait(item) {
    if (this.full()) throw new QueueFull();
    this._items.push(item);
    this._unfinished++;
    this._wakeOne(this._getters);
    return null;
  }
  async get() {
    while (this.empty()) {
      const fut = makeFuture();
      this._getters.push(fut);
      await fut.p;
    }
    return this.get_nowait();
  }
  get_nowait() {
    if (this.empty()) throw new QueueEmpty();
    const item = this._items.shift();
    this._wakeOne(this._putters);
    return item;
  }
  task_done() {
    if (this._unfinished <= 0) throw new ValueError("task_done() called too many times");
    this._unfinished--;
    if (this._unfinished === 0 && this._finished !== null) {
      const f = this._finished;
      this._finished = null;
      f.resolve(true);
    }
    return null;
  }
  async join() {
    if (this._unfinished > 0) {
      if (this._finished === null) this._finished = makeFuture();
      await this._finished.p;
    }
    return null;
  }
}

export function get_running_loop() {
  throw new NotImplementedError("asyncio event loop objects are not available in cfpy");
}

export function get_event_loop() {
  throw new NotImplementedError("asyncio event loop objects are not available in cfpy");
}

export function shield() {
  throw new NotImplementedError("asyncio.shield() is not supported: JavaScript promises cannot be cancelled");
}

export function current_task() {
  throw new NotImplementedError("asyncio.current_task() is not supported in cfpy");
}
