// Literal builders the compiler emits for dict and set displays.
import { Dict } from "../builtins/dict.js";
import { PySet } from "../builtins/set.js";

// {k1: v1, k2: v2} -> $dict_lit(k1, v1, k2, v2); `**m` entries arrive flattened by $dict_spread.
export function $dict_lit(...kv) {
  const d = new Dict();
  for (let i = 0; i < kv.length; i += 2) d.$set(kv[i], kv[i + 1]);
  return d;
}

// `{**m}` inside a dict display: the mapping's items as a flat [k, v, k, v] list.
export function $dict_spread(m) {
  const out = [];
  if (m instanceof Dict) {
    for (const [k, v] of m.$entries()) out.push(k, v);
    return out;
  }
  for (const k of m.keys()) out.push(k, m.__getitem__(k));
  return out;
}

// {a, b} -> $set_of(a, b); also the empty accumulator of set comprehensions.
export function $set_of(...items) {
  const s = new PySet();
  for (const x of items) s.$add(x);
  return s;
}
