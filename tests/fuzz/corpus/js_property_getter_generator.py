# Fuzz finding (bad-js): a generator property getter -> `get *p()`, not JS syntax.
class C:
    @property
    def p(self):
        yield 1
