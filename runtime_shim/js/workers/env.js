// Env: the Python view of a Worker's (or Durable Object's) bindings.
//
// The wrappers for each binding kind (KV, Durable Objects, D1, R2, queues) are installed by the
// generated entry module (use_binding_kinds), only for the kinds the wrangler config
// declares, so a worker without KV bindings does not carry the KV shim. A kind that is
// not installed is a kind the config does not declare: asking for such a binding fails
// as an undeclared binding does.

import { PyObject } from "../builtins/object.js";
import { AttributeError, KeyError, TypeError } from "../builtins/exceptions.js";
import { NATIVE, native_only, is_none, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";
import { ext } from "./ext.js";

// kind ("kv", "do", "d1", ...) -> [function wrapping the native binding value, what the
// kind is called, its config declaration ("[[kv_namespaces]] binding"), a native method
// that tells a binding of the kind from other values]; and binding name -> kind (for
// `env.NAME`). Both are rendered from the surface table (transpiler/workers_surface.py)
// into the generated entry, only for the kinds the config declares.
let kinds = {};
let names = {};

export function use_binding_kinds(table, bindingNames) {
  kinds = table;
  names = bindingNames;
}

function binding(env, name, kind, how, wrapper) {
  if (typeof name !== "string") throw new TypeError(`binding name must be str, not ${type_name(name)}`);
  const b = env[name];
  if (is_none(b) || wrapper === undefined) {
    throw new KeyError(`${kind} binding '${name}' is not defined: declare it in wrangler.toml ${how}`);
  }
  return b;
}

// The Python wrapper of binding `name` of `kind` (a KeyError when not declared, a
// TypeError when the native value is of another kind).
function wrapped(pyEnv, name, kind) {
  if (kinds[kind] === undefined) throw new KeyError(`binding '${name}' is not defined in wrangler.toml`);
  const [wrap, what, how, method] = kinds[kind];
  const b = binding(pyEnv.$env, name, what, `(${how} = "${name}")`, wrap);
  if (typeof b[method] !== "function") throw new TypeError(`binding '${name}' is not a ${what}`);
  return wrap(b);
}

function var_value(native, name) {
  const v = binding(native, name, "variable", `under [vars] (or add it as a secret)`, null);
  return typeof v === "string" ? v : ext("var_value", "Env.get_var")(v);
}

export const Env = /* @__PURE__ */ sigs(
  "Env",
  class Env extends PyObject {
    __init__(token, native) {
      native_only(token, "Env", "are passed to handlers by the runtime");
      this.$env = native;
    }

    get_kv_namespace(name) {
      return wrapped(this, name, "kv");
    }

    get_durable_object_namespace(name) {
      return wrapped(this, name, "do");
    }

    get_d1_database(name) {
      return wrapped(this, name, "d1");
    }

    get_r2_bucket(name) {
      return wrapped(this, name, "r2");
    }

    get_queue(name) {
      return wrapped(this, name, "queue");
    }

    get_fetcher(name) {
      return wrapped(this, name, "fetcher");
    }

    // A [vars] value or a secret: str (a structured [vars] value comes back as a Python
    // value through json.from_js, installed as extension "var_value", see ext.js).
    get_var(name) {
      return var_value(this.$env, name);
    }

    // `env.NAME`: the binding NAME as its getter returns it, or the variable NAME.
    __getattr__(name) {
      const kind = names[name];
      if (kind !== undefined) return wrapped(this, name, kind);
      if (!is_none(this.$env[name])) return var_value(this.$env, name);
      throw new AttributeError(`'Env' object has no attribute '${name}'`);
    }

    __repr__() {
      return "<Env>";
    }
  },
  {
    get_kv_namespace: ["name"],
    get_durable_object_namespace: ["name"],
    get_d1_database: ["name"],
    get_r2_bucket: ["name"],
    get_queue: ["name"],
    get_fetcher: ["name"],
    get_var: ["name"],
  },
);
