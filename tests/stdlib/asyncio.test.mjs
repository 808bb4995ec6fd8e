// asyncio. Coroutines are written the two ways compiled code can produce them:
//  - lazy: `async def f` -> function returning $coro(function* () { ... }), `await x` ->
//    yield* $awaitg(x) (stdlib/_coro.js; exact CPython scheduling order), and
//  - eager: plain JS async functions (start running when called).
import { suite } from "./_harness.mjs";
import * as asyncio from "../../runtime_shim/js/stdlib/asyncio.js";
import { $coro, $awaitg, $run_top } from "../../runtime_shim/js/stdlib/_coro.js";
import { KW, Tuple, ValueError, $exc } from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);
// asyncio.run at module level, where it may wait (the compiler wraps it the same way)
const run = (c) => $run_top(() => asyncio.run(c));

// async def worker(log, name, delay): log.append("start " + name); await sleep(delay); log.append("end " + name); return name.upper()
function worker(log, name, delay) {
  return $coro(function* () {
    log.push(`start ${name}`);
    yield* $awaitg(asyncio.sleep(delay));
    log.push(`end ${name}`);
    return name.toUpperCase();
  }, "worker");
}
function boom(delay) {
  return $coro(function* () {
    yield* $awaitg(asyncio.sleep(delay));
    throw new ValueError("boom");
  }, "boom");
}
async function eagerWorker(log, name, delay) {
  log.push(`start ${name}`);
  await asyncio.sleep(delay);
  log.push(`end ${name}`);
  return name.toUpperCase();
}

const SETUP = `
import asyncio
async def worker(log, name, delay):
    log.append("start " + name)
    await asyncio.sleep(delay)
    log.append("end " + name)
    return name.upper()
async def boom(delay):
    await asyncio.sleep(delay)
    raise ValueError("boom")
`;

