// contextlib: contextmanager, asynccontextmanager, suppress, nullcontext, closing,
// ExitStack, AsyncExitStack.
import { RuntimeError, PyTypeError, $exc } from "../builtins/exceptions.js";
import { isinstance, type } from "../builtins/types.js";
import { Tuple } from "../builtins/tuple.js";
import { PyObject, type_name } from "../builtins/object.js";
import { $truthy } from "../builtins/truthy.js";
import { popKw, pycall, pycallkw } from "./_util.js";

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

class BaseExitStack extends PyObject {
  __init__() { this.$cbs = []; return null; }
  pop_all() {
    const stack = new this.constructor();
    stack.$cbs = this.$cbs;
    this.$cbs = [];
    return stack;
  }
  push(exit) {
    const method = exit !== null && typeof exit === "object" ? exit.__exit__ : undefined;
    this.$cbs.push([false, typeof method === "function" ? (t, v, tb) => method.call(exit, t, v, tb) : (t, v, tb) => pycall(exit, t, v, tb)]);
    return exit;
  }
  callback(fn, ...args) {
    const kw = popKw(args);
    this.$cbs.push([false, () => { pycallkw(fn, args, kw); return false; }]);
    return fn;
  }
  enter_context(cm) {
    const enter = cm !== null && typeof cm === "object" ? cm.__enter__ : undefined;
    const exit = cm !== null && typeof cm === "object" ? cm.__exit__ : undefined;
    if (typeof enter !== "function" || typeof exit !== "function") throw protocolError(cm, "context manager");
    const result = enter.call(cm);
    this.$cbs.push([false, (t, v, tb) => exit.call(cm, t, v, tb)]);
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
    const received = t !== null && t !== undefined;
    let pending = received ? v : null, raised = false, suppressed = false;
    while (this.$cbs.length) {
      const [, cb] = this.$cbs.pop();
      try {
        if ($truthy(cb(pending === null ? null : type(pending), pending, null))) {
          suppressed = true;
          raised = false;
          pending = null;
        }
      } catch (e) {
        pending = chained($exc(e), pending);
        raised = true;
        suppressed = false;
      }
    }
    if (raised) throw pending;
    return received && suppressed;
  }
}

export class AsyncExitStack extends BaseExitStack {
  async __aenter__() { return this; }
  async enter_async_context(cm) {
    const enter = cm !== null && typeof cm === "object" ? cm.__aenter__ : undefined;
    const exit = cm !== null && typeof cm === "object" ? cm.__aexit__ : undefined;
    if (typeof enter !== "function" || typeof exit !== "function") throw protocolError(cm, "asynchronous context manager");
    const result = await enter.call(cm);
    this.$cbs.push([true, (t, v, tb) => exit.call(cm, t, v, tb)]);
    return result === undefined ? null : result;
  }
  push_async_exit(exit) {
    const method = exit !== null && typeof exit === "object" ? exit.__aexit__ : undefined;
    this.$cbs.push([true, typeof method === "function" ? (t, v, tb) => method.call(exit, t, v, tb) : (t, v, tb) => pycall(exit, t, v, tb)]);
    return exit;
  }
  push_async_callback(fn, ...args) {
    const kw = popKw(args);
    this.$cbs.push([true, async () => { await pycallkw(fn, args, kw); return false; }]);
    return fn;
  }
  async aclose() { await this.__aexit__(null, null, null); return null; }
  async __aexit__(t, v) {
    const received = t !== null && t !== undefined;
    let pending = received ? v : null, raised = false, suppressed = false;
    while (this.$cbs.length) {
      const [isAsync, cb] = this.$cbs.pop();
      try {
        let r = cb(pending === null ? null : type(pending), pending, null);
        if (isAsync) r = await r;
        if ($truthy(r)) {
          suppressed = true;
          raised = false;
          pending = null;
        }
      } catch (e) {
        pending = chained($exc(e), pending);
        raised = true;
        suppressed = false;
      }
    }
    if (raised) throw pending;
    return received && suppressed;
  }
}
