// Calls whose callee the compiler cannot see: a function, a class, or an object with
// __call__. Plain functions take the fast path; classes and callable objects go through
// the runtime's $call.
import { $call, is_class } from "../builtins/call.js";

export function $callv(f, ...args) {
  if (typeof f !== "function" || is_class(f)) return $call(f, args, null);
  const p = f.$p;
  // A wrong argument count raises CPython's TypeError ($call checks it).
  if (p !== undefined && (args.length < p.nreq || (args.length > p.names.length && !p.va))) {
    return $call(f, args, null);
  }
  return f(...args);
}
