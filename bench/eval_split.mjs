// Where a bundle's evaluation time goes: compiling (parsing) the module vs running its
// top level. Needs node --experimental-vm-modules.
//
// Usage: node --experimental-vm-modules eval_split.mjs BUNDLE STUB
// The bundle's one import (the `cloudflare:workers` stub) is linked to STUB.
// Prints {"compile_ms", "link_ms", "evaluate_ms"}.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import vm from "node:vm";

const [bundle, stubPath] = process.argv.slice(2);
const stubSource = readFileSync(stubPath, "utf8");
const source = readFileSync(bundle, "utf8");

let t0 = performance.now();
const mod = new vm.SourceTextModule(source, { identifier: pathToFileURL(bundle).href });
const compileMs = performance.now() - t0;
t0 = performance.now();
await mod.link(async () => {
  const stub = new vm.SourceTextModule(stubSource, { identifier: pathToFileURL(stubPath).href });
  await stub.link(() => {
    throw new Error("stub has no imports");
  });
  return stub;
});
const linkMs = performance.now() - t0;
t0 = performance.now();
await mod.evaluate();
const evaluateMs = performance.now() - t0;
process.stdout.write(
  JSON.stringify({ compile_ms: compileMs, link_ms: linkMs, evaluate_ms: evaluateMs }) + "\n",
);
