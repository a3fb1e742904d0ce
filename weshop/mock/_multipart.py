"""``multipart/form-data`` bodies already read into memory, parsed by ``python-multipart``.

``python-multipart`` is the parser Starlette itself uses; this module only collects its
callbacks into whole parts and turns every malformation into :class:`MultipartError`,
which the app answers with a 400 error envelope.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

__all__ = ["MultipartError", "Part", "parse_content_type", "parse_multipart"]

MAX_PARTS: Final = 64
MAX_BOUNDARY_LENGTH: Final = 200  # RFC 2046 allows 70; anything longer is hostile


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
    main, params = parse_options_header(value)
    return (
        main.decode("latin-1").strip().lower(),
        {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in params.items()},
    )


@dataclass
class _Collector:
    """Assembles python-multipart's callbacks into :class:`Part` objects."""

    parts: list[Part] = field(default_factory=list)
    ended: bool = False
    _headers: dict[str, str] = field(default_factory=dict)
    _field: bytearray = field(default_factory=bytearray)
    _value: bytearray = field(default_factory=bytearray)
    _data: bytearray = field(default_factory=bytearray)

    def on_part_begin(self) -> None:
        if len(self.parts) >= MAX_PARTS:
            raise MultipartError(f"more than {MAX_PARTS} parts")
        self._headers, self._data = {}, bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def on_header_end(self) -> None:
        name = self._field.decode("latin-1").strip().lower()
        self._headers[name] = self._value.decode("latin-1").strip()
        self._field, self._value = bytearray(), bytearray()

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self._data += data[start:end]

    def on_part_end(self) -> None:
        disposition, params = parse_content_type(self._headers.get("content-disposition", ""))
        if disposition != "form-data" or "name" not in params:
            raise MultipartError(
                "a multipart part lacks 'Content-Disposition: form-data; name=...'"
            )
        content_type = self._headers.get("content-type")
        self.parts.append(
            Part(params["name"], params.get("filename"), content_type, bytes(self._data))
        )

    def on_end(self) -> None:
        self.ended = True


def parse_multipart(body: bytes, boundary: str) -> list[Part]:
    """The parts of a multipart body; raises :class:`MultipartError` if it is malformed."""
    if not boundary or len(boundary) > MAX_BOUNDARY_LENGTH:
        raise MultipartError("the multipart boundary is missing or too long")
    collector = _Collector()
    parser = MultipartParser(
        boundary,
        callbacks={
            "on_part_begin": collector.on_part_begin,
            "on_header_field": collector.on_header_field,
            "on_header_value": collector.on_header_value,
            "on_header_end": collector.on_header_end,
            "on_part_data": collector.on_part_data,
            "on_part_end": collector.on_part_end,
            "on_end": collector.on_end,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except MultipartParseError as exc:
        raise MultipartError(f"malformed multipart body: {exc}") from None
    if not collector.ended:
        if not collector.parts:
            raise MultipartError("the body does not contain the multipart boundary")
        raise MultipartError("the body ends before the closing multipart boundary")
    return collector.parts
