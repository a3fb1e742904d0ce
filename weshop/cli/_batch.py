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
Ctrl-C) the results manifest is rewritten with one line per row — or kept as it is when
it already holds exactly those lines (a finished batch run again: nothing to sync).

At scale: the manifest is read row by row — checked against the spec and against the
state file in one pass (the state is read first; a finished row is only compared by its
fingerprint, kept in memory, and not checked against the spec again: nothing of it is
sent), run in another, the results written in a third — finished rows are kept as a few
bytes each (offsets into the state file, the fingerprint:
:class:`~weshop.cli._state.LoadedState`), and only the rows in flight are objects —
memory does not grow with the number of rows.

This module is the command (its options, the steps of one invocation, the summary and
``--estimate``); the rows' checks and the results manifest are
:mod:`weshop.cli._batch_rows`, the engine that runs rows is :mod:`weshop.cli._batch_engine`.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ._batch_engine import AdaptiveLimit, Batch, Tally, run_all
from ._batch_rows import CheckedRows, check_rows, check_state, write_results
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
    writable_output,
)
from ._journal import StateFile
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
    LoadedState,
    RowState,
    StateLocked,
    load_state,
)

if TYPE_CHECKING:
    from .. import PowerEstimate, RetryEvent

__all__ = ["add_parser", "default_path"]

DEFAULT_CONCURRENCY: Final = 4


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


# --------------------------------------------------------------------------- the command
def _batch(args: argparse.Namespace, out: Output) -> int:
    manifest: Path = args.manifest
    fmt = args.format
    base = manifest.resolve().parent

    def rows() -> Iterator[ManifestRow]:
        """The manifest's rows, read again from the file each time (never all at once)."""
        return iter_manifest(manifest, fmt)

    if args.estimate:
        try:
            # No state: every row is to be sent, so every row is checked against the spec.
            estimated = check_rows(rows(), base, LoadedState(), retry_failed=False)
        except ManifestError as exc:
            raise UsageError(str(exc)) from None
        _check_manifest(out, manifest, estimated)
        return _estimate(args, out, load_manifest(manifest, fmt), base)

    state_path: Path = args.state or default_path(manifest, "state")
    results_path: Path = args.results or default_path(manifest, "results")
    journal = StateFile(state_path)
    loaded = LoadedState(compact=True)
    try:
        # One pass over the manifest checks it against the spec and against the state of
        # an earlier invocation. The state is read first, locked (no other batch writes
        # it while we read it) — if there is one: a bad manifest leaves no file behind.
        if state_path.exists():
            _lock(journal)
        loaded = load_state(state_path, compact=True)  # a missing file: an empty state
        try:
            checked = check_rows(rows(), base, loaded, retry_failed=args.retry_failed)
        except ManifestError as exc:
            raise UsageError(str(exc)) from None
        _check_manifest(out, manifest, checked)
        check_state(checked, loaded, state_path)
        writable_output(args.output)  # before any row is billed
        if not journal.is_open:
            _lock(journal)
            if journal.size:  # another batch made it since we looked: its rows are unknown
                raise UsageError(f"{state_path} appeared while this batch started; run it again")
    except BaseException:
        loaded.close()
        journal.close()
        raise
    total = checked.total
    if loaded.ignored:
        out.note(f"{state_path}: ignored {loaded.ignored} incomplete line(s) (torn by a crash)")
    states = loaded.rows
    tally = Tally()
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
    batch = Batch(
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
            fatal, started = asyncio.run(run_all(args, batch, todo(), start, on_retry))
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
                outcomes = write_results(results_path, rows(), loaded, states)
        finally:
            loaded.close()
    return _summarize(out, args, outcomes, batch, state_path, results_path, fatal)


def _lock(journal: StateFile) -> None:
    try:
        journal.open()
    except StateLocked as exc:
        raise UsageError(str(exc)) from None


def _check_manifest(out: Output, manifest: Path, checked: CheckedRows) -> None:
    """Raise (a usage error: nothing was sent) if the manifest has no rows or problems."""
    total, problems, problem_count = checked.total, checked.problems, checked.problem_count
    if total == 0:
        raise UsageError(f"{manifest}: no rows")
    if problems:
        for problem in problems:
            out.error(f"{manifest} {problem}")
        more = problem_count - len(problems)
        tail = f" (and {more} more)" if more > 0 else ""
        raise UsageError(
            f"{manifest}: {problem_count} problem{'s' if problem_count != 1 else ''} in the "
            f"manifest{tail}; nothing was sent"
        )


def _summarize(
    out: Output,
    args: argparse.Namespace,
    outcomes: Mapping[str, int],
    batch: Batch,
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
