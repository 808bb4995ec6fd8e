# cfpy fuzz finding: bad-js
# signature: bad-js: Unexpected reserved word
# generated JS does not parse: Unexpected reserved word
# found by: synth, worker 1, seed 2139637854, program 63
# ---
(0 for v13 in typeof if 0 if 0 for v14 in 0 if 0 async for v15 in 0 if NotImplemented)
