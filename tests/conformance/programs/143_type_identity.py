# type(x) is the builtin type object; isinstance against slice/bytes/range objects.
print(type(b"") is bytes, type(slice(1)) is slice, type(bytearray()) is bytearray, type(range(1)) is range)
print(type(1) is int, type({}) is dict, type(frozenset()) is frozenset, type(property()) is property)
print(isinstance(slice(2), slice), isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(range(3), range))


class Grid:
    def __getitem__(self, key):
        if isinstance(key, tuple):
            return "cell " + ",".join(type(k).__name__ for k in key)
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step, key.indices(10))
        return ("item", key)


g = Grid()
print(g[1:5], g[::-2], g[3], g[..., 0], g[slice(2), 1])
