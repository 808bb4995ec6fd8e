// Headers: a case-insensitive Python mapping over a native `Headers`.

import { PyObject } from "../builtins/object.js";
import { Tuple } from "../builtins/tuple.js";
import { KeyError, TypeError } from "../builtins/exceptions.js";
import { NATIVE, is_none, mapping_entries, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";
import { $isnumber } from "../builtins/floatbox.js";
import { $unsub } from "../builtins/unsub.js";

function headerValue(v) {
  v = $unsub(v); // an instance of a str/int subclass
  if (typeof v === "string") return v;
  if ($isnumber(v)) return String(v);
  throw new TypeError(`header values must be str, not ${type_name(v)}`);
}

// Python headers argument (Headers, dict, list of pairs, None) -> native HeadersInit.
export function headers_init(h) {
  if (is_none(h)) return undefined;
  // A Python Headers (tested by its native `$h`, so this function does not keep the
  // Headers class in bundles that never use it).
  if (h.$h instanceof globalThis.Headers) return h.$h;
  if (h instanceof globalThis.Headers) return h;
  const pairs = [];
  if (Array.isArray(h)) {
    for (const pair of h) {
      if (!Array.isArray(pair) || pair.length !== 2) {
        throw new TypeError("headers must be a dict, a Headers or a list of (name, value) pairs");
      }
      pairs.push([String(pair[0]), headerValue(pair[1])]);
    }
    return pairs;
  }
  if (typeof h === "object") {
    for (const [k, v] of mapping_entries(h)) pairs.push([String(k), headerValue(v)]);
    return pairs;
  }
  throw new TypeError(`headers must be a dict, a Headers or a list of pairs, not ${type_name(h)}`);
}

export const Headers = /* @__PURE__ */ sigs(
  "Headers",
  class Headers extends PyObject {
    __init__(init = null, native = undefined) {
      this.$h = init === NATIVE ? native : new globalThis.Headers(headers_init(init));
    }

    static $wrap(native) {
      return new Headers(NATIVE, native);
    }

    get(name, default_ = null) {
      const v = this.$h.get(name);
      return v === null ? default_ : v;
    }

    // All values of a header, e.g. every Set-Cookie line.
    get_all(name) {
      const lower = String(name).toLowerCase();
      if (lower === "set-cookie" && typeof this.$h.getSetCookie === "function") {
        return this.$h.getSetCookie();
      }
      const v = this.$h.get(name);
      return v === null ? [] : v.split(", ");
    }

    set(name, value) {
      this.$h.set(name, headerValue(value));
      return null;
    }

    append(name, value) {
      this.$h.append(name, headerValue(value));
      return null;
    }

    __getitem__(name) {
      const v = this.$h.get(name);
      if (v === null) throw new KeyError(name);
      return v;
    }

    __setitem__(name, value) {
      this.$h.set(name, headerValue(value));
      return null;
    }

    __delitem__(name) {
      if (!this.$h.has(name)) throw new KeyError(name);
      this.$h.delete(name);
      return null;
    }

    __contains__(name) {
      return typeof name === "string" && this.$h.has(name);
    }

    __len__() {
      let n = 0;
      for (const _ of this.$h.keys()) n++;
      return n;
    }

    __iter__() {
      return this.$h.keys();
    }

    [Symbol.iterator]() {
      return this.$h.keys();
    }

    keys() {
      return Array.from(this.$h.keys());
    }

    values() {
      return Array.from(this.$h.values());
    }

    items() {
      return Array.from(this.$h.entries(), ([k, v]) => Tuple.from([k, v]));
    }

    __repr__() {
      const parts = Array.from(this.$h.entries(), ([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      return `Headers({${parts.join(", ")}})`;
    }
  },
  {
    __init__: ["init="],
    get: ["name", "default="],
    get_all: ["name"],
    set: ["name", "value"],
    append: ["name", "value"],
    keys: [],
    values: [],
    items: [],
  },
);
