# Attributes named like the runtime's JS members (size) on dict/set subclasses are ordinary attributes.
class D(dict):
    pass


d = D(a=1)
d.size = 3
print(d.size, d, hasattr({}, "size"), hasattr(set(), "size"), hasattr({}.keys(), "size"), vars(d))


class S(set):
    def __init__(self, items, size):
        super().__init__(items)
        self.size = size


s = S([1, 2], 10)
print(s, s.size, len(s))
