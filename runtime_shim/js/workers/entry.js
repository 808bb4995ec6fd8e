// Handlers for the generated entry module (templates/entry.js.j2, rendered by the
// pipeline from the worker's registration): `fetch_handler()`, `scheduled_handler()`,
// `queue_handler()`, `email_handler()` for the events the worker registers,
// `missing_handler(event)` for the others, and `make_durable_object_class(name, Base)` for
// each Durable Object class the entry exports:
//
//   export default { fetch: $fetch_handler(), scheduled: $missing_handler("scheduled"), ... };
//   export class Counter extends $make_durable_object_class("Counter", $DurableObject) {}
//
// The registry is read when an event arrives, so registration order does not matter.

import { PyObject, type_name } from "../builtins/object.js";
import { $exc, AttributeError, RuntimeError, format_exception_line } from "../builtins/exceptions.js";
import { get_registration } from "./registry.js";
import { Env } from "./env.js";
import { Request, to_native_response } from "./http.js";
import { DurableObjectState } from "./durable_object.js";
import { EmailMessage, ExecutionContext, MessageBatch, ScheduledEvent } from "./events.js";
import { NATIVE, arity } from "./util.js";
import { add_rpc_methods, public_methods } from "./rpc.js";
import { WebSocket, message_value } from "./websocket.js";

// Methods the runtime calls itself: not callable over RPC.
// (A symbol names the Python object's accessor: RPC calls only string-named methods.)
const PY = Symbol("cfpy.py");
const EVENT_METHODS = new Set(["fetch", "alarm", "websocket_message", "websocket_close", "websocket_error"]);

// Logs an uncaught exception as Python prints its last traceback line, `ExcType: message`,
// followed by the JS stack frames (`cfpy dev` maps them back to .py lines with the source
// map; deployed, `wrangler tail` shows them).
export function log_exception(e) {
  console.error(exceptionText(e));
}

// `ExcType: message` and the worker's own stack frames.
function exceptionText(e) {
  let line;
  try {
    line = format_exception_line($exc(e));
  } catch {
    line = String(e && e.stack ? e.stack : e);
  }
  const frames = e && typeof e.stack === "string" ? e.stack.split("\n").filter(isUserFrame) : [];
  return [line, ...frames].join("\n");
}

// A stack line of the worker's code. The runtime's frames are dropped, as a Python
// traceback never shows the interpreter's: coroutine driving (`$drive`, the bodies'
// `Generator.next`, `Coro.then`, frames without a source position), `$`-named helpers and this module's dispatchers (named `$fetch`,
// `$scheduled`, `$runEvent`, ...).
function isUserFrame(l) {
  return /^\s+at .*:\d+:\d+\)?\s*$/.test(l) && !/^\s+at (?:async )?(?:new )?(?:Generator\.|Coro\.|\$|[\w$]*\.\$)/.test(l);
}

// `cfpy dev` sets the binding CFPY_DEV_TRACEBACK: the 500 then carries the exception for
// its front server, which shows it source-mapped as a Python traceback.
function internalError(e, env) {
  const dev = env && env.CFPY_DEV_TRACEBACK;
  const headers = { "content-type": "text/plain;charset=UTF-8" };
  if (dev) headers["x-cfpy-traceback"] = "1";
  return new globalThis.Response(dev ? exceptionText(e) : "Internal Server Error", { status: 500, headers });
}

function notRegistered() {
  return new RuntimeError("the entry module never called CloudflareWorkers(...)");
}

function handlerFor(name) {
  const reg = get_registration();
  if (reg === null) throw notRegistered();
  const h = reg[name];
  if (h === null) throw new RuntimeError(`no ${name} handler: pass ${name}=... to CloudflareWorkers(...)`);
  return h;
}

// The wrappers that turn a native event argument into the Python object a handler
// receives. The generated entry passes one per handler parameter, or null for a
// parameter the handler's code never names (analyze/handlers.py): the handler then gets
// None, and the bundle carries no wrapper class the worker never uses.
export const wrap_request = (request) => Request.$wrap(request);
export const wrap_env = (env) => new Env(NATIVE, env);
export const wrap_context = (ctx) => new ExecutionContext(NATIVE, ctx);
export const wrap_scheduled_event = (controller) => new ScheduledEvent(NATIVE, controller);
export const wrap_message_batch = (batch) => new MessageBatch(NATIVE, batch);
export const wrap_email_message = (message) => new EmailMessage(NATIVE, message);

function wrapped(wrap, value) {
  return wrap === null ? null : wrap(value);
}

// Runs a non-fetch handler: exceptions are logged and re-thrown so the runtime
// records the failure (cron/queue retries).
async function $runEvent(name, wraps, event, env, ctx) {
  try {
    const h = handlerFor(name);
    await h(wrapped(wraps[0], event), wrapped(wraps[1], env), wrapped(wraps[2], ctx));
  } catch (e) {
    log_exception(e);
    throw e;
  }
}

// The handlers of the `export default` object of the generated entry module. The entry
// names only the handlers the worker registers (so a bundle carries only their argument
// wrappers); every other event gets missing_handler, which fails exactly as a handler
// registered as None does. Each takes the wrappers of its three arguments (see above).
export function fetch_handler(wrapArg, wrapEnvArg, wrapCtxArg) {
  return async function $fetch(request, env, ctx) {
    const pyCtx = wrapped(wrapCtxArg, ctx);
    try {
      const h = handlerFor("fetch");
      const res = await h(wrapped(wrapArg, request), wrapped(wrapEnvArg, env), pyCtx);
      return to_native_response(res, "the fetch handler");
    } catch (e) {
      log_exception(e);
      if (pyCtx !== null && pyCtx.$passThrough) {
        // `cfpy dev` without --upstream has no origin: its binding holds the 502 text
        const noOrigin = env && env.CFPY_DEV_NO_ORIGIN;
        if (typeof noOrigin === "string") return new globalThis.Response(noOrigin, { status: 502 });
        throw e;
      }
      return internalError(e, env);
    }
  };
}

