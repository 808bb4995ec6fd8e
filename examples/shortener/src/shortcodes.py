"""Short codes and the URLs they stand for: pure functions, no bindings."""

import hashlib
from urllib.parse import urlsplit

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
CODE_LENGTH = 7
MIN_CUSTOM_LENGTH = 3
MAX_CUSTOM_LENGTH = 32
CUSTOM_EXTRA = "-_"
# Paths the worker itself uses: never handed out as codes.
RESERVED = frozenset({"links", "favicon.ico", "robots.txt"})


def encode(number: int, length: int = CODE_LENGTH) -> str:
    """``number`` in base 62, the last ``length`` digits (zero-padded)."""
    digits = []
    for _ in range(length):
        number, digit = divmod(number, len(ALPHABET))
        digits.append(ALPHABET[digit])
    return "".join(reversed(digits))


def code_for(url: str, attempt: int = 0) -> str:
    """A stable code for ``url``; a different one for each ``attempt`` (after a collision)."""
    digest = hashlib.sha256(f"{attempt}:{url}".encode()).digest()
    number = 0
    for byte in digest[:6]:  # 48 bits: more than 62**7
        number = number * 256 + byte
    return encode(number)


def is_valid_code(code: str) -> bool:
    """Whether ``code`` may be chosen as a custom code."""
    if not MIN_CUSTOM_LENGTH <= len(code) <= MAX_CUSTOM_LENGTH or code in RESERVED:
        return False
    return all(c in ALPHABET or c in CUSTOM_EXTRA for c in code)


def normalize_url(url: object) -> str | None:
    """The URL to redirect to, or None unless it is an absolute http(s) URL."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
