"""Uploads: telling URLs from local images, local checks, and the content-hash cache.

All of it is free of network I/O: the sync and async clients prepare an image here,
look its hash up in the cache, and only then send it (streaming from an open file).

Local checks follow the documented upload limits, read from the overlaid spec
(``weshop._spec.image_constraints``): format, size, dimensions, aspect ratio. A
failure raises :class:`~weshop.errors.ImageValidationError` before any request.

The cache maps ``sha256(content)`` to the asset URL, per API base URL, and is kept in a
JSON file (``~/.cache/weshop/uploads.json`` by default) so the same bytes are uploaded
once — unlike a cache keyed by path and modification time, it survives renames and
copies and never serves a stale URL for a file that was edited in place.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final, TypeAlias

from ._constants import HASH_CHUNK_SIZE
from ._spec import Violation, image_constraints
from .errors import ImageValidationError

__all__ = [
    "FileInput",
    "ImageInput",
    "PreparedImage",
    "UploadCache",
    "is_url",
    "prepare_image",
]

#: A local image: a path, its bytes, or a binary file object opened for reading.
FileInput: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO
#: An image for a run: an http(s) URL (used as is) or a local image (uploaded first).
ImageInput: TypeAlias = FileInput

_CACHE_VERSION: Final = 1


def is_url(value: object) -> bool:
    """Whether ``value`` is an http(s) URL string (anything else is a local image)."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def _sniff_format(head: bytes) -> str | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


@dataclass(frozen=True)
class PreparedImage:
    """A local image that passed the checks: its hash, facts, and how to open it."""

    sha256: str
    size: int
    width: int
    height: int
    format: str
    filename: str
    _opener: Callable[[], contextlib.AbstractContextManager[BinaryIO]]

    @property
    def mime_type(self) -> str:
        return image_constraints().media_types[self.format]

    def open(self) -> contextlib.AbstractContextManager[BinaryIO]:
        """A context manager yielding a binary stream of the content, at position 0."""
        return self._opener()


def _violation(rule: str, message: str) -> ImageValidationError:
    return ImageValidationError([Violation("image", rule, message)], what="image")


def _check(head: bytes, size: int, dimensions: tuple[int, int], label: str) -> str:
    """Check the documented limits; return the format name."""
    limits = image_constraints()
    found = _sniff_format(head)
    if found is None or found not in limits.media_types:
        allowed = ", ".join(limits.media_types)
        raise _violation("upload-format", f"{label} is not a {allowed} image")
    if size > limits.max_bytes:
        raise _violation(
            "upload-size",
            f"{label} is {size / 1048576:.1f} MB; at most {limits.max_bytes // 1048576} MB",
        )
    width, height = dimensions
    if width <= 0 or height <= 0:
        raise _violation("upload-readable", f"{label}: cannot read the image's dimensions")
    if min(width, height) <= limits.min_side_exclusive:
        raise _violation(
            "upload-dimensions",
            f"{label} is {width}x{height} px; both sides must be larger than "
            f"{limits.min_side_exclusive} px",
        )
    if max(width, height) / min(width, height) >= limits.max_aspect_ratio_exclusive:
        raise _violation(
            "upload-aspect-ratio",
            f"{label} is {width}x{height} px; the aspect ratio must be below "
            f"{limits.max_aspect_ratio_exclusive:g}",
        )
    return found


def _dimensions(source: str | BinaryIO) -> tuple[int, int]:
    import imagesize  # type: ignore[import-untyped]  # no type hints; imported when first needed

    try:
        width, height = imagesize.get(source)
    except (OSError, ValueError, IndexError, TypeError):
        return (-1, -1)
    return (int(width), int(height))


def _prepare_path(path: Path) -> PreparedImage:
    label = str(path)
    try:
        if not path.is_file():
            problem = "is not a file" if path.exists() else "does not exist"
            raise _violation("upload-readable", f"{label} {problem}")
        size = path.stat().st_size
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            head = handle.read(16)
            if size > image_constraints().max_bytes:  # say so before hashing it all
                _check(head, size, (1, 1), label)
            digest.update(head)
            for chunk in iter(lambda: handle.read(HASH_CHUNK_SIZE), b""):
                digest.update(chunk)
    except OSError as exc:
        raise _violation("upload-readable", f"cannot read {label}: {exc.strerror}") from None
    width, height = _dimensions(str(path))
    found = _check(head, size, (width, height), label)

    @contextlib.contextmanager
    def opener() -> Iterator[BinaryIO]:
        with path.open("rb") as handle:
            yield handle

    return PreparedImage(digest.hexdigest(), size, width, height, found, path.name, opener)


