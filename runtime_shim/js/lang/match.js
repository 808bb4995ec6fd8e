// Structural pattern matching (`match`): the tests Python's rules need.
import { Dict } from "../builtins/dict.js";
import { Tuple } from "../builtins/tuple.js";
import { PyTypeError } from "../builtins/exceptions.js";
import { js_key } from "../builtins/attrkey.js";

function isSequence(x) {
  // str, bytes and mappings are never sequence-pattern subjects.
  if (Array.isArray(x)) return true; // list and Tuple
  return x !== null && typeof x === "object" && typeof x.__getitem__ === "function" &&
    typeof x.__len__ === "function" && !(x instanceof Dict) && typeof x.keys !== "function";
}

function lengthOf(x) {
  return Array.isArray(x) ? x.length : x.__len__();
}

// [a, b] / [a, *rest, b]: a sequence with exactly n (or, with a star, at least n) items.
export function $match_seq(x, n, star) {
  if (!isSequence(x)) return false;
  const len = lengthOf(x);
  return star ? len >= n : len === n;
}

// {"k": p, ...}: a mapping that has every key.
export function $match_map(x, keys) {
  if (x instanceof Dict) return keys.every((k) => x.$has(k));
  if (x !== null && typeof x === "object" && typeof x.keys === "function" && typeof x.__contains__ === "function") {
    return keys.every((k) => x.__contains__(k));
  }
  return false;
}

// {**rest}: the remaining items as a new dict.
export function $match_rest(x, keys) {
  const rest = new Dict();
  const used = new Dict();
  for (const k of keys) used.$set(k, true);
  for (const [k, v] of x.$entries()) if (!used.$has(k)) rest.$set(k, v);
  return rest;
}

// Cls(p0, p1): positional sub-patterns read attributes named by __match_args__; builtin
// types such as str(x) / int(x) match the subject itself.
export function $match_pos(x, cls, i, n) {
  if (cls.$isType) {
    if (n > 1) throw new PyTypeError(`${cls.__name__}() accepts 1 positional sub-pattern (${n} given)`);
    return x;
  }
  const names = cls.__match_args__;
  if (!names || i >= names.length) {
    throw new PyTypeError(`${cls.name}() accepts ${names ? names.length : 0} positional sub-pattern${names && names.length === 1 ? "" : "s"} (${n} given)`);
  }
  return x[names instanceof Tuple || Array.isArray(names) ? names[i] : i];
}

// Cls(attr=p): the attribute, or undefined when missing (the case does not match).
export function $match_attr(x, name) {
  return x === null || x === undefined ? undefined : x[js_key(name)];
}
