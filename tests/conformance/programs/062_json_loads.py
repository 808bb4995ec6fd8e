# json.loads: types, errors, round-trips.
import json

doc = '{"a": 1, "b": 2.5, "c": "text", "d": [1, 2, {"e": null}], "f": true, "g": false, "h": 1e3, "i": -0, "j": 1.0}'
obj = json.loads(doc)
print(obj)
print(type(obj["a"]).__name__, type(obj["b"]).__name__, type(obj["h"]).__name__, type(obj["j"]).__name__, obj["h"], obj["j"])
print(obj["d"][2]["e"] is None, obj["f"] is True, obj["i"])
print(json.loads("[]"), json.loads("{}"), json.loads('"s"'), json.loads("3"), json.loads("3.25"), json.loads("null"), json.loads(" true "))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\"'))
print(json.loads('{"dup": 1, "dup": 2}'))
print(json.loads('{"z": 1, "a": 2, "m": 3}'))
print(json.loads("[1, 2.0, 3e0, -4.5e-1]"))
print(json.loads('{"__proto__": 1, "constructor": 2}'))
print(json.loads("12345678901234"), json.loads("0.1"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
for bad in ["", "{", "[1,]", "{'a': 1}", "tru", '{"a" 1}', "01", "[1] x", '"unterminated']:
    try:
        json.loads(bad)
        print("parsed?!", repr(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", repr(bad), e.msg, e.pos)
    except ValueError as e:
        print("ValueError", repr(bad))
print(issubclass(json.JSONDecodeError, ValueError))
original = {"list": [1, 2.5, "x"], "n": None, "nested": {"k": [True, False]}}
again = json.loads(json.dumps(original))
print(again == original, again)
text = json.dumps({"when": "now", "values": [0.1, 0.2]}, indent=2)
print(json.loads(text))
body = '{"user": {"name": "ann", "roles": ["admin", "dev"]}, "count": 2}'
payload = json.loads(body)
print(payload["user"]["name"], ", ".join(payload["user"]["roles"]), payload["count"] + 1)
print(sum(json.loads("[1, 2, 3]")), json.loads("2") * 2, json.loads("2.0") * 2)
print(json.loads('[1.5, 2.0]'), json.loads('{"x": 2.0}')["x"])
print(repr(json.loads('"line\\nbreak"')))
