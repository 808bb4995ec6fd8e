# OSError family and other less common builtin exceptions.
pairs = [
    (FileNotFoundError, OSError), (PermissionError, OSError), (ConnectionError, OSError),
    (TimeoutError, OSError), (EOFError, Exception), (MemoryError, Exception),
    (FloatingPointError, ArithmeticError), (BufferError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
try:
    raise FileNotFoundError("missing.txt")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise ConnectionError("reset")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise PermissionError("denied")
except PermissionError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
try:
    raise TimeoutError("slow upstream")
except OSError as e:
    print(type(e).__name__, e)
for exc in [EOFError("eof"), MemoryError("mem"), FloatingPointError("fp"), BufferError("buf")]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, e, repr(e))


class UpstreamError(ConnectionError):
    def __init__(self, status):
        super().__init__(f"upstream returned {status}")
        self.status = status


try:
    raise UpstreamError(502)
except OSError as e:
    print(type(e).__name__, e, e.status, isinstance(e, ConnectionError))
print([c.__name__ for c in UpstreamError.__mro__])
print(issubclass(NotADirectoryError, OSError), issubclass(IsADirectoryError, OSError), issubclass(ConnectionResetError, ConnectionError))
