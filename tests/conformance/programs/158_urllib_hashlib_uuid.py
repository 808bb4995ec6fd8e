# urllib.parse, hashlib and uuid as worker code uses them (routing, signatures, ids).
import hashlib
import uuid
from urllib.parse import (
    parse_qs,
    parse_qsl,
    quote,
    quote_plus,
    unquote,
    unquote_plus,
    urlencode,
    urljoin,
    urlparse,
    urlsplit,
    urlunparse,
)

u = urlparse("https://user:pw@example.com:8443/a/b;p?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username, u.password)
print(urlsplit("http://x.org/p?a=1"), urlunparse(u), u.geturl(), u._replace(path="/z").geturl())
print(parse_qs("a=1&a=2&b=&c=%20x"), parse_qs("a=1&b=", keep_blank_values=True), parse_qsl("x=1&y=a+b"))
print(urlencode({"q": "a b", "n": 1, "list": [1, 2]}), urlencode({"list": [1, 2]}, doseq=True), urlencode([("k", "é")]))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("%C3%A9%20x"), unquote_plus("a+b%21"))
print(urljoin("https://e.com/a/b/c", "../d"), urljoin("https://e.com/a/", "/root"), urljoin("https://e.com/a", "https://o.org/x"))

h = hashlib.sha256(b"hello")
print(h.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
h2 = hashlib.sha256()
h2.update(b"hel")
h2.update(b"lo")
print(h2.hexdigest() == h.hexdigest(), hashlib.sha1(b"abc").hexdigest(), hashlib.md5("é".encode()).hexdigest())
print(hashlib.new("sha256", b"x").hexdigest()[:16], h.copy().hexdigest()[:8])

v = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(v, repr(v), v.hex, v.version, str(uuid.UUID(hex="12345678123456781234567812345678")) == str(v))
r = uuid.uuid4()
print(len(str(r)), r.version, str(r).count("-"), isinstance(r, uuid.UUID), uuid.UUID(str(r)) == r)
