// `int | str`, `int | None`: Python's types.UnionType, made by `|` between classes (and
// None), accepted by isinstance/issubclass (builtins/types.js reads its `__args__`).
import { Tuple } from "./tuple.js";
import { is_class } from "./call.js";
import { NoneType } from "./nonetype.js";
import { $repr } from "./repr.js";
import { hash } from "./hashing.js";
import { NotImplemented } from "./equality.js";

export class UnionType {
  constructor(args) { this.__args__ = args; }
  static get $pyname() { return "UnionType"; }
  static get __module__() { return "types"; }
  __repr__() {
    return this.__args__.map((a) => (a === NoneType ? "None" : typeRepr(a))).join(" | ");
  }
  __eq__(other) {
    if (!(other instanceof UnionType)) return false;
    const mine = new Set(this.__args__);
    return other.__args__.length === mine.size && other.__args__.every((a) => mine.has(a));
  }
  __ne__(other) { return !this.__eq__(other); }
  __hash__() {
    let h = 0;
    for (const a of this.__args__) h ^= hash(a);
    return h;
  }
  __or__(other) { return $typeunion(this, other) ?? NotImplemented; }
  __ror__(other) { return $typeunion(other, this) ?? NotImplemented; }
}

// A type's name as a union shows it: `int`, `__main__.C` (its repr without `<class '...'>`).
function typeRepr(C) {
  const r = $repr(C);
  const m = /^<class '(.*)'>$/.exec(r);
  return m === null ? r : m[1];
}

function isTypeOperand(x) {
  return x === null || x instanceof UnionType || (typeof x === "function" && (x.$isType === true || is_class(x)));
}

function members(x) {
  if (x === null) return [NoneType];
  if (x instanceof UnionType) return x.__args__;
  return [x];
}

// `a | b` when both are types, None or unions (and not both None): the union, else
// undefined (the operator then tries the operands' own __or__/__ror__).
export function $typeunion(a, b) {
  if (!isTypeOperand(a) || !isTypeOperand(b) || (a === null && b === null)) return undefined;
  const args = [];
  for (const m of [...members(a), ...members(b)]) if (!args.includes(m)) args.push(m);
  if (args.length === 1) return args[0];
  return new UnionType(Tuple.from(args));
}
