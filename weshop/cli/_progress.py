"""Progress on stderr: a live bar on a terminal, a line per change otherwise.

Hand-rolled (no dependency): on a terminal the line is redrawn in place with ``\\r``;
when stderr is a file or a pipe, a line is written only when something worth logging
changes (a run's status, every tenth of a batch), so logs stay readable. Nothing is
written with ``--json`` or ``--quiet``.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from .. import RunBase
from ._common import Output

__all__ = ["BatchCounts", "BatchProgress", "RunProgress", "bar"]

_BAR_WIDTH = 24
_REDRAW_INTERVAL = 0.1


def bar(fraction: float, width: int = _BAR_WIDTH) -> str:
    """``[#########---------------]`` for a fraction 0..1."""
    fraction = min(max(fraction, 0.0), 1.0)
    filled = round(fraction * width)
    return "[" + "#" * filled + "-" * (width - filled) + "]"


class _Line:
    """One line of stderr that a live display redraws."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._drawn = 0

    def draw(self, text: str) -> None:
        columns = shutil.get_terminal_size((100, 24)).columns
        text = text[: max(columns - 1, 10)]
        padding = " " * max(self._drawn - len(text), 0)
        self._stream.write("\r" + text + padding)
        self._stream.flush()
        self._drawn = len(text)

    def clear(self) -> None:
        if self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0


class RunProgress:
    """The progress of one run, fed by ``runs.wait(..., on_progress=progress.update)``."""

    def __init__(
        self, out: Output, label: str, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._out = out
        self._label = label
        self._clock = clock
        self._started = clock()
        self._line = _Line(out.stderr) if out.live else None
        self._last_status: str | None = None

    @property
    def elapsed(self) -> float:
        return self._clock() - self._started

    def update(self, run: RunBase) -> None:
        if not self._out.chatty:
            return
        if self._line is not None:
            self._line.draw(
                f"{self._label} {bar(run.progress)} {run.progress:4.0%} "
                f"{run.status:<10} {self.elapsed:5.1f}s"
            )
        elif run.status != self._last_status:
            self._out.note(f"{self._label}: {run.status} ({run.progress:.0%})")
        self._last_status = run.status

    def close(self) -> None:
        if self._line is not None:
            self._line.clear()


@dataclass
class BatchCounts:
    """What a batch has done so far (this invocation and earlier ones)."""

    total: int
    succeeded: int = 0
    failed: int = 0
    errors: int = 0
    running: int = 0
    rate_limited: int = 0
    http_retries: int = 0
    concurrency: int = 0

    @property
    def finished(self) -> int:
        """Rows done with for now (succeeded, failed, or stopped by an error)."""
        return self.succeeded + self.failed + self.errors


@dataclass
class BatchProgress:
    """Overall progress of a batch: ``[####----] 37/100 done, 2 failed, 8 running``."""

    out: Output
    counts: BatchCounts
    clock: Callable[[], float] = time.monotonic
    _line: _Line | None = field(default=None, init=False)
    _last_draw: float = field(default=0.0, init=False)
    _last_tenth: int = field(default=-1, init=False)
    _started: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        self._started = self.clock()
        if self.out.live:
            self._line = _Line(self.out.stderr)

    def text(self) -> str:
        c = self.counts
        fraction = c.finished / c.total if c.total else 1.0
        parts = [f"{c.finished}/{c.total} done"]
        if c.failed:
            parts.append(f"{c.failed} failed")
        if c.errors:
            parts.append(f"{c.errors} errors")
        parts.append(f"{c.running} running")
        if c.rate_limited:
            parts.append(f"{c.rate_limited} rate-limited (concurrency {c.concurrency})")
        elapsed = self.clock() - self._started
        return f"batch {bar(fraction)} {', '.join(parts)}  {elapsed:.0f}s"

    def update(self, *, force: bool = False) -> None:
        if not self.out.chatty:
            return
        if self._line is not None:
            now = self.clock()
            if force or now - self._last_draw >= _REDRAW_INTERVAL:
                self._last_draw = now
                self._line.draw(self.text())
            return
        c = self.counts
        tenth = (c.finished * 10) // c.total if c.total else 10
        if tenth != self._last_tenth or force:
            self._last_tenth = tenth
            self.out.note(self.text())

    def close(self) -> None:
        if self._line is not None:
            self._line.clear()
