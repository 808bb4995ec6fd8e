"""Write Cloudflare Workers in Python: the API that ``cfpy build`` compiles.

This module is the typed, documented face of the API for editors and type checkers.
It never runs: ``cfpy build`` maps ``import cloudflare_workers`` onto its JavaScript
runtime, so every body here raises ``NotImplementedError``.

A minimal worker::

    from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response

    async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
        todos = env.get_kv_namespace("TODOS")
        await todos.put("write-docs", "in-progress")
        return Response(await todos.get("write-docs"))

    CloudflareWorkers(fetch=fetch)

Values cross into the Workers platform as Python values: ``None``, ``bool``, ``int``,
``float``, ``str``, ``bytes``, ``list``, ``tuple``, ``dict`` and ``datetime`` come back
from Durable Object storage as the same types; KV keeps text, bytes and JSON.
"""

from __future__ import annotations

import builtins
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Iterable,
    Iterator,
    Mapping,
)
from datetime import datetime
from typing import Any, Generic, Literal, NoReturn, Protocol, TypeAlias, TypeVar, overload

__all__ = [
    "Body",
    "Cache",
    "CacheStorage",
    "CloudflareWorkers",
    "Comment",
    "D1Database",
    "D1ExecResult",
    "D1PreparedStatement",
    "D1Result",
    "DurableObject",
    "DurableObjectId",
    "DurableObjectNamespace",
    "DurableObjectState",
    "DurableObjectStorage",
    "DurableObjectStub",
    "DurableObjectTransaction",
    "Element",
    "EmailMessage",
    "Env",
    "ExecutionContext",
    "Fetcher",
    "HTMLRewriter",
    "Headers",
    "HeadersInit",
    "KVKey",
    "KVListResult",
    "KVNamespace",
    "KVValueWithMetadata",
    "MessageBatch",
    "Queue",
    "QueueMessage",
    "R2Bucket",
    "R2Object",
    "R2Objects",
    "ReadableStream",
    "Request",
    "Response",
    "ScheduledEvent",
    "SqlCursor",
    "SqlStorage",
    "StorageValue",
    "TextChunk",
    "WebSocket",
    "WebSocketEvent",
    "WebSocketPair",
    "caches",
    "fetch",
]

_T = TypeVar("_T")
_V = TypeVar("_V")


def _compiled_only() -> NoReturn:
    raise NotImplementedError("runs only when compiled by cfpy")


class ReadableStream:
    """A JavaScript ``ReadableStream`` (opaque to Python).

    Returned by :meth:`KVNamespace.get_stream`; it can be passed on as a
    :class:`Response` body or a KV value without being read into memory.
    """


StorageValue: TypeAlias = (
    "None | bool | int | float | str | bytes"
    " | list[Any] | tuple[Any, ...] | dict[Any, Any] | datetime"
)
"""What Durable Object storage keeps; nested lists, tuples and dicts may hold the same."""

HeadersInit: TypeAlias = "Headers | Mapping[str, str] | Iterable[tuple[str, str]]"
"""Headers as a :class:`Headers`, a ``dict`` of name -> value, or ``(name, value)`` pairs."""

Body: TypeAlias = "str | bytes | ReadableStream | None"
"""A request or response body: text (UTF-8), raw bytes, a stream, or none."""


# --------------------------------------------------------------------------------------
# HTTP


class Headers:
    """HTTP headers: a case-insensitive mapping of header name -> value.

    ``headers["Content-Type"]`` raises ``KeyError`` when absent; ``headers.get(name)``
    returns ``None``. Names are reported lower-cased; repeated headers are joined with
    ``", "`` (use :meth:`get_all` for ``Set-Cookie``). The headers of an incoming request
    and of a fetched response are read-only.
    """

    def __init__(self, init: HeadersInit | None = None) -> None:
        _compiled_only()

    @overload
    def get(self, name: str) -> str | None: ...
    @overload
    def get(self, name: str, default: str) -> str: ...
    @overload
    def get(self, name: str, default: _T) -> str | _T: ...
    def get(self, name: str, default: object = None) -> object:
        """The value of header ``name``, or ``default`` when it is absent."""
        _compiled_only()

    def get_all(self, name: str) -> list[str]:
        """Every value of header ``name`` (each ``Set-Cookie`` line separately)."""
        _compiled_only()

    def set(self, name: str, value: str) -> None:
        """Replace header ``name`` with ``value``."""
        _compiled_only()

    def append(self, name: str, value: str) -> None:
        """Add ``value`` to header ``name``, keeping existing values."""
        _compiled_only()

    def __getitem__(self, name: str) -> str:
        _compiled_only()

    def __setitem__(self, name: str, value: str) -> None:
        _compiled_only()

    def __delitem__(self, name: str) -> None:
        _compiled_only()

    def __contains__(self, name: object) -> bool:
        _compiled_only()

    def __iter__(self) -> Iterator[str]:
        _compiled_only()

    def __len__(self) -> int:
        _compiled_only()

    def keys(self) -> list[str]:
        """Header names, lower-cased and sorted."""
        _compiled_only()

    def values(self) -> list[str]:
        """Header values, in the order of :meth:`keys`."""
        _compiled_only()

    def items(self) -> list[tuple[str, str]]:
        """``(name, value)`` pairs, in the order of :meth:`keys`."""
        _compiled_only()


