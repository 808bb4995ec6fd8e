// Env: the Python view of a Worker's (or Durable Object's) bindings.
//
// The wrappers for KV namespaces and Durable Object namespaces are installed by the
// generated entry module (useBindingKinds), only for the kinds the wrangler config
// declares, so a worker without KV bindings does not carry the KV shim. A kind that is
// not installed is a kind the config does not declare: asking for such a binding fails
// as an undeclared binding does.

import { PyObject } from "../builtins/object.js";
import { KeyError, TypeError } from "../builtins/exceptions.js";
import { NATIVE, isNone, sigs, typeName } from "./util.js";
import { ext } from "./ext.js";

// kind ("kv", "do") -> function wrapping the native binding value
let kinds = {};

export function useBindingKinds(table) {
  kinds = table;
}

function binding(env, name, kind, how, wrapper) {
  if (typeof name !== "string") throw new TypeError(`binding name must be str, not ${typeName(name)}`);
  const b = env[name];
  if (isNone(b) || wrapper === undefined) {
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
      const wrap = kinds.kv;
      const b = binding(
        this.$env, name, "KV namespace", `([[kv_namespaces]] binding = "${name}")`, wrap,
      );
      if (typeof b.getWithMetadata !== "function") {
        throw new TypeError(`binding '${name}' is not a KV namespace`);
      }
      return wrap(b);
    }

    get_durable_object_namespace(name) {
      const wrap = kinds.do;
      const b = binding(
        this.$env, name, "Durable Object namespace",
        `([[durable_objects.bindings]] name = "${name}")`, wrap,
      );
      if (typeof b.idFromName !== "function") {
        throw new TypeError(`binding '${name}' is not a Durable Object namespace`);
      }
      return wrap(b);
    }

    // A [vars] value or a secret: str (a structured [vars] value comes back as a Python
    // value through json.fromJS, installed as extension "varValue", see ext.js).
    get_var(name) {
      const v = binding(this.$env, name, "variable", `under [vars] (or add it as a secret)`, null);
      return typeof v === "string" ? v : ext("varValue", "Env.get_var")(v);
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
