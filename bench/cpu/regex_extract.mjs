// Regex extraction: the hand-written twin of regex_extract.py.

const LINE =
  /^(\d+\.\d+\.\d+\.\d+) - (\w+) \[([^\]]+)\] "(GET|POST|PUT|DELETE) (\S+) HTTP\/1\.[01]" (\d{3}) (\d+)$/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;
const ORDER = /order #(\d+) for (\w+)/g;
const DIGITS = /\d/g;
const PATHS = ["/", "/api/users", "/api/orders", "/static/app.js", "/login", "/api/items/42"];
const VERBS = ["GET", "GET", "POST", "PUT", "DELETE"];
const pad2 = (n) => String(n).padStart(2, "0");
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function makeLines(count) {
  let seed = 9;
  const lines = [];
  for (let i = 0; i < count; i++) {
    seed = (seed * 75 + 74) % 65537;
    if (seed % 10 === 0) {
      lines.push(`garbage line ${seed} without structure`);
      continue;
    }
    const ip = `10.${seed % 256}.${Math.floor(seed / 256) % 256}.${i % 256}`;
    const user = `user${seed % 97}`;
    const when = `${pad2(1 + (seed % 28))}/Mar/2025:${pad2(seed % 24)}:${pad2(seed % 60)}:${pad2(i % 60)} +0000`;
    const status = [200, 200, 201, 301, 404, 500][seed % 6];
    lines.push(`${ip} - ${user} [${when}] "${VERBS[seed % 5]} ${PATHS[seed % 6]} HTTP/1.1" ${status} ${seed % 5000}`);
  }
  return lines;
}

export function run(size) {
  const byStatus = new Map();
  const bytesByPath = new Map();
  const users = new Set();
  let bad = 0;
  for (const line of makeLines(size)) {
    const m = LINE.exec(line);
    if (m === null) {
      bad += 1;
      continue;
    }
    const [, , user, , verb, path, status, sizeText] = m;
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    const key = `${verb} ${path}`;
    bytesByPath.set(key, (bytesByPath.get(key) ?? 0) + parseInt(sizeText, 10));
    users.add(user);
  }
  const parts = [];
  for (let i = 0; i < Math.floor(size / 10); i++) {
    parts.push(`order #${i * 7} for cust${i % 13}, contact cust${i % 13}.x+${i}@mail-${i % 5}.example.org;`);
  }
  const notes = parts.join(" ");
  const emails = notes.match(EMAIL) ?? [];
  const orders = new Map();
  for (const m of notes.matchAll(ORDER)) orders.set(m[2], (orders.get(m[2]) ?? 0) + parseInt(m[1], 10));
  const masked = notes.slice(0, 200).replace(DIGITS, "#");
  const lines = [
    `bad=${bad} users=${users.size}`,
    [...byStatus.entries()].sort((a, b) => cmp(a[0], b[0])).map(([k, v]) => `${k}:${v}`).join(" "),
    [...bytesByPath.entries()]
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
      .slice(0, 8)
      .map(([k, v]) => `${k}=${v}`)
      .join(" "),
    `emails=${emails.length} first=${emails.length ? emails[0] : ""} last=${emails.length ? emails.at(-1) : ""}`,
    [...orders.entries()].sort((a, b) => cmp(a[0], b[0])).map(([k, v]) => `${k}=${v}`).join(" "),
    masked,
  ];
  return lines.join("\n");
}
