// Python's datetime module: date, datetime, timedelta, timezone (fixed offsets only).
// Naive datetimes are treated as UTC wherever CPython would use the local time zone
// (now(), fromtimestamp(), timestamp()): Workers run in UTC.
import { PyObject } from "../builtins/object.js";
import { PyTypeError, ValueError, OverflowError, ZeroDivisionError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/equality.js";
import { type_name } from "../builtins/object.js";
import { Tuple } from "../builtins/tuple.js";

import { hash_of } from "../builtins/hashing.js";
import { KW } from "../builtins/kw.js";
import { Float, $fbox, $fnum } from "../builtins/floatbox.js";

export const MINYEAR = 1;
export const MAXYEAR = 9999;

const DIM = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DBM = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const FULL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function isLeap(y) { return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0); }
function dim(y, m) { return m === 2 && isLeap(y) ? 29 : DIM[m]; }
function daysBeforeYear(y) { const z = y - 1; return z * 365 + Math.floor(z / 4) - Math.floor(z / 100) + Math.floor(z / 400); }
function daysBeforeMonth(y, m) { return DBM[m] + (m > 2 && isLeap(y) ? 1 : 0); }
function ymd2ord(y, m, d) { return daysBeforeYear(y) + daysBeforeMonth(y, m) + d; }

const DI400Y = 146097, DI100Y = 36524, DI4Y = 1461;
function ord2ymd(n) {
  n -= 1;
  const n400 = Math.floor(n / DI400Y); n -= n400 * DI400Y;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / DI100Y); n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y); n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365); n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DBM[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) { month -= 1; preceding -= DIM[month] + (month === 2 && leap ? 1 : 0); }
  return [year, month, n - preceding + 1];
}

const EPOCH_ORD = 719163; // date(1970, 1, 1).toordinal()

function pad(n, w = 2) { return String(n).padStart(w, "0"); }
function intArg(x, name) {
  if (typeof x === "boolean") return +x;
  if (typeof x !== "number" || !Number.isInteger(x)) {
    throw new PyTypeError(`'${type_name(x)}' object cannot be interpreted as an integer`);
  }
  return x;
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 ? 2 * Math.round(x / 2) : r;
}
function kwOf(args) {
  return args.length && args[args.length - 1] instanceof KW ? args.pop().o : null;
}
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
// Place a trailing KW of a method call into positional slots.
function place(args, names, fname) {
  if (!(args.length && args[args.length - 1] instanceof KW)) return args;
  const o = args.pop().o;
  for (const k of Object.keys(o)) {
    const i = names.indexOf(k);
    if (i < 0) throw new PyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    while (args.length < i) args.push(undefined);
    args[i] = o[k];
  }
  return args;
}

// time.struct_time-like result of timetuple(): a tuple with tm_* attributes.
export class struct_time extends Tuple {
  static get $pyname() { return "struct_time"; }
  get tm_year() { return this[0]; }
  get tm_mon() { return this[1]; }
  get tm_mday() { return this[2]; }
  get tm_hour() { return this[3]; }
  get tm_min() { return this[4]; }
  get tm_sec() { return this[5]; }
  get tm_wday() { return this[6]; }
  get tm_yday() { return this[7]; }
  get tm_isdst() { return this[8]; }
  __repr__() {
    const n = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
    return `time.struct_time(${n.map((k, i) => `${k}=${this[i]}`).join(", ")})`;
  }
}

// ---------------------------------------------------------------- timedelta

