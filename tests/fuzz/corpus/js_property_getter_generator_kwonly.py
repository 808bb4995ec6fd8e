# cfpy fuzz finding: bad-js
# signature: bad-js: Unexpected token '_'
# generated JS does not parse: Unexpected token '*'
# found by: synth, worker 0, seed 2137662667, program 314
# ---
class v5:
    @property
    def v6(self, *, v7):
        yield 0
