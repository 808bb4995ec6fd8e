"""Generate tests/stdlib/expected/re_fuzz.json: random Python patterns and subjects with
CPython's results (findall, finditer spans, match/search/fullmatch, sub, split).

    python3 tests/stdlib/gen_re_fuzz.py [seed] [count]
"""
import json
import os
import random
import re
import sys

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ATOMS = ['a', 'b', 'A', '.', '[ab]', '[^a]', r'\d', r'\w', r'\s', r'\W', '[a-c]', r'[\w-]', ' ', r'\n', '1', '[^\\s1]', 'é', 'É', '[é-ü]', '😀', '[^😀]', r'\S', r'\D', '[\\W\\d]', '[^\\Wa]', 'ſ', 's', 'S', 'k', 'K', r'\x41', r'\u00e9', '[.]', r'\.', '(?P<n>a)(?P=n)', '(?i:a)', '(?s:.)', '(?m:^)', '(?m:$)', '(?#c)']
ANCH = ['^', '$', r'\b', r'\B', r'\A', r'\Z']
def gen(d=0):
    r = random.random()
    if d > 3 or r < 0.3:
        return random.choice(ATOMS)
    if r < 0.4: return random.choice(ANCH)
    if r < 0.55: return gen(d+1) + gen(d+1)
    if r < 0.65: return gen(d+1) + '|' + gen(d+1)
    if r < 0.8:
        q = random.choice(['*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}'])
        q += random.choice(['', '', '?', '+'])
        body = gen(d+1)
        if random.random() < 0.5: body = '(?:' + body + ')'
        return body + q
    if r < 0.9: return '(' + gen(d+1) + ')'
    if r < 0.93: return '(?=' + gen(d+1) + ')'
    if r < 0.95: return '(?!' + gen(d+1) + ')'
    if r < 0.97: return '(?<=' + random.choice(['a','b','[ab]','ab']) + ')'
    return '(?>' + gen(d+1) + ')'
cases = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 1200):
    p = gen()
    if random.random() < 0.2: p = '(' + p + r')\1' if random.random() < 0.5 else p
    flags = random.choice([0, 0, 0, re.I, re.M, re.S, re.I | re.A, re.A, re.I|re.M|re.S])
    alphabet = ['a','b',' ','A','\n','1','_','é','É','😀','s','S','ſ','K','k','٣']
    if flags & re.I and '\\1' in p or '(?P=' in p:
        alphabet = alphabet[:11]  # case-insensitive backreferences differ for ſ/K (documented)
    subj = ''.join(random.choice(alphabet) for _ in range(random.randint(0, 8)))
    c = {'p': p, 'f': flags, 's': subj}
    try:
        rx = re.compile(p, flags)
    except re.error as e:
        c['err'] = str(e); cases.append(c); continue
    except Exception as e:
        c['err'] = type(e).__name__ + ': ' + str(e); cases.append(c); continue
    def mi(m):
        if m is None: return None
        return [m.span()] + [m.span(i) for i in range(1, rx.groups + 1)] + [m.lastindex]
    c['findall'] = [list(x) if isinstance(x, tuple) else x for x in rx.findall(subj)]
    c['finditer'] = [mi(m) for m in rx.finditer(subj)]
    c['match'] = mi(rx.match(subj)); c['search'] = mi(rx.search(subj)); c['full'] = mi(rx.fullmatch(subj))
    c['sub'] = rx.sub(r'<\g<0>>', subj)
    c['sub2'] = rx.sub((r'[\1]' if rx.groups else r'[\\n\g<0>]'), subj)
    c['pe'] = mi(rx.search(subj, 1, max(1, len(subj)-1)))
    c['split'] = rx.split(subj)
    c['groups'] = rx.groups
    cases.append(c)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'expected', 're_fuzz.json')
with open(out, 'w') as f:
    f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
print(out, len(cases))