const TD_SIG = { names: ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"], va: false, ko: [], vk: false, nreq: 0, koreq: [], newkw: true };

export class timedelta extends PyObject {
  static get $p() { return TD_SIG; }
  static get $tpname() { return "datetime.timedelta"; }
  static get $pyname() { return "timedelta"; }
  __init__(days = 0, seconds = 0, microseconds = 0, milliseconds = 0, minutes = 0, hours = 0, weeks = 0) {
    [days, seconds, microseconds, milliseconds, minutes, hours, weeks] =
      [days, seconds, microseconds, milliseconds, minutes, hours, weeks].map($fnum);
    for (const v of [days, seconds, microseconds, milliseconds, minutes, hours, weeks]) {
      if (typeof v !== "number" && typeof v !== "boolean") {
        throw new PyTypeError(`unsupported type for timedelta component: ${type_name(v)}`);
      }
    }
    let d = +days + 7 * weeks;
    let s = +seconds + 60 * minutes + 3600 * hours;
    let us = +microseconds + 1000 * milliseconds;
    // move fractions down
    const dInt = Math.trunc(d);
    s += (d - dInt) * 86400;
    d = dInt;
    const sInt = Math.trunc(s);
    us += (s - sInt) * 1e6;
    s = sInt;
    us = roundHalfEven(us);
    s += Math.floor(us / 1e6);
    us = ((us % 1e6) + 1e6) % 1e6;
    d += Math.floor(s / 86400);
    s = ((s % 86400) + 86400) % 86400;
    if (Math.abs(d) > 999999999) throw new OverflowError(`days=${d}; must have magnitude <= 999999999`);
    this._d = d + 0;
    this._s = s + 0;
    this._us = us + 0;
  }
  static $make(d, s, us) { return new timedelta(d, s, us); }
  static $fromUs(total) {
    const d = Math.floor(total / 86400e6);
    const rem = total - d * 86400e6;
    const s = Math.floor(rem / 1e6);
    return new timedelta(d, s, rem - s * 1e6);
  }
  get days() { return this._d; }
  get seconds() { return this._s; }
  get microseconds() { return this._us; }
  $us() { return (this._d * 86400 + this._s) * 1e6 + this._us; }
  total_seconds() { return $fbox(((this._d * 86400 + this._s) * 1e6 + this._us) / 1e6); }
  __str__() {
    const hh = Math.floor(this._s / 3600), mm = Math.floor((this._s % 3600) / 60), ss = this._s % 60;
    let s = `${hh}:${pad(mm)}:${pad(ss)}`;
    if (this._d) s = `${this._d} day${Math.abs(this._d) !== 1 ? "s" : ""}, ${s}`;
    if (this._us) s += "." + pad(this._us, 6);
    return s;
  }
  __repr__() {
    const parts = [];
    if (this._d) parts.push(`days=${this._d}`);
    if (this._s) parts.push(`seconds=${this._s}`);
    if (this._us) parts.push(`microseconds=${this._us}`);
    return `datetime.timedelta(${parts.length ? parts.join(", ") : "0"})`;
  }
  __add__(o) {
    if (o instanceof timedelta) return new timedelta(this._d + o._d, this._s + o._s, this._us + o._us);
    return NotImplemented;
  }
  __radd__(o) { return this.__add__(o); }
  __sub__(o) {
    if (o instanceof timedelta) return new timedelta(this._d - o._d, this._s - o._s, this._us - o._us);
    return NotImplemented;
  }
  __rsub__(o) { return o instanceof timedelta ? o.__sub__(this) : NotImplemented; }
  __neg__() { return new timedelta(-this._d, -this._s, -this._us); }
  __pos__() { return this; }
  __abs__() { return this._d < 0 ? this.__neg__() : this; }
  __mul__(o) {
    if (typeof o === "boolean") o = +o;
    if (o instanceof Float) return timedelta.$fromUs(roundHalfEven(this.$us() * o.$v));
    if (typeof o !== "number") return NotImplemented;
    if (Number.isInteger(o)) return new timedelta(this._d * o, this._s * o, this._us * o);
    return timedelta.$fromUs(roundHalfEven(this.$us() * o));
  }
  __rmul__(o) { return this.__mul__(o); }
  __truediv__(o) {
    if (o instanceof timedelta) {
      if (o.$us() === 0) throw new ZeroDivisionError("division by zero");
      return $fbox(this.$us() / o.$us());
    }
    if (typeof o === "number" || typeof o === "boolean" || o instanceof Float) {
      if (+o === 0) throw new ZeroDivisionError("division by zero");
      return timedelta.$fromUs(roundHalfEven(this.$us() / o));
    }
    return NotImplemented;
  }
  __floordiv__(o) {
    if (o instanceof timedelta) {
      if (o.$us() === 0) throw new ZeroDivisionError("integer division or modulo by zero");
      return Math.floor(this.$us() / o.$us());
    }
    if (typeof o === "number" && Number.isInteger(o)) {
      if (o === 0) throw new ZeroDivisionError("integer division or modulo by zero");
      return timedelta.$fromUs(Math.floor(this.$us() / o));
    }
    return NotImplemented;
  }
  __mod__(o) {
    if (!(o instanceof timedelta)) return NotImplemented;
    const b = o.$us();
    if (b === 0) throw new ZeroDivisionError("integer division or modulo by zero");
    const r = this.$us() % b;
    return timedelta.$fromUs(r !== 0 && (r < 0) !== (b < 0) ? r + b : r);
  }
  __divmod__(o) {
    if (!(o instanceof timedelta)) return NotImplemented;
    return Tuple.of(this.__floordiv__(o), this.__mod__(o));
  }
  __eq__(o) { return o instanceof timedelta ? this.$us() === o.$us() : NotImplemented; }
  __lt__(o) { return o instanceof timedelta ? this.$us() < o.$us() : NotImplemented; }
  __le__(o) { return o instanceof timedelta ? this.$us() <= o.$us() : NotImplemented; }
  __gt__(o) { return o instanceof timedelta ? this.$us() > o.$us() : NotImplemented; }
  __ge__(o) { return o instanceof timedelta ? this.$us() >= o.$us() : NotImplemented; }
  __hash__() { return hash_of(this.$us()); }
  __bool__() { return this._d !== 0 || this._s !== 0 || this._us !== 0; }
  static get min() { return new timedelta(-999999999); }
  static get max() { return new timedelta(999999999, 86399, 999999); }
  static get resolution() { return new timedelta(0, 0, 1); }
}

// ---------------------------------------------------------------- timezone

export class tzinfo extends PyObject {
  static get $pyname() { return "tzinfo"; }
}

export class timezone extends tzinfo {
  static get $p() { return TZ_SIG; }
  static get $tpname() { return "datetime.timezone"; }
  static get $pyname() { return "timezone"; }
  __init__(offset, name = null) {
    if (!(offset instanceof timedelta)) {
      throw new PyTypeError(`timezone() argument 1 must be datetime.timedelta, not ${type_name(offset)}`);
    }
    const us = offset.$us();
    if (Math.abs(us) >= 86400e6) {
      throw new ValueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${offset.__repr__()}.`);
    }
    this._offset = offset;
    this._name = name;
  }
  static get utc() { return UTC_TZ || (UTC_TZ = new timezone(new timedelta(0))); }
  utcoffset(dt) { return this._offset; }
  dst(dt) { return null; }
  tzname(dt) {
    if (this._name !== null) return this._name;
    return offsetName(this._offset, true);
  }
  __str__() { return this.tzname(null); }
  __repr__() {
    if (this === UTC_TZ || (this._offset.$us() === 0 && this._name === null)) return "datetime.timezone.utc";
    const n = this._name !== null ? `, ${JSON.stringify(this._name).replace(/^"|"$/g, "'")}` : "";
    return `datetime.timezone(${this._offset.__repr__()}${n})`;
  }
  __eq__(o) { return o instanceof timezone ? this._offset.$us() === o._offset.$us() : NotImplemented; }
  __hash__() { return this._offset.__hash__(); }
}
const TZ_SIG = { names: ["offset", "name"], va: false, ko: [], vk: false, nreq: 1, koreq: [], newkw: true };
let UTC_TZ = null;
export function $utc() { return timezone.utc; }

function offsetName(off, utcPrefix) {
  let us = off.$us();
  if (us === 0 && utcPrefix) return "UTC";
  const sign = us < 0 ? "-" : "+";
  us = Math.abs(us);
  const h = Math.floor(us / 3600e6), m = Math.floor((us % 3600e6) / 60e6), s = Math.floor((us % 60e6) / 1e6), f = us % 1e6;
  let r = `${sign}${pad(h)}:${pad(m)}`;
  if (s || f) r += `:${pad(s)}`;
  if (f) r += `.${pad(f, 6)}`;
  return utcPrefix ? "UTC" + r : r;
}

// ---------------------------------------------------------------- date

const DATE_SIG = { names: ["year", "month", "day"], va: false, ko: [], vk: false, nreq: 3, koreq: [], newkw: true };

function checkDate(y, m, d) {
  y = intArg(y); m = intArg(m); d = intArg(d);
  if (y < MINYEAR || y > MAXYEAR) throw new ValueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) throw new ValueError("month must be in 1..12");
  if (d < 1 || d > dim(y, m)) throw new ValueError("day is out of range for month");
  return [y, m, d];
}

function strftime(fmt, f) {
  // f: {y, m, d, H, M, S, us, wd (0=Mon), yday, tz (tzinfo|null), off (timedelta|null)}
  return fmt.replace(/%([a-zA-Z%])/g, (all, c) => {
    switch (c) {
      case "Y": return String(f.y).padStart(4, "0");
      case "y": return pad(f.y % 100);
      case "m": return pad(f.m);
      case "d": return pad(f.d);
      case "e": return String(f.d).padStart(2, " ");
      case "H": return pad(f.H);
      case "I": return pad(f.H % 12 === 0 ? 12 : f.H % 12);
      case "M": return pad(f.M);
      case "S": return pad(f.S);
      case "f": return pad(f.us, 6);
      case "p": return f.H < 12 ? "AM" : "PM";
      case "b": case "h": return MONTHS[f.m - 1];
      case "B": return FULL_MONTHS[f.m - 1];
      case "a": return DAYS[f.wd];
      case "A": return FULL_DAYS[f.wd];
      case "w": return String((f.wd + 1) % 7);
      case "u": return String(f.wd + 1);
      case "j": return pad(f.yday, 3);
      case "U": return pad(Math.floor((f.yday + 6 - ((f.wd + 1) % 7)) / 7));
      case "W": return pad(Math.floor((f.yday + 6 - f.wd) / 7));
      case "z": return f.off === null ? "" : offsetName(f.off, false).replace(/:/g, "");
      case "Z": return f.tz === null ? "" : f.tz.tzname(null);
      case "c": return `${DAYS[f.wd]} ${MONTHS[f.m - 1]} ${String(f.d).padStart(2, " ")} ${pad(f.H)}:${pad(f.M)}:${pad(f.S)} ${String(f.y).padStart(4, "0")}`;
      case "x": return `${pad(f.m)}/${pad(f.d)}/${pad(f.y % 100)}`;
      case "X": return `${pad(f.H)}:${pad(f.M)}:${pad(f.S)}`;
      case "D": return `${pad(f.m)}/${pad(f.d)}/${pad(f.y % 100)}`;
      case "F": return `${String(f.y).padStart(4, "0")}-${pad(f.m)}-${pad(f.d)}`;
      case "T": return `${pad(f.H)}:${pad(f.M)}:${pad(f.S)}`;
      case "G": case "V": {
        const [iy, iw] = isoCal(f.y, f.m, f.d);
        return c === "G" ? String(iy) : pad(iw);
      }
      case "%": return "%";
      default: return all;
    }
  });
}

function isoCal(y, m, d) {
  const ord = ymd2ord(y, m, d);
  const wk1 = (yr) => { const first = ymd2ord(yr, 1, 1); const wd = (first + 6) % 7; let w1 = first - wd; if (wd > 3) w1 += 7; return w1; };
  let year = y;
  let start = wk1(year);
  let week = Math.floor((ord - start) / 7);
  let day = (ord - start) % 7;
  if (week < 0) { year -= 1; start = wk1(year); week = Math.floor((ord - start) / 7); day = (ord - start) % 7; }
  else if (week >= 52 && ord >= wk1(year + 1)) { year += 1; week = 0; }
  return [year, week + 1, day + 1];
}

export class date extends PyObject {
  static get $p() { return DATE_SIG; }
  static get $tpname() { return "datetime.date"; }
  static get $pyname() { return "date"; }
  __init__(year, month, day) {
    if (year === undefined || month === undefined || day === undefined) {
      throw new PyTypeError("function missing required argument 'day' (pos 3)");
    }
    [this._y, this._m, this._dd] = checkDate(year, month, day);
  }
  get year() { return this._y; }
  get month() { return this._m; }
  get day() { return this._dd; }
  static today() { const n = datetime.now(); return new date(n._y, n._m, n._dd); }
  static fromordinal(n) { const [y, m, d] = ord2ymd(intArg(n)); return new this(y, m, d); }
  static fromtimestamp(t) { const dt = datetime.fromtimestamp(t); return new date(dt._y, dt._m, dt._dd); }
  static fromisoformat(s) {
    if (typeof s !== "string") throw new PyTypeError(`fromisoformat: argument must be str`);
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s);
    if (!m) throw new ValueError(`Invalid isoformat string: ${JSON.stringify(s).replace(/^"|"$/g, "'")}`);
    return new date(+m[1], +m[2], +m[3]);
  }
  toordinal() { return ymd2ord(this._y, this._m, this._dd); }
  weekday() { return (this.toordinal() + 6) % 7; }
  isoweekday() { return this.weekday() + 1; }
  isocalendar() { return Tuple.from(isoCal(this._y, this._m, this._dd)); }
  isoformat() { return `${pad(this._y, 4)}-${pad(this._m)}-${pad(this._dd)}`; }
  __str__() { return this.isoformat(); }
  __repr__() { return `datetime.date(${this._y}, ${this._m}, ${this._dd})`; }
  __format__(spec) { return spec === "" ? this.__str__() : this.strftime(spec); }
  ctime() { return this.strftime("%a %b %e 00:00:00 %Y"); }
  strftime(fmt) {
    return strftime(fmt, { y: this._y, m: this._m, d: this._dd, H: 0, M: 0, S: 0, us: 0, wd: this.weekday(),
      yday: this.toordinal() - ymd2ord(this._y, 1, 1) + 1, tz: null, off: null });
  }
  timetuple() {
    return struct_time.of(this._y, this._m, this._dd, 0, 0, 0, this.weekday(), this.toordinal() - ymd2ord(this._y, 1, 1) + 1, -1);
  }
  replace(...a) {
    const kw = kwOf(a) || {};
    const [y = kw.year ?? this._y, m = kw.month ?? this._m, d = kw.day ?? this._dd] = a;
    return new date(y, m, d);
  }
  __add__(o) {
    if (!(o instanceof timedelta)) return NotImplemented;
    const n = this.toordinal() + o.days;
    if (n < 1 || n > 3652059) throw new OverflowError("date value out of range");
    const [y, m, d] = ord2ymd(n);
    return new date(y, m, d);
  }
  __radd__(o) { return this.__add__(o); }
  __sub__(o) {
    if (o instanceof timedelta) return this.__add__(o.__neg__());
    if (o instanceof date && !(o instanceof datetime)) return new timedelta(this.toordinal() - o.toordinal());
    return NotImplemented;
  }
  $cmp(o) { return cmp(this.toordinal(), o.toordinal()); }
  $ok(o) { return o instanceof date && !(o instanceof datetime); }
  __eq__(o) { return this.$ok(o) ? this.$cmp(o) === 0 : (o instanceof datetime ? false : NotImplemented); }
  __lt__(o) { return this.$ok(o) ? this.$cmp(o) < 0 : NotImplemented; }
  __le__(o) { return this.$ok(o) ? this.$cmp(o) <= 0 : NotImplemented; }
  __gt__(o) { return this.$ok(o) ? this.$cmp(o) > 0 : NotImplemented; }
  __ge__(o) { return this.$ok(o) ? this.$cmp(o) >= 0 : NotImplemented; }
  __hash__() { return hash_of(this.toordinal()); }
  static get min() { return new date(1, 1, 1); }
  static get max() { return new date(9999, 12, 31); }
  static get resolution() { return new timedelta(1); }
}

// ---------------------------------------------------------------- time (minimal)

const TIME_SIG = { names: ["hour", "minute", "second", "microsecond", "tzinfo"], va: false, ko: ["fold"], vk: false, nreq: 0, koreq: [], newkw: true };

export class time extends PyObject {
  static get $p() { return TIME_SIG; }
  static get $tpname() { return "datetime.time"; }
  static get $pyname() { return "time"; }
  __init__(hour = 0, minute = 0, second = 0, microsecond = 0, tz = null) {

    this._H = checkRange(hour, 0, 23, "hour");
    this._M = checkRange(minute, 0, 59, "minute");
    this._S = checkRange(second, 0, 59, "second");
    this._us = checkRange(microsecond, 0, 999999, "microsecond");
    this._tz = tz instanceof tzinfo ? tz : null;
  }
  get hour() { return this._H; }
  get minute() { return this._M; }
  get second() { return this._S; }
  get microsecond() { return this._us; }
  get tzinfo() { return this._tz; }
  isoformat(timespec = "auto") { return timeIso(this._H, this._M, this._S, this._us, timespec) + (this._tz ? offsetName(this._tz.utcoffset(null), false) : ""); }
  __str__() { return this.isoformat(); }
  __repr__() {
    let s = `datetime.time(${this._H}, ${this._M}`;
    if (this._us) s += `, ${this._S}, ${this._us}`;
    else if (this._S) s += `, ${this._S}`;
    if (this._tz) s += `, tzinfo=${this._tz.__repr__()}`;
    return s + ")";
  }
  strftime(fmt) {
    return strftime(fmt, { y: 1900, m: 1, d: 1, H: this._H, M: this._M, S: this._S, us: this._us, wd: 0, yday: 1,
      tz: this._tz, off: this._tz ? this._tz.utcoffset(null) : null });
  }
  $key() { return ((this._H * 60 + this._M) * 60 + this._S) * 1e6 + this._us; }
  __eq__(o) { return o instanceof time ? this.$key() === o.$key() : NotImplemented; }
  __lt__(o) { return o instanceof time ? this.$key() < o.$key() : NotImplemented; }
  __le__(o) { return o instanceof time ? this.$key() <= o.$key() : NotImplemented; }
  __gt__(o) { return o instanceof time ? this.$key() > o.$key() : NotImplemented; }
  __ge__(o) { return o instanceof time ? this.$key() >= o.$key() : NotImplemented; }
  __hash__() { return hash_of(this.$key()); }
}

function checkRange(v, lo, hi, name) {
  v = intArg(v);
  if (v < lo || v > hi) throw new ValueError(`${name} must be in ${lo}..${hi}`);
  return v;
}

function timeIso(H, M, S, us, timespec) {
  switch (timespec) {
    case "hours": return pad(H);
    case "minutes": return `${pad(H)}:${pad(M)}`;
    case "seconds": return `${pad(H)}:${pad(M)}:${pad(S)}`;
    case "milliseconds": return `${pad(H)}:${pad(M)}:${pad(S)}.${pad(Math.floor(us / 1000), 3)}`;
    case "microseconds": return `${pad(H)}:${pad(M)}:${pad(S)}.${pad(us, 6)}`;
    case "auto": return us ? `${pad(H)}:${pad(M)}:${pad(S)}.${pad(us, 6)}` : `${pad(H)}:${pad(M)}:${pad(S)}`;
  }
  throw new ValueError("Unknown timespec value");
}

// ---------------------------------------------------------------- datetime

const DT_SIG = {
  names: ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"],
  va: false, ko: ["fold"], vk: false, nreq: 3, koreq: [], newkw: true,
};

export class datetime extends date {
  static get $p() { return DT_SIG; }
  static get $tpname() { return "datetime.datetime"; }
  static get $pyname() { return "datetime"; }
  __init__(year, month, day, hour = 0, minute = 0, second = 0, microsecond = 0, tz = null, kw) {
    if (tz !== null && tz !== undefined && !(tz instanceof tzinfo)) {
      if (tz instanceof KW) { kw = tz; tz = null; }
      else throw new PyTypeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${type_name(tz)}'`);
    }
    if (kw && kw.o && kw.o.tzinfo !== undefined) tz = kw.o.tzinfo;
    super.__init__(year, month, day);
    this._H = checkRange(hour, 0, 23, "hour");
    this._M = checkRange(minute, 0, 59, "minute");
    this._S = checkRange(second, 0, 59, "second");
    this._us = checkRange(microsecond, 0, 999999, "microsecond");
    this._tz = tz === undefined ? null : tz;
  }
  get hour() { return this._H; }
  get minute() { return this._M; }
  get second() { return this._S; }
  get microsecond() { return this._us; }
  get tzinfo() { return this._tz; }
  get fold() { return 0; }

  // JS-level helpers for the Workers shim.
  static fromEpochMs(ms, tz = null) { return datetime.$fromUs(Math.round(ms * 1000), tz); }
  toEpochMs() { return this.$epochUs() / 1000; }

  static $fromUs(us, tz = null) {
    // us since epoch (UTC) -> datetime in tz (or naive UTC)
    if (tz !== null) us += tz.utcoffset(null).$us();
    const days = Math.floor(us / 86400e6);
    let rem = us - days * 86400e6;
    const [y, m, d] = ord2ymd(days + EPOCH_ORD);
    const H = Math.floor(rem / 3600e6); rem -= H * 3600e6;
    const M = Math.floor(rem / 60e6); rem -= M * 60e6;
    const S = Math.floor(rem / 1e6); rem -= S * 1e6;
    return new datetime(y, m, d, H, M, S, Math.round(rem), tz);
  }
  // microseconds since epoch of the wall time (ignoring tz)
  $wallUs() {
    return ((((this.toordinal() - EPOCH_ORD) * 24 + this._H) * 60 + this._M) * 60 + this._S) * 1e6 + this._us;
  }
  $epochUs() {
    const off = this.utcoffset();
    return this.$wallUs() - (off === null ? 0 : off.$us());
  }

  static now(...a) {
    const [tz = null] = place(a, ["tz"], "now");
    return datetime.fromEpochMs(Date.now(), tz);
  }
  static utcnow() { return datetime.fromEpochMs(Date.now()); }
  static today() { return datetime.now(); }
  static fromtimestamp(...a) {
    let [t, tz = null] = place(a, ["timestamp", "tz"], "fromtimestamp");
    t = $fnum(t);
    if (typeof t !== "number" && typeof t !== "boolean") {
      throw new PyTypeError(`'${type_name(t)}' object cannot be interpreted as an integer`);
    }
    if (!Number.isFinite(t)) throw new ValueError("cannot convert float NaN to integer");
    const secs = Math.floor(t);
    let us = roundHalfEven((t - secs) * 1e6);
    return datetime.$fromUs(secs * 1e6 + us, tz);
  }
  static utcfromtimestamp(t) { return datetime.fromtimestamp(t); }
  static combine(d, t, tz) {
    return new datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tz === undefined ? t.tzinfo : tz);
  }
  static fromisoformat(s) {
    if (typeof s !== "string") throw new PyTypeError("fromisoformat: argument must be str");
    const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?$/.exec(s);
    if (!m) throw new ValueError(`Invalid isoformat string: '${s}'`);
    let tz = null;
    if (m[8]) {
      if (m[8] === "Z") tz = timezone.utc;
      else {
        const t = /^([+-])(\d{2}):?(\d{2})?:?(\d{2})?(?:\.(\d{1,6}))?$/.exec(m[8]);
        const sign = t[1] === "-" ? -1 : 1;
        const off = new timedelta(0, sign * ((+t[2]) * 3600 + (+(t[3] || 0)) * 60 + (+(t[4] || 0))), sign * +((t[5] || "").padEnd(6, "0") || 0));
        tz = off.$us() === 0 ? timezone.utc : new timezone(off);
      }
    }
    const us = m[7] ? +m[7].padEnd(6, "0") : 0;
    return new datetime(+m[1], +m[2], +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0), us, tz);
  }
  static strptime(s, fmt) {
    const names = [];
    let re = "";
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i];
      if (c === "%" && i + 1 < fmt.length) {
        const k = fmt[++i];
        const pat = { Y: "(\\d{4})", m: "(\\d{1,2})", d: "(\\d{1,2})", H: "(\\d{1,2})", I: "(\\d{1,2})", M: "(\\d{1,2})",
          S: "(\\d{1,2})", f: "(\\d{1,6})", y: "(\\d{2})", p: "(AM|PM|am|pm)", b: "([A-Za-z]{3})", B: "([A-Za-z]+)",
          a: "(?:[A-Za-z]{3})", A: "(?:[A-Za-z]+)", j: "(\\d{1,3})", z: "(Z|[+-]\\d{2}:?\\d{2})", "%": "%" }[k];
        if (pat === undefined) throw new ValueError(`'${k}' is a bad directive in format '${fmt}'`);
        if (pat.startsWith("(") && !pat.startsWith("(?:")) names.push(k);
        re += pat;
      } else if (/\s/.test(c)) re += "\\s+";
      else re += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
    const m = new RegExp("^" + re + "$").exec(s);
    if (!m) throw new ValueError(`time data '${s}' does not match format '${fmt}'`);
    const f = { Y: 1900, m: 1, d: 1, H: 0, M: 0, S: 0, f: 0 };
    let pm = null, tz = null;
    names.forEach((k, i) => {
      const v = m[i + 1];
      if (k === "p") pm = v.toUpperCase() === "PM";
      else if (k === "b" || k === "B") f.m = MONTHS.findIndex((x) => x.toLowerCase() === v.slice(0, 3).toLowerCase()) + 1;
      else if (k === "f") f.f = +v.padEnd(6, "0");
      else if (k === "y") f.Y = +v < 69 ? 2000 + +v : 1900 + +v;
      else if (k === "I") f.H = +v;
      else if (k === "z") {
        if (v === "Z") tz = timezone.utc;
        else {
          const t = /^([+-])(\d{2}):?(\d{2})$/.exec(v);
          const sign = t[1] === "-" ? -1 : 1;
          tz = new timezone(new timedelta(0, sign * (+t[2] * 3600 + +t[3] * 60)));
        }
      } else f[k] = +v;
    });
    if (pm !== null) f.H = (f.H % 12) + (pm ? 12 : 0);
    return new datetime(f.Y, f.m, f.d, f.H, f.M, f.S, f.f, tz);
  }

  utcoffset() { return this._tz === null ? null : this._tz.utcoffset(this); }
  tzname() { return this._tz === null ? null : this._tz.tzname(this); }
  dst() { return null; }
  timestamp() { return $fbox(this.$epochUs() / 1e6); }
  date() { return new date(this._y, this._m, this._dd); }
  time() { return new time(this._H, this._M, this._S, this._us); }
  timetz() { return new time(this._H, this._M, this._S, this._us, this._tz); }
  astimezone(...a) {
    let [tz = null] = place(a, ["tz"], "astimezone");
    if (tz === null) tz = timezone.utc;
    return datetime.$fromUs(this.$epochUs(), tz);
  }
  replace(...a) {
    const kw = kwOf(a) || {};
    const names = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];
    const cur = [this._y, this._m, this._dd, this._H, this._M, this._S, this._us, this._tz];
    const v = names.map((n, i) => (i < a.length ? a[i] : n in kw ? kw[n] : cur[i]));
    return new datetime(...v);
  }
  isoformat(sep = "T", timespec = "auto") {
    if (sep instanceof KW) {
      const o = sep.o; sep = o.sep ?? "T"; timespec = o.timespec ?? "auto";
    } else if (timespec instanceof KW) {
      timespec = timespec.o.timespec ?? "auto";
    }
    let s = `${pad(this._y, 4)}-${pad(this._m)}-${pad(this._dd)}${sep}${timeIso(this._H, this._M, this._S, this._us, timespec)}`;
    const off = this.utcoffset();
    if (off !== null) s += offsetName(off, false);
    return s;
  }
  __str__() { return this.isoformat(" "); }
  __repr__() {
    let s = `datetime.datetime(${this._y}, ${this._m}, ${this._dd}, ${this._H}, ${this._M}`;
    if (this._us) s += `, ${this._S}, ${this._us}`;
    else if (this._S) s += `, ${this._S}`;
    if (this._tz !== null) s += `, tzinfo=${this._tz.__repr__()}`;
    return s + ")";
  }
  ctime() { return this.strftime("%a %b %e %H:%M:%S %Y"); }
  strftime(fmt) {
    return strftime(fmt, { y: this._y, m: this._m, d: this._dd, H: this._H, M: this._M, S: this._S, us: this._us,
      wd: this.weekday(), yday: this.toordinal() - ymd2ord(this._y, 1, 1) + 1, tz: this._tz, off: this.utcoffset() });
  }
  timetuple() {
    return struct_time.of(this._y, this._m, this._dd, this._H, this._M, this._S, this.weekday(),
      this.toordinal() - ymd2ord(this._y, 1, 1) + 1, -1);
  }
  __add__(o) {
    if (!(o instanceof timedelta)) return NotImplemented;
    const r = datetime.$fromUs(this.$wallUs() + o.$us());
    if (r._y < MINYEAR || r._y > MAXYEAR) throw new OverflowError("date value out of range");
    r._tz = this._tz;
    return r;
  }
  __radd__(o) { return this.__add__(o); }
  __sub__(o) {
    if (o instanceof timedelta) return this.__add__(o.__neg__());
    if (o instanceof datetime) {
      if ((this._tz === null) !== (o._tz === null)) {
        throw new PyTypeError("can't subtract offset-naive and offset-aware datetimes");
      }
      return timedelta.$fromUs(this.$epochUs() - o.$epochUs());
    }
    return NotImplemented;
  }
  $cmpdt(o, eq) {
    if ((this._tz === null) !== (o._tz === null)) {
      if (eq) return null;
      throw new PyTypeError("can't compare offset-naive and offset-aware datetimes");
    }
    return cmp(this.$epochUs(), o.$epochUs());
  }
  __eq__(o) {
    if (!(o instanceof datetime)) return o instanceof date ? false : NotImplemented;
    const c = this.$cmpdt(o, true);
    return c === 0;
  }
  __lt__(o) { return o instanceof datetime ? this.$cmpdt(o) < 0 : cmpFail(this, o, "<"); }
  __le__(o) { return o instanceof datetime ? this.$cmpdt(o) <= 0 : cmpFail(this, o, "<="); }
  __gt__(o) { return o instanceof datetime ? this.$cmpdt(o) > 0 : cmpFail(this, o, ">"); }
  __ge__(o) { return o instanceof datetime ? this.$cmpdt(o) >= 0 : cmpFail(this, o, ">="); }
  __hash__() { return hash_of(this.$epochUs()); }
  static get min() { return new datetime(1, 1, 1); }
  static get max() { return new datetime(9999, 12, 31, 23, 59, 59, 999999); }
  static get resolution() { return new timedelta(0, 0, 1); }
}

function cmpFail(a, o, op) {
  if (o instanceof date) throw new PyTypeError(`can't compare ${type_name(a)} to ${type_name(o)}`);
  return NotImplemented;
}

export const UTC = /* @__PURE__ */ (() => timezone.utc)();

