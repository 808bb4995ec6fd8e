// Python's base64 (with binascii's exact decoding rules and error messages).
import { ValueError, PyTypeError } from "../builtins/exceptions.js";
import { Bytes } from "../builtins/bytes.js";
import { type_name } from "../builtins/object.js";
import { $truthy } from "../builtins/truthy.js";
import { bind } from "./_util.js";

// binascii.Error (a ValueError subclass); Python code catches it as ValueError.
export const $BinasciiError = class Error extends ValueError {
  static get __module__() { return "binascii"; }
};
const BinErr = $BinasciiError;

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
let A2B = null;
function a2bTable() {
  if (A2B === null) {
    A2B = new Uint8Array(256).fill(255);
    for (let i = 0; i < 64; i++) A2B[B64.charCodeAt(i)] = i;
  }
  return A2B;
}

// bytes-like input for the encoders
function encInput(s) {
  if (s instanceof Bytes) return s.$u8;
  if (s instanceof Uint8Array) return s;
  throw new PyTypeError(`a bytes-like object is required, not '${type_name(s)}'`);
}

// _bytes_from_decode_data: bytes-like or ASCII str
function decInput(s) {
  if (typeof s === "string") {
    const u = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw new ValueError("string argument should contain only ASCII characters");
      u[i] = c;
    }
    return u;
  }
  if (s instanceof Bytes) return s.$u8;
  if (s instanceof Uint8Array) return s;
  throw new PyTypeError(`argument should be a bytes-like object or ASCII string, not '${type_name(s)}'`);
}

function translate(u8, from, to) {
  const out = u8.slice();
  for (let i = 0; i < out.length; i++) {
    const k = from.indexOf(out[i]);
    if (k >= 0) out[i] = to[k];
  }
  return out;
}

function b2a(u8) {
  let s = "";
  let i = 0;
  for (; i + 2 < u8.length; i += 3) {
    const n = (u8[i] << 16) | (u8[i + 1] << 8) | u8[i + 2];
    s += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  if (i < u8.length) {
    const a = u8[i], b = i + 1 < u8.length ? u8[i + 1] : 0;
    s += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)];
    s += i + 1 < u8.length ? B64[(b & 15) << 2] + "=" : "==";
  }
  return s;
}

