// Methods of Python generators and numbers that JS generators/numbers do not have.
import {
  StopIteration, StopAsyncIteration, PyTypeError, RuntimeError, GeneratorExit,
} from "../builtins/exceptions.js";
import { Coro, $awaitg } from "../stdlib/_coro.js";
import { $callm } from "../builtins/call.js";
import { KW } from "../builtins/kw.js";
import { num_method } from "../builtins/intmethods.js";
import { Float } from "../builtins/floatbox.js";

function isJsGenerator(g) {
  return g !== null && typeof g === "object" && typeof g.next === "function" &&
    typeof g.throw === "function" && typeof g.return === "function";
}

// gen.send(value) / gen.throw(exc) / gen.close()
export function $gen(g, name, ...args) {
  if (g instanceof Coro) return coroMethod(g, name, args);
  if (!isJsGenerator(g) || typeof g[name] === "function" && name !== "throw") {
    return $callm(g, name, args, null);
  }
  let r;
  if (name === "send") r = g.next(args[0]);
  else if (name === "throw") r = g.throw(args[0]);
  else if (name === "close") { g.return(null); return null; }
  else return $callm(g, name, args, null);
  if (r.done) throw new StopIteration(r.value === undefined ? null : r.value);
  return r.value;
}

// int/float methods: x.bit_length(), x.is_integer(), ...
export function $num(x, name, ...args) {
  if (typeof x !== "number" && typeof x !== "boolean" && typeof x !== "bigint" && !(x instanceof Float)) {
    const kw = args.length && args[args.length - 1] instanceof KW ? args.pop().o : null;
    return $callm(x, name, args, kw);
  }
  return num_method(x, name, args);
}

// `async for x in it`: JS async iterables as they are; Python objects through
// __aiter__/__anext__ (StopAsyncIteration ends the loop); sync iterables also work.
export function $aiter(it) {
  if (it !== null && it !== undefined && (typeof it[Symbol.asyncIterator] === "function" || typeof it[Symbol.iterator] === "function") && typeof it.__aiter__ !== "function") {
    return it;
  }
  if (it === null || it === undefined || typeof it.__aiter__ !== "function") {
    throw new PyTypeError(`'async for' requires an object with __aiter__ method, got ${it === null || it === undefined ? "NoneType" : typeof it}`);
  }
  const iterator = it.__aiter__();
  return {
    [Symbol.asyncIterator]() {
      return {
        async next() {
          try {
            return { value: await iterator.__anext__(), done: false };
          } catch (e) {
            if (e instanceof StopAsyncIteration) return { value: undefined, done: true };
            throw e;
          }
        },
      };
    },
  };
}

// coro.send(value) / coro.throw(exc) / coro.close(): one step of a coroutine's body (a
// generator, stdlib/_coro.js), as in CPython.
function coroMethod(c, name, args) {
  if (name === "send") return coroStep(c, "next", args[0]);
  if (name === "close") return coroClose(c);
  const [typ, val] = args;
  let exc = typ;
  if (typeof typ === "function") exc = val === undefined || val === null ? new typ() : new typ(val);
  if (c.$g === null && c.$fn !== null) {
    // never started: the exception is raised at the start of the body, which never runs
    c.$fn = null;
    c.$done = true;
    throw exc;
  }
  return coroStep(c, "throw", exc);
}

function coroStep(c, method, arg) {
  if (c.$done || c.$awaited) throw new RuntimeError("cannot reuse already awaited coroutine");
  if (method === "next" && c.$g === null && arg !== null && arg !== undefined) {
    throw new PyTypeError("can't send non-None value to a just-started coroutine");
  }
  const g = c.$gen();
  let r;
  try {
    r = g[method](arg);
  } catch (e) {
    c.$done = true;
    throw e;
  }
  if (r.done) {
    c.$done = true;
    throw new StopIteration(r.value === undefined ? null : r.value);
  }
  return r.value;
}

function coroClose(c) {
  if (c.$done || c.$awaited) return null;
  if (c.$g === null) {
    c.$fn = null;
    c.$done = true;
    return null;
  }
  let r;
  try {
    r = c.$g.throw(new GeneratorExit());
  } catch (e) {
    c.$done = true;
    if (e instanceof GeneratorExit || e instanceof StopIteration) return null;
    throw e;
  }
  if (r.done) {
    c.$done = true;
    return null;
  }
  throw new RuntimeError("coroutine ignored GeneratorExit");
}

// `async for` in a coroutine body (compiler support):
//     for (let $ai = $aiterg(x), $r; !($r = yield* $anextg($ai)).done; ) { target = $r.value; ... }
export function $aiterg(it) {
  if (it !== null && it !== undefined && typeof it.__aiter__ === "function") return { py: it.__aiter__(), js: null };
  const a = $aiter(it); // a JS async iterable or a sync iterable, else TypeError
  return { py: null, js: typeof a[Symbol.asyncIterator] === "function" ? a[Symbol.asyncIterator]() : a[Symbol.iterator]() };
}

export function* $anextg(s) {
  if (s.py !== null) {
    try {
      return { done: false, value: yield* $awaitg(s.py.__anext__()) };
    } catch (e) {
      if (e instanceof StopAsyncIteration) return { done: true, value: undefined };
      throw e;
    }
  }
  const r = s.js.next();
  return r !== null && typeof r.then === "function" ? yield r : r;
}
