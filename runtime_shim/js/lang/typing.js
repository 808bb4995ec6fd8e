// typing constructs that a program evaluates at run time (aliases like Dict[str, Any],
// Optional[int] in a default, isinstance-free uses): opaque, subscriptable, printable.
const aliases = new Map();

class TypingAlias {
  constructor(name) { this.name = name; }
  __getitem__() { return this; }
  __repr__() { return `typing.${this.name}`; }
  __call__(...args) { return args.length ? args[args.length - 1] : null; }
}

export function $typing(name) {
  let alias = aliases.get(name);
  if (alias === undefined) aliases.set(name, (alias = new TypingAlias(name)));
  return alias;
}
