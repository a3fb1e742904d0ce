"""The batch state file: an append-only, crash-safe journal of what each row did.

One JSON object per line, appended with a single ``write`` and ``fsync``-ed before the
batch goes on — above all, a row's idempotency key is on disk before the request that
carries it is sent. Events (``event``):

``start``      ``{"event", "version", "manifest", "rows", "pid", "at"}`` — one per invocation
``key``        ``{"event", "row", "fingerprint", "key", "input", "params", "at"}`` — a new
               key, before sending: ``input`` holds the row's input images by wire name as
               the URLs the request carries (local images already uploaded), ``params`` its
               parameters; a resend carries exactly these (older files lack both: the
               request is then rebuilt from the manifest)
``submitted``  ``{"event", "row", "key", "executionId", "at"}`` — the run exists
``error``      ``{"event", "row", "key", "sent", "error": {"type", "message"}, "at"}`` —
               the row could not be submitted, waited on or downloaded this time
               (``sent: false``: nothing was sent, the key is dropped)
``done``       ``{"event", "row", "executionId", "status", "images", "videos",
               "downloaded", "error", "at"}`` — the run finished (Success or Failed)

Loading replays the events per row; the last one wins. A line that is not a complete JSON
object — the torn last line of a crash — is ignored; before appending, a torn tail is
terminated with a newline so it stays a line of its own. An exclusive lock keeps two
batches from writing one state file at the same time.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

__all__ = ["STATE_VERSION", "RowState", "StateFile", "StateLocked", "load_state"]

STATE_VERSION: Final = 1

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock
    fcntl = None  # type: ignore[assignment]


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


@dataclass
class LoadedState:
    rows: dict[int, RowState] = field(default_factory=dict)
    lines: int = 0
    #: Lines that were not complete JSON objects (torn by a crash), ignored.
    ignored: int = 0

    def row(self, number: int) -> RowState:
        found = self.rows.get(number)
        if found is None:
            found = self.rows[number] = RowState(number)
        return found


def now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def load_state(path: Path) -> LoadedState:
    """Replay a state file (a missing file is an empty state)."""
    state = LoadedState()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return state
    for raw in data.split(b"\n"):
        if not raw.strip():
            continue
        state.lines += 1
        try:
            record = json.loads(raw)
        except ValueError:
            state.ignored += 1
            continue
        if not isinstance(record, dict) or not _apply(state, record):
            state.ignored += 1
    return state


def _apply(state: LoadedState, record: Mapping[str, Any]) -> bool:
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
        found.error = dict(record)
        if record.get("sent") is False and found.execution_id is None:
            found.key = None  # nothing went out with it: a new key is as good
            found.inputs = found.params = None
    elif event == "done" and isinstance(record.get("status"), str):
        found = state.row(row)
        found.done = dict(record)
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


class StateFile:
    """Appends events to a state file: one ``write`` plus ``fsync`` per event."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def open(self) -> None:
        """Open for appending (created if missing), locked, with a torn tail terminated."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        created = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise StateLocked(
                        f"{self.path} is in use by another `weshop batch`; wait for it to end"
                    ) from None
            if _last_byte(self.path) not in (None, b"\n"):
                _write_all(fd, b"\n")  # a crash tore the last line: keep it apart
                os.fsync(fd)
            if created:
                _fsync_directory(self.path.parent)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def append(self, record: Mapping[str, Any]) -> None:
        """Write one event and make it durable before returning."""
        if self._fd is None:
            raise RuntimeError("the state file is not open")
        line = json.dumps({**record, "at": now()}, ensure_ascii=False, separators=(",", ":"))
        _write_all(self._fd, line.encode("utf-8") + b"\n")
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # also releases the lock
            self._fd = None

    @contextlib.contextmanager
    def opened(self) -> Iterator[StateFile]:
        self.open()
        try:
            yield self
        finally:
            self.close()


def _last_byte(path: Path) -> bytes | None:
    with path.open("rb") as stream:
        if stream.seek(0, os.SEEK_END) == 0:
            return None
        stream.seek(-1, os.SEEK_END)
        return stream.read(1)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (written to a temporary file, synced, renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with partial.open("w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _fsync_directory(path.parent)
