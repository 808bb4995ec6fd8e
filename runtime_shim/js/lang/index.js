// Compiler-support helpers: constructs that have no Python-visible name.
export { $dict, $dict_spread, $set_of } from "./literals.js";
export { $exc_instance } from "./raise.js";
