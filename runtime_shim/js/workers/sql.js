// SQL storage of SQLite-backed Durable Objects (API.md "SQL storage"):
// `self.state.storage.sql.exec(query, *bindings)` -> SqlCursor, an iterator of rows as
// dicts (column -> value; BLOBs as bytes), with `.to_list()`, `.one()`, `.raw()` (rows as
// lists), `.column_names`, `.rows_read`, `.rows_written`; `sql.database_size`. Bound
// values: None, bool, int, float, str, bytes. A failing statement raises an exception
// carrying SQLite's message. Reached through the extension "sql_storage" (members.js), so a
// Durable Object that never names `.sql` does not carry this module.

import { PyObject } from "../builtins/object.js";
import { Dict } from "../builtins/dict.js";
import { $fnum } from "../builtins/floatbox.js";
import { $norm } from "../builtins/bigint.js";
import { StopIteration, TypeError } from "../builtins/exceptions.js";
import { NATIVE, native_only, binary_to_bytes, bytes_to_u8, is_bytes, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";

const FROM_SQL = "come from self.state.storage.sql";

function bindValue(v) {
  v = $fnum(v);
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "boolean":
      return v ? 1 : 0;
    case "number":
    case "string":
    case "bigint":
      return v;
  }
  if (is_bytes(v)) return bytes_to_u8(v).slice().buffer;
  throw new TypeError(`SQL storage can bind None, bool, int, float, str or bytes, not ${type_name(v)}`);
}

function cell(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return $norm(v);
  return binary_to_bytes(v) ?? v;
}

function row(obj) {
  const d = new Dict();
  for (const k of Object.keys(obj)) d.$set(k, cell(obj[k]));
  return d;
}

export const SqlCursor = /* @__PURE__ */ sigs(
  "SqlCursor",
  class SqlCursor extends PyObject {
    __init__(token, native) {
      native_only(token, "SqlCursor", FROM_SQL);
      this.$c = native;
    }

    __iter__() {
      return this;
    }

    __next__() {
      const r = this.$c.next();
      if (r.done) throw new StopIteration();
      return row(r.value);
    }

    *[Symbol.iterator]() {
      for (const r of this.$c) yield row(r);
    }

    // The remaining rows as a list of dicts.
    to_list() {
      return this.$c.toArray().map(row);
    }

    // The one row of the result; an exception when there are none or several.
    one() {
      return row(this.$c.one());
    }

    // The remaining rows as lists of values (column order).
    raw() {
      return Array.from(this.$c.raw(), (r) => r.map(cell));
    }

    get column_names() {
      return Array.from(this.$c.columnNames);
    }

    get rows_read() {
      return this.$c.rowsRead;
    }

    get rows_written() {
      return this.$c.rowsWritten;
    }

    __repr__() {
      return "<SqlCursor>";
    }
  },
  { to_list: [], one: [], raw: [] },
);

export const SqlStorage = /* @__PURE__ */ sigs(
  "SqlStorage",
  class SqlStorage extends PyObject {
    __init__(token, native) {
      native_only(token, "SqlStorage", FROM_SQL);
      this.$sql = native;
    }

    exec(query, ...bindings) {
      if (typeof query !== "string") throw new TypeError(`query must be str, not ${type_name(query)}`);
      return new SqlCursor(NATIVE, this.$sql.exec(query, ...bindings.map(bindValue)));
    }

    // The size of the object's database in bytes.
    get database_size() {
      return this.$sql.databaseSize;
    }

    __repr__() {
      return "<SqlStorage>";
    }
  },
  {},
);

// The Python view of `storage.sql` (extension "sql_storage").
export function sql_storage(native) {
  return new SqlStorage(NATIVE, native);
}
