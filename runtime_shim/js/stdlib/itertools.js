// Python's itertools. Every function checks its arguments and calls iter() eagerly like
// CPython, then returns a lazy JS iterator (a generator object).
import { PyTypeError, ValueError } from "../builtins/exceptions.js";
import { Tuple } from "../builtins/tuple.js";
import { $iter } from "../builtins/iter.js";
import { $add } from "../builtins/arith.js";
import { $eq } from "../builtins/equality.js";
import { $truthy } from "../builtins/truthy.js";
import { type_name } from "../builtins/object.js";
import { bind, pycall, pop_kw, no_kw } from "./_util.js";

const C = { c: true };

function iterOf(x) {
  return $iter(x)[Symbol.iterator]();
}

function isNumber(x) {
  return typeof x === "number" || typeof x === "boolean" ||
    (x !== null && typeof x === "object" && (typeof x.__add__ === "function" || typeof x.__index__ === "function" || typeof x.__float__ === "function"));
}

// ---- infinite iterators ------------------------------------------------------------------

export function count(...a) {
  const { v: [start, step] } = bind("count", a, ["start", "step"], 0, C);
  let n = start === undefined ? 0 : start;
  const st = step === undefined ? 1 : step;
  if (!isNumber(n) || !isNumber(st)) throw new PyTypeError("a number is required");
  return (function* () {
    for (;;) {
      yield n;
      n = $add(n, st);
    }
  })();
}

export function cycle(iterable, ...rest) {
  no_kw("cycle", rest);
  const it = iterOf(iterable);
  return (function* () {
    const saved = [];
    for (let r = it.next(); !r.done; r = it.next()) {
      yield r.value;
      saved.push(r.value);
    }
    if (saved.length === 0) return;
    for (;;) for (const x of saved) yield x;
  })();
}

export function repeat(...a) {
  const { v: [object, times] } = bind("repeat", a, ["object", "times"], 1, C);
  if (times === undefined) {
    return (function* () { for (;;) yield object; })();
  }
  if (typeof times !== "number" && typeof times !== "boolean") {
    throw new PyTypeError(`'${type_name(times)}' object cannot be interpreted as an integer`);
  }
  let n = Math.max(0, +times);
  return (function* () { while (n-- > 0) yield object; })();
}

// ---- finite iterators ----------------------------------------------------------------------

export function accumulate(...a) {
  const { v: [iterable, func, initial] } = bind("accumulate", a, ["iterable", "func"], 1, { ko: ["initial"], c: true });
  const it = iterOf(iterable);
  const f = func === undefined || func === null ? null : func;
  const init = initial === undefined ? null : initial;
  return (function* () {
    let total;
    if (init !== null) {
      total = init;
      yield total;
    } else {
      const r = it.next();
      if (r.done) return;
      total = r.value;
      yield total;
    }
    for (let r = it.next(); !r.done; r = it.next()) {
      total = f === null ? $add(total, r.value) : pycall(f, total, r.value);
      yield total;
    }
  })();
}

function chainImpl(iterables) {
  return (function* () {
    for (const x of iterables) yield* $iter(x);
  })();
}

export const chain = /* @__PURE__ */ Object.assign(function chain(...its) {
  no_kw("chain", its);
  return chainImpl(its);
}, {
  from_iterable(iterable) {
    const outer = iterOf(iterable);
    return (function* () {
      for (let r = outer.next(); !r.done; r = outer.next()) yield* $iter(r.value);
    })();
  },
});

export function compress(...a) {
  const { v: [data, selectors] } = bind("compress", a, ["data", "selectors"], 2, C);
  const d = iterOf(data), s = iterOf(selectors);
  return (function* () {
    for (;;) {
      const x = d.next();
      if (x.done) return;
      const y = s.next();
      if (y.done) return;
      if ($truthy(y.value)) yield x.value;
    }
  })();
}

export function dropwhile(predicate, iterable, ...rest) {
  no_kw("dropwhile", rest);
  const it = iterOf(iterable);
  return (function* () {
    let dropping = true;
    for (let r = it.next(); !r.done; r = it.next()) {
      if (dropping && $truthy(pycall(predicate, r.value))) continue;
      dropping = false;
      yield r.value;
    }
  })();
}

export function takewhile(predicate, iterable, ...rest) {
  no_kw("takewhile", rest);
  const it = iterOf(iterable);
  return (function* () {
    for (let r = it.next(); !r.done; r = it.next()) {
      if (!$truthy(pycall(predicate, r.value))) return;
      yield r.value;
    }
  })();
}

export function filterfalse(predicate, iterable, ...rest) {
  no_kw("filterfalse", rest);
  const it = iterOf(iterable);
  return (function* () {
    for (let r = it.next(); !r.done; r = it.next()) {
      const ok = predicate === null || predicate === undefined ? $truthy(r.value) : $truthy(pycall(predicate, r.value));
      if (!ok) yield r.value;
    }
  })();
}

const UNSET = {};

