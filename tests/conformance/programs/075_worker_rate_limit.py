# Realistic worker logic: token bucket and sliding-window rate limiting (simulated clock).
class TokenBucket:
    def __init__(self, capacity, refill_per_sec):
        self.capacity = capacity
        self.rate = refill_per_sec
        self.tokens = float(capacity)
        self.last = 0.0

    def allow(self, now, cost=1):
        elapsed = now - self.last
        self.last = now
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


bucket = TokenBucket(3, 0.5)
timeline = [0, 0.1, 0.2, 0.3, 1.0, 2.5, 2.6, 10, 10.1, 10.2, 10.3]
for t in timeline:
    ok = bucket.allow(t)
    print(f"t={t:>5} allowed={ok!s:<5} tokens={bucket.tokens:.2f}")


class SlidingWindow:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.hits = {}

    def check(self, key, now):
        times = [t for t in self.hits.get(key, []) if now - t < self.window]
        if len(times) >= self.limit:
            self.hits[key] = times
            retry = self.window - (now - times[0])
            return False, round(retry, 3)
        times.append(now)
        self.hits[key] = times
        return True, self.limit - len(times)


sw = SlidingWindow(2, 10)
for key, now in [("a", 0), ("a", 1), ("a", 2), ("b", 2), ("a", 10.5), ("a", 11), ("a", 11.5), ("b", 30)]:
    print(key, now, sw.check(key, now))
print({k: len(v) for k, v in sw.hits.items()})


def headers_for(allowed, remaining, reset):
    h = {"X-RateLimit-Remaining": str(max(0, remaining)), "X-RateLimit-Reset": str(int(reset))}
    if not allowed:
        h["Retry-After"] = str(max(1, round(reset)))
    return h


print(headers_for(True, 5, 30.7), headers_for(False, -1, 2.5), headers_for(False, 0, 0.2))
quota = {"free": 100, "pro": 10_000}
usage = {"u1": ("free", 99), "u2": ("free", 100), "u3": ("pro", 5000), "u4": ("enterprise", 1)}
for uid, (plan, used) in usage.items():
    limit = quota.get(plan)
    if limit is None:
        print(uid, "unlimited")
    else:
        left = limit - used
        print(uid, plan, f"{used}/{limit}", "blocked" if left <= 0 else f"{left} left", f"{used / limit:.0%}")
