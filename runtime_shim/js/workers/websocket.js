// WebSockets (API.md "WebSockets"): `client, server = WebSocketPair()`, `server.accept()`,
// `.send(str | bytes)`, `.close(code=1000, reason="")`, and `Response(None, status=101,
// web_socket=client)` (http.js). Messages arrive through Durable Object hibernation
// (`self.state.accept_websocket(ws)` and the object's `websocket_message` handler, see
// entry.js) or, without a Durable Object, through `ws.add_event_listener("message", fn)`.

import { PyObject } from "../builtins/object.js";
import { Tuple } from "../builtins/tuple.js";
import { IndexError, TypeError, ValueError } from "../builtins/exceptions.js";
import { NATIVE, native_only, bytes_to_u8, is_bytes, is_none, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";
import { ext } from "./ext.js";
import { decode_value, encode_value } from "./values.js";

// One Python object per native socket, so the `ws` a handler gets is the same object (==,
// dict key) as the one get_websockets() returns while the object stays in memory.
const wrappers = new WeakMap();

// A received message: str for text, bytes for binary (extension "to_bytes", installed when
// the code names accept_websocket or add_event_listener: a worker without WebSockets
// does not carry the bytes type).
export function message_value(data) {
  if (typeof data === "string") return data;
  const b = ext("to_bytes", "WebSocket message")(data);
  return b === null ? data : b;
}

export const WebSocket = /* @__PURE__ */ sigs(
  "WebSocket",
  class WebSocket extends PyObject {
    __init__(token, native) {
      native_only(token, "WebSocket", "come from WebSocketPair()");
      this.$ws = native;
    }

    static $wrap(native) {
      let w = wrappers.get(native);
      if (w === undefined) wrappers.set(native, (w = new WebSocket(NATIVE, native)));
      return w;
    }

    // Start handling this end in this worker (not for a Durable Object's hibernation,
    // which accepts it with state.accept_websocket).
    accept() {
      this.$ws.accept();
      return null;
    }

    send(message) {
      if (typeof message === "string") this.$ws.send(message);
      else if (is_bytes(message)) this.$ws.send(bytes_to_u8(message));
      else throw new TypeError(`WebSocket.send() takes str or bytes, not ${type_name(message)}`);
      return null;
    }

    close(code = 1000, reason = "") {
      if (typeof reason !== "string") throw new TypeError(`reason must be str, not ${type_name(reason)}`);
      try {
        this.$ws.close(is_none(code) ? 1000 : code, reason);
      } catch (e) {
        throw new ValueError(`cannot close the WebSocket: ${e && e.message ? e.message : e}`);
      }
      return null;
    }

    // 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED (the JS readyState).
    get ready_state() {
      return this.$ws.readyState;
    }

    // A Python value kept with the socket across hibernation (as storage values are).
    serialize_attachment(value) {
      this.$ws.serializeAttachment(encode_value(value));
      return null;
    }

    deserialize_attachment() {
      return decode_value(this.$ws.deserializeAttachment());
    }

    // fn(event) for "message" (event.data: str | bytes), "close" (event.code,
    // event.reason, event.was_clean) and "error" (event.message).
    add_event_listener(type, fn) {
      this.$ws.addEventListener(type, (event) => fn(new WebSocketEvent(NATIVE, event)));
      return null;
    }

    __repr__() {
      return "<WebSocket>";
    }
  },
  {
    accept: [],
    send: ["message"],
    close: ["code=", "reason="],
    serialize_attachment: ["value"],
    deserialize_attachment: [],
    add_event_listener: ["type", "listener"],
  },
);

// What a listener added with add_event_listener gets.
export const WebSocketEvent = /* @__PURE__ */ sigs(
  "WebSocketEvent",
  class WebSocketEvent extends PyObject {
    __init__(token, native) {
      native_only(token, "WebSocketEvent", "are made by the runtime");
      this.$e = native;
    }

    get type() {
      return this.$e.type;
    }

    get data() {
      return this.$e.data === undefined ? null : message_value(this.$e.data);
    }

    get code() {
      return this.$e.code === undefined ? null : this.$e.code;
    }

    get reason() {
      return this.$e.reason === undefined ? null : this.$e.reason;
    }

    get was_clean() {
      return this.$e.wasClean === undefined ? null : this.$e.wasClean;
    }

    get message() {
      return this.$e.message === undefined ? null : String(this.$e.message);
    }
  },
  {},
);

// `client, server = WebSocketPair()`: the two connected ends.
export const WebSocketPair = /* @__PURE__ */ sigs(
  "WebSocketPair",
  class WebSocketPair extends PyObject {
    __init__() {
      const pair = new globalThis.WebSocketPair();
      this.client = WebSocket.$wrap(pair[0]);
      this.server = WebSocket.$wrap(pair[1]);
    }

    __iter__() {
      return Tuple.of(this.client, this.server)[Symbol.iterator]();
    }

    [Symbol.iterator]() {
      return this.__iter__();
    }

    __len__() {
      return 2;
    }

    __getitem__(i) {
      const at = typeof i === "number" && i < 0 ? i + 2 : i;
      if (at !== 0 && at !== 1) throw new IndexError("WebSocketPair index out of range");
      return at === 0 ? this.client : this.server;
    }
  },
  { __init__: [] },
);

// The native socket of a Python WebSocket (or a native one, as Cloudflare's API has).
export function native_web_socket(ws, what) {
  if (ws instanceof WebSocket) return ws.$ws;
  if (ws !== null && typeof ws === "object" && typeof ws.accept === "function" && typeof ws.send === "function") {
    return ws;
  }
  throw new TypeError(`${what} must be a WebSocket, not ${type_name(ws)}`);
}
