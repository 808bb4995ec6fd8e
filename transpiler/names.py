"""Names: how Python identifiers map to JS, and what the runtime provides under which name.

This is the single table of facts the lowerer consults about names: JS words a Python
name must not become, builtins (functions vs classes), str/list method names that need
receiver dispatch, and which import paths serve which Python modules.
"""

from __future__ import annotations

from .workers_surface import (  # noqa: F401  (re-exported: the lowering's names)
    WORKERS_CLASSES,
    WORKERS_MODULE,
    WORKERS_NAMES,
    WORKERS_TYPE_ONLY,
)

RUNTIME_BUILTINS = "@cfpy/runtime/builtins/index.js"
RUNTIME_LANG = "@cfpy/runtime/lang/index.js"
RUNTIME_WORKERS = "@cfpy/runtime/workers/index.js"
# the `cfpy run` entry's side-effect module (print to the process streams, exit codes)
RUNTIME_RUN = "@cfpy/runtime/builtins/run.js"
# namedtuple(...) in a class base or assignment, lowered without `import collections`
RUNTIME_NAMEDTUPLE = "@cfpy/runtime/stdlib/_ntuple.js"

# Words that cannot be JS binding names in strict-mode modules, plus globals whose
# shadowing would confuse readers or the runtime.
JS_RESERVED = frozenset(
    """
    abstract arguments await boolean break byte case catch char class const continue debugger
    default delete do double else enum eval export extends false final finally float for
    function goto if implements import in instanceof int interface let long native new null
    package private protected public return short static super switch synchronized this
    throw throws transient true try typeof undefined var void volatile while with yield
    NaN Infinity globalThis
    """.split()
)


def js_name(name: str) -> str:
    """The JS binding name for a Python identifier (Python names never contain ``$``)."""
    return f"{name}$" if name in JS_RESERVED else name


# Attribute names that JS engines consult implicitly (`then` makes an object a thenable
# that `await` and async returns call, `constructor` is what type() reads, `__proto__`
# the prototype, `toString`/`valueOf`/`toJSON` conversions) or that JS functions, classes
# and arrays own (`name`, `length`, `prototype`; `caller`, `arguments` throw on strict
# functions): a Python attribute with one of these names is stored as the name plus `$`.
# The runtime maps names it receives at run time the same way
# (runtime_shim/js/builtins/attrkey.js, which also escapes run-time names containing `$`).
JS_PROTOCOL_ATTRS = frozenset(
    {"then", "constructor", "__proto__", "toString", "valueOf", "toJSON"}
    | {"name", "length", "prototype", "caller", "arguments"}
)


def js_attr(name: str) -> str:
    """The JS property name for a Python attribute."""
    return f"{name}$" if name in JS_PROTOCOL_ATTRS else name


# Builtins the runtime exports as plain functions (callable without `new`).
BUILTIN_FUNCTIONS = frozenset(
    """
    print len str int float bool abs round divmod pow hash id isinstance issubclass type
    callable getattr setattr hasattr delattr chr ord hex oct bin ascii vars dir repr format
    iter next range enumerate zip reversed map filter sorted min max sum any all list tuple
    dict set frozenset bytes bytearray object slice property staticmethod classmethod complex
    """.split()
)

BUILTIN_EXCEPTIONS = frozenset(
    """
    BaseException Exception ArithmeticError ZeroDivisionError OverflowError LookupError
    IndexError KeyError ValueError TypeError AttributeError NameError UnboundLocalError
    RuntimeError NotImplementedError RecursionError StopIteration StopAsyncIteration
    AssertionError ImportError ModuleNotFoundError OSError TimeoutError UnicodeError
    UnicodeDecodeError UnicodeEncodeError KeyboardInterrupt SystemExit GeneratorExit
    FloatingPointError ConnectionError FileNotFoundError PermissionError EOFError MemoryError
    BufferError Warning UserWarning DeprecationWarning RuntimeWarning BrokenPipeError
    ConnectionAbortedError ConnectionRefusedError ConnectionResetError FileExistsError
    IsADirectoryError NotADirectoryError InterruptedError BlockingIOError ChildProcessError
    ProcessLookupError
    """.split()
)

BUILTIN_CONSTANTS = frozenset({"NotImplemented", "Ellipsis"})

BUILTINS = BUILTIN_FUNCTIONS | BUILTIN_EXCEPTIONS | BUILTIN_CONSTANTS

