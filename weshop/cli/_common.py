"""What every ``weshop`` command shares when it runs: output, errors, exit statuses.

* :class:`Output` is where text goes: results on stdout, progress and notes on stderr,
  one JSON document on stdout with ``--json``.
* :func:`cli_command` turns a handler into one that never shows a traceback for a user
  error: each error becomes one line on stderr and an exit status (:class:`Exit`).
* :func:`run_document` / :func:`error_object`: the ``--json`` documents.

The options are in :mod:`._options`, the clients in :mod:`._clients`, what is read from
the spec in :mod:`._spec_info`.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import IO, TYPE_CHECKING, Any

from .. import API_KEY_ENV, API_KEY_HELP_URL, BASE_URL_ENV, errors
from ._agent_table import wire_options
from ._help import MOCK_HINT_URL

if TYPE_CHECKING:
    from pathlib import Path

    from .. import RunBase, Violation

__all__ = [
    "Exit",
    "Interrupted",
    "Output",
    "UsageError",
    "cli_command",
    "describe_error",
    "error_object",
    "plural",
    "run_document",
    "violation_text",
    "writable_output",
]


class Exit(IntEnum):
    """Exit statuses of every ``weshop`` command."""

    OK = 0
    #: A run failed (or did not finish in time); a batch with rows not succeeded.
    RUN_FAILED = 1
    #: The command cannot start and nothing was sent: a usage or validation error
    #: (argparse's own errors exit 2 too) or a configuration one — no API key, an
    #: unusable credentials file, a base URL the key may not go to.
    USAGE = 2
    #: API, authentication or network error (something was sent, or tried to be).
    API = 3
    #: The run succeeded (it was billed) but its results could not be saved to --output.
    NOT_SAVED = 4
    #: Interrupted (Ctrl-C).
    INTERRUPTED = 130


def plural(count: int, noun: str) -> str:
    """``1 row``, ``2 rows``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


class UsageError(Exception):
    """A command line that cannot work; reported as one line, exit status 2."""


def writable_output(directory: Path | None) -> None:
    """Make sure results can be saved in ``directory`` (created if need be) *before*
    anything billable is sent; :class:`UsageError` (exit 2, nothing sent) if not."""
    if directory is None:
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".weshop-write-check-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError(
            f"--output {directory}: results could not be saved there ({reason}); nothing was sent"
        ) from None


class Interrupted(Exception):
    """Ctrl-C, with a note on what is left (e.g. the run that goes on)."""


# --------------------------------------------------------------------------- output
@dataclass
class Output:
    """Where a command's text goes.

    Human mode: results on stdout (:meth:`result`), notes and progress on stderr
    (:meth:`note`, silenced by ``--quiet``). JSON mode (``--json``): one document on
    stdout (:meth:`document`) and nothing on stderr but errors.
    """

    prog: str
    json_mode: bool = False
    quiet: bool = False
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    documented: bool = False
    #: The run being waited on, named when the command is interrupted.
    current_execution: str | None = None
    #: The idempotency key of a run being submitted, named when interrupted before the
    #: answer came (the run may have started: the same key picks it up).
    submitting_key: str | None = None

    @classmethod
    def for_args(cls, args: argparse.Namespace) -> Output:
        return cls(
            prog=str(getattr(args, "prog_name", "weshop")),
            json_mode=bool(getattr(args, "json", False)),
            quiet=bool(getattr(args, "quiet", False)),
        )

    @property
    def chatty(self) -> bool:
        """Whether notes and progress are shown."""
        return not (self.json_mode or self.quiet)

    @property
    def live(self) -> bool:
        """Whether progress may redraw a line in place (stderr is a terminal)."""
        return self.chatty and _isatty(self.stderr)

    def note(self, text: str) -> None:
        if self.chatty:
            print(text, file=self.stderr, flush=True)

    def warn(self, text: str) -> None:
        if not self.quiet:
            print(f"{self.prog}: warning: {text}", file=self.stderr, flush=True)

    def error(self, text: str) -> None:
        print(f"{self.prog}: error: {text}", file=self.stderr, flush=True)

    def result(self, text: str) -> None:
        """A line of the command's result (human mode only)."""
        if not self.json_mode:
            print(text, file=self.stdout, flush=True)

    def document(self, doc: Mapping[str, Any]) -> None:
        """The JSON document (JSON mode only; once)."""
        if self.json_mode and not self.documented:
            self.documented = True
            json.dump(doc, self.stdout, indent=2, ensure_ascii=False, default=str)
            self.stdout.write("\n")
            self.stdout.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def run_document(
    run: RunBase | None,
    *,
    agent: str | None = None,
    downloaded: Sequence[os.PathLike[str] | str] = (),
    error: BaseException | None = None,
) -> dict[str, Any]:
    """The ``--json`` document of a run (every key always present; see docs/cli.md)."""
    return {
        "executionId": run.execution_id if run else None,
        "agent": (run.agent_name if run and run.agent_name else None) or agent,
        "status": run.status if run else None,
        "progress": round(run.progress, 4) if run else None,
        "images": run.images if run else [],
        "videos": run.videos if run else [],
        "downloaded": [os.fspath(path) for path in downloaded],
        "taskId": run.task_id if run else None,
        "idempotencyKey": run.idempotency_key if run else None,
        "powerConsumption": run.power_consumption if run else None,
        "error": None if error is None else error_object(error),
    }


