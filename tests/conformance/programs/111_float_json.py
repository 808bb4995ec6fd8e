"""json keeps integral floats: dumps prints 1.0, loads("1.0") returns a float."""

import json

data = {"a": 1.0, "b": [2, 2.0, -0.0, 1e16, 1e20, 0.5], "c": {"n": 3.0}, "big": 10**20}
text = json.dumps(data)
print(text)
back = json.loads(text)
print(back, back == data)
print([type(v).__name__ for v in back["b"]], type(back["a"]).__name__, type(back["big"]).__name__)
print(json.loads("[1, 1.0, 1e2, -0.0, 2.50, 100]"))
print(json.dumps({1.0: "float key", 2: "int key"}), json.dumps([1.0], indent=2))
print(json.dumps(json.loads('{"price": 10.0, "qty": 3}'), sort_keys=True))
for raw in ["1.0", "1", "1e3", "0.1"]:
    v = json.loads(raw)
    print(raw, repr(v), isinstance(v, float), isinstance(v, int), v * 2, [v + 1])
