// The one registration a worker makes: CloudflareWorkers(fetch=..., scheduled=...,
// email=..., queue=..., durable_objects={...}). The generated entry module reads it
// through get_registration().

import { PyObject } from "../builtins/object.js";
import { RuntimeError, TypeError } from "../builtins/exceptions.js";
import { is_none, mapping_entries, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";

// The module-level registry: null until CloudflareWorkers(...) runs.
let registration = null;

export function get_registration() {
  return registration;
}

// For tests that load the shim more than once in one process.
export function $reset_registration() {
  registration = null;
}

function handler(value, name) {
  if (is_none(value)) return null;
  if (typeof value !== "function") throw new TypeError(`${name} must be a function or None, not ${type_name(value)}`);
  return value;
}

function durableObjects(value) {
  const out = new Map();
  if (is_none(value)) return out;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`durable_objects must be a dict of class name -> class, not ${type_name(value)}`);
  }
  for (const [name, factory] of mapping_entries(value)) {
    if (typeof name !== "string") throw new TypeError(`durable_objects keys must be str, not ${type_name(name)}`);
    if (typeof factory !== "function") {
      throw new TypeError(`durable_objects['${name}'] must be a class or a callable, not ${type_name(factory)}`);
    }
    out.set(name, factory);
  }
  return out;
}

export const CloudflareWorkers = /* @__PURE__ */ sigs(
  "CloudflareWorkers",
  class CloudflareWorkers extends PyObject {
    __init__(fetch = null, scheduled = null, email = null, queue = null, durable_objects = null) {
      if (registration !== null) {
        throw new RuntimeError("CloudflareWorkers(...) may be called only once per worker");
      }
      const reg = {
        fetch: handler(fetch, "fetch"),
        scheduled: handler(scheduled, "scheduled"),
        email: handler(email, "email"),
        queue: handler(queue, "queue"),
        durableObjects: durableObjects(durable_objects),
      };
      registration = reg;
    }

    __repr__() {
      return "<CloudflareWorkers>";
    }
  },
  { __init__: ["fetch=", "scheduled=", "email=", "queue=", "durable_objects="] },
);

