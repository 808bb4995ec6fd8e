// contextlib: contextmanager, asynccontextmanager, suppress, nullcontext, closing.
import { RuntimeError } from "../builtins/exceptions.js";
import { isinstance } from "../builtins/types.js";
import { Tuple } from "../builtins/tuple.js";

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