class Request:
    """An HTTP request: the one a handler receives, or one built to send with :func:`fetch`.

    ``Request(url, method="GET", headers=None, body=None)``; ``url`` must be absolute.
    """

    def __init__(
        self,
        url: str,
        method: str = "GET",
        headers: HeadersInit | None = None,
        body: Body = None,
    ) -> None:
        _compiled_only()

    @property
    def method(self) -> str:
        """The HTTP method, upper-case (``"GET"``, ``"POST"``, ...)."""
        _compiled_only()

    @property
    def url(self) -> str:
        """The full URL, including the query string."""
        _compiled_only()

    @property
    def path(self) -> str:
        """The URL path (``"/todos/1"``), without the query string."""
        _compiled_only()

    @property
    def query(self) -> dict[str, str]:
        """Query-string parameters; for a repeated name the last value wins, and blank
        values are kept (`?q=&flag` gives `{"q": "", "flag": ""}`)."""
        _compiled_only()

    @property
    def headers(self) -> Headers:
        """The request headers (case-insensitive)."""
        _compiled_only()

    @property
    def cf(self) -> dict[str, Any] | None:
        """Cloudflare's request properties (``country``, ``colo``, ...), or ``None``."""
        _compiled_only()

    async def text(self) -> str:
        """The body decoded as UTF-8 text. A body can be read once."""
        _compiled_only()

    async def json(self) -> Any:
        """The body parsed as JSON into Python values (dict, list, str, ...)."""
        _compiled_only()

    async def bytes(self) -> builtins.bytes:
        """The raw body."""
        _compiled_only()


class _JsonResponseConstructor(Protocol):
    def __call__(
        self, data: Any, status: int = 200, headers: HeadersInit | None = None
    ) -> Response: ...


class _ResponseJson:
    """``Response.json(data, status=200, headers=None)`` builds a JSON response;
    ``await response.json()`` parses a response body as JSON."""

    @overload
    def __get__(self, instance: None, owner: type[Response]) -> _JsonResponseConstructor: ...
    @overload
    def __get__(
        self, instance: Response, owner: type[Response]
    ) -> Callable[[], Coroutine[Any, Any, Any]]: ...
    def __get__(
        self, instance: Response | None, owner: type[Response]
    ) -> _JsonResponseConstructor | Callable[[], Coroutine[Any, Any, Any]]:
        _compiled_only()


class Response:
    """An HTTP response: what a fetch handler returns, or what :func:`fetch` gives back.

    ``Response(body=None, status=200, headers=None)``: a ``str`` body is sent as UTF-8
    ``text/plain`` unless ``headers`` set a ``Content-Type``.
    """

    def __init__(
        self,
        body: Body = None,
        status: int = 200,
        headers: HeadersInit | None = None,
        web_socket: WebSocket | None = None,
    ) -> None:
        """``web_socket``: the client end of a :class:`WebSocketPair`, answering a
        WebSocket upgrade request with ``status=101``."""
        _compiled_only()

    @staticmethod
    def ok(body: Body = None) -> Response:
        """A ``200 OK`` response with ``body``."""
        _compiled_only()

    json = _ResponseJson()
    """On the class, ``Response.json(data, status=200, headers=None)``: a response whose
    body is ``data`` as JSON (``Content-Type: application/json``). On an instance,
    ``await response.json()``: the body parsed as JSON into Python values."""

    @staticmethod
    def redirect(url: str, status: int = 302) -> Response:
        """A redirect to ``url`` (absolute or relative); ``status`` is 301, 302, 303, 307
        or 308."""
        _compiled_only()

    @staticmethod
    def not_found(body: Body = "Not Found") -> Response:
        """A ``404 Not Found`` response."""
        _compiled_only()

    @property
    def status(self) -> int:
        """The HTTP status code."""
        _compiled_only()

    @property
    def headers(self) -> Headers:
        """The response headers (read-only on a fetched response)."""
        _compiled_only()

    async def text(self) -> str:
        """The body decoded as UTF-8 text. A body can be read once."""
        _compiled_only()

    async def bytes(self) -> builtins.bytes:
        """The raw body."""
        _compiled_only()


async def fetch(
    request: Request | str,
    method: str | None = None,
    headers: HeadersInit | None = None,
    body: Body = None,
) -> Response:
    """Send an HTTP request: a :class:`Request`, or an absolute URL plus ``method``,
    ``headers`` and ``body`` (which also override those of a given Request)."""
    _compiled_only()


# --------------------------------------------------------------------------------------
# KV


class KVKey:
    """One key of a KV listing: ``name``, ``expiration`` (or ``None``) and ``metadata``
    (the JSON value stored with :meth:`KVNamespace.put`, or ``None``).

    ``str(key)`` is the name, and a KVKey can be passed wherever a KV method takes a key.
    """

    name: str
    expiration: datetime | None
    metadata: Any

    def __init__(self, name: str, expiration: datetime | None = None, metadata: Any = None) -> None:
        _compiled_only()

    def __eq__(self, other: object) -> bool:
        _compiled_only()

    def __hash__(self) -> int:
        _compiled_only()


