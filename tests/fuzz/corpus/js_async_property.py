# Fuzz finding (bad-js): an async property getter -> `get async p()`, not JS syntax.
class C:
    @property
    async def p(self):
        return 1
