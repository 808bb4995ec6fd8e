// Python exception hierarchy. BaseException extends the JS Error so stacks work.
import { Tuple } from "./tuple.js";
import { late } from "./late.js";
import { $repr, $str } from "./repr.js";

// Give a runtime class its Python name independent of minification.
export function $exctype(name, C) {
  Object.defineProperty(C, "name", { value: name, configurable: true });
  Object.defineProperty(C, "$builtin", { value: true }); // own: subclasses are not builtins
  return C;
}

export const BaseException = /* @__PURE__ */ $exctype("BaseException", class extends Error {
  static get __name__() { return this.name; }
  static get __qualname__() { return this.name; }
  static get __mro__() { return Tuple.from(late.py_mro(this, Error)); }
  static mro() { return late.py_mro(this, Error); }
  static get __bases__() {
    if (Object.prototype.hasOwnProperty.call(this, "$bases")) return Tuple.from(this.$bases);
    const base = Object.getPrototypeOf(this);
    return Tuple.of(base);
  }
  static __init_subclass__() {}
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
  toString() {
    const s = this.__str__();
    return s === "" ? this.constructor.name : `${this.constructor.name}: ${s}`;
  }
  with_traceback(tb) { this.__traceback__ = tb; return this; }
  add_note(note) {
    if (!this.__notes__) this.__notes__ = [];
    this.__notes__.push(note);
    return null;
  }
});


export const Exception = /* @__PURE__ */ $exctype("Exception", class extends BaseException {});
export const ArithmeticError = /* @__PURE__ */ $exctype("ArithmeticError", class extends Exception {});
export const ZeroDivisionError = /* @__PURE__ */ $exctype("ZeroDivisionError", class extends ArithmeticError {});
export const OverflowError = /* @__PURE__ */ $exctype("OverflowError", class extends ArithmeticError {});
export const FloatingPointError = /* @__PURE__ */ $exctype("FloatingPointError", class extends ArithmeticError {});
export const LookupError = /* @__PURE__ */ $exctype("LookupError", class extends Exception {});
export const IndexError = /* @__PURE__ */ $exctype("IndexError", class extends LookupError {});
export const KeyError = /* @__PURE__ */ $exctype("KeyError", class extends LookupError {
  __str__() {
    return this.args.length === 1 ? $repr(this.args[0]) : super.__str__();
  }
});
export const ValueError = /* @__PURE__ */ $exctype("ValueError", class extends Exception {});
late.ValueError = ValueError; // builtins/late.js
export const PyTypeError = /* @__PURE__ */ $exctype("TypeError", class extends Exception {});
export const AttributeError = /* @__PURE__ */ $exctype("AttributeError", class extends Exception {});
export const NameError = /* @__PURE__ */ $exctype("NameError", class extends Exception {});
export const UnboundLocalError = /* @__PURE__ */ $exctype("UnboundLocalError", class extends NameError {});
export const RuntimeError = /* @__PURE__ */ $exctype("RuntimeError", class extends Exception {});
export const NotImplementedError = /* @__PURE__ */ $exctype("NotImplementedError", class extends RuntimeError {});
export const RecursionError = /* @__PURE__ */ $exctype("RecursionError", class extends RuntimeError {});
export const StopIteration = /* @__PURE__ */ $exctype("StopIteration", class extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.value = args.length ? args[0] : null;
  }
});
export const StopAsyncIteration = /* @__PURE__ */ $exctype("StopAsyncIteration", class extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.value = args.length ? args[0] : null;
  }
});
export const AssertionError = /* @__PURE__ */ $exctype("AssertionError", class extends Exception {});
export const ImportError = /* @__PURE__ */ $exctype("ImportError", class extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.msg = args.length ? args[0] : null;
    this.name$ = null; // Python's ImportError.name (attrkey.js)
    this.path = null;
  }
});
export const ModuleNotFoundError = /* @__PURE__ */ $exctype("ModuleNotFoundError", class extends ImportError {});
export const OSError = /* @__PURE__ */ $exctype("OSError", class extends Exception {
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
});
export const TimeoutError = /* @__PURE__ */ $exctype("TimeoutError", class extends OSError {});
export const ConnectionError = /* @__PURE__ */ $exctype("ConnectionError", class extends OSError {});
export const FileNotFoundError = /* @__PURE__ */ $exctype("FileNotFoundError", class extends OSError {});
export const FrozenInstanceError = /* @__PURE__ */ $exctype("FrozenInstanceError", class extends AttributeError {});
export const PermissionError = /* @__PURE__ */ $exctype("PermissionError", class extends OSError {});
export const BrokenPipeError = /* @__PURE__ */ $exctype("BrokenPipeError", class extends ConnectionError {});
export const ConnectionAbortedError = /* @__PURE__ */ $exctype("ConnectionAbortedError", class extends ConnectionError {});
export const ConnectionRefusedError = /* @__PURE__ */ $exctype("ConnectionRefusedError", class extends ConnectionError {});
export const ConnectionResetError = /* @__PURE__ */ $exctype("ConnectionResetError", class extends ConnectionError {});
export const FileExistsError = /* @__PURE__ */ $exctype("FileExistsError", class extends OSError {});
export const IsADirectoryError = /* @__PURE__ */ $exctype("IsADirectoryError", class extends OSError {});
export const NotADirectoryError = /* @__PURE__ */ $exctype("NotADirectoryError", class extends OSError {});
export const InterruptedError = /* @__PURE__ */ $exctype("InterruptedError", class extends OSError {});
export const BlockingIOError = /* @__PURE__ */ $exctype("BlockingIOError", class extends OSError {});
export const ChildProcessError = /* @__PURE__ */ $exctype("ChildProcessError", class extends OSError {});
export const ProcessLookupError = /* @__PURE__ */ $exctype("ProcessLookupError", class extends OSError {});
export const EOFError = /* @__PURE__ */ $exctype("EOFError", class extends Exception {});
export const MemoryError = /* @__PURE__ */ $exctype("MemoryError", class extends Exception {});
export const BufferError = /* @__PURE__ */ $exctype("BufferError", class extends Exception {});
export const UnicodeError = /* @__PURE__ */ $exctype("UnicodeError", class extends ValueError {});
export const UnicodeDecodeError = /* @__PURE__ */ $exctype("UnicodeDecodeError", class extends UnicodeError {
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
});
export const UnicodeEncodeError = /* @__PURE__ */ $exctype("UnicodeEncodeError", class extends UnicodeError {
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
});
export const KeyboardInterrupt = /* @__PURE__ */ $exctype("KeyboardInterrupt", class extends BaseException {});
export const SystemExit = /* @__PURE__ */ $exctype("SystemExit", class extends BaseException {
  __init__(...args) {
    super.__init__(...args);
    this.code = args.length === 0 ? null : args.length === 1 ? args[0] : this.args;
  }
});
export const GeneratorExit = /* @__PURE__ */ $exctype("GeneratorExit", class extends BaseException {});
export const Warning = /* @__PURE__ */ $exctype("Warning", class extends Exception {});
export const UserWarning = /* @__PURE__ */ $exctype("UserWarning", class extends Warning {});
export const DeprecationWarning = /* @__PURE__ */ $exctype("DeprecationWarning", class extends Warning {});
export const RuntimeWarning = /* @__PURE__ */ $exctype("RuntimeWarning", class extends Warning {});

