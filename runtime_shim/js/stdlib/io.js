// Python's io.StringIO and io.BytesIO (C types in CPython, `_io`): in-memory text and
// binary streams with CPython's positions, overwrite semantics and errors.
import { PyTypeError, ValueError, OSError, StopIteration, $exctype } from "../builtins/exceptions.js";
import { Bytes } from "../builtins/bytes.js";
import { PyObject, type_name } from "../builtins/object.js";
import { $isint } from "../builtins/floatbox.js";
import { bind } from "./_util.js";

export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

export const UnsupportedOperation = /* @__PURE__ */ $exctype("UnsupportedOperation", class extends OSError {
  static get __module__() { return "io"; }
});

// What both streams share; the buffer is `$buf` (a string, or a number array of bytes).
class Stream extends PyObject {
  $check() {
    if (this.$closed) throw new ValueError(this.$text ? "I/O operation on closed file" : "I/O operation on closed file.");
  }
  get closed() { return this.$closed; }
  close() { this.$closed = true; return null; }
  readable() { this.$check(); return true; }
  writable() { this.$check(); return true; }
  seekable() { this.$check(); return true; }
  isatty() { this.$check(); return false; }
  flush() { this.$check(); return null; }
  tell() { this.$check(); return this.$pos; }
  __enter__() { this.$check(); return this; }
  __exit__() { this.close(); return null; }
  __iter__() { this.$check(); return this; }
  __next__() {
    const line = this.readline();
    if (this.$len(line) === 0) throw new StopIteration();
    return line;
  }
  $size(size, name) {
    if (size === undefined || size === null) return -1;
    if (!$isint(size)) throw new PyTypeError(`argument should be integer or None, not '${type_name(size)}'`);
    return size;
  }
  seek(pos, whence = 0) {
    this.$check();
    if (!$isint(pos)) throw new PyTypeError(`'${type_name(pos)}' object cannot be interpreted as an integer`);
    if (whence === 0) {
      if (pos < 0) throw new ValueError(`Negative seek position ${pos}`);
      this.$pos = pos;
    } else if (whence === 1 || whence === 2) {
      if (pos !== 0 && this.$text) throw new OSError(whence === 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
      this.$pos = Math.max(0, (whence === 1 ? this.$pos : this.$buf.length) + pos);
    } else {
      throw new ValueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    return this.$pos;
  }
  truncate(size) {
    this.$check();
    const n = size === undefined || size === null ? this.$pos : size;
    if (n < 0) throw new ValueError(`Negative size value ${n}`);
    if (n < this.$buf.length) this.$buf = this.$buf.slice(0, n);
    return n;
  }
  read(size) {
    this.$check();
    const n = this.$size(size);
    const end = n < 0 ? this.$buf.length : Math.min(this.$buf.length, this.$pos + n);
    const out = this.$pos < end ? this.$buf.slice(this.$pos, end) : this.$buf.slice(0, 0);
    this.$pos = Math.max(this.$pos, end);
    return this.$wrap(out);
  }
  readline(size) {
    this.$check();
    const n = this.$size(size);
    let end = this.$buf.indexOf(this.$nl, this.$pos);
    end = end < 0 ? this.$buf.length : end + 1;
    if (n >= 0) end = Math.min(end, this.$pos + n);
    const out = this.$pos < end ? this.$buf.slice(this.$pos, end) : this.$buf.slice(0, 0);
    this.$pos = Math.max(this.$pos, end);
    return this.$wrap(out);
  }
  readlines(hint) {
    const lines = [];
    let total = 0;
    const limit = this.$size(hint);
    for (;;) {
      const line = this.readline();
      if (this.$len(line) === 0) break;
      lines.push(line);
      total += this.$len(line);
      if (limit > 0 && total >= limit) break;
    }
    return lines;
  }
  writelines(lines) {
    for (const line of lines) this.write(line);
    return null;
  }
  $put(data) {
    const buf = this.$buf;
    const pad = this.$pos > buf.length ? this.$pad(this.$pos - buf.length) : buf.slice(0, 0);
    this.$buf = buf.slice(0, this.$pos).concat(pad, data, buf.slice(this.$pos + data.length));
    this.$pos += data.length;
  }
}

export class StringIO extends Stream {
  __init__(...a) {
    let { v: [initial_value, newline] } = bind("StringIO", a, ["initial_value", "newline"], 0);
    if (initial_value === undefined) initial_value = "";
    if (newline === undefined) newline = "\n";
    if (initial_value !== null && typeof initial_value !== "string") {
      throw new PyTypeError(`initial_value must be str or None, not ${type_name(initial_value)}`);
    }
    this.$text = true;
    this.$nl = "\n";
    this.$closed = false;
    this.$newline = newline;
    this.$buf = "";
    this.$pos = 0;
    if (initial_value) this.$put(this.$translate(initial_value));
    this.$pos = 0;
    return null;
  }
  // newline=None: "\r\n" and "\r" become "\n"; newline="\r\n"/"\r": "\n" becomes it
  $translate(s) {
    if (this.$newline === null) return s.replace(/\r\n?/g, "\n");
    if (this.$newline === "\r\n" || this.$newline === "\r") return s.replace(/\n/g, this.$newline);
    return s;
  }
  $wrap(s) { return s; }
  $len(s) { return s.length; }
  $pad(n) { return "\0".repeat(n); }
  write(s) {
    this.$check();
    if (typeof s !== "string") throw new PyTypeError(`string argument expected, got '${type_name(s)}'`);
    this.$put(this.$translate(s));
    return s.length;
  }
  getvalue() { this.$check(); return this.$buf; }
}

function bytesLike(b) {
  if (b instanceof Bytes) return Array.from(b.$u8);
  throw new PyTypeError(`a bytes-like object is required, not '${type_name(b)}'`);
}

export class BytesIO extends Stream {
  __init__(...a) {
    let { v: [initial_bytes] } = bind("BytesIO", a, ["initial_bytes"], 0);
    if (initial_bytes === undefined) initial_bytes = null;
    this.$text = false;
    this.$nl = 10;
    this.$closed = false;
    this.$buf = initial_bytes === null ? [] : bytesLike(initial_bytes);
    this.$pos = 0;
    return null;
  }
  $wrap(a) { return new Bytes(Uint8Array.from(a)); }
  $len(b) { return b.$u8.length; }
  $pad(n) { return new Array(n).fill(0); }
  write(b) {
    this.$check();
    const data = bytesLike(b);
    this.$put(data);
    return data.length;
  }
  getvalue() { this.$check(); return this.$wrap(this.$buf); }
  read1(size) { return this.read(size); }
}
