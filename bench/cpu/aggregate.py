"""Dict-heavy aggregation with tuple keys (sales by region/product and region/day)."""

REGIONS = ["eu", "us", "apac", "latam"]


def run(size: int) -> str:
    products = [f"p{i:02d}" for i in range(25)]
    seed = 3
    totals = {}
    counts = {}
    by_day = {}
    for i in range(size):
        seed = (seed * 75 + 74) % 65537
        region = REGIONS[seed % 4]
        product = products[seed % 25]
        day = i % 30
        amount = seed % 1000
        key = (region, product)
        totals[key] = totals.get(key, 0) + amount
        counts[key] = counts.get(key, 0) + 1
        day_key = (region, day)
        if day_key in by_day:
            by_day[day_key] += amount
        else:
            by_day[day_key] = amount
    top = sorted(totals, key=lambda k: (-totals[k], k))[:20]
    lines = [
        f"{region}/{product}: {totals[region, product]} x{counts[region, product]} "
        f"avg {totals[region, product] // counts[region, product]}"
        for region, product in top
    ]
    best = {}
    for (region, day), amount in by_day.items():
        current = best.get(region)
        if current is None or amount > current[1]:
            best[region] = (day, amount)
    for region in sorted(best):
        day, amount = best[region]
        lines.append(f"{region} best day {day}: {amount}")
    per_region = {}
    for (region, _product), total in totals.items():
        per_region[region] = per_region.get(region, 0) + total
    lines.append(" ".join(f"{r}={t}" for r, t in sorted(per_region.items(), key=lambda kv: kv[1])))
    return "\n".join(lines)
