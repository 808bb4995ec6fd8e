import assert from "node:assert/strict";
import { suite, test } from "./_harness.mjs";
import * as uuid from "../../runtime_shim/js/stdlib/uuid.js";
import { Tuple, Bytes, $call, $str, $repr, $eq, $lt, Dict } from "../../runtime_shim/js/builtins/index.js";

const T = (...xs) => Tuple.from(xs);
const b = (s) => new Bytes(Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0))));
const U1 = "12345678-1234-5678-1234-567812345678";

suite("uuid", "import uuid", [
  { name: "parse-forms", py: "[str(uuid.UUID(s)) for s in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678', '12345678-1234-5678-1234-567812345678']]", js: () => ["{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678", U1].map((s) => $str(new uuid.UUID(s))) },
  { name: "attrs", py: "u = uuid.UUID('12345678-1234-5678-1234-567812345678')\n(repr(u), u.hex, u.urn, u.bytes, u.bytes_le, u.fields, u.time_low, u.node, u.version, u.variant, u.clock_seq)", js: () => { const u = new uuid.UUID(U1); return T($repr(u), u.hex, u.urn, u.bytes, u.bytes_le, u.fields, u.time_low, u.node, u.version, u.variant, u.clock_seq); } },
  { name: "from-bytes", py: "(uuid.UUID(bytes=b'\\x12\\x34' * 8), uuid.UUID(bytes_le=b'\\x78\\x56\\x34\\x12\\x34\\x12\\x78\\x56' + b'\\x12\\x34' * 4))", js: () => T($call(uuid.UUID, [], { bytes: b("\x12\x34".repeat(8)) }), $call(uuid.UUID, [], { bytes_le: b("\x78\x56\x34\x12\x34\x12\x78\x56" + "\x12\x34".repeat(4)) })) },
  { name: "from-fields-int", py: "(uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), uuid.UUID(int=255))", js: () => T($call(uuid.UUID, [], { fields: T(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678) }), $call(uuid.UUID, [], { int: 255 })) },
  { name: "version-arg", py: "uuid.UUID('12345678-1234-5678-1234-567812345678', version=4)", js: () => $call(uuid.UUID, [U1], { version: 4 }) },
  { name: "bad-hex", py: "uuid.UUID('1234')", js: () => new uuid.UUID("1234") },
  { name: "bad-hex-chars", py: "uuid.UUID('z2345678123456781234567812345678')", js: () => new uuid.UUID("z2345678123456781234567812345678") },
  { name: "no-args", py: "uuid.UUID()", js: () => new uuid.UUID() },
  { name: "bad-version", py: "uuid.UUID(int=1, version=9)", js: () => $call(uuid.UUID, [], { int: 1, version: 9 }) },
  { name: "uuid3-5", py: "(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/é'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3').version)", js: () => T(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/é"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3").version) },
  { name: "namespaces", py: "(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)", js: () => T(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500) },
  { name: "compare-hash", py: "a = uuid.UUID(int=1)\nb = uuid.UUID(int=2)\n(a == uuid.UUID(int=1), a < b, a == 'x', {a: 1}[uuid.UUID(int=1)])", js: () => { const a = $call(uuid.UUID, [], { int: 1 }), c = $call(uuid.UUID, [], { int: 2 }); const d = new Dict(); d.$set(a, 1); return T($eq(a, $call(uuid.UUID, [], { int: 1 })), $lt(a, c), $eq(a, "x"), d.__getitem__($call(uuid.UUID, [], { int: 1 }))); } },
]);

test("uuid: uuid4 shape", () => {
  const seen = new Set();
  for (let i = 0; i < 50; i++) {
    const u = uuid.uuid4();
    const s = $str(u);
    assert.match(s, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(u.version, 4);
    assert.equal(u.variant, uuid.RFC_4122);
    seen.add(s);
  }
  assert.equal(seen.size, 50);
});

test("uuid: uuid1 shape", () => {
  const a = uuid.uuid1(), c = uuid.uuid1();
  assert.equal(a.version, 1);
  assert.match($str(a), /^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual($str(a), $str(c));
});

test("uuid: int is the exact 128-bit int (a BigInt beyond 2**53)", () => {
  const u = $call(uuid.UUID, ["12345678-1234-5678-1234-567812345678"], null);
  assert.equal(u.int, 0x12345678123456781234567812345678n);
  assert.equal($str($call(uuid.UUID, [], { int: u.int })), "12345678-1234-5678-1234-567812345678");
});

