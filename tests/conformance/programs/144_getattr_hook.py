# __getattr__: consulted for missing attributes and methods (also str/list method names), not for found ones.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def own(self):
        return "own method"

    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)


class Config:
    defaults = {"debug": False, "port": 8080}

    def __getattr__(self, name):
        try:
            return self.defaults[name]
        except KeyError:
            raise AttributeError(f"'Config' object has no attribute '{name}'") from None


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.own(), p.index(2), p.calls, p.count(1))
c = Config()
c.port = 9000
print(c.debug, c.port, getattr(c, "debug"), hasattr(c, "missing"), getattr(c, "missing", "dflt"))
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    c.nothing()
except AttributeError as e:
    print("AttributeError", e)
s = Proxy("text")
print(s.upper(), s.split("x"), s.calls)
