"""``redact_bytes`` scans clean data once and returns it untouched, and still finds the key
in every spelling and encoding it looks for (the fast path must never hide a hit)."""

from __future__ import annotations

import base64
import string
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from weshop._redaction import (
    MIN_SUBSTRING_LENGTH,
    _base64_cores,
    _holds_bytes,
    _pattern,
    redact_bytes,
    redact_text,
    secret_spellings,
)

PLACEHOLDER = "[redacted]"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
keys = st.text(string.ascii_letters + string.digits + "-_.~+/=", min_size=8, max_size=40)


@given(key=keys, data=st.binary(max_size=300))
def test_clean_data_is_returned_as_is(key: str, data: bytes) -> None:
    redacted = redact_bytes(data, [key], PLACEHOLDER)
    if redacted != data:  # random bytes may spell the key after all: then it must be gone
        assert key.encode() not in redacted
    else:
        assert redacted is data


@given(
    key=keys,
    before=st.binary(max_size=60),
    after=st.binary(max_size=60),
    spelling_index=st.integers(min_value=0),
    encoding=st.sampled_from(ENCODINGS),
)
def test_every_spelling_in_every_encoding_is_found(
    key: str, before: bytes, after: bytes, spelling_index: int, encoding: str
) -> None:
    spellings = secret_spellings(key)
    spelling = spellings[spelling_index % len(spellings)]
    data = before + spelling.encode(encoding) + after
    redacted = redact_bytes(data, [key], PLACEHOLDER)
    assert redacted is not data
    assert spelling.encode(encoding) not in redacted


def _holds_by_regex(data: bytes, key: str) -> bool:
    """The definition the fast paths of ``_holds_bytes`` must agree with: any spelling
    the pattern finds in the 8-bit view, the raw UTF-8 key, or a wide-encoded spelling."""
    wide = [
        spelling.encode(encoding)
        for encoding in ENCODINGS[1:]
        for spelling in secret_spellings(key)
        if len(key) >= MIN_SUBSTRING_LENGTH
    ]
    return (
        key.encode() in data
        or any(needle in data for needle in wide)
        or _pattern(key).search(data.decode("latin-1")) is not None
    )


_ESCAPES = st.sampled_from([b"\\", b"%", b"&", b"\\/", b"%2d", b"&#45;", b"+", b" "])


@settings(max_examples=300)
@given(
    key=st.text(string.ascii_letters + string.digits + "-_.~+/= ", min_size=1, max_size=20),
    parts=st.lists(st.one_of(st.binary(max_size=8), _ESCAPES), max_size=8),
    spelling_index=st.integers(min_value=0),
    with_spelling=st.booleans(),
)
def test_the_substring_pre_check_agrees_with_the_pattern(
    key: str, parts: list[bytes], spelling_index: int, with_spelling: bool
) -> None:
    """Data without escape characters is decided by substring tests; they never hide a
    hit nor invent one (short keys, keys with spaces, base64 cores at every alignment)."""
    if with_spelling:
        spellings = secret_spellings(key)
        parts.insert(len(parts) // 2, spellings[spelling_index % len(spellings)].encode())
    data = b"".join(parts)
    assert _holds_bytes(data, key) == _holds_by_regex(data, key)


_ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "base64": base64.b64encode,
    "base64url": base64.urlsafe_b64encode,
    "base32": base64.b32encode,
    "base32-lower": lambda data: base64.b32encode(data).lower(),
    "hex": lambda data: data.hex().encode(),
    "HEX": lambda data: data.hex().upper().encode(),
}


@settings(max_examples=60, derandomize=True, database=None)
@given(
    key=keys,
    before=st.binary(max_size=7),
    after=st.binary(max_size=7),
    text_encoding=st.sampled_from(ENCODINGS),
    encoder=st.sampled_from(sorted(_ENCODERS)),
)
def test_encoded_keys_inside_longer_encoded_data_are_found(
    key: str, before: bytes, after: bytes, text_encoding: str, encoder: str
) -> None:
    """Issue 19: hex (either case) and base32 of the key, base64 of its UTF-16 and UTF-32
    spellings — embedded at any byte alignment in a longer encoded string."""
    if encoder not in ("base64", "base64url") and text_encoding != "utf-8":
        text_encoding = "utf-8"  # base32 and hex are searched for the UTF-8 key
    encoded = _ENCODERS[encoder](before + key.encode(text_encoding) + after).decode()
    redacted = redact_text(encoded, [key], PLACEHOLDER)
    assert PLACEHOLDER in redacted
    assert not any(core in redacted for core in _base64_cores(key))
    as_bytes = redact_bytes(encoded.encode(), [key], PLACEHOLDER)
    assert PLACEHOLDER.encode() in as_bytes
