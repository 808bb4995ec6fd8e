// typing.Protocol at run time, as CPython 3.11's typing._ProtocolMeta does it: a class
// with Protocol among its bases records its members (names the compiler reads from the
// class body: methods, annotated and assigned names); @runtime_checkable allows
// isinstance() (every member present on the object, methods not set to None) and, for a
// protocol of methods only, issubclass(). Other checks raise CPython's TypeError.
import { PyTypeError } from "../builtins/exceptions.js";
import { $hasattr, getattr } from "../builtins/builtins.js";
import { callable } from "../builtins/types.js";

const NOT_RUNTIME = "Instance and class checks can only be used with @runtime_checkable protocols";

// The members of protocol `cls` and of the protocols it derives from.
function protocolAttrs(cls) {
  const names = new Set();
  for (let c = cls; typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, "$protocol_members")) for (const n of c.$protocol_members) names.add(n);
  }
  return [...names];
}

function isProtocol(cls) {
  return Object.hasOwn(cls, "$protocol_members");
}

function methodsOnly(cls) {
  return protocolAttrs(cls).every((a) => callable(getattr(cls, a, null)));
}

// Is `x` an instance of protocol `cls` (3.11 _ProtocolMeta.__instancecheck__)?
function protocolInstancecheck(cls, x) {
  if (!cls.$runtime_checkable) throw new PyTypeError(NOT_RUNTIME);
  if (x instanceof cls) return true;
  return protocolAttrs(cls).every(
    (a) => $hasattr(x, a) && (!callable(getattr(cls, a, null)) || getattr(x, a) !== null),
  );
}

// Does class C provide every member of protocol `cls` (typing's _proto_hook)?
function protocolSubclasscheck(cls, C) {
  if (!cls.$runtime_checkable) throw new PyTypeError(NOT_RUNTIME);
  if (!methodsOnly(cls)) throw new PyTypeError("Protocols with non-method members don't support issubclass()");
  if (typeof C.prototype === "object" && C.prototype instanceof cls) return true;
  return protocolAttrs(cls).every((a) => {
    const v = getattr(C, a, undefined);
    return v !== undefined && v !== null;
  });
}

// `class P(Protocol): ...` -> $protocol(P, ["member", ...]) after the class statement.
export function $protocol(cls, members) {
  cls.$protocol_members = members;
  cls.$runtime_checkable = false;
  // Methods of the class object (`this`), so that a class deriving from the protocol
  // without being one checks ordinary subclassing.
  cls.__instancecheck__ = function (x) {
    return isProtocol(this) ? protocolInstancecheck(this, x) : x instanceof this;
  };
  cls.__subclasscheck__ = function (C) {
    return isProtocol(this) ? protocolSubclasscheck(this, C) : C === this || C.prototype instanceof this;
  };
  return cls;
}

// typing.runtime_checkable as a decorator.
export function runtime_checkable(cls) {
  if (typeof cls !== "function" || !isProtocol(cls)) {
    throw new PyTypeError(
      "@runtime_checkable can be only applied to protocol classes, got " + (cls?.name ? `<class '${cls.name}'>` : String(cls)),
    );
  }
  cls.$runtime_checkable = true;
  return cls;
}
