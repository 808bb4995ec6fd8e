// Python exception hierarchy. BaseException extends the JS Error so stacks work.
import { Tuple } from "./tuple.js";
import { $repr, $str } from "./repr.js";

export class BaseException extends Error {
  static get __name__() { return this.name; }
  static get __qualname__() { return this.name; }
  constructor(...args) {
    super();
    this.args = Tuple.from(args);
    this.__cause__ = null;
    this.__context__ = null;
    this.__suppress_context__ = false;
    this.__traceback__ = null;
    this.__init__(...args);
  }
  __init__(...args) {
    this.args = Tuple.from(args);
  }
  // JS-facing message/name (stack traces, console). Assignable like a Python attribute.
  get message() { return this.__str__(); }
  set message(v) {
    Object.defineProperty(this, "message", { value: v, writable: true, configurable: true, enumerable: true });
  }
  get name() { return this.constructor.name; }
  set name(v) {
    Object.defineProperty(this, "name", { value: v, writable: true, configurable: true, enumerable: true });
  }
  __str__() {
    const a = this.args;
    if (a.length === 0) return "";
    if (a.length === 1) return $str(a[0]);
    return $repr(a);
  }
  __repr__() {
    const a = this.args;
    let inner;
    if (a.length === 1) inner = $repr(a[0]);
    else inner = $repr(a).slice(1, -1);
    return `${this.constructor.name}(${inner})`;
  }
  toString() { return format_exception_line(this); }
  with_traceback(tb) { this.__traceback__ = tb; return this; }
  add_note(note) {
    if (!this.__notes__) this.__notes__ = [];
    this.__notes__.push(note);
    return null;
  }
}

export class Exception extends BaseException {}
export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class FloatingPointError extends ArithmeticError {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {
  __str__() {
    return this.args.length === 1 ? $repr(this.args[0]) : super.__str__();
  }
}
export class ValueError extends Exception {}
export const PyTypeError = class TypeError extends Exception {};
export class AttributeError extends Exception {}
export class NameError extends Exception {}
export class UnboundLocalError extends NameError {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class StopIteration extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.value = args.length ? args[0] : null;
  }
}
export class StopAsyncIteration extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.value = args.length ? args[0] : null;
  }
}
export class AssertionError extends Exception {}
export class ImportError extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.msg = args.length ? args[0] : null;
    this.name = null;
    this.path = null;
  }
}
export class ModuleNotFoundError extends ImportError {}
export class OSError extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.errno = args.length >= 2 ? args[0] : null;
    this.strerror = args.length >= 2 ? args[1] : null;
    this.filename = args.length >= 3 ? args[2] : null;
  }
  __str__() {
    if (this.args.length >= 2 && this.args.length <= 5) {
      const base = `[Errno ${$str(this.args[0])}] ${$str(this.args[1])}`;
      return this.args.length >= 3 ? `${base}: ${$repr(this.args[2])}` : base;
    }
    return super.__str__();
  }
}
export class TimeoutError extends OSError {}
export class ConnectionError extends OSError {}
export class FileNotFoundError extends OSError {}
export class PermissionError extends OSError {}
export class EOFError extends Exception {}
export class MemoryError extends Exception {}
export class BufferError extends Exception {}
export class UnicodeError extends ValueError {}
export class UnicodeDecodeError extends UnicodeError {
  __init__(...args) {
    super.__init__(...args);
    if (args.length === 5) [this.encoding, this.object, this.start, this.end, this.reason] = args;
  }
  __str__() {
    if (this.args.length !== 5) return super.__str__();
    const b = this.object[this.start] ?? (this.object.$u8 ? this.object.$u8[this.start] : 0);
    const pos = this.end - this.start === 1
      ? `byte 0x${b.toString(16).padStart(2, "0")} in position ${this.start}`
      : `bytes in position ${this.start}-${this.end - 1}`;
    return `'${this.encoding}' codec can't decode ${pos}: ${this.reason}`;
  }
}
export class UnicodeEncodeError extends UnicodeError {
  __init__(...args) {
    super.__init__(...args);
    if (args.length === 5) [this.encoding, this.object, this.start, this.end, this.reason] = args;
  }
  __str__() {
    if (this.args.length !== 5) return super.__str__();
    const cp = String(this.object).codePointAt(this.start) ?? 0;
    const esc = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, "0")}`
      : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
    return `'${this.encoding}' codec can't encode character '${esc}' in position ${this.start}: ${this.reason}`;
  }
}
export class KeyboardInterrupt extends BaseException {}
export class SystemExit extends BaseException {
  __init__(...args) {
    super.__init__(...args);
    this.code = args.length === 0 ? null : args.length === 1 ? args[0] : this.args;
  }
}
export class GeneratorExit extends BaseException {}
export class Warning extends Exception {}
export class UserWarning extends Warning {}
export class DeprecationWarning extends Warning {}
export class RuntimeWarning extends Warning {}

// A JS error that is not a Python exception, caught by Python code.
export class JSException extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.error = args.length > 1 ? args[1] : null;
    if (args.length > 1) this.args = Tuple.of(args[0]);
  }
}

// Convert any thrown value into a Python exception instance (used at every `except`).
export function $exc(e) {
  if (e instanceof BaseException) return e;
  let r;
  if (e instanceof TypeError) {
    r = new PyTypeError(e.message);
  } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
    r = new RecursionError("maximum recursion depth exceeded");
  } else if (e instanceof SyntaxError && /JSON/.test(e.message + (e.stack || ""))) {
    r = new ValueError(e.message);
  } else if (e instanceof Error) {
    r = new JSException(e.message, e);
  } else {
    r = new JSException(String(e), e);
  }
  r.js = e;
  return r;
}

function isExcClass(x) {
  return typeof x === "function" && (x === BaseException || x.prototype instanceof BaseException);
}

// `raise X` -> `throw $raise(X)`: instantiates classes, checks the type.
export function $raise(x) {
  if (isExcClass(x)) return new x();
  if (x instanceof BaseException) return x;
  return new PyTypeError("exceptions must derive from BaseException");
}

// `raise X from Y` -> `throw $raise_from(X, Y)`.
export function $raise_from(exc, cause) {
  const e = $raise(exc);
  if (cause === undefined || cause === null) cause = null;
  else if (isExcClass(cause)) cause = new cause();
  else if (!(cause instanceof BaseException)) {
    return new PyTypeError("exception causes must derive from BaseException");
  }
  e.__cause__ = cause;
  e.__suppress_context__ = true;
  return e;
}

// "ValueError: message" (just "ValueError" when str(e) is empty).
export function format_exception_line(e) {
  if (!(e instanceof BaseException)) e = $exc(e);
  const s = e.__str__();
  const name = e.constructor.name;
  const mod = e.constructor.__module__;
  const qual = mod && mod !== "__main__" && mod !== "builtins" ? `${mod}.${name}` : name;
  return s === "" ? qual : `${qual}: ${s}`;
}

export { PyTypeError as TypeError };
