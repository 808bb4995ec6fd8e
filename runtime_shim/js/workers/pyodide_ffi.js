// `pyodide.ffi` for code written for Cloudflare's Python Workers: cfpy values already are
// JS values where that matters (str, numbers, lists are JS strings, numbers, arrays), so
// `to_js` converts only dicts (to plain objects, like Pyodide's dict_converter=Object.fromEntries)
// and `create_proxy` returns the function itself.

import { $sig } from "../builtins/call.js";
import { to_js_value } from "../stdlib/json.js";

// Pyodide's keyword options (depth, dict_converter, ...) are accepted and not needed.
export const to_js = /* @__PURE__ */ $sig((value) => to_js_value(value), ["value"], { nreq: 1, vk: true, qn: "to_js" });

export const create_proxy = /* @__PURE__ */ $sig((value) => value, ["value"], { nreq: 1, vk: true, qn: "create_proxy" });
