"""The Workers API surface: the one table of what the platform offers a worker.

Events and the arguments their handlers get, binding kinds (the ``Env`` getter, the
wrangler config key each reads, the runtime wrapper the generated entry installs, the
diagnostic code and the declaration hint of a missing one), the Durable Object methods
the runtime calls, the workers members that need heavy runtime modules, and the value
types storage decodes into. The check phase (check/bindings.py), the config reader
(project/), the lowering (names.py, lower/workers_api.py), the entry template
(pipeline.py, templates/entry.js.j2) and docs/design.md read it;
tests/compiler/test_workers_surface.py holds the typed stub (runtime_shim/
cloudflare_workers) and the JS runtime (runtime_shim/js/workers) to it.

Depends only on the typed stub, so every phase may import it.
"""

from __future__ import annotations

from dataclasses import dataclass

import cloudflare_workers as _stub

WORKERS_MODULE = "cloudflare_workers"
# The typed API is the one list of public names.
WORKERS_NAMES = frozenset(_stub.__all__)
# Names that exist only for type checking (aliases); importing them emits nothing.
WORKERS_TYPE_ONLY = frozenset({"Body", "HeadersInit", "StorageValue"})
WORKERS_CLASSES = WORKERS_NAMES - WORKERS_TYPE_ONLY - {"fetch", "caches"}
# Classes whose runtime constructor takes the stub's parameters in the stub's order, so a
# call is laid out at compile time (lower/workers_api.py).
LAID_OUT_CONSTRUCTORS = frozenset({"CloudflareWorkers", "Request", "Response", "Headers"})


# -- events ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """An event the worker may handle: the ``CloudflareWorkers`` keyword, the key of the
    module's ``export default`` object, and the arguments the runtime passes."""

    name: str
    params: tuple[str, ...]
    # the workers/entry.js exports that wrap each argument into its Python object
    wrappers: tuple[str, ...]

    @property
    def runtime_handler(self) -> str:
        """The workers/entry.js export that adapts the native event."""
        return f"{self.name}_handler"


EVENTS: tuple[Event, ...] = (
    Event("fetch", ("request", "env", "ctx"), ("wrap_request", "wrap_env", "wrap_context")),
    Event("scheduled", ("event", "env", "ctx"), ("wrap_scheduled_event", "wrap_env", "wrap_context")),
    Event("queue", ("batch", "env", "ctx"), ("wrap_message_batch", "wrap_env", "wrap_context")),
    Event("email", ("message", "env", "ctx"), ("wrap_email_message", "wrap_env", "wrap_context")),
)
EVENT_NAMES = tuple(e.name for e in EVENTS)


@dataclass(frozen=True)
class ObjectMethod:
    """A Durable Object method the runtime calls: allowed positional counts after self."""

    name: str
    low: int
    high: int
    expected: str


DURABLE_OBJECT_METHODS: dict[str, ObjectMethod] = {
    m.name: m
    for m in (
        ObjectMethod("fetch", 1, 2, "fetch(self, request) or fetch(self, request, env)"),
        ObjectMethod("alarm", 0, 1, "alarm(self)"),
        # hibernation handlers (runtime workers/entry.js)
        ObjectMethod("websocket_message", 2, 2, "websocket_message(self, ws, message)"),
        ObjectMethod(
            "websocket_close", 4, 4, "websocket_close(self, ws, code, reason, was_clean)"
        ),
        ObjectMethod("websocket_error", 2, 2, "websocket_error(self, ws, error)"),
    )
}


# -- bindings --------------------------------------------------------------------------


