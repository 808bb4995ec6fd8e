// Remote procedure calls between workers and Durable Objects (API.md "Durable Object
// RPC"), the same for both APIs: `await stub.add_message("hi")` calls the public method
// of the object behind the stub.
//
// Both sides speak Python values: arguments and results cross as Durable Object storage
// values do (values.js; workerd's RPC serializer keeps Maps, BigInts and bytes), keyword
// arguments as one trailing tagged object. An exception crosses as a JS Error (workerd
// keeps only its message): the message is Python's `ExcType: message` line, followed by a
// tagged line with the exception's class names (its MRO) and, when they are plain, its
// args, so the caller re-raises the nearest builtin class with the same args.

import * as exceptions from "../builtins/exceptions.js";
import { $callm } from "../builtins/call.js";
import { KW } from "../builtins/kw.js";
import { $exc, AttributeError, format_exception_line } from "../builtins/exceptions.js";
import { TAG, decode_value, encode_value } from "./values.js";
import { Response, native_request } from "./http.js";

const EXC_MARK = "\n$cfpy-exception:";
const RPC_WHAT = "sent over RPC";

// -- the calling side --------------------------------------------------------------------

// Python positional args and keywords -> what the native stub method receives.
export function encode_args(pos, kw) {
  const args = pos.map((v) => encode_value(v, RPC_WHAT));
  if (kw !== null && Object.keys(kw).length > 0) {
    const enc = {};
    for (const k of Object.keys(kw)) enc[k] = encode_value(kw[k], RPC_WHAT);
    args.push({ [TAG]: "kw", kw: enc });
  }
  return args;
}

// Calls `name` on the native stub with Python values; returns the decoded result or raises
// the remote exception as its type.
export async function call_remote(native, name, pos, kw, ownerName) {
  let result;
  try {
    result = await native[name](...encode_args(pos, kw));
  } catch (e) {
    throw remote_exception(e, name, ownerName);
  }
  return decode_value(result);
}

// A JS function calling method `name` of the remote object (what `stub.name` evaluates to).
export function remote_method(native, name, ownerName) {
  const f = async (...args) => {
    const kw = args.length && args[args.length - 1] instanceof KW ? args.pop().o : null;
    return await call_remote(native, name, args, kw, ownerName);
  };
  Object.defineProperty(f, "name", { value: name });
  return f;
}

// Names a stub never answers with a remote method: JS protocol and runtime-internal keys
// (`then`: a stub is not awaitable; `$...`: cfpy's own state).
export function is_remote_name(key) {
  return typeof key === "string" && !key.startsWith("$") && !key.startsWith("__") && key !== "then" &&
    key !== "constructor" && key !== "toJSON" && key !== "toString";
}

// A Python object whose unknown attributes are remote methods: `wrapper` (a
// DurableObjectStub, a Fetcher) answers its own members, every other name calls `native`.
export function with_remote_methods(wrapper, native) {
  const methods = new Map();
  return new Proxy(wrapper, {
    get(target, key, receiver) {
      if (key in target || !is_remote_name(key)) return Reflect.get(target, key, receiver);
      let m = methods.get(key);
      if (m === undefined) methods.set(key, (m = remote_method(native, key, target.constructor.name)));
      return m;
    },
  });
}

// Cloudflare's API (`from workers import ...`) hands code the native env: its Durable
// Object namespaces are wrapped so that their stubs take and return Python values too.
// Members of a stub other than its RPC methods stay native.
const NATIVE_STUB_MEMBERS = new Set(["fetch", "connect", "id", "name"]);
const wrappedNamespaces = new WeakMap();

function pythonStub(native) {
  const methods = new Map();
  return new Proxy(native, {
    get(target, key) {
      if (key === "fetch") return (request, init) => stubFetch(target, request, init);
      if (!is_remote_name(key) || NATIVE_STUB_MEMBERS.has(key)) {
        const v = Reflect.get(target, key);
        return typeof v === "function" ? v.bind(target) : v;
      }
      let m = methods.get(key);
      if (m === undefined) methods.set(key, (m = remote_method(target, key, "DurableObjectStub")));
      return m;
    },
  });
}

// `await stub.fetch(request)` with cfpy's Request (or a URL) -> cfpy's Response.
async function stubFetch(native, request, init) {
  const req = typeof request === "string" ? request : native_request(request, null, null, null, null);
  return Response.$wrap(await native.fetch(req, init ?? undefined));
}

