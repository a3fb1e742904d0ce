"""``weshop batch``: the manifest's rows checked against the spec before anything is
sent (and against the state file of an earlier invocation), and the results manifest
written from the rows' outcomes. Nothing here sends a request."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from ..errors import RequestValidationError
from ..spec import run_request
from ._common import UsageError, violation_text
from ._manifest import ManifestRow
from ._state import FAILED, NOT_FINISHED, LoadedState, RowState, write_lines_atomically

__all__ = [
    "check_manifest",
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


def check_state(
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


def check_manifest(rows: Iterable[ManifestRow], base: Path) -> tuple[int, list[str], int]:
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