def error_object(error: BaseException) -> dict[str, Any]:
    """``{"type", "message", "violations"}`` for the ``error`` of a JSON document."""
    violations: Iterable[Violation] = getattr(error, "violations", ())
    _, message = describe_error(error)
    return {
        "type": type(error).__name__,
        "message": message,
        "violations": [
            {"field": violation.field, "rule": violation.rule, "message": violation.message}
            for violation in violations
        ],
    }


# --------------------------------------------------------------------------- errors
def violation_text(violation: Violation, *, option_hints: bool = True) -> str:
    """``field: message [rule: id]`` with the options that set the named fields."""
    text = str(violation)
    if not option_hints:
        return text
    by_wire, pattern = wire_options()
    named = dict.fromkeys(pattern.findall(f"{violation.field} {violation.message}"))
    options = dict.fromkeys(by_wire[name] for name in named)
    return f"{text} (options: {', '.join(options)})" if options else text


def _missing_key_message() -> str:
    return (
        "no WeShop API key found. Set one with `export "
        f'{API_KEY_ENV}=...` or save {{"api_key": "..."}} to '
        "~/.config/weshop/credentials.json (chmod 600); get a key at "
        f"{API_KEY_HELP_URL}. To try without a key, start `weshop mock` in another terminal "
        f"and `export {BASE_URL_ENV}={MOCK_HINT_URL} {API_KEY_ENV}=test`"
    )


