"""``weshop batch MANIFEST``: many runs, concurrently and resumably.

Every row of the manifest (see :mod:`weshop.cli._manifest`) is one run. Rows are checked
against the spec before anything is sent; then up to ``--concurrency`` rows are in flight
at once (``AsyncWeShop``; the facade backs off on 429 and 5xx, and the batch halves its
concurrency while rate limits keep coming, growing it back after successes).

Resuming: the state file (:mod:`weshop.cli._state`, an append-only journal written by a
group-commit thread) gets each row's idempotency key — synced to disk *before* the request
that carries it, with that request's uploaded image URLs and params — its execution id
once known, and its outcome. Running the same command
again submits nothing twice: finished rows are skipped, rows with an execution id are
only waited on, rows with a key but no execution id are sent again with the same key and
the recorded URLs and params (the service answers with the run it already started, if it
did), and only the remaining rows get new keys. At the end (also after
Ctrl-C) the results manifest is rewritten with one line per row.

At scale: the manifest is read row by row (checked in one pass, run in another, the
results written in a third), finished rows are kept as a few bytes of offsets into the
state file (:class:`~weshop.cli._state.LoadedState`), and only the rows in flight are
objects — memory does not grow with the number of rows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from .. import RetryEvent
from ..errors import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    RequestValidationError,
    RunFailedError,
    WeShopError,
)
from ..spec import run_request
from ._clients import make_async_client
from ._common import (
    Exit,
    Interrupted,
    Output,
    UsageError,
    cli_command,
    describe_error,
    error_object,
    plural,
    violation_text,
    writable_output,
)
from ._manifest import RESERVED_KEYS, ManifestError, ManifestRow, iter_manifest, load_manifest
from ._options import (
    HelpFormatter,
    Subcommand,
    SubParsers,
    add_global_options,
    add_wait_timeout,
    positive_int,
)
from ._progress import BatchCounts, BatchProgress
from ._state import (
    FAILED,
    NOT_FINISHED,
    STATE_VERSION,
    SUCCEEDED,
    JournalError,
    LoadedState,
    RowState,
    StateFile,
    StateLocked,
    load_state,
    write_lines_atomically,
)

if TYPE_CHECKING:
    from .. import AsyncRun, AsyncWeShop, PowerEstimate, RunBase

__all__ = [
    "AdaptiveLimit",
    "add_parser",
    "default_path",
    "result_record",
    "validate_rows",
]

DEFAULT_CONCURRENCY: Final = 4
_MAX_LISTED_PROBLEMS: Final = 20
#: Rate limits closer together than this count as one when cutting concurrency.
_CUT_INTERVAL: Final = 1.0


# --------------------------------------------------------------------------- parser
def add_parser(subparsers: SubParsers, command: Subcommand, argv: Sequence[str]) -> None:
    """Add the parser of ``weshop batch``."""
    optional = ", ".join(key for key in RESERVED_KEYS if key not in ("agent", "image"))
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            "Run every row of MANIFEST (JSON Lines or CSV; one run per row), up to\n"
            "--concurrency at once, with overall progress on stderr. Resumable: the state\n"
            "file records each row's idempotency key (on disk before the request is sent),\n"
            "execution id and outcome, so running the same command again after Ctrl-C, a\n"
            "crash or a lost network submits nothing twice and only finishes what is left.\n"
            "Writes a results manifest (one JSON line per row) and prints a summary."
        ),
        epilog=(
            "manifest keys / CSV columns: agent and image (required);\n"
            f"{optional} (optional);\n"
            "every other key is a run parameter in its wire name (generatedContent,\n"
            "maskType, textDescription, locationId, batchCount, ...). Relative image paths\n"
            "are relative to the manifest's folder. batchCount is 1 unless given. CSV cells\n"
            "are parsed as JSON when they parse, else kept as text.\n\n"
            "exit status: 0 all rows succeeded; 1 some row failed or is unfinished (run the\n"
            "command again to retry what can be retried); 2 bad manifest; 3 API/network\n"
            "error that stopped the batch (run it again to resume); 130 interrupted.\n\n"
            "examples:\n"
            "  weshop batch shots.csv --concurrency 8 --output out/\n"
            "  weshop batch shots.jsonl --estimate\n"
            "  # shots.jsonl:\n"
            '  {"agent": "removeBG", "image": "a.png", "backgroundHex": "#ffffff"}\n'
            '  {"agent": "aimodel", "image": "b.jpg", "generatedContent": "freeCreation",\n'
            '   "maskType": "autoApparelSegment", "locationId": 6000372, "batchCount": 2}'
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("manifest", type=Path, metavar="MANIFEST", help="the manifest file")
    parser.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        help="the manifest's format (default: by its suffix, else by its content)",
    )
    parser.add_argument(
        "--concurrency",
        "-j",
        type=positive_int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"rows in flight at once (default: {DEFAULT_CONCURRENCY})",
    )
    parser.add_argument(
        "--output", "-o", type=Path, metavar="DIR", help="download every result into DIR"
    )
    parser.add_argument(
        "--state",
        type=Path,
        metavar="FILE",
        help="the state file (default: MANIFEST.state.jsonl beside the manifest)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        metavar="FILE",
        help="the results manifest (default: MANIFEST.results.jsonl beside the manifest)",
    )
    parser.add_argument(
        "--estimate",
        action="store_true",
        help="print the total power estimate of all rows; run nothing (no state written)",
    )
    parser.add_argument(
        "--retry-failed",
        action="store_true",
        help="run rows whose run failed in an earlier invocation again (new key: billed again)",
    )
    add_wait_timeout(parser)
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command("weshop batch")(_batch),
        empty_document=lambda args: {},
    )


def default_path(manifest: Path, suffix: str) -> Path:
    """``shots.csv`` → ``shots.csv.state.jsonl`` (beside it)."""
    return manifest.with_name(f"{manifest.name}.{suffix}.jsonl")


# --------------------------------------------------------------------------- checking
def validate_rows(rows: Iterable[ManifestRow], base: Path) -> list[str]:
    """Problems of the rows, one line each: broken spec rules, missing local files."""
    problems: list[str] = []
    for row in rows:
        problems += row_problems(row, base)
    return problems


def row_problems(row: ManifestRow, base: Path) -> list[str]:
    """Problems of one row (see :func:`validate_rows`)."""
    problems: list[str] = []
    where = f"row {row.row} (line {row.line})"
    images = row.images(base)
    for name, image in images.items():
        if isinstance(image, Path) and not image.is_file():
            problems.append(f"{where}: {name}: {image}: no such file")
    for image in row.image_list(base):
        if isinstance(image, Path) and not image.is_file():
            problems.append(f"{where}: images: {image}: no such file")
    try:  # the body the client would send, laid out and checked by the client
        _run_request(row, images, row.image_list(base))
    except RequestValidationError as error:
        problems += [
            f"{where}: {violation_text(violation, option_hints=False)}"
            for violation in error.violations
        ]
    return problems


def _run_request(
    row: ManifestRow, images: Mapping[str, str | Path], listed: Sequence[str | Path]
) -> dict[str, Any]:
    """The run body of ``row`` as the client lays it out (:func:`weshop.spec.run_request`);
    local images stand as placeholder URLs until uploaded."""
    inputs = dict(images)
    return run_request(
        row.agent,
        image=inputs.pop("originalImage", None),
        images=list(listed) or None,
        videos=row.media.get("videos"),
        audios=row.media.get("audios"),
        inputs=inputs,
        params=row.params,
        version=row.version,
        task_name=row.task_name,
        callback_url=row.callback_url,
    )


def _check_state(
    rows: Iterable[ManifestRow],
    total: int,
    state: LoadedState,
    state_path: Path,
    *,
    retry_failed: bool,
) -> None:
    """Refuse a state file whose submitted rows do not match the manifest (a failed row
    about to be run again with a new key may have been edited). ``rows`` are read once,
    in order; the state is compact or full."""
    for number, found in sorted(state.rows.items()):
        went_out = found.key is not None or found.execution_id is not None or found.finished
        if number > total and went_out:
            raise UsageError(
                f"{state_path} has row {number} but the manifest has {total} rows; "
                "it belongs to another manifest (use --state to choose another state file)"
            )
    for row in rows:
        outcome = state.finished_outcome(row.row)
        if outcome != NOT_FINISHED:
            if retry_failed and outcome == FAILED:
                continue
            fingerprint = state.finished_row(row.row).fingerprint
        else:
            unfinished = state.rows.get(row.row)
            if unfinished is None or (unfinished.key is None and unfinished.execution_id is None):
                continue
            fingerprint = unfinished.fingerprint
        if fingerprint is not None and fingerprint != row.fingerprint:
            raise UsageError(
                f"row {row.row} of the manifest changed since it was submitted (see "
                f"{state_path}); restore it, or use a new --state file to run the manifest "
                "afresh"
            )


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
class _Fatal(Exception):
    """An error that stops the whole batch (authentication, network)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class _Tally:
    submitted: int = 0
    resent: int = 0
    resumed: int = 0
    skipped: int = 0
    retried_failed: int = 0


