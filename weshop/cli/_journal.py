"""Writing the batch state file (:mod:`weshop.cli._state` describes its events and reads
it): appends that are ``fsync``-ed before they count, group-committed by a writer thread
while a batch runs, a torn tail terminated before appending, an exclusive lock; and the
atomic rewrite of a whole file (the results manifest)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ._state import StateLocked, encode_line, now

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock
    fcntl = None  # type: ignore[assignment]

__all__ = ["JournalError", "StateFile", "write_lines_atomically"]


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
