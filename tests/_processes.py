"""Helpers for tests that start child processes."""

from __future__ import annotations

import signal

__all__ = ["default_sigint"]


def default_sigint() -> None:
    """``preexec_fn`` of a child a test will interrupt: SIGINT back to its default.

    A test run started in the background (``nohup ... &``, a CI runner that does so)
    inherits SIGINT *ignored*, and its children too; Python then installs no
    KeyboardInterrupt handler and the test's SIGINT would do nothing. In the child,
    between fork and exec, the default is restored, so the child's Python handles Ctrl-C
    however the test run was launched."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
