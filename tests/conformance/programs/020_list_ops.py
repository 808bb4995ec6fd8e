# List operations.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(xs), xs[0], xs[-1], xs.index(1), xs.index(1, 2), xs.count(1), 9 in xs)
xs.append(5)
xs.extend([3, 5])
xs.insert(0, 100)
xs.insert(-1, 200)
xs.insert(100, 300)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs)
xs.reverse()
print(xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
ys = xs.copy()
ys.clear()
print(xs, ys)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [[0]] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
a *= 2
print(a)
print(list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3, 0, -1)))
print(sum([1, 2, 3]), min([3, 1]), max([3, 1]), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
print([x * 2 for x in range(5) if x % 2 == 0], [[i, j] for i in range(2) for j in range(2)])
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError", e)
try:
    xs = [1]
    xs[3] = 1
except IndexError as e:
    print("IndexError", e)
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        print("close", ch, "matches", stack.pop())
print(stack == [], len(stack))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [[1]] == [[1]], [1, [2]] < [1, [3]])
print(list(enumerate(["a", "b"], 1)), list(zip([1, 2, 3], "ab")))
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [row[1] for row in m])
print([] == [], [0] * 0, list(), [None] * 2)
