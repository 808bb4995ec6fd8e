// Code-point helpers for strings (JS strings are UTF-16).

const SURR = /[\ud800-\udfff]/;
let lastS = "";
let lastAstral = false;
let lastArr = null;

// True when s has no surrogates, so code-unit indices equal code-point indices.
export function is_bmp(s) {
  if (s.length < 2) return true;
  if (s === lastS) return !lastAstral;
  lastS = s;
  lastArr = null;
  lastAstral = SURR.test(s);
  return !lastAstral;
}

// Array of code points (as strings) of an astral string, cached for the last string.
export function cp_array(s) {
  if (s === lastS && lastArr !== null) return lastArr;
  const a = Array.from(s);
  if (s === lastS) lastArr = a;
  return a;
}

export function cp_len(s) {
  if (is_bmp(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { n--; i++; }
    }
  }
  return n;
}

// Code-unit offset of code-point index i (0 <= i <= cp_len).
export function cp_offset(s, i) {
  if (is_bmp(s)) return i;
  let off = 0;
  for (let k = 0; k < i && off < s.length; k++) {
    const c = s.charCodeAt(off);
    off += c >= 0xd800 && c < 0xdc00 && off + 1 < s.length ? 2 : 1;
  }
  return off;
}

// Code-point index of code-unit offset.
export function cp_index(s, off) {
  if (is_bmp(s)) return off;
  let n = 0;
  for (let i = 0; i < off; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) i++;
    n++;
  }
  return n;
}
