"""Regex extraction: parse access-log lines, pull out emails and ids, mask digits."""

import re

LINE = re.compile(
    r'^(\d+\.\d+\.\d+\.\d+) - (\w+) \[([^\]]+)\] "(GET|POST|PUT|DELETE) (\S+) HTTP/1\.[01]" (\d{3}) (\d+)$'
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
ORDER = re.compile(r"order #(\d+) for (\w+)")
DIGITS = re.compile(r"\d")
PATHS = ["/", "/api/users", "/api/orders", "/static/app.js", "/login", "/api/items/42"]
VERBS = ["GET", "GET", "POST", "PUT", "DELETE"]


def make_lines(count: int) -> list:
    seed = 9
    lines = []
    for i in range(count):
        seed = (seed * 75 + 74) % 65537
        if seed % 10 == 0:
            lines.append(f"garbage line {seed} without structure")
            continue
        ip = f"10.{seed % 256}.{(seed // 256) % 256}.{i % 256}"
        user = f"user{seed % 97}"
        when = f"{1 + seed % 28:02d}/Mar/2025:{seed % 24:02d}:{seed % 60:02d}:{i % 60:02d} +0000"
        status = [200, 200, 201, 301, 404, 500][seed % 6]
        lines.append(
            f'{ip} - {user} [{when}] "{VERBS[seed % 5]} {PATHS[seed % 6]} HTTP/1.1" {status} {seed % 5000}'
        )
    return lines


def run(size: int) -> str:
    by_status = {}
    bytes_by_path = {}
    users = set()
    bad = 0
    for line in make_lines(size):
        m = LINE.match(line)
        if m is None:
            bad += 1
            continue
        ip, user, _when, verb, path, status, size_text = m.groups()
        by_status[status] = by_status.get(status, 0) + 1
        key = f"{verb} {path}"
        bytes_by_path[key] = bytes_by_path.get(key, 0) + int(size_text)
        users.add(user)
    notes = " ".join(
        f"order #{i * 7} for cust{i % 13}, contact cust{i % 13}.x+{i}@mail-{i % 5}.example.org;"
        for i in range(size // 10)
    )
    emails = EMAIL.findall(notes)
    orders = {}
    for m in ORDER.finditer(notes):
        orders[m.group(2)] = orders.get(m.group(2), 0) + int(m.group(1))
    masked = DIGITS.sub("#", notes[:200])
    lines = [
        f"bad={bad} users={len(users)}",
        " ".join(f"{k}:{v}" for k, v in sorted(by_status.items())),
        " ".join(
            f"{k}={v}" for k, v in sorted(bytes_by_path.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        ),
        f"emails={len(emails)} first={emails[0] if emails else ''} last={emails[-1] if emails else ''}",
        " ".join(f"{k}={v}" for k, v in sorted(orders.items())),
        masked,
    ]
    return "\n".join(lines)
