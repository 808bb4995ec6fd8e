// cfpy dev server: serves a bundled worker locally in workerd through Miniflare.
//
// Usage:  NODE_PATH=<toolchain>/node_modules node dev.mjs CONFIG.json
//
// CONFIG.json (written by transpiler/serve/__init__.py):
//   { "bundle": "/abs/main.js", "compatibilityDate": "2025-01-01",
//     "compatibilityFlags": [], "kvNamespaces": ["KV"],
//     "durableObjects": {"COUNTER": {"className": "Counter", "useSQLite": false}},
//     "vars": {"NAME": "value"}, "stateDir": "/abs/state" | null,
//     "host": "127.0.0.1", "port": 0, "exitOnStdinEnd": false,
//     "upstream": "http://origin.example" | null,
//     "d1Databases": {"DB": "<id>"}, "r2Buckets": {"FILES": "<bucket>"},
//     "queueProducers": {"JOBS": "<queue>"}, "queueConsumers": {"<queue>": {...}},
//     "assetsDirectory": "/abs/public" | null, "assetsBinding": "ASSETS" | null,
//     "serviceBindings": { "SELF": { "name": "cfpy", "entrypoint": "Api" } } }
//
// Protocol (stdout lines starting with "cfpy: " are for the parent process):
//   - prints "cfpy: ready on http://HOST:PORT" once listening (port 0 picks a free port);
//   - reload: SIGHUP, or the line "reload" on stdin, re-reads CONFIG.json and the bundle
//     from disk and calls mf.setOptions() (storage in stateDir is kept; the port stays);
//     then prints "cfpy: reloaded" or "cfpy: reload failed: MESSAGE";
//   - SIGTERM / SIGINT, or the line "stop" on stdin: disposes Miniflare and exits 0
//     (also at the end of stdin when "exitOnStdinEnd" is true).
// Worker console output is forwarded to this process's stdout/stderr by Miniflare.
//
// With "front": true (`cfpy dev`), Miniflare listens on a private port and a small front
// server (front.mjs) on HOST:PORT logs each request (`GET /path 200 3 ms`), shows a
// worker's uncaught exception as a source-mapped Python traceback, and shows the
// diagnostics of a failed rebuild (stdin line "build-failed JSON-STRING") until the next
// reload.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { startFront } from "./front.mjs";

const require = createRequire(import.meta.url);
const { Miniflare, Log, LogLevel, supportedCompatibilityDate } = require("miniflare");

const configPath = process.argv[2];
if (!configPath) {
  console.error("usage: node dev.mjs CONFIG.json");
  process.exit(2);
}

function readConfig() {
  return JSON.parse(readFileSync(configPath, "utf8"));
}

function durableObjects(config) {
  const out = {};
  for (const [binding, spec] of Object.entries(config.durableObjects ?? {})) {
    out[binding] = typeof spec === "string" ? spec : { ...spec };
  }
  return out;
}

function persistOptions(config) {
  if (!config.stateDir) return {};
  const root = path.resolve(config.stateDir);
  return {
    defaultPersistRoot: root,
    kvPersist: path.join(root, "kv"),
    durableObjectsPersist: path.join(root, "do"),
    d1Persist: path.join(root, "d1"),
    r2Persist: path.join(root, "r2"),
    cachePersist: path.join(root, "cache"),
  };
}

// Without an upstream, a request passed through by ctx.passThroughOnException() goes
// back to its own URL, i.e. this server: a loop. Miniflare's `upstream` option cannot be
// the fix, since it also rewrites every request's URL to the upstream origin. Instead the
// worker gets this binding, and the entry shim answers such a request 502 with its text.
const NO_ORIGIN_MESSAGE =
  "cfpy dev: the worker raised after ctx.pass_through_on_exception(), and there is no " +
  "origin to pass the request to (start cfpy dev with --upstream URL)\n";

function bindings(config) {
  const vars = { ...(config.vars ?? {}) };
  if (config.front) vars.CFPY_DEV_TRACEBACK = "1";
  return config.upstream ? vars : { ...vars, CFPY_DEV_NO_ORIGIN: NO_ORIGIN_MESSAGE };
}

// workerd refuses a compatibility date newer than its own; like `wrangler dev`, run with
// the newest one it supports instead (and say so once).
let dateNoted = false;
function compatibilityDate(config) {
  const wanted = config.compatibilityDate;
  if (typeof wanted === "string" && wanted > supportedCompatibilityDate) {
    if (!dateNoted) {
      console.log(
        `cfpy: compatibility_date ${wanted} is newer than the local runtime supports; ` +
          `cfpy dev runs with ${supportedCompatibilityDate}`,
      );
      dateNoted = true;
    }
    return supportedCompatibilityDate;
  }
  return wanted;
}

