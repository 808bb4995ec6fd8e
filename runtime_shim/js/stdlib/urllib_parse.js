// Python's urllib.parse (str URLs; bytes are accepted by the quoting functions).
import { PyTypeError, ValueError, NotImplementedError } from "../builtins/exceptions.js";
import { Bytes } from "../builtins/bytes.js";
import { Dict } from "../builtins/dict.js";
import { Tuple } from "../builtins/tuple.js";
import { $str, str_repr } from "../builtins/repr.js";
import { $iter } from "../builtins/iter.js";
import { $truthy } from "../builtins/truthy.js";
import { len as pylen } from "../builtins/builtins.js";
import { $m_encode } from "../builtins/str_methods.js";
import { namedtuple } from "./_ntuple.js";
import { KW } from "../builtins/kw.js";
import { bind, pycall } from "./_util.js";

export const uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
  "prospero", "rtsp", "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"];
export const uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
  "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh",
  "ws", "wss"];
export const uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtsps", "rtspu",
  "sip", "sips", "mms", "sftp", "tel"];
export const scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

const ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

function u8(b) { return b instanceof Bytes ? b.$u8 : b; }
function is_bytes(x) { return x instanceof Bytes || x instanceof Uint8Array; }

function needStr(x, fname) {
  if (typeof x === "string") return x;
  if (is_bytes(x)) throw new NotImplementedError(`urllib.parse.${fname}() with bytes is not supported by cfpy`);
  throw new PyTypeError(`Cannot mix str and non-str arguments`);
}

// ---- quoting --------------------------------------------------------------------------

function safeSet(safe) {
  const set = new Set();
  for (const c of ALWAYS_SAFE) set.add(c.charCodeAt(0));
  if (typeof safe === "string") {
    for (const ch of safe) { const c = ch.codePointAt(0); if (c < 128) set.add(c); }
  } else if (is_bytes(safe)) {
    for (const c of u8(safe)) if (c < 128) set.add(c);
  } else if (safe !== null && safe !== undefined) {
    for (const c of $iter(safe)) if (typeof c === "number" && c < 128) set.add(c);
  }
  return set;
}

export function quote_from_bytes(bs, safe = "/") {
  if (!is_bytes(bs)) throw new PyTypeError("quote_from_bytes() expected bytes");
  const data = u8(bs);
  if (data.length === 0) return "";
  const ok = safeSet(safe);
  let out = "";
  for (const b of data) out += ok.has(b) ? String.fromCharCode(b) : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  return out;
}

export function quote(...a) {
  const { v: [string, safe, encoding, errors] } = bind("quote", a, ["string", "safe", "encoding", "errors"], 1);
  const sf = safe === undefined ? "/" : safe;
  if (typeof string === "string") {
    if (!string) return string;
    const enc = encoding === undefined || encoding === null ? "utf-8" : encoding;
    const err = errors === undefined || errors === null ? "strict" : errors;
    return quote_from_bytes($m_encode(string, enc, err), sf);
  }
  if (encoding !== undefined && encoding !== null) throw new PyTypeError("quote() doesn't support 'encoding' for bytes");
  if (errors !== undefined && errors !== null) throw new PyTypeError("quote() doesn't support 'errors' for bytes");
  return quote_from_bytes(string, sf);
}

export function quote_plus(...a) {
  const { v: [string, safe, encoding, errors] } = bind("quote_plus", a, ["string", "safe", "encoding", "errors"], 1);
  const sf = safe === undefined ? "" : safe;
  const hasSpace = typeof string === "string" ? string.includes(" ") : is_bytes(string) && u8(string).includes(32);
  if (!hasSpace) return quote(string, sf, encoding, errors);
  const sp = typeof sf === "string" ? sf + " " : new Bytes(Uint8Array.from([...u8(sf), 32]));
  return quote(string, sp, encoding, errors).replace(/ /g, "+");
}

