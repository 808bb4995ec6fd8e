// Values the compiler knows are floats *if* they are numbers (e.g. the result of `/`
// on operands of unknown type): numbers print in CPython's float form, anything else
// as usual.
import { float_repr, $str, repr } from "../builtins/repr.js";
import { $fstr, $fstr_float } from "../builtins/format.js";

export function $str_float(x) {
  return typeof x === "number" ? float_repr(x) : $str(x);
}

export function $repr_float(x) {
  return typeof x === "number" ? float_repr(x) : repr(x);
}

export function $fstr_maybe_float(x, spec, conv) {
  return typeof x === "number" && !conv ? $fstr_float(x, spec, conv) : $fstr(x, spec, conv);
}
