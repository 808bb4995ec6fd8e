# Every string prefix, quoting style and escape flavour.
s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple
double"""
r1 = r"\d+\n"
r2 = R'\w'
r3 = r'''\x''' + Rb"\x00".decode()
b1 = b"bytes\x00\xff"
b2 = B'\n'
b3 = br"\d" + Br"\d" + bR"\d" + BR"\d" + rb"x" + rB"x" + Rb"x" + RB"x"
u1 = u"unicode" + U"x"
f1 = f"{s1}"
f2 = F"{s2!r}"
f3 = rf"\d{s1}" + fr"\d{s1}" + Rf"{s1}" + fR"{s1}" + RF"{s1}" + FR"{s1}"
f4 = f"""multi
{s1:>{10}}
"""
f5 = f'{"nested"}'
f6 = f"{'a' 'b'}"
f7 = f"{3.14159:.{2}f}"
f8 = f"{s1=}"
f9 = f"{s1 = }"
f10 = f"{s1!r:^20}"
f11 = f"{{literal}} {{{s1}}}"
f12 = f"{f'{s1}'}"
f13 = f"{1 + 2}" f"{s2}" "plain" f'{s3!a}'
f14 = f"\N{BULLET} {s1}\t\\"
f15 = f"{len(s1):#x}"
f16 = f"{s1:{'<'}{'1'}{'0'}}"
f17 = f""
f18 = f"{{}}"
esc = "\a\b\f\n\r\t\v\0\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\\\'\""
line_cont = "abc\
def"
adj = ("a"
       'b'
       """c""")
emoji = "😀 👍🏽 é e\u0301 \ud7ff"
nul = "\x00"
slash = "</script>"
long = "x" * 3
print(s1, s2, s3, s4, r1, r2, r3, b1, b2, b3, u1, f1, f2, f3, f4, f5, f6, f7, f8, f9)
print(f10, f11, f12, f13, f14, f15, f16, f17, f18, esc, line_cont, adj, emoji, nul, slash, long)
