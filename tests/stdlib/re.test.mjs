import assert from "node:assert/strict";
import fs from "node:fs";
import { suite, test, EXPECTED_DIR } from "./_harness.mjs";
import * as re from "../../runtime_shim/js/stdlib/re.js";
import { NotImplementedError } from "../../runtime_shim/js/builtins/exceptions.js";
import {
  KW, Tuple, Bytes, $callm, $getitem, $repr, $truthy,
} from "../../runtime_shim/js/builtins/index.js";

const kw = (o) => new KW(o);
const b = (s) => new Bytes(new TextEncoder().encode(s));
const T = (...xs) => Tuple.from(xs);
const spans = (it) => Array.from(it, (m) => m.span());

suite("re", "import re", [
  // ---- module functions ----
  { name: "match", py: "re.match(r'\\w+', 'hello world')", js: () => re.match("\\w+", "hello world") },
  { name: "match-none", py: "re.match('world', 'hello world')", js: () => re.match("world", "hello world") },
  { name: "search", py: "re.search(r'(\\d+)-(\\d+)', 'tel: 555-1234 x')", js: () => re.search("(\\d+)-(\\d+)", "tel: 555-1234 x") },
  { name: "fullmatch", py: "(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'\\d+', '12a'), re.fullmatch('x*', ''))", js: () => T(re.fullmatch("a|ab", "ab"), re.fullmatch("\\d+", "12a"), re.fullmatch("x*", "")) },
  { name: "findall", py: "(re.findall(r'\\d+', 'a1b22c333'), re.findall(r'(\\w)=(\\d)', 'a=1, b=2'), re.findall(r'(a)|b', 'ab'), re.findall('', 'ab'))", js: () => T(re.findall("\\d+", "a1b22c333"), re.findall("(\\w)=(\\d)", "a=1, b=2"), re.findall("(a)|b", "ab"), re.findall("", "ab")) },
  { name: "finditer", py: "[m.span() for m in re.finditer(r'\\w+', 'ab  cd e')]", js: () => spans(re.finditer("\\w+", "ab  cd e")) },
  { name: "sub-template", py: "re.sub(r'(\\w+)@(\\w+)\\.com', r'\\2 at \\1 [\\g<0>] \\g<1>', 'joe@example.com, ann@test.com')", js: () => re.sub("(\\w+)@(\\w+)\\.com", "\\2 at \\1 [\\g<0>] \\g<1>", "joe@example.com, ann@test.com") },
  { name: "sub-named", py: "re.sub(r'(?P<first>\\w+) (?P<last>\\w+)', r'\\g<last>, \\g<first>', 'Ada Lovelace')", js: () => re.sub("(?P<first>\\w+) (?P<last>\\w+)", "\\g<last>, \\g<first>", "Ada Lovelace") },
  { name: "sub-function", py: "re.sub(r'\\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c3')", js: () => re.sub("\\d+", (m) => String(Number(m.group()) * 2), "a1 b22 c3") },
  { name: "sub-count", py: "(re.sub('a', 'X', 'aaaa', count=2), re.sub('a', 'X', 'aaaa', 1), re.subn('a', 'X', 'banana'))", js: () => T(re.sub("a", "X", "aaaa", kw({ count: 2 })), re.sub("a", "X", "aaaa", 1), re.subn("a", "X", "banana")) },
  { name: "sub-empty-matches", py: "(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub(r'\\b', '|', 'hi there'))", js: () => T(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("\\b", "|", "hi there")) },
  { name: "sub-escapes", py: "(re.sub('a', r'\\n\\t\\\\', 'a'), re.sub('a', r'\\-', 'a'), re.sub('(a)', r'\\1\\0', 'a'), re.sub('a', '\\\\x41', 'a'))", js: () => T(re.sub("a", "\\n\\t\\\\", "a"), re.sub("a", "\\-", "a"), re.sub("(a)", "\\1\\0", "a"), re.sub("a", "\\x41", "a")) },
  { name: "sub-unmatched-group", py: "re.sub('(a)|b', r'[\\1]', 'ab')", js: () => re.sub("(a)|b", "[\\1]", "ab") },
  { name: "sub-bad-escape", py: "re.sub('a', r'\\q', 'a')", js: () => re.sub("a", "\\q", "a") },
  { name: "sub-bad-group", py: "re.sub('(a)', r'\\2', 'a')", js: () => re.sub("(a)", "\\2", "a") },
  { name: "sub-bad-group-nomatch", py: "re.sub('(a)', r'\\2', 'zzz')", js: () => re.sub("(a)", "\\2", "zzz") },
  { name: "sub-unknown-name", py: "re.sub('(a)', r'\\g<nope>', 'a')", js: () => re.sub("(a)", "\\g<nope>", "a") },
  { name: "sub-missing-lt", py: "re.sub('a', r'\\g', 'a')", js: () => re.sub("a", "\\g", "a") },
  { name: "sub-repl-type", py: "re.sub('a', 5, 'a')", js: () => re.sub("a", 5, "a") },
  { name: "sub-repl-bytes", py: "re.sub('a', b'x', 'ba')", js: () => re.sub("a", b("x"), "ba") },
  { name: "sub-repl-bytes-nomatch", py: "re.sub('a', b'x', 'zz')", js: () => re.sub("a", b("x"), "zz") },
  { name: "sub-func-bad-result", py: "re.sub('a', lambda m: 5, 'xa')", js: () => re.sub("a", () => 5, "xa") },
  { name: "split", py: "(re.split(r'\\W+', 'Words, words, words.'), re.split(r'(\\W+)', 'Words, words.'), re.split(r'\\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.I))", js: () => T(re.split("\\W+", "Words, words, words."), re.split("(\\W+)", "Words, words."), re.split("\\W+", "Words, words, words.", 1), re.split("[a-f]+", "0a3B9", kw({ flags: re.I }))) },
  { name: "split-empty", py: "(re.split(r'\\b', 'a b'), re.split('x*', 'axbc'), re.split(',', ''), re.split('(,)|(;)', 'a,b;c'))", js: () => T(re.split("\\b", "a b"), re.split("x*", "axbc"), re.split(",", ""), re.split("(,)|(;)", "a,b;c")) },
  { name: "escape", py: "(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\\\l'), re.escape('hello world #1 ~&-'), re.escape('é😀'))", js: () => T(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l"), re.escape("hello world #1 ~&-"), re.escape("é😀")) },
  // ---- flags ----
  { name: "flag-values", py: "(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.I | re.M))", js: () => T(re.I, re.M, re.S, re.X, re.A, re.U, re.I | re.M) },
  { name: "ignorecase", py: "(re.findall('straße', 'STRASSE Straße', re.I), re.match('[a-z]+', 'HeLLo', re.I).group(), re.match('é', 'É', re.I) is not None)", js: () => T(re.findall("straße", "STRASSE Straße", re.I), re.match("[a-z]+", "HeLLo", re.I).group(), re.match("é", "É", re.I) !== null) },
  { name: "ascii-ignorecase", py: "(re.match('k', 'K', re.I) is not None, re.match('k', '\\u212a', re.I) is not None, re.match('k', '\\u212a', re.I | re.A) is not None, re.match('[a-z]', 'Q', re.I | re.A) is not None)", js: () => T(re.match("k", "K", re.I) !== null, re.match("k", "\u212a", re.I) !== null, re.match("k", "\u212a", re.I | re.A) !== null, re.match("[a-z]", "Q", re.I | re.A) !== null) },
  { name: "multiline", py: "(re.findall('^\\\\w', 'a\\nb\\r\\nc', re.M), re.findall('\\\\w$', 'a\\nb\\nc', re.M), re.findall('^', 'a\\n', re.M), re.findall('$', 'a\\n'))", js: () => T(re.findall("^\\w", "a\nb\r\nc", re.M), re.findall("\\w$", "a\nb\nc", re.M), re.findall("^", "a\n", re.M), re.findall("$", "a\n")) },
  { name: "dollar-newline", py: "(re.search('a$', 'a\\n'), re.search('a\\\\Z', 'a\\n'), re.search('a$', 'a\\n\\n'))", js: () => T(re.search("a$", "a\n"), re.search("a\\Z", "a\n"), re.search("a$", "a\n\n")) },
  { name: "dotall", py: "(re.match('.+', 'a\\nb').group(), re.match('.+', 'a\\nb', re.S).group(), re.match('.', '\\r') is not None, re.match('.', '\\u2028') is not None)", js: () => T(re.match(".+", "a\nb").group(), re.match(".+", "a\nb", re.S).group(), re.match(".", "\r") !== null, re.match(".", "\u2028") !== null) },
  { name: "verbose", py: "re.match(r'''(?P<year>\\d{4})  # year\n  -  (?P<month>\\d\\d)  # month\n  [ ]x''', '2024-05 x', re.X).groupdict()", js: () => re.match("(?P<year>\\d{4})  # year\n  -  (?P<month>\\d\\d)  # month\n  [ ]x", "2024-05 x", re.X).groupdict() },
  { name: "inline-flags", py: "(re.findall('(?i)ab', 'AB ab aB'), re.match('(?s).', '\\n') is not None, re.compile('(?im)x').flags, re.match('(?x) a b c', 'abc') is not None, re.findall('a(?s:.)b', 'a\\nb'))", js: () => T(re.findall("(?i)ab", "AB ab aB"), re.match("(?s).", "\n") !== null, re.compile("(?im)x").flags, re.match("(?x) a b c", "abc") !== null, re.findall("a(?s:.)b", "a\nb")) },
  { name: "ascii-classes", py: "(re.findall(r'\\w+', 'héllo wörld', re.A), re.findall(r'\\d', '1٣2'), re.findall(r'\\d', '1٣2', re.A), re.findall(r'\\s', 'a\\u00a0b\\x1cc'), re.findall(r'\\s', 'a\\u00a0b', re.A))", js: () => T(re.findall("\\w+", "héllo wörld", re.A), re.findall("\\d", "1٣2"), re.findall("\\d", "1٣2", re.A), re.findall("\\s", "a\u00a0b\x1cc"), re.findall("\\s", "a\u00a0b", re.A)) },
  { name: "unicode-word", py: "(re.findall(r'\\w+', 'naïve café Ωmega ½ x_1'), re.findall(r'\\b\\w', 'élan vital'), re.sub(r'\\W', '', 'a-b.c ü!'))", js: () => T(re.findall("\\w+", "naïve café Ωmega ½ x_1"), re.findall("\\b\\w", "élan vital"), re.sub("\\W", "", "a-b.c ü!")) },
  // ---- Pattern ----
  { name: "pattern-attrs", py: "p = re.compile(r'(?P<a>x)(y)(?P<c>z)?', re.I)\n(p.pattern, p.flags, p.groups, p.groupindex, repr(p))", js: () => { const p = re.compile("(?P<a>x)(y)(?P<c>z)?", re.I); return T(p.pattern, p.flags, p.groups, p.groupindex, $repr(p)); } },
  { name: "pattern-repr", py: "(repr(re.compile('a')), repr(re.compile('a', re.M | re.S)), repr(re.compile('a', re.A)), repr(re.compile(\"it's\")))", js: () => T($repr(re.compile("a")), $repr(re.compile("a", re.M | re.S)), $repr(re.compile("a", re.A)), $repr(re.compile("it's"))) },
  { name: "pattern-pos-endpos", py: "p = re.compile('o')\n(p.search('hello world', 5), p.search('hello world', 5, 6), p.match('hello', 4), p.findall('ooo', 1, 2), [m.span() for m in p.finditer('foo boo', 2)])", js: () => { const p = re.compile("o"); return T(p.search("hello world", 5), p.search("hello world", 5, 6), p.match("hello", 4), p.findall("ooo", 1, 2), spans(p.finditer("foo boo", 2))); } },
  { name: "pattern-anchor-pos", py: "p = re.compile('^a')\n(p.search('ba', 1), p.match('ba', 1), re.compile('a$').search('ab', 0, 1))", js: () => { const p = re.compile("^a"); return T(p.search("ba", 1), p.match("ba", 1), re.compile("a$").search("ab", 0, 1)); } },
  { name: "pattern-eq", py: "(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') is re.compile('a'))", js: () => T(re.compile("a").__eq__(re.compile("a")), re.compile("a").__eq__(re.compile("a", re.I)), re.compile("a") === re.compile("a")) },
  { name: "compile-pattern-flags", py: "re.compile(re.compile('a'), re.I)", js: () => re.compile(re.compile("a"), re.I) },
  { name: "compile-bad-type", py: "re.compile(5)", js: () => re.compile(5) },
  { name: "pattern-kw-methods", py: "p = re.compile('a')\n(p.sub('b', 'aaa', count=1), p.split('bab', maxsplit=1), p.search(string='xa', pos=1))", js: () => { const p = re.compile("a"); return T($callm(p, "sub", ["b", "aaa"], { count: 1 }), $callm(p, "split", ["bab"], { maxsplit: 1 }), $callm(p, "search", [], { string: "xa", pos: 1 })); } },
  // ---- Match ----
  { name: "match-group", py: "m = re.match(r'(?P<first>\\w+) (?P<last>\\w+)( jr)?', 'Jane Doe')\n(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 3), m[2], m['first'])", js: () => { const m = re.match("(?P<first>\\w+) (?P<last>\\w+)( jr)?", "Jane Doe"); return T(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 3), $getitem(m, 2), $getitem(m, "first")); } },
  { name: "match-groups", py: "m = re.match(r'(a)(b)?(c)?', 'ac')\n(m.groups(), m.groups('-'), m.groupdict(), m.lastindex, m.lastgroup)", js: () => { const m = re.match("(a)(b)?(c)?", "ac"); return T(m.groups(), m.groups("-"), m.groupdict(), m.lastindex, m.lastgroup); } },
  { name: "match-groupdict", py: "m = re.match(r'(?P<k>\\w+)=(?P<v>\\d+)?', 'x=')\n(m.groupdict(), m.groupdict(default='0'), m.lastgroup, m.lastindex)", js: () => { const m = re.match("(?P<k>\\w+)=(?P<v>\\d+)?", "x="); return T(m.groupdict(), m.groupdict(kw({ default: "0" })), m.lastgroup, m.lastindex); } },
  { name: "match-spans", py: "m = re.search(r'(b+)(x)?(c)', 'aabbbcd')\n(m.span(), m.start(), m.end(), m.span(1), m.start(2), m.end(3), m.regs, m.pos, m.endpos, m.string, m.re.pattern)", js: () => { const m = re.search("(b+)(x)?(c)", "aabbbcd"); return T(m.span(), m.start(), m.end(), m.span(1), m.start(2), m.end(3), m.regs, m.pos, m.endpos, m.string, m.re.pattern); } },
  { name: "match-lastindex", py: "(re.match('(a)(b)', 'ab').lastindex, re.match('((a)b)', 'ab').lastindex, re.match('(a)|(b)', 'b').lastindex, re.match('x', 'x').lastindex, re.match('(?=(a))(a)', 'a').lastindex)", js: () => T(re.match("(a)(b)", "ab").lastindex, re.match("((a)b)", "ab").lastindex, re.match("(a)|(b)", "b").lastindex, re.match("x", "x").lastindex, re.match("(?=(a))(a)", "a").lastindex) },
  { name: "match-bad-group", py: "re.match('(a)', 'a').group(2)", js: () => re.match("(a)", "a").group(2) },
  { name: "match-bad-name", py: "re.match('(a)', 'a').group('x')", js: () => re.match("(a)", "a").group("x") },
  { name: "match-expand", py: "re.match(r'(\\w+) (\\w+)', 'hello world').expand(r'\\2-\\1 \\g<0>')", js: () => re.match("(\\w+) (\\w+)", "hello world").expand("\\2-\\1 \\g<0>") },
  { name: "match-repr", py: "(repr(re.match('a+', 'aaa')), repr(re.search(\"'\", \"it's\")), repr(re.match('', 'x')))", js: () => T($repr(re.match("a+", "aaa")), $repr(re.search("'", "it's")), $repr(re.match("", "x"))) },
  { name: "match-truthy", py: "bool(re.match('', ''))", js: () => $truthy(re.match("", "")) },
  { name: "astral-indices", py: "m = re.search(r'(b)(😀+)', 'a😀b😀😀c')\n(m.span(), m.span(2), m.group(2), [m.start() for m in re.finditer('.', '😀a😀')], re.sub('😀', 'X', 'a😀b'))", js: () => { const m = re.search("(b)(😀+)", "a😀b😀😀c"); return T(m.span(), m.span(2), m.group(2), Array.from(re.finditer(".", "😀a😀"), (x) => x.start()), re.sub("😀", "X", "a😀b")); } },
  { name: "astral-class", py: "(re.findall('[😀-😂]', 'a😁b😀'), re.findall('[^a]', 'a😀'), re.split('😀', 'x😀y'))", js: () => T(re.findall("[😀-😂]", "a😁b😀"), re.findall("[^a]", "a😀"), re.split("😀", "x😀y")) },
  // ---- syntax ----
  { name: "syntax-misc", py: "(re.findall('a{2}', 'aaaaa'), re.findall('a{,2}', 'aaa'), re.findall('a{2,}?', 'aaaa'), re.findall('x{', 'x{'), re.findall('x{a}', 'x{a}'), re.findall('{}', '{}'), re.findall('[]a]', ']a'), re.findall('[^]a]', ']ab'), re.findall('[a-]', '-a'), re.findall(r'[\\]]', ']'))", js: () => T(re.findall("a{2}", "aaaaa"), re.findall("a{,2}", "aaa"), re.findall("a{2,}?", "aaaa"), re.findall("x{", "x{"), re.findall("x{a}", "x{a}"), re.findall("{}", "{}"), re.findall("[]a]", "]a"), re.findall("[^]a]", "]ab"), re.findall("[a-]", "-a"), re.findall("[\\]]", "]")) },
  { name: "syntax-escapes", py: "(re.findall(r'\\x41\\u00e9\\U0001F600\\101\\0', 'Aé😀A\\x00'), re.findall(r'[\\x41-\\x43]', 'ABCD'), re.findall(r'\\#\\ \\:\\@', '# :@'), re.findall(r'[\\b]', '\\b'), re.findall(r'\\a\\f\\v', '\\a\\f\\v'))", js: () => T(re.findall("\\x41\\u00e9\\U0001F600\\101\\0", "Aé😀A\x00"), re.findall("[\\x41-\\x43]", "ABCD"), re.findall("\\#\\ \\:\\@", "# :@"), re.findall("[\\b]", "\b"), re.findall("\\a\\f\\v", "\x07\f\v")) },
  { name: "syntax-groups", py: "(re.match('(?:ab)+', 'ababx').group(), re.match('(?P<x>a)(?P=x)', 'aa').group(), re.match(r'(a)\\1', 'aa').group(), re.findall('(?#comment)a', 'a'), re.match('a(?=b)', 'ab').group(), re.match('a(?!b)', 'ac').group(), re.search('(?<=a)b', 'ab').group(), re.search('(?<!a)b', 'cb').group())", js: () => T(re.match("(?:ab)+", "ababx").group(), re.match("(?P<x>a)(?P=x)", "aa").group(), re.match("(a)\\1", "aa").group(), re.findall("(?#comment)a", "a"), re.match("a(?=b)", "ab").group(), re.match("a(?!b)", "ac").group(), re.search("(?<=a)b", "ab").group(), re.search("(?<!a)b", "cb").group()) },
  { name: "syntax-atomic-possessive", py: "(re.match('(?>a+)b', 'aaab').group(), re.match('(?>a+)a', 'aaa'), re.match('a++b', 'aab').group(), re.match('a*+a', 'aaa'), re.match('(a|ab)*+c', 'ababc'), re.findall('[ab]?+c', 'acbc c'))", js: () => T(re.match("(?>a+)b", "aaab").group(), re.match("(?>a+)a", "aaa"), re.match("a++b", "aab").group(), re.match("a*+a", "aaa"), re.match("(a|ab)*+c", "ababc"), re.findall("[ab]?+c", "acbc c")) },
  { name: "lazy", py: "(re.match('<.*?>', '<a><b>').group(), re.findall('a+?', 'aaa'), re.match('(a+?)(a*)', 'aaa').groups())", js: () => T(re.match("<.*?>", "<a><b>").group(), re.findall("a+?", "aaa"), re.match("(a+?)(a*)", "aaa").groups()) },
  // ---- errors (re.error with CPython's message and position) ----
  { name: "err-unterminated", py: "re.compile('(ab')", js: () => re.compile("(ab") },
  { name: "err-unbalanced", py: "re.compile('ab)')", js: () => re.compile("ab)") },
  { name: "err-set", py: "re.compile('[abc')", js: () => re.compile("[abc") },
  { name: "err-nothing", py: "re.compile('+a')", js: () => re.compile("+a") },
  { name: "err-multiple", py: "re.compile('a**')", js: () => re.compile("a**") },
  { name: "err-bad-escape", py: "re.compile(r'\\j')", js: () => re.compile("\\j") },
  { name: "err-bad-escape-class", py: "re.compile(r'[\\A]')", js: () => re.compile("[\\A]") },
  { name: "err-range", py: "re.compile('[z-a]')", js: () => re.compile("[z-a]") },
  { name: "err-range-cat", py: "re.compile(r'[\\d-z]')", js: () => re.compile("[\\d-z]") },
  { name: "err-lookbehind", py: "re.compile('(?<=a|bc)d')", js: () => re.compile("(?<=a|bc)d") },
  { name: "err-group-name", py: "re.compile('(?P<a-b>x)')", js: () => re.compile("(?P<a-b>x)") },
  { name: "err-dup-name", py: "re.compile('(?P<a>x)(?P<a>y)')", js: () => re.compile("(?P<a>x)(?P<a>y)") },
  { name: "err-unknown-ref", py: "re.compile('(?P=z)')", js: () => re.compile("(?P=z)") },
  { name: "err-open-group-ref", py: "re.compile(r'(a\\1)')", js: () => re.compile("(a\\1)") },
  { name: "err-global-flags", py: "re.compile('a(?i)b')", js: () => re.compile("a(?i)b") },
  { name: "err-unknown-ext", py: "re.compile('(?Q)')", js: () => re.compile("(?Q)") },
  { name: "err-min-max", py: "re.compile('a{5,2}')", js: () => re.compile("a{5,2}") },
  { name: "err-multiline-pos", py: "re.compile('a\\nb\\n(c')", js: () => re.compile("a\nb\n(c") },
  { name: "err-trailing-backslash", py: "re.compile('ab\\\\')", js: () => re.compile("ab\\") },
  { name: "err-incomplete-hex", py: "re.compile(r'\\x4')", js: () => re.compile("\\x4") },
  { name: "err-octal-range", py: "re.compile(r'\\777')", js: () => re.compile("\\777") },
  { name: "err-attrs", py: "try:\n    re.compile('a(b')\nexcept re.error as e:\n    r = (e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))\nr", js: () => { try { re.compile("a(b"); } catch (e) { return T(e.msg, e.pattern, e.pos, e.lineno, e.colno, e instanceof Error); } return null; } },
  { name: "err-locale", py: "re.compile('a', re.L)", js: () => re.compile("a", re.L) },
  { name: "err-ascii-unicode", py: "re.compile('a', re.A | re.U)", js: () => re.compile("a", re.A | re.U) },
  // ---- bytes ----
  { name: "bytes", py: "(re.findall(b'a.c', b'abc aXc'), re.sub(b'(a)', b'[\\\\1]', b'banana'), re.split(b',', b'a,b'), re.search(rb'\\w+', 'hé llo'.encode()), re.match(b'(?i)ABC', b'abc').group(0), re.compile(b'x', re.I))", js: () => T(re.findall(b("a.c"), b("abc aXc")), re.sub(b("(a)"), b("[\\1]"), b("banana")), re.split(b(","), b("a,b")), re.search(b("\\w+"), b("hé llo")), re.match(b("(?i)ABC"), b("abc")).group(0), re.compile(b("x"), re.I)) },
  { name: "bytes-mixed", py: "re.search('a', b'a')", js: () => re.search("a", b("a")) },
  { name: "str-mixed", py: "re.search(b'a', 'a')", js: () => re.search(b("a"), "a") },
  { name: "subject-type", py: "re.search('a', 5)", js: () => re.search("a", 5) },
  { name: "bytes-escape", py: "(re.escape(b'a.b'), re.findall(br'\\d', b'a1b2'))", js: () => T(re.escape(b("a.b")), re.findall(b("\\d"), b("a1b2"))) },
]);

// ---- refused constructs: NotImplementedError (valid Python, JS would differ) ----
for (const p of ["(a*)*", "(?:(a)|b)+", "(?:(a)|b)\\1", "(?(1)a|b)", "a(?i:b)", "\\N{EM DASH}", "(?:\\w??){2,}", "(a?)?"]) {
  test(`re: refuses ${p}`, () => {
    assert.throws(() => re.compile(p), (e) => e instanceof NotImplementedError);
    assert.throws(() => re.translate(p), (e) => e instanceof NotImplementedError);
  });
}

test("re: translate() returns the JS source", () => {
  const t = re.translate("(?P<x>\\d+)\\s*$", 0);
  assert.equal(t.flags, "u");
  assert.equal(t.groups, 1);
  assert.throws(() => re.translate("(", 0), (e) => e instanceof re.error);
});

// ---- differential fuzz corpus (tests/stdlib/gen_re_fuzz.py) ----
test("re: fuzz corpus agrees with CPython", () => {
  const cases = JSON.parse(fs.readFileSync(`${EXPECTED_DIR}/re_fuzz.json`, "utf8"));
  const Tl = (t) => (t === null ? null : Array.from(t));
  let refused = 0;
  const failures = [];
  for (const c of cases) {
    let rx;
    try {
      rx = re.compile(c.p, c.f);
    } catch (e) {
      if (e instanceof NotImplementedError) { refused++; if (c.err) failures.push(`${c.p}: refused, CPython error ${c.err}`); continue; }
      const msg = e instanceof re.error ? e.__str__() : `${e.constructor.name}: ${e.__str__ ? e.__str__() : e.message}`;
      if (c.err !== msg) failures.push(`${JSON.stringify(c.p)}: error ${msg} != ${c.err}`);
      continue;
    }
    if (c.err) { failures.push(`${JSON.stringify(c.p)}: compiled, CPython error ${c.err}`); continue; }
    const mi = (m) => (m === null ? null : [Tl(m.span()), ...Array.from({ length: rx.groups }, (_, i) => Tl(m.span(i + 1))), m.lastindex]);
    const got = {
      findall: rx.findall(c.s).map((x) => (Array.isArray(x) ? Array.from(x) : x)),
      finditer: Array.from(rx.finditer(c.s)).map(mi),
      match: mi(rx.match(c.s)), search: mi(rx.search(c.s)), full: mi(rx.fullmatch(c.s)),
      sub: rx.sub("<\\g<0>>", c.s),
      sub2: rx.sub(rx.groups ? "[\\1]" : "[\\\\n\\g<0>]", c.s),
      pe: mi(rx.search(c.s, 1, Math.max(1, Array.from(c.s).length - 1))),
      split: rx.split(c.s), groups: rx.groups,
    };
    for (const k of Object.keys(got)) {
      if (JSON.stringify(got[k]) !== JSON.stringify(c[k])) failures.push(`${JSON.stringify(c.p)} flags=${c.f} s=${JSON.stringify(c.s)} ${k}: ${JSON.stringify(got[k])} != ${JSON.stringify(c[k])}`);
    }
  }
  assert.deepEqual(failures.slice(0, 10), []);
  assert.ok(refused < cases.length * 0.1, `too many refusals: ${refused}`);
});


