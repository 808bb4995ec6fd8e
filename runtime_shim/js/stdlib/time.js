// Python's time module (clocks only). In Workers, Date.now()/performance.now() advance only
// across I/O (a Workers security measure), so elapsed-time measurements of pure computation
// read as 0 there.
import { NotImplementedError } from "../builtins/exceptions.js";
import { $fbox } from "../builtins/floatbox.js";

function perfNow() {
  const p = globalThis.performance;
  return p && typeof p.now === "function" ? p.now() : Date.now();
}

// Seconds since the epoch as a float.
export function time() {
  return $fbox(Date.now() / 1000);
}

// Nanoseconds since the epoch: past 2**53, so a BigInt (builtins/bigint.js).
export function time_ns() {
  return BigInt(Date.now()) * 1000000n;
}

// An integral double of nanoseconds as a Python int (a BigInt beyond 2**53).
function ns(x) {
  x = Math.round(x);
  return Number.isSafeInteger(x) ? x : BigInt(x);
}

export function monotonic() {
  return $fbox(perfNow() / 1000);
}

export function monotonic_ns() {
  return ns(perfNow() * 1000000);
}

export function perf_counter() {
  return $fbox(perfNow() / 1000);
}

export function perf_counter_ns() {
  return ns(perfNow() * 1000000);
}

export function process_time() {
  return $fbox(perfNow() / 1000);
}

export function process_time_ns() {
  return ns(perfNow() * 1000000);
}

// time.sleep blocks the thread in Python; a Worker cannot block.
export function sleep(secs) {
  void secs;
  throw new NotImplementedError("time.sleep() cannot block in cfpy: use `await asyncio.sleep(...)` in an async function");
}
