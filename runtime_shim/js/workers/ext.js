// Members of the workers classes whose code needs heavy runtime modules (JSON, bytes,
// dicts, Headers) live outside the classes, so a worker that never uses them does not
// carry those modules: a class method calls `ext("name")`, and the generated entry module
// installs the implementations (use_extensions) for the attribute names the project's
// code mentions (see transpiler/pipeline.py WORKERS_EXTENSIONS). No top-level side effects.

import { RuntimeError } from "../builtins/exceptions.js";

const table = Object.create(null);

export function use_extensions(implementations) {
  Object.assign(table, implementations);
}

// The installed implementation of `name`. Missing only when the compiler found no use of
// the member in the project (e.g. an attribute name computed at run time and passed to
// getattr through a variable, which the compiler cannot see).
export function ext(name, member) {
  const f = table[name];
  if (f === undefined) {
    throw new RuntimeError(
      `${member} is not in this bundle: cfpy includes it only when the worker's code names ` +
        "it (write the attribute name literally, e.g. getattr(obj, \"" +
        member.slice(member.lastIndexOf(".") + 1) + "\"))",
    );
  }
  return f;
}
