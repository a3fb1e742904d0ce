"""Keeping a secret out of text and data: every spelling of it, everywhere.

One implementation for the facade (exception messages and bodies), the mock's record mode
(recordings) and the conformance runner (reports). A key can reach text raw, URL-encoded,
or escaped inside a JSON string (``\\/`` and ``\\uXXXX`` included), so each form is
replaced, and structures are redacted after they are decoded, never only before.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Sequence
from typing import Any

__all__ = ["redact_text", "redact_tree", "secret_forms"]


def secret_forms(secret: str) -> list[str]:
    """The spellings of ``secret`` that may appear in a body or a URL, longest first (so
    that a form containing another is replaced whole)."""
    if not secret:
        return []
    ascii_escaped = json.dumps(secret, ensure_ascii=True)[1:-1]
    raw_escaped = json.dumps(secret, ensure_ascii=False)[1:-1]
    forms = {
        secret,
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret),
        ascii_escaped,
        ascii_escaped.replace("/", "\\/"),
        raw_escaped,
        raw_escaped.replace("/", "\\/"),
        "".join(f"\\u{ord(char):04x}" for char in secret),
    }
    return sorted((form for form in forms if form), key=len, reverse=True)


def redact_text(text: str, secrets: Sequence[str], placeholder: str) -> str:
    """``text`` with every form of every secret replaced by ``placeholder``."""
    for secret in secrets:
        for form in secret_forms(secret):
            if form in text:
                text = text.replace(form, placeholder)
    return text


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
