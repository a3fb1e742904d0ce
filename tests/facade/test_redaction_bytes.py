"""``redact_bytes`` scans clean data once and returns it untouched, and still finds the key
in every spelling and encoding it looks for (the fast path must never hide a hit)."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from weshop._redaction import redact_bytes, secret_spellings

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
