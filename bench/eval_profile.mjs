// CPU profile of one `await import(bundle)` only (not node's own start-up), via the
// inspector; the counterpart of eval_import.mjs for finding where evaluation time goes.
//
// Usage: node eval_profile.mjs BUNDLE WARM_MODULE OUT.cpuprofile
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { pathToFileURL } from "node:url";

const [bundle, warm, out] = process.argv.slice(2);
await import(pathToFileURL(warm).href);
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 25 });
await session.post("Profiler.start");
const t0 = performance.now();
await import(pathToFileURL(bundle).href);
const ms = performance.now() - t0;
const { profile } = await session.post("Profiler.stop");
writeFileSync(out, JSON.stringify(profile));
process.stdout.write(JSON.stringify({ ms }) + "\n");
