"""The batch state file: an append-only, crash-safe journal of what each row did.

One JSON object per line; a line is only ever appended (never rewritten), so an event
costs the same few hundred bytes at row 10 as at row 1,000,000. Events (``event``):

``start``      ``{"event", "version", "manifest", "rows", "todo", "at"}`` — one per
               invocation
``key``        ``{"event", "row", "fingerprint", "key", "input", "params", "at"}`` — a new
               key, before sending: ``input`` holds the row's input images by wire name as
               the URLs the request carries (local images already uploaded), ``params`` its
               parameters; a resend carries exactly these (older files lack both: the
               request is then rebuilt from the manifest)
``submitted``  ``{"event", "row", "key", "executionId", "at"}`` — the run exists
``error``      ``{"event", "row", "key", "executionId", "sent", "error": {"type",
               "message"}, "at"}`` — the row could not be submitted, waited on or
               downloaded this time (``sent: false``: nothing was sent, the key is dropped)
``done``       ``{"event", "row", "key", "fingerprint", "executionId", "status", "images",
               "videos", "downloaded", "error", "at"}`` — the run finished (Success or
               Failed); older files lack ``key`` and ``fingerprint``

Durability (group commit): while a batch runs, events go to a writer thread that writes
whatever has queued up with one ``write`` and one ``fsync`` — the event loop never waits
on the disk (:mod:`weshop.cli._journal` writes the file). A ``key`` event is awaited
(``StateFile.sync``) before the request that carries it is sent: a crash can lose the
events after it (``submitted``, ``done``), never the key, and the next invocation sends
the request again with that key, so the service answers with the run it already started
— nothing is billed twice.

Loading replays the events per row; the last one wins. A line that is not a complete JSON
object — the torn last line of a crash — is ignored; before appending, a torn tail is
terminated with a newline so it stays a line of its own. An exclusive lock keeps two
batches from writing one state file at the same time. A batch loads the file *compactly*
(``load_state(..., compact=True)``): finished rows are kept as the file offsets of their
last ``done`` and ``key`` lines and their fingerprint (33 bytes a row), not as objects.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final

__all__ = [
    "FINGERPRINT_SIZE",
    "NO_FINGERPRINT",
    "STATE_VERSION",
    "LoadedState",
    "RowState",
    "StateLocked",
    "fingerprint_bytes",
    "load_state",
]

STATE_VERSION: Final = 1

#: One decoder and one encoder for every line (``json.dumps`` with options builds an
#: encoder per call; ``json.loads`` of bytes guesses their encoding per call).
_DECODER: Final = json.JSONDecoder()
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def decode_line(raw: bytes) -> Any:
    """One line of a file we wrote (UTF-8 JSON); ``ValueError`` if it is not."""
    return _DECODER.decode(raw.decode("utf-8"))


def encode_line(record: Mapping[str, Any]) -> str:
    """One compact JSON line, without its newline (non-ASCII kept as it is)."""
    return _ENCODER.encode(record)


class StateLocked(Exception):
    """Another process holds the state file."""


@dataclass
class RowState:
    """What the state file says about one row."""

    row: int
    fingerprint: str | None = None
    key: str | None = None
    execution_id: str | None = None
    #: The input image URLs by wire name and the params the key was written with
    #: (``None`` for a key event of an older state file).
    inputs: dict[str, str] | None = None
    params: dict[str, Any] | None = None
    #: The ``done`` record once the run finished (Success or Failed).
    done: dict[str, Any] | None = None
    #: The last ``error`` record since the row's last key, if any.
    error: dict[str, Any] | None = None

    @property
    def finished(self) -> bool:
        return self.done is not None

    @property
    def status(self) -> str | None:
        return None if self.done is None else str(self.done.get("status"))


#: Bytes read at once for one line of the state file read back (most are shorter).
_LINE_READ: Final = 2048

#: ``LoadedState.outcome`` codes of a finished row.
NOT_FINISHED: Final = 0
SUCCEEDED: Final = 1
FAILED: Final = 2


@dataclass
class LoadedState:
    """A replayed state file.

    Full (the default): ``rows`` holds every row that has an event. Compact: ``rows``
    holds only rows that have not finished; a finished row is ``outcome[row]``
    (:data:`SUCCEEDED` or :data:`FAILED`) and the offsets of its last ``done`` and ``key``
    lines (:meth:`finished_row` reads them back) — a few bytes a row, however many rows.
    """

    rows: dict[int, RowState] = field(default_factory=dict)
    lines: int = 0
    #: Lines that were not complete JSON objects (torn by a crash), ignored.
    ignored: int = 0
    compact: bool = False
    path: Path | None = None
    #: Compact only, indexed by row number: offsets (-1: none) and outcome codes.
    done_at: array[int] = field(default_factory=lambda: array("q"))
    key_at: array[int] = field(default_factory=lambda: array("q"))
    outcome: bytearray = field(default_factory=bytearray)
    #: Compact: each finished row's fingerprint, :data:`FINGERPRINT_SIZE` bytes a row
    #: (:func:`fingerprint_bytes`), so checking the manifest against it reads nothing back.
    fingerprints: bytearray = field(default_factory=bytearray)
    #: Compact: finished rows numbered beyond this stay in ``rows`` (another manifest's).
    max_row: int | None = None
    _reader: IO[bytes] | None = field(default=None, repr=False)

    def row(self, number: int) -> RowState:
        found = self.rows.get(number)
        if found is None:
            found = self.rows[number] = RowState(number)
        return found

    # ---------------------------------------------------------------- compact
    def _grow(self, number: int) -> bool:
        """Make room for row ``number``; False if it is beyond ``max_row``."""
        if self.max_row is not None and number > self.max_row:
            return False
        missing = number + 1 - len(self.outcome)
        if missing > 0:
            self.done_at.extend([-1] * missing)
            self.key_at.extend([-1] * missing)
            self.outcome.extend(bytes(missing))
            self.fingerprints.extend(bytes(missing * FINGERPRINT_SIZE))
        return True

    def finished_outcome(self, number: int) -> int:
        """:data:`SUCCEEDED`, :data:`FAILED`, or :data:`NOT_FINISHED`."""
        if not self.compact:
            found = self.rows.get(number)
            if found is None or found.done is None:
                return NOT_FINISHED
            return SUCCEEDED if found.status == "Success" else FAILED
        return self.outcome[number] if number < len(self.outcome) else NOT_FINISHED

    def set_finished(
        self,
        number: int,
        succeeded: bool,
        done_at: int,
        key_at: int,
        fingerprint: str | None = None,
    ) -> None:
        """Compact: row ``number`` finished; its ``done`` line is at ``done_at``."""
        self._grow(number)
        self.outcome[number] = SUCCEEDED if succeeded else FAILED
        self.done_at[number] = done_at
        self.key_at[number] = key_at
        at = number * FINGERPRINT_SIZE
        self.fingerprints[at : at + FINGERPRINT_SIZE] = fingerprint_bytes(fingerprint)
        self.rows.pop(number, None)

    def unfinish(self, number: int) -> None:
        """Compact: forget that row ``number`` finished (it is run again)."""
        if number < len(self.outcome):
            self.outcome[number] = NOT_FINISHED
            self.done_at[number] = self.key_at[number] = -1
            at = number * FINGERPRINT_SIZE
            self.fingerprints[at : at + FINGERPRINT_SIZE] = NO_FINGERPRINT

    def finished_fingerprint(self, number: int) -> bytes:
        """A finished row's fingerprint as :func:`fingerprint_bytes` (:data:`NO_FINGERPRINT`
        if it has none); read from memory when compact, not from the file."""
        if not self.compact:
            return fingerprint_bytes(self.rows[number].fingerprint)
        at = number * FINGERPRINT_SIZE
        return bytes(self.fingerprints[at : at + FINGERPRINT_SIZE])

    def first_finished_beyond(self, last: int) -> int | None:
        """Compact: the first finished row numbered beyond ``last`` (another manifest's)."""
        for number in range(last + 1, len(self.outcome)):
            if self.outcome[number] != NOT_FINISHED:
                return number
        return None

    def finished_row(self, number: int) -> RowState:
        """A finished row as a :class:`RowState`, read back from its lines."""
        if not self.compact:
            return self.rows[number]
        done = self._line_at(self.done_at[number])
        found = RowState(number, done=done)
        execution_id = done.get("executionId")
        found.execution_id = execution_id if isinstance(execution_id, str) else None
        key, fingerprint = done.get("key"), done.get("fingerprint")
        older_file = not isinstance(key, str) or not isinstance(fingerprint, str)
        if older_file and self.key_at[number] >= 0:
            key_event = self._line_at(self.key_at[number])
            key, fingerprint = key_event.get("key"), key_event.get("fingerprint")
        found.key = key if isinstance(key, str) else None
        found.fingerprint = fingerprint if isinstance(fingerprint, str) else None
        return found

    def _line_at(self, offset: int) -> dict[str, Any]:
        if self._reader is None:
            assert self.path is not None
            self._reader = self.path.open("rb", buffering=0)
        # One read per line (a line is a few hundred bytes), no buffer filled and dropped.
        data = _read_at(self._reader, _LINE_READ, offset)
        while b"\n" not in data:
            more = _read_at(self._reader, max(len(data), _LINE_READ), offset + len(data))
            if not more:
                break
            data += more
        record = decode_line(data.partition(b"\n")[0])
        assert isinstance(record, dict)
        return record

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None


#: Bytes a fingerprint is kept in (a fingerprint is 32 hex digits: 16 bytes, exactly).
FINGERPRINT_SIZE: Final = 16
NO_FINGERPRINT: Final = bytes(FINGERPRINT_SIZE)


def fingerprint_bytes(fingerprint: str | None) -> bytes:
    """A row fingerprint in :data:`FINGERPRINT_SIZE` bytes: its hex digits as they are
    (equal bytes: equal fingerprints), anything else hashed; :data:`NO_FINGERPRINT` for
    none."""
    if fingerprint is None:
        return NO_FINGERPRINT
    if len(fingerprint) == 2 * FINGERPRINT_SIZE:
        with contextlib.suppress(ValueError):
            return bytes.fromhex(fingerprint)
    return hashlib.sha256(fingerprint.encode("utf-8", "surrogatepass")).digest()[:FINGERPRINT_SIZE]


def _read_at(stream: IO[bytes], size: int, offset: int) -> bytes:
    """Up to ``size`` bytes of an unbuffered file from ``offset`` (one ``pread`` where
    there is one)."""
    if hasattr(os, "pread"):
        return os.pread(stream.fileno(), size, offset)
    stream.seek(offset)  # pragma: no cover - Windows
    return stream.read(size)  # pragma: no cover - Windows


def now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def load_state(path: Path, *, compact: bool = False, max_row: int | None = None) -> LoadedState:
    """Replay a state file (a missing file is an empty state), reading it line by line.

    ``compact``: keep finished rows as offsets, not objects (see :class:`LoadedState`),
    those numbered up to ``max_row`` (if given) at least."""
    state = LoadedState(compact=compact, path=path, max_row=max_row)
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        return state
    with stream:
        _replay(state, stream)
    return state


def _replay(state: LoadedState, lines: Iterable[bytes]) -> None:
    offset = 0
    #: Compact: where each unfinished row's key line is.
    key_lines: dict[int, int] = {}
    for raw in lines:
        at, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        state.lines += 1
        try:
            record = decode_line(raw)
        except ValueError:
            state.ignored += 1
            continue
        if not isinstance(record, dict) or not _apply(state, record):
            state.ignored += 1
            continue
        if not state.compact:
            continue
        row, event = record.get("row", 0), record.get("event")
        if event == "key":
            key_lines[row] = at
            state.unfinish(row)
        elif event == "done":
            key_at = key_lines.pop(row, -1)
            if state._grow(row):
                # As :meth:`LoadedState.finished_row` reads it back: the done line's own
                # key and fingerprint, else (an older file) those of the key line.
                found = state.rows[row]
                key, fingerprint = record.get("key"), record.get("fingerprint")
                if (not isinstance(key, str) or not isinstance(fingerprint, str)) and key_at >= 0:
                    fingerprint = found.fingerprint
                if not isinstance(fingerprint, str):
                    fingerprint = None
                state.set_finished(row, found.status == "Success", at, key_at, fingerprint)


def _apply(state: LoadedState, record: dict[str, Any]) -> bool:
    """Apply one decoded line (``record`` is kept, not copied: nothing else holds it)."""
    event = record.get("event")
    if event == "start":
        return True
    row = record.get("row")
    if not isinstance(row, int) or isinstance(row, bool) or row < 1:
        return False
    if event == "key" and isinstance(record.get("key"), str):
        found = state.row(row)
        found.key = record["key"]
        found.fingerprint = record.get("fingerprint")
        found.inputs, found.params = _recorded_request(record)
        found.execution_id = None
        found.done = None
        found.error = None
    elif event == "submitted" and isinstance(record.get("executionId"), str):
        found = state.row(row)
        found.execution_id = record["executionId"]
        if isinstance(record.get("key"), str):
            found.key = record["key"]
        found.error = None
    elif event == "error":
        found = state.row(row)
        found.error = record
        if record.get("sent") is False and found.execution_id is None:
            found.key = None  # nothing went out with it: a new key is as good
            found.inputs = found.params = None
    elif event == "done" and isinstance(record.get("status"), str):
        found = state.row(row)
        found.done = record
        if isinstance(record.get("executionId"), str):
            found.execution_id = record["executionId"]
        found.error = None
    else:
        return False
    return True


def _recorded_request(
    record: Mapping[str, Any],
) -> tuple[dict[str, str] | None, dict[str, Any] | None]:
    """A key event's ``input`` URLs and ``params``, or ``(None, None)`` if it has no
    complete record of them (an older state file)."""
    inputs, params = record.get("input"), record.get("params")
    if (
        isinstance(inputs, dict)
        and isinstance(inputs.get("originalImage"), str)
        and all(isinstance(url, str) for url in inputs.values())
        and isinstance(params, dict)
    ):
        return dict(inputs), dict(params)
    return None, None
