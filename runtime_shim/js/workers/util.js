// Small helpers shared by the workers shim. No top-level side effects.

import { $sig } from "../builtins/call.js";
import { type_name } from "../builtins/object.js";
import { Bytes } from "../builtins/bytes.js";
import { TypeError } from "../builtins/exceptions.js";
import { KW } from "../builtins/kw.js";
import { dumps, loads } from "../stdlib/json.js";

// Token passed as the first constructor argument when the shim wraps a native object;
// Python code can never produce it, so `__init__` can tell the two paths apart.
export const NATIVE = Symbol("cfpy.native");

// The check every wrapper's __init__ makes: only the runtime (holding NATIVE) builds one;
// Python code calling the class gets a TypeError telling where such objects come from.
export function native_only(token, what, origin) {
  if (token !== NATIVE) throw new TypeError(`${what} objects ${origin}`);
}

// Signature metadata. `spec` lists the Python positional parameter names in order
// (without `self`); a name ending in "=" has a default. `qn` names the function in
// TypeError messages; `method` counts `self` in them.
function applySig(fn, spec, qn, method) {
  const names = spec.map((n) => (n.endsWith("=") ? n.slice(0, -1) : n));
  let nreq = 0;
  while (nreq < spec.length && !spec[nreq].endsWith("=")) nreq++;
  return $sig(fn, names, { nreq, qn, m: method });
}

// Names a runtime class for Python (`type(x).__name__` and error messages; a bundler may
// rename the JS class) and attaches Python signatures to its methods. Returns the class,
// so a module can write `export const C = /* @__PURE__ */ sigs("C", class C ..., {...})`
// and stay tree-shakable. `methods` / `statics` map a method name to its `spec`
// (see applySig).
export function sigs(name, cls, methods, statics) {
  Object.defineProperty(cls, "$pyname", { value: name, configurable: true });
  if (methods) {
    for (const m of Object.keys(methods)) applySig(cls.prototype[m], methods[m], `${name}.${m}`, true);
  }
  if (statics) {
    for (const m of Object.keys(statics)) applySig(cls[m], statics[m], `${name}.${m}`, false);
  }
  return cls;
}

// Attaches a Python signature to a function and returns it.
export function sig_fn(fn, spec) {
  return applySig(fn, spec, fn.name, false);
}

// Python None: JS null, and undefined (a skipped argument, a missing property).
export function is_none(x) {
  return x === null || x === undefined;
}

// Positional-parameter count of a Python callable (its `$p`), else the JS arity.
export function arity(fn) {
  const p = fn && fn.$p;
  if (p && Array.isArray(p.names)) return p.names.length;
  return typeof fn === "function" ? fn.length : 0;
}

// The Python type name of a value, for error messages.

// --- bytes <-> Uint8Array ------------------------------------------------------------
// The only two places that know how `Bytes` stores its data.

export function bytes_to_u8(b) {
  return b.$u8;
}

// Is `x` a Python bytes value? Tested by its storage, not with `instanceof Bytes`, so a
// worker that never makes bytes does not carry the bytes type (Python names never
// contain `$`, so no user object has a `$u8`).
export function is_bytes(x) {
  return x !== null && typeof x === "object" && x.$u8 instanceof Uint8Array;
}

// Is `x` a Python dict (or a dict subclass)? Tested by Dict's `$entries` method, not
// with `instanceof Dict`, for the same reason.
export function is_dict(x) {
  return x !== null && typeof x === "object" && typeof x.$entries === "function";
}

export function u8_to_bytes(u8) {
  return new Bytes(u8);
}

// Any binary JS value (ArrayBuffer, typed array, DataView) -> Bytes.
export function binary_to_bytes(x) {
  if (x instanceof Uint8Array) return u8_to_bytes(x);
  if (x instanceof ArrayBuffer) return u8_to_bytes(new Uint8Array(x));
  if (ArrayBuffer.isView(x)) return u8_to_bytes(new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
  return null;
}

export function is_binary(x) {
  return x instanceof ArrayBuffer || ArrayBuffer.isView(x);
}

// A Python str key; anything else is a Python TypeError.
export function str_key(key, what) {
  if (key !== null && typeof key === "object" && typeof key.$keyName === "string") return key.$keyName;
  return str_arg(key, what);
}

// A str argument; anything else is a Python TypeError naming the parameter.
export function str_arg(value, what) {
  if (typeof value === "string") return value;
  throw new TypeError(`${what} must be str, not ${type_name(value)}`);
}

// Iterate the [key, value] pairs of a Python mapping (Dict) or a plain JS object/Map.
export function* mapping_entries(m) {
  if (is_dict(m)) {
    for (const [k, v] of m.$entries()) yield [k, v];
  } else if (m instanceof Map) {
    yield* m.entries();
  } else {
    yield* Object.entries(m);
  }
}

export function is_mapping(x) {
  return is_dict(x) || x instanceof Map;
}

// Milliseconds since the epoch of a Python datetime.
export function epoch_ms(dt, what) {
  if (dt && typeof dt.toEpochMs === "function") return dt.toEpochMs();
  throw new TypeError(`${what} must be a datetime, not ${type_name(dt)}`);
}

// --- JSON with Python's json semantics --------------------------------------------------

// json.dumps(value, ensure_ascii=False, separators=(",", ":")): compact UTF-8 JSON text;
// a value json cannot serialize raises TypeError ("Object of type X is not JSON
// serializable").
export function to_json_text(value) {
  return dumps(value, new KW({ ensure_ascii: false, separators: [",", ":"] }));
}

// json.loads(text): objects -> dict, arrays -> list; invalid text raises JSONDecodeError.
export function from_json_text(text) {
  return loads(text);
}
