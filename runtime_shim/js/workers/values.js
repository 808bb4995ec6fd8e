// Python values <-> what Durable Object storage keeps (structured clone), so that every
// value comes back with its Python type. The exact encoding is documented in
// docs/api-notes.md ("Durable Object storage encoding"); keep the two in step.
//
//   None -> null            bool/int/float/str -> themselves
//   bytes -> Uint8Array     list -> Array (items encoded)
//   dict -> Map (keys and values encoded, insertion order kept)
//   tuple -> {"$cfpy": "tuple", "items": [...]}
//   integral float (2.0, -0.0) -> {"$cfpy": "float", "value": 2}  (other floats: numbers)
//   datetime -> {"$cfpy": "datetime", "iso": dt.isoformat()}
//
// Python values never encode to a plain object except the tagged ones above, so on the
// way back any other plain object (written by a plain-JS worker) becomes a dict.

import { Dict } from "../builtins/dict.js";
import { Tuple } from "../builtins/tuple.js";
import { Bytes } from "../builtins/bytes.js";
import { TypeError } from "../builtins/exceptions.js";
import { Float } from "../builtins/floatbox.js";
import { datetime } from "../stdlib/datetime.js";
import { binaryToBytes, bytesToU8, typeName } from "./util.js";

export const TAG = "$cfpy";

export function encodeValue(v) {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "boolean":
    case "number":
    case "string":
    case "bigint":
      return v;
  }
  if (v instanceof Float) return { [TAG]: "float", value: v.$v };
  if (v instanceof Tuple) return { [TAG]: "tuple", items: Array.prototype.map.call(v, encodeValue) };
  if (Array.isArray(v)) return Array.prototype.map.call(v, encodeValue);
  if (v instanceof Dict) {
    const m = new Map();
    for (const [k, x] of v.$entries()) m.set(encodeValue(k), encodeValue(x));
    return m;
  }
  if (v instanceof Bytes) {
    const u8 = bytesToU8(v);
    // A view into a larger buffer would clone the whole buffer: copy just the bytes.
    return u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength ? u8 : u8.slice();
  }
  if (v instanceof datetime) return { [TAG]: "datetime", iso: v.isoformat() };
  throw new TypeError(
    `a value of type '${typeName(v)}' cannot be stored in Durable Object storage ` +
      "(use None, bool, int, float, str, bytes, list, tuple, dict or datetime)",
  );
}

export function decodeValue(v) {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  if (v instanceof Map) {
    const d = new Dict();
    for (const [k, x] of v) d.$set(decodeValue(k), decodeValue(x));
    return d;
  }
  const bin = binaryToBytes(v);
  if (bin !== null) return bin;
  if (v instanceof Date) return datetime.fromEpochMs(v.getTime());
  if (v instanceof Set) return Array.from(v, decodeValue);
  const tag = v[TAG];
  if (tag === "tuple" && Array.isArray(v.items)) return Tuple.from(v.items.map(decodeValue));
  if (tag === "datetime" && typeof v.iso === "string") return datetime.fromisoformat(v.iso);
  if (tag === "float" && typeof v.value === "number") return new Float(v.value);
  const d = new Dict();
  for (const k of Object.keys(v)) d.$set(k, decodeValue(v[k]));
  return d;
}