@dataclass(frozen=True)
class ConfigKey:
    """Where a wrangler config declares bindings of a kind: ``key`` (dotted for nested
    tables) holds an array of tables (or one table when ``single``), each naming the
    binding under ``name_field``."""

    key: str
    name_field: str = "binding"
    single: bool = False
    # the TOML a user adds to declare NAME (JSON configs get the same keys as JSON)
    example: str = ""
    # the hints that tell how to declare NAME in a TOML / JSON config ({file}: the config
    # file's name, {example}: the example above, {key}/{name_field}: this key's fields)
    toml_hint: str = "add to {file}:\n\n{example}\n"
    json_hint: str = 'add {{"{name_field}": "{name}", ...}} to "{key}" in {file}'


@dataclass(frozen=True)
class BindingKind:
    kind: str  # the runtime's name for it (env.js use_binding_kinds)
    getter: str  # the Env method
    what: str  # how messages name it
    returns: str  # the typed stub class the getter returns
    code: str  # the diagnostic of an undeclared name
    config: tuple[ConfigKey, ...]
    # (runtime file under runtime_shim/js, export wrapping the native binding); None: the
    # value is used as it is (vars)
    wrapper: tuple[str, str] | None
    # a method of the native binding that tells it from bindings of other kinds
    native_method: str = ""

    @property
    def declaration(self) -> str:
        """How runtime messages name the declaration: ``[[kv_namespaces]] binding``."""
        return f"[[{self.config[0].key}]] {self.config[0].name_field}"


BINDING_KINDS: tuple[BindingKind, ...] = (
    BindingKind(
        "kv", "get_kv_namespace", "KV namespace", "KVNamespace", "CF320",
        (
            ConfigKey(
                "kv_namespaces",
                example='[[kv_namespaces]]\nbinding = "{name}"',
                # An array-of-tables header is valid wherever it is pasted (an inline
                # `kv_namespaces = [...]` appended after [vars] would land inside [vars]); no
                # id: `wrangler deploy` creates the namespace and writes its id (wrangler >= 4.45).
                toml_hint="add to {file} (anywhere, e.g. at the end):\n\n{example}\n\n"
                "`wrangler deploy` creates the namespace and writes its id; "
                'to bind an existing one add id = "..."',
                json_hint='add {{"binding": "{name}"}} to "kv_namespaces" in {file} '
                '(`wrangler deploy` creates the namespace; add "id" to bind an existing one)',
            ),
        ),
        ("workers/kv.js", "kv_namespace"),
        "getWithMetadata",
    ),
    BindingKind(
        "do", "get_durable_object_namespace", "Durable Object namespace",
        "DurableObjectNamespace", "CF321",
        (
            ConfigKey(
                "durable_objects.bindings", "name",
                example='[[durable_objects.bindings]]\nname = "{name}"\nclass_name = "<YourClass>"',
                toml_hint="add to {file} (anywhere, e.g. at the end):\n\n{example}\n",
                json_hint='add {{"name": "{name}", "class_name": "<YourClass>"}} to "durable_objects.bindings" in {file}',
            ),
        ),
        ("workers/durable_object.js", "durable_object_namespace"),
        "idFromName",
    ),
    BindingKind(
        "var", "get_var", "variable", "str", "CF322",
        (
            ConfigKey(
                "vars",
                example='[vars]\n{name} = "..."',
                toml_hint='add to {file} under [vars]: {name} = "..." (or put secrets in .dev.vars)',
                json_hint='add "{name}" to "vars" in {file} (or put secrets in .dev.vars)',
            ),
        ),
        None,
    ),
    BindingKind(
        "d1", "get_d1_database", "D1 database", "D1Database", "CF325",
        (
            ConfigKey(
                "d1_databases",
                example='[[d1_databases]]\nbinding = "{name}"',
            ),
        ),
        ("workers/d1.js", "d1_database"),
        "prepare",
    ),
    BindingKind(
        "r2", "get_r2_bucket", "R2 bucket", "R2Bucket", "CF325",
        (ConfigKey("r2_buckets", example='[[r2_buckets]]\nbinding = "{name}"'),),
        ("workers/r2.js", "r2_bucket"),
        "createMultipartUpload",
    ),
    BindingKind(
        "queue", "get_queue", "queue producer", "Queue", "CF325",
        (ConfigKey("queues.producers", example='[[queues.producers]]\nbinding = "{name}"\nqueue = "{queue}"'),),
        ("workers/queue.js", "queue_producer"),
        "sendBatch",
    ),
    BindingKind(
        "fetcher", "get_fetcher", "service binding", "Fetcher", "CF325",
        (
            ConfigKey(
                "services",
                example='[[services]]\nbinding = "{name}"\nservice = "<worker-name>"',
            ),
            ConfigKey("assets", single=True, example='[assets]\ndirectory = "./public"\nbinding = "{name}"'),
        ),
        ("workers/fetcher.js", "fetcher"),
        "fetch",
    ),
)
KINDS = {k.kind: k for k in BINDING_KINDS}
GETTERS = {k.getter: k for k in BINDING_KINDS}
# Env members that are not bindings: `env.NAME` with one of these names is the method.
ENV_METHODS = frozenset(GETTERS)


