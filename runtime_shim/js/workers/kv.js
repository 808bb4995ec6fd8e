// Workers KV: Python wrapper over a KV namespace binding.
//
// Encoding (see docs/design.md, "KV encoding"): str values are stored as text, bytes as raw bytes,
// dict/list/tuple values as compact JSON text written by json.dumps and read back by
// json.loads; metadata is KV's JSON metadata; expirations are seconds since the epoch.

import { PyObject } from "../builtins/object.js";
import { NotImplemented } from "../builtins/equality.js";
import { $repr } from "../builtins/repr.js";
import { Dict } from "../builtins/dict.js";
import { Bytes } from "../builtins/bytes.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { datetime } from "../stdlib/datetime.js";
import { from_js } from "../stdlib/json.js";
import { $fnum } from "../builtins/floatbox.js";
import { NATIVE, native_only, binary_to_bytes, bytes_to_u8, epoch_ms, from_json_text, is_none, sigs, str_key, to_json_text } from "./util.js";
import { type_name } from "../builtins/object.js";

// Python `type=` -> native type. JSON is read as text and parsed with json.loads, so
// what json.dumps wrote (NaN, Infinity) reads back.
const GET_TYPES = { text: "text", json: "json", bytes: "arrayBuffer", stream: "stream" };

function nativeType(type) {
  return type === "json" ? "text" : type;
}

function getOptions(type, cacheTtl) {
  const opts = { type: nativeType(type) };
  if (!is_none(cacheTtl)) opts.cacheTtl = cacheTtl;
  return opts;
}

function fromStored(value, type) {
  if (is_none(value)) return null;
  if (type === "json") return from_json_text(value);
  if (type === "arrayBuffer") return binary_to_bytes(value);
  return value;
}

function putValue(value) {
  if (typeof value === "string") return value;
  if (value instanceof Bytes) return bytes_to_u8(value);
  if (value instanceof Dict || Array.isArray(value)) return to_json_text(value);
  if (value instanceof ReadableStream || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    return value;
  }
  throw new TypeError(`KV values must be str, bytes, dict or list, not ${type_name(value)}`);
}

function expirationDatetime(seconds) {
  return is_none(seconds) ? null : datetime.fromEpochMs(seconds * 1000);
}

export const KVKey = /* @__PURE__ */ sigs(
  "KVKey",
  class KVKey extends PyObject {
    __init__(name, expiration = null, metadata = null) {
      this.name$ = name;
      this.expiration = is_none(expiration) ? null : expiration;
      this.metadata = is_none(metadata) ? null : metadata;
    }

    // Lets a KVKey be passed wherever a key name is expected (kv.get(key)).
    get $keyName() {
      return this.name$;
    }

    __str__() {
      return this.name$;
    }

    __repr__() {
      return `KVKey(name=${$repr(this.name$)}, expiration=${$repr(this.expiration)}, metadata=${$repr(this.metadata)})`;
    }

    __eq__(other) {
      return other instanceof KVKey ? other.name$ === this.name$ : NotImplemented;
    }

    __hash__() {
      let h = 0x811c9dc5;
      for (let i = 0; i < this.name$.length; i++) h = Math.imul(h ^ this.name$.charCodeAt(i), 16777619);
      return h | 0;
    }
  },
  { __init__: ["name", "expiration=", "metadata="] },
);

export const KVListResult = /* @__PURE__ */ sigs(
  "KVListResult",
  class KVListResult extends PyObject {
    __init__(keys, list_complete, cursor = null) {
      this.keys = keys;
      this.list_complete = list_complete;
      this.cursor = is_none(cursor) || cursor === "" ? null : cursor;
    }

    __repr__() {
      return `KVListResult(keys=${$repr(this.keys)}, list_complete=${$repr(this.list_complete)}, cursor=${$repr(this.cursor)})`;
    }
  },
  { __init__: ["keys", "list_complete", "cursor="] },
);

export const KVValueWithMetadata = /* @__PURE__ */ sigs(
  "KVValueWithMetadata",
  class KVValueWithMetadata extends PyObject {
    __init__(value, metadata = null) {
      this.value = is_none(value) ? null : value;
      this.metadata = is_none(metadata) ? null : metadata;
    }

    __repr__() {
      return `KVValueWithMetadata(value=${$repr(this.value)}, metadata=${$repr(this.metadata)})`;
    }
  },
  { __init__: ["value", "metadata="] },
);

