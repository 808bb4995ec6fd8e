// JSON encode / transform / decode of about 1 MB: the hand-written twin of json_roundtrip.py.

function makeRecords(count) {
  let seed = 7;
  const records = [];
  for (let i = 0; i < count; i++) {
    seed = (seed * 75 + 74) % 65537;
    const tags = [];
    for (let k = 0; k < 3; k++) tags.push(`t${(seed >> k) % 10}`);
    records.push({
      id: i,
      name: `user${String(seed % 1000).padStart(4, "0")}`,
      email: `user${i}@example.com`,
      active: seed % 3 !== 0,
      score: seed % 1000,
      tags,
      address: { city: `city${seed % 50}`, zip: String(seed % 100000).padStart(5, "0") },
      note: seed % 5 ? null : "vip",
    });
  }
  return records;
}

export function run(size) {
  const text = JSON.stringify(makeRecords(size));
  const decoded = JSON.parse(text);
  const byCity = new Map();
  for (const rec of decoded) {
    if (!rec.active) continue;
    const city = rec.address.city;
    let entry = byCity.get(city);
    if (entry === undefined) {
      entry = { city, count: 0, total: 0, vip: 0, tags: [] };
      byCity.set(city, entry);
    }
    entry.count += 1;
    entry.total += rec.score;
    if (rec.note === "vip") entry.vip += 1;
    for (const tag of rec.tags) {
      if (!entry.tags.includes(tag)) entry.tags.push(tag);
    }
  }
  const summary = [...byCity.values()].sort(
    (a, b) => b.total - a.total || (a.city < b.city ? -1 : a.city > b.city ? 1 : 0),
  );
  for (const entry of summary) entry.tags.sort();
  const out = JSON.stringify({ cities: summary, records: decoded.length });
  const back = JSON.parse(out);
  return `${text.length} ${out.length} ${back.records} ${back.cities.length}\n${out}`;
}
