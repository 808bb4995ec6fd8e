# itertools basics.
import itertools

print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice("abcdefg", 1, 6, 2)))
print(list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.repeat("r", 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(itertools.product("ab", [1, 2])), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)), len(list(itertools.permutations(range(4)))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
for key, group in itertools.groupby("aaabccdd"):
    print(key, list(group))
people = [("ann", "dev"), ("bob", "dev"), ("cid", "ops"), ("dan", "dev")]
for role, members in itertools.groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(role, [m[0] for m in members])
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(lambda v: v % 2, range(6))), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise([1, 2, 3, 4])))
batches = []
it = iter(range(7))
while chunk := list(itertools.islice(it, 3)):
    batches.append(chunk)
print(batches)
counter = itertools.count()
print(next(counter), next(counter), next(counter))
print(sum(1 for _ in itertools.combinations(range(10), 3)))
print(["".join(p) for p in itertools.permutations("abc")])
print(dict(zip(itertools.count(1), "xyz")))
