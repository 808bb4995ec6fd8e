"""html (+ html.entities), keyword and colorsys, compiled from CPython's Lib/."""
import colorsys
import html
import keyword
from html.entities import codepoint2name, html5, name2codepoint

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; caf&eacute; &#233; &#x27; &amp;amp; &notit; &copy &#0; &#x110000;"))
print(name2codepoint["eacute"], codepoint2name[169], html5["amp;"], len(html5) > 2000)
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.5, 0.5, 0.5)]:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(hsv, hls, [round(c, 6) for c in yiq])
    print(colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), [round(c, 6) for c in colorsys.yiq_to_rgb(*yiq)])


class Palette:
    base = 0.25
    light = base * 3
    del base


print(Palette.light, hasattr(Palette, "base"))
