// Shared fallback for $m_<name> helpers when the receiver is not a str / list.
import { AttributeError, PyTypeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { KW } from "./kw.js";
import { $callm } from "./call.js";

export function $method_fallback(recv, name, args) {
  if (recv !== null && typeof recv === "object" && recv[name] === undefined && typeof recv.__getattr__ === "function") {
    return $callm(recv, name, args.length && args[args.length - 1] instanceof KW ? args.slice(0, -1) : args,
      args.length && args[args.length - 1] instanceof KW ? args[args.length - 1].o : null);
  }
  if (recv === null || recv === undefined || (typeof recv !== "object" && typeof recv !== "function") ||
      recv[name] === undefined) {
    throw new AttributeError(`'${type_name(recv)}' object has no attribute '${name}'`);
  }
  if (args.length && args[args.length - 1] instanceof KW) {
    const kw = args.pop();
    return $callm(recv, name, args, kw.o);
  }
  return recv[name](...args);
}

// Place a trailing KW into positional slots: $place(args, ["sep", "maxsplit"], "split").
export function $place(args, names, fname) {
  if (!(args.length && args[args.length - 1] instanceof KW)) return args;
  const o = args.pop().o;
  for (const k of Object.keys(o)) {
    const i = names.indexOf(k);
    if (i < 0) {
      throw new PyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
    if (i < args.length && args[i] !== undefined) {
      throw new PyTypeError(`${fname}() got multiple values for argument '${k}'`);
    }
    while (args.length < i) args.push(undefined);
    args[i] = o[k];
  }
  return args;
}