export function unquote_to_bytes(string) {
  let data;
  if (typeof string === "string") {
    if (!string) return new Bytes(new Uint8Array(0));
    data = new TextEncoder().encode(string);
  } else if (is_bytes(string)) data = u8(string);
  else throw new PyTypeError(`a bytes-like object is required, not '${typeof string}'`);
  const out = [];
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 37 && i + 2 < data.length && isHex(data[i + 1]) && isHex(data[i + 2])) {
      out.push(parseInt(String.fromCharCode(data[i + 1], data[i + 2]), 16));
      i += 2;
    } else out.push(c);
  }
  return new Bytes(Uint8Array.from(out));
}

function isHex(c) {
  return c !== undefined && ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102));
}

export function unquote(...a) {
  const { v: [string, encoding, errors] } = bind("unquote", a, ["string", "encoding", "errors"], 1);
  const enc = encoding === undefined || encoding === null ? "utf-8" : encoding;
  const err = errors === undefined || errors === null ? "replace" : errors;
  if (is_bytes(string)) return unquote_to_bytes(string).decode(enc, err);
  if (typeof string !== "string") throw new PyTypeError(`'${typeof string}' object has no attribute 'split'`);
  if (!string.includes("%")) return string;
  // unquote runs of ASCII characters; other characters are kept as they are
  return string.replace(/[\x00-\x7f]+/g, (run) => (run.includes("%") ? unquote_to_bytes(run).decode(enc, err) : run));
}

export function unquote_plus(...a) {
  const { v: [string, encoding, errors] } = bind("unquote_plus", a, ["string", "encoding", "errors"], 1);
  if (typeof string !== "string") throw new PyTypeError("a bytes-like object is required, not 'str'");
  return unquote(string.replace(/\+/g, " "), encoding, errors);
}

// ---- urlencode / parse_qs ---------------------------------------------------------------

export function urlencode(...a) {
  const { v: [query, doseqIn, safeIn, encoding, errors, quoteVia] } = bind(
    "urlencode", a, ["query", "doseq", "safe", "encoding", "errors", "quote_via"], 1);
  const doseq = doseqIn !== undefined && $truthy(doseqIn);
  const safe = safeIn === undefined ? "" : safeIn;
  const qv = quoteVia === undefined ? quote_plus : quoteVia;
  const q = (x, full) => (full ? pycall(qv, x, safe, encoding ?? null, errors ?? null) : pycall(qv, x, safe));
  let items;
  if (query instanceof Dict) items = Array.from(query.$entries());
  else if (query !== null && typeof query === "object" && typeof query.items === "function" && !Array.isArray(query)) {
    items = Array.from($iter(query.items()), (t) => [t[0], t[1]]);
  } else {
    let ok = false;
    try {
      const n = pylen(query);
      ok = !n || (Array.isArray(query[0]) && query[0].constructor.$pyname === "tuple");
    } catch (e) {
      if (!(e instanceof PyTypeError)) throw e;
    }
    if (!ok || typeof query === "string") throw new PyTypeError("not a valid non-string sequence or mapping object");
    items = Array.from($iter(query), (t) => {
      const p = Array.from($iter(t));
      if (p.length !== 2) throw new ValueError(`${p.length > 2 ? "too many" : "not enough"} values to unpack (expected 2${p.length < 2 ? `, got ${p.length}` : ""})`);
      return p;
    });
  }
  const l = [];
  for (const [k0, v0] of items) {
    const k = is_bytes(k0) ? q(k0, false) : q($str(k0), true);
    if (!doseq) {
      const v = is_bytes(v0) ? q(v0, false) : q($str(v0), true);
      l.push(k + "=" + v);
      continue;
    }
    if (is_bytes(v0)) l.push(k + "=" + q(v0, false));
    else if (typeof v0 === "string") l.push(k + "=" + q(v0, true));
    else {
      let isSeq = true;
      try { pylen(v0); } catch (e) { if (e instanceof PyTypeError) isSeq = false; else throw e; }
      if (!isSeq) l.push(k + "=" + q($str(v0), true));
      else for (const elt of $iter(v0)) l.push(k + "=" + (is_bytes(elt) ? q(elt, false) : q($str(elt), true)));
    }
  }
  return l.join("&");
}

