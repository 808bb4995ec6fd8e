// Exact, correctly rounded (round-half-even on the exact binary value, like CPython)
// decimal formatting of doubles for 'f', 'e', 'g' and %-formatting.

let f64 = null, u32 = null;

// x > 0 finite -> [m, e] with x = m * 2**e, m a BigInt.
function decompose(x) {
  if (f64 === null) { f64 = new Float64Array(1); u32 = new Uint32Array(f64.buffer); }
  f64[0] = x;
  const lo = u32[0], hi = u32[1];
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = hi & 0xfffff;
  let m = (BigInt(mhi) << 32n) | BigInt(lo);
  let e;
  if (bexp === 0) e = -1074;
  else { m |= 1n << 52n; e = bexp - 1075; }
  return [m, e];
}

const P10 = [];
function pow10(k) {
  if (k < 64) return P10[k] ?? (P10[k] = 10n ** BigInt(k));
  return 10n ** BigInt(k);
}

// round_half_even(x * 10**k) as a BigInt, x >= 0 finite.
export function round_scaled(x, k) {
  if (x === 0) return 0n;
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (k >= 0) num *= pow10(k); else den *= pow10(-k);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

// Fixed notation of |x| with prec decimals (no sign).
export function fixed_abs(ax, prec) {
  let s = round_scaled(ax, prec).toString();
  if (prec === 0) return s;
  if (s.length <= prec) s = "0".repeat(prec - s.length + 1) + s;
  return s.slice(0, s.length - prec) + "." + s.slice(s.length - prec);
}

// Scientific digits of |x| > 0 with prec digits after the point: [digits, exp].
export function sci_digits(ax, prec) {
  if (ax === 0) return ["0".repeat(prec + 1), 0];
  const t = ax.toExponential();
  let E = +t.slice(t.indexOf("e") + 1);
  let d = round_scaled(ax, prec - E).toString();
  if (d.length > prec + 1) { E += 1; d = round_scaled(ax, prec - E).toString(); }
  return [d, E];
}

function expStr(E) {
  const a = Math.abs(E);
  return (E < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
}

export function sci_abs(ax, prec, alt = false) {
  const [d, E] = sci_digits(ax, prec);
  let m = d[0];
  if (prec > 0) m += "." + d.slice(1);
  else if (alt) m += ".";
  return m + "e" + expStr(E);
}

// 'g' formatting of |x|. prec >= 0 (0 treated as 1). alt keeps trailing zeros.
// `noTypeMode`: Python's format type "" with precision (at least one decimal digit in
// fixed notation, switches to exponent when exp >= prec - 1... handled via same rule).
export function general_abs(ax, prec, alt = false, noTypeMode = false) {
  if (prec === 0) prec = 1;
  if (ax === 0) {
    if (alt) return "0." + "0".repeat(prec - 1);
    return noTypeMode ? "0.0" : "0";
  }
  const [d, E] = sci_digits(ax, prec - 1);
  if (E >= -4 && E < (noTypeMode ? prec - 1 : prec)) {
    // fixed with prec-1-E decimals
    let s;
    const decs = prec - 1 - E;
    if (E >= 0) {
      s = d.slice(0, E + 1) + (decs > 0 ? "." + d.slice(E + 1) : "");
    } else {
      s = "0." + "0".repeat(-E - 1) + d;
    }
    if (!alt && s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
    if (noTypeMode && !s.includes(".")) s += ".0";
    if (alt && !s.includes(".")) s += ".";
    return s;
  }
  let m = d[0];
  let rest = d.slice(1);
  if (!alt) rest = rest.replace(/0+$/, "");
  if (rest.length) m += "." + rest;
  else if (alt) m += ".";
  return m + "e" + expStr(E);
}

// Integer (possibly beyond 2**53) to digits in a base, no sign.
export function int_digits(ax, base) {
  if (ax <= Number.MAX_SAFE_INTEGER) return ax.toString(base);
  return BigInt(ax).toString(base);
}
