// Key normalisation shared by Dict and PySet, and hash().
// A table has `$m` (Map: normalised key -> payload), `$k` (Map: normalised key -> original
// key, only for keys whose normalised form differs from the key) and `$o` (Map: encoding
// -> token, for tuple / custom-hash keys). Strings and numbers are their own normalised key.
import { PyTypeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { $eq } from "./equality.js";
import { Float } from "./floatbox.js";

export const MISSING = /* @__PURE__ */ Object.freeze({ $missing: true });

function isTup(x) { return x.constructor.$pyname === "tuple"; }

// Encode a tuple of primitives / nested tuples by value; returns null when it holds
// something else (then the hash path is used).
function encTuple(t) {
  let s = "(";
  for (let i = 0; i < t.length; i++) {
    let x = t[i];
    if (x !== null && typeof x === "object" && x.$subkey !== undefined) x = x.$subkey; // str/int/float subclass
    switch (typeof x) {
      case "string": s += JSON.stringify(x); break;
      case "number": s += "n" + (x === 0 ? "0" : String(x)); break;
      case "boolean": s += x ? "n1" : "n0"; break;
      case "bigint": { const k = bigKey(x); s += "n" + String(k); break; }
      case "undefined": s += "N"; break;
      case "object": {
        if (x === null) { s += "N"; break; }
        if (x instanceof Float) { s += "n" + (x.$v === 0 ? "0" : String(x.$v)); break; }
        if (x.$numkey !== undefined) { s += "n" + (x.$numkey === 0 ? "0" : String(x.$numkey)); break; }
        if (Array.isArray(x) && isTup(x)) {
          const e = encTuple(x);
          if (e === null) return null;
          s += e;
          break;
        }
        return null;
      }
      default: return null;
    }
    s += ",";
  }
  return s + ")";
}

// Flat tuples (every element a str, int, float, bool or None) are found through a trie in
// `$o` that allocates nothing on lookup: `$o.get(length)` -> Map(first element) -> ... ->
// Map(last element) -> token. Elements are normalised as dict keys are (True -> 1,
// 1.0 -> 1, None -> null); numeric `$o` keys never clash with the string encodings.
const NOTFLAT = {};
function flatEl(x) {
  switch (typeof x) {
    case "string": case "number": return x;
    case "boolean": return x ? 1 : 0;
    case "undefined": return null;
    case "bigint": return bigKey(x);
    case "object":
      if (x === null) return null;
      if (x instanceof Float) return x.$v + 0;
      if (x.$numkey !== undefined) return x.$numkey + 0; // a complex equal to a real
      if (x.$subkey !== undefined) return flatEl(x.$subkey); // a str/int/float subclass
      return NOTFLAT;
  }
  return NOTFLAT;
}

function tupKey(t, k, create) {
  // `$lt`/`$ltok`: the last tuple looked up and its token (`d[k] = d.get(k, 0) + 1` looks
  // the same tuple up twice); reset by $drop_token and clear().
  if (t.$lt === k) return t.$ltok;
  const n = k.length;
  for (let i = 0; i < n; i++) if (flatEl(k[i]) === NOTFLAT) return NOTFLAT;
  let node = t.$o;
  if (node === null) {
    if (!create) return MISSING;
    node = t.$o = new Map();
  }
  let key = n;
  for (let i = 0; i < n; i++) {
    let next = node.get(key);
    if (next === undefined) {
      if (!create) return MISSING;
      next = new Map();
      node.set(key, next);
    }
    node = next;
    key = flatEl(k[i]);
  }
  let tok = node.get(key);
  if (tok === undefined) {
    if (!create) return MISSING;
    tok = { $enc: null, $tup: k };
    node.set(key, tok);
  }
  t.$lt = k;
  t.$ltok = tok;
  return tok;
}

function dropTup(o, tup) {
  // Remove the token's leaf and every Map left empty on its path.
  const n = tup.length;
  const path = [o];
  let key = n;
  for (let i = 0; i < n; i++) {
    const next = path[i].get(key);
    if (next === undefined) return;
    path.push(next);
    key = flatEl(tup[i]);
  }
  path[n].delete(key);
  for (let i = n; i > 0 && path[i].size === 0; i--) {
    path[i - 1].delete(i - 1 === 0 ? n : flatEl(tup[i - 2]));
  }
}

function copyTrie(m) {
  const c = new Map();
  for (const [key, v] of m) c.set(key, v instanceof Map ? copyTrie(v) : v);
  return c;
}

// A copy of a table's `$o` for a copied table (tokens are shared: they are `$m` keys).
export function $copy_o(o) {
  if (o === null) return null;
  const c = new Map();
  for (const [e, t] of o) {
    c.set(e, Array.isArray(t) ? t.slice() : t instanceof Map ? copyTrie(t) : t);
  }
  return c;
}

// Returns: a primitive / object usable directly as Map key, or {enc} / {hash} descriptors.
// The key of a big int (a BigInt, builtins/bigint.js): the double of the same value when
// there is one (`10**20 == 1e20` are one key), else the BigInt itself (Map compares
// BigInts by value).
function bigKey(b) {
  const n = Number(b);
  return Number.isFinite(n) && BigInt(n) === b ? n : b;
}

const FLOATKEY = {};
function classify(k) {
  if (Array.isArray(k)) {
    if (!isTup(k)) throw unhashable(k);
    const e = encTuple(k);
    if (e !== null) return e;
    return hash_of(k);
  }
  if (k instanceof Float || k.$numkey !== undefined) return FLOATKEY;
  const h = k.__hash__;
  if (h === null) throw unhashable(k);
  if (typeof h === "function") return hash_of(k);
  if (typeof k.__eq__ === "function" && typeof k !== "function") throw unhashable(k);
  return k; // identity
}

function unhashable(k) {
  return new PyTypeError(`unhashable type: '${type_name(k)}'`);
}

// Normalised key for lookup (create=false) or insertion (create=true).
// Returns MISSING on lookup of an absent complex key.
export function $nkey(t, k, create) {
  switch (typeof k) {
    case "string": case "number": return k;
    case "boolean": return k ? 1 : 0;
    case "undefined": return null;
    case "bigint": return bigKey(k);
    case "function": case "symbol": return k;
  }
  if (k === null) return null;
  if (Array.isArray(k) && k.constructor.$pyname === "tuple") {
    const tok = tupKey(t, k, create);
    if (tok !== NOTFLAT) return tok;
  }
  // An instance of a str/int/float subclass that keeps the builtin's hash and == is the
  // same key as its value (lang/base_str.js, base_num.js); the original stays in `$k`.
  const sk = k.$subkey;
  if (sk !== undefined) return $nkey(t, sk, create);
  const c = classify(k);
  // 1.0 == 1 == True == 1+0j: one key (-0.0 == 0)
  if (c === FLOATKEY) return (k instanceof Float ? k.$v : k.$numkey) + 0;
  if (c === k) return k;
  if (typeof c === "string") {
    let o = t.$o;
    let tok = o === null ? undefined : o.get(c);
    if (tok !== undefined) return tok;
    if (!create) return MISSING;
    if (o === null) o = t.$o = new Map();
    tok = { $enc: c };
    o.set(c, tok);
    return tok;
  }
  // custom hash: bucket "#<hash>" -> array of tokens
  const bk = "#" + c;
  let o = t.$o;
  let bucket = o === null ? undefined : o.get(bk);
  if (bucket !== undefined) {
    for (const tok of bucket) {
      const orig = t.$k.get(tok);
      if (orig === k || $eq(orig, k)) return tok;
    }
  }
  if (!create) return MISSING;
  if (o === null) o = t.$o = new Map();
  if (bucket === undefined) { bucket = []; o.set(bk, bucket); }
  const tok = { $enc: bk };
  bucket.push(tok);
  return tok;
}

// Whether the normalised key needs the original key remembered in $k.
export function $needs_orig(nk, k) {
  return nk !== k && !(nk === null && k === undefined);
}

// Forget a token's side-table entry after deletion.
export function $drop_token(t, nk) {
  t.$lt = null;
  if (nk === null || typeof nk !== "object" || nk.$enc === undefined || t.$o === null) return;
  const enc = nk.$enc;
  if (enc === null) {
    dropTup(t.$o, nk.$tup);
  } else if (enc[0] === "#") {
    const b = t.$o.get(enc);
    if (b) {
      const i = b.indexOf(nk);
      if (i >= 0) b.splice(i, 1);
      if (b.length === 0) t.$o.delete(enc);
    }
  } else {
    t.$o.delete(enc);
  }
}

// ---- hash() ------------------------------------------------------------------------

const P = 2305843009213693951n; // 2**61 - 1 (CPython's modulus)

function hashNum(x) {
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 31) return x === -1 ? -2 : x;
  if (x !== x) return 0;
  return Number($hash_exact(x));
}