function qslArgs(fname, a) {
  const { v } = bind(fname, a, ["qs", "keep_blank_values", "strict_parsing", "encoding", "errors", "max_num_fields", "separator"], 1);
  const [qs, kbv, strict, encoding, errors, maxNum, separator] = v;
  return {
    qs, keep: kbv !== undefined && $truthy(kbv), strict: strict !== undefined && $truthy(strict),
    encoding: encoding === undefined ? "utf-8" : encoding, errors: errors === undefined ? "replace" : errors,
    maxNum: maxNum === undefined ? null : maxNum, separator: separator === undefined ? "&" : separator,
  };
}

function qsl(o) {
  let qs = o.qs;
  let bytesIn = false;
  if (is_bytes(qs)) {
    bytesIn = true;
    qs = Array.from(u8(qs), (c) => {
      if (c > 127) throw new ValueError("non-ASCII query string");
      return String.fromCharCode(c);
    }).join("");
  } else if (qs === null || qs === undefined) qs = "";
  else if (typeof qs !== "string") throw new PyTypeError(`Cannot mix str and non-str arguments`);
  let sep = o.separator;
  if (is_bytes(sep)) sep = String.fromCharCode(...u8(sep));
  if (!sep || typeof sep !== "string") throw new ValueError("Separator must be of type string or bytes.");
  if (o.maxNum !== null) {
    const n = qs ? 1 + qs.split(sep).length - 1 : 0;
    if (o.maxNum < n) throw new ValueError("Max number of fields exceeded");
  }
  const out = [];
  const conv = (s) => (bytesIn ? new Bytes(Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)))) : s);
  for (const nameValue of qs ? qs.split(sep) : []) {
    if (!nameValue && !o.strict) continue;
    const i = nameValue.indexOf("=");
    let nv = i < 0 ? [nameValue] : [nameValue.slice(0, i), nameValue.slice(i + 1)];
    if (nv.length !== 2) {
      if (o.strict) throw new ValueError(`bad query field: ${str_repr(nameValue)}`);
      if (o.keep) nv.push("");
      else continue;
    }
    if (nv[1].length || o.keep) {
      const name = unquote(nv[0].replace(/\+/g, " "), o.encoding, o.errors);
      const value = unquote(nv[1].replace(/\+/g, " "), o.encoding, o.errors);
      out.push(Tuple.of(bytesIn ? conv(name) : name, bytesIn ? conv(value) : value));
    }
  }
  return out;
}

export function parse_qsl(...a) {
  return qsl(qslArgs("parse_qsl", a));
}

export function parse_qs(...a) {
  const d = new Dict();
  for (const [name, value] of qsl(qslArgs("parse_qs", a))) {
    const l = d.$get(name);
    if (l !== undefined) l.push(value);
    else d.$set(name, [value]);
  }
  return d;
}

// ---- result classes ---------------------------------------------------------------------

function userinfo(netloc) {
  const at = netloc.lastIndexOf("@");
  if (at < 0) return [null, null];
  const info = netloc.slice(0, at);
  const c = info.indexOf(":");
  return c < 0 ? [info, null] : [info.slice(0, c), info.slice(c + 1)];
}

