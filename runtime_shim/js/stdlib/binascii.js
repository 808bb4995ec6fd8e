// Python's binascii (a C module in CPython): hex, base64 and CRC conversions with
// CPython's results and error messages. The base64 codec is shared with base64.js.
import { PyTypeError, ValueError, Exception as PyException, $exctype } from "../builtins/exceptions.js";
import { Bytes } from "../builtins/bytes.js";
import { $truthy } from "../builtins/truthy.js";
import { bind } from "./_util.js";
import { $BinasciiError, $b64_b2a, $b64_a2b, $b64_enc_input, $b64_dec_input } from "./base64.js";

export const Error = $BinasciiError;
export const Incomplete = /* @__PURE__ */ $exctype("Incomplete", class extends PyException {
  static get __module__() { return "binascii"; }
});

const HEX = "0123456789abcdef";

function ascii(s) {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

export function hexlify(...a) {
  const { v: [data, sep, bytesPerSep] } = bind("hexlify", a, ["data", "sep", "bytes_per_sep"], 1, { c: true });
  const u = $b64_enc_input(data);
  let parts = Array.from(u, (b) => HEX[b >> 4] + HEX[b & 15]);
  if (sep !== undefined && sep !== null) {
    const s = typeof sep === "string" ? sep : sep instanceof Bytes ? String.fromCharCode(...sep.$u8) : null;
    if (s === null) throw new PyTypeError("sep must be str or bytes.");
    if (s.length !== 1) throw new ValueError("sep must be length 1.");
    if (s.charCodeAt(0) > 127) throw new ValueError("sep must be ASCII.");
    const n = bytesPerSep === undefined ? 1 : bytesPerSep;
    const size = Math.abs(n);
    if (size > 0 && parts.length > 0) {
      const groups = [];
      if (n > 0) { // groups counted from the right
        let first = parts.length % size || size;
        groups.push(parts.slice(0, first).join(""));
        for (let i = first; i < parts.length; i += size) groups.push(parts.slice(i, i + size).join(""));
      } else {
        for (let i = 0; i < parts.length; i += size) groups.push(parts.slice(i, i + size).join(""));
      }
      parts = [groups.join(s)];
    }
  }
  return new Bytes(ascii(parts.join("")));
}
export const b2a_hex = hexlify;

export function unhexlify(hexstr) {
  const u = $b64_dec_input(hexstr);
  if (u.length % 2) throw new $BinasciiError("Odd-length string");
  const out = new Uint8Array(u.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = parseInt(String.fromCharCode(u[2 * i]), 16), lo = parseInt(String.fromCharCode(u[2 * i + 1]), 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) throw new $BinasciiError("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return new Bytes(out);
}
export const a2b_hex = unhexlify;

export function b2a_base64(...a) {
  const { v: [data, newline] } = bind("b2a_base64", a, ["data"], 1, { ko: ["newline"], c: true, posonly: 1 });
  const text = $b64_b2a($b64_enc_input(data)) + (newline === undefined || $truthy(newline) ? "\n" : "");
  return new Bytes(ascii(text));
}

export function a2b_base64(...a) {
  const { v: [data, strict] } = bind("a2b_base64", a, ["data"], 1, { ko: ["strict_mode"], c: true, posonly: 1 });
  return new Bytes($b64_a2b($b64_dec_input(data), strict !== undefined && $truthy(strict)));
}

let CRC_TABLE = null;
export function crc32(data, crc = 0) {
  if (CRC_TABLE === null) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = (Number(crc) ^ 0xffffffff) >>> 0;
  for (const b of $b64_enc_input(data)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function crc_hqx(data, crc) {
  let c = Number(crc) & 0xffff;
  for (const b of $b64_enc_input(data)) {
    c ^= b << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}