suite("asyncio", SETUP, [
  {
    name: "run-value",
    py: "async def main():\n    return 42\nasyncio.run(main())",
    js: () => run($coro(function* () { return 42; })),
  },
  {
    name: "run-not-coroutine",
    py: "asyncio.run(1)",
    js: () => run(1),
  },
  {
    name: "run-exception",
    py: "asyncio.run(boom(0))",
    js: () => run(boom(0)),
  },
  {
    name: "sleep-result",
    py: "async def main():\n    return await asyncio.sleep(0.001, result='done')\nasyncio.run(main())",
    js: () => run($coro(function* () { return yield* $awaitg(asyncio.sleep(0.001, kw({ result: "done" }))); })),
  },
  {
    name: "gather-order",
    py: "log = []\nasync def main():\n    r = await asyncio.gather(worker(log, 'a', 0.03), worker(log, 'b', 0.01), worker(log, 'c', 0.02))\n    return r, log\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () {
        const r = yield* $awaitg(asyncio.gather(worker(log, "a", 0.03), worker(log, "b", 0.01), worker(log, "c", 0.02)));
        return Tuple.of(r, log);
      }));
    },
  },
  {
    name: "gather-empty",
    py: "async def main():\n    return await asyncio.gather()\nasyncio.run(main())",
    js: () => run($coro(function* () { return yield* $awaitg(asyncio.gather()); })),
  },
  {
    name: "gather-exception",
    py: "log = []\nasync def main():\n    try:\n        await asyncio.gather(worker(log, 'a', 0.02), boom(0.01))\n    except ValueError as e:\n        log.append('caught ' + str(e))\n    await asyncio.sleep(0.03)\n    return log\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () {
        try {
          yield* $awaitg(asyncio.gather(worker(log, "a", 0.02), boom(0.01)));
        } catch (e) {
          log.push("caught " + $exc(e).__str__());
        }
        yield* $awaitg(asyncio.sleep(0.03));
        return log;
      }));
    },
  },
  {
    name: "gather-return-exceptions",
    py: "log = []\nasync def main():\n    return await asyncio.gather(boom(0), worker(log, 'd', 0), return_exceptions=True)\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () { return yield* $awaitg(asyncio.gather(boom(0), worker(log, "d", 0), kw({ return_exceptions: true }))); }));
    },
  },
  {
    name: "gather-not-awaitable",
    py: "async def main():\n    return await asyncio.gather(1)\nasyncio.run(main())",
    js: () => run($coro(function* () { return yield* $awaitg(asyncio.gather(1)); })),
  },
  {
    name: "create-task-order",
    py: "log = []\nasync def main():\n    t = asyncio.create_task(worker(log, 't', 0.01))\n    log.append('created')\n    r = await t\n    log.append(r)\n    return log, t.done(), t.result()\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () {
        const t = asyncio.create_task(worker(log, "t", 0.01));
        log.push("created");
        const r = yield* $awaitg(t);
        log.push(r);
        return Tuple.of(log, t.done(), t.result());
      }));
    },
  },
  {
    name: "tasks-interleave",
    py: "log = []\nasync def tick(name, n):\n    for i in range(n):\n        log.append(f'{name}{i}')\n        await asyncio.sleep(0)\nasync def main():\n    t1 = asyncio.create_task(tick('a', 3))\n    t2 = asyncio.create_task(tick('b', 2))\n    log.append('main')\n    await asyncio.sleep(0)\n    log.append('main2')\n    await t1\n    await t2\n    return log\nasyncio.run(main())",
    js: () => {
      const log = [];
      const tick = (name, n) => $coro(function* () {
        for (let i = 0; i < n; i++) {
          log.push(`${name}${i}`);
          yield* $awaitg(asyncio.sleep(0));
        }
      });
      return run($coro(function* () {
        const t1 = asyncio.create_task(tick("a", 3));
        const t2 = asyncio.create_task(tick("b", 2));
        log.push("main");
        yield* $awaitg(asyncio.sleep(0));
        log.push("main2");
        yield* $awaitg(t1);
        yield* $awaitg(t2);
        return log;
      }));
    },
  },
  {
    name: "await-runs-inline",
    py: "log = []\nasync def inner():\n    log.append('inner')\n    return 1\nasync def main():\n    c = inner()\n    log.append('before')\n    v = await c\n    log.append('after')\n    return log, v\nasyncio.run(main())",
    js: () => {
      const log = [];
      const inner = () => $coro(function* () { log.push("inner"); return 1; });
      return run($coro(function* () {
        const c = inner();
        log.push("before");
        const v = yield* $awaitg(c);
        log.push("after");
        return Tuple.of(log, v);
      }));
    },
  },
  {
    name: "task-exception-later",
    py: "async def main():\n    t = asyncio.create_task(boom(0))\n    await asyncio.sleep(0.01)\n    try:\n        await t\n    except ValueError as e:\n        return 'caught', str(e), t.done()\nasyncio.run(main())",
    js: () => run($coro(function* () {
      const t = asyncio.create_task(boom(0));
      yield* $awaitg(asyncio.sleep(0.01));
      try {
        yield* $awaitg(t);
      } catch (e) {
        return Tuple.of("caught", $exc(e).__str__(), t.done());
      }
      return null;
    })),
  },
  {
    name: "task-result-not-ready",
    py: "async def main():\n    t = asyncio.create_task(asyncio.sleep(0.01))\n    try:\n        t.result()\n    finally:\n        await t\nasyncio.run(main())",
    js: () => run($coro(function* () {
      const t = asyncio.create_task(asyncio.sleep(0.01));
      try {
        t.result();
      } finally {
        yield* $awaitg(t);
      }
    })),
  },
  {
    name: "wait-for-timeout",
    py: "async def main():\n    try:\n        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)\n    except asyncio.TimeoutError as e:\n        return 'timeout', type(e).__name__, isinstance(e, TimeoutError)\nasyncio.run(main())",
    js: () => run($coro(function* () {
      try {
        yield* $awaitg(asyncio.wait_for(asyncio.sleep(1), kw({ timeout: 0.02 })));
      } catch (e) {
        return Tuple.of("timeout", $exc(e).constructor.name, e instanceof asyncio.TimeoutError);
      }
      return null;
    })),
  },
  {
    name: "wait-for-ok",
    py: "log = []\nasync def main():\n    return await asyncio.wait_for(worker(log, 'w', 0.01), 1)\nasyncio.run(main())",
    js: () => run($coro(function* () { return yield* $awaitg(asyncio.wait_for(worker([], "w", 0.01), 1)); })),
  },
  {
    name: "wait-for-none",
    py: "log = []\nasync def main():\n    return await asyncio.wait_for(worker(log, 'w', 0), None)\nasyncio.run(main())",
    js: () => run($coro(function* () { return yield* $awaitg(asyncio.wait_for(worker([], "w", 0), null)); })),
  },
  {
    name: "sleep-order",
    py: "log = []\nasync def main():\n    await asyncio.gather(worker(log, 'x', 0.02), worker(log, 'y', 0), worker(log, 'z', 0.01), worker(log, 'w', 0))\n    return log\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () {
        yield* $awaitg(asyncio.gather(worker(log, "x", 0.02), worker(log, "y", 0), worker(log, "z", 0.01), worker(log, "w", 0)));
        return log;
      }));
    },
  },
  {
    name: "busy-sleep0-does-not-starve-timers",
    py: "state = {'done': False, 'spins': 0}\nasync def setter():\n    await asyncio.sleep(0.01)\n    state['done'] = True\nasync def main():\n    t = asyncio.create_task(setter())\n    while not state['done']:\n        state['spins'] += 1\n        await asyncio.sleep(0)\n    await t\n    return state['done'], state['spins'] > 0\nasyncio.run(main())",
    js: () => {
      const state = { done: false, spins: 0 };
      const setter = () => $coro(function* () { yield* $awaitg(asyncio.sleep(0.01)); state.done = true; });
      return run($coro(function* () {
        const t = asyncio.create_task(setter());
        while (!state.done) {
          state.spins++;
          yield* $awaitg(asyncio.sleep(0));
        }
        yield* $awaitg(t);
        return Tuple.of(state.done, state.spins > 0);
      }));
    },
  },
  {
    name: "queue",
    py: "async def main():\n    q = asyncio.Queue()\n    out = []\n    async def consumer():\n        while True:\n            item = await q.get()\n            if item is None:\n                break\n            out.append(item * 2)\n            q.task_done()\n    c = asyncio.create_task(consumer())\n    for i in range(3):\n        await q.put(i)\n    await q.join()\n    await q.put(None)\n    await c\n    return out, q.qsize(), q.empty()\nasyncio.run(main())",
    js: () => run($coro(function* () {
      const q = new asyncio.Queue();
      const out = [];
      const consumer = () => $coro(function* () {
        for (;;) {
          const item = yield* $awaitg(q.get());
          if (item === null) break;
          out.push(item * 2);
          q.task_done();
        }
      });
      const c = asyncio.create_task(consumer());
      for (let i = 0; i < 3; i++) yield* $awaitg(q.put(i));
      yield* $awaitg(q.join());
      yield* $awaitg(q.put(null));
      yield* $awaitg(c);
      return Tuple.of(out, q.qsize(), q.empty());
    })),
  },
  {
    name: "queue-nowait",
    py: "async def main():\n    q = asyncio.Queue(maxsize=1)\n    q.put_nowait('a')\n    r = [q.full(), q.get_nowait()]\n    try:\n        q.get_nowait()\n    except asyncio.QueueEmpty:\n        r.append('empty')\n    q.put_nowait(1)\n    try:\n        q.put_nowait(2)\n    except asyncio.QueueFull:\n        r.append('full')\n    return r\nasyncio.run(main())",
    js: () => run($coro(function* () {
      const q = new asyncio.Queue(kw({ maxsize: 1 }));
      q.put_nowait("a");
      const r = [q.full(), q.get_nowait()];
      try { q.get_nowait(); } catch (e) { if (e instanceof asyncio.QueueEmpty) r.push("empty"); }
      q.put_nowait(1);
      try { q.put_nowait(2); } catch (e) { if (e instanceof asyncio.QueueFull) r.push("full"); }
      return r;
    })),
  },
  {
    name: "event",
    py: "log = []\nasync def main():\n    ev = asyncio.Event()\n    async def waiter(n):\n        await ev.wait()\n        log.append(n)\n    ts = [asyncio.create_task(waiter(i)) for i in range(3)]\n    await asyncio.sleep(0.01)\n    log.append('set')\n    ev.set()\n    await asyncio.gather(*ts)\n    return log, ev.is_set()\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () {
        const ev = new asyncio.Event();
        const waiter = (n) => $coro(function* () { yield* $awaitg(ev.wait()); log.push(n); });
        const ts = [0, 1, 2].map((i) => asyncio.create_task(waiter(i)));
        yield* $awaitg(asyncio.sleep(0.01));
        log.push("set");
        ev.set();
        yield* $awaitg(asyncio.gather(...ts));
        return Tuple.of(log, ev.is_set());
      }));
    },
  },
  {
    name: "lock",
    py: "log = []\nasync def main():\n    lock = asyncio.Lock()\n    async def crit(n):\n        await lock.acquire()\n        try:\n            log.append(f'in{n}')\n            await asyncio.sleep(0.005)\n            log.append(f'out{n}')\n        finally:\n            lock.release()\n    await asyncio.gather(crit(1), crit(2), crit(3))\n    try:\n        lock.release()\n    except RuntimeError as e:\n        log.append(str(e))\n    return log, lock.locked()\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () {
        const lock = new asyncio.Lock();
        const crit = (n) => $coro(function* () {
          yield* $awaitg(lock.acquire());
          try {
            log.push(`in${n}`);
            yield* $awaitg(asyncio.sleep(0.005));
            log.push(`out${n}`);
          } finally {
            lock.release();
          }
        });
        yield* $awaitg(asyncio.gather(crit(1), crit(2), crit(3)));
        try { lock.release(); } catch (e) { log.push($exc(e).__str__()); }
        return Tuple.of(log, lock.locked());
      }));
    },
  },
  {
    name: "semaphore",
    py: "log = []\nasync def main():\n    sem = asyncio.Semaphore(2)\n    async def job(n):\n        await sem.acquire()\n        log.append(f'+{n}')\n        await asyncio.sleep(0.01)\n        log.append(f'-{n}')\n        sem.release()\n    await asyncio.gather(*(job(i) for i in range(4)))\n    return log\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () {
        const sem = new asyncio.Semaphore(2);
        const job = (n) => $coro(function* () {
          yield* $awaitg(sem.acquire());
          log.push(`+${n}`);
          yield* $awaitg(asyncio.sleep(0.01));
          log.push(`-${n}`);
          sem.release();
        });
        yield* $awaitg(asyncio.gather(...[0, 1, 2, 3].map(job)));
        return log;
      }));
    },
  },
  {
    name: "as-completed",
    py: "log = []\nasync def main():\n    out = []\n    for fut in asyncio.as_completed([worker(log, 'slow', 0.03), worker(log, 'fast', 0.01)]):\n        out.append(await fut)\n    return out\nasyncio.run(main())",
    js: () => run($coro(function* () {
      const out = [];
      for (const fut of asyncio.as_completed([worker([], "slow", 0.03), worker([], "fast", 0.01)])) out.push(yield* $awaitg(fut));
      return out;
    })),
  },
  {
    name: "done-callback",
    py: "log = []\nasync def main():\n    t = asyncio.create_task(worker(log, 'cb', 0))\n    t.add_done_callback(lambda task: log.append('callback ' + task.result()))\n    await t\n    await asyncio.sleep(0)\n    return log\nasyncio.run(main())",
    js: () => {
      const log = [];
      return run($coro(function* () {
        const t = asyncio.create_task(worker(log, "cb", 0));
        t.add_done_callback((task) => log.push("callback " + task.result()));
        yield* $awaitg(t);
        yield* $awaitg(asyncio.sleep(0));
        return log;
      }));
    },
  },
  {
    name: "iscoroutine",
    py: "async def f():\n    pass\nc = f()\nr = (asyncio.iscoroutine(c), asyncio.iscoroutine(1))\nc.close()\nr",
    js: () => { const c = $coro(function* () { return null; }); const r = Tuple.of(asyncio.iscoroutine(c), asyncio.iscoroutine(1)); return r; },
  },
  {
    name: "reawait-coroutine",
    py: "async def f():\n    return 1\nasync def main():\n    c = f()\n    await c\n    await c\nasyncio.run(main())",
    js: () => run($coro(function* () {
      const c = $coro(function* () { return 1; });
      yield* $awaitg(c);
      yield* $awaitg(c);
    })),
  },
  // eager JS async functions (what `async def` compiles to today): results and errors
  {
    name: "eager-gather",
    py: "log = []\nasync def main():\n    return await asyncio.gather(worker(log, 'a', 0.02), worker(log, 'b', 0.01))\nasyncio.run(main())",
    js: () => run((async () => await asyncio.gather(eagerWorker([], "a", 0.02), eagerWorker([], "b", 0.01)))()),
  },
  {
    name: "eager-create-task",
    py: "log = []\nasync def main():\n    t = asyncio.create_task(worker(log, 't', 0.01))\n    return await t, t.done()\nasyncio.run(main())",
    js: () => run((async () => {
      const t = asyncio.create_task(eagerWorker([], "t", 0.01));
      return Tuple.of(await t, t.done());
    })()),
  },
]);