function hostinfo(netloc) {
  const hostinfoStr = netloc.slice(netloc.lastIndexOf("@") + 1);
  let hostname, port;
  const ob = hostinfoStr.indexOf("[");
  if (ob >= 0) {
    const bracketed = hostinfoStr.slice(ob + 1);
    const cb = bracketed.indexOf("]");
    if (cb >= 0) {
      hostname = bracketed.slice(0, cb);
      const rest = bracketed.slice(cb + 1);
      const c = rest.indexOf(":");
      port = c < 0 ? "" : rest.slice(c + 1);
    } else {
      hostname = bracketed;
      port = "";
    }
  } else {
    const c = hostinfoStr.indexOf(":");
    hostname = c < 0 ? hostinfoStr : hostinfoStr.slice(0, c);
    port = c < 0 ? "" : hostinfoStr.slice(c + 1);
  }
  return [hostname, port === "" ? null : port];
}

const NetlocMixin = {
  username() { return userinfo(this.netloc)[0]; },
  password() { return userinfo(this.netloc)[1]; },
  hostname() {
    const h = hostinfo(this.netloc)[0];
    if (!h) return null;
    const p = h.indexOf("%");
    return p < 0 ? h.toLowerCase() : h.slice(0, p).toLowerCase() + h.slice(p);
  },
  port() {
    const p = hostinfo(this.netloc)[1];
    if (p === null) return null;
    if (!/^[0-9]+$/.test(p)) throw new ValueError(`Port could not be cast to integer value as ${str_repr(p)}`);
    const n = parseInt(p, 10);
    if (!(n >= 0 && n <= 65535)) throw new ValueError("Port out of range 0-65535");
    return n;
  },
};

const SplitBase = /* @__PURE__ */ namedtuple("SplitResult", ["scheme", "netloc", "path", "query", "fragment"], new KW({ module: "urllib.parse" }));
const ParseBase = /* @__PURE__ */ namedtuple("ParseResult", ["scheme", "netloc", "path", "params", "query", "fragment"], new KW({ module: "urllib.parse" }));
const DefragBase = /* @__PURE__ */ namedtuple("DefragResult", ["url", "fragment"], new KW({ module: "urllib.parse" }));

export class SplitResult extends SplitBase {
  get username() { return NetlocMixin.username.call(this); }
  get password() { return NetlocMixin.password.call(this); }
  get hostname() { return NetlocMixin.hostname.call(this); }
  get port() { return NetlocMixin.port.call(this); }
  geturl() { return urlunsplit(this); }
}

export class ParseResult extends ParseBase {
  get username() { return NetlocMixin.username.call(this); }
  get password() { return NetlocMixin.password.call(this); }
  get hostname() { return NetlocMixin.hostname.call(this); }
  get port() { return NetlocMixin.port.call(this); }
  geturl() { return urlunparse(this); }
}

export class DefragResult extends DefragBase {
  geturl() { return this.fragment ? this.url + "#" + this.fragment : this.url; }
}

// ---- parsing ----------------------------------------------------------------------------

const C0_SPACE = /^[\x00-\x20]+/;

function splitnetloc(url, start) {
  let delim = url.length;
  for (const c of "/?#") {
    const w = url.indexOf(c, start);
    if (w >= 0) delim = Math.min(delim, w);
  }
  return [url.slice(start, delim), url.slice(delim)];
}

