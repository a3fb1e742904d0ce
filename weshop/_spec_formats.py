"""The formats and the regex dialect of the spec's schemas, shared by both validators
(:mod:`weshop._lite_validator` and ``jsonschema``): ``uri`` as RFC 3986 says, with a
fast path for plain http(s) URLs, and ``pattern`` with ECMA-262 semantics."""

from __future__ import annotations

import functools
import re
import urllib.parse
from typing import TYPE_CHECKING, Any, Final, cast

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import ValidationError

__all__ = ["ecma_regex", "formats", "full_validator", "is_uri"]


@functools.lru_cache(maxsize=256)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` as ECMA-262 (JSON Schema's regex dialect) reads it: an ``$`` outside a
    character class ends the input, where Python's ``$`` also matches before a final
    newline. So ``"#ffffff\\n"`` fails ``^#[0-9A-Fa-f]{6}$`` here as it does in jsonschema-rs."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            out.append(r"\Z")
            continue
        out.append(char)
    return re.compile("".join(out))


def _ecma_pattern(
    validator: Draft202012Validator, pattern: str, instance: object, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(str(instance)):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@functools.cache
def full_validator() -> type[Draft202012Validator]:
    """JSON Schema 2020-12 with ECMA-262 ``pattern`` semantics (see :func:`ecma_regex`).
    ``extend`` is untyped in the stubs; the class it makes has Draft202012Validator's
    interface."""
    from jsonschema import Draft202012Validator, validators

    return cast(
        "type[Draft202012Validator]",
        validators.extend(Draft202012Validator, {"pattern": _ecma_pattern}),  # type: ignore[no-untyped-call]
    )


def is_uri(value: object) -> bool:
    """Whether ``value`` is a URI by RFC 3986's grammar — and, for ``http``/``https``,
    also by RFC 9110's: a non-empty host. The port is digits (``port = *DIGIT`` in both
    RFCs): a port above 65535 is not refused here, as the spec states no such rule.

    This is what ``format: uri`` asserts in this spec, for the facade and the mock alike
    (and for the compiled validator, which is handed this very function). The grammar is
    checked by ``rfc3986-validator``, a transcription of RFC 3986's ABNF (the checker
    ``jsonschema`` itself uses for ``uri``): host, port, IPv6 and IPvFuture literals,
    percent-encoding, every character of every component. Non-strings are not URIs'
    business (``type`` says what they must be).
    """
    if not isinstance(value, str):
        return True
    if len(value) <= _CACHED_URI_LENGTH:
        return _is_uri_cached(value)
    return _is_uri_text(value)


#: URLs up to this length have their verdict cached (a run's image URLs are checked on
#: every validation, and by every allOf branch that names them: ~10 µs each uncached);
#: the cache holds at most 4,096 of them, so at most ~8 MiB whatever the input.
_CACHED_URI_LENGTH: Final = 2048


#: A plain http(s) URL: a host of letters, digits, ``-``, ``.``, ``_``, ``~``, an optional
#: numeric port, then path, query and fragment characters RFC 3986 allows unescaped (no
#: ``%``, no second ``#``). Every such string is a URI with a host by RFC 3986's grammar
#: (tested against it), so it needs no more checking: the common case does not pay for
#: importing rfc3986-validator (it compiles its grammar's regexes when imported).
_PLAIN_HTTP_URL: Final = re.compile(
    r"https?://[A-Za-z0-9._~-]+(?::[0-9]*)?(?:[/?#][A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?"
)


def _is_uri_text(value: str) -> bool:
    if _PLAIN_HTTP_URL.fullmatch(value):
        return True
    from rfc3986_validator import validate_rfc3986

    # The validator's regex ends in "$", which Python also matches before a final
    # newline; a newline is never part of a URI.
    if value.endswith("\n") or not validate_rfc3986(value, rule="URI"):
        return False
    try:
        parts = urllib.parse.urlsplit(value)
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https"):
        return True
    return bool(parts.hostname)


_is_uri_cached = functools.lru_cache(maxsize=4096)(_is_uri_text)


@functools.cache
def formats() -> FormatChecker:
    """The formats this spec asserts (``uri``, by :func:`is_uri`)."""
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())
    checker.checks("uri")(is_uri)
    return checker
