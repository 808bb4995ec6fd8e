// URL routing and string building: the hand-written twin of routing.py.

const ROUTES = [
  ["GET", "/", "index"],
  ["GET", "/users", "list_users"],
  ["GET", "/users/{id}", "show_user"],
  ["POST", "/users/{id}/posts", "create_post"],
  ["GET", "/users/{id}/posts/{post}", "show_post"],
  ["GET", "/static/{path}", "static"],
  ["DELETE", "/users/{id}/sessions/{sid}", "logout"],
  ["GET", "/search", "search"],
];
const METHODS = ["GET", "GET", "GET", "POST", "DELETE"];

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const trimSlashes = (s) => s.replace(/^\/+|\/+$/g, "");

class Router {
  constructor() {
    this.routes = [];
  }

  add(method, pattern, name) {
    const parts = trimSlashes(pattern).split("/").filter((p) => p);
    this.routes.push({ method, parts, name });
  }

  match(method, path) {
    const segments = trimSlashes(path).split("/").filter((s) => s);
    outer: for (const route of this.routes) {
      if (route.method !== method || route.parts.length !== segments.length) continue;
      const params = {};
      for (let i = 0; i < route.parts.length; i++) {
        const part = route.parts[i];
        if (part.startsWith("{") && part.endsWith("}")) params[part.slice(1, -1)] = segments[i];
        else if (part !== segments[i]) continue outer;
      }
      return [route.name, params];
    }
    return [null, {}];
  }
}

function parseQuery(query) {
  const out = new Map();
  for (const pair of query.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? "" : pair.slice(eq + 1);
    out.set(key, value.replaceAll("+", " "));
  }
  return out;
}

function handle(router, method, url) {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? "" : url.slice(q + 1);
  const [name, params] = router.match(method, path);
  if (name === null) return `404 ${method} ${path}`;
  const fields = Object.entries(params)
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([key, value]) => `${key}=${value}`);
  const args = parseQuery(query);
  if (args.size) {
    const keys = [...args.keys()].sort();
    fields.push("q:" + keys.map((key) => `${key}=${args.get(key)}`).join(","));
  }
  return `200 ${name} ` + fields.join(";");
}

function makeUrl(seed) {
  switch (seed % 8) {
    case 0: return "/";
    case 1: return `/users?page=${seed % 10}&sort=name+asc&q=user+${seed % 7}`;
    case 2: return `/users/${seed % 500}`;
    case 3: return `/users/${seed % 500}/posts`;
    case 4: return `/users/${seed % 500}/posts/${seed % 1000}?draft=1`;
    case 5: return `/static/app.${seed % 30}.js`;
    case 6: return `/users/${seed % 500}/sessions/s${seed % 9973}`;
    default: return `/search?q=term+${seed % 100}&lang=en&page=${seed % 5}`;
  }
}

export function run(size) {
  const router = new Router();
  for (const [method, pattern, name] of ROUTES) router.add(method, pattern, name);
  let seed = 11;
  const counts = new Map();
  const sample = [];
  let length = 0;
  for (let i = 0; i < size; i++) {
    seed = (seed * 75 + 74) % 65537;
    const method = METHODS[Math.floor(seed / 8) % METHODS.length];
    const result = handle(router, method, makeUrl(seed));
    const route = result.startsWith("200") ? result.split(" ")[1] : "404";
    counts.set(route, (counts.get(route) ?? 0) + 1);
    length += result.length;
    if (i % 251 === 0) sample.push(result);
  }
  const totals = [...counts.entries()]
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([route, n]) => `${route}=${n}`)
    .join(", ");
  return `${length}\n${totals}\n` + sample.join("\n");
}