function miniflareOptions(config) {
  const bundle = path.resolve(config.bundle);
  return {
    name: "cfpy",
    modules: true,
    scriptPath: bundle,
    modulesRoot: path.dirname(bundle),
    modulesRules: [
      { type: "ESModule", include: ["**/*.js", "**/*.mjs", path.basename(bundle)] },
    ],
    compatibilityDate: compatibilityDate(config),
    compatibilityFlags: config.compatibilityFlags ?? [],
    kvNamespaces: config.kvNamespaces ?? [],
    durableObjects: durableObjects(config),
    d1Databases: config.d1Databases ?? {},
    r2Buckets: config.r2Buckets ?? {},
    queueProducers: config.queueProducers ?? {},
    queueConsumers: config.queueConsumers ?? {},
    bindings: bindings(config),
    serviceBindings: config.serviceBindings ?? {},
    cf: false,
    // Lets a developer trigger scheduled()/email() locally: /cdn-cgi/handler/scheduled.
    unsafeTriggerHandlers: true,
    host: config.front ? "127.0.0.1" : config.host ?? "127.0.0.1",
    port: config.front ? 0 : config.port ?? 0,
    log: new Log(LogLevel.WARN),
    telemetry: { enabled: false },
    ...(config.upstream ? { upstream: config.upstream } : {}),
    // Static assets are served before the worker, as wrangler dev serves them.
    ...(config.assetsDirectory
      ? {
          assets: {
            directory: config.assetsDirectory,
            routerConfig: { has_user_worker: true },
            ...(config.assetsBinding ? { binding: config.assetsBinding } : {}),
          },
        }
      : {}),
    ...persistOptions(config),
  };
}

const mf = new Miniflare(miniflareOptions(readConfig()));
let busy = Promise.resolve();
let stopping = false;

function serialised(task) {
  busy = busy.then(task, task);
  return busy;
}

let front = null;

async function reload() {
  try {
    await mf.setOptions(miniflareOptions(readConfig()));
    await mf.ready;
    front?.buildSucceeded();
    console.log("cfpy: reloaded");
  } catch (err) {
    const message = String(err?.stack ?? err).split("\n")[0];
    console.error(String(err?.stack ?? err));
    console.log(`cfpy: reload failed: ${message}`);
  }
}

// Dispose Miniflare, then give its fire-and-forget removal of its temp folder a moment
// (idle keep-alive sockets could otherwise hold the process for seconds).
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 10_000).unref();
  try {
    await busy;
    front?.close();
    await mf.dispose();
  } catch (err) {
    console.error(String(err?.stack ?? err));
  }
  process.exitCode = code;
  commands.close();
  process.stdin.destroy();
  setTimeout(() => process.exit(code), 250);
}

// Miniflare's own exit hook would exit with 128+signal before a graceful dispose.
process.removeAllListeners("SIGTERM");
process.removeAllListeners("SIGINT");
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
process.on("SIGHUP", () => void serialised(reload));

const commands = readline.createInterface({ input: process.stdin });
commands.on("line", (line) => {
  const command = line.trim();
  if (command === "reload") void serialised(reload);
  else if (command === "stop") void stop(0);
  else if (command.startsWith("build-failed ")) front?.buildFailed(JSON.parse(command.slice(13)));
});
// The Python parent sets exitOnStdinEnd so that the server never outlives it.
if (readConfig().exitOnStdinEnd) commands.on("close", () => void stop(0));

try {
  const url = await mf.ready;
  const config = readConfig();
  if (config.front) {
    front = await startFront(config, url);
    console.log(`cfpy: ready on ${front.origin}`);
  } else {
    console.log(`cfpy: ready on ${url.origin}`);
  }
} catch (err) {
  if (!readConfig().front) console.error(String(err?.stack ?? err));
  console.log(`cfpy: start failed: ${startFailure(err)}`);
  await stop(1);
}

// One line that names the problem (Miniflare's message, without its stack).
function startFailure(err) {
  if (err?.code === "EADDRINUSE") {
    const { host, port } = readConfig();
    return `port ${port} on ${host} is already in use (another cfpy dev or wrangler dev?); stop it or pass --port N (0 picks a free port)`;
  }
  return String(err?.message ?? err).split("\n")[0];
}
