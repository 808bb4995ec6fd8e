# Fuzz finding (bad diagnostic): CPython reports this `except*` error at line -1; cfpy
# positions it at the first except* block.
a = 1
s = 0
items = 0
mapping = 0
def f():
    pass
class C:
    def __init__():
        pass
    def m():
        pass
class Point:
    pass
import datetime as v1
class v2(ValueError):
    class v1(mapping):
        pass
0
for v3 in v1:
    if 0:
        v1
    elif 0:
        a += 0
        assert v4, set
async def a(v5, **v6) -> None:
    if a:
        pass
    elif 42:
        try:
            for NaN in 0:
                pass
            match r"\\</%s\
</\t":
                case 0:
                    pass
                case straße11 if v1:
                    pass
        except* 0:
            assert s
            while mapping:
                v3
                assert 0
        except* Exception as a:
            try:
                pass
            except mapping:
                v1 = 0 
                id
            except Exception:
                v1
                continue
            finally:
                pass
        except* Exception:
            try:
                pass
            finally:
                v16 = v1
                return
        else:
            assert 1
            while NotImplemented:
                pass
        C = v5
    else:
        return a
        v20 = s = v2
    Point