export function scheduled_handler(...wraps) {
  return async function $scheduled(controller, env, ctx) {
    await $runEvent("scheduled", wraps, controller, env, ctx);
  };
}

export function queue_handler(...wraps) {
  return async function $queue(batch, env, ctx) {
    await $runEvent("queue", wraps, batch, env, ctx);
  };
}

export function email_handler(...wraps) {
  return async function $email(message, env, ctx) {
    await $runEvent("email", wraps, message, env, ctx);
  };
}

// An event the worker registered no handler for: logged (and a 500 for fetch).
export function missing_handler(name) {
  return async function missing() {
    try {
      handlerFor(name);
    } catch (e) {
      log_exception(e);
      if (name === "fetch") return internalError();
      throw e;
    }
    // Unreachable: handlerFor throws when the handler was not registered.
    throw new RuntimeError(`no ${name} handler`);
  };
}

function noMethod(obj, name) {
  return new AttributeError(`'${type_name(obj)}' object has no attribute '${name}'`);
}

function isPyClass(f) {
  return typeof f === "function" && f.prototype instanceof PyObject;
}

// Creates the Python object for a Durable Object class registered under `className`.
// The registered value is a class (`__init__(self)` or `__init__(self, state, env)`)
// or a callable returning an instance (`lambda: Counter()`); either way `state` and
// `env` are set on the instance before any event reaches it.
export function create_durable_object(className, ctx, env) {
  const reg = get_registration();
  if (reg === null) throw notRegistered();
  const factory = reg.durableObjects.get(className);
  if (factory === undefined) {
    throw new RuntimeError(
      `Durable Object class '${className}' is not registered: add ` +
        `"${className}": ${className} to CloudflareWorkers(durable_objects={...})`,
    );
  }
  const state = new DurableObjectState(NATIVE, ctx);
  const pyEnv = new Env(NATIVE, env);
  let obj;
  if (isPyClass(factory)) {
    obj = arity(factory.prototype.__init__) === 0 ? new factory() : new factory(state, pyEnv);
  } else {
    obj = arity(factory) === 0 ? factory() : factory(state, pyEnv);
  }
  if (obj === null || typeof obj !== "object") {
    throw new RuntimeError(`durable_objects['${className}'] did not return an object`);
  }
  obj.state = state;
  obj.env = pyEnv;
  return obj;
}

// The RPC methods of the class registered under `className`: its public methods. The
// registration ran when the entry module imported the worker's code; a factory (`lambda:
// Counter()`) hides the class, so such an object has no RPC methods.
function rpcMethodNames(className) {
  const reg = get_registration();
  const factory = reg === null ? undefined : reg.durableObjects.get(className);
  return isPyClass(factory) ? public_methods(factory, PyObject, EVENT_METHODS) : [];
}

// A native Durable Object class (extending `Base`, i.e. DurableObject from
// "cloudflare:workers") that forwards fetch/alarm to the registered Python class, and
// every other public method as an RPC method (rpc.js).
export function make_durable_object_class(className, Base) {
  const Native = class extends Base {
    #py;

    constructor(ctx, env) {
      super(ctx, env);
      try {
        this.#py = create_durable_object(className, ctx, env);
      } catch (e) {
        log_exception(e);
        throw e;
      }
    }

    async fetch(request) {
      const py = this.#py;
      try {
        if (typeof py.fetch !== "function") throw noMethod(py, "fetch");
        const req = Request.$wrap(request);
        const res = arity(py.fetch) >= 2 ? await py.fetch(req, py.env) : await py.fetch(req);
        return to_native_response(res, `${className}.fetch`);
      } catch (e) {
        log_exception(e);
        return internalError(e, this.env);
      }
    }

    async alarm() {
      const py = this.#py;
      try {
        if (typeof py.alarm !== "function") throw noMethod(py, "alarm");
        await py.alarm();
      } catch (e) {
        log_exception(e);
        throw e;
      }
    }

    // Hibernation handlers: the object's websocket_message(ws, message),
    // websocket_close(ws, code, reason, was_clean), websocket_error(ws, error).
    async webSocketMessage(ws, message) {
      await this.#hibernationEvent("websocket_message", WebSocket.$wrap(ws), message_value(message));
    }

    async webSocketClose(ws, code, reason, wasClean) {
      await this.#hibernationEvent("websocket_close", WebSocket.$wrap(ws), code, reason, wasClean);
    }

    async webSocketError(ws, error) {
      await this.#hibernationEvent("websocket_error", WebSocket.$wrap(ws), $exc(error));
    }

    async #hibernationEvent(name, ...args) {
      const py = this.#py;
      try {
        if (typeof py[name] !== "function") throw noMethod(py, name);
        await py[name](...args);
      } catch (e) {
        log_exception(e);
        throw e;
      }
    }

    [PY]() {
      return this.#py;
    }
  };
  add_rpc_methods(Native, rpcMethodNames(className), (native) => native[PY]());
  return Native;
}
