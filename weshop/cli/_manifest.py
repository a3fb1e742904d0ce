"""Batch manifests: one run per row, in JSON Lines or CSV.

A row names the agent, the source image and the run's parameters in their wire names:

* ``agent`` (required): the agent's name (``aimodel``, ``removeBG``...; any case for the
  documented ones);
* ``image``: the source image (``input.originalImage``), an http(s) URL or a local file —
  a relative path is relative to the manifest's folder;
* ``images``: several input images (a JSON list, or in CSV one cell of paths/URLs
  separated by spaces) for the catalog's multi-image agents; ``videos`` and ``audios``:
  URLs the same way. A text-only agent needs none of them;
* optional: ``version`` (agent version, default ``v1.0``), ``taskName``, ``callbackUrl``,
  and the further input images ``fashionModelImage``, ``locationImage`` (URL or path);
* every other key/column is a run parameter (``generatedContent``, ``maskType``,
  ``textDescription``, ``locationId``, ``batchCount``...). ``batchCount`` is 1 unless
  given. Empty values (an empty CSV cell, a JSON ``null``) are left out.

JSON Lines: one JSON object per line; blank lines are skipped. CSV: a header row with
the column names, then one row per run; a cell is parsed as JSON when it parses (``4``,
``true``, ``[1,2]``), else kept as text — but the columns above and parameters the spec
types as strings are always text.

Rows are numbered from 1 in file order (blank lines not counted); each row has a
fingerprint of what it asks for, so a resumed batch can tell that its manifest changed.
:func:`iter_manifest` reads a file row by row (a batch of a million rows never holds them
all); :func:`load_manifest` is the same as a list.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from .. import DEFAULT_AGENT_VERSION
from ..spec import is_url, run_params
from ._spec_info import agent_wire_name, parse_param_value

__all__ = [
    "INPUT_IMAGE_KEYS",
    "RESERVED_KEYS",
    "ManifestError",
    "ManifestRow",
    "detect_format",
    "iter_manifest",
    "load_manifest",
    "parse_csv",
    "parse_jsonl",
]

ManifestFormat = Literal["jsonl", "csv"]

#: Further input images of a run (``input.*`` besides ``originalImage``).
INPUT_IMAGE_KEYS: Final = ("fashionModelImage", "locationImage")
#: Lists of media: ``images`` (URLs or local files), ``videos`` and ``audios`` (URLs).
MEDIA_KEYS: Final = ("images", "videos", "audios")
#: Keys that are not run parameters.
RESERVED_KEYS: Final = (
    "agent",
    "image",
    "version",
    "taskName",
    "callbackUrl",
    *INPUT_IMAGE_KEYS,
    *MEDIA_KEYS,
)


#: The canonical JSON of a row's fingerprint (one encoder for every row).
_CANONICAL: Final = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)

#: A manifest names few agents over many rows: each name is looked up once.
_agent_name = functools.lru_cache(maxsize=1024)(agent_wire_name)


class ManifestError(ValueError):
    """A manifest that cannot be read; the message names the row and line."""


@dataclass(frozen=True)
class ManifestRow:
    """One run of a batch, as the manifest asks for it."""

    row: int
    line: int
    agent: str
    image: str | None
    params: Mapping[str, Any]
    version: str = DEFAULT_AGENT_VERSION
    task_name: str | None = None
    callback_url: str | None = None
    inputs: Mapping[str, str] = field(default_factory=dict)
    media: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """A hash of everything the row's request depends on (the params as the facade
        sends them, ``batchCount`` and the spec's facade defaults included)."""
        canonical = _CANONICAL.encode(
            {
                "agent": self.agent,
                "version": self.version,
                "image": self.image,
                "inputs": dict(self.inputs),
                **({"media": {k: list(v) for k, v in self.media.items()}} if self.media else {}),
                "params": run_params(self.agent, self.params),
                "taskName": self.task_name,
                "callbackUrl": self.callback_url,
            }
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]

    def images(self, base: Path) -> dict[str, str | Path]:
        """``input`` images: URLs as they are, local paths resolved against ``base``."""
        found: dict[str, str | Path] = {}
        if self.image is not None:
            found["originalImage"] = resolve_image(self.image, base)
        for name, value in self.inputs.items():
            found[name] = resolve_image(value, base)
        return found

    def image_list(self, base: Path) -> list[str | Path]:
        """``images``: URLs as they are, local paths resolved against ``base``."""
        return [resolve_image(value, base) for value in self.media.get("images", ())]