def declaration_hint(kind: BindingKind, name: str, config_name: str) -> str:
    """What to add to the config to declare ``name`` as a binding of ``kind``."""
    # (no ids: `wrangler deploy` provisions D1 databases and R2 buckets it does not know)
    key = kind.config[0]
    example = key.example.format(name=name, queue=name.lower().replace("_", "-"))
    template = key.toml_hint if config_name.endswith(".toml") else key.json_hint
    return template.format(file=config_name, example=example, name=name, key=key.key, name_field=key.name_field)


# -- members that need heavy runtime modules ----------------------------------------------

ANY_ATTRIBUTE = "*"
# Pseudo-name: `.get(...)` called with something other than one string literal (a
# Durable Object storage get([keys]) returns a dict).
GET_MANY = "get(...)"

# Attribute name -> the members (exports of runtime workers/members.js) that code naming
# it may reach; the entry installs them (workers/ext.js), so a worker that never names
# them carries none of the JSON, bytes, dict, datetime or Headers code they need.
WORKERS_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "query": ("query_dict",),
    "cf": ("cf_value",),
    "json": ("parse_json", "dump_json"),
    "bytes": ("to_bytes",),
    "headers": ("wrap_headers",),
    "get_var": ("var_value",),
    "scheduled_time": ("datetime_from_ms",),
    "timestamp": ("datetime_from_ms",),
    "get_alarm": ("datetime_from_ms",),
    "list": ("storage_dict",),
    "sql": ("sql_storage",),
    # binary WebSocket messages (runtime workers/websocket.js message_value)
    "accept_websocket": ("to_bytes",),
    "add_event_listener": ("to_bytes",),
    GET_MANY: ("storage_dict",),
}

# Types Durable Object storage and queue bodies decode into that a bundle may not
# contain (runtime workers/values.js): type name -> (runtime file, export).
VALUE_TYPES: dict[str, tuple[str, str]] = {
    "dict": ("builtins/dict.js", "Dict"),
    "bytes": ("builtins/bytes.js", "Bytes"),
    "datetime": ("stdlib/datetime.js", "datetime"),
}


def binding_kinds_markdown() -> str:
    """The binding kinds as the Markdown table docs/design.md shows ("Env")."""
    rows = [
        "| kind | getter | returns | wrangler config | runtime wrapper | undeclared |",
        "|---|---|---|---|---|---|",
    ]
    for k in BINDING_KINDS:
        keys = ", ".join(f"`{c.key}` (`{c.name_field}`)" if c.key != "vars" else "`vars`" for c in k.config)
        wrapper = f"`{k.wrapper[0]}` `{k.wrapper[1]}`" if k.wrapper else "-"
        rows.append(f"| {k.what} | `{k.getter}` | `{k.returns}` | {keys} | {wrapper} | {k.code} |")
    return "\n".join(rows) + "\n"
