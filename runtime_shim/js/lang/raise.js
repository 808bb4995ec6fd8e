// `raise X` where X is not statically an exception class or instance.
import { BaseException, PyTypeError } from "../builtins/exceptions.js";

export function $exc_instance(x) {
  if (x instanceof BaseException) return x;
  if (typeof x === "function" && x.prototype instanceof BaseException) return new x();
  return new PyTypeError("exceptions must derive from BaseException");
}
