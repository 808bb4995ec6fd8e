"""JSON encode / transform / decode of about 1 MB (size = number of records)."""

import json


def make_records(count: int) -> list:
    seed = 7
    records = []
    for i in range(count):
        seed = (seed * 75 + 74) % 65537
        records.append(
            {
                "id": i,
                "name": f"user{seed % 1000:04d}",
                "email": f"user{i}@example.com",
                "active": seed % 3 != 0,
                "score": seed % 1000,
                "tags": [f"t{(seed >> k) % 10}" for k in range(3)],
                "address": {"city": f"city{seed % 50}", "zip": f"{seed % 100000:05d}"},
                "note": None if seed % 5 else "vip",
            }
        )
    return records


def run(size: int) -> str:
    text = json.dumps(make_records(size), separators=(",", ":"))
    decoded = json.loads(text)
    by_city = {}
    for rec in decoded:
        if not rec["active"]:
            continue
        city = rec["address"]["city"]
        entry = by_city.get(city)
        if entry is None:
            entry = {"city": city, "count": 0, "total": 0, "vip": 0, "tags": []}
            by_city[city] = entry
        entry["count"] += 1
        entry["total"] += rec["score"]
        if rec["note"] == "vip":
            entry["vip"] += 1
        for tag in rec["tags"]:
            if tag not in entry["tags"]:
                entry["tags"].append(tag)
    summary = sorted(by_city.values(), key=lambda e: (-e["total"], e["city"]))
    for entry in summary:
        entry["tags"].sort()
    out = json.dumps({"cities": summary, "records": len(decoded)}, separators=(",", ":"))
    back = json.loads(out)
    return f"{len(text)} {len(out)} {back['records']} {len(back['cities'])}\n{out}"
