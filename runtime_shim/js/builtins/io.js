// Output sinks for print() and sys.stdout/sys.stderr.

let outFn = null;
let errFn = null;
let outBuf = "";
let errBuf = "";

export function set_stdout(fn) { flush_stdout(); outFn = fn; }
export function set_stderr(fn) { flush_stderr(); errFn = fn; }

export function $write(s) {
  if (outFn !== null) { outFn(s); return; }
  outBuf += s;
  const i = outBuf.lastIndexOf("\n");
  if (i >= 0) {
    const chunk = outBuf.slice(0, i);
    outBuf = outBuf.slice(i + 1);
    for (const line of chunk.split("\n")) console.log(line);
  }
}

export function $write_err(s) {
  if (errFn !== null) { errFn(s); return; }
  errBuf += s;
  const i = errBuf.lastIndexOf("\n");
  if (i >= 0) {
    const chunk = errBuf.slice(0, i);
    errBuf = errBuf.slice(i + 1);
    for (const line of chunk.split("\n")) console.error(line);
  }
}

export function flush_stdout() {
  if (outBuf !== "") { const b = outBuf; outBuf = ""; if (outFn) outFn(b); else console.log(b); }
}
export function flush_stderr() {
  if (errBuf !== "") { const b = errBuf; errBuf = ""; if (errFn) errFn(b); else console.error(b); }
}

// Markers usable as print(..., file=stderr) and as sys.stdout / sys.stderr.
export const stdout = {
  $io: 1,
  write(s) { $write(s); return s.length; },
  flush() { flush_stdout(); return null; },
};
export const stderr = {
  $io: 2,
  write(s) { $write_err(s); return s.length; },
  flush() { flush_stderr(); return null; },
};
