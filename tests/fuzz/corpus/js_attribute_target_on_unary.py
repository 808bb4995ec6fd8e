# cfpy fuzz finding: bad-js
# signature: bad-js: Invalid or unexpected token
# generated JS does not parse: Invalid or unexpected token
# found by: synth, worker 0, seed 2073678823, program 179
# ---
for (-1).real in range:
    pass
