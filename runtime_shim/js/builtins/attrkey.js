// Python attribute names that JS engines consult implicitly (`then` makes an object a
// thenable, `constructor` is what type() reads, `__proto__` the prototype, `toString`/
// `valueOf`/`toJSON` conversions) are stored under the name plus `$` (Python names never
// contain `$`).  The compiler does the same for `o.then` (transpiler/names.py,
// JS_PROTOCOL_ATTRS); helpers that take an attribute name at run time map it here.
const PROTOCOL = new Set(["then", "constructor", "__proto__", "toString", "valueOf", "toJSON"]);

// The JS property key of the Python attribute `name`.
export function jsKey(name) {
  return PROTOCOL.has(name) ? name + "$" : name;
}

// The Python attribute name of the JS property key `key`.
export function pyKey(key) {
  return key.endsWith("$") && PROTOCOL.has(key.slice(0, -1)) ? key.slice(0, -1) : key;
}
