// Request, Response and outgoing fetch: Python wrappers over the native Fetch API.

// Members that need JSON, bytes, dicts or Headers call ext(...) (see ext.js), so a worker
// that never uses them carries none of those modules.

import { PyObject } from "../builtins/object.js";
import { TypeError } from "../builtins/exceptions.js";
import { headers_init } from "./headers.js";
import { $unsub } from "../builtins/unsub.js";
import { ext } from "./ext.js";
import { NATIVE, bytes_to_u8, is_binary, is_bytes, is_dict, is_none, sig_fn, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";

// Python body (str, bytes, None, or a JS body such as a ReadableStream) -> native BodyInit.
export function body_init(body) {
  body = $unsub(body); // an instance of a str subclass
  if (is_none(body)) return null;
  if (typeof body === "string") return body;
  if (is_bytes(body)) return bytes_to_u8(body);
  if (
    is_binary(body) ||
    body instanceof ReadableStream ||
    body instanceof Blob ||
    body instanceof FormData ||
    body instanceof URLSearchParams
  ) {
    return body;
  }
  throw new TypeError(
    `body must be str, bytes or None, not ${type_name(body)}` +
      (is_dict(body) || Array.isArray(body) ? " (use Response.json(data) for JSON)" : "") +
      (typeof body.then === "function" ? "; did you forget `await`?" : ""),
  );
}

function requestInit(method, headers, body) {
  const init = {};
  if (!is_none(method)) init.method = String(method).toUpperCase();
  if (!is_none(headers)) init.headers = headers_init(headers);
  if (!is_none(body)) init.body = body_init(body);
  return init;
}

function absoluteUrl(url, base) {
  try {
    return new URL(url).href;
  } catch {
    if (base) return new URL(url, base).href;
    throw new TypeError(`invalid URL: ${JSON.stringify(url)}`);
  }
}

// Python request-or-URL plus fetch keyword arguments -> a native Request.
// `base` resolves relative URLs (Durable Object stubs accept "/path").
export function native_request(request, method, headers, body, base) {
  const init = requestInit(method, headers, body);
  const hasInit = Object.keys(init).length > 0;
  if (request instanceof Request) {
    return hasInit ? new globalThis.Request(request.$req, init) : request.$req;
  }
  if (request instanceof globalThis.Request) {
    return hasInit ? new globalThis.Request(request, init) : request;
  }
  if (typeof request === "string") return new globalThis.Request(absoluteUrl(request, base), init);
  throw new TypeError(`expected a Request or a URL string, not ${type_name(request)}`);
}

export const Request = /* @__PURE__ */ sigs(
  "Request",
  class Request extends PyObject {
    __init__(url, method = "GET", headers = null, body = null) {
      if (url === NATIVE) {
        this.$req = method;
        return;
      }
      this.$req = native_request(url, is_none(method) ? "GET" : method, headers, body, null);
    }

    static $wrap(native) {
      return new Request(NATIVE, native);
    }

    get method() {
      return this.$req.method;
    }

    get url() {
      return this.$req.url;
    }

    get path() {
      return new URL(this.$req.url).pathname;
    }

    // Query parameters as a dict of str -> str (the last value wins for repeated names).
    get query() {
      if (this.$query === undefined) this.$query = ext("query_dict", "Request.query")(this.$req.url);
      return this.$query;
    }

    get headers() {
      if (this.$headers === undefined) this.$headers = ext("wrap_headers", "Request.headers")(this.$req.headers);
      return this.$headers;
    }

    get cf() {
      const cf = this.$req.cf;
      return is_none(cf) ? null : ext("cf_value", "Request.cf")(cf);
    }

    async text() {
      return await this.$req.text();
    }

    async json() {
      return ext("parse_json", "Request.json")(await this.$req.text());
    }

    async bytes() {
      return ext("to_bytes", "Request.bytes")(await this.$req.arrayBuffer());
    }

    __repr__() {
      return `<Request ${this.$req.method} ${this.$req.url}>`;
    }
  },
  { __init__: ["url", "method=", "headers=", "body="], text: [], json: [], bytes: [] },
);

function jsonResponse(data, status, headers) {
  const h = new globalThis.Headers(headers_init(headers));
  if (!h.has("content-type")) h.set("content-type", "application/json");
  return Response.$wrap(new globalThis.Response(ext("dump_json", "Response.json")(data), { status, headers: h }));
}

export const Response = /* @__PURE__ */ sigs(
  "Response",
  class Response extends PyObject {
    // web_socket: the client end of a WebSocketPair, for a 101 (Switching Protocols)
    // answer to a WebSocket upgrade request.
    __init__(body = null, status = 200, headers = null, web_socket = null) {
      if (body === NATIVE) {
        this.$res = status;
        return;
      }
      const init = { status: is_none(status) ? 200 : status, headers: headers_init(headers) };
      if (!is_none(web_socket)) init.webSocket = web_socket.$ws ?? web_socket;
      this.$res = new globalThis.Response(body_init(body), init);
    }


    static $wrap(native) {
      return new Response(NATIVE, native);
    }

    // A 200 response with the given body.
    static ok(body = null) {
      return new Response(body, 200);
    }

    // A JSON response: `data` is serialized like json.dumps (dict/list/str/int/...).
    static json(data, status = 200, headers = null) {
      return jsonResponse(data, is_none(status) ? 200 : status, headers);
    }

    static redirect(url, status = 302) {
      const res = new globalThis.Response(null, {
        status: is_none(status) ? 302 : status,
        headers: { location: String(url) },
      });
      return Response.$wrap(res);
    }

    static not_found(body = "Not Found") {
      return new Response(is_none(body) ? "Not Found" : body, 404);
    }

    get status() {
      return this.$res.status;
    }

    get headers() {
      if (this.$headers === undefined) this.$headers = ext("wrap_headers", "Response.headers")(this.$res.headers);
      return this.$headers;
    }

    async text() {
      return await this.$res.text();
    }

    async json() {
      return ext("parse_json", "Response.json")(await this.$res.text());
    }

    async bytes() {
      return ext("to_bytes", "Response.bytes")(await this.$res.arrayBuffer());
    }

    __repr__() {
      return `<Response [${this.$res.status}]>`;
    }
  },
  { __init__: ["body=", "status=", "headers=", "web_socket="], text: [], json: [], bytes: [] },
  {
    ok: ["body="],
    json: ["data", "status=", "headers="],
    redirect: ["url", "status="],
    not_found: ["body="],
  },
);

// What a Python fetch handler returned -> a native Response.
export function to_native_response(res, where) {
  if (res instanceof Response) return res.$res;
  if (res instanceof globalThis.Response) return res;
  throw new TypeError(`${where} must return a Response, not ${type_name(res)}`);
}

// Outgoing HTTP: fetch(url_or_request, method=None, headers=None, body=None) -> Response.
export const fetch = /* @__PURE__ */ sig_fn(
  async function fetch(request, method = null, headers = null, body = null) {
    const res = await globalThis.fetch(native_request(request, method, headers, body, null));
    return Response.$wrap(res);
  },
  ["request", "method=", "headers=", "body="],
);
