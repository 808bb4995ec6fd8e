"""Routes for tests/e2e/test_bindings_services.py."""

from cloudflare_workers import (
    CloudflareWorkers,
    Comment,
    Element,
    Env,
    HTMLRewriter,
    Request,
    Response,
    TextChunk,
    caches,
)

PAGE = (
    "<html><head><title>Old</title></head><body>"
    '<a href="/one">one</a><a href="/two" class="x">two</a>'
    "<!-- secret --><p id=gone>remove me</p><em>keep</em></body></html>"
)


class Links:
    def __init__(self) -> None:
        self.seen: list[object] = []

    async def element(self, el: Element) -> None:
        self.seen.append([el.tag_name, el.get_attribute("href"), el.has_attribute("class")])
        el.set_attribute("href", "https://example.com" + (el.get_attribute("href") or ""))
        el.remove_attribute("class")
        el.prepend("&", html=False)
        el.append("<b>!</b>", html=True)


class Rest:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def element(self, el: Element) -> None:
        if el.get_attribute("id") == "gone":
            el.remove()
        elif el.tag_name == "em":
            el.tag_name = "strong"
        elif el.tag_name == "title":
            el.set_inner_content("New <title>")

    def text(self, chunk: TextChunk) -> None:
        if chunk.text:
            self.texts.append(chunk.text)

    def comments(self, comment: Comment) -> None:
        comment.remove()


async def rewrite_demo() -> dict[str, object]:
    links, rest = Links(), Rest()
    rewriter = HTMLRewriter().on("a[href]", links).on("title, p, em", rest)
    rewriter.on_document(rest)
    page = await rewriter.transform(Response(PAGE, headers={"content-type": "text/html"})).text()
    return {"page": page, "seen": links.seen, "texts": rest.texts}


async def cache_demo() -> list[object]:
    out: list[object] = []
    key = "https://cache.example/item"
    cache = caches.default
    out.append(await cache.match(key))
    await cache.put(key, Response("cached body", headers={"cache-control": "max-age=600"}))
    hit = await cache.match(Request(key))
    out.append(None if hit is None else [hit.status, await hit.text()])
    named = await caches.open("named")
    out.append(await named.match(key))  # another cache
    out.append(await cache.delete(key))
    out.append(await cache.match(key))
    out.append(await cache.delete(key))
    return out


async def fetch(request: Request, env: Env, ctx: object) -> Response:
    if request.path == "/asset":
        asset = await env.ASSETS.fetch(request.query.get("path", "/hello.txt"))
        return Response(f"{asset.status}:{await asset.text()}")
    if request.path == "/via-service":
        answer = await env.get_fetcher("SELF").fetch("/inner?x=1", method="POST", body="sent")
        return Response(f"{answer.status}:{await answer.text()}")
    if request.path == "/rewrite":
        return Response.json(await rewrite_demo())
    if request.path == "/cache":
        return Response.json(await cache_demo())
    if request.path == "/inner":
        return Response(f"inner {request.method} {request.query['x']} {await request.text()}", status=201)
    return Response.not_found()


CloudflareWorkers(fetch=fetch)