@dataclass
class _Batch:
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
    tally: _Tally = field(default_factory=_Tally)
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
        self.loaded.set_finished(row.row, run.succeeded, offset, -1)
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
                    body = _run_request(row, uploaded, listed)
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
                except _Fatal:
                    raise
                except JournalError as exc:  # the state file cannot be written: stop
                    raise _Fatal(exc) from exc
                except Exception as exc:  # a bug: the row's error, and the batch goes on
                    try:
                        self._unexpected(row, exc)
                    except JournalError as error:
                        raise _Fatal(error) from error
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
        raise _Fatal(exc) from exc


async def _uploaded_images(client: AsyncWeShop, images: Mapping[str, str | Path]) -> dict[str, str]:
    """The row's input images as URLs: local ones uploaded (checked against the upload
    limits and content-hash cached by the facade), URLs as they are."""
    return {name: await client.assets.upload(image) for name, image in images.items()}


def _raise_if_fatal(error: BaseException) -> None:
    if isinstance(error, AuthenticationError | APIConnectionError | ConfigurationError):
        raise _Fatal(error) from error


def _short_error(error: BaseException) -> dict[str, Any]:
    found = error_object(error)
    return {"type": found["type"], "message": found["message"]}


# --------------------------------------------------------------------------- results
def result_record(row: ManifestRow, found: RowState | None) -> dict[str, Any]:
    """One line of the results manifest."""
    done = found.done if found else None
    if done is not None:
        outcome = "succeeded" if done.get("status") == "Success" else "failed"
    elif found is not None and found.error is not None:
        outcome = "error"
    else:
        outcome = "pending"
    return {
        "row": row.row,
        "agent": row.agent,
        "image": row.image,
        "outcome": outcome,
        "status": done.get("status") if done else None,
        "executionId": found.execution_id if found else None,
        "idempotencyKey": found.key if found else None,
        "images": list(done.get("images") or []) if done else [],
        "videos": list(done.get("videos") or []) if done else [],
        "downloaded": list(done.get("downloaded") or []) if done else [],
        "error": _row_error(found),
    }