function pythonNamespace(ns) {
  let w = wrappedNamespaces.get(ns);
  if (w === undefined) {
    w = new Proxy(ns, {
      get(target, key) {
        const v = Reflect.get(target, key);
        if (typeof v !== "function") return v;
        if (key === "get" || key === "getByName") return (...args) => pythonStub(v.apply(target, args));
        return v.bind(target);
      },
    });
    wrappedNamespaces.set(ns, w);
  }
  return w;
}

function isNamespace(v) {
  return v !== null && typeof v === "object" && typeof v.idFromName === "function" && typeof v.get === "function";
}

// The env of Cloudflare's API: the native bindings, Durable Object namespaces wrapped.
export function python_env(env) {
  if (env === null || typeof env !== "object") return env;
  return new Proxy(env, {
    get(target, key) {
      const v = Reflect.get(target, key);
      return isNamespace(v) ? pythonNamespace(v) : v;
    },
  });
}

function builtinException(names) {
  for (const n of names) {
    const cls = Object.prototype.hasOwnProperty.call(exceptions, n) ? exceptions[n] : undefined;
    if (typeof cls === "function" && Object.prototype.hasOwnProperty.call(cls, "$builtin")) return cls;
  }
  return exceptions.Exception;
}

// The Python exception for what a remote call threw.
export function remote_exception(e, name, ownerName) {
  const message = e && typeof e.message === "string" ? e.message : "";
  const at = message.indexOf(EXC_MARK);
  if (at >= 0) {
    let info = null;
    try {
      info = JSON.parse(message.slice(at + EXC_MARK.length));
    } catch {
      // not ours after all: fall through
    }
    if (info !== null && Array.isArray(info.types)) {
      const cls = builtinException(info.types);
      const args = Array.isArray(info.args) ? info.args : [message.slice(0, at).replace(/^[\w.]+: ?/, "")];
      const exc = new cls(...args);
      exc.remote_type = info.types[0];
      return exc;
    }
  }
  if (/does not implement the method/.test(message)) {
    return new AttributeError(`'${ownerName}' object has no attribute '${name}'`);
  }
  return $exc(e);
}

// -- the called side ---------------------------------------------------------------------

function plainArgs(args) {
  return Array.from(args).every((a) => a === null || typeof a === "string" || typeof a === "boolean" ||
    (typeof a === "number" && Number.isInteger(a)));
}

// The JS Error a failed RPC method throws back to its caller (see the header).
export function rpc_error(e) {
  const exc = $exc(e);
  const types = [];
  for (let c = exc.constructor; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c)) {
    types.push(c.name);
  }
  const info = { types };
  if (plainArgs(exc.args)) info.args = Array.from(exc.args);
  return new Error(format_exception_line(exc) + EXC_MARK + JSON.stringify(info));
}

// Runs `method` of the Python object `py` for an RPC call that arrived with `args`.
export async function serve_call(py, name, args) {
  try {
    let kw = null;
    const last = args.length ? args[args.length - 1] : undefined;
    if (last !== null && typeof last === "object" && last[TAG] === "kw" && !(last instanceof Map)) {
      args = args.slice(0, -1);
      kw = Object.create(null);
      for (const k of Object.keys(last.kw)) kw[k] = decode_value(last.kw[k]);
    }
    const result = await $callm(py, name, args.map(decode_value), kw);
    return encode_value(result, RPC_WHAT);
  } catch (e) {
    throw rpc_error(e);
  }
}

// Public methods of a Python class (own and inherited, up to the runtime's base classes),
// except `skip` (the methods the runtime itself calls: fetch, alarm, ...).
export function public_methods(cls, stop, skip) {
  const names = new Set();
  for (let p = cls.prototype; p && p !== stop.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === "constructor" || name.startsWith("_") || name.startsWith("$") || skip.has(name)) continue;
      if (typeof Object.getOwnPropertyDescriptor(p, name).value === "function") names.add(name);
    }
  }
  return names;
}

// Adds one prototype method per RPC method name to the native class `Native`, whose
// instances keep the Python object in `this[key]` (workerd finds RPC methods on the
// prototype only).
export function add_rpc_methods(Native, names, pyOf) {
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(Native.prototype, name)) continue;
    Object.defineProperty(Native.prototype, name, {
      value: async function (...args) {
        return await serve_call(pyOf(this), name, args);
      },
      writable: true,
      configurable: true,
    });
  }
}
