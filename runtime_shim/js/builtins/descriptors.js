// property(), staticmethod(), classmethod() called as functions (`v = property(get_v,
// set_v)` in a class body). The decorator forms are compiled to JS accessors/statics;
// these objects are installed on the class by $clsattrs (builtins/object.js).
import { AttributeError } from "./exceptions.js";

export class Property {
  constructor(fget = null, fset = null, fdel = null, doc = null) {
    this.fget = fget ?? null;
    this.fset = fset ?? null;
    this.fdel = fdel ?? null;
    this.__doc__ = doc ?? (this.fget !== null ? this.fget.__doc__ ?? null : null);
  }
  static get $pyname() { return "property"; }
  getter(f) { return new Property(f, this.fset, this.fdel, this.__doc__); }
  setter(f) { return new Property(this.fget, f, this.fdel, this.__doc__); }
  deleter(f) { return new Property(this.fget, this.fset, f, this.__doc__); }
  // The accessor descriptor installed on the class prototype for attribute `name`.
  $descriptor(name, clsName) {
    const p = this;
    return {
      configurable: true,
      get() {
        if (p.fget === null) throw new AttributeError(`property '${name}' of '${clsName}' object has no getter`);
        return p.fget(this);
      },
      set(v) {
        if (p.fset === null) throw new AttributeError(`property '${name}' of '${clsName}' object has no setter`);
        p.fset(this, v);
      },
    };
  }
  $delete(obj, name, clsName) {
    if (this.fdel === null) throw new AttributeError(`property '${name}' of '${clsName}' object has no deleter`);
    this.fdel(obj);
  }
}

export class StaticMethod {
  constructor(f) { this.__func__ = f; }
  static get $pyname() { return "staticmethod"; }
}

export class ClassMethod {
  constructor(f) { this.__func__ = f; }
  static get $pyname() { return "classmethod"; }
}