// groupby with CPython's exact consumption pattern: a group iterator reads the next item
// lazily, and advancing the outer iterator invalidates the previous group.
export function groupby(...a) {
  const { v: [iterable, key] } = bind("groupby", a, ["iterable", "key"], 1, C);
  const it = iterOf(iterable);
  const keyf = key === undefined || key === null ? null : key;
  const st = { tgtkey: UNSET, currkey: UNSET, currvalue: UNSET, currgrouper: null };
  const step = () => {
    const r = it.next();
    if (r.done) return false;
    const k = keyf === null ? r.value : pycall(keyf, r.value);
    st.currvalue = r.value;
    st.currkey = k;
    return true;
  };
  function* grouper(token, tgtkey) {
    for (;;) {
      if (st.currgrouper !== token) return;
      if (st.currvalue === UNSET && !step()) return;
      if (!$truthy($eq(tgtkey, st.currkey))) return;
      const r = st.currvalue;
      st.currvalue = UNSET;
      st.currkey = UNSET;
      yield r;
    }
  }
  return (function* () {
    for (;;) {
      st.currgrouper = null;
      for (;;) {
        if (st.currkey === UNSET) { /* read the first item of the next group */ }
        else if (st.tgtkey === UNSET) break;
        else if (!$truthy($eq(st.tgtkey, st.currkey))) break;
        if (!step()) return;
      }
      st.tgtkey = st.currkey;
      const token = {};
      const g = grouper(token, st.tgtkey);
      st.currgrouper = token;
      yield Tuple.of(st.currkey, g);
    }
  })();
}

const MAXSIZE = 9223372036854775807;

function isliceArg(x, msg) {
  if (x === null || x === undefined) return -1;
  let v;
  if (typeof x === "number" && Number.isInteger(x)) v = x;
  else if (typeof x === "boolean") v = +x;
  else if (x !== null && typeof x === "object" && typeof x.__index__ === "function") v = x.__index__();
  else throw new ValueError(msg);
  if (v < 0 || v > MAXSIZE) throw new ValueError(msg);
  return v;
}

export function islice(iterable, ...args) {
  no_kw("islice", args);
  if (args.length === 0) throw new PyTypeError("islice expected at least 2 arguments, got 1");
  if (args.length > 3) throw new PyTypeError(`islice expected at most 4 arguments, got ${args.length + 1}`);
  let start = 0, stop, step = 1;
  if (args.length === 1) {
    stop = isliceArg(args[0], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  } else {
    const msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const s = isliceArg(args[0], msg);
    start = s === -1 ? 0 : s;
    stop = isliceArg(args[1], msg);
    if (args.length === 3) {
      const stepv = args[2];
      if (stepv !== null && stepv !== undefined) {
        let v;
        if (typeof stepv === "number" && Number.isInteger(stepv)) v = stepv;
        else if (typeof stepv === "boolean") v = +stepv;
        else v = -1;
        if (v < 1) throw new ValueError("Step for islice() must be a positive integer or None.");
        step = v;
      }
    }
  }
  const it = iterOf(iterable);
  return (function* () {
    let cnt = 0;
    let next = start;
    for (;;) {
      while (cnt < next) {
        const r = it.next();
        if (r.done) return;
        cnt++;
      }
      if (stop !== -1 && cnt >= stop) return;
      const r = it.next();
      if (r.done) return;
      cnt++;
      const old = next;
      next += step;
      if (next < old || (stop !== -1 && next > stop)) next = stop;
      yield r.value;
    }
  })();
}

export function starmap(func, iterable, ...rest) {
  no_kw("starmap", rest);
  const it = iterOf(iterable);
  return (function* () {
    for (let r = it.next(); !r.done; r = it.next()) {
      const args = Array.isArray(r.value) ? r.value : Array.from($iter(r.value));
      yield pycall(func, ...args);
    }
  })();
}

export function tee(iterable, n = 2) {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new PyTypeError(`'${type_name(n)}' object cannot be interpreted as an integer`);
  }
  if (n < 0) throw new ValueError("n must be >= 0");
  const it = iterOf(iterable);
  // shared linked list of fetched values
  let tail = { value: undefined, next: null };
  let exhausted = false;
  const fetch = (node) => {
    if (node.next !== null) return node.next;
    if (exhausted) return null;
    const r = it.next();
    if (r.done) { exhausted = true; return null; }
    const nn = { value: r.value, next: null };
    node.next = nn;
    return nn;
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    let node = tail;
    out.push((function* () {
      for (;;) {
        const nx = fetch(node);
        if (nx === null) return;
        node = nx;
        yield nx.value;
      }
    })());
  }
  tail = null;
  return Tuple.from(out);
}

export function zip_longest(...a) {
  const kw = pop_kw(a);
  let fill = null;
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      if (k !== "fillvalue") throw new PyTypeError(`zip_longest() got an unexpected keyword argument '${k}'`);
      fill = kw[k];
    }
  }
  const its = a.map(iterOf);
  return (function* () {
    if (its.length === 0) return;
    const active = its.map(() => true);
    let nactive = its.length;
    for (;;) {
      const row = new Array(its.length);
      for (let i = 0; i < its.length; i++) {
        if (!active[i]) { row[i] = fill; continue; }
        const r = its[i].next();
        if (r.done) {
          active[i] = false;
          nactive--;
          if (nactive === 0) return;
          row[i] = fill;
        } else row[i] = r.value;
      }
      yield Tuple.from(row);
    }
  })();
}

