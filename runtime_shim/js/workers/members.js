// Implementations of the workers class members that need heavy runtime modules (see
// ext.js). The generated entry module imports the ones the project's code names and
// installs them with use_extensions; an export nobody imports is dropped by the bundler.

import { Dict } from "../builtins/dict.js";
import { from_js } from "../stdlib/json.js";
import { datetime } from "../stdlib/datetime.js";
import { Headers } from "./headers.js";
import { binary_to_bytes, from_json_text, to_json_text } from "./util.js";

// Request.query: a dict of str -> str (the last value wins for repeated names, blank
// values are kept: dict(parse_qsl(q, keep_blank_values=True)), docs/design.md).
export function query_dict(url) {
  const d = new Dict();
  for (const [k, v] of new URL(url).searchParams) d.$set(k, v);
  return d;
}

// Request.cf: the native cf object as Python values.
export const cf_value = from_js;

// Env.get_var: a structured [vars] value (or a binding of a kind the config reader does
// not model) as Python values.
export const var_value = from_js;

// Request.json() / Response.json(): the body text parsed like json.loads.
export const parse_json = from_json_text;

// Response.json(data, ...): the body text, serialized like json.dumps.
export const dump_json = to_json_text;

// Request.bytes() / Response.bytes(): the body as bytes.
export const to_bytes = binary_to_bytes;

// .headers of requests, responses and emails: the Python Headers view.
export function wrap_headers(native) {
  return Headers.$wrap(native);
}

// ScheduledEvent.scheduled_time, QueueMessage.timestamp, DurableObjectStorage.get_alarm().
export function datetime_from_ms(ms) {
  return datetime.fromEpochMs(ms);
}

// DurableObjectStorage.get([keys]) / list(): a native Map of stored values -> dict.
export function storage_dict(map, decode) {
  const d = new Dict();
  for (const [k, v] of map) d.$set(k, decode(v));
  return d;
}

// DurableObjectStorage.sql: the SQL storage of a SQLite-backed Durable Object.
export { sql_storage } from "./sql.js";
