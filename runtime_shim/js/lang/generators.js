// Methods of Python generators and numbers that JS generators/numbers do not have.
import { StopIteration, StopAsyncIteration, PyTypeError } from "../builtins/exceptions.js";
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