function ascii(s) {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

// binascii.a2b_base64(data, strict_mode)
function a2b(data, strict) {
  const T = a2bTable();
  const out = new Uint8Array(Math.floor((data.length * 3) / 4) + 3);
  let o = 0;
  let quadPos = 0, leftchar = 0, pads = 0, paddingStarted = false;
  if (strict && data.length > 0 && data[0] === 61) throw new BinErr("Leading padding not allowed");
  for (let i = 0; i < data.length; i++) {
    let ch = data[i];
    if (ch === 61) {
      paddingStarted = true;
      if (strict && quadPos === 0) throw new BinErr("Excess padding not allowed");
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw new BinErr("Excess data after padding");
        return out.slice(0, o);
      }
      continue;
    }
    ch = T[ch];
    if (ch >= 64) {
      if (strict) throw new BinErr("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw new BinErr("Discontinuous padding not allowed");
    pads = 0;
    switch (quadPos) {
      case 0: quadPos = 1; leftchar = ch; break;
      case 1: quadPos = 2; out[o++] = (leftchar << 2) | (ch >> 4); leftchar = ch & 0x0f; break;
      case 2: quadPos = 3; out[o++] = ((leftchar << 4) | (ch >> 2)) & 0xff; leftchar = ch & 0x03; break;
      default: quadPos = 0; out[o++] = ((leftchar << 6) | ch) & 0xff; leftchar = 0; break;
    }
  }
  if (quadPos !== 0) {
    if (quadPos === 1) {
      throw new BinErr(`Invalid base64-encoded string: number of data characters (${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    }
    throw new BinErr("Incorrect padding");
  }
  return out.slice(0, o);
}

const PLUS_SLASH = [43, 47];

export function b64encode(...a) {
  const { v: [s, altchars] } = bind("b64encode", a, ["s", "altchars"], 1);
  let enc = ascii(b2a(encInput(s)));
  if (altchars !== undefined && altchars !== null) {
    const alt = encInput(altchars);
    if (alt.length !== 2) throw new PyTypeError(`altchars must be a length-2 bytes-like object`);
    enc = translate(enc, PLUS_SLASH, [alt[0], alt[1]]);
  }
  return new Bytes(enc);
}

export function b64decode(...a) {
  const { v: [s, altchars, validate] } = bind("b64decode", a, ["s", "altchars", "validate"], 1);
  let data = decInput(s);
  if (altchars !== undefined && altchars !== null) {
    const alt = decInput(altchars);
    if (alt.length !== 2) throw new PyTypeError(`altchars must be a length-2 bytes-like object`);
    data = translate(data, [alt[0], alt[1]], PLUS_SLASH);
  }
  return new Bytes(a2b(data, validate !== undefined && $truthy(validate)));
}

export function standard_b64encode(s) { return b64encode(s); }
export function standard_b64decode(s) { return b64decode(s); }

export function urlsafe_b64encode(s) {
  return new Bytes(translate(b64encode(s).$u8, PLUS_SLASH, [45, 95]));
}

export function urlsafe_b64decode(s) {
  return new Bytes(a2b(translate(decInput(s), [45, 95], PLUS_SLASH), false));
}

// MIME-style: lines of at most 76 characters, each followed by a newline.
export function encodebytes(s) {
  const u = encInput(s);
  let out = "";
  for (let i = 0; i < u.length; i += 57) out += b2a(u.subarray(i, i + 57)) + "\n";
  return new Bytes(ascii(out));
}

export function decodebytes(s) {
  return new Bytes(a2b(encInput(s), false));
}

// ---- base16 -------------------------------------------------------------------------

export function b16encode(s) {
  const u = encInput(s);
  let out = "";
  for (const b of u) out += b.toString(16).toUpperCase().padStart(2, "0");
  return new Bytes(ascii(out));
}

export function b16decode(...a) {
  const { v: [s, casefold] } = bind("b16decode", a, ["s", "casefold"], 1);
  let u = decInput(s);
  if (casefold !== undefined && $truthy(casefold)) {
    u = u.map((c) => (c >= 97 && c <= 122 ? c - 32 : c));
  }
  for (const c of u) {
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70))) throw new BinErr("Non-base16 digit found");
  }
  if (u.length % 2) throw new BinErr("Odd-length string");
  const out = new Uint8Array(u.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(String.fromCharCode(u[2 * i], u[2 * i + 1]), 16);
  return new Bytes(out);
}

// ---- base32 -------------------------------------------------------------------------

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

function b32enc(u, alphabet) {
  let out = "";
  for (let i = 0; i < u.length; i += 5) {
    const chunk = new Uint8Array(5);
    chunk.set(u.subarray(i, i + 5));
    let bits = 0n;
    for (const b of chunk) bits = (bits << 8n) | BigInt(b);
    let s = "";
    for (let k = 7; k >= 0; k--) s += alphabet[Number((bits >> BigInt(5 * k)) & 31n)];
    out += s;
  }
  const left = u.length % 5;
  if (left) {
    const keep = { 1: 2, 2: 4, 3: 5, 4: 7 }[left];
    out = out.slice(0, out.length - 8 + keep) + "=".repeat(8 - keep);
  }
  return new Bytes(ascii(out));
}

function b32dec(s, casefold, map01, alphabet) {
  let u = decInput(s);
  if (u.length % 8) throw new BinErr("Incorrect padding");
  if (map01 !== undefined && map01 !== null) {
    const m = decInput(map01);
    if (m.length !== 1) throw new PyTypeError("map01 must be a length-1 bytes-like object");
    u = translate(u, [48, 49], [79, m[0]]);
  }
  let str = String.fromCharCode(...u);
  if (casefold) str = str.toUpperCase();
  const l = str.length;
  const stripped = str.replace(/=+$/, "");
  const padchars = l - stripped.length;
  const out = [];
  for (let i = 0; i < stripped.length; i += 8) {
    const quanta = stripped.slice(i, i + 8);
    let acc = 0n;
    for (const c of quanta) {
      const v = alphabet.indexOf(c);
      if (v < 0) throw new BinErr("Non-base32 digit found");
      acc = (acc << 5n) | BigInt(v);
    }
    acc <<= BigInt(5 * (8 - quanta.length));
    for (let k = 4; k >= 0; k--) out.push(Number((acc >> BigInt(8 * k)) & 255n));
  }
  if (l % 8 || ![0, 1, 3, 4, 6].includes(padchars)) throw new BinErr("Incorrect padding");
  if (padchars && out.length) {
    const leftover = { 0: 5, 1: 4, 3: 3, 4: 2, 6: 1 }[padchars];
    out.length = out.length - 5 + leftover;
  }
  return new Bytes(Uint8Array.from(out));
}

export function b32encode(s) { return b32enc(encInput(s), B32); }
export function b32decode(...a) {
  const { v: [s, casefold, map01] } = bind("b32decode", a, ["s", "casefold", "map01"], 1);
  return b32dec(s, casefold !== undefined && $truthy(casefold), map01, B32);
}
export function b32hexencode(s) { return b32enc(encInput(s), B32HEX); }
export function b32hexdecode(...a) {
  const { v: [s, casefold] } = bind("b32hexdecode", a, ["s", "casefold"], 1);
  return b32dec(s, casefold !== undefined && $truthy(casefold), null, B32HEX);
}

// (for binascii.js, which shares the codec and its error class)
export { b2a as $b64_b2a, a2b as $b64_a2b, encInput as $b64_enc_input, decInput as $b64_dec_input };
