"""URL routing and string building: match paths against patterns, parse queries, format."""

ROUTES = [
    ("GET", "/", "index"),
    ("GET", "/users", "list_users"),
    ("GET", "/users/{id}", "show_user"),
    ("POST", "/users/{id}/posts", "create_post"),
    ("GET", "/users/{id}/posts/{post}", "show_post"),
    ("GET", "/static/{path}", "static"),
    ("DELETE", "/users/{id}/sessions/{sid}", "logout"),
    ("GET", "/search", "search"),
]
METHODS = ["GET", "GET", "GET", "POST", "DELETE"]


class Router:
    def __init__(self) -> None:
        self.routes = []

    def add(self, method: str, pattern: str, name: str) -> None:
        parts = [p for p in pattern.strip("/").split("/") if p]
        self.routes.append((method, parts, name))

    def match(self, method: str, path: str) -> tuple:
        segments = [s for s in path.strip("/").split("/") if s]
        for route_method, parts, name in self.routes:
            if route_method != method or len(parts) != len(segments):
                continue
            params = {}
            for part, segment in zip(parts, segments, strict=False):
                if part.startswith("{") and part.endswith("}"):
                    params[part[1:-1]] = segment
                elif part != segment:
                    break
            else:
                return name, params
        return None, {}


def parse_query(query: str) -> dict:
    out = {}
    for pair in query.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        out[key] = value.replace("+", " ")
    return out


def handle(router: Router, method: str, url: str) -> str:
    path, _, query = url.partition("?")
    name, params = router.match(method, path)
    if name is None:
        return f"404 {method} {path}"
    fields = [f"{key}={value}" for key, value in sorted(params.items())]
    args = parse_query(query)
    if args:
        fields.append("q:" + ",".join(f"{key}={args[key]}" for key in sorted(args)))
    return f"200 {name} " + ";".join(fields)


def make_url(seed: int) -> str:
    kind = seed % 8
    if kind == 0:
        return "/"
    if kind == 1:
        return f"/users?page={seed % 10}&sort=name+asc&q=user+{seed % 7}"
    if kind == 2:
        return f"/users/{seed % 500}"
    if kind == 3:
        return f"/users/{seed % 500}/posts"
    if kind == 4:
        return f"/users/{seed % 500}/posts/{seed % 1000}?draft=1"
    if kind == 5:
        return f"/static/app.{seed % 30}.js"
    if kind == 6:
        return f"/users/{seed % 500}/sessions/s{seed % 9973}"
    return f"/search?q=term+{seed % 100}&lang=en&page={seed % 5}"


def run(size: int) -> str:
    router = Router()
    for method, pattern, name in ROUTES:
        router.add(method, pattern, name)
    seed = 11
    counts = {}
    sample = []
    length = 0
    for i in range(size):
        seed = (seed * 75 + 74) % 65537
        method = METHODS[(seed // 8) % len(METHODS)]
        result = handle(router, method, make_url(seed))
        route = result.split(" ")[1] if result.startswith("200") else "404"
        counts[route] = counts.get(route, 0) + 1
        length += len(result)
        if i % 251 == 0:
            sample.append(result)
    totals = ", ".join(f"{route}={n}" for route, n in sorted(counts.items()))
    return f"{length}\n{totals}\n" + "\n".join(sample)
