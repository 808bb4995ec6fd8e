# Generator expressions fed to sum/any/all/min/max/list/tuple/set/dict/sorted/str.join
# (compiled as loops): results, evaluation order and errors, each against its slow twin
# (the same generator passed through a variable, or a shadowed builtin).

log = []


def note(tag, value):
    log.append(tag)
    return value


class Loud:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append(f"gt {self.v} {other.v}")
        return self.v > other.v

    def __lt__(self, other):
        log.append(f"lt {self.v} {other.v}")
        return self.v < other.v

    def __hash__(self):
        log.append(f"hash {self.v}")
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Loud) and self.v == other.v

    def __repr__(self):
        return f"Loud({self.v})"


def twin(name, fast, gen_factory, builtin):
    """Compare the fast form with the builtin applied to a generator object."""
    fast_log = list(log)
    log.clear()
    slow = builtin(gen_factory())
    slow_log = list(log)
    log.clear()
    print(name, fast, slow, fast == slow, fast_log == slow_log, fast_log)


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    big = [2**53, 2**53, 1, 2**70]
    floats = [0.1, 0.2, 0.3, 1e16, 1.0, -1e16]
    mixed = [1, 2.5, True, 10**20]
    log.clear()
    twin("sum", sum(x * 2 for x in xs), lambda: (x * 2 for x in xs), sum)
    twin("sum big", sum(b + 1 for b in big), lambda: (b + 1 for b in big), sum)
    twin("sum floats", sum(f for f in floats), lambda: (f for f in floats), sum)
    twin("sum mixed", sum(m for m in mixed), lambda: (m for m in mixed), sum)
    twin("sum int range", sum(i * i for i in range(2**26, 2**26 + 3)), lambda: (i * i for i in range(2**26, 2**26 + 3)), sum)
    twin("sum start", sum((x for x in xs), 0.5), lambda: (x for x in xs), lambda g: sum(g, 0.5))
    twin("sum empty", sum(x for x in []), lambda: (x for x in []), sum)
    twin("sum empty float", sum((x for x in []), 0.0), lambda: (x for x in []), lambda g: sum(g, 0.0))
    twin("any", any(note(x, x > 3) for x in xs), lambda: (note(x, x > 3) for x in xs), any)
    twin("all", all(note(x, x < 5) for x in xs), lambda: (note(x, x < 5) for x in xs), all)
    twin("any empty", any(x for x in []), lambda: (x for x in []), any)
    twin("all values", all(x for x in [1, "a", [0]]), lambda: (x for x in [1, "a", [0]]), all)
    loud = [Loud(2), Loud(7), Loud(7), Loud(1)]
    twin("max", max(note(f"e{o.v}", o) for o in loud), lambda: (note(f"e{o.v}", o) for o in loud), max)
    twin("min", min(note(f"e{o.v}", o) for o in loud), lambda: (note(f"e{o.v}", o) for o in loud), min)
    twin("max default", max((x for x in []), default=-1), lambda: (x for x in []), lambda g: max(g, default=-1))
    twin("min default", min((x for x in xs), default=-1), lambda: (x for x in xs), lambda g: min(g, default=-1))
    twin("list", list(note(x, x) for x in "abc"), lambda: (note(x, x) for x in "abc"), list)
    twin("tuple", tuple(x + 1 for x in xs if x % 2), lambda: (x + 1 for x in xs if x % 2), tuple)
    twin("set", sorted(set(note(o.v, o) for o in loud), key=lambda o: o.v), lambda: (note(o.v, o) for o in loud), lambda g: sorted(set(g), key=lambda o: o.v))
    twin("dict", dict((x, i) for i, x in enumerate(xs)), lambda: ((x, i) for i, x in enumerate(xs)), dict)
    twin("sorted", sorted((x for x in xs), reverse=True), lambda: (x for x in xs), lambda g: sorted(g, reverse=True))
    twin("join", "-".join(str(x) for x in xs), lambda: (str(x) for x in xs), "-".join)
    twin("nested", sum(i * j for i in range(4) for j in range(i) if j), lambda: (i * j for i in range(4) for j in range(i) if j), sum)
    for name, fn in (("max", max), ("min", min)):
        try:
            print(fn(x for x in []))
        except ValueError as e:
            print(name, "ValueError:", e)
    try:
        print(sum(x for x in ["a", "b"]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("".join(x for x in [1, 2]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(max(x for x in [1, "a"]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(dict(x for x in [(1, 2), (3, 4, 5)]))
    except ValueError as e:
        print("ValueError:", e)


def shadowed() -> None:
    def sum(it, start=0):
        return "my sum"

    def any(it):
        return "my any"

    def max(it, default=None):
        return "my max"

    def list(it):
        return "my list"

    print(sum(x for x in [1, 2]), any(x for x in [1]), max(x for x in [1]), list(x for x in "a"))


main()
shadowed()