def resolve_image(value: str, base: Path) -> str | Path:
    """A URL as is; a local path, relative ones resolved against ``base``."""
    if is_url(value):
        return value
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def detect_format(path: Path, text: str) -> ManifestFormat:
    """By the file's suffix (``.csv``; ``.jsonl``/``.ndjson``/``.json``), else by content."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    return "jsonl" if text.lstrip().startswith("{") else "csv"


def load_manifest(path: Path, fmt: ManifestFormat | None = None) -> list[ManifestRow]:
    """Read and check a manifest file (UTF-8, a BOM is allowed)."""
    rows = list(iter_manifest(path, fmt))
    if not rows:
        raise ManifestError(f"{path}: no rows")
    return rows


def iter_manifest(path: Path, fmt: ManifestFormat | None = None) -> Iterator[ManifestRow]:
    """The rows of a manifest file, read and checked one at a time (UTF-8, a BOM is
    allowed); a file without rows yields none."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            chosen = fmt or detect_format(path, stream.read(4096))
            stream.seek(0)
            if chosen == "csv":
                yield from _csv_rows(stream, str(path))
            else:
                yield from _jsonl_rows(stream, str(path))
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not UTF-8 text ({exc.reason})") from None


def parse_jsonl(text: str, source: str = "manifest") -> list[ManifestRow]:
    # newline="": lines end at \n, \r\n or \r, kept (json.loads ignores them)
    return list(_jsonl_rows(io.StringIO(text, newline=""), source))


def _jsonl_rows(lines: Iterable[str], source: str) -> Iterator[ManifestRow]:
    count = 0
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source} row {count + 1} (line {line_number})"
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise ManifestError(f"{where}: not valid JSON ({exc})") from None
        if not isinstance(record, dict):
            raise ManifestError(f"{where}: not a JSON object")
        count += 1
        yield _row(record, count, line_number, where)


def parse_csv(text: str, source: str = "manifest") -> list[ManifestRow]:
    return list(_csv_rows(io.StringIO(text, newline=""), source))


def _csv_rows(stream: Iterable[str], source: str) -> Iterator[ManifestRow]:
    reader = csv.reader(stream)
    header: Sequence[str] | None = None
    count = 0
    for cells in reader:
        line_number = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [cell.strip() for cell in cells]
            _check_header(header, source)
            continue
        where = f"{source} row {count + 1} (line {line_number})"
        if len(cells) > len(header):
            raise ManifestError(f"{where}: {len(cells)} cells but {len(header)} columns")
        agent = _agent_name(_cell(cells, header.index("agent")).strip())
        record: dict[str, Any] = {}
        for name, cell in zip(header, cells, strict=False):
            if not cell.strip():
                continue
            if name in RESERVED_KEYS:
                record[name] = cell.strip()
            else:
                record[name] = parse_param_value(agent, name, cell)
        count += 1
        yield _row(record, count, line_number, where, csv_cells=True)


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _check_header(header: Sequence[str], source: str) -> None:
    if any(not name for name in header):
        raise ManifestError(f"{source}: the header has an empty column name")
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        raise ManifestError(f"{source}: duplicate columns: {', '.join(duplicates)}")
    missing = [name for name in ("agent",) if name not in header]
    if missing:
        raise ManifestError(f"{source}: the header has no {' or '.join(missing)} column")


def _text(record: Mapping[str, Any], key: str, where: str, *, required: bool) -> str | None:
    value = record.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ManifestError(f"{where}: {key!r} is required")
        return None
    if not isinstance(value, str):
        raise ManifestError(f"{where}: {key!r} must be text, not {json.dumps(value)}")
    return value.strip()


def _row(
    record: Mapping[str, Any], row: int, line: int, where: str, *, csv_cells: bool = False
) -> ManifestRow:
    agent = _agent_name(str(_text(record, "agent", where, required=True)))
    image = _text(record, "image", where, required=False)
    media: dict[str, tuple[str, ...]] = {}
    for key in MEDIA_KEYS:
        value = record.get(key)
        if isinstance(value, str) and csv_cells:
            value = value.split()
        if value is None or value == []:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ManifestError(f"{where}: {key!r} must be a list of paths or URLs")
        media[key] = tuple(value)
    inputs = {
        key: value
        for key in INPUT_IMAGE_KEYS
        if (value := _text(record, key, where, required=False)) is not None
    }
    params = {
        key: value
        for key, value in record.items()
        if key not in RESERVED_KEYS and value is not None
    }
    return ManifestRow(
        row=row,
        line=line,
        agent=agent,
        image=image,
        params=params,
        version=_text(record, "version", where, required=False) or DEFAULT_AGENT_VERSION,
        task_name=_text(record, "taskName", where, required=False),
        callback_url=_text(record, "callbackUrl", where, required=False),
        inputs=inputs,
        media=media,
    )
