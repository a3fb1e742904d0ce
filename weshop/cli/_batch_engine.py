"""``weshop batch``: the engine — up to ``--concurrency`` rows in flight on an
``AsyncWeShop``, each row's idempotency key journaled before the request that carries it
(see :mod:`weshop.cli._batch` for how a batch resumes)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..errors import (
    APIConnectionError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    RequestValidationError,
    RunFailedError,
    WeShopError,
)
from ._batch_rows import row_run_request
from ._clients import make_async_client
from ._common import error_object
from ._journal import JournalError, StateFile
from ._manifest import ManifestRow
from ._progress import BatchCounts, BatchProgress
from ._state import LoadedState, RowState

if TYPE_CHECKING:
    from .. import AsyncRun, AsyncWeShop, RetryEvent, RunBase

__all__ = ["AdaptiveLimit", "Batch", "Fatal", "Tally", "run_all"]

#: Rate limits closer together than this count as one when cutting concurrency.
_CUT_INTERVAL: Final = 1.0


# --------------------------------------------------------------------------- concurrency
class AdaptiveLimit:
    """A semaphore whose size halves on rate limits and grows back by one after as many
    successes as the current size (additive increase, multiplicative decrease)."""

    def __init__(self, maximum: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.maximum = maximum
        self.limit = maximum
        self.active = 0
        self._clock = clock
        self._condition = asyncio.Condition()
        self._good = 0
        self._last_cut = -math.inf

    async def acquire(self) -> None:
        async with self._condition:
            await self._condition.wait_for(lambda: self.active < self.limit)
            self.active += 1

    async def release(self, *, succeeded: bool) -> None:
        async with self._condition:
            self.active -= 1
            if succeeded:
                self._good += 1
                if self._good >= self.limit and self.limit < self.maximum:
                    self.limit += 1
                    self._good = 0
            self._condition.notify_all()

    def rate_limited(self) -> None:
        now = self._clock()
        if now - self._last_cut >= _CUT_INTERVAL:
            self._last_cut = now
            self.limit = max(1, self.limit // 2)
            self._good = 0


# --------------------------------------------------------------------------- running
class Fatal(Exception):
    """An error that stops the whole batch (authentication, network)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class Tally:
    submitted: int = 0
    resent: int = 0
    resumed: int = 0
    skipped: int = 0
    retried_failed: int = 0