# Refused outright: they cannot be given Python meaning in a Worker.
REFUSED_BUILTINS = {
    "eval": "Workers forbid evaluating code at run time",
    "exec": "Workers forbid evaluating code at run time",
    "compile": "Workers forbid evaluating code at run time",
    "open": "Workers have no file system; use KV or Durable Object storage",
    "input": "Workers have no standard input",
    "globals": "module namespaces are compiled statically",
    "locals": "function namespaces are compiled statically",
    "__import__": "imports are resolved at build time",
    "__builtins__": "the builtins namespace is compiled statically; use the builtin names directly",
}

# Method names of str and list: a call `x.m(...)` on a receiver of unknown type goes
# through the runtime's `$m_<m>` dispatcher, since these types are JS primitives/arrays.
STR_METHODS = frozenset(
    """
    split rsplit join strip lstrip rstrip replace find rfind index rindex count startswith
    endswith upper lower title capitalize swapcase casefold center ljust rjust zfill
    partition rpartition splitlines expandtabs removeprefix removesuffix isdigit isalpha
    isalnum isspace isupper islower isnumeric isdecimal isidentifier istitle isascii
    isprintable format format_map encode translate maketrans
    """.split()
)
LIST_METHODS = frozenset(
    "append extend insert remove pop clear index count sort reverse copy".split()
)
DISPATCHED_METHODS = STR_METHODS | LIST_METHODS
# Generator and number methods that JS generators/numbers lack (runtime lang/generators.js).
GENERATOR_METHODS = frozenset({"send", "throw", "close"})

# Dunder names a class holds as data, not as methods: `C.__name__` & co. are never read
# as an unbound method (every other `C.__x__` of a project class is, e.g. `Base.__init__`).
CLASS_DATA_DUNDERS = frozenset(
    {"__name__", "__qualname__", "__module__", "__doc__", "__dict__", "__class__", "__mro__"}
    | {"__bases__", "__base__", "__annotations__", "__slots__", "__match_args__", "__hash__"}
    | {"__dataclass_fields__", "__dataclass_params__", "__weakref__", "__defaults__"}
)


def is_method_dunder(name: str) -> bool:
    """Is ``C.name`` (a dunder) a method read through its class (``Base.__init__``)?"""
    return (
        len(name) > 4 and name.startswith("__") and name.endswith("__")
        and name not in CLASS_DATA_DUNDERS
    )
NUMBER_METHODS = frozenset(
    {"bit_length", "bit_count", "is_integer", "conjugate", "as_integer_ratio", "to_bytes", "hex"}
)
# Operator/protocol methods read as values (`nxt = it.__next__`, `(3).__add__`) that
# builtin values answer from their type's table (runtime lang/dunders.js `$dunderattr`,
# builtins/typedunders.js; keep in step with its TYPE_DUNDERS).
OPERATION_DUNDERS = frozenset(
    """
    __abs__ __add__ __and__ __bool__ __bytes__ __ceil__ __complex__ __contains__ __delitem__
    __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getitem__ __gt__
    __hash__ __iadd__ __iand__ __imul__ __index__ __int__ __invert__ __ior__ __isub__
    __iter__ __ixor__ __le__ __len__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__
    __pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __reversed__ __rfloordiv__
    __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__
    __rtruediv__ __rxor__ __setitem__ __str__ __sub__ __truediv__ __trunc__ __xor__ __next__
    """.split()
)
# Methods of runtime classes (dict, set, bytes, Workers API, stdlib): a read of one of
# these attribute names that is not a call goes through `getattr`, which binds `self`.
RUNTIME_METHODS = frozenset(
    """
    get keys values items setdefault popitem update fromkeys add discard union intersection
    difference symmetric_difference issubset issuperset isdisjoint decode hex put delete
    list json text bytes fetch get_json get_bytes get_stream get_with_metadata id_from_name
    get_alarm set_alarm delete_alarm transaction rollback wait_until appendleft popleft
    most_common elements subtract isoformat strftime timestamp total_seconds replace
    group groups groupdict span start end match search fullmatch findall finditer sub split
    """.split()
)

