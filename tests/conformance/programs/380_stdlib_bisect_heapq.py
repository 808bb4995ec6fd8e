"""bisect and heapq, compiled by cfpy from CPython's own Lib/ (C accelerators absent)."""
import bisect
import heapq
from bisect import bisect_left, insort_right

a = [1, 3, 3, 5, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 6))
print(bisect_left(a, 3, lo=2), bisect.bisect_right(a, 3, 0, 2))
insort_right(a, 4)
bisect.insort_left(a, 0)
print(a)
words = ["apple", "fig", "banana", "kiwi"]
byLen = sorted(words, key=len)
print(bisect.bisect_left(byLen, 4, key=len), bisect.bisect_right(byLen, 5, key=len))
bisect.insort(byLen, "plum", key=len)
print(byLen)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

h: list[int] = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], sorted(h))
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]))
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nsmallest(1, [4, 2]), heapq.nlargest(10, [3, 1, 2]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
tasks = [(3, "write"), (1, "plan"), (2, "code")]
heapq.heapify(tasks)
while tasks:
    prio, name = heapq.heappop(tasks)
    print(prio, name)
