// Side-effect module imported first by the `cfpy run` entry (Node): wires print() to the
// process streams and reports uncaught Python exceptions like CPython (exit code 1).
import { set_stdout, set_stderr } from "./io.js";
import { $exc, format_exception_line, SystemExit } from "./exceptions.js";
import { $str } from "./repr.js";

set_stdout((s) => process.stdout.write(s));
set_stderr((s) => process.stderr.write(s));

// Stack frames that source maps place in .py files, outermost first: "  at worker.py:12 in f".
function pythonFrames(err) {
  const stack = err && typeof err.stack === "string" ? err.stack : "";
  const frames = [];
  for (const line of stack.split("\n")) {
    const m = /^\s*at (?:(.*?) \()?(?:file:\/\/)?(.+?\.py):(\d+):\d+\)?$/.exec(line);
    if (!m) continue;
    let file = m[2];
    const cwd = process.cwd() + "/";
    if (file.startsWith(cwd)) file = file.slice(cwd.length);
    let fn = m[1] && m[1] !== "<anonymous>" ? m[1] : "<module>";
    fn = fn.replace(/^(?:async |new )/, "").replace(/^.*\./, "");
    frames.push(`  at ${file}:${m[3]} in ${fn}\n`);
  }
  return frames.reverse();
}

function fail(err) {
  const e = $exc(err);
  if (e instanceof SystemExit) {
    const code = e.code;
    if (code === null || code === undefined) process.exit(0);
    if (typeof code === "number" || typeof code === "boolean") process.exit(+code);
    process.stderr.write($str(code) + "\n");
    process.exit(1);
  }
  let msg = pythonFrames(err).join("") + format_exception_line(e) + "\n";
  if (process.env.CFPY_JS_STACK && err && err.stack) msg += err.stack + "\n";
  process.stderr.write(msg);
  process.exit(1);
}

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