// CPython's hash of a finite or infinite number, exactly (a BigInt: hashes reach 2**61).
export function $hash_exact(x) {
  if (typeof x === "bigint" || Number.isInteger(x)) {
    const b = BigInt(x);
    const m = (b < 0n ? -b : b) % P;
    const h = b < 0n ? -m : m;
    return h === -1n ? -2n : h;
  }
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  // Non-integral float: CPython's algorithm over the binary expansion.
  let m = Math.abs(x);
  let e = 0;
  // frexp
  while (m >= 1) { m /= 2; e++; }
  while (m < 0.5) { m *= 2; e--; }
  let h = 0n;
  while (m) {
    h = ((h << 28n) & P) | (h >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= P) h -= P;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  h = ((h << BigInt(e)) & P) | (h >> BigInt(61 - e));
  const r = BigInt.asIntN(64, x < 0 ? -h : h);
  return r === -1n ? -2n : r;
}

function hashStr(s) {
  // FNV-1a, 32 bit (CPython's str hash is randomised per process anyway).
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

function hashTuple(t) {
  // xxHash-like combination as in CPython (simplified to 32-bit arithmetic).
  let acc = 0x27d4eb2f | 0;
  for (let i = 0; i < t.length; i++) {
    acc = (acc + Math.imul(hash_of(t[i]) | 0, 0x85ebca77)) | 0;
    acc = (acc << 13) | (acc >>> 19);
    acc = Math.imul(acc, 0x9e3779b1);
  }
  acc = (acc + (t.length ^ 0x165667b1 ^ 3527539)) | 0;
  return acc === -1 ? 1546275796 : acc;
}

export function hash_of(x) {
  switch (typeof x) {
    case "number": return hashNum(x);
    case "boolean": return x ? 1 : 0;
    case "string": return hashStr(x);
    case "undefined": return 0x5f3a1c;
    case "bigint": return Number($hash_exact(x));
  }
  if (x === null) return 0x5f3a1c;
  if (x instanceof Float) return hashNum(x.$v + 0);
  if (Array.isArray(x)) {
    if (!isTup(x)) throw unhashable(x);
    return hashTuple(x);
  }
  const h = x.__hash__;
  if (h === null) throw unhashable(x);
  if (typeof h === "function") {
    let r = h.call(x);
    if (typeof r === "bigint") r = Number(r); // internal hashes are doubles; hash() is exact
    if (typeof r !== "number" || !Number.isInteger(r)) {
      throw new PyTypeError("__hash__ method should return an integer");
    }
    return r;
  }
  if (typeof x.__eq__ === "function" && typeof x !== "function") throw unhashable(x);
  return identityHash(x);
}

let ihash = null;
let ihNext = 8796093022208;
function identityHash(x) {
  if (ihash === null) ihash = new WeakMap();
  let h = ihash.get(x);
  if (h === undefined) { h = ihNext++; ihash.set(x, h); }
  return h;
}

// Builtin hash().
export function hash(x) {
  const t = typeof x;
  if (t === "bigint" || (t === "number" && !Number.isInteger(x) && x === x) || x instanceof Float) {
    // CPython's hash of a number, exact (it may exceed 2**53: an int beyond is a BigInt)
    const h = $hash_exact(x instanceof Float ? x.$v + 0 : x);
    return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
  }
  if (x !== null && t === "object" && !Array.isArray(x) && typeof x.__hash__ === "function") {
    const r = x.__hash__(); // may be a big int (complex): hash_of keeps a double
    if (typeof r === "bigint") return r;
    if (typeof r !== "number" || !Number.isInteger(r)) throw new PyTypeError("__hash__ method should return an integer");
    return r;
  }
  return hash_of(x);
}
