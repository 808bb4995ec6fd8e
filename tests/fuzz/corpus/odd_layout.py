# Odd layout: semicolons, continuations, one-line suites, tabs, form feeds, comments.
import json; x = 1; y = 2;
if x: a = 1; b = 2
else: a = 3
while False: pass
for i in []: continue
def f(): return 1
class C: pass
class D: x = 1; y = 2
try: z = 1
except Exception: z = 2
finally: pass
with open_ctx() if False else None if False else json as m: pass
long = 1 + \
    2 + \
    3
call = f(
    # comment inside call
)

def tabbed():
	if True:
		return 1  # tab indent

def mixed_blank_lines():

    x = 1


    return x
lst = [
    1,
    2,  # trailing comma
]
dct = {
    "a": 1,
}
t = 1,
lambda_ml = (lambda:
    1)
if (x and
        y):
    pass
# comment at end without newline