function listResult(raw) {
  const keys = raw.keys.map(
    (k) => new KVKey(k.name, expirationDatetime(k.expiration), is_none(k.metadata) ? null : from_js(k.metadata)),
  );
  return new KVListResult(keys, raw.list_complete === true, raw.list_complete ? null : raw.cursor);
}

function listOptions(prefix, limit, cursor) {
  const opts = {};
  if (!is_none(prefix)) opts.prefix = prefix;
  if (!is_none(limit)) opts.limit = limit;
  if (!is_none(cursor)) opts.cursor = cursor;
  return opts;
}

export const KVNamespace = /* @__PURE__ */ sigs(
  "KVNamespace",
  class KVNamespace extends PyObject {
    __init__(token, native) {
      native_only(token, "KVNamespace", "come from env.get_kv_namespace(name)");
      this.$kv = native;
    }

    async get(key, cache_ttl = null) {
      const v = await this.$kv.get(str_key(key, "key"), getOptions("text", cache_ttl));
      return is_none(v) ? null : v;
    }

    async get_json(key, cache_ttl = null) {
      return fromStored(await this.$kv.get(str_key(key, "key"), getOptions("json", cache_ttl)), "json");
    }

    async get_bytes(key, cache_ttl = null) {
      const v = await this.$kv.get(str_key(key, "key"), getOptions("arrayBuffer", cache_ttl));
      return fromStored(v, "arrayBuffer");
    }

    async get_stream(key, cache_ttl = null) {
      const v = await this.$kv.get(str_key(key, "key"), getOptions("stream", cache_ttl));
      return is_none(v) ? null : v;
    }

    async get_with_metadata(key, type = "text", cache_ttl = null) {
      const t = GET_TYPES[is_none(type) ? "text" : type];
      if (t === undefined) {
        throw new ValueError(`type must be 'text', 'json', 'bytes' or 'stream', not ${$repr(type)}`);
      }
      const r = await this.$kv.getWithMetadata(str_key(key, "key"), getOptions(t, cache_ttl));
      return new KVValueWithMetadata(
        fromStored(r.value, t),
        is_none(r.metadata) ? null : from_js(r.metadata),
      );
    }

    async put(key, value, expiration = null, expiration_ttl = null, metadata = null) {
      const opts = {};
      expiration = $fnum(expiration);
      expiration_ttl = $fnum(expiration_ttl);
      if (!is_none(expiration)) {
        opts.expiration =
          typeof expiration === "number" ? expiration : Math.floor(epoch_ms(expiration, "expiration") / 1000);
      }
      if (!is_none(expiration_ttl)) opts.expirationTtl = expiration_ttl;
      if (!is_none(metadata)) opts.metadata = JSON.parse(to_json_text(metadata));
      await this.$kv.put(str_key(key, "key"), putValue(value), opts);
      return null;
    }

    async delete(key) {
      await this.$kv.delete(str_key(key, "key"));
      return null;
    }

    async list(prefix = null, limit = null, cursor = null) {
      return listResult(await this.$kv.list(listOptions(prefix, limit, cursor)));
    }

    // An async iterable of every KVKey (optionally under `prefix`), following cursors.
    keys(prefix = null) {
      return iterateKeys(this.$kv, prefix);
    }

    __repr__() {
      return "<KVNamespace>";
    }
  },
  {
    get: ["key", "cache_ttl="],
    get_json: ["key", "cache_ttl="],
    get_bytes: ["key", "cache_ttl="],
    get_stream: ["key", "cache_ttl="],
    get_with_metadata: ["key", "type=", "cache_ttl="],
    put: ["key", "value", "expiration=", "expiration_ttl=", "metadata="],
    delete: ["key"],
    list: ["prefix=", "limit=", "cursor="],
    keys: ["prefix="],
  },
);

async function* iterateKeys(kv, prefix) {
  let cursor = null;
  for (;;) {
    const page = listResult(await kv.list(listOptions(prefix, null, cursor)));
    yield* page.keys;
    if (page.list_complete || is_none(page.cursor)) return;
    cursor = page.cursor;
  }
}

// The Env binding wrapper for kind "kv" (installed by the generated entry module).
export function kv_namespace(native) {
  return new KVNamespace(NATIVE, native);
}
