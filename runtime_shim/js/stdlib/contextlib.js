// contextlib: contextmanager, asynccontextmanager, suppress, nullcontext, closing,
// ExitStack, AsyncExitStack.
import { RuntimeError, PyTypeError, $exc } from "../builtins/exceptions.js";
import { isinstance, type } from "../builtins/types.js";
import { Tuple } from "../builtins/tuple.js";
import { PyObject, type_name } from "../builtins/object.js";
import { $truthy } from "../builtins/truthy.js";
import { pop_kw, pycall, pycallkw } from "./_util.js";

class GeneratorContextManager {
  constructor(gen) { this.gen = gen; }
  __enter__() {
    const r = this.gen.next();
    if (r.done) throw new RuntimeError("generator didn't yield");
    return r.value === undefined ? null : r.value;
  }
  __exit__(type, value) {
    if (type === null || type === undefined) {
      if (!this.gen.next().done) throw new RuntimeError("generator didn't stop");
      return false;
    }
    try {
      if (!this.gen.throw(value).done) throw new RuntimeError("generator didn't stop after throw()");
      return true; // the generator handled the exception: suppress it
    } catch (e) {
      if (e === value) return false;
      throw e;
    }
  }
}

class AsyncGeneratorContextManager {
  constructor(gen) { this.gen = gen; }
  async __aenter__() {
    const r = await this.gen.next();
    if (r.done) throw new RuntimeError("generator didn't yield");
    return r.value === undefined ? null : r.value;
  }
  async __aexit__(type, value) {
    if (type === null || type === undefined) {
      if (!(await this.gen.next()).done) throw new RuntimeError("generator didn't stop");
      return false;
    }
    try {
      if (!(await this.gen.throw(value)).done) throw new RuntimeError("generator didn't stop after throw()");
      return true;
    } catch (e) {
      if (e === value) return false;
      throw e;
    }
  }
}

function named(f, source) {
  f.__name__ = source.__name__ ?? source.name;
  f.__wrapped__ = source;
  return f;
}

export function contextmanager(genfn) {
  return named((...args) => new GeneratorContextManager(genfn(...args)), genfn);
}

export function asynccontextmanager(genfn) {
  return named((...args) => new AsyncGeneratorContextManager(genfn(...args)), genfn);
}

class Suppress {
  constructor(excs) { this.excs = Tuple.from(excs); }
  __enter__() { return null; }
  __exit__(type, value) { return type !== null && type !== undefined && isinstance(value, this.excs); }
}

export function suppress(...excs) { return new Suppress(excs); }

class NullContext {
  constructor(value) { this.value = value; }
  __enter__() { return this.value; }
  __exit__() { return false; }
  async __aenter__() { return this.value; }
  async __aexit__() { return false; }
}

export function nullcontext(value = null) { return new NullContext(value); }

class Closing {
  constructor(thing) { this.thing = thing; }
  __enter__() { return this.thing; }
  __exit__() { this.thing.close(); return false; }
}

export function closing(thing) { return new Closing(thing); }

// ---- ExitStack / AsyncExitStack (CPython's contextlib._BaseExitStack) ----------------

function protocolError(cm, what) {
  const cls = type(cm);
  const module = typeof cm === "object" && cm !== null && cls.__module__ ? cls.__module__ : "builtins";
  return new PyTypeError(`'${module}.${type_name(cm)}' object does not support the ${what} protocol`);
}

// An exit callback: `exit`'s `__exit__` / `__aexit__` (`method`) bound, else `exit` itself.
function exitCallback(exit, method) {
  const m = exit !== null && typeof exit === "object" ? exit[method] : undefined;
  return typeof m === "function" ? (t, v, tb) => m.call(exit, t, v, tb) : (t, v, tb) => pycall(exit, t, v, tb);
}

