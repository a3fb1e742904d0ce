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
on the disk. A ``key`` event is awaited (:meth:`StateFile.sync`) before the request that
carries it is sent: a crash can lose the events after it (``submitted``, ``done``), never
the key, and the next invocation sends the request again with that key, so the service
answers with the run it already started — nothing is billed twice.

Loading replays the events per row; the last one wins. A line that is not a complete JSON
object — the torn last line of a crash — is ignored; before appending, a torn tail is
terminated with a newline so it stays a line of its own. An exclusive lock keeps two
batches from writing one state file at the same time. A batch loads the file *compactly*
(``load_state(..., compact=True)``): finished rows are kept as the file offsets of their
last ``done`` and ``key`` lines and their fingerprint (33 bytes a row), not as objects.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import hashlib
import json
import os
import threading
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final

__all__ = [
    "FINGERPRINT_SIZE",
    "NO_FINGERPRINT",
    "STATE_VERSION",
    "JournalError",
    "LoadedState",
    "RowState",
    "StateFile",
    "StateLocked",
    "fingerprint_bytes",
    "load_state",
    "write_lines_atomically",
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


class JournalError(Exception):
    """The state file could not be written (the batch must stop: nothing more is safe)."""


class StateFile:
    """Appends events to a state file.

    :meth:`append` writes one event and ``fsync``-s it before returning. While
    :meth:`start_writer` is in force, :meth:`enqueue` hands events to a writer thread
    instead (group commit: one ``write`` and one ``fsync`` for all that queued up) and
    returns at once; ``await`` :meth:`sync` to know everything queued so far is on disk.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        #: The file's size once every queued event is written: the next line's offset.
        self._size = 0
        self._lock = threading.Condition()
        self._queue: list[bytes] = []
        self._queued = 0  # events queued so far (a sequence number)
        self._durable = 0  # events written and synced so far
        self._waiters: list[tuple[int, asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._thread: threading.Thread | None = None
        self._closing = False
        self._failure: OSError | None = None
        #: Counters (tests, benchmarks): fsyncs and bytes written.
        self.syncs = 0
        self.bytes_written = 0

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
            self._size = os.fstat(fd).st_size
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    @property
    def is_open(self) -> bool:
        return self._fd is not None

    @property
    def size(self) -> int:
        """The file's size once every queued event is written."""
        return self._size

    @staticmethod
    def encode(record: Mapping[str, Any]) -> bytes:
        line = encode_line({**record, "at": now()})
        return line.encode("utf-8") + b"\n"

    def append(self, record: Mapping[str, Any]) -> int:
        """Write one event and make it durable before returning; its offset."""
        if self._fd is None:
            raise RuntimeError("the state file is not open")
        if self._thread is not None:
            offset = self.enqueue(record)
            with self._lock:
                target = self._queued
                self._lock.wait_for(lambda: self._durable >= target or self._failure is not None)
                self._raise_failure()
            return offset
        data = self.encode(record)
        offset = self._size
        _write_all(self._fd, data)
        os.fsync(self._fd)
        self._size += len(data)
        self.syncs += 1
        self.bytes_written += len(data)
        return offset

    # ---------------------------------------------------------------- group commit
    def start_writer(self) -> None:
        """Hand appends to a writer thread until :meth:`close`."""
        if self._fd is None:
            raise RuntimeError("the state file is not open")
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._write_queued, name="weshop-batch-state", daemon=True
            )
            self._thread.start()

    def enqueue(self, record: Mapping[str, Any]) -> int:
        """Queue one event for the writer thread; its offset in the file (where it will be)."""
        if self._thread is None:
            return self.append(record)
        data = self.encode(record)
        with self._lock:
            self._raise_failure()
            offset = self._size
            self._size += len(data)
            self._queue.append(data)
            self._queued += 1
            self._lock.notify()
        return offset

    async def sync(self) -> None:
        """Return once every event queued so far is written and synced to disk."""
        with self._lock:
            self._raise_failure()
            if self._thread is None or self._durable >= self._queued:
                return
            loop = asyncio.get_running_loop()
            future: asyncio.Future[None] = loop.create_future()
            self._waiters.append((self._queued, loop, future))
        await future

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise JournalError(f"{self.path}: {self._failure}") from self._failure

    def _write_queued(self) -> None:
        fd = self._fd
        assert fd is not None
        while True:
            with self._lock:
                self._lock.wait_for(lambda: bool(self._queue) or self._closing)
                if not self._queue:
                    return
                batch, self._queue = self._queue, []
                target = self._queued
            failure: OSError | None = None
            try:
                data = b"".join(batch)
                _write_all(fd, data)
                os.fsync(fd)
                self.syncs += 1
                self.bytes_written += len(data)
            except OSError as exc:
                failure = exc
            with self._lock:
                if failure is not None:
                    self._failure = failure
                else:
                    self._durable = target
                ready = [w for w in self._waiters if failure is not None or w[0] <= target]
                self._waiters = [w for w in self._waiters if w not in ready]
                self._lock.notify_all()
            for _, loop, future in ready:
                with contextlib.suppress(RuntimeError):  # the loop is gone
                    loop.call_soon_threadsafe(_settle, future, self._journal_error())
            if failure is not None:
                return

    def _journal_error(self) -> JournalError | None:
        if self._failure is None:
            return None
        return JournalError(f"{self.path}: {self._failure}")

    def close(self) -> None:
        """Write what is queued, stop the writer thread, close (and unlock) the file."""
        thread = self._thread
        if thread is not None:
            with self._lock:
                self._closing = True
                self._lock.notify_all()
            thread.join()
            self._thread = None
            self._closing = False
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


def _settle(future: asyncio.Future[None], error: BaseException | None) -> None:
    if future.done():
        return
    if error is None:
        future.set_result(None)
    else:
        future.set_exception(error)


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
    write_lines_atomically(path, [text])


def write_lines_atomically(
    path: Path, lines: Iterable[str], *, keep_if_unchanged: bool = False
) -> bool:
    """Replace ``path`` with ``lines``, written one by one to a temporary file (never
    held together in memory), synced, renamed; whether it was replaced.

    ``keep_if_unchanged``: if ``path`` already holds exactly ``lines`` (compared as they
    are written), keep it as it is — nothing to sync or rename (a resumed batch with
    nothing left to run rewrites a results manifest of the same bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with contextlib.ExitStack() as stack:
            existing: IO[bytes] | None = None
            if keep_if_unchanged:
                with contextlib.suppress(OSError):
                    existing = stack.enter_context(path.open("rb"))
            out = stack.enter_context(partial.open("w", encoding="utf-8"))
            for line in lines:
                out.write(line)
                if existing is not None:
                    data = line.encode("utf-8")
                    if existing.read(len(data)) != data:
                        existing = None
            if existing is not None and not existing.read(1):
                out.close()
                partial.unlink()
                return False
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _fsync_directory(path.parent)
    return True
