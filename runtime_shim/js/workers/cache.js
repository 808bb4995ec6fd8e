// The Cache API (API.md "Cache API"): `from cloudflare_workers import caches`;
// `caches.default`, `await caches.open(name)`; `await cache.match(request)` -> Response or
// None, `await cache.put(request, response)`, `await cache.delete(request)` -> bool. A
// request is a Request or a URL string.

import { PyObject } from "../builtins/object.js";
import { TypeError } from "../builtins/exceptions.js";
import { Response, native_request, to_native_response } from "./http.js";
import { NATIVE, native_only, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";

function cacheKey(request) {
  return native_request(request, null, null, null, null);
}

export const Cache = /* @__PURE__ */ sigs(
  "Cache",
  class Cache extends PyObject {
    __init__(token, native) {
      native_only(token, "Cache", "come from caches.default or caches.open(name)");
      this.$c = native;
    }

    // The cached response for `request`, or None.
    async match(request) {
      const res = await this.$c.match(cacheKey(request));
      return res === undefined || res === null ? null : Response.$wrap(res);
    }

    // Store `response` for `request` (GET requests; the response's Cache-Control decides
    // how long). The response's body is read: put a copy if it is also returned.
    async put(request, response) {
      await this.$c.put(cacheKey(request), to_native_response(response, "cache.put() response"));
      return null;
    }

    // Whether a cached response for `request` was removed.
    async delete(request) {
      return await this.$c.delete(cacheKey(request));
    }

    __repr__() {
      return "<Cache>";
    }
  },
  { match: ["request"], put: ["request", "response"], delete: ["request"] },
);

export const CacheStorage = /* @__PURE__ */ sigs(
  "CacheStorage",
  class CacheStorage extends PyObject {
    __init__(token) {
      if (token !== NATIVE) throw new TypeError("use `caches` from cloudflare_workers");
    }

    // The zone's default cache.
    get default() {
      if (this.$default === undefined) this.$default = new Cache(NATIVE, globalThis.caches.default);
      return this.$default;
    }

    async open(cache_name) {
      if (typeof cache_name !== "string") throw new TypeError(`cache name must be str, not ${type_name(cache_name)}`);
      return new Cache(NATIVE, await globalThis.caches.open(cache_name));
    }

    __repr__() {
      return "<CacheStorage>";
    }
  },
  { open: ["cache_name"] },
);

export const caches = /* @__PURE__ */ new CacheStorage(NATIVE);
