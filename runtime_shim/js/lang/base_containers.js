// `class X(dict)`, `class X(set)`, `class X(frozenset)`, `class X(tuple)`: subclasses of the
// runtime's own classes, built the Python way (__new__, then __init__: pynew.js).
import { Dict } from "../builtins/dict.js";
import { PySet, FrozenSet } from "../builtins/set.js";
import { Tuple } from "../builtins/tuple.js";
import { $object_setattr, $builtin_class } from "../builtins/object.js";
import { $pynew } from "../builtins/pynew.js";
import { $iter } from "../builtins/iter.js";
import { PyTypeError } from "../builtins/exceptions.js";
import { KW } from "../builtins/kw.js";
import { dict, set, frozenset, tuple } from "../builtins/types.js";

function no_kw(a, name) {
  if (a.length && a[a.length - 1] instanceof KW) throw new PyTypeError(`${name}() takes no keyword arguments`);
}

export class $DictBase extends Dict {
  // The builtin type this class stands in for (issubclass(X, dict) for `class X(dict)`).
  static get $stands_for() { return dict; }
  constructor(...args) { return $pynew(new.target, args); }
  static get $pyname() { return "dict"; }
  static __new__(cls) { return Reflect.construct(Dict, [], cls); }
  __init__(...a) { Dict.prototype.update.call(this, ...a); }
}

export class $SetBase extends PySet {
  // The builtin type this class stands in for (issubclass(X, set) for `class X(set)`).
  static get $stands_for() { return set; }
  constructor(...args) { return $pynew(new.target, args); }
  static get $pyname() { return "set"; }
  static __new__(cls) { return Reflect.construct(PySet, [null], cls); }
  __init__(...a) {
    no_kw(a, "set");
    PySet.prototype.clear.call(this);
    if (a.length) this.$upd($iter(a[0]));
  }
}

export class $FrozenSetBase extends FrozenSet {
  // The builtin type this class stands in for (issubclass(X, frozenset) for `class X(frozenset)`).
  static get $stands_for() { return frozenset; }
  constructor(...args) { return $pynew(new.target, args); }
  static get $pyname() { return "frozenset"; }
  static __new__(cls, ...a) {
    no_kw(a, "frozenset");
    return Reflect.construct(FrozenSet, [a.length ? $iter(a[0]) : null], cls);
  }
  __init__() {}
}

export class $TupleBase extends Tuple {
  // The builtin type this class stands in for (issubclass(X, tuple) for `class X(tuple)`).
  static get $stands_for() { return tuple; }
  constructor(...args) { return $pynew(new.target, args); }
  static get $pyname() { return "tuple"; }
  static __new__(cls, ...a) {
    no_kw(a, "tuple");
    const o = Reflect.construct(Array, [], cls);
    if (a.length) {
      let i = 0;
      for (const x of $iter(a[0])) o[i++] = x;
    }
    return o;
  }
  __init__() {}
}

// object.__setattr__ for `super().__setattr__(...)` in these subclasses.
for (const C of [$DictBase, $SetBase, $FrozenSetBase, $TupleBase]) {
  Object.defineProperty(C.prototype, "__setattr__", { configurable: true, writable: true, value: $object_setattr });
}
$builtin_class($DictBase);
$builtin_class($SetBase);
$builtin_class($FrozenSetBase);
$builtin_class($TupleBase);
