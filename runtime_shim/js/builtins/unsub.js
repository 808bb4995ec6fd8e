// Recognising instances of classes derived from list, str, int or float (subclass.js)
// without importing that module: hot builtins (in, int(), str methods) only test a flag.

// Is x such an instance (its builtin value is x.$v)?
export function $issub(x) {
  return x !== null && typeof x === "object" && x.$wraps === true;
}

// The builtin value of such an instance, or x itself.
export function $unsub(x) {
  return $issub(x) ? x.$v : x;
}
