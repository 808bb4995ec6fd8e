// type(None). Its own module, so that builtins/union.js (`int | None`, below types.js in
// the import graph) can name it.
import { $mktype } from "./object.js";

export const NoneType = /* @__PURE__ */ $mktype("NoneType", function NoneType() {
  return null;
}, (x) => x === null || x === undefined, null);