def _row_error(found: RowState | None) -> Any:
    if found is None:
        return None
    if found.done is not None:
        return found.done.get("error")
    return None if found.error is None else found.error.get("error")


def _write_results(
    path: Path, rows: Iterable[ManifestRow], loaded: LoadedState, states: Mapping[int, RowState]
) -> dict[str, int]:
    """Write the results manifest line by line (nothing held but the current row); the
    number of rows per outcome."""
    outcomes = {"succeeded": 0, "failed": 0, "error": 0, "pending": 0}

    def lines() -> Iterator[str]:
        for row in rows:
            if loaded.finished_outcome(row.row) != NOT_FINISHED:
                found: RowState | None = loaded.finished_row(row.row)
            else:
                found = states.get(row.row)
            record = result_record(row, found)
            outcomes[record["outcome"]] += 1
            yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"

    write_lines_atomically(path, lines())
    return outcomes


# --------------------------------------------------------------------------- the command
def _batch(args: argparse.Namespace, out: Output) -> int:
    manifest: Path = args.manifest
    fmt = args.format
    base = manifest.resolve().parent

    def rows() -> Iterator[ManifestRow]:
        """The manifest's rows, read again from the file each time (never all at once)."""
        return iter_manifest(manifest, fmt)

    try:
        total, problems, problem_count = _check_manifest(rows(), base)
        if total == 0:
            raise ManifestError(f"{manifest}: no rows")
    except ManifestError as exc:
        raise UsageError(str(exc)) from None
    if problems:
        for problem in problems:
            out.error(f"{manifest} {problem}")
        more = problem_count - len(problems)
        tail = f" (and {more} more)" if more > 0 else ""
        raise UsageError(
            f"{manifest}: {problem_count} problem{'s' if problem_count != 1 else ''} in the "
            f"manifest{tail}; nothing was sent"
        )
    if args.estimate:
        return _estimate(args, out, load_manifest(manifest, fmt), base)
    writable_output(args.output)  # before any row is billed

    state_path: Path = args.state or default_path(manifest, "state")
    results_path: Path = args.results or default_path(manifest, "results")
    journal = StateFile(state_path)
    try:
        journal.open()  # locked: no other batch writes it while we read it
    except StateLocked as exc:
        raise UsageError(str(exc)) from None
    loaded = LoadedState(compact=True)
    try:
        loaded = load_state(state_path, compact=True, max_row=total)
        _check_state(rows(), total, loaded, state_path, retry_failed=args.retry_failed)
    except BaseException:
        loaded.close()
        journal.close()
        raise
    if loaded.ignored:
        out.note(f"{state_path}: ignored {loaded.ignored} incomplete line(s) (torn by a crash)")
    states = loaded.rows
    tally = _Tally()
    counts = BatchCounts(total=total)
    outcome_codes = loaded.outcome[1 : total + 1]
    finished = {code: outcome_codes.count(code) for code in (SUCCEEDED, FAILED)}
    tally.skipped = finished[SUCCEEDED] + (0 if args.retry_failed else finished[FAILED])
    tally.retried_failed = finished[FAILED] if args.retry_failed else 0
    counts.succeeded = finished[SUCCEEDED]
    counts.failed = 0 if args.retry_failed else finished[FAILED]
    todo_count = total - tally.skipped

    def todo() -> Iterator[ManifestRow]:
        for row in rows():
            outcome = loaded.finished_outcome(row.row)
            if outcome == NOT_FINISHED:
                yield row
            elif outcome == FAILED and args.retry_failed:
                loaded.unfinish(row.row)  # a new key: billed again
                states[row.row] = RowState(row.row)
                yield row

    progress = BatchProgress(out, counts)
    batch = _Batch(
        states=states,
        journal=journal,
        base=base,
        output=args.output,
        wait_timeout=args.wait_timeout,
        counts=counts,
        progress=progress,
        limit=AdaptiveLimit(args.concurrency),
        tally=tally,
        loaded=loaded,
    )
    fatal: BaseException | None = None

    def on_retry(event: RetryEvent) -> None:
        # The client's hook, called once per retry: count them and back off on rate limits.
        counts.http_retries += 1
        if event.status_code == 429:
            counts.rate_limited += 1
            batch.limit.rate_limited()

    start = {
        "event": "start",
        "version": STATE_VERSION,
        "manifest": str(manifest.resolve()),
        "rows": total,
        "todo": todo_count,
    }
    started = not todo_count
    outcomes: dict[str, int] = {}
    try:
        if todo_count:
            resuming = sum(1 for number, found in states.items() if number <= total and found.key)
            out.note(
                f"batch: {todo_count} of {plural(total, 'row')} to run"
                + (f" ({resuming} resumed from {state_path})" if resuming else "")
                + f", concurrency {args.concurrency}"
            )
            fatal, started = asyncio.run(_run_all(args, batch, todo(), start, on_retry))
    except KeyboardInterrupt:
        started = True
        raise Interrupted(
            f"state saved in {state_path}; run the same command again to resume"
        ) from None
    finally:
        progress.close()
        try:
            journal.close()  # every queued event written and synced
            # Not when the client could not even be made (no key...): nothing happened.
            if started:
                outcomes = _write_results(results_path, rows(), loaded, states)
        finally:
            loaded.close()
    return _summarize(out, args, outcomes, batch, state_path, results_path, fatal)


