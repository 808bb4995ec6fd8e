# One of every statement kind (valid Python), at module level and in functions.
import json
from datetime import datetime as dt, timedelta
from typing import Any, Optional

x: int = 1
y: Optional[int]
x += 1
x -= 1
x *= 2
x //= 2
x %= 5
x **= 2
x <<= 1
x >>= 1
x |= 1
x &= 3
x ^= 1
z = w = 0
a, (b, c), [d, *e] = 1, (2, 3), [4, 5, 6]
del z
assert x, "message"
assert w == 0
pass


def f(p, /, q, *args, r, s=1, **kw) -> Any:
    """docstring"""
    global x
    x = p
    t = 0
    for i in range(10):
        if i == 2:
            continue
        elif i == 5:
            break
        else:
            t += i
    else:
        t = -1
    while t > 0:
        t -= 1
        if t == 3:
            break
    else:
        pass
    try:
        raise ValueError("v")
    except (ValueError, TypeError) as err:
        t = err
    except KeyError:
        raise
    except Exception:
        raise RuntimeError("r") from None
    else:
        t = 2
    finally:
        t = 3
    with open_thing() as h, open_thing():
        t = h
    del t
    return json.dumps([p, q, args, r, s, kw])


def open_thing():
    return None


class K:
    attr = 1
    other: int = 2
    ann: str

    def m(self):
        return self.attr


if x:
    pass
elif y:
    pass
else:
    pass
n = dt.now() + timedelta(days=1)
print(f(1, 2, 3, r=4), K().m(), n, sep="", end="\n")
