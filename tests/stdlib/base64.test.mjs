import { suite } from "./_harness.mjs";
import * as base64 from "../../runtime_shim/js/stdlib/base64.js";
import { KW, Tuple, Bytes } from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);
const b = (s) => new Bytes(Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0))));
const T = (...xs) => Tuple.from(xs);

const DECODE = ["abc", "abcde", "YQ==YQ==", "Y Q = = ", "YQ", "YQ=", "Y===", "YWJj\n", "YW=Jj", "=YWJj", "YQ====", "", "!!!!", "YWJjZA", "YWJjZA=", "YWJjZA==", "YWJjZA=="];
const STRICT = ["YQ==", "ab$c", "ab=c", "YQ=\n=", "=YQ==", "YQ===", "YQ==YQ==", "YWJj", "Y"];

suite("base64", "import base64, binascii", [
  { name: "b64encode", py: "(base64.b64encode(b''), base64.b64encode(b'f'), base64.b64encode(b'fo'), base64.b64encode(b'foo'), base64.b64encode(b'hello world'), base64.b64encode(bytes(range(256)))[-8:])", js: () => T(base64.b64encode(b("")), base64.b64encode(b("f")), base64.b64encode(b("fo")), base64.b64encode(b("foo")), base64.b64encode(b("hello world")), base64.b64encode(new Bytes(Uint8Array.from({ length: 256 }, (_, i) => i))).$getslice(-8, null, null)) },
  { name: "b64encode-altchars", py: "(base64.b64encode(b'\\xfb\\xff\\xbf', altchars=b'-_'), base64.b64encode(b'\\xfb\\xff', b'*!'))", js: () => T(base64.b64encode(b("\xfb\xff\xbf"), kw({ altchars: b("-_") })), base64.b64encode(b("\xfb\xff"), b("*!"))) },
  { name: "b64encode-str", py: "base64.b64encode('x')", js: () => base64.b64encode("x") },
  ...DECODE.map((s, i) => ({ name: `b64decode-${i}`, py: `base64.b64decode(${JSON.stringify(s)})`, js: () => base64.b64decode(s) })),
  ...STRICT.map((s, i) => ({ name: `b64decode-strict-${i}`, py: `base64.b64decode(${JSON.stringify(s)}, validate=True)`, js: () => base64.b64decode(s, kw({ validate: true })) })),
  { name: "b64decode-bytes", py: "base64.b64decode(b'aGVsbG8gd29ybGQ=')", js: () => base64.b64decode(b("aGVsbG8gd29ybGQ=")) },
  { name: "b64decode-non-ascii", py: "base64.b64decode('é')", js: () => base64.b64decode("é") },
  { name: "b64decode-type", py: "base64.b64decode(5)", js: () => base64.b64decode(5) },
  { name: "b64decode-altchars", py: "base64.b64decode(b'-_-_', altchars=b'-_')", js: () => base64.b64decode(b("-_-_"), kw({ altchars: b("-_") })) },
  { name: "urlsafe", py: "(base64.urlsafe_b64encode(b'\\xfb\\xff\\xbf'), base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'_-8='))", js: () => T(base64.urlsafe_b64encode(b("\xfb\xff\xbf")), base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode(b("_-8="))) },
  { name: "standard", py: "(base64.standard_b64encode(b'ab'), base64.standard_b64decode('YWI='))", js: () => T(base64.standard_b64encode(b("ab")), base64.standard_b64decode("YWI=")) },
  { name: "encodebytes", py: "(base64.encodebytes(b'x' * 60), base64.encodebytes(b''), base64.decodebytes(b'eHh4\\neHg=\\n'))", js: () => T(base64.encodebytes(b("x".repeat(60))), base64.encodebytes(b("")), base64.decodebytes(b("eHh4\neHg=\n"))) },
  { name: "b16", py: "(base64.b16encode(b'\\x00\\xffhi'), base64.b16decode('00FF6869'), base64.b16decode(b'6869'), base64.b16decode('6a6b', casefold=True))", js: () => T(base64.b16encode(b("\x00\xffhi")), base64.b16decode("00FF6869"), base64.b16decode(b("6869")), base64.b16decode("6a6b", kw({ casefold: true }))) },
  { name: "b16-lower", py: "base64.b16decode('6a')", js: () => base64.b16decode("6a") },
  { name: "b16-odd", py: "base64.b16decode('ABC')", js: () => base64.b16decode("ABC") },
  { name: "b16-bad", py: "base64.b16decode('0G')", js: () => base64.b16decode("0G") },
  { name: "b32", py: "(base64.b32encode(b''), base64.b32encode(b'a'), base64.b32encode(b'abcde'), base64.b32encode(b'hello world'), base64.b32decode('NBSWY3DPEB3W64TMMQ======'), base64.b32decode('me======', casefold=True), base64.b32decode('MFRGGZDF'))", js: () => T(base64.b32encode(b("")), base64.b32encode(b("a")), base64.b32encode(b("abcde")), base64.b32encode(b("hello world")), base64.b32decode("NBSWY3DPEB3W64TMMQ======"), base64.b32decode("me======", kw({ casefold: true })), base64.b32decode("MFRGGZDF")) },
  { name: "b32-bad-padding", py: "base64.b32decode('MFRGG')", js: () => base64.b32decode("MFRGG") },
  { name: "b32-bad-digit", py: "base64.b32decode('MFRGG1==')", js: () => base64.b32decode("MFRGG1==") },
  { name: "b32hex", py: "(base64.b32hexencode(b'hi'), base64.b32hexdecode('D1KG===='))", js: () => T(base64.b32hexencode(b("hi")), base64.b32hexdecode("D1KG====")) },
  { name: "error-is-valueerror", py: "try:\n    base64.b64decode('a')\nexcept ValueError as e:\n    r = (type(e).__name__, str(e))\nr", js: () => { try { base64.b64decode("a"); } catch (e) { return T(e.constructor.__name__, e.__str__()); } return null; } },
]);
