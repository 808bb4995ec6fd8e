// f"{value}": format(value, "") without the format-spec machinery (format.js), so a
// bundle whose f-strings have no specs carries none of it. Same result as $fstr(value,
// "", ""): str(value), except for an object with its own __format__.
import { PyTypeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { $str } from "./repr.js";

export function $fstr0(value) {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && typeof value.__format__ === "function") {
    const r = value.__format__("");
    if (typeof r !== "string") throw new PyTypeError(`__format__ must return a str, not ${type_name(r)}`);
    return r;
  }
  return $str(value);
}