class KVListResult:
    """One page of :meth:`KVNamespace.list`: ``keys``, ``list_complete`` and the
    ``cursor`` to pass for the next page (``None`` once ``list_complete``)."""

    keys: list[KVKey]
    list_complete: bool
    cursor: str | None

    def __init__(self, keys: list[KVKey], list_complete: bool, cursor: str | None = None) -> None:
        _compiled_only()


class KVValueWithMetadata(Generic[_V]):
    """What :meth:`KVNamespace.get_with_metadata` returns: ``value`` (``None`` when the
    key is missing) and ``metadata`` (``None`` when absent)."""

    value: _V | None
    metadata: Any

    def __init__(self, value: _V | None, metadata: Any = None) -> None:
        _compiled_only()


class KVNamespace:
    """A Workers KV namespace, from :meth:`Env.get_kv_namespace`.

    ``cache_ttl`` (seconds, at least 60) sets how long a read may be served from the
    edge cache.
    """

    async def get(self, key: str | KVKey, cache_ttl: int | None = None) -> str | None:
        """The value of ``key`` as text, or ``None`` when missing."""
        _compiled_only()

    async def get_json(self, key: str | KVKey, cache_ttl: int | None = None) -> Any:
        """The value of ``key`` parsed as JSON into Python values, or ``None`` when missing."""
        _compiled_only()

    async def get_bytes(
        self, key: str | KVKey, cache_ttl: int | None = None
    ) -> builtins.bytes | None:
        """The value of ``key`` as bytes, or ``None`` when missing."""
        _compiled_only()

    async def get_stream(
        self, key: str | KVKey, cache_ttl: int | None = None
    ) -> ReadableStream | None:
        """The value of ``key`` as a stream (e.g. to return as a Response body), or ``None``."""
        _compiled_only()

    @overload
    async def get_with_metadata(
        self, key: str | KVKey, type: Literal["text"] = "text", cache_ttl: int | None = None
    ) -> KVValueWithMetadata[str]: ...
    @overload
    async def get_with_metadata(
        self, key: str | KVKey, type: Literal["json"], cache_ttl: int | None = None
    ) -> KVValueWithMetadata[Any]: ...
    @overload
    async def get_with_metadata(
        self, key: str | KVKey, type: Literal["bytes"], cache_ttl: int | None = None
    ) -> KVValueWithMetadata[builtins.bytes]: ...
    @overload
    async def get_with_metadata(
        self, key: str | KVKey, type: Literal["stream"], cache_ttl: int | None = None
    ) -> KVValueWithMetadata[ReadableStream]: ...
    async def get_with_metadata(
        self, key: str | KVKey, type: str = "text", cache_ttl: int | None = None
    ) -> KVValueWithMetadata[Any]:
        """The value of ``key`` (as ``type``: ``"text"``, ``"json"``, ``"bytes"`` or
        ``"stream"``) together with its metadata."""
        _compiled_only()

    async def put(
        self,
        key: str | KVKey,
        value: str | builtins.bytes | dict[str, Any] | builtins.list[Any] | ReadableStream,
        expiration: datetime | None = None,
        expiration_ttl: int | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        """Store ``value`` under ``key``.

        A ``str`` is stored as text and ``bytes`` as raw bytes; a ``dict`` or ``list`` is
        stored as JSON (read it back with :meth:`get_json`). ``expiration`` is when the
        key expires; ``expiration_ttl`` is seconds from now (at least 60). ``metadata``
        is a JSON-serializable dict (at most 1024 bytes as JSON).
        """
        _compiled_only()

    async def delete(self, key: str | KVKey) -> None:
        """Remove ``key`` (no error if it does not exist)."""
        _compiled_only()

    async def list(
        self, prefix: str | None = None, limit: int | None = None, cursor: str | None = None
    ) -> KVListResult:
        """One page (at most ``limit``, default 1000) of keys, in lexicographic order."""
        _compiled_only()

    def keys(self, prefix: str | None = None) -> AsyncIterator[KVKey]:
        """Every key (optionally starting with ``prefix``), following list cursors::

        async for key in kv.keys(prefix="user:"):
            print(key.name)
        """
        _compiled_only()


# --------------------------------------------------------------------------------------
# Durable Objects


class DurableObjectId:
    """The id of a Durable Object. ``str(id)`` is its 64-digit hex form (accepted by
    :meth:`DurableObjectNamespace.id_from_string`); ids compare with ``==``."""

    @property
    def name(self) -> str | None:
        """The name given to ``id_from_name``; ``None`` for other ids."""
        _compiled_only()

    def __eq__(self, other: object) -> bool:
        _compiled_only()

    def __hash__(self) -> int:
        _compiled_only()


class DurableObjectStub:
    """A client for one Durable Object, from :meth:`DurableObjectNamespace.get`."""

    @property
    def id(self) -> DurableObjectId:
        _compiled_only()

    @property
    def name(self) -> str | None:
        _compiled_only()

    async def fetch(
        self,
        request: Request | str,
        method: str | None = None,
        headers: HeadersInit | None = None,
        body: Body = None,
    ) -> Response:
        """Send a request to the object's ``fetch``: a :class:`Request`, or a URL
        (a path such as ``"/increment"`` is fine) plus ``method``/``headers``/``body``."""
        _compiled_only()

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        """RPC: every public method of the object, ``await stub.add_message("hi")``.
        Arguments and results are Python values (as storage values); an exception the
        method raises is raised here as its nearest builtin class, with the same args
        (``remote_type`` names the original class)."""
        _compiled_only()


class DurableObjectNamespace:
    """A Durable Object binding, from :meth:`Env.get_durable_object_namespace`."""

    def id_from_name(self, name: str) -> DurableObjectId:
        """The id for ``name``: the same name always reaches the same object."""
        _compiled_only()

    def new_unique_id(self, jurisdiction: str | None = None) -> DurableObjectId:
        """A new, random id (optionally restricted to a jurisdiction such as ``"eu"``)."""
        _compiled_only()

    def id_from_string(self, id: str) -> DurableObjectId:
        """Parse the hex form of an id (``str(id)``); ``ValueError`` if invalid."""
        _compiled_only()

    def get(self, id: DurableObjectId, location_hint: str | None = None) -> DurableObjectStub:
        """A stub for the object with ``id``."""
        _compiled_only()


class _StorageMethods:
    """Methods shared by :class:`DurableObjectStorage` and :class:`DurableObjectTransaction`."""

    @overload
    async def get(self, key: str) -> Any: ...
    @overload
    async def get(self, key: builtins.list[str]) -> dict[str, Any]: ...
    async def get(self, key: str | builtins.list[str]) -> Any:
        """The value stored under ``key`` (``None`` when missing); for a list of keys, a
        dict of the keys that exist."""
        _compiled_only()

    @overload
    async def put(self, key: str, value: StorageValue) -> None: ...
    @overload
    async def put(self, entries: Mapping[str, StorageValue], /) -> None: ...
    async def put(self, key: str | Mapping[str, StorageValue], value: StorageValue = None) -> None:
        """Store ``value`` under ``key``, or every item of a dict at once (atomically)."""
        _compiled_only()

    @overload
    async def delete(self, key: str) -> bool: ...
    @overload
    async def delete(self, key: builtins.list[str]) -> int: ...
    async def delete(self, key: str | builtins.list[str]) -> bool | int:
        """Remove ``key`` and say whether it existed; for a list of keys, how many existed."""
        _compiled_only()

    async def delete_all(self) -> None:
        """Remove every key (the alarm is kept)."""
        _compiled_only()

    async def list(
        self,
        start: str | None = None,
        start_after: str | None = None,
        end: str | None = None,
        prefix: str | None = None,
        reverse: bool = False,
        limit: int | None = None,
    ) -> dict[str, Any]:
        """Stored items ordered by key: from ``start`` (inclusive) or ``start_after``
        (exclusive; not both) up to ``end`` (exclusive), only keys starting with
        ``prefix``, in descending order if ``reverse``, at most ``limit`` items."""
        _compiled_only()

    async def get_alarm(self) -> datetime | None:
        """When the alarm is set to fire, or ``None``."""
        _compiled_only()

    async def set_alarm(self, scheduled_time: datetime) -> None:
        """Run the object's ``alarm()`` at ``scheduled_time`` (replacing any alarm)."""
        _compiled_only()

    async def delete_alarm(self) -> None:
        """Cancel the alarm, if any."""
        _compiled_only()


class DurableObjectTransaction(_StorageMethods):
    """The storage view inside :meth:`DurableObjectStorage.transaction`."""

    def rollback(self) -> None:
        """Discard every write of this transaction."""
        _compiled_only()


SqlValue: TypeAlias = "None | int | float | str | builtins.bytes"
"""What a SQL storage column holds (``bool`` binds as 1/0)."""


class SqlCursor:
    """The result of :meth:`SqlStorage.exec`: iterate it for the rows as dicts (column ->
    value, BLOBs as ``bytes``); a cursor is read once."""

    def __iter__(self) -> Iterator[dict[str, SqlValue]]:
        _compiled_only()

    def __next__(self) -> dict[str, SqlValue]:
        _compiled_only()

    def to_list(self) -> list[dict[str, SqlValue]]:
        """The remaining rows."""
        _compiled_only()

    def one(self) -> dict[str, SqlValue]:
        """The one row of the result; an exception when there is none or more."""
        _compiled_only()

    def raw(self) -> list[list[SqlValue]]:
        """The remaining rows as lists of values, in column order."""
        _compiled_only()

    @property
    def column_names(self) -> list[str]:
        _compiled_only()

    @property
    def rows_read(self) -> int:
        _compiled_only()

    @property
    def rows_written(self) -> int:
        _compiled_only()


class SqlStorage:
    """The SQLite database of a SQLite-backed Durable Object (``self.state.storage.sql``;
    the class needs ``new_sqlite_classes`` in its migration)."""

    def exec(self, query: str, *bindings: SqlValue | bool) -> SqlCursor:
        """Run one or more statements (``?`` placeholders take ``bindings``); a failing
        statement raises an exception carrying SQLite's message."""
        _compiled_only()

    @property
    def database_size(self) -> int:
        """The database's size in bytes."""
        _compiled_only()


class DurableObjectStorage(_StorageMethods):
    """A Durable Object's transactional key-value storage (``self.state.storage``).

    Keys are ``str``; values are :data:`StorageValue` and come back with their Python
    types.
    """

    async def transaction(self, closure: Callable[[DurableObjectTransaction], Awaitable[_T]]) -> _T:
        """Run ``closure(txn)`` atomically and return its result; an exception or
        ``txn.rollback()`` discards its writes."""
        _compiled_only()

    @property
    def sql(self) -> SqlStorage:
        """SQL storage (SQLite-backed objects)."""
        _compiled_only()

    async def sync(self) -> None:
        """Wait until every earlier write is durable."""
        _compiled_only()


class DurableObjectState:
    """A Durable Object's state (``self.state``)."""

    @property
    def id(self) -> DurableObjectId:
        _compiled_only()

    @property
    def storage(self) -> DurableObjectStorage:
        _compiled_only()

    def wait_until(self, awaitable: Awaitable[Any]) -> None:
        """Keep the object alive until ``awaitable`` finishes."""
        _compiled_only()

    async def block_concurrency_while(self, callback: Callable[[], Awaitable[_T]]) -> _T:
        """Run ``await callback()`` with no other event delivered to the object
        meanwhile (e.g. to load state in ``__init__``); returns its result."""
        _compiled_only()

    def accept_websocket(self, ws: WebSocket, tags: Iterable[str] | None = None) -> None:
        """Accept the server end of a :class:`WebSocketPair` with hibernation: the
        object may sleep while the socket stays open; its messages arrive at the
        object's ``websocket_message(self, ws, message)`` (and ``websocket_close(self,
        ws, code, reason, was_clean)``, ``websocket_error(self, ws, error)``)."""
        _compiled_only()

    def get_websockets(self, tag: str | None = None) -> list[WebSocket]:
        """The sockets accepted with :meth:`accept_websocket` (those tagged ``tag``)."""
        _compiled_only()

    def get_tags(self, ws: WebSocket) -> list[str]:
        """The tags ``ws`` was accepted with."""
        _compiled_only()


class DurableObject:
    """Base class of Durable Objects.

    Subclass it, register the class in ``CloudflareWorkers(durable_objects={...})``
    under its wrangler ``class_name``, and define::

        async def fetch(self, request: Request) -> Response: ...   # or (self, request, env)
        async def alarm(self) -> None: ...                          # optional
        async def websocket_message(self, ws: WebSocket, message: str | bytes) -> None: ...
        async def websocket_close(self, ws: WebSocket, code: int, reason: str, was_clean: bool) -> None: ...
        async def websocket_error(self, ws: WebSocket, error: Exception) -> None: ...

    (the last three for sockets accepted with ``self.state.accept_websocket(ws)``).
    Every other public method is callable over RPC from a :class:`DurableObjectStub`.

    ``__init__`` may take no arguments or ``(self, state, env)``; either way
    ``self.state`` and ``self.env`` are set before ``fetch``/``alarm`` run.
    """

    state: DurableObjectState
    env: Env

    def __init__(self, state: DurableObjectState | None = None, env: Env | None = None) -> None:
        _compiled_only()


# --------------------------------------------------------------------------------------
# HTMLRewriter


class _Content:
    """Insert around, replace or remove a piece of the document (``html=True``: the
    content is HTML, else text that is escaped)."""

    def before(self, content: str, html: bool = False) -> Any:
        _compiled_only()

    def after(self, content: str, html: bool = False) -> Any:
        _compiled_only()

    def replace(self, content: str, html: bool = False) -> Any:
        _compiled_only()

    def remove(self) -> Any:
        _compiled_only()

    @property
    def removed(self) -> bool:
        _compiled_only()


class Element(_Content):
    """An element a handler's ``element(self, el)`` gets."""

    tag_name: str
    """The tag name; assign to rename the element."""

    @property
    def attributes(self) -> list[tuple[str, str]]:
        _compiled_only()

    def get_attribute(self, name: str) -> str | None:
        _compiled_only()

    def has_attribute(self, name: str) -> bool:
        _compiled_only()

    def set_attribute(self, name: str, value: str) -> Element:
        _compiled_only()

    def remove_attribute(self, name: str) -> Element:
        _compiled_only()

    def prepend(self, content: str, html: bool = False) -> Element:
        _compiled_only()

    def append(self, content: str, html: bool = False) -> Element:
        _compiled_only()

    def set_inner_content(self, content: str, html: bool = False) -> Element:
        _compiled_only()

    def remove_and_keep_content(self) -> Element:
        _compiled_only()


class TextChunk(_Content):
    """A piece of text a handler's ``text(self, chunk)`` gets (a text node may come in
    several chunks)."""

    @property
    def text(self) -> str:
        _compiled_only()

    @property
    def last_in_text_node(self) -> bool:
        _compiled_only()


class Comment(_Content):
    """A comment a handler's ``comments(self, comment)`` gets."""

    text: str


class HTMLRewriter:
    """Rewrite HTML as a response streams through: ``HTMLRewriter().on("a[href]",
    handler).transform(response)``. A handler is any object with ``element``, ``text``
    and/or ``comments`` methods (sync or async); an ``on_document`` handler may also
    have ``doctype`` and ``end``."""

    def __init__(self) -> None:
        _compiled_only()

    def on(self, selector: str, handler: object) -> HTMLRewriter:
        _compiled_only()

    def on_document(self, handler: object) -> HTMLRewriter:
        _compiled_only()

    def transform(self, response: Response) -> Response:
        _compiled_only()


# --------------------------------------------------------------------------------------
# Cache API


class Cache:
    """A cache: :attr:`CacheStorage.default` or ``await caches.open(name)``. A request is
    a :class:`Request` or a URL string."""

    async def match(self, request: Request | str) -> Response | None:
        """The cached response for ``request``, or None."""
        _compiled_only()

    async def put(self, request: Request | str, response: Response) -> None:
        """Cache ``response`` for ``request`` (its ``Cache-Control`` says how long); the
        response's body is read by this."""
        _compiled_only()

    async def delete(self, request: Request | str) -> bool:
        """Whether a cached response for ``request`` was removed."""
        _compiled_only()


class CacheStorage:
    """``from cloudflare_workers import caches``."""

    @property
    def default(self) -> Cache:
        """The default cache."""
        _compiled_only()

    async def open(self, cache_name: str) -> Cache:
        """The cache called ``cache_name``."""
        _compiled_only()


caches: CacheStorage = CacheStorage()
"""The worker's caches: ``caches.default`` and ``await caches.open(name)``."""


# --------------------------------------------------------------------------------------
# WebSockets


class WebSocket:
    """One end of a :class:`WebSocketPair`."""

    def accept(self) -> None:
        """Handle this end in the worker (a Durable Object accepts with
        :meth:`DurableObjectState.accept_websocket` instead, to hibernate)."""
        _compiled_only()

    def send(self, message: str | builtins.bytes) -> None:
        """Send a text (``str``) or binary (``bytes``) message."""
        _compiled_only()

    def close(self, code: int = 1000, reason: str = "") -> None:
        _compiled_only()

    @property
    def ready_state(self) -> int:
        """0 connecting, 1 open, 2 closing, 3 closed."""
        _compiled_only()

    def serialize_attachment(self, value: StorageValue) -> None:
        """Keep a value with the socket, across hibernation."""
        _compiled_only()

    def deserialize_attachment(self) -> StorageValue:
        """The value kept with :meth:`serialize_attachment` (None when none was)."""
        _compiled_only()

    def add_event_listener(self, type: str, listener: Callable[[WebSocketEvent], object]) -> None:
        """Call ``listener(event)`` on ``"message"``, ``"close"`` or ``"error"`` (an
        accepted socket without hibernation)."""
        _compiled_only()


class WebSocketEvent:
    """What a :meth:`WebSocket.add_event_listener` listener gets."""

    @property
    def type(self) -> str:
        _compiled_only()

    @property
    def data(self) -> str | builtins.bytes | None:
        """A message: ``str`` for text, ``bytes`` for binary."""
        _compiled_only()

    @property
    def code(self) -> int | None:
        _compiled_only()

    @property
    def reason(self) -> str | None:
        _compiled_only()

    @property
    def was_clean(self) -> bool | None:
        _compiled_only()

    @property
    def message(self) -> str | None:
        _compiled_only()


class WebSocketPair:
    """``client, server = WebSocketPair()``: two connected sockets. Answer the request
    with ``Response(None, status=101, web_socket=client)`` and keep ``server``."""

    client: WebSocket
    server: WebSocket

    def __init__(self) -> None:
        _compiled_only()

    def __iter__(self) -> Iterator[WebSocket]:
        _compiled_only()

    def __len__(self) -> int:
        _compiled_only()

    def __getitem__(self, index: int) -> WebSocket:
        _compiled_only()


# --------------------------------------------------------------------------------------
# D1

D1Value: TypeAlias = "None | int | float | str | builtins.bytes"
"""What a D1 column holds (``bool`` binds as 1/0)."""


class D1Result:
    """What :meth:`D1PreparedStatement.all`/``run`` return: ``results`` (rows as dicts of
    column -> value), ``success`` and ``meta`` (``changes``, ``last_row_id``, ... as D1
    reports them)."""

    results: builtins.list[dict[str, Any]]
    success: bool
    meta: dict[str, Any]


class D1ExecResult:
    """What :meth:`D1Database.exec` returns: how many statements ran, and how long."""

    count: int
    duration: float


class D1PreparedStatement:
    """A statement from :meth:`D1Database.prepare`; ``?`` / ``?N`` placeholders take the
    values of :meth:`bind`. A failing statement raises an exception with D1's message."""

    def bind(self, *values: D1Value | bool) -> D1PreparedStatement:
        """A copy of the statement with ``values`` bound to its placeholders."""
        _compiled_only()

    async def all(self) -> D1Result:
        """Run the statement; every row."""
        _compiled_only()

    async def run(self) -> D1Result:
        """Run the statement (an INSERT, UPDATE, ...); ``meta`` tells what changed."""
        _compiled_only()

    async def first(self, column: str | None = None) -> Any:
        """The first row as a dict (``None`` when there is none), or the value of its
        ``column``."""
        _compiled_only()

    async def raw(self, column_names: bool = False) -> builtins.list[builtins.list[Any]]:
        """Rows as lists of values; with ``column_names`` the first list names the columns."""
        _compiled_only()


class D1Database:
    """A D1 database, from :meth:`Env.get_d1_database` (``[[d1_databases]]``)."""

    def prepare(self, query: str) -> D1PreparedStatement:
        """A statement for ``query`` (SQLite SQL)."""
        _compiled_only()

    async def batch(self, statements: Iterable[D1PreparedStatement]) -> builtins.list[D1Result]:
        """Run ``statements`` in one transaction; one result per statement."""
        _compiled_only()

    async def exec(self, query: str) -> D1ExecResult:
        """Run one or more ``;``-separated statements without bindings (e.g. a schema)."""
        _compiled_only()


# --------------------------------------------------------------------------------------
# R2


class R2Object:
    """An object of an R2 bucket. One from :meth:`R2Bucket.get` has its body too
    (``await obj.text()``, ``bytes()``, ``json()``, or ``obj.body`` as a stream); reading
    the body of one from ``head``/``put``/``list`` raises ``ValueError``."""

    key: str
    size: int
    etag: str
    http_etag: str
    version: str
    uploaded: datetime
    http_metadata: dict[str, Any]
    """``content_type``, ``content_language``, ``content_disposition``,
    ``content_encoding``, ``cache_control``, ``cache_expiry`` (those that are set)."""
    custom_metadata: dict[str, str]

    @property
    def body(self) -> ReadableStream | None:
        _compiled_only()

    async def text(self) -> str:
        _compiled_only()

    async def bytes(self) -> builtins.bytes:
        _compiled_only()

    async def json(self) -> Any:
        _compiled_only()


class R2Objects:
    """One page of :meth:`R2Bucket.list`."""

    objects: builtins.list[R2Object]
    truncated: bool
    cursor: str | None
    delimited_prefixes: builtins.list[str]


class R2Bucket:
    """An R2 bucket, from :meth:`Env.get_r2_bucket` (``[[r2_buckets]]``)."""

    async def get(self, key: str) -> R2Object | None:
        """The object with its body, or ``None`` when missing."""
        _compiled_only()

    async def head(self, key: str) -> R2Object | None:
        """The object's metadata (no body), or ``None`` when missing."""
        _compiled_only()

    async def put(
        self,
        key: str,
        value: str | builtins.bytes | ReadableStream | None,
        http_metadata: Mapping[str, Any] | None = None,
        custom_metadata: Mapping[str, str] | None = None,
    ) -> R2Object:
        """Store ``value`` under ``key`` (replacing any object)."""
        _compiled_only()

    async def delete(self, key: str | builtins.list[str]) -> None:
        """Remove one key or a list of keys (missing keys are no error)."""
        _compiled_only()

    async def list(
        self,
        prefix: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        delimiter: str | None = None,
    ) -> R2Objects:
        """One page of objects in key order (with their metadata)."""
        _compiled_only()


# --------------------------------------------------------------------------------------
# Queues


class Queue:
    """A queue producer, from :meth:`Env.get_queue` (``[[queues.producers]]``). Bodies
    are Python values (as Durable Object storage values) and reach the consumer's
    ``message.body`` with their types."""

    async def send(self, body: Any, delay_seconds: int | None = None) -> None:
        _compiled_only()

    async def send_batch(self, bodies: Iterable[Any], delay_seconds: int | None = None) -> None:
        _compiled_only()


class Fetcher:
    """A service binding or the static assets binding, from :meth:`Env.get_fetcher`."""

    async def fetch(
        self,
        request: Request | str,
        method: str | None = None,
        headers: HeadersInit | None = None,
        body: Body = None,
    ) -> Response:
        """Send a request to the service (or ask the assets for a path): a
        :class:`Request`, or a URL (a path such as ``"/index.html"`` is fine) plus
        ``method``/``headers``/``body``."""
        _compiled_only()

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        """RPC to the service's entrypoint: ``await env.AUTH.check(token)``; Python
        values both ways, exceptions re-raised as for Durable Object RPC."""
        _compiled_only()


# --------------------------------------------------------------------------------------
# Handlers and their arguments


class Env:
    """The worker's bindings, passed to every handler (and ``self.env`` of a Durable Object).

    A binding that is not declared raises ``KeyError`` naming it; when the name is a
    string literal, ``cfpy build`` checks it against the wrangler config instead.
    """

    def get_kv_namespace(self, name: str) -> KVNamespace:
        """The KV namespace bound as ``name`` (``[[kv_namespaces]] binding = name``)."""
        _compiled_only()

    def get_durable_object_namespace(self, name: str) -> DurableObjectNamespace:
        """The Durable Object namespace bound as ``name`` (``[[durable_objects.bindings]]``)."""
        _compiled_only()

    def get_d1_database(self, name: str) -> D1Database:
        """The D1 database bound as ``name`` (``[[d1_databases]] binding = name``)."""
        _compiled_only()

    def get_r2_bucket(self, name: str) -> R2Bucket:
        """The R2 bucket bound as ``name`` (``[[r2_buckets]] binding = name``)."""
        _compiled_only()

    def get_queue(self, name: str) -> Queue:
        """The queue producer bound as ``name`` (``[[queues.producers]] binding = name``)."""
        _compiled_only()

    def get_fetcher(self, name: str) -> Fetcher:
        """The service binding (``[[services]] binding = name``) or static assets
        binding (``assets.binding = name``) called ``name``."""
        _compiled_only()

    def get_var(self, name: str) -> str:
        """The ``[vars]`` value or secret called ``name``."""
        _compiled_only()

    def __getattr__(self, name: str) -> Any:
        """``env.NAME``: the binding or variable ``NAME``, as its getter returns it."""
        _compiled_only()


class ExecutionContext:
    """The third argument of every handler."""

    def wait_until(self, awaitable: Awaitable[Any]) -> None:
        """Keep the worker running until ``awaitable`` finishes, after responding."""
        _compiled_only()

    def pass_through_on_exception(self) -> None:
        """If the handler then raises, send the request on to the origin server
        instead of answering 500."""
        _compiled_only()


class ScheduledEvent:
    """The first argument of a ``scheduled`` (cron trigger) handler."""

    @property
    def cron(self) -> str:
        """The cron pattern that fired (e.g. ``"*/5 * * * *"``)."""
        _compiled_only()

    @property
    def scheduled_time(self) -> datetime:
        """When the trigger was scheduled to fire."""
        _compiled_only()

    def no_retry(self) -> None:
        """Do not retry this invocation if the handler fails."""
        _compiled_only()


class QueueMessage:
    """One message of a :class:`MessageBatch`."""

    @property
    def id(self) -> str:
        _compiled_only()

    @property
    def timestamp(self) -> datetime:
        _compiled_only()

    @property
    def body(self) -> Any:
        """The message body as Python values."""
        _compiled_only()

    @property
    def attempts(self) -> int:
        _compiled_only()

    def ack(self) -> None:
        """Mark the message delivered, whatever the handler does next."""
        _compiled_only()

    def retry(self, delay_seconds: int | None = None) -> None:
        """Deliver the message again later."""
        _compiled_only()


class MessageBatch:
    """The first argument of a ``queue`` consumer handler."""

    @property
    def queue(self) -> str:
        """The queue's name."""
        _compiled_only()

    @property
    def messages(self) -> list[QueueMessage]:
        _compiled_only()

    def ack_all(self) -> None:
        _compiled_only()

    def retry_all(self, delay_seconds: int | None = None) -> None:
        _compiled_only()


class EmailMessage:
    """The first argument of an ``email`` (Email Routing) handler."""

    @property
    def from_(self) -> str:
        """The envelope sender."""
        _compiled_only()

    @property
    def to(self) -> str:
        """The envelope recipient."""
        _compiled_only()

    @property
    def headers(self) -> Headers:
        _compiled_only()

    @property
    def raw(self) -> ReadableStream:
        """The raw message."""
        _compiled_only()

    @property
    def raw_size(self) -> int:
        _compiled_only()

    def set_reject(self, reason: str) -> None:
        """Reject the message with ``reason``."""
        _compiled_only()

    async def forward(self, rcpt_to: str, headers: HeadersInit | None = None) -> None:
        """Forward the message to a verified address."""
        _compiled_only()


FetchHandler: TypeAlias = Callable[
    [Request, Env, ExecutionContext], "Response | Awaitable[Response]"
]
ScheduledHandler: TypeAlias = Callable[
    [ScheduledEvent, Env, ExecutionContext], "None | Awaitable[None]"
]
EmailHandler: TypeAlias = Callable[[EmailMessage, Env, ExecutionContext], "None | Awaitable[None]"]
QueueHandler: TypeAlias = Callable[[MessageBatch, Env, ExecutionContext], "None | Awaitable[None]"]
DurableObjectFactory: TypeAlias = Callable[..., DurableObject]
"""A DurableObject subclass, or a callable returning an instance (``lambda: Counter()``)."""


class CloudflareWorkers:
    """Registers the worker's handlers. Call it exactly once, at module level of the
    entry module (or in a ``main()`` the module calls); handlers may be sync or async::

        CloudflareWorkers(
            fetch=fetch,                                   # (request, env, ctx) -> Response
            scheduled=None,                                # (event, env, ctx) -> None
            email=None,                                    # (message, env, ctx) -> None
            queue=None,                                    # (batch, env, ctx) -> None
            durable_objects={"Counter": Counter},          # wrangler class_name -> class
        )

    ``durable_objects`` keys must be string literals: the build exports one native
    class per key. A second call raises ``RuntimeError``.
    """

    def __init__(
        self,
        fetch: FetchHandler | None = None,
        scheduled: ScheduledHandler | None = None,
        email: EmailHandler | None = None,
        queue: QueueHandler | None = None,
        durable_objects: Mapping[str, DurableObjectFactory] | None = None,
    ) -> None:
        _compiled_only()
