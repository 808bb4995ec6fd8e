// Python values <-> what Durable Object storage keeps (structured clone), so that every
// value comes back with its Python type. The exact encoding is documented in
// docs/design.md ("Durable Object storage encoding"); keep the two in step.
//
//   None -> null            bool/int/float/str -> themselves
//   bytes -> Uint8Array     list -> Array (items encoded)
//   dict -> Map (keys and values encoded, insertion order kept)
//   tuple -> {"$cfpy": "tuple", "items": [...]}
//   integral float (2.0, -0.0) -> {"$cfpy": "float", "value": 2}  (other floats: numbers)
//   datetime -> {"$cfpy": "datetime", "iso": dt.isoformat()}
//   instances of subclasses of these -> as their builtin value (read back as the builtin)
//
// Python values never encode to a plain object except the tagged ones above, so on the
// way back any other plain object (written by a plain-JS worker) becomes a dict.

// dict, bytes and datetime are large types a worker's bundle may not contain. values.js
// does not import them: the build installs the ones the bundle contains anyway
// (use_value_types, from the generated entry module; see transpiler/pipeline.py). A worker
// whose bundle lacks a type cannot have made a value of it, so encoding never needs the
// missing class; decoding one (written by another version of the worker, or another
// program) raises RuntimeError (docs/design.md).

import { Tuple } from "../builtins/tuple.js";
import { RuntimeError, TypeError } from "../builtins/exceptions.js";
import { Float } from "../builtins/floatbox.js";
import { $issub } from "../builtins/unsub.js";
import { $norm } from "../builtins/bigint.js";
import { bytes_to_u8, is_bytes, is_dict } from "./util.js";
import { type_name } from "../builtins/object.js";

export const TAG = "$cfpy";

// {dict: Dict, bytes: Bytes, datetime: datetime}, the types this bundle contains.
let types = {};

export function use_value_types(table) {
  types = table;
}

function type(name) {
  const cls = types[name];
  if (cls === undefined) {
    throw new RuntimeError(
      `a stored value is a ${name}, but this worker never uses ${name} values, so its ` +
        `bundle does not contain the type (the value was written by another version of the ` +
        `worker or another program): use ${name} in the worker's code to read it`,
    );
  }
  return cls;
}

// `where`: what the message says the value cannot be (stored, sent over RPC).
export function encode_value(v, where = "stored in Durable Object storage") {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "boolean":
    case "number":
    case "string":
    case "bigint":
      return v;
  }
  if (v instanceof Float) return { [TAG]: "float", value: v.$v };
  if ($issub(v)) return encode_value(v.$v, where); // stored as its builtin value
  if (v instanceof Tuple) return { [TAG]: "tuple", items: Array.prototype.map.call(v, (x) => encode_value(x, where)) };
  if (Array.isArray(v)) return Array.prototype.map.call(v, (x) => encode_value(x, where));
  if (is_dict(v)) {
    const m = new Map();
    for (const [k, x] of v.$entries()) m.set(encode_value(k, where), encode_value(x, where));
    return m;
  }
  if (is_bytes(v) && type_name(v) !== "bytearray") {
    const u8 = bytes_to_u8(v);
    // A view into a larger buffer would clone the whole buffer: copy just the bytes.
    return u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength ? u8 : u8.slice();
  }
  if (types.datetime !== undefined && v instanceof types.datetime) return { [TAG]: "datetime", iso: v.isoformat() };
  throw new TypeError(
    `a value of type '${type_name(v)}' cannot be ${where} ` +
      "(use None, bool, int, float, str, bytes, list, tuple, dict or datetime" +
      (is_bytes(v) ? "; bytes(value) for a bytearray)" : ")"),
  );
}

function toU8(v) {
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return null;
}

function decodedDict() {
  return new (type("dict"))();
}

export function decode_value(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return $norm(v); // an int beyond 2**53 is stored as a BigInt
  if (typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(decode_value);
  if (v instanceof Map) {
    const d = decodedDict();
    for (const [k, x] of v) d.$set(decode_value(k), decode_value(x));
    return d;
  }
  const u8 = toU8(v);
  if (u8 !== null) return new (type("bytes"))(u8);
  if (v instanceof Date) return type("datetime").fromEpochMs(v.getTime());
  if (v instanceof Set) return Array.from(v, decode_value);
  const tag = v[TAG];
  if (tag === "tuple" && Array.isArray(v.items)) return Tuple.from(v.items.map(decode_value));
  if (tag === "datetime" && typeof v.iso === "string") return type("datetime").fromisoformat(v.iso);
  if (tag === "float" && typeof v.value === "number") return new Float(v.value);
  const d = decodedDict();
  for (const k of Object.keys(v)) d.$set(k, decode_value(v[k]));
  return d;
}
