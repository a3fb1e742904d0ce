"""Keeping a secret out of text and data: every spelling of it, everywhere.

One implementation for the facade (exception messages, log lines, reprs), the mock's
record mode (recordings) and the conformance runner (reports). A key reaches text in many
spellings, and each is replaced:

* raw, and with any of its characters escaped, each character independently — JSON
  ``\\uXXXX`` (and ``\\/``), percent-encoding (either case of hex, ``+`` for a space, also
  encoded twice: ``%252d``), HTML character references (``&#45;``, ``&#x2d;``): so
  ``sk\\u002dtest…`` and ``sk%2dtest…`` are found as surely as ``sk-test…``;
* base64 (standard and URL-safe alphabets, at each of the three byte alignments the key
  can have inside a longer encoded string) of its UTF-8, UTF-16 and UTF-32 encodings,
  base32 (each of five alignments, either case) and hex (either case) of its UTF-8 —
  for keys of :data:`MIN_SUBSTRING_LENGTH` characters or more;
* in bytes (:func:`redact_bytes`), also the UTF-8 encoding of all this, and the
  UTF-16 and UTF-32 encodings of the whole spellings (:func:`secret_spellings`).

Structures are redacted after they are decoded, never only before (:func:`redact_tree`).

**Short keys.** A key shorter than :data:`MIN_SUBSTRING_LENGTH` characters (the mock
accepts any key; the service's keys are far longer) is redacted only where it stands as a
whole token — not preceded or followed by a letter or digit — and base64 is not searched
for it. Replacing every occurrence of ``k`` would turn "mock" into "moc[redacted]" and
tell a reader the key; a whole-token rule still removes it wherever it appears *as
itself* (a header value, a JSON string, a query value), while a seven-character key is
guessable in any case and no secret worth the name.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

__all__ = [
    "MIN_SUBSTRING_LENGTH",
    "redact_bytes",
    "redact_text",
    "redact_tree",
    "secret_spellings",
    "secrets_of_authorization",
]

#: Keys at least this long are redacted wherever they occur; shorter ones only as whole
#: tokens (see the module's docstring).
MIN_SUBSTRING_LENGTH: Final = 8
_WIDE_ENCODINGS: Final = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def _hex(value: int, width: int) -> str:
    """A pattern for ``value`` in hex, either case, leading zeros optional up to ``width``."""
    digits = f"{value:x}"
    letters = "".join(f"[{d}{d.upper()}]" if d.isalpha() else d for d in digits)
    return f"0{{0,{max(width - len(digits), 0)}}}{letters}" if width > len(digits) else letters


def _char_options(char: str) -> list[str]:
    """Every spelling of one character of a secret."""
    code = ord(char)
    options = [re.escape(char)]
    if code < 0x10000:
        options.append(r"\\[uU]" + _hex(code, 4))
    else:
        high = 0xD800 + ((code - 0x10000) >> 10)
        low = 0xDC00 + ((code - 0x10000) & 0x3FF)
        options.append(r"\\[uU]" + _hex(high, 4) + r"\\[uU]" + _hex(low, 4))
    utf8 = char.encode("utf-8", "surrogatepass")
    options.append("".join("%(?:25)?" + _hex(byte, 2) for byte in utf8))
    options.append(f"&#0*{code};")
    options.append("&#[xX]" + _hex(code, 1) + ";")
    if char == "/":
        options.append(r"\\/")
    if char == " ":
        options.append(r"\+")
    return options


def _aligned_cores(
    data: bytes, group: int, bits: int, encode: Callable[[bytes], bytes]
) -> set[str]:
    """The parts of ``encode(data)`` (a base-2**bits encoding of ``group``-byte groups)
    that do not depend on what surrounds ``data``: one per byte alignment."""
    cores: set[str] = set()
    for pad in range(group):
        encoded = encode(b"\0" * pad + data).decode("ascii")
        first = -(-8 * pad // bits)  # the first character made of the secret's bits only
        last = 8 * (pad + len(data)) // bits  # one past the last such character
        cores.add(encoded[first:last])
    return cores


@functools.lru_cache(maxsize=64)
def _base64_cores(secret: str) -> tuple[str, ...]:
    """The parts of the secret's encodings that do not depend on what surrounds it, one
    per byte alignment: base64 (standard and URL-safe alphabets) of its UTF-8, UTF-16 and
    UTF-32 spellings; base32 (either case) and hex (either case) of its UTF-8."""
    cores: set[str] = set()
    for encoding in ("utf-8", *_WIDE_ENCODINGS):
        data = secret.encode(encoding, "surrogatepass")
        for core in _aligned_cores(data, 3, 6, base64.b64encode):
            cores.update((core, core.replace("+", "-").replace("/", "_")))
    data = secret.encode("utf-8", "surrogatepass")
    for core in _aligned_cores(data, 5, 5, base64.b32encode):
        cores.update((core, core.lower()))
    cores.update((data.hex(), data.hex().upper()))
    return tuple(sorted(core for core in cores if len(core) >= MIN_SUBSTRING_LENGTH))


def _char_pattern(char: str) -> str:
    return "(?:" + "|".join(_char_options(char)) + ")"


@functools.lru_cache(maxsize=64)
def _pattern(secret: str) -> re.Pattern[str]:
    if len(secret) < MIN_SUBSTRING_LENGTH:
        body = "".join(_char_pattern(char) for char in secret)
        return re.compile(f"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])")
    cores = sorted(_base64_cores(secret), key=len, reverse=True)
    # Every alternative starts with a literal character (the first character's spellings
    # are spelled out, not grouped): the regex engine then skips ahead to the candidate
    # characters in C instead of trying the whole pattern at every position.
    rest = "".join(_char_pattern(char) for char in secret[1:])
    alternatives = [first + rest for first in _char_options(secret[0])]
    alternatives += [re.escape(core) for core in cores]
    alternatives += [re.escape(core).replace("/", r"\\/") for core in cores if "/" in core]
    return re.compile("|".join(alternatives))


def redact_text(text: str, secrets: Sequence[str], placeholder: str) -> str:
    """``text`` with every spelling of every secret replaced by ``placeholder``."""
    for secret in secrets:
        if secret:
            text = _pattern(secret).sub(placeholder, text)
    return text


def redact_bytes(data: bytes, secrets: Sequence[str], placeholder: str) -> bytes:
    """``data`` (any bytes: text in any encoding, an image, ...) with every spelling of
    every secret replaced by ``placeholder``, in UTF-8, UTF-16 and UTF-32.

    The result may no longer be a valid file of its type (a PNG's checksums): a body that
    held the key is recorded as evidence, not as a working file. ``data`` that holds no
    spelling is returned as is (the same object), after one scan per spelling."""
    for secret in secrets:
        if not secret or not _holds_bytes(data, secret):
            continue
        for needle, encoding in _byte_needles(secret):
            data = data.replace(needle, placeholder.encode(encoding))
        # Every other spelling is ASCII: find it in a byte-for-byte (latin-1) view.
        text = redact_text(data.decode("latin-1"), [secret], placeholder)
        data = text.encode("latin-1", "replace")
    return data


@functools.lru_cache(maxsize=64)
def _byte_needles(secret: str) -> tuple[tuple[bytes, str], ...]:
    """The byte strings :func:`redact_bytes` replaces outright, with their encodings: the
    UTF-16/32 forms of the whole spellings (mixtures are searched in 8-bit text), then the
    raw UTF-8 key."""
    needles: list[tuple[bytes, str]] = []
    if len(secret) >= MIN_SUBSTRING_LENGTH:
        needles += [
            (spelling.encode(encoding, "surrogatepass"), encoding)
            for encoding in _WIDE_ENCODINGS
            for spelling in secret_spellings(secret)
        ]
    needles.append((secret.encode("utf-8", "surrogatepass"), "utf-8"))
    return tuple(needles)


@functools.lru_cache(maxsize=64)
def _split_needles(secret: str) -> tuple[tuple[tuple[bytes, str], ...], bytes]:
    """:func:`_byte_needles` as (the wide ones, the raw UTF-8 key)."""
    *wide, (raw, _) = _byte_needles(secret)
    return tuple(wide), raw


@functools.lru_cache(maxsize=64)
def _unescaped_spellings(secret: str) -> tuple[bytes, ...] | None:
    """What the pattern of ``secret`` can match in text holding no escape character
    (``\\``, ``%``, ``&``): the key itself and its base64 cores. None when that does not
    hold: a key with a space (``+`` spells it) or a non-ASCII character (its latin-1 view
    differs from its UTF-8 bytes)."""
    if not secret.isascii() or " " in secret:
        return None
    cores = _base64_cores(secret) if len(secret) >= MIN_SUBSTRING_LENGTH else []
    return (secret.encode("ascii"), *(core.encode("ascii") for core in cores))


#: Bytes from the rarest in API answers on (JSON of camelCase names, hex ids, dates and
#: URLs; lower-case letters and digits are common): each spelling of a key is looked for
#: only where its rarest byte occurs (:func:`_gated_spellings`).
_RARE_FIRST: Final = b"QZXJKWYUHBOLRGqzxjkwyuvhbf"


@functools.lru_cache(maxsize=64)
def _gated_spellings(secret: str) -> tuple[bytes, dict[int, tuple[bytes, ...]]] | None:
    """:func:`_unescaped_spellings` by *gate*: the rarest byte of each (by
    :data:`_RARE_FIRST`), which any occurrence of the spelling holds. Returns the bytes
    that are no gate (to delete from data, leaving its gates) and the spellings of each
    gate; None when the secret has no such list."""
    spellings = _unescaped_spellings(secret)
    if spellings is None:
        return None
    rank = {byte: index for index, byte in enumerate(_RARE_FIRST)}
    groups: dict[int, list[bytes]] = {}
    for spelling in spellings:
        gate = min(spelling, key=lambda byte: rank.get(byte, len(_RARE_FIRST)))
        groups.setdefault(gate, []).append(spelling)
    others = bytes(byte for byte in range(256) if byte not in groups)
    return others, {gate: tuple(group) for gate, group in groups.items()}


def _holds_spelling(data: bytes, secret: str) -> bool | None:
    """Whether ``data`` holds one of :func:`_unescaped_spellings` (None when the secret
    has none). Only the spellings whose gate occurs in ``data`` are looked for: in a
    typical answer a few of the dozens."""
    gated = _gated_spellings(secret)
    if gated is None:
        return None
    others, groups = gated
    # map() over the bound method: a group's spellings are tested without a Python step
    # each (base64/base32/hex forms make them dozens).
    return any(
        any(map(data.__contains__, groups[gate])) for gate in set(data.translate(None, others))
    )


def _holds_bytes(data: bytes, secret: str) -> bool:
    """Whether any replacement :func:`redact_bytes` makes would find something: clean data
    (nearly every API answer) is then returned untouched after a few scans."""
    wide, raw = _split_needles(secret)
    # UTF-16/32 text of ASCII spellings holds NUL bytes; JSON and most text hold none.
    if (b"\0" in data or not secret.isascii()) and any(needle in data for needle, _ in wide):
        return True
    if raw in data:
        return True
    # With no escape character in the data only a literal spelling can match: substring
    # tests (memchr-fast even when the regex engine's code is out of cache, which,
    # between requests, it is) rule the rest out, and the pattern confirms a hit.
    if (
        not (b"\\" in data or b"%" in data or b"&" in data)
        and _holds_spelling(data, secret) is False
    ):
        return False
    return _pattern(secret).search(data.decode("latin-1")) is not None


def redact_tree(value: Any, secrets: Sequence[str], placeholder: str) -> Any:
    """A decoded JSON-like ``value`` with every secret redacted in its strings and keys."""
    if isinstance(value, str):
        return redact_text(value, secrets, placeholder)
    if isinstance(value, list):
        return [redact_tree(item, secrets, placeholder) for item in value]
    if isinstance(value, dict):
        return {
            redact_tree(key, secrets, placeholder): redact_tree(item, secrets, placeholder)
            for key, item in value.items()
        }
    return value


@functools.lru_cache(maxsize=64)
def secret_spellings(secret: str) -> tuple[str, ...]:
    """Common whole spellings of ``secret`` — raw, JSON-escaped, URL-encoded, base64 cores —
    for scanning output for a leak (tests, the recording check). :func:`redact_text`
    finds these and every mixture of escaped and unescaped characters."""
    import urllib.parse

    forms = {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        "".join(f"\\u{ord(char):04x}" for char in secret),
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret),
        "".join(f"%{byte:02x}" for byte in secret.encode("utf-8", "surrogatepass")),
    }
    if len(secret) >= MIN_SUBSTRING_LENGTH:
        forms.update(_base64_cores(secret))
    return tuple(sorted((form for form in forms if form), key=len, reverse=True))


def secrets_of_authorization(value: str) -> list[str]:
    """The secrets an ``Authorization`` header value holds: the value itself and, for
    ``SCHEME TOKEN`` (``Bearer KEY``), the token alone — a server may echo either."""
    value = value.strip()
    found = [value] if value else []
    scheme, _, token = value.partition(" ")
    if token.strip() and scheme.isalpha():
        found.append(token.strip())
    return found
