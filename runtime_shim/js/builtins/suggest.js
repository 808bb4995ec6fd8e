// "Did you mean: 'status'?" for an uncaught AttributeError, as CPython's traceback
// display adds it (str(e) stays without it, as in CPython). The candidates are the
// Python-visible attribute names of the object; the closest within CPython's bound wins
// (Lib/traceback.py _compute_suggestion_error: edit cost 2, a case change 1).
import { py_key } from "./attrkey.js";

const MOVE = 2;
const CASE = 1;

function distance(a, b, limit) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j * MOVE);
  for (let i = 1; i <= a.length; i++) {
    const row = [i * MOVE];
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const sub = x === y ? 0 : x.toLowerCase() === y.toLowerCase() ? CASE : MOVE;
      row[j] = Math.min(prev[j] + MOVE, row[j - 1] + MOVE, prev[j - 1] + sub);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}

function attributeNames(o) {
  const names = new Set();
  for (let p = Object(o); p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const key of Object.getOwnPropertyNames(p)) {
      if (!key.startsWith("$") && key !== "constructor") names.add(py_key(key));
    }
  }
  return names;
}

export function suggest_attribute(o, name) {
  let best = null;
  let bestCost = Infinity;
  for (const candidate of attributeNames(o)) {
    if (candidate === name) continue;
    const limit = Math.floor(((name.length + candidate.length + 3) * MOVE) / 6);
    const cost = distance(name, candidate, Math.min(limit, bestCost - 1));
    if (cost <= limit && cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}
