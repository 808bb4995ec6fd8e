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

function internalError() {
  return new globalThis.Response("Internal Server Error", { status: 500 });
}

// The `export default` object of a worker whose entry defines `class Default(WorkerEntrypoint)`
// (templates/entry.js.j2): one handler per event method the class defines.
export function entrypoint_handlers(cls) {
  const handlers = {};
  if (typeof cls.prototype.fetch === "function") {
    handlers.fetch = async (request, env, ctx) => {
      try {
        const res = await new cls(ctx, env).fetch(Request.$wrap(request));
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
        await new cls(ctx, env)[event](arg, env, ctx);
      } catch (e) {
        log_exception(e);
        throw e;
      }
    };
  }
  return handlers;
}

// Public methods of a Python class (own and inherited, up to the workers base class).
function publicMethods(cls) {
  const names = new Set();
  for (let p = cls.prototype; p && p !== PyObject.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === "constructor" || name.startsWith("_") || name.startsWith("$")) continue;
      if (typeof Object.getOwnPropertyDescriptor(p, name).value === "function") names.add(name);
    }
  }
  return names;
}

// A native Durable Object class (extending `Base`, DurableObject from "cloudflare:workers")
// whose instance holds the Python object: fetch gets a cfpy Request and returns its
// Response natively; every other public method (alarm, webSocketMessage, RPC methods) is
// forwarded with its JS arguments and result.
export function durable_object_class(cls, Base) {
  class Native extends Base {
    constructor(ctx, env) {
      super(ctx, env);
      this.$py = new cls(ctx, env);
    }
  }
  for (const name of publicMethods(cls)) {
    Native.prototype[name] =
      name === "fetch"
        ? async function (request) {
            try {
              return to_native_response(await this.$py.fetch(Request.$wrap(request)), `${cls.name}.fetch`);
            } catch (e) {
              log_exception(e);
              return internalError();
            }
          }
        : async function (...args) {
            return await this.$py[name](...args);
          };
  }
  return Native;
}