@dataclass
class Batch:
    """One invocation of a batch: the rows' states, the client and the journal.

    ``states`` holds the rows that have state but have not finished (those in flight, and
    those an earlier invocation left with a key or an error); a row that finishes leaves
    it for ``loaded`` (a few bytes of offsets into the state file)."""

    states: dict[int, RowState]
    journal: StateFile
    base: Path
    output: Path | None
    wait_timeout: float
    counts: BatchCounts
    progress: BatchProgress
    limit: AdaptiveLimit
    tally: Tally = field(default_factory=Tally)
    loaded: LoadedState = field(default_factory=lambda: LoadedState(compact=True))

    # ---------------------------------------------------------------- events
    def _error(
        self, row: ManifestRow, found: RowState, error: BaseException, *, sent: bool
    ) -> None:
        record = {
            "event": "error",
            "row": row.row,
            "key": found.key,
            "executionId": found.execution_id,
            "sent": sent,
            "error": _short_error(error),
        }
        self.journal.enqueue(record)
        found.error = record
        if not sent and found.execution_id is None:
            found.key = None
            found.inputs = found.params = None
        self.counts.errors += 1

    def _unexpected(self, row: ManifestRow, error: Exception) -> None:
        """Record an error no step of :meth:`process` expected (a bug), so that the row
        ends with an error rather than the batch with a traceback. If the row's key is on
        disk the run may have been sent: the next invocation resends it with that key."""
        logging.getLogger("weshop").debug("batch row %d failed", row.row, exc_info=True)
        found = self.states.setdefault(row.row, RowState(row.row))
        self._error(row, found, error, sent=found.key is not None)

    def _done(
        self,
        row: ManifestRow,
        found: RowState,
        run: RunBase,
        downloaded: Sequence[Path] = (),
        error: BaseException | None = None,
    ) -> None:
        record = {
            "event": "done",
            "row": row.row,
            "key": found.key,
            "fingerprint": found.fingerprint,
            "executionId": run.execution_id,
            "status": run.status,
            "images": run.images,
            "videos": run.videos,
            "downloaded": [str(path) for path in downloaded],
            "error": None if error is None else _short_error(error),
        }
        offset = self.journal.enqueue(record)
        # Finished: nothing of the row stays in memory but the line's offset.
        self.loaded.set_finished(row.row, run.succeeded, offset, -1, found.fingerprint)
        self.states.pop(row.row, None)
        if run.succeeded:
            self.counts.succeeded += 1
        else:
            self.counts.failed += 1

    # ---------------------------------------------------------------- one row
    async def process(self, client: AsyncWeShop, row: ManifestRow) -> bool:
        """Take one row as far as it goes; whether it succeeded."""
        found = self.states.setdefault(row.row, RowState(row.row))
        execution_id = found.execution_id
        if execution_id is None:
            if found.key is None:
                # Upload first, then put the key on disk together with the exact URLs and
                # params it goes out with: a resend repeats that body byte for byte, even
                # when the upload cache is gone.
                try:
                    uploaded = await _uploaded_images(client, row.images(self.base))
                    listed = [
                        await client.assets.upload(image) for image in row.image_list(self.base)
                    ]
                except WeShopError as exc:  # nothing was sent with a key
                    _raise_if_fatal(exc)
                    self._error(row, found, exc, sent=False)
                    return False
                key = str(uuid.uuid4())
                try:  # exactly what goes out, laid out by the client
                    body = row_run_request(row, uploaded, listed)
                except RequestValidationError as exc:  # nothing was sent
                    self._error(row, found, exc, sent=False)
                    return False
                params = body["params"]
                uploaded = {
                    name: value
                    for name, value in body["input"].items()
                    if isinstance(value, str) and name != "taskName"
                }
                fingerprint = row.fingerprint
                self.journal.enqueue(
                    {
                        "event": "key",
                        "row": row.row,
                        "fingerprint": fingerprint,
                        "key": key,
                        "input": uploaded,
                        "params": params,
                    }
                )
                found.key, found.fingerprint, found.error = key, fingerprint, None
                found.inputs, found.params = uploaded, params
                # Durable before the request that carries it (group commit: the event
                # loop goes on meanwhile): a crash from here on resends the same key.
                await _synced(self.journal)
                self.tally.submitted += 1
            else:
                self.tally.resent += 1
            images: dict[str, str | Path]
            if found.inputs is not None and found.params is not None:
                images, params = dict(found.inputs), found.params
            else:  # a key from an older state file: rebuilt from the manifest
                images, params = row.images(self.base), dict(row.params)
            try:
                created = await client.runs.create(
                    row.agent,
                    image=images.pop("originalImage", None),
                    inputs=images,
                    params=params,
                    version=row.version,
                    task_name=row.task_name,
                    callback_url=row.callback_url,
                    idempotency_key=found.key,
                )
            except RequestValidationError as exc:  # an upload limit: nothing was sent
                self._error(row, found, exc, sent=False)
                return False
            except WeShopError as exc:
                _raise_if_fatal(exc)
                self._error(row, found, exc, sent=True)
                return False
            execution_id = found.execution_id = created.execution_id
            # Not awaited: if a crash loses it, the key (on disk) gets the same run back.
            self.journal.enqueue(
                {
                    "event": "submitted",
                    "row": row.row,
                    "key": found.key,
                    "executionId": execution_id,
                }
            )
        else:
            self.tally.resumed += 1
        try:
            run: AsyncRun = await client.runs.wait(execution_id, timeout=self.wait_timeout)
        except RunFailedError as exc:
            self._done(row, found, exc.run, error=exc)
            return False
        except WeShopError as exc:  # RunTimeoutError included: waited on next time
            _raise_if_fatal(exc)
            self._error(row, found, exc, sent=True)
            return False
        downloaded: list[Path] = []
        if self.output is not None:
            try:
                downloaded = await run.download(self.output)
            except (WeShopError, OSError) as exc:
                if isinstance(exc, WeShopError):
                    _raise_if_fatal(exc)
                self._error(row, found, exc, sent=True)
                return False
        self._done(row, found, run, downloaded)
        return True

    # ---------------------------------------------------------------- all rows
    async def run(self, client: AsyncWeShop, todo: Iterable[ManifestRow]) -> None:
        """Run ``todo`` (read lazily: only the rows in flight are in memory)."""
        pending: Iterator[ManifestRow] = iter(todo)

        async def worker() -> None:
            for row in pending:
                await self.limit.acquire()
                self.counts.running += 1
                self.counts.concurrency = self.limit.limit
                self.progress.update()
                succeeded = False
                try:
                    succeeded = await self.process(client, row)
                except Fatal:
                    raise
                except JournalError as exc:  # the state file cannot be written: stop
                    raise Fatal(exc) from exc
                except Exception as exc:  # a bug: the row's error, and the batch goes on
                    try:
                        self._unexpected(row, exc)
                    except JournalError as error:
                        raise Fatal(error) from error
                finally:
                    self.counts.running -= 1
                    await self.limit.release(succeeded=succeeded)
                    self.counts.concurrency = self.limit.limit
                    self.progress.update()

        async with asyncio.TaskGroup() as group:
            for _ in range(self.limit.maximum):
                group.create_task(worker())


async def _synced(journal: StateFile) -> None:
    """``journal.sync()``; a state file that cannot be written stops the batch."""
    try:
        await journal.sync()
    except JournalError as exc:
        raise Fatal(exc) from exc


async def _uploaded_images(client: AsyncWeShop, images: Mapping[str, str | Path]) -> dict[str, str]:
    """The row's input images as URLs: local ones uploaded (checked against the upload
    limits and content-hash cached by the facade), URLs as they are."""
    return {name: await client.assets.upload(image) for name, image in images.items()}


def _raise_if_fatal(error: BaseException) -> None:
    if isinstance(
        error, AuthenticationError | APIConnectionError | ConfigurationError | ClientClosedError
    ):
        raise Fatal(error) from error


def _short_error(error: BaseException) -> dict[str, Any]:
    found = error_object(error)
    return {"type": found["type"], "message": found["message"]}


async def run_all(
    args: argparse.Namespace,
    batch: Batch,
    todo: Iterable[ManifestRow],
    start: Mapping[str, Any],
    on_retry: Callable[[RetryEvent], object],
) -> tuple[BaseException | None, bool]:
    """Run the rows; the error that stopped the batch, if one did (and True: started)."""
    fatal: BaseException | None = None
    async with make_async_client(args, on_retry=on_retry) as client:
        batch.journal.append(start)
        batch.journal.start_writer()  # group commit from here on
        try:
            await batch.run(client, todo)
        except* Fatal as group:
            first = group.exceptions[0]
            fatal = first.error if isinstance(first, Fatal) else first
    return fatal, True
