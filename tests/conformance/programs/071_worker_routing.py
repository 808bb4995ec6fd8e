# Realistic worker logic: a small router with path params, methods and errors.
import json
import re


class Request:
    def __init__(self, method, path, body=None, headers=None):
        self.method = method
        self.path = path
        self.body = body
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}


class Response:
    def __init__(self, body="", status=200, headers=None):
        self.body = body
        self.status = status
        self.headers = headers or {}

    @classmethod
    def json(cls, data, status=200):
        return cls(json.dumps(data, separators=(",", ":")), status, {"content-type": "application/json"})

    def __repr__(self):
        return f"<{self.status} {self.headers.get('content-type', 'text/plain')} {self.body}>"


class HttpError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class Router:
    def __init__(self):
        self.routes = []

    def route(self, method, pattern):
        regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")

        def deco(fn):
            self.routes.append((method, regex, fn))
            return fn

        return deco

    def handle(self, req):
        allowed = []
        for method, regex, fn in self.routes:
            m = regex.match(req.path)
            if not m:
                continue
            if method != req.method:
                allowed.append(method)
                continue
            try:
                return fn(req, **m.groupdict())
            except HttpError as e:
                return Response.json({"error": str(e)}, e.status)
            except Exception as e:
                return Response.json({"error": f"{type(e).__name__}: {e}"}, 500)
        if allowed:
            return Response("method not allowed", 405, {"allow": ", ".join(sorted(allowed))})
        return Response("not found", 404)


app = Router()
USERS = {"1": {"id": 1, "name": "Ann"}, "2": {"id": 2, "name": "Bob"}}


@app.route("GET", "/")
def index(req):
    return Response("hello")


@app.route("GET", "/users")
def list_users(req):
    return Response.json(sorted(USERS.values(), key=lambda u: u["name"]))


@app.route("GET", "/users/<uid>")
def get_user(req, uid):
    if uid not in USERS:
        raise HttpError(404, f"user {uid} not found")
    return Response.json(USERS[uid])


@app.route("POST", "/users")
def create_user(req):
    data = json.loads(req.body or "{}")
    name = data.get("name", "").strip()
    if not name:
        raise HttpError(400, "name is required")
    uid = str(max(int(k) for k in USERS) + 1)
    USERS[uid] = {"id": int(uid), "name": name}
    return Response.json(USERS[uid], 201)


@app.route("GET", "/users/<uid>/greeting/<lang>")
def greet(req, uid, lang):
    greetings = {"en": "Hello", "fr": "Bonjour"}
    return Response(f"{greetings[lang]}, {USERS[uid]['name']}!")


requests = [
    Request("GET", "/"),
    Request("GET", "/users"),
    Request("GET", "/users/2"),
    Request("GET", "/users/9"),
    Request("POST", "/users", '{"name": " Cid "}'),
    Request("POST", "/users", '{"name": ""}'),
    Request("GET", "/users/3"),
    Request("DELETE", "/users"),
    Request("GET", "/users/1/greeting/fr"),
    Request("GET", "/users/1/greeting/de"),
    Request("GET", "/nope"),
]
for r in requests:
    print(r.method, r.path, "->", app.handle(r))
