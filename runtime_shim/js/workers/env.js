// Env: the Python view of a Worker's (or Durable Object's) bindings.

import { PyObject } from "../builtins/object.js";
import { KeyError, TypeError } from "../builtins/exceptions.js";
import { fromJS } from "../stdlib/json.js";
import { KVNamespace } from "./kv.js";
import { DurableObjectNamespace } from "./durable_object.js";
import { NATIVE, isNone, sigs, typeName } from "./util.js";

function binding(env, name, kind, how) {
  if (typeof name !== "string") throw new TypeError(`binding name must be str, not ${typeName(name)}`);
  const b = env[name];
  if (isNone(b)) {
    throw new KeyError(`${kind} binding '${name}' is not defined: declare it in wrangler.toml ${how}`);
  }
  return b;
}

export const Env = /* @__PURE__ */ sigs(
  "Env",
  class Env extends PyObject {
    __init__(token, native) {
      if (token !== NATIVE) throw new TypeError("Env objects are passed to handlers by the runtime");
      this.$env = native;
    }

    get_kv_namespace(name) {
      const b = binding(
        this.$env, name, "KV namespace", `([[kv_namespaces]] binding = "${name}")`,
      );
      if (typeof b.getWithMetadata !== "function") {
        throw new TypeError(`binding '${name}' is not a KV namespace`);
      }
      return new KVNamespace(NATIVE, b);
    }

    get_durable_object_namespace(name) {
      const b = binding(
        this.$env, name, "Durable Object namespace",
        `([[durable_objects.bindings]] name = "${name}")`,
      );
      if (typeof b.idFromName !== "function") {
        throw new TypeError(`binding '${name}' is not a Durable Object namespace`);
      }
      return new DurableObjectNamespace(NATIVE, b);
    }

    // A [vars] value or a secret: str (a structured [vars] value comes back as a Python value).
    get_var(name) {
      const v = binding(this.$env, name, "variable", `under [vars] (or add it as a secret)`);
      return typeof v === "string" ? v : fromJS(v);
    }

    __repr__() {
      return "<Env>";
    }
  },
  {
    get_kv_namespace: ["name"],
    get_durable_object_namespace: ["name"],
    get_var: ["name"],
  },
);