function checknetloc(netloc) {
  if (!netloc || /^[\x00-\x7f]*$/.test(netloc)) return;
  const n = netloc.replace(/[@:#?]/g, "");
  const n2 = n.normalize("NFKC");
  if (n === n2) return;
  for (const c of "/?#@:") {
    if (n2.includes(c)) throw new ValueError(`netloc '${netloc}' contains invalid characters under NFKC normalization`);
  }
}

function isIPv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return false;
  return parts.every((p) => /^[0-9]{1,3}$/.test(p) && +p <= 255 && !(p.length > 1 && p[0] === "0"));
}

function isIPv6(s) {
  const pct = s.indexOf("%");
  if (pct >= 0) {
    if (pct === s.length - 1) return false;
    s = s.slice(0, pct);
  }
  let parts = s.split(":");
  if (parts.length < 3) return false;
  let maxParts = 8;
  if (parts[parts.length - 1].includes(".")) {
    if (!isIPv4(parts[parts.length - 1])) return false;
    parts = parts.slice(0, -1);
    parts.push("0", "0");
  }
  if (parts.length > maxParts + 1) return false;
  let skip = -1;
  for (let i = 1; i < parts.length - 1; i++) {
    if (!parts[i]) {
      if (skip >= 0) return false;
      skip = i;
    }
  }
  if (skip >= 0) {
    let lo = skip, hi = parts.length - skip - 1;
    if (!parts[0]) { lo--; if (lo) return false; }
    if (!parts[parts.length - 1]) { hi--; if (hi) return false; }
    if (lo + hi >= maxParts) return false;
    parts = [...parts.slice(0, skip === 1 && !parts[0] ? 0 : skip), ...parts.slice(skip + 1)].filter((p) => p !== "");
  } else {
    if (parts.length !== maxParts) return false;
  }
  return parts.every((p) => /^[0-9a-fA-F]{1,4}$/.test(p));
}

function checkBracketedHost(host) {
  if (host.startsWith("v")) {
    if (!/^v[a-fA-F0-9]+\..+$/s.test(host)) throw new ValueError("IPvFuture address is invalid");
    return;
  }
  if (isIPv4(host)) throw new ValueError("An IPv4 address cannot be in brackets");
  if (!isIPv6(host)) throw new ValueError(`${str_repr(host)} does not appear to be an IPv4 or IPv6 address`);
}

function splitRaw(url, scheme, allowFragments) {
  url = url.replace(C0_SPACE, "");
  scheme = scheme.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "");
  url = url.replace(/[\t\r\n]/g, "");
  scheme = scheme.replace(/[\t\r\n]/g, "");
  let netloc = "", query = "", fragment = "";
  const i = url.indexOf(":");
  if (i > 0 && /^[A-Za-z]/.test(url)) {
    let ok = true;
    for (const c of url.slice(0, i)) if (!scheme_chars.includes(c)) { ok = false; break; }
    if (ok) {
      scheme = url.slice(0, i).toLowerCase();
      url = url.slice(i + 1);
    }
  }
  if (url.slice(0, 2) === "//") {
    [netloc, url] = splitnetloc(url, 2);
    if ((netloc.includes("[") && !netloc.includes("]")) || (netloc.includes("]") && !netloc.includes("["))) {
      throw new ValueError("Invalid IPv6 URL");
    }
    if (netloc.includes("[") && netloc.includes("]")) {
      const after = netloc.slice(netloc.indexOf("[") + 1);
      const host = after.includes("]") ? after.slice(0, after.indexOf("]")) : after;
      checkBracketedHost(host);
    }
  }
  if (allowFragments && url.includes("#")) {
    const k = url.indexOf("#");
    fragment = url.slice(k + 1);
    url = url.slice(0, k);
  }
  if (url.includes("?")) {
    const k = url.indexOf("?");
    query = url.slice(k + 1);
    url = url.slice(0, k);
  }
  checknetloc(netloc);
  return [scheme, netloc, url, query, fragment];
}

export function urlsplit(...a) {
  const { v: [url, scheme, allowFragments] } = bind("urlsplit", a, ["url", "scheme", "allow_fragments"], 1);
  const parts = splitRaw(needStr(url, "urlsplit"), scheme === undefined ? "" : needStr(scheme, "urlsplit"),
    allowFragments === undefined || $truthy(allowFragments));
  return new SplitResult(...parts);
}

function splitparams(url) {
  let i;
  if (url.includes("/")) {
    i = url.indexOf(";", url.lastIndexOf("/"));
    if (i < 0) return [url, ""];
  } else i = url.indexOf(";");
  return [url.slice(0, i), url.slice(i + 1)];
}

