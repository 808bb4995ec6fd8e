// D1: Python wrapper over a D1 database binding (API.md "The rest of the platform").
//
// Rows come back as dicts (column -> value), BLOB cells as bytes, meta as a dict. Bound
// values: None, bool, int, float, str, bytes. A failing statement raises the native
// D1 error, which Python sees as an exception carrying D1's message.

import { PyObject } from "../builtins/object.js";
import { Dict } from "../builtins/dict.js";
import { $repr } from "../builtins/repr.js";
import { $fnum } from "../builtins/floatbox.js";
import { TypeError } from "../builtins/exceptions.js";
import { from_js } from "../stdlib/json.js";
import { NATIVE, native_only, str_arg, binary_to_bytes, bytes_to_u8, is_bytes, is_none, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";

const FROM_D1 = "come from env.get_d1_database(name)";

function bindValue(v) {
  v = $fnum(v);
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "boolean":
    case "number":
    case "string":
      return v;
    case "bigint":
      return Number(v);
  }
  if (is_bytes(v)) return bytes_to_u8(v).slice().buffer;
  throw new TypeError(`D1 can bind None, bool, int, float, str or bytes, not ${type_name(v)}`);
}

function cell(v) {
  if (Array.isArray(v)) return binary_to_bytes(Uint8Array.from(v)); // a BLOB
  return binary_to_bytes(v) ?? from_js(v);
}

function row(obj) {
  const d = new Dict();
  for (const k of Object.keys(obj)) d.$set(k, cell(obj[k]));
  return d;
}

export const D1Result = /* @__PURE__ */ sigs(
  "D1Result",
  class D1Result extends PyObject {
    __init__(token, native) {
      native_only(token, "D1Result", FROM_D1);
      this.results = (native.results ?? []).map(row);
      this.success = native.success !== false;
      this.meta = from_js(native.meta ?? {});
    }

    __repr__() {
      return `D1Result(results=${$repr(this.results)}, success=${$repr(this.success)})`;
    }
  },
);

export const D1ExecResult = /* @__PURE__ */ sigs(
  "D1ExecResult",
  class D1ExecResult extends PyObject {
    __init__(token, native) {
      native_only(token, "D1ExecResult", FROM_D1);
      this.count = native.count ?? 0;
      this.duration = native.duration ?? 0;
    }

    __repr__() {
      return `D1ExecResult(count=${$repr(this.count)}, duration=${$repr(this.duration)})`;
    }
  },
);

export const D1PreparedStatement = /* @__PURE__ */ sigs(
  "D1PreparedStatement",
  class D1PreparedStatement extends PyObject {
    __init__(token, native) {
      native_only(token, "D1PreparedStatement", FROM_D1);
      this.$stmt = native;
    }

    bind(...values) {
      return new D1PreparedStatement(NATIVE, this.$stmt.bind(...values.map(bindValue)));
    }

    async all() {
      return new D1Result(NATIVE, await this.$stmt.all());
    }

    async run() {
      return new D1Result(NATIVE, await this.$stmt.run());
    }

    // The first row as a dict (None when there is none), or one column of it.
    async first(column = null) {
      if (is_none(column)) {
        const r = await this.$stmt.first();
        return is_none(r) ? null : row(r);
      }
      const v = await this.$stmt.first(str_arg(column, "column"));
      return is_none(v) ? null : cell(v);
    }

    // Rows as lists of values; with column_names=True the first list names the columns.
    async raw(column_names = false) {
      const rows = await this.$stmt.raw({ columnNames: column_names === true });
      return rows.map((r) => r.map(cell));
    }

    __repr__() {
      return "<D1PreparedStatement>";
    }
  },
  { all: [], run: [], first: ["column="], raw: ["column_names="] },
);

export const D1Database = /* @__PURE__ */ sigs(
  "D1Database",
  class D1Database extends PyObject {
    __init__(token, native) {
      native_only(token, "D1Database", FROM_D1);
      this.$db = native;
    }

    prepare(query) {
      return new D1PreparedStatement(NATIVE, this.$db.prepare(str_arg(query, "query")));
    }

    async batch(statements) {
      const natives = Array.from(statements, (s) => {
        if (!(s instanceof D1PreparedStatement)) {
          throw new TypeError(`batch() takes D1PreparedStatement objects, not ${type_name(s)}`);
        }
        return s.$stmt;
      });
      return (await this.$db.batch(natives)).map((r) => new D1Result(NATIVE, r));
    }

    async exec(query) {
      return new D1ExecResult(NATIVE, await this.$db.exec(str_arg(query, "query")));
    }

    __repr__() {
      return "<D1Database>";
    }
  },
  { prepare: ["query"], batch: ["statements"], exec: ["query"] },
);

// The Env binding wrapper for kind "d1" (installed by the generated entry module).
export function d1_database(native) {
  return new D1Database(NATIVE, native);
}