// The bound `enter` and `exit` methods of context manager `cm` (`what` names the protocol
// in the TypeError when it lacks one).
function managerMethods(cm, enter, exit, what) {
  const e = cm !== null && typeof cm === "object" ? cm[enter] : undefined;
  const x = cm !== null && typeof cm === "object" ? cm[exit] : undefined;
  if (typeof e !== "function" || typeof x !== "function") throw protocolError(cm, what);
  return [() => e.call(cm), (t, v, tb) => x.call(cm, t, v, tb)];
}

// The state of unwinding an exit stack (CPython's _BaseExitStack.__exit__ loop): the
// exception in flight, and whether the last callback raised or suppressed it. The sync
// and async stacks feed it each callback's result or error.
class Unwinding {
  constructor(t, v) {
    this.received = t !== null && t !== undefined;
    this.pending = this.received ? v : null;
    this.raised = false;
    this.suppressed = false;
  }
  args() { return [this.pending === null ? null : type(this.pending), this.pending, null]; }
  returned(r) {
    if ($truthy(r)) {
      this.suppressed = true;
      this.raised = false;
      this.pending = null;
    }
  }
  threw(e) {
    this.pending = chained($exc(e), this.pending);
    this.raised = true;
    this.suppressed = false;
  }
  // __exit__'s result, or the exception the callbacks left in flight.
  result() {
    if (this.raised) throw this.pending;
    return this.received && this.suppressed;
  }
}

class BaseExitStack extends PyObject {
  __init__() { this.$cbs = []; return null; }
  pop_all() {
    const stack = new this.constructor();
    stack.$cbs = this.$cbs;
    this.$cbs = [];
    return stack;
  }
  push(exit) {
    this.$cbs.push([false, exitCallback(exit, "__exit__")]);
    return exit;
  }
  callback(fn, ...args) {
    const kw = pop_kw(args);
    this.$cbs.push([false, () => { pycallkw(fn, args, kw); return false; }]);
    return fn;
  }
  enter_context(cm) {
    const [enter, exit] = managerMethods(cm, "__enter__", "__exit__", "context manager");
    const result = enter();
    this.$cbs.push([false, exit]);
    return result === undefined ? null : result;
  }
}

// The exception raised by an exit callback gets the one it replaced as __context__.
function chained(err, pending) {
  if (pending !== null && err !== pending && (err.__context__ === null || err.__context__ === undefined)) {
    err.__context__ = pending;
  }
  return err;
}

export class ExitStack extends BaseExitStack {
  __enter__() { return this; }
  close() { this.__exit__(null, null, null); return null; }
  __exit__(t, v) {
    const u = new Unwinding(t, v);
    while (this.$cbs.length) {
      const [, cb] = this.$cbs.pop();
      try {
        u.returned(cb(...u.args()));
      } catch (e) {
        u.threw(e);
      }
    }
    return u.result();
  }
}

export class AsyncExitStack extends BaseExitStack {
  async __aenter__() { return this; }
  async enter_async_context(cm) {
    const [enter, exit] = managerMethods(cm, "__aenter__", "__aexit__", "asynchronous context manager");
    const result = await enter();
    this.$cbs.push([true, exit]);
    return result === undefined ? null : result;
  }
  push_async_exit(exit) {
    this.$cbs.push([true, exitCallback(exit, "__aexit__")]);
    return exit;
  }
  push_async_callback(fn, ...args) {
    const kw = pop_kw(args);
    this.$cbs.push([true, async () => { await pycallkw(fn, args, kw); return false; }]);
    return fn;
  }
  async aclose() { await this.__aexit__(null, null, null); return null; }
  async __aexit__(t, v) {
    const u = new Unwinding(t, v);
    while (this.$cbs.length) {
      const [isAsync, cb] = this.$cbs.pop();
      try {
        const r = cb(...u.args());
        u.returned(isAsync ? await r : r);
      } catch (e) {
        u.threw(e);
      }
    }
    return u.result();
  }
}
