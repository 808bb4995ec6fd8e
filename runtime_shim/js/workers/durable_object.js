// Durable Objects: namespace, id, stub, state, storage, transaction, and the
// Python-facing `DurableObject` base class. Stored values go through values.js.

import { PyObject } from "../builtins/object.js";
import { NotImplemented } from "../builtins/equality.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { encode_value, decode_value } from "./values.js";
import { ext } from "./ext.js";
import { with_remote_methods } from "./rpc.js";
import { WebSocket, native_web_socket } from "./websocket.js";
import { Response, native_request } from "./http.js";
import { NATIVE, native_only, epoch_ms, is_mapping, is_none, mapping_entries, sigs, str_key } from "./util.js";
import { type_name } from "../builtins/object.js";

const FROM_RUNTIME = "are created by the runtime";

function stringHash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

// --- ids, namespaces, stubs -----------------------------------------------------------

export const DurableObjectId = /* @__PURE__ */ sigs(
  "DurableObjectId",
  class DurableObjectId extends PyObject {
    __init__(token, native) {
      native_only(token, "DurableObjectId", FROM_RUNTIME);
      this.$id = native;
    }

    // The name given to id_from_name(), or None for new_unique_id()/id_from_string() ids.
    get name$() { // Python's `name` (attrkey.js)
      const n = this.$id.name;
      return is_none(n) ? null : n;
    }

    __str__() {
      return this.$id.toString();
    }

    toString() {
      return this.$id.toString();
    }

    __repr__() {
      return `DurableObjectId('${this.$id.toString()}')`;
    }

    __eq__(other) {
      return other instanceof DurableObjectId ? this.$id.equals(other.$id) : NotImplemented;
    }

    __hash__() {
      return stringHash(this.$id.toString());
    }
  },
  {},
);

const STUB_BASE = "https://durable-object.internal/";

export const DurableObjectStub = /* @__PURE__ */ sigs(
  "DurableObjectStub",
  class DurableObjectStub extends PyObject {
    __init__(token, native, id) {
      native_only(token, "DurableObjectStub", FROM_RUNTIME);
      this.$stub = native;
      this.$idw = id;
    }

    get id() {
      return this.$idw;
    }

    get name$() { // Python's `name` (attrkey.js)
      const n = this.$stub.name;
      return is_none(n) ? null : n;
    }

    // fetch(request) or fetch("https://..." | "/path", method=..., headers=..., body=...)
    async fetch(request, method = null, headers = null, body = null) {
      const res = await this.$stub.fetch(native_request(request, method, headers, body, STUB_BASE));
      return Response.$wrap(res);
    }
  },
  { fetch: ["request", "method=", "headers=", "body="] },
);

export const DurableObjectNamespace = /* @__PURE__ */ sigs(
  "DurableObjectNamespace",
  class DurableObjectNamespace extends PyObject {
    __init__(token, native) {
      native_only(token, "DurableObjectNamespace", FROM_RUNTIME);
      this.$ns = native;
    }

    id_from_name(name) {
      if (typeof name !== "string") throw new TypeError(`name must be str, not ${type_name(name)}`);
      return new DurableObjectId(NATIVE, this.$ns.idFromName(name));
    }

    new_unique_id(jurisdiction = null) {
      const native = is_none(jurisdiction)
        ? this.$ns.newUniqueId()
        : this.$ns.newUniqueId({ jurisdiction });
      return new DurableObjectId(NATIVE, native);
    }

    id_from_string(hex) {
      if (typeof hex !== "string") throw new TypeError(`id must be str, not ${type_name(hex)}`);
      let native;
      try {
        native = this.$ns.idFromString(hex);
      } catch (e) {
        throw new ValueError(`invalid Durable Object id: ${JSON.stringify(hex)}`);
      }
      return new DurableObjectId(NATIVE, native);
    }

    get(id, location_hint = null) {
      if (!(id instanceof DurableObjectId)) {
        throw new TypeError(`get() expects a DurableObjectId, not ${type_name(id)}`);
      }
      const native = is_none(location_hint)
        ? this.$ns.get(id.$id)
        : this.$ns.get(id.$id, { locationHint: location_hint });
      // every other attribute of the stub is an RPC method of the object (rpc.js)
      return with_remote_methods(new DurableObjectStub(NATIVE, native, id), native);
    }
  },
  {
    id_from_name: ["name"],
    new_unique_id: ["jurisdiction="],
    id_from_string: ["id"],
    get: ["id", "location_hint="],
  },
);

