// Service bindings and static assets (API.md "Service bindings and static assets"):
// `env.get_fetcher(name)` (or `env.NAME`) -> Fetcher, `await fetcher.fetch(request_or_url,
// method=..., headers=..., body=...)` as DurableObjectStub.fetch, and RPC to the methods
// of the service's entrypoint (`await env.AUTH.check(token)`, rpc.js).

import { PyObject } from "../builtins/object.js";
import { TypeError } from "../builtins/exceptions.js";
import { Response, native_request } from "./http.js";
import { with_remote_methods } from "./rpc.js";
import { NATIVE, native_only, sigs } from "./util.js";

// A path-only URL ("/index.html") is resolved against this origin: the service (or the
// assets) sees the path.
const FETCHER_BASE = "https://service.internal/";

export const Fetcher = /* @__PURE__ */ sigs(
  "Fetcher",
  class Fetcher extends PyObject {
    __init__(token, native) {
      native_only(token, "Fetcher", "come from env.get_fetcher(name)");
      this.$f = native;
    }

    async fetch(request, method = null, headers = null, body = null) {
      const res = await this.$f.fetch(native_request(request, method, headers, body, FETCHER_BASE));
      return Response.$wrap(res);
    }

    __repr__() {
      return "<Fetcher>";
    }
  },
  { fetch: ["request", "method=", "headers=", "body="] },
);

// The Env binding wrapper for kind "fetcher" (installed by the generated entry module):
// every attribute but fetch is an RPC method of the service's entrypoint.
export function fetcher(native) {
  return with_remote_methods(new Fetcher(NATIVE, native), native);
}