def _check_manifest(rows: Iterable[ManifestRow], base: Path) -> tuple[int, list[str], int]:
    """Check every row against the spec, one at a time: the number of rows, the first
    problems (up to the number listed) and how many problems there are."""
    total = count = 0
    listed: list[str] = []
    for row in rows:
        total += 1
        problems = row_problems(row, base)
        count += len(problems)
        listed += problems[: _MAX_LISTED_PROBLEMS - len(listed)]
    return total, listed, count


async def _run_all(
    args: argparse.Namespace,
    batch: _Batch,
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
        except* _Fatal as group:
            first = group.exceptions[0]
            fatal = first.error if isinstance(first, _Fatal) else first
    return fatal, True


def _summarize(
    out: Output,
    args: argparse.Namespace,
    outcomes: Mapping[str, int],
    batch: _Batch,
    state_path: Path,
    results_path: Path,
    fatal: BaseException | None,
) -> int:
    summary: dict[str, Any] = {
        "manifest": str(args.manifest),
        "state": str(state_path),
        "results": str(results_path),
        "total": sum(outcomes.values()),
        "succeeded": outcomes.get("succeeded", 0),
        "failed": outcomes.get("failed", 0),
        "errors": outcomes.get("error", 0),
        "pending": outcomes.get("pending", 0),
        "submitted": batch.tally.submitted,
        "resent": batch.tally.resent,
        "resumed": batch.tally.resumed,
        "skipped": batch.tally.skipped,
        "retriedFailed": batch.tally.retried_failed,
        "httpRetries": batch.counts.http_retries,
        "rateLimited": batch.counts.rate_limited,
        "error": None if fatal is None else error_object(fatal),
    }
    out.result(
        f"{plural(summary['total'], 'row')}: {summary['succeeded']} succeeded, "
        f"{summary['failed']} failed, {summary['errors']} errors, {summary['pending']} pending"
    )
    out.result(
        f"this time: {summary['submitted']} submitted, {summary['resent']} re-sent with their "
        f"earlier key, {summary['resumed']} resumed, {summary['skipped']} already finished; "
        f"{summary['httpRetries']} request retries ({summary['rateLimited']} rate-limited)"
    )
    out.result(f"results: {results_path}")
    out.document(summary)
    if fatal is not None:
        status, message = describe_error(fatal)
        out.error(f"{message}; the batch stopped — run the same command again to resume")
        return status
    if summary["succeeded"] == summary["total"]:
        return Exit.OK
    if summary["errors"] or summary["pending"]:
        out.note("run the same command again to retry the rows that did not finish")
    return Exit.RUN_FAILED


# --------------------------------------------------------------------------- estimate
def _estimate(
    args: argparse.Namespace, out: Output, rows: Sequence[ManifestRow], base: Path
) -> int:
    estimates = asyncio.run(_estimate_all(args, rows, base))
    by_agent: dict[str, dict[str, float]] = {}
    for row, estimate in zip(rows, estimates, strict=True):
        entry = by_agent.setdefault(row.agent, {"rows": 0, "totalPower": 0.0})
        entry["rows"] += 1
        entry["totalPower"] += estimate.total_power
    total = sum(estimate.total_power for estimate in estimates)
    not_enough = any(estimate.paid_power_not_enough for estimate in estimates)
    for agent, entry in by_agent.items():
        out.result(f"{agent}: {plural(int(entry['rows']), 'row')}, {entry['totalPower']:g} power")
    out.result(
        f"total: {total:g} power for {plural(len(rows), 'row')}"
        + (" (paid power NOT enough)" if not_enough else "")
    )
    out.document(
        {
            "manifest": str(args.manifest),
            "rows": len(rows),
            "totalPower": total,
            "byAgent": by_agent,
            "paidPowerNotEnough": not_enough,
            "error": None,
        }
    )
    return Exit.OK


async def _estimate_all(
    args: argparse.Namespace, rows: Sequence[ManifestRow], base: Path
) -> list[PowerEstimate]:
    limit = asyncio.Semaphore(args.concurrency)
    async with make_async_client(args) as client:

        async def one(row: ManifestRow) -> PowerEstimate:
            async with limit:
                inputs = row.images(base)
                return await client.runs.estimate(
                    row.agent,
                    image=inputs.pop("originalImage", None),
                    images=row.image_list(base) or None,
                    videos=row.media.get("videos"),
                    audios=row.media.get("audios"),
                    inputs=inputs,
                    params=row.params,
                    version=row.version,
                )

        return list(await asyncio.gather(*(one(row) for row in rows)))