# Members of JS's built-in prototypes (Array, String, Number, Object, Function) that no
# Python builtin type has: `[].push` / `"s".trim()` must raise AttributeError, so reads and
# calls of these names go through the runtime's checked lookup instead of plain JS.
JS_ONLY_MEMBERS = frozenset(
    """
    push unshift shift splice slice concat includes indexOf lastIndexOf forEach map filter
    reduce reduceRight some every findIndex findLast findLastIndex fill flat flatMap at
    toString toLocaleString valueOf hasOwnProperty isPrototypeOf propertyIsEnumerable
    length charAt charCodeAt codePointAt substring substr trim trimStart trimEnd
    toUpperCase toLowerCase padStart padEnd localeCompare normalize repeat replaceAll
    matchAll toFixed toPrecision toExponential call apply bind
    """.split()
)

# Python modules the runtime implements, and the path each compiles to.
STDLIB_MODULES = {
    name: f"@cfpy/runtime/stdlib/{name.replace('.', '_')}.js"
    for name in (
        "datetime json math re base64 urllib.parse collections itertools functools uuid "
        "hashlib string time random asyncio enum contextlib operator struct binascii io abc"
    ).split()
}
# Cloudflare's Python Workers modules (Pyodide code builds unchanged): served like the
# stdlib modules, by runtime modules of the workers shim.
PLATFORM_MODULES = {
    "workers": "@cfpy/runtime/workers/cf_python.js",
    "pyodide.ffi": "@cfpy/runtime/workers/pyodide_ffi.js",
}
STDLIB_MODULES.update(PLATFORM_MODULES)
# Standard library modules cfpy compiles, like a project module, from the pure-Python
# source of the interpreter that runs cfpy (transpiler/stdlib_source.py finds it; the
# build writes them under modules/_stdlib/, never into the project). CPython's C
# accelerators (`_bisect`, `_heapq`, ...) stay absent, so the modules' own `try: from
# _x import *` / `except ImportError` fallbacks run. Modules CPython writes in C get JS
# instead (STDLIB_MODULES above).
COMPILED_STDLIB = frozenset(
    """
    bisect heapq keyword colorsys textwrap html html.entities
    """.split()
)
# Standard library modules cfpy provides in neither way yet, with what stands in the way
# (docs/language.md lists them; importing one is CF202).
NOT_YET_STDLIB = {
    "numbers": "its classes use `metaclass=ABCMeta` (see abc)",
    "copy": "needs `types`, `weakref` and `copyreg`, CPython's object-model introspection",
    "types": "built from introspection of code objects and frames (`type(f.__code__)`)",
    "fnmatch": "imports `os` and `posixpath` for `normcase`",
    "fractions": "imports `decimal`, `numbers` (metaclasses) and `sys`",
    "decimal": "`_pydecimal` imports `numbers` (metaclasses), `sys` and `contextvars`",
    "statistics": "imports `fractions`, `decimal`, `numbers` and `sys`",
    "hmac": "imports `warnings`, which needs `sys`",
    "secrets": "imports `hmac` and `binascii` (C)",
    "warnings": "reads interpreter state through `sys` (`sys._getframe`, `sys.modules`)",
    "traceback": "reads frames and code objects through `sys`",
    "http": "`HTTPStatus` is made with `enum._simple_enum`",
    "pathlib": "imports `os`, `sys`, `fnmatch`, `ntpath` and `warnings`",
    "unicodedata": "a C module without a JS version yet",
    "array": "a C module without a JS version yet",
    "logging": "imports `os`, `sys`, `threading`, `traceback`, `warnings` and `weakref`",
}
# Prefix of the compiled standard library's modules in the build's modules folder.
COMPILED_STDLIB_DIR = "_stdlib"


def module_js_path(name: str, stdlib: bool = False) -> str:
    """Path of a compiled module's ES module, relative to the build's modules folder."""
    path = name.replace(".", "/") + ".js"
    return f"{COMPILED_STDLIB_DIR}/{path}" if stdlib else path

