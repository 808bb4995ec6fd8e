// typing constructs that a program evaluates at run time (aliases like Dict[str, Any],
// Optional[int] in a default, isinstance-free uses): opaque, subscriptable, printable.
import { NotImplementedError } from "../builtins/exceptions.js";

const aliases = new Map();

class TypingAlias {
  constructor(name) { this.name = name; }
  __getitem__() { return this; }
  __repr__() { return `typing.${this.name}`; }
  __call__(...args) { return args.length ? args[args.length - 1] : null; }
}

// typing's functions, reached through names.TYPING_FUNCTIONS (the compiler's table):
// the decorators that return their argument unchanged at run time, and overload.
export function typing_identity(f) {
  return f;
}
const OVERLOADED =
  "You should not call an overloaded function. A series of @typing.overload-decorated " +
  "functions outside a stub module should always be followed by an implementation " +
  "that is not @overload-ed.";
export function typing_overload() {
  return () => {
    throw new NotImplementedError(OVERLOADED);
  };
}

export function $typing(name) {
  let alias = aliases.get(name);
  if (alias === undefined) aliases.set(name, (alias = new TypingAlias(name)));
  return alias;
}
