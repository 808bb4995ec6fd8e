// Side-effect module imported first by the `cfpy run` entry (Node): wires print() to the
// process streams and reports uncaught Python exceptions like CPython (exit code 1).
import { setStdout, setStderr } from "./io.js";
import { $exc, format_exception_line, SystemExit } from "./exceptions.js";
import { $str } from "./repr.js";

setStdout((s) => process.stdout.write(s));
setStderr((s) => process.stderr.write(s));

function fail(err) {
  const e = $exc(err);
  if (e instanceof SystemExit) {
    const code = e.code;
    if (code === null || code === undefined) process.exit(0);
    if (typeof code === "number" || typeof code === "boolean") process.exit(+code);
    process.stderr.write($str(code) + "\n");
    process.exit(1);
  }
  let msg = "Traceback (most recent call last):\n" + format_exception_line(e) + "\n";
  if (process.env.CFPY_JS_STACK && err && err.stack) msg += err.stack + "\n";
  process.stderr.write(msg);
  process.exit(1);
}

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
