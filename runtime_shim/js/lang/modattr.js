// Attributes of a project module read through its namespace (`import helpers` then
// `helpers.x`). A module variable not assigned yet (an import cycle, a name bound only
// on some path, `del`) is undefined or the unbound sentinel there: Python raises
// AttributeError, "partially initialized" while the module is still running. Each
// compiled module ends with `$loaded = "<its name>"` (transpiler/lower/module.py).
import { AttributeError, ImportError } from "../builtins/exceptions.js";
import { $U } from "./unbound.js";

export function $modattr(v, module, name, loaded) {
  if (v !== undefined && v !== $U) return v;
  throw new AttributeError(
    loaded === undefined
      ? `partially initialized module '${module}' has no attribute '${name}' (most likely due to a circular import)`
      : `module '${module}' has no attribute '${name}'`,
  );
}

// `from helpers import x` where x is not bound yet (an import cycle) or at all: ImportError
// at the import statement, as in Python (an ES import binding would read as undefined).
export function $modimport(v, module, name, loaded) {
  if (v !== undefined && v !== $U) return;
  throw new ImportError(
    loaded === undefined
      ? `cannot import name '${name}' from partially initialized module '${module}' (most likely due to a circular import)`
      : `cannot import name '${name}' from '${module}'`,
  );
}
