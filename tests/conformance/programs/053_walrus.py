# Assignment expressions.
data = [1, 5, 12, 3, 20, 7]
if (n := len(data)) > 5:
    print(f"long list ({n} elements)")
print([y for x in data if (y := x * 2) > 10])
print(y)
chunks = iter(["ab", "cd", ""])
out = []
while (chunk := next(chunks)) != "":
    out.append(chunk)
print(out)
values = {"a": "1", "b": "x", "c": "3"}
parsed = {k: int(v) for k, v in values.items() if (v.isdigit())}
print(parsed)


def find_first(items, pred):
    for item in items:
        if (res := pred(item)) is not None:
            return item, res
    return None


print(find_first([1, 2, 3, 4], lambda v: v * 100 if v > 2 else None))
print(find_first([], lambda v: v))
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
if (m := {"k": 5}.get("k")) is not None and (doubled := m * 2) > 5:
    print("m", m, "doubled", doubled)
print((z := 10), z + 1)
lines = ["x=1", "bad", "y=22"]
for line in lines:
    if (eq := line.find("=")) >= 0:
        print(line[:eq], "->", line[eq + 1 :])
    else:
        print("no '=' in", line)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print("stack now", stack)


def counter():
    count = 0
    results = [(count := count + 1) for _ in range(3)]
    return results, count


print(counter())
print(any((hit := v) > 10 for v in data), hit)
print(all((miss := v) < 10 for v in data), miss)
