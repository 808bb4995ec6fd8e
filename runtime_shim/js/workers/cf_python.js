// Cloudflare's own Python Workers API: the `workers` module that Pyodide workers import
// (`from workers import WorkerEntrypoint, DurableObject, Response, Request, fetch`), so
// their code builds unchanged. `self.env` and `self.ctx` are the native objects, as
// Pyodide hands them over: bindings keep Cloudflare's camelCase methods
// (`await self.env.KV.get(key)`, `self.env.NS.idFromName(name)`), and JS values pass
// through (JS null is None, strings are str, arrays are lists). Request/Response/fetch
// are cfpy's (workers/http.js), which take the same arguments as Cloudflare's.

import { PyObject } from "../builtins/object.js";
import { Request, Response, fetch, to_native_response } from "./http.js";
import { Headers } from "./headers.js";
import { log_exception } from "./entry.js";
import { sigs } from "./util.js";
import { add_rpc_methods, public_methods, python_env } from "./rpc.js";

// Methods the runtime calls with native arguments (alarm, hibernation handlers).
const NATIVE_METHODS = ["alarm", "webSocketMessage", "webSocketClose", "webSocketError"];

export { Request, Response, fetch, Headers };

function base(name) {
  return sigs(
    name,
    class extends PyObject {
      __init__(ctx = null, env = null) {
        this.ctx = ctx;
        this.env = env;
      }
    },
    { __init__: ["ctx=", "env="] },
  );
}

// Subclassed by the worker's `class Default(WorkerEntrypoint)`: its fetch/scheduled/queue
// methods handle the worker's events.
export const WorkerEntrypoint = /* @__PURE__ */ base("WorkerEntrypoint");
// Subclassed by Durable Object classes: `self.ctx` (state, storage) and `self.env`.
export const DurableObject = /* @__PURE__ */ base("DurableObject");
export const WorkflowEntrypoint = /* @__PURE__ */ base("WorkflowEntrypoint");

// Pyodide's `JsProxy.object_values()` on the object it is called on in Cloudflare's own
// examples: `client, server = WebSocketPair.new().object_values()`. Installed when the
// worker's handlers are made (not at import: the module has no side effects).
function pyodideCompat() {
  const P = globalThis.WebSocketPair?.prototype;
  if (P && !Object.prototype.hasOwnProperty.call(P, "object_values")) {
    Object.defineProperty(P, "object_values", {
      value() {
        return [this[0], this[1]];
      },
      configurable: true,
    });
  }
}

function internalError() {
  return new globalThis.Response("Internal Server Error", { status: 500 });
}

// The `export default` object of a worker whose entry defines `class Default(WorkerEntrypoint)`
// (templates/entry.js.j2): one handler per event method the class defines.
export function entrypoint_handlers(cls) {
  pyodideCompat();
  const handlers = {};
  if (typeof cls.prototype.fetch === "function") {
    handlers.fetch = async (request, env, ctx) => {
      try {
        const res = await new cls(ctx, python_env(env)).fetch(Request.$wrap(request));
        return to_native_response(res, "Default.fetch");
      } catch (e) {
        log_exception(e);
        return internalError();
      }
    };
  }
  for (const event of ["scheduled", "queue"]) {
    if (typeof cls.prototype[event] !== "function") continue;
    handlers[event] = async (arg, env, ctx) => {
      try {
        const pyEnv = python_env(env);
        await new cls(ctx, pyEnv)[event](arg, pyEnv, ctx);
      } catch (e) {
        log_exception(e);
        throw e;
      }
    };
  }
  return handlers;
}

// A native Durable Object class (extending `Base`, DurableObject from "cloudflare:workers")
// whose instance holds the Python object: fetch gets a cfpy Request and returns its
// Response natively; alarm and the hibernation handlers get their native arguments; every
// other public method is an RPC method taking and returning Python values (rpc.js).
export function durable_object_class(cls, Base) {
  pyodideCompat();
  class Native extends Base {
    constructor(ctx, env) {
      super(ctx, env);
      this.$py = new cls(ctx, python_env(env));
    }
  }
  const methods = public_methods(cls, PyObject, new Set(["fetch", ...NATIVE_METHODS]));
  if (typeof cls.prototype.fetch === "function") {
    Native.prototype.fetch = async function (request) {
      try {
        return to_native_response(await this.$py.fetch(Request.$wrap(request)), `${cls.name}.fetch`);
      } catch (e) {
        log_exception(e);
        return internalError();
      }
    };
  }
  for (const name of NATIVE_METHODS) {
    if (typeof cls.prototype[name] !== "function") continue;
    Native.prototype[name] = async function (...args) {
      return await this.$py[name](...args);
    };
  }
  add_rpc_methods(Native, methods, (native) => native.$py);
  return Native;
}
