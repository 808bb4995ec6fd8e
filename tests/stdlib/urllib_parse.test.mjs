import { suite } from "./_harness.mjs";
import * as U from "../../runtime_shim/js/stdlib/urllib_parse.js";
import { KW, Tuple, Dict, Bytes, $callm, $eq } from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);
const T = (...xs) => Tuple.from(xs);
const enc = (s) => new Bytes(new TextEncoder().encode(s));

const URLS = ["https://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag", "http://[::1]:80/x", "http://[fe80::1%eth0]/", "//host/path", "mailto:a@b.c",
  "file:///etc/passwd", "HTTP://x.com", "  http://a.b/ c", "http://a/b/c/d;p?q", "path/only?x#y", "http://h:abc/", "http://h:99999/", "http://h:/",
  "http://[::1/", "http://a\tb.com/\n", "git+ssh://git@github.com/x.git", "sip:alice@x.com;transport=tcp", "http://u@h", "http://:pw@h",
  "tel:+1-816-555-1212", "x:y", "1http://a", "http://[v1.fe]/", "http://[1.2.3.4]/", "http://[zz]/", "?q", "#f", "", "http://a/b;c;d/e;f",
  "http://[2001:db8::7]:8080/", "http://[::ffff:1.2.3.4]/", "https://例え.jp/パス?キー=値"];
const JOINS = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..",
  "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y",
  "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g"].map((r) => ["http://a/b/c/d;p?q", r]).concat([["http://a/b/", "c"],
  ["https://x.com/a", "http://y.com/b"], ["http://x.com", "a/b"], ["", "x"], ["mailto:a@b", "c"], ["http://a/b/c", "//other/x"], ["http://a/b", ""]]);
const QUOTE = ["abc def", "a/b/c", "héllo wörld", "~user_name-1.0", "a+b=c&d", "", "100%", "😀", "a\x00b"];
const UNQUOTE = ["abc%20def", "%E2%82%AC", "%zz%2", "%C3%28", "a+b", "%", "%4", "caf%C3%A9 é", "%ED%A0%80", "%EF%BB%BFx", "%41%42"];
const QS = ["a=1&b=2&a=3", "a=&b", "a=1;b=2", "x=%20y+z&&=1", "=v", "k=v=w", "", "a=1&b=&c", "%E2%82%AC=%E2"];

const SETUP = `from urllib.parse import *\nURLS = ${JSON.stringify(URLS)}`;
const cases = [];
URLS.forEach((u, i) => {
  cases.push({ name: `urlparse-${i}`, py: `urlparse(URLS[${i}])`, js: () => U.urlparse(u) });
  cases.push({ name: `urlsplit-${i}`, py: `urlsplit(URLS[${i}])`, js: () => U.urlsplit(u) });
  cases.push({ name: `netloc-${i}`, py: `r = urlparse(URLS[${i}])\n(r.hostname, r.username, r.password)`, js: () => { const r = U.urlparse(u); return T(r.hostname, r.username, r.password); } });
  cases.push({ name: `port-${i}`, py: `urlsplit(URLS[${i}]).port`, js: () => U.urlsplit(u).port });
  cases.push({ name: `unparse-${i}`, py: `(urlunparse(urlparse(URLS[${i}])), urlsplit(URLS[${i}]).geturl())`, js: () => T(U.urlunparse(U.urlparse(u)), U.urlsplit(u).geturl()) });
});
JOINS.forEach(([b, r], i) => cases.push({ name: `urljoin-${i}`, py: `urljoin(${JSON.stringify(b)}, ${JSON.stringify(r)})`, js: () => U.urljoin(b, r) }));
QUOTE.forEach((q, i) => cases.push({ name: `quote-${i}`, py: `q = ${JSON.stringify(q)}\n(quote(q), quote_plus(q), quote(q, safe=''), quote(q.encode()), quote_plus(q, safe='/'))`, js: () => T(U.quote(q), U.quote_plus(q), U.quote(q, kw({ safe: "" })), U.quote(enc(q)), U.quote_plus(q, kw({ safe: "/" }))) }));
UNQUOTE.forEach((q, i) => cases.push({ name: `unquote-${i}`, py: `q = ${JSON.stringify(q)}\n(unquote(q), unquote_plus(q), unquote_to_bytes(q), unquote(q, errors='strict') if '%C3%28' not in q and '%ED' not in q and '%E2=' not in q else None)`, js: () => T(U.unquote(q), U.unquote_plus(q), U.unquote_to_bytes(q), !q.includes("%C3%28") && !q.includes("%ED") && !q.includes("%E2=") ? U.unquote(q, kw({ errors: "strict" })) : null) }));
QS.forEach((q, i) => {
  cases.push({ name: `parse_qs-${i}`, py: `(parse_qs(${JSON.stringify(q)}), parse_qs(${JSON.stringify(q)}, keep_blank_values=True))`, js: () => T(U.parse_qs(q), U.parse_qs(q, kw({ keep_blank_values: true }))) });
  cases.push({ name: `parse_qsl-${i}`, py: `parse_qsl(${JSON.stringify(q)}, keep_blank_values=True)`, js: () => U.parse_qsl(q, kw({ keep_blank_values: true })) });
  cases.push({ name: `parse_qsl-strict-${i}`, py: `parse_qsl(${JSON.stringify(q)}, strict_parsing=True)`, js: () => U.parse_qsl(q, kw({ strict_parsing: true })) });
});
const d = () => Dict.fromEntries([["a", 1], ["b", "x y"], ["c", ["1", "2"]], ["d", null], ["e", 1.5]]);

