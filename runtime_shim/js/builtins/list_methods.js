// List (and tuple) methods as receiver-dispatching helpers: $m_<name>(recv, ...args).
// A non-list receiver falls back to recv.<name>(...args) (KW passed through $callm).
import { PyTypeError, ValueError, IndexError, AttributeError } from "./exceptions.js";
import { type_name } from "./object.js";
import { $eq } from "./equality.js";
import { $iter, $sort } from "./iter.js";
import { $truthy } from "./truthy.js";
import { KW } from "./kw.js";
import { $method_fallback as fallback } from "./mfallback.js";
import { str_index as strIndex, str_count as strCount } from "./str_methods.js";
import { $repr } from "./repr.js";
import { Tuple } from "./tuple.js";

function isPlainList(x) { return Array.isArray(x) && !(x instanceof Tuple); }

function no_kw(args, name) {
  if (args.length && args[args.length - 1] instanceof KW) {
    throw new PyTypeError(`${name}() takes no keyword arguments`);
  }
}

function idx(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  throw new PyTypeError(`'${type_name(x)}' object cannot be interpreted as an integer`);
}

export function $m_append(r, ...a) {
  if (isPlainList(r)) { no_kw(a, "list.append"); if (a.length !== 1) throw new PyTypeError(`list.append() takes exactly one argument (${a.length} given)`); r.push(a[0]); return null; }
  return fallback(r, "append", a);
}

export function $m_extend(r, ...a) {
  if (isPlainList(r)) {
    no_kw(a, "list.extend");
    const it = a[0];
    if (Array.isArray(it)) { const n = it.length; for (let i = 0; i < n; i++) r.push(it[i]); }
    else for (const x of Array.from($iter(it))) r.push(x);
    return null;
  }
  return fallback(r, "extend", a);
}

export function $m_insert(r, ...a) {
  if (isPlainList(r)) {
    no_kw(a, "list.insert");
    let i = idx(a[0]);
    const n = r.length;
    if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
    if (i === 0) r.unshift(a[1]);
    else r.splice(i, 0, a[1]);
    return null;
  }
  return fallback(r, "insert", a);
}

export function $m_remove(r, ...a) {
  if (isPlainList(r)) {
    const x = a[0];
    for (let i = 0; i < r.length; i++) {
      if (r[i] === x || (x !== x && r[i] !== r[i]) || $eq(r[i], x)) { r.splice(i, 1); return null; }
    }
    throw new ValueError("list.remove(x): x not in list");
  }
  return fallback(r, "remove", a);
}

export function $m_pop(r, ...a) {
  if (isPlainList(r)) {
    no_kw(a, "list.pop");
    if (r.length === 0) throw new IndexError("pop from empty list");
    if (a.length === 0 || a[0] === undefined) return r.pop();
    let i = idx(a[0]);
    if (i < 0) i += r.length;
    if (i < 0 || i >= r.length) throw new IndexError("pop index out of range");
    return i === 0 ? r.shift() : r.splice(i, 1)[0];
  }
  return fallback(r, "pop", a);
}

export function $m_clear(r, ...a) {
  if (isPlainList(r)) { r.length = 0; return null; }
  return fallback(r, "clear", a);
}

export function $m_index(r, ...a) {
  if (typeof r === "string") return strIndex(r, a);
  if (Array.isArray(r)) {
    const x = a[0];
    const n = r.length;
    let start = a.length > 1 ? idx(a[1]) : 0;
    let stop = a.length > 2 ? idx(a[2]) : n;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    for (let i = start; i < Math.min(stop, n); i++) if (r[i] === x || (x !== x && r[i] !== r[i]) || $eq(r[i], x)) return i;
    if (r instanceof Tuple) throw new ValueError("tuple.index(x): x not in tuple");
    throw new ValueError(`${$repr(x)} is not in list`);
  }
  return fallback(r, "index", a);
}

export function $m_count(r, ...a) {
  if (typeof r === "string") return strCount(r, a);
  if (Array.isArray(r)) {
    const x = a[0];
    let c = 0;
    for (let i = 0; i < r.length; i++) if (r[i] === x || (x !== x && r[i] !== r[i]) || $eq(r[i], x)) c++;
    return c;
  }
  return fallback(r, "count", a);
}

export function $m_sort(r, ...a) {
  if (isPlainList(r)) {
    let key = null, reverse = false;
    if (a.length && a[a.length - 1] instanceof KW) {
      const o = a.pop().o;
      for (const k of Object.keys(o)) {
        if (k === "key") key = o.key;
        else if (k === "reverse") reverse = $truthy(o.reverse);
        else throw new PyTypeError(`'${k}' is an invalid keyword argument for sort()`);
      }
    }
    if (a.length) throw new PyTypeError("sort() takes no positional arguments");
    $sort(r, key, reverse);
    return null;
  }
  return fallback(r, "sort", a);
}

export function $m_reverse(r, ...a) {
  if (isPlainList(r)) { r.reverse(); return null; }
  return fallback(r, "reverse", a);
}

export function $m_copy(r, ...a) {
  if (isPlainList(r)) return r.slice();
  return fallback(r, "copy", a);
}

