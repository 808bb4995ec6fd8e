// Python's string module: constants, capwords, Template.
import { KeyError, ValueError, PyTypeError } from "../builtins/exceptions.js";
import { Dict } from "../builtins/dict.js";
import { PyObject } from "../builtins/object.js";
import { $str } from "../builtins/repr.js";
import { $m_split, $m_capitalize, $m_join } from "../builtins/str_methods.js";
import { pop_kw } from "./_util.js";

export const whitespace = " \t\n\r\x0b\x0c";
export const ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
export const ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const ascii_letters = ascii_lowercase + ascii_uppercase;
export const digits = "0123456789";
export const hexdigits = "0123456789abcdefABCDEF";
export const octdigits = "01234567";
export const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
export const printable = digits + ascii_letters + punctuation + whitespace;

// capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep)))
export function capwords(s, sep = null) {
  if (typeof s !== "string") throw new PyTypeError(`descriptor 'split' for 'str' objects doesn't apply to a '${typeof s}' object`);
  const parts = $m_split(s, sep === undefined ? null : sep).map((w) => $m_capitalize(w));
  return $m_join(sep === null || sep === undefined || sep === "" ? " " : sep, parts);
}

// ---- Template ---------------------------------------------------------------------------

const ID = "(?:[_a-zA-Z][_a-zA-Z0-9]*)";

function lookup(mapping, kws, name) {
  if (kws !== null && Object.prototype.hasOwnProperty.call(kws, name)) return kws[name];
  if (mapping !== null) {
    if (mapping instanceof Dict) {
      const v = mapping.$get(name);
      if (v !== undefined || mapping.$has(name)) return v;
      throw new KeyError(name);
    }
    if (typeof mapping.__getitem__ === "function") return mapping.__getitem__(name);
    if (Object.prototype.hasOwnProperty.call(mapping, name)) return mapping[name];
  }
  throw new KeyError(name);
}

export class Template extends PyObject {
  static get delimiter() { return "$"; }
  static get idpattern() { return ID; }
  __init__(template) {
    this.template = template;
    return null;
  }
  _regex() {
    const d = this.constructor.delimiter.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`${d}(?:(${d})|(${ID})|\\{(${ID})\\}|())`, "gi");
  }
  _invalid(offset) {
    const before = this.template.slice(0, offset);
    const lines = before.split("\n");
    const colno = offset - (before.length - lines[lines.length - 1].length) + 1;
    throw new ValueError(`Invalid placeholder in string: line ${lines.length}, col ${colno}`);
  }
  substitute(...a) {
    const kws = pop_kw(a);
    const mapping = a.length ? a[0] : null;
    return this.template.replace(this._regex(), (m, esc, named, braced, invalid, offset) => {
      if (esc !== undefined) return this.constructor.delimiter;
      const name = named !== undefined ? named : braced;
      if (name !== undefined) return $str(lookup(mapping, kws, name));
      if (invalid !== undefined) this._invalid(offset);
      throw new ValueError("Unrecognized named group in pattern");
    });
  }
  safe_substitute(...a) {
    const kws = pop_kw(a);
    const mapping = a.length ? a[0] : null;
    return this.template.replace(this._regex(), (m, esc, named, braced, invalid) => {
      if (esc !== undefined) return this.constructor.delimiter;
      const name = named !== undefined ? named : braced;
      if (name !== undefined) {
        try {
          return $str(lookup(mapping, kws, name));
        } catch (e) {
          if (e instanceof KeyError) return m;
          throw e;
        }
      }
      return m;
    });
  }
  is_valid() {
    for (const m of this.template.matchAll(this._regex())) if (m[4] !== undefined) return false;
    return true;
  }
  get_identifiers() {
    const out = [];
    for (const m of this.template.matchAll(this._regex())) {
      const name = m[2] !== undefined ? m[2] : m[3];
      if (name !== undefined && !out.includes(name)) out.push(name);
    }
    return out;
  }
  __repr__() { return `<string.Template object at 0x7f0000000000>`; }
}


