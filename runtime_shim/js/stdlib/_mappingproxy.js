// A read-only view of a Dict, printed like CPython's mappingproxy (private helper).
import { PyTypeError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/equality.js";

export class MappingProxy {
  constructor(d) { this.$d = d; }
  static get $pyname() { return "mappingproxy"; }
  get __hash__() { return null; }
  __len__() { return this.$d.__len__(); }
  __contains__(k) { return this.$d.$has(k); }
  __getitem__(k) { return this.$d.__getitem__(k); }
  __setitem__() { throw new PyTypeError("'mappingproxy' object does not support item assignment"); }
  __delitem__() { throw new PyTypeError("'mappingproxy' object does not support item deletion"); }
  __iter__() { return this.$d.__iter__(); }
  [Symbol.iterator]() { return this.$d[Symbol.iterator](); }
  __eq__(o) {
    if (o instanceof MappingProxy) return this.$d.__eq__(o.$d);
    const r = this.$d.__eq__(o);
    return r === NotImplemented ? NotImplemented : r;
  }
  __repr__() { return `mappingproxy(${this.$d.__repr__()})`; }
  get(k, d = null) { return this.$d.get(k, d); }
  keys() { return this.$d.keys(); }
  values() { return this.$d.values(); }
  items() { return this.$d.items(); }
  copy() { return this.$d.copy(); }
}
