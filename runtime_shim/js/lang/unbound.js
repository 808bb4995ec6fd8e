// Unbound names. A variable the compiler cannot prove bound holds `$U` while it is
// unbound (before its first assignment, after `del`, after an `except ... as e` block);
// each read the compiler cannot prove bound goes through one of these checks.
import { NameError, UnboundLocalError } from "../builtins/exceptions.js";

export const $U = Symbol("unbound");

// A local of the reading function.
export function $chkl(v, name) {
  if (v === $U) throw new UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
  return v;
}

// A module-level (global) name.
export function $chkg(v, name) {
  if (v === $U) throw new NameError(`name '${name}' is not defined`);
  return v;
}

// A local of an enclosing function, read from a nested one.
export function $chkf(v, name) {
  if (v === $U) throw new NameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  return v;
}