// --- storage --------------------------------------------------------------------------

function isPlainObject(x) {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

function keyList(keys) {
  return Array.from(keys, (k) => str_key(k, "storage keys"));
}

// get([keys]) / list(): a dict of the decoded values (extension "storage_dict", installed
// when the project calls list() or get() with anything but a string literal).
function decodedDict(map, member) {
  return ext("storage_dict", member)(map, decode_value);
}

function listOptions(start, start_after, end, prefix, reverse, limit) {
  const opts = {};
  if (!is_none(start) && !is_none(start_after)) {
    throw new ValueError("list() takes start or start_after, not both");
  }
  if (!is_none(start)) opts.start = str_key(start, "start");
  // start_after: the smallest key greater than k is k + "\0" (keys sort by UTF-8 bytes).
  if (!is_none(start_after)) opts.start = str_key(start_after, "start_after") + "\u0000";
  if (!is_none(end)) opts.end = str_key(end, "end");
  if (!is_none(prefix)) opts.prefix = str_key(prefix, "prefix");
  if (reverse === true) opts.reverse = true;
  if (!is_none(limit)) opts.limit = limit;
  return opts;
}

// Methods shared by DurableObjectStorage and DurableObjectTransaction; `$s` is the
// native storage or transaction object.
const StorageMethods = /* @__PURE__ */ sigs(
  "DurableObjectStorage",
  class StorageMethods extends PyObject {
    __init__(token, native) {
      native_only(token, "DurableObjectStorage", FROM_RUNTIME);
      this.$s = native;
    }

    // get(key) -> value or None; get([k1, k2]) -> dict of the keys found.
    async get(key) {
      if (Array.isArray(key)) return decodedDict(await this.$s.get(keyList(key)), "DurableObjectStorage.get");
      return decode_value(await this.$s.get(str_key(key, "storage key")));
    }

    // put(key, value) or put({key: value, ...}).
    async put(key, value) {
      if (value === undefined && (is_mapping(key) || isPlainObject(key))) {
        // null prototype: a "__proto__" key is an entry like any other, not the prototype
        const entries = Object.create(null);
        for (const [k, v] of mapping_entries(key)) entries[str_key(k, "storage key")] = encode_value(v);
        await this.$s.put(entries);
        return null;
      }
      if (value === undefined) throw new TypeError("put() missing 1 required positional argument: 'value'");
      await this.$s.put(str_key(key, "storage key"), encode_value(value));
      return null;
    }

    // delete(key) -> bool (whether it existed); delete([keys]) -> int (how many existed).
    async delete(key) {
      if (Array.isArray(key)) return await this.$s.delete(keyList(key));
      return await this.$s.delete(str_key(key, "storage key"));
    }

    async delete_all() {
      await this.$s.deleteAll();
      return null;
    }

    // list(...) -> dict of key -> value, ordered by key (descending when reverse=True).
    async list(start = null, start_after = null, end = null, prefix = null, reverse = false, limit = null) {
      const map = await this.$s.list(listOptions(start, start_after, end, prefix, reverse, limit));
      return decodedDict(map, "DurableObjectStorage.list");
    }

    async get_alarm() {
      const ms = await this.$s.getAlarm();
      return is_none(ms) ? null : ext("datetime_from_ms", "DurableObjectStorage.get_alarm")(ms);
    }

    async set_alarm(scheduled_time) {
      await this.$s.setAlarm(epoch_ms(scheduled_time, "scheduled_time"));
      return null;
    }

    async delete_alarm() {
      await this.$s.deleteAlarm();
      return null;
    }
  },
  {
    get: ["key"],
    put: ["key", "value="],
    delete: ["key"],
    delete_all: [],
    list: ["start=", "start_after=", "end=", "prefix=", "reverse=", "limit="],
    get_alarm: [],
    set_alarm: ["scheduled_time"],
    delete_alarm: [],
  },
);

export const DurableObjectTransaction = /* @__PURE__ */ sigs(
  "DurableObjectTransaction",
  class DurableObjectTransaction extends StorageMethods {
    // Abort the transaction: none of its writes are kept.
    rollback() {
      this.$s.rollback();
      return null;
    }
  },
  { rollback: [] },
);

export const DurableObjectStorage = /* @__PURE__ */ sigs(
  "DurableObjectStorage",
  class DurableObjectStorage extends StorageMethods {
    // Runs `fn(txn)` in a transaction and returns its result; an exception or
    // txn.rollback() discards the writes.
    async transaction(fn) {
      return await this.$s.transaction(async (txn) => await fn(new DurableObjectTransaction(NATIVE, txn)));
    }

    // Waits until pending writes are durable.
    async sync() {
      await this.$s.sync();
      return null;
    }

    // SQL storage of a SQLite-backed object (extension "sql_storage", see sql.js).
    get sql() {
      if (this.$sql === undefined) this.$sql = ext("sql_storage", "DurableObjectStorage.sql")(this.$s.sql);
      return this.$sql;
    }
  },
  { transaction: ["closure"], sync: [] },
);

// --- state and the Python base class ----------------------------------------------------

export const DurableObjectState = /* @__PURE__ */ sigs(
  "DurableObjectState",
  class DurableObjectState extends PyObject {
    __init__(token, native) {
      native_only(token, "DurableObjectState", FROM_RUNTIME);
      this.$ctx = native;
    }

    get id() {
      if (this.$idw === undefined) this.$idw = new DurableObjectId(NATIVE, this.$ctx.id);
      return this.$idw;
    }

    get storage() {
      if (this.$storage === undefined) this.$storage = new DurableObjectStorage(NATIVE, this.$ctx.storage);
      return this.$storage;
    }

    wait_until(awaitable) {
      this.$ctx.waitUntil(Promise.resolve(awaitable));
      return null;
    }

    // Runs `fn()` (async) with no other event delivered to this object meanwhile.
    async block_concurrency_while(fn) {
      return await this.$ctx.blockConcurrencyWhile(async () => await fn());
    }

    // Hibernation: the runtime keeps the socket open while the object sleeps and calls its
    // websocket_message / websocket_close / websocket_error methods (entry.js).
    accept_websocket(ws, tags = null) {
      const native = native_web_socket(ws, "accept_websocket()");
      if (is_none(tags)) this.$ctx.acceptWebSocket(native);
      else this.$ctx.acceptWebSocket(native, Array.from(tags, (t) => str_key(t, "tags")));
      return null;
    }

    // The sockets accepted with accept_websocket (those with `tag` when given).
    get_websockets(tag = null) {
      const natives = is_none(tag) ? this.$ctx.getWebSockets() : this.$ctx.getWebSockets(str_key(tag, "tag"));
      return natives.map((ws) => WebSocket.$wrap(ws));
    }

    get_tags(ws) {
      return Array.from(this.$ctx.getTags(native_web_socket(ws, "get_tags()")));
    }
  },
  {
    wait_until: ["awaitable"],
    block_concurrency_while: ["callback"],
    accept_websocket: ["ws", "tags="],
    get_websockets: ["tag="],
    get_tags: ["ws"],
  },
);

// Base class of Python Durable Objects. `self.state` and `self.env` are set before
// fetch/alarm run, whichever __init__ shape the subclass uses.
export const DurableObject = /* @__PURE__ */ sigs(
  "DurableObject",
  class DurableObject extends PyObject {
    __init__(state = null, env = null) {
      this.state = is_none(state) ? null : state;
      this.env = is_none(env) ? null : env;
    }
  },
  { __init__: ["state=", "env="] },
);

// The Env binding wrapper for kind "do" (installed by the generated entry module).
export function durable_object_namespace(native) {
  return new DurableObjectNamespace(NATIVE, native);
}
