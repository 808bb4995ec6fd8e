// The `cfpy dev` front server: what a developer's browser talks to (see dev.mjs).
//
// It passes every request on to Miniflare (a private port) and the response back as a
// stream, and adds what `wrangler dev` users expect:
//   - a request log line per request: `GET /path 200 3 ms`;
//   - a worker's uncaught exception (a 500 marked `x-cfpy-traceback` by the entry shim,
//     which `cfpy dev` enables with the CFPY_DEV_TRACEBACK binding) becomes a page with the
//     Python traceback, its frames mapped to .py lines through the bundle's source map;
//   - after a failed rebuild, every request gets the build's diagnostics (500) until the
//     next good build is loaded.

import { readFileSync } from "node:fs";
import http from "node:http";
import { SourceMap } from "node:module";
import path from "node:path";

const FRAME = /^\s*at (?:async )?(?:(.*?) \()?(?:file:\/\/)?([^\s()]+?):(\d+):(\d+)\)?$/;

export async function startFront(config, target) {
  let buildError = null;
  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => logRequest(req, res.statusCode, started));
    if (buildError !== null) {
      sendPage(req, res, 500, "Build failed", buildError);
      return;
    }
    forward(config, target, req, res);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port ?? 0, config.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { address, port } = server.address();
  return {
    origin: `http://${address.includes(":") ? `[${address}]` : address}:${port}`,
    buildFailed(text) {
      buildError = String(text);
    },
    buildSucceeded() {
      buildError = null;
    },
    close() {
      server.closeAllConnections?.();
      server.close();
    },
  };
}

function logRequest(req, status, started) {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`${req.method} ${req.url} ${status} ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`);
}

function forward(config, target, req, res) {
  const upstream = http.request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    },
    (answer) => {
      if (answer.statusCode === 500 && answer.headers["x-cfpy-traceback"]) {
        const chunks = [];
        answer.on("data", (c) => chunks.push(c));
        answer.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const traceback = pythonTraceback(config, text);
          sendPage(req, res, 500, traceback.split("\n").at(-1), traceback);
        });
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(res);
    },
  );
  upstream.on("error", (err) => {
    if (!res.headersSent) sendPage(req, res, 502, "cfpy dev", `the local runtime did not answer: ${err.message}`);
    else res.destroy(err);
  });
  req.pipe(upstream);
}

function sendPage(req, res, status, title, text) {
  const html = String(req.headers.accept ?? "").includes("text/html");
  const body = html
    ? `<!doctype html><meta charset="utf-8"><title>${escape(title)}</title>` +
      `<body style="font-family:system-ui,sans-serif;margin:2em">` +
      `<h1 style="font-size:1.2em">${escape(title)}</h1>` +
      `<pre style="background:#f6f6f6;padding:1em;overflow:auto">${escape(text)}</pre>` +
      `<p style="color:#666">cfpy dev (this page is shown only locally)</p>\n`
    : `${text}\n`;
  res.writeHead(status, {
    "content-type": html ? "text/html;charset=UTF-8" : "text/plain;charset=UTF-8",
    "cache-control": "no-store",
  });
  res.end(body);
}

function escape(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

// `ExcType: message` + JS frames (innermost first) -> a Python traceback (outermost
// first) of the frames that map to .py lines; runtime frames are left out.
export function pythonTraceback(config, text) {
  const lines = text.split("\n");
  const frameStart = lines.findIndex((l) => FRAME.test(l));
  const message = (frameStart < 0 ? lines : lines.slice(0, frameStart)).join("\n");
  const frames = frameStart < 0 ? [] : lines.slice(frameStart);
  const mapper = sourceMapper(config.bundle);
  const shown = [];
  for (const line of frames) {
    const m = FRAME.exec(line);
    const found = m && mapper(m[2], Number(m[3]), Number(m[4]));
    if (found) shown.push(pythonFrame(config, m[1], found));
  }
  if (shown.length === 0) return message;
  return ["Traceback (most recent call last):", ...shown.reverse(), message].join("\n");
}

function pythonFrame(config, name, { file, line }) {
  const root = config.projectRoot ?? path.dirname(config.bundle);
  const shownPath = path.relative(root, file) || file;
  let source = "";
  try {
    source = readFileSync(file, "utf8").split("\n")[line - 1]?.trim() ?? "";
  } catch {
    // the file moved since the build: the position is still worth showing
  }
  const where = `  File "${shownPath}", line ${line}${name ? `, in ${name.replace(/^.*\./, "")}` : ""}`;
  return source ? `${where}\n    ${source}` : where;
}

// (file, line, column) of the bundle -> { file: absolute .py path, line } or null.
function sourceMapper(bundle) {
  let map = null;
  let mapDir = null;
  try {
    const code = readFileSync(bundle, "utf8");
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    if (url && !url.startsWith("data:")) {
      const mapPath = path.resolve(path.dirname(bundle), url);
      map = new SourceMap(JSON.parse(readFileSync(mapPath, "utf8")));
      mapDir = path.dirname(mapPath);
    }
  } catch {
    map = null;
  }
  return (file, line, column) => {
    if (map === null || path.basename(file) !== path.basename(bundle)) return null;
    const entry = map.findEntry(line - 1, column - 1);
    const source = entry?.originalSource;
    if (!source || !source.endsWith(".py")) return null;
    const absolute = source.startsWith("file://") ? new URL(source).pathname : path.resolve(mapDir, source);
    return { file: absolute, line: entry.originalLine + 1 };
  };
}
