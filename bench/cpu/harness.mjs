// Time `run(size)` exported by an ES module (a JS twin or a cfpy-built bundle) in node.
//
// Usage: node harness.mjs MODULE SIZE WARMUP REPS
// The first call's output is the one checked against CPython; it counts as warm-up.
// Prints one JSON line: {"sha256", "chars", "head", "times_ms": [...]} (only `run` is timed).
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";

const [modulePath, sizeText, warmupText, repsText] = process.argv.slice(2);
const size = Number(sizeText);
const warmup = Math.max(1, Number(warmupText));
const reps = Number(repsText);

const mod = await import(pathToFileURL(modulePath).href);
if (typeof mod.run !== "function") throw new Error(`${modulePath} exports no run()`);

let output = mod.run(size);
for (let i = 1; i < warmup; i++) mod.run(size);
const times = [];
for (let i = 0; i < reps; i++) {
  const t0 = process.hrtime.bigint();
  mod.run(size);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
output = String(output);
process.stdout.write(
  JSON.stringify({
    sha256: createHash("sha256").update(output, "utf8").digest("hex"),
    chars: output.length,
    head: output.slice(0, 400),
    times_ms: times,
  }) + "\n",
);
