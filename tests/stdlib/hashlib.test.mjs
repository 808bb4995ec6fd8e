import { suite } from "./_harness.mjs";
import * as hashlib from "../../runtime_shim/js/stdlib/hashlib.js";
import { KW, Tuple, Bytes } from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);
const u = (s) => new Bytes(new TextEncoder().encode(s));
const T = (...xs) => Tuple.from(xs);
const INPUTS = ["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(63), "a".repeat(64), "a".repeat(111), "a".repeat(112), "a".repeat(128), "a".repeat(1000), "héllo wörld 😀", "The quick brown fox jumps over the lazy dog"];
const ALGOS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

const cases = [];
for (const alg of ALGOS) {
  cases.push({ name: `${alg}-hexdigests`, py: `[hashlib.${alg}(s.encode()).hexdigest() for s in INPUTS]`, js: () => INPUTS.map((s) => hashlib[alg](u(s)).hexdigest()) });
  cases.push({ name: `${alg}-digest`, py: `hashlib.${alg}(b'abc').digest()`, js: () => hashlib[alg](u("abc")).digest() });
  cases.push({ name: `${alg}-stream`, py: `h = hashlib.${alg}()\nfor ch in 'streaming data ' * 30:\n    h.update(ch.encode())\nc = h.copy()\nh.update(b'more')\n(c.hexdigest(), h.hexdigest(), h.name, h.digest_size, h.block_size)`, js: () => { const h = hashlib[alg](); for (const ch of "streaming data ".repeat(30)) h.update(u(ch)); const c = h.copy(); h.update(u("more")); return T(c.hexdigest(), h.hexdigest(), h.name$, h.digest_size, h.block_size); } });
}

suite("hashlib", `import hashlib\nINPUTS = ${JSON.stringify(INPUTS)}`, [
  ...cases,
  { name: "sha256-abc", py: "hashlib.sha256(b'abc').hexdigest()", js: () => hashlib.sha256(u("abc")).hexdigest() },
  { name: "new", py: "(hashlib.new('sha256', b'x').hexdigest(), hashlib.new('SHA1').name, hashlib.new('md5', data=b'y').hexdigest())", js: () => T(hashlib.new("sha256", u("x")).hexdigest(), hashlib.new("SHA1").name$, $callNew("md5", { data: u("y") })) },
  { name: "sha3-refused", py: "raise NotImplementedError('hashlib: sha3_256 is not supported by cfpy (md5, sha1, sha224, sha256, sha384 and sha512 are)')", js: () => hashlib.new("sha3_256") },
  { name: "new-unknown", py: "hashlib.new('whirlpool-9000')", js: () => hashlib.new("whirlpool-9000") },
  { name: "str-input", py: "hashlib.sha256('abc')", js: () => hashlib.sha256("abc") },
  { name: "str-update", py: "hashlib.md5().update('x')", js: () => hashlib.md5().update("x") },
  { name: "usedforsecurity", py: "hashlib.md5(b'a', usedforsecurity=False).hexdigest()", js: () => hashlib.md5(u("a"), kw({ usedforsecurity: false })).hexdigest() },
  { name: "pbkdf2", py: "(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'pw', b'NaCl', 2, dklen=40).hex(), hashlib.pbkdf2_hmac('sha512', b'k', b's', 3, 10).hex())", js: () => T(hashlib.pbkdf2_hmac("sha256", u("password"), u("salt"), 1000).hex(), hashlib.pbkdf2_hmac("sha1", u("pw"), u("NaCl"), 2, kw({ dklen: 40 })).hex(), hashlib.pbkdf2_hmac("sha512", u("k"), u("s"), 3, 10).hex()) },
  { name: "algorithms", py: "sorted(hashlib.algorithms_guaranteed)", js: () => Array.from(hashlib.algorithms_guaranteed).sort() },
]);

import { $callm } from "../../runtime_shim/js/builtins/index.js";
function $callNew(name, o) { return $callm(hashlib, "new", [name], o).hexdigest(); }

