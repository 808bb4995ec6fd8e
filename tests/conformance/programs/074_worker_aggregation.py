# Realistic worker logic: aggregating analytics events.
import json
from collections import Counter, defaultdict

EVENTS = [
    {"ts": 1700000000, "path": "/", "status": 200, "ms": 12.5, "country": "DE"},
    {"ts": 1700000005, "path": "/api/users", "status": 200, "ms": 40.0, "country": "US"},
    {"ts": 1700000010, "path": "/api/users", "status": 500, "ms": 220.25, "country": "US"},
    {"ts": 1700000061, "path": "/", "status": 304, "ms": 3.0, "country": "FR"},
    {"ts": 1700000062, "path": "/api/items", "status": 404, "ms": 8.0, "country": "DE"},
    {"ts": 1700000125, "path": "/api/users", "status": 200, "ms": 35.5, "country": "DE"},
    {"ts": 1700000130, "path": "/", "status": 200, "ms": 10.0, "country": "US"},
]


def percentile(values, p):
    s = sorted(values)
    if not s:
        return None
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


by_path = defaultdict(list)
for e in EVENTS:
    by_path[e["path"]].append(e)
summary = {}
for path, evs in sorted(by_path.items()):
    times = [e["ms"] for e in evs]
    summary[path] = {
        "count": len(evs),
        "errors": sum(1 for e in evs if e["status"] >= 500),
        "avg_ms": round(sum(times) / len(times), 2),
        "p50": percentile(times, 50),
        "max_ms": max(times),
    }
print(json.dumps(summary, indent=2))
status_classes = Counter(f"{e['status'] // 100}xx" for e in EVENTS)
print(sorted(status_classes.items()), status_classes.most_common(1))
countries = Counter(e["country"] for e in EVENTS)
print(countries.most_common())
buckets = defaultdict(int)
for e in EVENTS:
    minute = e["ts"] // 60 * 60
    buckets[minute] += 1
print(dict(buckets))
total_ms = sum(e["ms"] for e in EVENTS)
print(total_ms, f"{total_ms:.1f}", round(total_ms / len(EVENTS), 3))
error_rate = sum(e["status"] >= 400 for e in EVENTS) / len(EVENTS)
print(f"error rate {error_rate:.1%}", error_rate)
slowest = max(EVENTS, key=lambda e: e["ms"])
fastest = min(EVENTS, key=lambda e: (e["ms"], e["ts"]))
print(slowest["path"], slowest["ms"], fastest["path"], fastest["ms"])
pivot = defaultdict(lambda: defaultdict(int))
for e in EVENTS:
    pivot[e["country"]][e["status"]] += 1
for country in sorted(pivot):
    row = pivot[country]
    print(country, " ".join(f"{code}:{row[code]}" for code in sorted(row)))
print(json.dumps({"p90": percentile([e["ms"] for e in EVENTS], 90), "p99": percentile([1, 2, 3, 4], 99)}))
print([percentile(list(range(1, 11)), p) for p in (0, 25, 50, 75, 100)])
