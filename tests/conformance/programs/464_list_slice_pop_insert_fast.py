# List fast paths and their slow twins: a slice assignment of the same length is copied in
# place (twin: a different length, spliced); pop(0)/insert(0, x) shift the array (twin:
# other indices, spliced). All must match CPython, aliasing included.
p = list(range(8))
for k in (3, 0, 7, 5, 2):
    p[: k + 1] = p[k::-1]  # same length, from a copy of itself
    print(p)
p[2:4] = "xy"  # same length, a string
p[1:3] = [9]  # shorter
p[5:5] = (1, 2)  # insertion
p[:] = p  # the list itself
p[-2:] = iter([7, 7])  # an iterator, same length
print(p)
p[3:100] = [0] * (len(p) - 3)
print(p)
q = [1, 2, 3]
q.insert(0, "a")
q.insert(-10, "b")
q.insert(2, "c")
q.insert(100, "d")
print(q, q.pop(0), q.pop(), q.pop(1), q.pop(-1), q, q.pop(-len(q)), q)
ring = list(range(5))
for _ in range(7):
    ring.insert(len(ring), ring.pop(0))
    ring.insert(0, ring.pop())
    ring.insert(0, ring.pop(0))
print(ring)
for bad in ([], [1]):
    try:
        bad.pop(0 if not bad else 5)
    except IndexError as e:
        print("IndexError", e)
