# json.dumps with indent, sort_keys, separators, ensure_ascii, default.
import json

data = {"name": "Zoë", "age": 30, "scores": [1, 2.5, 3.0], "active": True, "spouse": None, "tags": ("a", "b"), "nested": {"z": 1, "a": [{}]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01 unicode é 😀"))
print(json.dumps("é😀", ensure_ascii=False))
print(json.dumps(1.0), json.dumps(0.1 + 0.2), json.dumps(1e20), json.dumps(-0.0), json.dumps(10 ** 15), json.dumps(1e-7))
print(json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "null"}))
print(json.dumps([1, "a", None, False]), json.dumps("plain"), json.dumps(None), json.dumps(True))
print(json.dumps({"b": 1, "a": 2}, indent="\t"))
print(json.dumps({"x": [1, {"y": []}]}, indent=1))
print(json.dumps({"k": "v"}, separators=(", ", ": "), indent=None))
print(json.dumps([1, 2], indent=0))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode(o):
    if isinstance(o, Money):
        return {"cents": o.cents}
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps({"price": Money(250)}, default=encode))
print(json.dumps({"when": "2024"}, default=str))
try:
    json.dumps(Money(1))
except TypeError as e:
    print("TypeError", e)
response = {"ok": True, "items": [{"id": i, "label": f"item-{i}"} for i in range(3)], "total": 3}
print(json.dumps(response, indent=2, sort_keys=True))
print(len(json.dumps(response)), json.dumps(response, separators=(",", ":"))[:40])