def _prepare_bytes(data: bytes, filename: str) -> PreparedImage:
    width, height = _dimensions(io.BytesIO(data))
    found = _check(data[:16], len(data), (width, height), filename)

    @contextlib.contextmanager
    def opener() -> Iterator[BinaryIO]:
        yield io.BytesIO(data)

    suffix = "jpg" if found == "jpeg" else found
    name = filename if "." in filename else f"{filename}.{suffix}"
    return PreparedImage(
        hashlib.sha256(data).hexdigest(), len(data), width, height, found, name, opener
    )


def _prepare_file(handle: BinaryIO) -> PreparedImage:
    name = Path(str(getattr(handle, "name", "") or "image")).name or "image"
    seekable = False
    with contextlib.suppress(AttributeError, OSError, ValueError):
        seekable = bool(handle.seekable()) and handle.tell() == 0
    if not seekable:
        # Not rewindable (a pipe, a partly read file): keep the bytes (at most the limit).
        max_bytes = image_constraints().max_bytes
        data = handle.read(max_bytes + 1)
        if not isinstance(data, bytes):
            raise _violation("upload-readable", f"{name} is not opened in binary mode")
        if len(data) > max_bytes:
            raise _violation("upload-size", f"{name} is larger than {max_bytes // 1048576} MB")
        return _prepare_bytes(data, name)
    known_size = -1
    with contextlib.suppress(AttributeError, OSError, ValueError):  # not every file has one
        known_size = os.fstat(handle.fileno()).st_size
    if known_size > image_constraints().max_bytes:  # say so before hashing it all
        _check(handle.read(16), known_size, (1, 1), name)
    digest = hashlib.sha256()
    head = handle.read(16)
    if not isinstance(head, bytes):
        raise _violation("upload-readable", f"{name} is not opened in binary mode")
    size = len(head)
    digest.update(head)
    for chunk in iter(lambda: handle.read(HASH_CHUNK_SIZE), b""):
        digest.update(chunk)
        size += len(chunk)
    handle.seek(0)
    dims = _dimensions(handle)
    handle.seek(0)
    found = _check(head, size, dims, name)

    @contextlib.contextmanager
    def opener() -> Iterator[BinaryIO]:
        handle.seek(0)
        yield handle  # the caller's file: not closed here

    return PreparedImage(digest.hexdigest(), size, dims[0], dims[1], found, name, opener)


def prepare_image(source: FileInput) -> PreparedImage:
    """Check a local image against the upload limits and hash it (streaming, for paths).

    Raises :class:`ImageValidationError` naming the broken limit.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return _prepare_bytes(bytes(source), "image")
    if isinstance(source, str | os.PathLike):
        return _prepare_path(Path(source).expanduser())
    if hasattr(source, "read"):
        return _prepare_file(source)
    raise _violation(
        "upload-readable",
        f"expected a URL, a path, bytes or a binary file, not {type(source).__name__}",
    )


class UploadCache:
    """sha256 → asset URL, per API base URL; persisted as JSON when given a path.

    Thread-safe. Writes are atomic (temporary file + rename) and merge what other
    processes wrote meanwhile; the file is private to the user (mode 600).
    """

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._entries: dict[str, dict[str, dict[str, object]]] | None = None

    @property
    def path(self) -> Path | None:
        return self._path

    def __repr__(self) -> str:
        return f"UploadCache(path={self._path!r})"

    def _read_file(self) -> dict[str, dict[str, dict[str, object]]]:
        if self._path is None:
            return {}
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, dict) or data.get("version") != _CACHE_VERSION:
            return {}
        return {
            str(base): {str(h): dict(e) for h, e in table.items() if isinstance(e, dict)}
            for base, table in entries.items()
            if isinstance(table, dict)
        }

    def _loaded(self) -> dict[str, dict[str, dict[str, object]]]:
        if self._entries is None:
            self._entries = self._read_file()
        return self._entries

    def get(self, base: str, sha256: str) -> str | None:
        """The URL cached for this content at this API, if any."""
        with self._lock:
            entry = self._loaded().get(base, {}).get(sha256)
        url = entry.get("url") if entry else None
        return url if isinstance(url, str) else None

    def put(self, base: str, sha256: str, url: str) -> None:
        """Remember ``url`` for this content at this API (and persist it)."""
        entry: dict[str, object] = {"url": url, "uploaded_at": int(time.time())}
        with self._lock:
            self._loaded().setdefault(base, {})[sha256] = entry
            if self._path is None:
                return
            merged = self._read_file()
            for known_base, table in self._loaded().items():
                merged.setdefault(known_base, {}).update(table)
            self._entries = merged
            self._write(merged)

    def _write(self, entries: dict[str, dict[str, dict[str, object]]]) -> None:
        assert self._path is not None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".uploads-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump({"version": _CACHE_VERSION, "entries": entries}, out, indent=1)
                os.replace(tmp, self._path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            # A cache that cannot be written is only a missed saving, never an error.
            return