function parseRaw(url, scheme, allowFragments) {
  let [sc, netloc, path, query, fragment] = splitRaw(url, scheme, allowFragments);
  let params = "";
  if (uses_params.includes(sc) && path.includes(";")) [path, params] = splitparams(path);
  return [sc, netloc, path, params, query, fragment];
}

export function urlparse(...a) {
  const { v: [url, scheme, allowFragments] } = bind("urlparse", a, ["url", "scheme", "allow_fragments"], 1);
  const parts = parseRaw(needStr(url, "urlparse"), scheme === undefined ? "" : needStr(scheme, "urlparse"),
    allowFragments === undefined || $truthy(allowFragments));
  return new ParseResult(...parts);
}

function strs(components, n, fname) {
  const c = Array.from($iter(components));
  if (c.length !== n) {
    throw new ValueError(`${c.length > n ? "too many" : "not enough"} values to unpack (expected ${n}${c.length < n ? `, got ${c.length}` : ""})`);
  }
  return c.map((x) => (x === null || x === undefined ? "" : needStr(x, fname)));
}

function unsplit(scheme, netloc, url, query, fragment) {
  if (netloc || (scheme && uses_netloc.includes(scheme) && url.slice(0, 2) !== "//")) {
    if (url && url[0] !== "/") url = "/" + url;
    url = "//" + (netloc || "") + url;
  }
  if (scheme) url = scheme + ":" + url;
  if (query) url = url + "?" + query;
  if (fragment) url = url + "#" + fragment;
  return url;
}

export function urlunsplit(components) {
  return unsplit(...strs(components, 5, "urlunsplit"));
}

function unparse(scheme, netloc, url, params, query, fragment) {
  if (params) url = `${url};${params}`;
  return unsplit(scheme, netloc, url, query, fragment);
}

export function urlunparse(components) {
  return unparse(...strs(components, 6, "urlunparse"));
}

export function urljoin(...a) {
  const { v: [base, url, allowFragments] } = bind("urljoin", a, ["base", "url", "allow_fragments"], 2);
  if (!$truthy(base)) return url;
  if (!$truthy(url)) return base;
  const b = needStr(base, "urljoin"), u = needStr(url, "urljoin");
  const af = allowFragments === undefined || $truthy(allowFragments);
  const [bscheme, bnetloc, bpath, bparams, bquery] = parseRaw(b, "", af);
  let [scheme, netloc, path, params, query, fragment] = parseRaw(u, bscheme, af);
  if (scheme !== bscheme || !uses_relative.includes(scheme)) return u;
  if (uses_netloc.includes(scheme)) {
    if (netloc) return unparse(scheme, netloc, path, params, query, fragment);
    netloc = bnetloc;
  }
  if (!path && !params) {
    path = bpath;
    params = bparams;
    if (!query) query = bquery;
    return unparse(scheme, netloc, path, params, query, fragment);
  }
  const baseParts = bpath.split("/");
  if (baseParts[baseParts.length - 1] !== "") baseParts.pop();
  let segments;
  if (path[0] === "/") segments = path.split("/");
  else {
    segments = baseParts.concat(path.split("/"));
    if (segments.length > 2) {
      segments = [segments[0], ...segments.slice(1, -1).filter((s) => s), segments[segments.length - 1]];
    }
  }
  const resolved = [];
  for (const seg of segments) {
    if (seg === "..") {
      if (resolved.length) resolved.pop();
    } else if (seg === ".") continue;
    else resolved.push(seg);
  }
  const last = segments[segments.length - 1];
  if (last === "." || last === "..") resolved.push("");
  return unparse(scheme, netloc, resolved.join("/") || "/", params, query, fragment);
}

export function urldefrag(url) {
  const u = needStr(url, "urldefrag");
  if (u.includes("#")) {
    const [s, n, p, a, q, frag] = parseRaw(u, "", true);
    return new DefragResult(unparse(s, n, p, a, q, ""), frag);
  }
  return new DefragResult(u, "");
}
