// Dict-heavy aggregation with compound keys: the hand-written twin of aggregate.py.

const REGIONS = ["eu", "us", "apac", "latam"];
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export function run(size) {
  const products = Array.from({ length: 25 }, (_, i) => `p${String(i).padStart(2, "0")}`);
  let seed = 3;
  const totals = new Map(); // "region|product" -> {region, product, total, count}
  const byDay = new Map(); // "region|day" -> {region, day, amount}
  for (let i = 0; i < size; i++) {
    seed = (seed * 75 + 74) % 65537;
    const region = REGIONS[seed % 4];
    const product = products[seed % 25];
    const day = i % 30;
    const amount = seed % 1000;
    const key = `${region}|${product}`;
    let t = totals.get(key);
    if (t === undefined) totals.set(key, (t = { region, product, total: 0, count: 0 }));
    t.total += amount;
    t.count += 1;
    const dayKey = `${region}|${day}`;
    const d = byDay.get(dayKey);
    if (d !== undefined) d.amount += amount;
    else byDay.set(dayKey, { region, day, amount });
  }
  const top = [...totals.values()]
    .sort((a, b) => b.total - a.total || cmp(a.region, b.region) || cmp(a.product, b.product))
    .slice(0, 20);
  const lines = top.map(
    (t) => `${t.region}/${t.product}: ${t.total} x${t.count} avg ${Math.floor(t.total / t.count)}`,
  );
  const best = new Map();
  for (const { region, day, amount } of byDay.values()) {
    const current = best.get(region);
    if (current === undefined || amount > current.amount) best.set(region, { day, amount });
  }
  for (const region of [...best.keys()].sort()) {
    const { day, amount } = best.get(region);
    lines.push(`${region} best day ${day}: ${amount}`);
  }
  const perRegion = new Map();
  for (const t of totals.values()) perRegion.set(t.region, (perRegion.get(t.region) ?? 0) + t.total);
  lines.push(
    [...perRegion.entries()]
      .sort((a, b) => a[1] - b[1])
      .map(([r, t]) => `${r}=${t}`)
      .join(" "),
  );
  return lines.join("\n");
}
