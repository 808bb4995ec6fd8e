# Realistic worker logic: validating a JSON payload against a schema.
import json
import re

SCHEMA = {
    "email": {"type": str, "required": True, "pattern": r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"},
    "age": {"type": int, "required": False, "min": 13, "max": 130},
    "name": {"type": str, "required": True, "min_len": 1, "max_len": 20},
    "tags": {"type": list, "required": False, "max_len": 3},
    "score": {"type": float, "required": False, "min": 0.0, "max": 1.0},
}


def type_name(t):
    return {str: "string", int: "integer", float: "number", list: "array"}[t]


def validate(payload):
    errors = []
    if not isinstance(payload, dict):
        return ["body: expected an object"]
    for field, rules in SCHEMA.items():
        if field not in payload:
            if rules["required"]:
                errors.append(f"{field}: is required")
            continue
        value = payload[field]
        expected = rules["type"]
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or isinstance(value, bool):
            errors.append(f"{field}: expected {type_name(expected)}, got {type(value).__name__}")
            continue
        if "pattern" in rules and not re.match(rules["pattern"], value):
            errors.append(f"{field}: does not match pattern")
        if "min" in rules and value < rules["min"]:
            errors.append(f"{field}: must be >= {rules['min']}")
        if "max" in rules and value > rules["max"]:
            errors.append(f"{field}: must be <= {rules['max']}")
        if "min_len" in rules and len(value) < rules["min_len"]:
            errors.append(f"{field}: too short")
        if "max_len" in rules and len(value) > rules["max_len"]:
            errors.append(f"{field}: too long ({len(value)} > {rules['max_len']})")
    unknown = sorted(set(payload) - set(SCHEMA))
    for key in unknown:
        errors.append(f"{key}: unknown field")
    return errors


bodies = [
    '{"email": "ann@example.com", "name": "Ann"}',
    '{"email": "bad", "name": ""}',
    '{"email": "x@y.io", "name": "Bob", "age": 12}',
    '{"email": "x@y.io", "name": "Bob", "age": "12"}',
    '{"email": "x@y.io", "name": "Bob", "age": true}',
    '{"name": "NoEmail", "tags": ["a", "b", "c", "d"]}',
    '{"email": "x@y.io", "name": "Carol", "score": 1}',
    '{"email": "x@y.io", "name": "Carol", "score": 1.5}',
    '{"email": "x@y.io", "name": "A very long name indeed, too long", "extra": 1, "zzz": 2}',
    '[1, 2, 3]',
    '{"email": "x@y.io", "name": "Dan", "age": 130, "score": 0.5, "tags": []}',
]
for body in bodies:
    payload = json.loads(body)
    errs = validate(payload)
    status = 422 if errs else 200
    print(status, json.dumps({"ok": not errs, "errors": errs}))


def parse_query(qs):
    out = {}
    for part in qs.split("&"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        out.setdefault(key, []).append(value if sep else None)
    return out


print(parse_query("a=1&b=2&a=3&flag&empty="))
print(parse_query(""))


def clamp_int(s, default, lo, hi):
    try:
        v = int(s)
    except (TypeError, ValueError):
        return default
    return max(lo, min(hi, v))


print([clamp_int(s, 10, 1, 100) for s in ["5", "0", "1000", "abc", None, "-3", " 42 "]])
