// Methods of Python generators and numbers that JS generators/numbers do not have.
import { StopIteration, StopAsyncIteration, PyTypeError, ValueError, OverflowError } from "../builtins/exceptions.js";
import { $callm } from "../builtins/call.js";
import { Tuple } from "../builtins/tuple.js";
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
  const boxed = x instanceof Float;
  if (typeof x !== "number" && typeof x !== "boolean" && !boxed) return $callm(x, name, args, null);
  const n = +x;
  if (boxed || !Number.isInteger(n)) {
    // float methods
    switch (name) {
      case "is_integer": return Number.isInteger(n);
      case "conjugate": return x;
      case "as_integer_ratio": {
        if (n !== n) throw new ValueError("cannot convert NaN to integer ratio");
        if (!Number.isFinite(n)) throw new OverflowError("cannot convert Infinity to integer ratio");
        if (Number.isInteger(n)) return Tuple.of(n + 0, 1);
        let d = 1, v = n;
        while (!Number.isInteger(v)) { v *= 2; d *= 2; }
        return Tuple.of(v, d);
      }
    }
    throw new PyTypeError(`'float' object has no attribute '${name}'`);
  }
  switch (name) {
    case "bit_length": { let v = Math.abs(Math.trunc(n)); let bits = 0; while (v >= 1) { v = Math.floor(v / 2); bits++; } return bits; }
    case "bit_count": { let v = Math.abs(Math.trunc(n)); let c = 0; while (v >= 1) { c += v % 2; v = Math.floor(v / 2); } return c; }
    case "is_integer": return Number.isInteger(n);
    case "conjugate": return x;
    case "as_integer_ratio": {
      if (Number.isInteger(n)) return Tuple.of(n, 1);
      let d = 1, v = n;
      while (!Number.isInteger(v)) { v *= 2; d *= 2; }
      return Tuple.of(v, d);
    }
  }
  throw new PyTypeError(`'${typeof x === "boolean" ? "bool" : Number.isInteger(n) ? "int" : "float"}' object has no attribute '${name}'`);
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
