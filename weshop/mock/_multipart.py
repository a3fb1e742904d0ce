"""A small, strict ``multipart/form-data`` parser for bodies already read into memory.

Starlette's own form parser needs ``python-multipart``, which the ``mock`` extra does not
pull in; the mock's bodies are bounded (``max_body_bytes``) and read whole anyway, so a
split on the boundary is all it takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["MultipartError", "Part", "parse_content_type", "parse_multipart"]

MAX_PARTS: Final = 64
_PARAM = re.compile(r';\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


class MultipartError(ValueError):
    """The body is not well-formed ``multipart/form-data``."""


@dataclass(frozen=True)
class Part:
    """One form field: its name, the uploaded file's name (if any), type and bytes."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def parse_content_type(value: str) -> tuple[str, dict[str, str]]:
    """Split a ``Content-Type`` (or ``Content-Disposition``) value into its lower-cased
    main value and its parameters (names lower-cased, quotes removed)."""
    main, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for match in _PARAM.finditer(";" + rest):
        raw = match.group(2).strip()
        if len(raw) >= 2 and raw[0] == raw[-1] == '"':
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        params[match.group(1).lower()] = raw
    return main.strip().lower(), params


def parse_multipart(body: bytes, boundary: str) -> list[Part]:
    """The parts of a multipart body; raises :class:`MultipartError` if it is malformed."""
    if not boundary or len(boundary) > 200:
        raise MultipartError("the multipart boundary is missing or too long")
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    # The first delimiter may open the body without a preceding line break.
    sections = (b"\r\n" + body).split(delimiter)
    if len(sections) < 2:
        raise MultipartError("the body does not contain the multipart boundary")
    parts: list[Part] = []
    closed = False
    for section in sections[1:]:
        if section.startswith(b"--"):
            closed = True
            break
        if len(parts) >= MAX_PARTS:
            raise MultipartError(f"more than {MAX_PARTS} parts")
        parts.append(_part(section))
    if not closed:
        raise MultipartError("the body ends before the closing multipart boundary")
    return parts


def _part(section: bytes) -> Part:
    # After the delimiter: optional transport padding, CRLF, headers, CRLF CRLF, content.
    line_end = section.find(b"\r\n")
    if line_end < 0 or section[:line_end].strip(b" \t"):
        raise MultipartError("malformed multipart delimiter line")
    head, separator, data = section[line_end + 2 :].partition(b"\r\n\r\n")
    if not separator:
        # A part with no headers at all has its blank line right after the delimiter.
        if section[line_end + 2 : line_end + 4] == b"\r\n":
            head, data = b"", section[line_end + 4 :]
        else:
            raise MultipartError("a multipart part has no header section")
    headers: dict[str, str] = {}
    for line in head.split(b"\r\n") if head else []:
        name, colon, value = line.decode("latin-1").partition(":")
        if not colon:
            raise MultipartError("malformed multipart part header")
        headers[name.strip().lower()] = value.strip()
    disposition, params = parse_content_type(headers.get("content-disposition", ""))
    if disposition != "form-data" or "name" not in params:
        raise MultipartError("a multipart part lacks 'Content-Disposition: form-data; name=...'")
    filename = params.get("filename")
    content_type = headers.get("content-type")
    return Part(params["name"], filename, content_type, data)
