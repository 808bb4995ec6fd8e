// Attributes of values that are JS primitives or plain arrays (str, int, float, bool,
// list). Their methods cannot live on prototypes, so `getattr` finds them here, bound to
// the value (`getattr("abc", "upper")`, `lines.pop` as a value, `(3).real`).
import * as S from "./str_methods.js";
import * as L from "./list_methods.js";
import { str_format, str_format_map } from "./str_format.js";
import { Tuple } from "./tuple.js";
import { num_attr } from "./intmethods.js";
import { $isnumber } from "./floatbox.js";

export const STR_NAMES = new Set((
  "split rsplit join strip lstrip rstrip replace find rfind index rindex count startswith " +
  "endswith upper lower title capitalize swapcase casefold center ljust rjust zfill partition " +
  "rpartition splitlines expandtabs removeprefix removesuffix isdigit isalpha isalnum isspace " +
  "isupper islower isnumeric isdecimal isidentifier istitle isascii isprintable format " +
  "format_map encode translate maketrans"
).split(" "));
export const LIST_NAMES = new Set("append extend insert remove pop clear index count sort reverse copy".split(" "));

// A builtin method bound to its value (also typedunders.js's bound dunders).
export function bound_builtin(fn, self, name) {
  const b = (...a) => fn(self, ...a);
  b.__self__ = self;
  b.__name__ = name;
  b.$builtin = true;
  return b;
}

// str.format reads fields with getattr, which is what calls prim_attr: the caller passes it.
function strFormat(name, getattr) {
  const f = name === "format" ? str_format : str_format_map;
  return (r, ...a) => f(getattr, r, a);
}

// The attribute, or undefined when the value has none by that name. `getattr` is the
// caller's (builtins.js), for the fields of str.format.
export function prim_attr(o, name, getattr) {
  if (typeof o === "string") {
    if (!STR_NAMES.has(name)) return undefined;
    const fn = name === "format" || name === "format_map" ? strFormat(name, getattr) : S[`$m_${name}`] || L[`$m_${name}`];
    return bound_builtin(fn, o, name);
  }
  if ($isnumber(o)) return num_attr(o, name);
  if (Array.isArray(o) && !(o instanceof Tuple) && LIST_NAMES.has(name)) {
    return bound_builtin(L[`$m_${name}`], o, name);
  }
  return undefined;
}