def describe_error(error: BaseException) -> tuple[Exit, str]:
    """The exit status and the one-line message of an error a command may meet.

    Raises nothing; unknown exceptions map to ``(Exit.API, str(error))`` only when they
    are :class:`~weshop.WeShopError`s — callers let other exceptions (bugs) propagate.
    """
    if isinstance(error, UsageError):
        return Exit.USAGE, str(error)
    if isinstance(error, errors.RequestValidationError):
        what = "image" if isinstance(error, errors.ImageValidationError) else "request"
        hints = not isinstance(error, errors.ImageValidationError)
        details = "; ".join(violation_text(v, option_hints=hints) for v in error.violations)
        return Exit.USAGE, f"invalid {what}, nothing was sent: {details}"
    if isinstance(error, errors.UntrustedHostError):
        # The library's hint names a Python argument; say what a command line can do.
        reason = str(error).split(" If you really operate", 1)[0]
        return Exit.USAGE, (
            f"{reason} Check --base-url / ${BASE_URL_ENV}; nothing was sent. (Python code "
            "can trust a host of its own: WeShop(trusted_hosts=[...]).)"
        )
    if isinstance(error, errors.PresetNotFoundError):
        return Exit.USAGE, str(error)
    if isinstance(error, errors.RunFailedError):
        return Exit.RUN_FAILED, str(error)
    if isinstance(error, errors.RunTimeoutError):
        return Exit.RUN_FAILED, (
            f"run {error.execution_id} did not finish within {error.timeout:g} s; it goes on: "
            f"`weshop wait {error.execution_id}` to keep waiting"
        )
    # Configuration errors: the command cannot start and nothing was sent, as for an
    # untrusted host above: the same exit status (2).
    if isinstance(error, errors.MissingAPIKeyError):
        if error.reason == "not_found":  # none anywhere (not a bad one)
            return Exit.USAGE, _missing_key_message()
        return Exit.USAGE, f"{error} (set it with `export {API_KEY_ENV}=...`)"
    if isinstance(error, errors.CredentialsFileError):
        return Exit.USAGE, str(error)
    if isinstance(error, errors.AuthenticationError):
        return Exit.API, (
            f"authentication failed: {error}. Check ${API_KEY_ENV} "
            f"(get a key at {API_KEY_HELP_URL})"
        )
    if isinstance(error, errors.APIConnectionError):
        return Exit.API, (
            f"{error}. Check your network and the base URL (--base-url / ${BASE_URL_ENV})"
        )
    if isinstance(error, errors.WeShopError):
        return Exit.API, str(error)
    if isinstance(error, FileNotFoundError):
        return Exit.USAGE, f"{error.filename}: no such file or directory"
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return Exit.USAGE, f"{where}{error.strerror or error}"
    detail = str(error)[:300] or "no message"
    return Exit.API, (
        f"unexpected error ({type(error).__name__}: {detail}); this is a bug of weshop, "
        "please report it"
    )


Handler = Callable[[argparse.Namespace, Output], int]


def cli_command(prog: str) -> Callable[[Handler], Callable[[argparse.Namespace], int]]:
    """Make ``handler(args, out)`` a subcommand handler: user errors become one line on
    stderr (and the JSON error document with ``--json``) and an exit status."""

    def decorate(handler: Handler) -> Callable[[argparse.Namespace], int]:
        @functools.wraps(handler)
        def run(args: argparse.Namespace) -> int:
            args.prog_name = prog
            out = Output.for_args(args)
            if getattr(args, "api_key", None) is not None:
                out.warn(
                    "--api-key is visible to other users in the process list; "
                    f"prefer ${API_KEY_ENV}"
                )
            try:
                return handler(args, out)
            except (KeyboardInterrupt, Interrupted) as interrupt:
                note = str(interrupt) if isinstance(interrupt, Interrupted) else ""
                if not note and out.current_execution:
                    note = (
                        f"run {out.current_execution} goes on; "
                        f"`weshop wait {out.current_execution}` to wait for it"
                    )
                elif not note and out.submitting_key:
                    note = (
                        "the run may have started; repeat the command with "
                        f"--idempotency-key {out.submitting_key} to pick it up without "
                        "starting another"
                    )
                print(
                    f"\n{prog}: interrupted" + (f"; {note}" if note else ""),
                    file=out.stderr,
                    flush=True,
                )
                return Exit.INTERRUPTED
            except Exception as error:
                # WeShopError, UsageError, OSError: the user's to act on. Anything else is
                # a bug; it too becomes one line (and the --json document), never a
                # traceback, with the traceback logged at DEBUG.
                if isinstance(error, BrokenPipeError):
                    _silence_stdout()
                    return Exit.OK
                if not isinstance(error, errors.WeShopError | UsageError | OSError):
                    logging.getLogger("weshop").debug("%s failed", prog, exc_info=True)
                status, message = describe_error(error)
                out.error(message)
                out.document({**_empty_document(args), "error": error_object(error)})
                return status

        return run

    return decorate


def _empty_document(args: argparse.Namespace) -> dict[str, Any]:
    make = getattr(args, "empty_document", None)
    if callable(make):
        document: dict[str, Any] = make(args)
        return document
    return {}


def _silence_stdout() -> None:
    # Output went to a closed pipe (``weshop ... | head``): stop writing to it.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
