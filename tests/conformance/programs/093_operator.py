# operator module.
import functools
import operator

print(operator.add(2, 3), operator.sub(5, 7), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))
print(operator.neg(5), operator.not_(0), operator.truth([1]), operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1], 1))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)([7, 8, 9]), operator.attrgetter("real")(3))
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(rows, key=operator.itemgetter("v", "n"))])
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(operator.add, ["a", "b"], ""))
print(list(map(operator.neg, [1, -2])), operator.methodcaller("upper")("x"), operator.concat([1], [2]))
print(operator.getitem({"k": 1}, "k"), operator.index(7), operator.pow(2, 8), operator.and_(6, 3), operator.or_(4, 1))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)), max(pairs, key=operator.itemgetter(1)))
print(sorted(pairs), sorted(pairs, key=operator.itemgetter(0), reverse=True))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def label(self, prefix):
        return prefix + self.name


people = [P("x", 30), P("y", 20), P("z", 25)]
print([p.name for p in sorted(people, key=operator.attrgetter("age"))])
print(list(map(operator.methodcaller("label", ">"), people)))
print(operator.le(1, 2), operator.ge(1, 2), operator.ne(1, 2), operator.is_(None, None), operator.is_not(1, None))
print(operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2), operator.invert(5), operator.abs(-3))
acc = [1]
operator.iadd(acc, [2])
print(acc, operator.setitem(acc, 0, 9), acc, operator.delitem(acc, 0), acc)
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
for sym, fn in ops.items():
    print(sym, fn(17, 5), fn(-17, 5))