// A JS error that is not a Python exception, caught by Python code.
export const JSException = /* @__PURE__ */ $exctype("JSException", class extends Exception {
  __init__(...args) {
    super.__init__(...args);
    this.error = args.length > 1 ? args[1] : null;
    if (args.length > 1) this.args = Tuple.of(args[0]);
  }
});

// Convert any thrown value into a Python exception instance (used at every `except`).
// JS TypeErrors that are Python AttributeErrors: attribute access on None, assignment to
// a property without setter, assignment to a frozen (dataclass) instance.
function fromJsTypeError(message) {
  let m = /^Cannot read properties of (?:null|undefined) \(reading '(.*)'\)$/.exec(message);
  if (m) return new AttributeError(`'NoneType' object has no attribute '${m[1]}'`);
  m = /^Cannot set property (\S+) of #<(\w+)> which has only a getter$/.exec(message);
  if (m) return new AttributeError(`property '${m[1]}' of '${m[2]}' object has no setter`);
  // Frozen dataclass instances are frozen JS objects.
  m = /^Cannot assign to read only property '(.*)' of object/.exec(message) ||
    /^Cannot add property (\S+), object is not extensible$/.exec(message);
  if (m) return new FrozenInstanceError(`cannot assign to field '${m[1]}'`);
  return new PyTypeError(message);
}

export function $exc(e) {
  if (e instanceof BaseException) return e;
  let r;
  if (e instanceof TypeError) {
    r = fromJsTypeError(e.message);
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
  const hint = typeof e.$suggest === "function" ? e.$suggest() : null;
  return (s === "" ? qual : `${qual}: ${s}`) + (hint ? `. Did you mean: '${hint}'?` : "");
}

export { PyTypeError as TypeError };