# Names in those modules that are classes (called with `new`/`$call`, not plainly).
STDLIB_CLASSES = {
    "datetime": frozenset({"datetime", "date", "timedelta", "timezone", "time", "tzinfo"}),
    "json": frozenset({"JSONDecodeError"}),
    "collections": frozenset({"defaultdict", "Counter", "OrderedDict", "deque", "ChainMap"}),
    "enum": frozenset({"Enum", "IntEnum", "StrEnum", "ReprEnum", "Flag", "IntFlag"}),
    "uuid": frozenset({"UUID"}),
    "asyncio": frozenset(
        """Task Lock Event Semaphore BoundedSemaphore Queue TimeoutError CancelledError
        InvalidStateError QueueEmpty QueueFull""".split()
    ),
    "re": frozenset({"error", "Pattern", "Match"}),
    "functools": frozenset({"KeyWrapper"}),
    "urllib.parse": frozenset({"ParseResult", "SplitResult", "DefragResult"}),
    "hashlib": frozenset({"HASH"}),
    "string": frozenset({"Template"}),
    "random": frozenset({"Random", "SystemRandom"}),
    "struct": frozenset({"Struct", "error"}),
    "binascii": frozenset({"Error", "Incomplete"}),
    "io": frozenset({"StringIO", "BytesIO", "UnsupportedOperation"}),
    "contextlib": frozenset({"ExitStack", "AsyncExitStack"}),
    "abc": frozenset({"ABC"}),
    "workers": frozenset(
        {"WorkerEntrypoint", "DurableObject", "WorkflowEntrypoint", "Request", "Response", "Headers"}
    ),
}
# Stdlib functions whose result is always a float (for CPython's float formatting).
STDLIB_FLOAT_RESULTS = {
    "math": frozenset(
        """sqrt exp exp2 expm1 log log2 log10 log1p pow sin cos tan asin acos atan atan2
        sinh cosh tanh asinh acosh atanh degrees radians hypot dist fsum fabs fmod remainder
        copysign ldexp cbrt nextafter ulp""".split()
    ),
    "random": frozenset({"random", "uniform", "gauss", "normalvariate", "expovariate"}),
    "time": frozenset({"time", "monotonic", "perf_counter"}),
}

# Modules handled by the compiler (their names are markers, e.g. @dataclass); their other
# names (asdict, fields, replace, ...) come from the runtime module listed here.
COMPILE_TIME_MODULES = frozenset({"dataclasses"})
COMPILE_TIME_ONLY_NAMES = frozenset({"dataclass", "field"})
COMPILE_TIME_RUNTIME = {"dataclasses": "@cfpy/runtime/stdlib/dataclasses.js"}

# Modules whose imports are type-checking only and vanish at build time.
ERASED_MODULES = frozenset({"typing", "__future__", "typing_extensions", "collections.abc"})
# typing functions a program calls at run time -> their runtime lang/ helper (other typing
# names evaluated at run time are opaque aliases, `$typing(name)`).
TYPING_FUNCTIONS = {
    "runtime_checkable": "runtime_checkable",
    "final": "typing_identity",
    "no_type_check": "typing_identity",
    "type_check_only": "typing_identity",
    "overload": "typing_overload",
}

# The workers module's names (WORKERS_MODULE, WORKERS_NAMES, WORKERS_TYPE_ONLY,
# WORKERS_CLASSES) come from the surface table, transpiler/workers_surface.py.

REFUSED_MODULES = {
    "threading": "Workers run one thread per isolate; use async functions",
    "multiprocessing": "Workers cannot start processes",
    "subprocess": "Workers cannot start processes",
    "socket": "use `fetch` from cloudflare_workers for network access",
    "os": "Workers have no operating system interface; use env.get_var for configuration",
    "sys": "Workers have no interpreter state to inspect",
}


# Builtin types a class may derive from (`class X(list)`), and the runtime base each one
# stands for (lang/base_*.js; object is PyObject).
# Builtins that are type objects (a store to one of their attributes is a TypeError).
BUILTIN_TYPES = frozenset(
    """
    int float bool str bytes bytearray list tuple dict set frozenset object type range
    complex slice property staticmethod classmethod
    """.split()
)

BUILTIN_BASES = {
    "object": "PyObject",
    "list": "$ListBase",
    "str": "$StrBase",
    "int": "$IntBase",
    "float": "$FloatBase",
    "dict": "$DictBase",
    "set": "$SetBase",
    "frozenset": "$FrozenSetBase",
    "tuple": "$TupleBase",
}
REFUSED_BASES = {
    "bool": "CPython refuses it too: type 'bool' is not an acceptable base type",
    "bytes": "wrap a bytes value in an attribute instead",
    "bytearray": "wrap a bytearray value in an attribute instead",
    "complex": "wrap a complex value in an attribute instead",
    "type": "metaclasses are not supported; use a class decorator or __init_subclass__",
    "range": "CPython refuses it too: type 'range' is not an acceptable base type",
    "slice": "CPython refuses it too: type 'slice' is not an acceptable base type",
    "memoryview": "CPython refuses it too: type 'memoryview' is not an acceptable base type",
}
