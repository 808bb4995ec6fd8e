// Regenerate tests/stdlib/expected/*.json by running every case's Python code with
// CPython:   node tests/stdlib/gen_expected.mjs [suite-file-filter]
// (python3 on PATH; the checked-in files were produced with CPython 3.11).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

process.env.CFPY_STDLIB_GEN = "1";
const HERE = path.dirname(fileURLToPath(import.meta.url));
const { collected, EXPECTED_DIR } = await import("./_harness.mjs");

const filter = process.argv[2] || "";
for (const f of fs.readdirSync(HERE).sort()) {
  if (f.endsWith(".test.mjs") && f.includes(filter)) await import(pathToFileURL(path.join(HERE, f)).href);
}

const RUNNER = String.raw`
import ast, json, sys, traceback, warnings
warnings.simplefilter("ignore")

def norm_repr(v, seen=None):
    # repr(), container by container
    if seen is None:
        seen = set()
    if type(v) in (list, tuple, dict, set, frozenset):
        if id(v) in seen:
            return {list: "[...]", tuple: "(...)", dict: "{...}"}.get(type(v), "...")
        seen = seen | {id(v)}
    if type(v) is list:
        return "[" + ", ".join(norm_repr(x, seen) for x in v) + "]"
    if type(v) is tuple:
        if len(v) == 1:
            return "(" + norm_repr(v[0], seen) + ",)"
        return "(" + ", ".join(norm_repr(x, seen) for x in v) + ")"
    if type(v) is dict:
        return "{" + ", ".join(norm_repr(k, seen) + ": " + norm_repr(x, seen) for k, x in v.items()) + "}"
    if type(v) in (set, frozenset):
        if not v:
            return type(v).__name__ + "()"
        body = "{" + ", ".join(norm_repr(x, seen) for x in v) + "}"
        return body if type(v) is set else "frozenset(" + body + ")"
    return repr(v)

def run(setup, src):
    ns = {"__name__": "__main__"}
    try:
        exec(compile(setup, "<setup>", "exec"), ns)
        tree = ast.parse(src)
        last = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            last = tree.body.pop().value
        exec(compile(tree, "<case>", "exec"), ns)
        v = eval(compile(ast.Expression(last), "<case>", "eval"), ns) if last is not None else None
        return {"repr": norm_repr(v)}
    except Exception as e:
        return {"exc": traceback.format_exception_only(type(e), e)[-1].strip()}

suites = json.load(sys.stdin)
out = {}
for s in suites:
    out[s["name"]] = {c["name"]: run(s["setup"], c["py"]) for c in s["cases"]}
json.dump(out, sys.stdout)
`;

const out = JSON.parse(execFileSync("python3", ["-c", RUNNER], {
  input: JSON.stringify(collected),
  maxBuffer: 256 * 1024 * 1024,
}).toString());
fs.mkdirSync(EXPECTED_DIR, { recursive: true });
for (const [name, results] of Object.entries(out)) {
  const body = Object.entries(results).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n");
  fs.writeFileSync(path.join(EXPECTED_DIR, `${name}.json`), `{\n${body}\n}\n`);
  console.log(`${name}: ${Object.keys(results).length} cases`);
}
