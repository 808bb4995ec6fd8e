"""textwrap, compiled by cfpy from CPython's Lib/textwrap.py."""
import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, width=30))
print(textwrap.fill(s, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.shorten("Hello  world, this is a long line", width=20))
w = textwrap.TextWrapper(width=12, break_long_words=True, max_lines=3, placeholder="...")
print(w.wrap("supercalifragilistic expialidocious words here and there"))
print(textwrap.wrap("a-b-c-d-e-f well-known long-term", width=8))
