// A read-only view of a Dict, printed like CPython's mappingproxy (private helper).
import { PyTypeError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/compare.js";

export class MappingProxy {
  constructor(d) { this._d = d; }
  static get $pyname() { return "mappingproxy"; }
  get __hash__() { return null; }
  __len__() { return this._d.__len__(); }
  __contains__(k) { return this._d.$has(k); }
  __getitem__(k) { return this._d.__getitem__(k); }
  __setitem__() { throw new PyTypeError("'mappingproxy' object does not support item assignment"); }
  __delitem__() { throw new PyTypeError("'mappingproxy' object does not support item deletion"); }
  __iter__() { return this._d.__iter__(); }
  [Symbol.iterator]() { return this._d[Symbol.iterator](); }
  __eq__(o) {
    if (o instanceof MappingProxy) return this._d.__eq__(o._d);
    const r = this._d.__eq__(o);
    return r === NotImplemented ? NotImplemented : r;
  }
  __repr__() { return `mappingproxy(${this._d.__repr__()})`; }
  get(k, d = null) { return this._d.get(k, d); }
  keys() { return this._d.keys(); }
  values() { return this._d.values(); }
  items() { return this._d.items(); }
  copy() { return this._d.copy(); }
}
