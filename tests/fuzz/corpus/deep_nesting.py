# Deep nesting of expressions, blocks, containers and scopes.
v = ((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))
l = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
d = {1: {2: {3: {4: {5: {6: {7: {8: {9: {10: {11: {12: {}}}}}}}}}}}}}
s = 1 + (2 - (3 * (4 / (5 // (6 % (7 ** (8 << (9 >> (10 | (11 & (12 ^ 13)))))))))))
b = not (not (not (not (not (not (not (not (not (not True)))))))))
neg = - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - 1
tern = 1 if 2 else 3 if 4 else 5 if 6 else 7 if 8 else (9 if 10 else (11 if (12 if 13 else 14) else 15))
chain = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40
lam = lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: 1
comp = [[[[i + j + k + m for m in range(2)] for k in range(2)] for j in range(2)] for i in range(2)]


def f1():
    def f2():
        def f3():
            def f4():
                def f5():
                    def f6():
                        class C:
                            def m(self):
                                def g():
                                    return [x for x in range(3) if x if [y for y in range(x)]]
                                return g
                        return C
                    return f6
                return f5
            return f4
        return f3
    return f2


for i in range(2):
    for j in range(2):
        while i:
            if j:
                try:
                    with f1() as q:
                        if q:
                            for k in range(3):
                                if k:
                                    if k > 1:
                                        if k > 2:
                                            break
                                        else:
                                            continue
                finally:
                    pass
            break
