"""``weshop batch``: the manifest's rows checked against the spec before anything is
sent (and against the state file of an earlier invocation), and the results manifest
written from the rows' outcomes. Nothing here sends a request."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ..errors import RequestValidationError
from ..spec import run_request
from ._common import UsageError, violation_text
from ._journal import write_lines_atomically
from ._manifest import ManifestRow
from ._state import (
    FAILED,
    NO_FINGERPRINT,
    NOT_FINISHED,
    LoadedState,
    RowState,
    encode_line,
    fingerprint_bytes,
)

__all__ = [
    "CheckedRows",
    "check_rows",
    "check_state",
    "result_record",
    "row_problems",
    "row_run_request",
    "validate_rows",
    "write_results",
]

_MAX_LISTED_PROBLEMS: Final = 20


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
        row_run_request(row, images, row.image_list(base))
    except RequestValidationError as error:
        problems += [
            f"{where}: {violation_text(violation, option_hints=False)}"
            for violation in error.violations
        ]
    return problems


def row_run_request(
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


@dataclass
class CheckedRows:
    """What one pass over the manifest found (:func:`check_rows`)."""

    total: int = 0
    #: The first problems (up to the number listed) and how many there are.
    problems: list[str] = field(default_factory=list)
    problem_count: int = 0
    #: The first row that changed since it was submitted, if any.
    changed_row: int | None = None


def check_rows(
    rows: Iterable[ManifestRow], base: Path, state: LoadedState, *, retry_failed: bool
) -> CheckedRows:
    """Check the manifest against the spec and against the state file of an earlier
    invocation in one pass, reading one row at a time.

    A row that will be sent (not finished, or failed and about to run again with
    ``retry_failed``) is checked against the spec (:func:`row_problems`). A row that went
    out before must still be the row it was (its fingerprint): a finished row's is kept
    in memory by the compact state, so nothing is read back from the state file. A
    finished row is not checked against the spec: nothing of it is sent again."""
    checked = CheckedRows()
    for row in rows:
        checked.total += 1
        outcome = state.finished_outcome(row.row)
        if outcome == NOT_FINISHED or (retry_failed and outcome == FAILED):
            problems = row_problems(row, base)
            checked.problem_count += len(problems)
            checked.problems += problems[: _MAX_LISTED_PROBLEMS - len(checked.problems)]
        if checked.changed_row is not None or (retry_failed and outcome == FAILED):
            continue  # about to run again with a new key: it may have been edited
        if outcome != NOT_FINISHED:
            recorded = state.finished_fingerprint(row.row)
            changed = recorded != NO_FINGERPRINT and recorded != fingerprint_bytes(row.fingerprint)
        else:
            unfinished = state.rows.get(row.row)
            if unfinished is None or (unfinished.key is None and unfinished.execution_id is None):
                continue
            fingerprint = unfinished.fingerprint
            changed = fingerprint is not None and fingerprint != row.fingerprint
        if changed:
            checked.changed_row = row.row
    return checked


def check_state(checked: CheckedRows, state: LoadedState, state_path: Path) -> None:
    """Refuse a state file that belongs to another manifest (a row beyond the manifest's
    last went out) or whose submitted rows do not match the manifest (see
    :func:`check_rows`)."""
    total = checked.total
    beyond = [
        number
        for number, found in state.rows.items()
        if number > total
        and (found.key is not None or found.execution_id is not None or found.finished)
    ]
    if state.compact:
        finished_beyond = state.first_finished_beyond(total)
        if finished_beyond is not None:
            beyond.append(finished_beyond)
    if beyond:
        raise UsageError(
            f"{state_path} has row {min(beyond)} but the manifest has {total} rows; "
            "it belongs to another manifest (use --state to choose another state file)"
        )
    if checked.changed_row is not None:
        raise UsageError(
            f"row {checked.changed_row} of the manifest changed since it was submitted (see "
            f"{state_path}); restore it, or use a new --state file to run the manifest "
            "afresh"
        )


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


def write_results(
    path: Path, rows: Iterable[ManifestRow], loaded: LoadedState, states: Mapping[int, RowState]
) -> dict[str, int]:
    """Write the results manifest line by line (nothing held but the current row), kept
    as it is if it already holds these very lines; the number of rows per outcome."""
    outcomes = {"succeeded": 0, "failed": 0, "error": 0, "pending": 0}

    def lines() -> Iterator[str]:
        for row in rows:
            if loaded.finished_outcome(row.row) != NOT_FINISHED:
                found: RowState | None = loaded.finished_row(row.row)
            else:
                found = states.get(row.row)
            record = result_record(row, found)
            outcomes[record["outcome"]] += 1
            yield encode_line(record) + "\n"

    write_lines_atomically(path, lines(), keep_if_unchanged=True)
    return outcomes
