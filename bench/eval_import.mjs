// Time the evaluation of a worker bundle: `await import(bundle)` in a fresh node process.
//
// Usage: node eval_import.mjs BUNDLE WARM_MODULE
// WARM_MODULE (the `cloudflare:workers` stub the bundle imports) is imported first, so
// node's ES module loader is warmed up and the stub is cached -- the measured time is
// reading, parsing, compiling and running the bundle's top level, as at isolate start.
// Prints {"ms": ..., "exports": [...]}.
import { pathToFileURL } from "node:url";

const [bundle, warm] = process.argv.slice(2);
await import(pathToFileURL(warm).href);
const t0 = performance.now();
const mod = await import(pathToFileURL(bundle).href);
const ms = performance.now() - t0;
if (typeof mod.default?.fetch !== "function") throw new Error(`${bundle}: no default.fetch`);
process.stdout.write(JSON.stringify({ ms, exports: Object.keys(mod) }) + "\n");