suite("urllib_parse", SETUP, [
  ...cases,
  { name: "urlencode", py: "urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2'], 'd': None, 'e': 1.5})", js: () => U.urlencode(d()) },
  { name: "urlencode-doseq", py: "urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2'], 'd': None, 'e': 1.5}, doseq=True)", js: () => U.urlencode(d(), kw({ doseq: true })) },
  { name: "urlencode-pairs", py: "urlencode([('q', 'é&/'), ('n', None), ('q', 'x')])", js: () => U.urlencode([T("q", "é&/"), T("n", null), T("q", "x")]) },
  { name: "urlencode-str", py: "urlencode('abc')", js: () => U.urlencode("abc") },
  { name: "urlencode-list-of-lists", py: "urlencode([['a', 'b']])", js: () => U.urlencode([["a", "b"]]) },
  { name: "urlencode-safe", py: "urlencode({'p': 'a/b c'}, safe='/')", js: () => U.urlencode(Dict.fromEntries([["p", "a/b c"]]), kw({ safe: "/" })) },
  { name: "urlencode-quote-via", py: "urlencode({'p': 'a b'}, quote_via=quote)", js: () => U.urlencode(Dict.fromEntries([["p", "a b"]]), kw({ quote_via: U.quote })) },
  { name: "urlencode-bytes", py: "urlencode({b'k': b'v w'})", js: () => U.urlencode(Dict.fromEntries([[enc("k"), enc("v w")]])) },
  { name: "urldefrag", py: "(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('http://a/b#c').geturl())", js: () => T(U.urldefrag("http://a/b#c"), U.urldefrag("http://a/b"), U.urldefrag("http://a/b#c").geturl()) },
  { name: "replace", py: "urlparse('http://a/b')._replace(path='/z', query='x=1').geturl()", js: () => $callm(U.urlparse("http://a/b"), "_replace", [], { path: "/z", query: "x=1" }).geturl() },
  { name: "result-tuple", py: "r = urlsplit('http://h/p?q')\n(r[0], r[2], len(r), tuple(r), r == ('http', 'h', '/p', 'q', ''), r._fields)", js: () => { const r = U.urlsplit("http://h/p?q"); return T(r[0], r[2], r.length, Tuple.from(r), $eq(r, T("http", "h", "/p", "q", "")), r._fields); } },
  { name: "scheme-default", py: "(urlparse('//h/p', scheme='https'), urlparse('x', 'ftp'), urlsplit('a#b', allow_fragments=False))", js: () => T(U.urlparse("//h/p", kw({ scheme: "https" })), U.urlparse("x", "ftp"), U.urlsplit("a#b", kw({ allow_fragments: false }))) },
  { name: "unsplit", py: "(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('', '', 'p', '', '')), urlunparse(('https', 'h', '/p', 'x', 'q', '')), urlunsplit(('file', '', '/x', '', '')))", js: () => T(U.urlunsplit(T("http", "h", "p", "q", "f")), U.urlunsplit(T("", "", "p", "", "")), U.urlunparse(T("https", "h", "/p", "x", "q", "")), U.urlunsplit(T("file", "", "/x", "", ""))) },
  { name: "max-num-fields", py: "parse_qsl('a=1&b=2', max_num_fields=1)", js: () => U.parse_qsl("a=1&b=2", kw({ max_num_fields: 1 })) },
  { name: "separator", py: "(parse_qs('a=1;b=2', separator=';'), parse_qsl('a=1', separator=''))", js: () => T(U.parse_qs("a=1;b=2", kw({ separator: ";" })), U.parse_qsl("a=1", kw({ separator: "" }))) },
]);
