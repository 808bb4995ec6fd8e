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

// typing's decorators that return their argument unchanged at run time.
const IDENTITY_DECORATORS = new Set(["final", "no_type_check", "type_check_only"]);
const identity = (f) => f;
const OVERLOADED =
  "You should not call an overloaded function. A series of @typing.overload-decorated " +
  "functions outside a stub module should always be followed by an implementation " +
  "that is not @overload-ed.";
const overload = () => () => {
  throw new NotImplementedError(OVERLOADED);
};

export function $typing(name) {
  if (IDENTITY_DECORATORS.has(name)) return identity;
  if (name === "overload") return overload;
  let alias = aliases.get(name);
  if (alias === undefined) aliases.set(name, (alias = new TypingAlias(name)));
  return alias;
}
