// R2: Python wrapper over an R2 bucket binding (API.md "The rest of the platform").
//
// Objects carry `key`, `size`, `etag`, `http_etag`, `version`, `uploaded` (datetime),
// `http_metadata` (a dict with snake_case keys: content_type, cache_control, ...) and
// `custom_metadata` (a dict of str -> str); an object from get() also has its body
// (`await text()/bytes()/json()`, `body` as a stream).

import { PyObject } from "../builtins/object.js";
import { Dict } from "../builtins/dict.js";
import { $repr } from "../builtins/repr.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { datetime } from "../stdlib/datetime.js";
import { NATIVE, native_only, binary_to_bytes, bytes_to_u8, from_json_text, is_bytes, is_none, mapping_entries, sigs, str_key } from "./util.js";
import { type_name } from "../builtins/object.js";

const FROM_R2 = "come from an R2 bucket (env.get_r2_bucket(name))";

// Workers' httpMetadata names <-> Python's.
const HTTP_FIELDS = [
  ["contentType", "content_type"],
  ["contentLanguage", "content_language"],
  ["contentDisposition", "content_disposition"],
  ["contentEncoding", "content_encoding"],
  ["cacheControl", "cache_control"],
  ["cacheExpiry", "cache_expiry"],
];

function httpMetadataDict(native) {
  const d = new Dict();
  for (const [js, py] of HTTP_FIELDS) {
    const v = native?.[js];
    if (is_none(v)) continue;
    d.$set(py, v instanceof Date ? datetime.fromEpochMs(v.getTime()) : v);
  }
  return d;
}

function httpMetadataNative(value) {
  const out = {};
  const byPy = new Map(HTTP_FIELDS.map(([js, py]) => [py, js]));
  for (const [k, v] of mapping_entries(value)) {
    const js = byPy.get(k) ?? (HTTP_FIELDS.some(([name]) => name === k) ? k : undefined);
    if (js === undefined) throw new ValueError(`unknown http_metadata field ${$repr(k)}`);
    out[js] = js === "cacheExpiry" && v && typeof v.toEpochMs === "function" ? new Date(v.toEpochMs()) : v;
  }
  return out;
}

function customMetadataNative(value) {
  const out = {};
  for (const [k, v] of mapping_entries(value)) {
    if (typeof k !== "string" || typeof v !== "string") {
      throw new TypeError("custom_metadata must map str to str");
    }
    out[k] = v;
  }
  return out;
}

function strDict(obj) {
  const d = new Dict();
  for (const k of Object.keys(obj ?? {})) d.$set(k, obj[k]);
  return d;
}

export const R2Object = /* @__PURE__ */ sigs(
  "R2Object",
  class R2Object extends PyObject {
    __init__(token, native) {
      native_only(token, "R2Object", FROM_R2);
      this.$obj = native;
      this.key = native.key;
      this.size = native.size;
      this.etag = native.etag;
      this.http_etag = native.httpEtag;
      this.version = native.version;
      this.uploaded = datetime.fromEpochMs(native.uploaded.getTime());
      this.http_metadata = httpMetadataDict(native.httpMetadata);
      this.custom_metadata = strDict(native.customMetadata);
    }

    $body(what) {
      if (typeof this.$obj.arrayBuffer !== "function") {
        throw new ValueError(`R2Object.${what}(): the object has no body (it comes from head(), put() or list())`);
      }
      return this.$obj;
    }

    // The body as a ReadableStream (None for an object without a body).
    get body() {
      return this.$obj.body ?? null;
    }

    async text() {
      return await this.$body("text").text();
    }

    async bytes() {
      return binary_to_bytes(await this.$body("bytes").arrayBuffer());
    }

    async json() {
      return from_json_text(await this.$body("json").text());
    }

    __repr__() {
      return `<R2Object key=${$repr(this.key)} size=${this.size}>`;
    }
  },
  { text: [], bytes: [], json: [] },
);

export const R2Objects = /* @__PURE__ */ sigs(
  "R2Objects",
  class R2Objects extends PyObject {
    __init__(token, native) {
      native_only(token, "R2Objects", FROM_R2);
      this.objects = native.objects.map((o) => new R2Object(NATIVE, o));
      this.truncated = native.truncated === true;
      this.cursor = native.truncated ? native.cursor ?? null : null;
      this.delimited_prefixes = Array.from(native.delimitedPrefixes ?? []);
    }

    __repr__() {
      return `<R2Objects objects=${$repr(this.objects)} truncated=${$repr(this.truncated)}>`;
    }
  },
);

function putValue(value) {
  if (is_none(value) || typeof value === "string") return value ?? null;
  if (is_bytes(value)) return bytes_to_u8(value);
  if (value instanceof ReadableStream || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return value;
  throw new TypeError(`R2 values must be str, bytes, a stream or None, not ${type_name(value)}`);
}

function keys(key) {
  if (Array.isArray(key)) return key.map((k) => str_key(k, "key"));
  return str_key(key, "key");
}

export const R2Bucket = /* @__PURE__ */ sigs(
  "R2Bucket",
  class R2Bucket extends PyObject {
    __init__(token, native) {
      native_only(token, "R2Bucket", FROM_R2);
      this.$bucket = native;
    }

    async get(key) {
      const o = await this.$bucket.get(str_key(key, "key"));
      return is_none(o) ? null : new R2Object(NATIVE, o);
    }

    async head(key) {
      const o = await this.$bucket.head(str_key(key, "key"));
      return is_none(o) ? null : new R2Object(NATIVE, o);
    }

    async put(key, value, http_metadata = null, custom_metadata = null) {
      const opts = {};
      if (!is_none(http_metadata)) opts.httpMetadata = httpMetadataNative(http_metadata);
      if (!is_none(custom_metadata)) opts.customMetadata = customMetadataNative(custom_metadata);
      return new R2Object(NATIVE, await this.$bucket.put(str_key(key, "key"), putValue(value), opts));
    }

    async delete(key) {
      await this.$bucket.delete(keys(key));
      return null;
    }

    async list(prefix = null, limit = null, cursor = null, delimiter = null) {
      const opts = { include: ["httpMetadata", "customMetadata"] };
      if (!is_none(prefix)) opts.prefix = prefix;
      if (!is_none(limit)) opts.limit = limit;
      if (!is_none(cursor)) opts.cursor = cursor;
      if (!is_none(delimiter)) opts.delimiter = delimiter;
      return new R2Objects(NATIVE, await this.$bucket.list(opts));
    }

    __repr__() {
      return "<R2Bucket>";
    }
  },
  {
    get: ["key"],
    head: ["key"],
    put: ["key", "value", "http_metadata=", "custom_metadata="],
    delete: ["key"],
    list: ["prefix=", "limit=", "cursor=", "delimiter="],
  },
);

// The Env binding wrapper for kind "r2" (installed by the generated entry module).
export function r2_bucket(native) {
  return new R2Bucket(NATIVE, native);
}
