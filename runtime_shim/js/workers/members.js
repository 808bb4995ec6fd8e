// Implementations of the workers class members that need heavy runtime modules (see
// ext.js). The generated entry module imports the ones the project's code names and
// installs them with useExtensions; an export nobody imports is dropped by the bundler.

import { Dict } from "../builtins/dict.js";
import { fromJS } from "../stdlib/json.js";
import { datetime } from "../stdlib/datetime.js";
import { Headers } from "./headers.js";
import { binaryToBytes, fromJsonText, toJsonText } from "./util.js";

// Request.query: a dict of str -> str (the last value wins for repeated names, blank
// values are kept: dict(parse_qsl(q, keep_blank_values=True)), docs/design.md).
export function queryDict(url) {
  const d = new Dict();
  for (const [k, v] of new URL(url).searchParams) d.$set(k, v);
  return d;
}

// Request.cf: the native cf object as Python values.
export const cfValue = fromJS;

// Env.get_var: a structured [vars] value (or a binding of a kind the config reader does
// not model) as Python values.
export const varValue = fromJS;

// Request.json() / Response.json(): the body text parsed like json.loads.
export const parseJson = fromJsonText;

// Response.json(data, ...): the body text, serialized like json.dumps.
export const dumpJson = toJsonText;

// Request.bytes() / Response.bytes(): the body as bytes.
export const toBytes = binaryToBytes;

// .headers of requests, responses and emails: the Python Headers view.
export function wrapHeaders(native) {
  return Headers.$wrap(native);
}

// ScheduledEvent.scheduled_time, QueueMessage.timestamp, DurableObjectStorage.get_alarm().
export function datetimeFromMs(ms) {
  return datetime.fromEpochMs(ms);
}

// DurableObjectStorage.get([keys]) / list(): a native Map of stored values -> dict.
export function storageDict(map, decode) {
  const d = new Dict();
  for (const [k, v] of map) d.$set(k, decode(v));
  return d;
}

// DurableObjectStorage.sql: the SQL storage of a SQLite-backed Durable Object.
export { sqlStorage } from "./sql.js";
