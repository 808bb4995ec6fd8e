// The JS property key of a Python attribute (docs/design.md "Names").
//
// - Names that JS engines consult implicitly (`then` makes an object a thenable,
//   `constructor` is what type() reads, `__proto__` the prototype, `toString`/`valueOf`/
//   `toJSON` conversions) or that functions, classes and arrays own in JS (`name`,
//   `length`, `prototype`, and the strict-mode poison pills `caller`, `arguments`) are
//   stored under the name plus `$`. The compiler does the same for `o.then`
//   (transpiler/names.py, JS_PROTOCOL_ATTRS).
// - Runtime state uses keys with a `$` (`$v`, `$m`, `$del:x`), which Python identifiers
//   never contain; a name given at run time (setattr, vars(o)[k], **kwargs) may: such a
//   name, and one starting with `#` (the escape itself), is stored as `#` + name.
// So the mapping is one-to-one and no Python name reaches a JS-intrinsic or internal key.
const RENAMED = /* @__PURE__ */ new Set(
  "then constructor __proto__ toString valueOf toJSON name length prototype caller arguments".split(" "),
);

// The JS property key of the Python attribute `name`.
export function js_key(name) {
  return RENAMED.has(name) ? name + "$" : /^#|\$/.test(name) ? "#" + name : name;
}

// The Python attribute name of the JS property key `key` (a key for which is_py_key holds).
export function py_key(key) {
  if (key.charCodeAt(0) === 35) return key.slice(1);
  return key.endsWith("$") && RENAMED.has(key.slice(0, -1)) ? key.slice(0, -1) : key;
}

// Is the JS key `key` a Python attribute (not runtime state, not a JS-intrinsic key)?
export function is_py_key(key) {
  if (key.charCodeAt(0) === 35) return true;
  if (key.includes("$")) return key.endsWith("$") && RENAMED.has(key.slice(0, -1));
  return !RENAMED.has(key);
}
