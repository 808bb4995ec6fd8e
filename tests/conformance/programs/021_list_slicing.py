# List slicing, slice assignment, del.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:2:-2], xs[-1:-4:-1])
print(xs[100:], xs[-100:2], xs[5:2], xs[::-3])
ys = xs[:]
print(ys == xs, ys is xs)
xs[2:5] = ["a", "b"]
print(xs)
xs[0:0] = [100, 101]
print(xs)
xs[-1:] = []
print(xs)
xs[::2] = ["E"] * len(xs[::2])
print(xs)
xs[:] = [1, 2, 3]
print(xs)
xs[1:2] = "xyz"
print(xs)
xs[len(xs):] = [9]
print(xs)
try:
    xs[::2] = [1]
except ValueError as e:
    print("ValueError", e)
zs = list(range(10))
del zs[0]
print(zs)
del zs[-1]
print(zs)
del zs[2:4]
print(zs)
del zs[::2]
print(zs)
del zs[:]
print(zs)
nums = [5, 6, 7, 8]
del nums[1], nums[1]
print(nums)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[::2], type(t[1:3]).__name__)
print(xs, list(range(10))[1::2])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in matrix[::-1]])
print([matrix[i][i] for i in range(3)])
w = [1, 2, 3, 4, 5]
w[1:4] = w[1:4][::-1]
print(w)
w[-2:] = [w[-1], w[-2]]
print(w)
buf = []
buf[:0] = [1]
buf[len(buf):] = [2, 3]
print(buf, buf[-2:], buf[:-2])
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