// ---- combinatorics -----------------------------------------------------------------------

export function product(...a) {
  const kw = pop_kw(a);
  let rep = 1;
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      if (k !== "repeat") throw new PyTypeError(`product() got an unexpected keyword argument '${k}'`);
      rep = kw[k];
      if (typeof rep !== "number" || !Number.isInteger(rep)) {
        throw new PyTypeError(`'${type_name(rep)}' object cannot be interpreted as an integer`);
      }
    }
  }
  if (rep < 0) throw new ValueError("repeat argument cannot be negative");
  const base = a.map((x) => Array.from($iter(x)));
  const pools = [];
  for (let i = 0; i < rep; i++) pools.push(...base);
  return (function* () {
    const n = pools.length;
    if (pools.some((p) => p.length === 0)) return;
    const idx = new Array(n).fill(0);
    for (;;) {
      yield Tuple.from(idx.map((j, i) => pools[i][j]));
      let i = n - 1;
      while (i >= 0) {
        idx[i]++;
        if (idx[i] < pools[i].length) break;
        idx[i] = 0;
        i--;
      }
      if (i < 0) return;
    }
  })();
}

function rArg(r, fname) {
  if (typeof r === "boolean") r = +r;
  if (typeof r !== "number" || !Number.isInteger(r)) {
    throw new PyTypeError(`'${type_name(r)}' object cannot be interpreted as an integer`);
  }
  if (r < 0) throw new ValueError("r must be non-negative");
  void fname;
  return r;
}

export function permutations(...a) {
  const { v: [iterable, rv] } = bind("permutations", a, ["iterable", "r"], 1, C);
  const pool = Array.from($iter(iterable));
  const n = pool.length;
  const r = rv === undefined || rv === null ? n : rArg(rv, "permutations");
  return (function* () {
    if (r > n) return;
    const indices = Array.from({ length: n }, (_, i) => i);
    const cycles = Array.from({ length: r }, (_, i) => n - i);
    yield Tuple.from(indices.slice(0, r).map((i) => pool[i]));
    if (n === 0) return;
    for (;;) {
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          const moved = indices[i];
          indices.splice(i, 1);
          indices.push(moved);
          cycles[i] = n - i;
        } else {
          const j = cycles[i];
          const t = indices[i];
          indices[i] = indices[n - j];
          indices[n - j] = t;
          yield Tuple.from(indices.slice(0, r).map((k) => pool[k]));
          break;
        }
      }
      if (i < 0) return;
    }
  })();
}

export function combinations(...a) {
  const { v: [iterable, rv] } = bind("combinations", a, ["iterable", "r"], 2, C);
  const pool = Array.from($iter(iterable));
  const n = pool.length;
  const r = rArg(rv, "combinations");
  return (function* () {
    if (r > n) return;
    const indices = Array.from({ length: r }, (_, i) => i);
    yield Tuple.from(indices.map((i) => pool[i]));
    for (;;) {
      let i = r - 1;
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) return;
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
      yield Tuple.from(indices.map((k) => pool[k]));
    }
  })();
}

export function combinations_with_replacement(...a) {
  const { v: [iterable, rv] } = bind("combinations_with_replacement", a, ["iterable", "r"], 2, C);
  const pool = Array.from($iter(iterable));
  const n = pool.length;
  const r = rArg(rv, "combinations_with_replacement");
  return (function* () {
    if (n === 0 && r > 0) return;
    const indices = new Array(r).fill(0);
    yield Tuple.from(indices.map((i) => pool[i]));
    for (;;) {
      let i = r - 1;
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) return;
      const v = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = v;
      yield Tuple.from(indices.map((k) => pool[k]));
    }
  })();
}

export function pairwise(iterable, ...rest) {
  no_kw("pairwise", rest);
  const it = iterOf(iterable);
  return (function* () {
    let r = it.next();
    if (r.done) return;
    let prev = r.value;
    for (r = it.next(); !r.done; r = it.next()) {
      yield Tuple.of(prev, r.value);
      prev = r.value;
    }
  })();
}

export function batched(...a) {
  const { v: [iterable, nv] } = bind("batched", a, ["iterable", "n"], 2, C);
  if (typeof nv !== "number" || !Number.isInteger(nv)) {
    throw new PyTypeError(`'${type_name(nv)}' object cannot be interpreted as an integer`);
  }
  if (nv < 1) throw new ValueError("n must be at least one");
  const it = iterOf(iterable);
  return (function* () {
    for (;;) {
      const batch = [];
      while (batch.length < nv) {
        const r = it.next();
        if (r.done) break;
        batch.push(r.value);
      }
      if (batch.length === 0) return;
      yield Tuple.from(batch);
      if (batch.length < nv) return;
    }
  })();
}
