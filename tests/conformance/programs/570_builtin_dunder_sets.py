"""The operator/protocol dunders of the builtin types, as hasattr/getattr/dir see them."""

DUNDERS = (
    "__abs__ __add__ __and__ __bool__ __bytes__ __ceil__ __complex__ __contains__ __delitem__ "
    "__divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getitem__ __gt__ "
    "__hash__ __iadd__ __iand__ __imul__ __index__ __int__ __invert__ __ior__ __isub__ "
    "__iter__ __ixor__ __le__ __len__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__ "
    "__pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __reversed__ __rfloordiv__ "
    "__rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ "
    "__rtruediv__ __rxor__ __setitem__ __str__ __sub__ __truediv__ __trunc__ __xor__ "
    "__next__ __call__ __enter__ __exit__ __await__ __aiter__ __matmul__ __missing__"
).split()

# On CPython 3.11 these are exactly the listed dunders in dir() of each type.
EXPECTED = {
    "int": "abs add and bool ceil divmod eq float floor floordiv format ge gt hash index int "
           "invert le lshift lt mod mul ne neg or pos pow radd rand rdivmod repr rfloordiv "
           "rlshift rmod rmul ror round rpow rrshift rshift rsub rtruediv rxor str sub truediv "
           "trunc xor",
    "float": "abs add bool ceil divmod eq float floor floordiv format ge gt hash int le lt mod "
             "mul ne neg pos pow radd rdivmod repr rfloordiv rmod rmul round rpow rsub rtruediv "
             "str sub truediv trunc",
    "complex": "abs add bool complex eq format ge gt hash le lt mul ne neg pos pow radd repr "
               "rmul rpow rsub rtruediv str sub truediv",
    "str": "add contains eq format ge getitem gt hash iter le len lt mod mul ne repr rmod rmul str",
    "bytes": "add bytes contains eq format ge getitem gt hash iter le len lt mod mul ne repr "
             "rmod rmul str",
    "list": "add contains delitem eq format ge getitem gt hash iadd imul iter le len lt mul ne "
            "repr reversed rmul setitem str",
    "tuple": "add contains eq format ge getitem gt hash iter le len lt mul ne repr rmul str",
    "dict": "contains delitem eq format ge getitem gt hash ior iter le len lt ne or repr "
            "reversed ror setitem str",
    "set": "and contains eq format ge gt hash iand ior isub iter ixor le len lt ne or rand "
           "repr ror rsub rxor str sub xor",
    "frozenset": "and contains eq format ge gt hash iter le len lt ne or rand repr ror rsub "
                 "rxor str sub xor",
    "range": "bool contains eq format ge getitem gt hash iter le len lt ne repr reversed str",
    "NoneType": "bool eq format ge gt hash le lt ne repr str",
}

VALUES = [3, True, 2.5, 1j, "s", b"x", [1], (1,), {1: 2}, {1}, frozenset({2}), range(3), None]

for v in VALUES:
    name = type(v).__name__
    present = [d for d in DUNDERS if hasattr(v, d)]
    via_getattr = [d for d in DUNDERS if getattr(v, d, "missing") != "missing"]
    via_type = [d for d in DUNDERS if hasattr(type(v), d)]
    expected = ["__" + d + "__" for d in EXPECTED["bool" if name == "bool" else name].split()] \
        if name != "bool" else None
    print(name, len(present), present == via_getattr)
    # the type object also has type's own __call__ (and __or__/__ror__ for `int | None`)
    print("   type only:", [d for d in via_type if d not in present], [d for d in present if d not in via_type])
    print("  ", " ".join(d[2:-2] for d in present))
    if expected is not None:
        print("   matches dir() listing:", sorted(present) == sorted(expected))

# __hash__ is None for the mutable containers, on the value and on the type.
for v in [[1], {1: 2}, {1}, 3, "s", (1,), frozenset()]:
    print(type(v).__name__, v.__hash__ is None, type(v).__hash__ is None)
