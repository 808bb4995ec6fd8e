import { NameError } from "../builtins/exceptions.js";

// `raise X` inside an `except` block: the handled exception becomes X.__context__.
export function $raise_ctx(e, handled) {
  if (e !== handled && (e.__context__ === null || e.__context__ === undefined)) e.__context__ = handled;
  return e;
}

// A name that is bound nowhere: evaluating it raises NameError, as in Python.
export function $name_error(name) {
  throw new NameError(`name '${name}' is not defined`);
}
