# Chained comparisons, identity and membership.
calls = []


def mid(v):
    calls.append(v)
    return v


print(1 < mid(2) < 3, calls)
calls.clear()
print(1 < mid(0) < 3, calls)
calls.clear()
print(5 > mid(4) > mid(3) > 2, calls)
calls.clear()
print(5 > mid(6) > mid(3), calls)
print(1 < 2 < 3 < 4, 1 < 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 3 <= 3 == 3)
print(1 == 1.0, 1 == True, 0 == False, "1" == 1, None == None, None == 0)
print(1 != 1.0, [1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0])
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(2 < 2.5 < 3, -1 < 0 <= 0.0)

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, x_is := (None is not None))
one = 1
print(True is True, one is not None)

print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "" in "abc", "z" in "abc", "z" not in "abc")
print("a" in {"a": 1}, 1 in {"a": 1}, 1 in {1: "x"}, 1.0 in {1: "x"}, True in {1: "x"})
print(3 in (1, 2, 3), 3 in {3, 4}, (1, 2) in [(1, 2)], [1] in [[1]])
print(1 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1.0 in [1], True in [1], 0 in [False], None in [None])


class Always:
    def __eq__(self, other):
        return True


print(Always() in [1, 2], 1 == Always(), Always() == "x")


class Box:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        print("contains called with", x)
        return x in self.items


print(3 in Box([3]), 4 not in Box([3]))
x = 5
print(0 < x < 10, 0 < x < 3, not 0 < x < 3)
if 0 <= x < 10:
    print("in range")
print(max(1, 2) == 2 == len([1, 2]))
print(float("nan") == float("nan"), float("nan") != float("nan"))
nan = float("nan")
print(nan in [nan], [nan] == [nan])
