"""Submitting, waiting for and reporting one run: what the agent commands, ``run``,
``wait`` and ``estimate`` share (a progress line, downloads, the ``--json`` document)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import RunFailedError, RunTimeoutError, WeShopError
from ._common import Exit, Output, describe_error, run_document, writable_output
from ._progress import RunProgress

if TYPE_CHECKING:
    from .. import PowerEstimate, Run, RunBase, WeShop

RunT = TypeVar("RunT", bound="RunBase")

__all__ = ["estimate_document", "perform_run", "report_estimate", "wait_and_report"]


def perform_run(
    client: WeShop,
    out: Output,
    args: argparse.Namespace,
    *,
    agent: str,
    submit: Callable[[], Run],
) -> int:
    """Submit, then (unless ``--no-wait``) wait, download and report."""
    if not args.no_wait:
        writable_output(args.output)  # before the run is billed, not after
    out.submitting_key = args.idempotency_key
    created = submit()
    out.submitting_key = None
    out.current_execution = created.execution_id
    out.note(f"{agent}: run {created.execution_id} submitted")
    if args.no_wait:
        out.result(created.execution_id)
        out.note(
            f"check it with `weshop status {created.execution_id}`, "
            f"wait for it with `weshop wait {created.execution_id}`"
        )
        out.document(run_document(created, agent=agent))
        out.current_execution = None
        return Exit.OK
    return wait_and_report(
        client,
        out,
        created.execution_id,
        agent=agent,
        output=args.output,
        timeout=args.wait_timeout,
        created=created,
    )


def _merged(run: RunT, created: RunBase | None) -> RunT:
    """A polled run with what only its creation told (power, key, task id)."""
    return run if created is None else run.with_creation(created)


def wait_and_report(
    client: WeShop,
    out: Output,
    execution_id: str,
    *,
    agent: str | None,
    output: Path | None,
    timeout: float,
    created: Run | None = None,
) -> int:
    """Wait for a run with a progress line, download its results, report; the exit status."""
    out.current_execution = execution_id
    label = f"{agent or 'run'} {execution_id}"
    progress = RunProgress(out, label)
    try:
        run = client.runs.wait(execution_id, timeout=timeout, on_progress=progress.update)
    except (RunFailedError, RunTimeoutError) as exc:
        progress.close()
        last = None if exc.run is None else _merged(exc.run, created)
        status, message = describe_error(exc)
        out.error(message)
        out.document(run_document(last, agent=agent, error=exc))
        out.current_execution = None
        return status
    finally:
        progress.close()
    run = _merged(run, created)
    out.current_execution = None
    downloaded: list[Path] = []
    if output is not None:
        try:
            downloaded = run.download(output)
        except (WeShopError, OSError) as exc:
            # Not 2 ("nothing was sent") nor 3: the run succeeded and was billed; its
            # results can be fetched again with `weshop status ID --output DIR`.
            _, message = describe_error(exc)
            out.error(
                f"run {execution_id} succeeded but its results were not saved: {message}; "
                f"fetch them with `weshop status {execution_id} --output DIR`"
            )
            out.document(run_document(run, agent=agent, error=exc))
            return Exit.NOT_SAVED
    outputs = len(run.images) + len(run.videos)
    saved = f", saved to {output}" if output is not None else ""
    out.note(
        f"{agent or run.agent_name or 'run'}: {run.status}, {outputs} result"
        f"{'s' if outputs != 1 else ''} in {progress.elapsed:.1f}s{saved}"
    )
    for line in [str(path) for path in downloaded] or [*run.images, *run.videos]:
        out.result(line)
    out.document(run_document(run, agent=agent, downloaded=downloaded))
    return Exit.OK


def report_estimate(out: Output, agent: str, estimate: PowerEstimate) -> int:
    """Print a power estimate (``estimate``, ``--estimate``)."""
    flags = []
    if estimate.is_estimated:
        flags.append("estimated")
    if estimate.paid_power_not_enough:
        flags.append("paid power NOT enough")
    suffix = f" ({', '.join(flags)})" if flags else ""
    out.result(f"{agent}: {estimate.total_power:g} power{suffix}")
    out.document(estimate_document(agent, estimate))
    return Exit.OK


def estimate_document(agent: str, estimate: PowerEstimate | None) -> dict[str, Any]:
    return {
        "agent": agent,
        "totalPower": estimate.total_power if estimate else None,
        "type": estimate.type if estimate else None,
        "exclusive": estimate.exclusive if estimate else None,
        "paidPowerNotEnough": estimate.paid_power_not_enough if estimate else None,
        "isEstimated": estimate.is_estimated if estimate else None,
        "error": None,
    }
