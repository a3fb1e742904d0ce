"""What every ``weshop`` command shares: global options, the client, output, errors.

* :func:`add_global_options` adds ``--api-key``, ``--base-url``, ``--timeout``,
  ``--max-retries``, ``--json`` and ``--quiet`` to a subcommand.
* :func:`make_client` / :func:`make_async_client` build the facade client from them
  (the CLI has no HTTP code of its own: everything goes through ``weshop.WeShop``).
* :class:`Output` is where text goes: results on stdout, progress and notes on stderr,
  one JSON document on stdout with ``--json``.
* :func:`cli_command` turns a handler into one that never shows a traceback for a user
  error: each error becomes one line on stderr and an exit status (:class:`Exit`).
* The spec helpers read enums and rules from the overlaid spec (never re-typed here).
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import IO, TYPE_CHECKING, Any, Final

from .._constants import (
    API_KEY_ENV,
    API_KEY_HELP_URL,
    BASE_URL_ENV,
    DEFAULT_AGENT_VERSION,
    DEFAULT_WAIT_TIMEOUT,
)
from .._spec import Violation, agent_params_schemas, load_spec

if TYPE_CHECKING:
    from pathlib import Path

    from .. import AsyncWeShop, RetryEvent, RunBase, WeShop

__all__ = [
    "Exit",
    "Interrupted",
    "Output",
    "UsageError",
    "add_global_options",
    "agent_wire_name",
    "cli_command",
    "describe_error",
    "enum_values",
    "error_object",
    "known_agents",
    "make_async_client",
    "make_client",
    "params_schema",
    "parse_param_value",
    "plural",
    "run_document",
    "spec_rules",
    "top_description",
    "top_epilog",
]

#: The mock's default address (``weshop mock``), for the missing-key hint.
MOCK_HINT_URL: Final = "http://127.0.0.1:8765/openapi"


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
    import tempfile

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


# --------------------------------------------------------------------------- the spec
@functools.cache
def _schemas() -> Mapping[str, Any]:
    schemas: Mapping[str, Any] = load_spec()["components"]["schemas"]
    return schemas


def known_agents() -> list[str]:
    """The documented agent names (``KnownAgentName`` in the spec)."""
    return [str(name) for name in _schemas()["KnownAgentName"]["enum"]]


def run_statuses() -> list[str]:
    """A run's statuses, in the spec's order."""
    return [str(status) for status in _schemas()["Execution"]["properties"]["status"]["enum"]]


def _agent_params_refs() -> Mapping[str, str]:
    """Agent name → its params schema name (the spec's ``x-weshop-agents.<name>.params``)."""
    return agent_params_schemas()


def agent_wire_name(name: str) -> str:
    """A documented agent's exact name for ``name`` in any case (``removebg`` →
    ``removeBG``); other names are returned as given."""
    for known in known_agents():
        if known.casefold() == name.casefold():
            return known
    return name


def params_schema(agent: str) -> Mapping[str, Any] | None:
    """The params schema of a documented agent (``None`` for others)."""
    name = _agent_params_refs().get(agent_wire_name(agent))
    return None if name is None else _schemas()[name]


def required_params(agent: str) -> list[str]:
    """The params a documented agent requires (its params schema's ``required``)."""
    schema = params_schema(agent) or {}
    return [str(name) for name in schema.get("required", [])]


def batch_count_range() -> tuple[int, int]:
    """The smallest ``minimum`` and largest ``maximum`` of ``batchCount`` over the
    documented agents' params schemas."""
    found = [
        prop
        for name in _agent_params_refs().values()
        if (prop := _schemas()[name].get("properties", {}).get("batchCount")) is not None
    ]
    return min(int(p["minimum"]) for p in found), max(int(p["maximum"]) for p in found)


def task_name_max_length() -> int:
    """``RunInput.taskName``'s ``maxLength``."""
    return int(_schemas()["RunInput"]["properties"]["taskName"]["maxLength"])


def upload_limits_text() -> str:
    """The upload limits in words, from the spec (e.g. "png, jpeg or webp; at most 10 MB;
    both sides larger than 512 px; aspect ratio below 2")."""
    from .._spec import image_constraints

    limits = image_constraints()
    kinds = list(dict.fromkeys(media.partition("/")[2] for media in limits.media_types.values()))
    listed = ", ".join(kinds[:-1]) + f" or {kinds[-1]}" if len(kinds) > 1 else kinds[0]
    size = limits.max_bytes / (1024 * 1024)
    ratio = limits.max_aspect_ratio_exclusive
    return (
        f"{listed}; at most {size:g} MB; both sides larger than {limits.min_side_exclusive} "
        f"px; aspect ratio below {ratio:g}"
    )


def _property(agent: str, prop: str) -> Mapping[str, Any]:
    schema = params_schema(agent)
    properties = {} if schema is None else schema.get("properties", {})
    found: Mapping[str, Any] = properties.get(prop, {})
    return found


def enum_values(agent: str, prop: str) -> list[str]:
    """The enum of a params property of an agent, in the spec's order (``[]`` if none)."""
    return [str(value) for value in _property(agent, prop).get("enum", [])]


def enum_default(agent: str, prop: str) -> str | None:
    """The spec's (server-side) default of a params property, if it states one."""
    default = _property(agent, prop).get("default")
    return None if default is None else str(default)


def spec_rules(agent: str) -> list[str]:
    """The descriptions of an agent's cross-field rules (the overlay's ``x-rule``s)."""
    schema = params_schema(agent) or {}
    return [
        str(rule["description"])
        for rule in schema.get("allOf", [])
        if isinstance(rule, Mapping) and "x-rule" in rule and "description" in rule
    ]


def parse_param_value(agent: str, key: str, text: str) -> Any:
    """A parameter value given as text (``--param key=value``, a CSV cell).

    Parsed as JSON when it parses (``4`` → 4, ``true`` → True, ``[1,2]`` → a list),
    else kept as text — except for parameters the spec types as strings, which are always
    kept as text (so ``--param textDescription=123`` stays ``"123"``).
    """
    if _property(agent, key).get("type") == "string":
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


# --------------------------------------------------------------------------- options
#: The global options (every API command's) and whether each takes a value.
GLOBAL_OPTIONS: Final[Mapping[str, bool]] = {
    "--api-key": True,
    "--base-url": True,
    "--timeout": True,
    "--max-retries": True,
    "--json": False,
    "--quiet": False,
    "-q": False,
}


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """``argv`` with the global options given before the command moved after its name
    (``weshop --json removebg x.png`` is ``weshop removebg --json x.png``): they belong
    to the commands' parsers, where they are also accepted."""
    before: list[str] = []
    index = 0
    while index < len(argv):
        token = argv[index]
        name = token.split("=", 1)[0]
        if name not in GLOBAL_OPTIONS:
            break
        takes_value = GLOBAL_OPTIONS[name] and "=" not in token
        before += argv[index : index + 1 + takes_value]
        index += 1 + takes_value
    if not before or index >= len(argv) or argv[index].startswith("-"):
        return list(argv)  # nothing hoisted, or no command after them: argparse explains
    return [argv[index], *before, *argv[index + 1 :]]


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options every API command takes (accepted before the command name too:
    :func:`hoist_global_options`)."""
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--api-key",
        metavar="KEY",
        help=(
            f"API key (discouraged: other users can see it in the process list; prefer "
            f"${API_KEY_ENV} or ~/.config/weshop/credentials.json)"
        ),
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        help=f"API base URL (default: ${BASE_URL_ENV}, else https://openapi.weshop.ai/openapi)",
    )
    group.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="timeout of each HTTP request (default: 60, 10 to connect)",
    )
    group.add_argument(
        "--max-retries",
        type=_non_negative_int,
        metavar="N",
        help="retries of a failed request (rate limits, 5xx, network); default 5",
    )
    group.add_argument(
        "--json",
        action="store_true",
        help="print one JSON document on stdout (no progress output)",
    )
    group.add_argument(
        "--quiet", "-q", action="store_true", help="no progress or notes on stderr (errors only)"
    )


def add_wait_timeout(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--wait-timeout",
        type=_positive_float,
        default=DEFAULT_WAIT_TIMEOUT,
        metavar="SECONDS",
        help=f"how long to wait for a run (default: {DEFAULT_WAIT_TIMEOUT:g})",
    )


def add_agent_version(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--agent-version",
        default=DEFAULT_AGENT_VERSION,
        metavar="VERSION",
        help=f"agent version (default: {DEFAULT_AGENT_VERSION})",
    )


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number: {text!r}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def positive_int(text: str) -> int:
    value = _non_negative_int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs as written (lists of enums, examples)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


# --------------------------------------------------------------------------- clients
def _client_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if getattr(args, "base_url", None):
        options["base_url"] = args.base_url
    if getattr(args, "timeout", None) is not None:
        options["timeout"] = args.timeout
    if getattr(args, "max_retries", None) is not None:
        options["max_retries"] = args.max_retries
    return options


def _retry_note(args: argparse.Namespace) -> Callable[[RetryEvent], object] | None:
    """Say on stderr, at once, that a request is being retried (a refused connection
    would otherwise go quiet for ~10 s of backoff); nothing with ``--quiet``."""
    if getattr(args, "quiet", False):
        return None
    prog = getattr(args, "prog_name", "weshop")

    def note(event: RetryEvent) -> None:
        print(
            f"{prog}: {event.operation}: {event.cause}; retry {event.retry} of "
            f"{event.max_retries} in {event.delay:.1f} s",
            file=sys.stderr,
            flush=True,
        )

    return note


def make_client(
    args: argparse.Namespace, *, on_retry: Callable[[RetryEvent], object] | None = None
) -> WeShop:
    """The synchronous facade client configured by the global options (retries are
    reported on stderr unless ``on_retry`` or ``--quiet`` says otherwise)."""
    from .. import WeShop

    on_retry = on_retry or _retry_note(args)

    return WeShop(getattr(args, "api_key", None), on_retry=on_retry, **_client_options(args))


def make_async_client(
    args: argparse.Namespace, *, on_retry: Callable[[RetryEvent], object] | None = None
) -> AsyncWeShop:
    """The asyncio facade client configured by the global options (``on_retry``: the
    client's retry hook)."""
    from .. import AsyncWeShop

    return AsyncWeShop(getattr(args, "api_key", None), on_retry=on_retry, **_client_options(args))


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
#: Inputs and run options by wire name; the agents' parameter options are read from the
#: spec (``wire_options``).
_INPUT_OPTIONS: Final[Mapping[str, str]] = {
    "originalImage": "--image",
    "fashionModelImage": "--model-image",
    "locationImage": "--location-image",
    "taskName": "--task-name",
    "callbackUrl": "--callback-url",
    "customMask": "--custom-mask",
    "customMaskUrl": "--custom-mask",
    "batchCount": "--batch",
}


@functools.cache
def wire_options() -> tuple[Mapping[str, str], re.Pattern[str]]:
    """Wire names → the options that set them (for hints in validation messages), and
    a pattern that finds those names in a message."""
    from ._agents import AGENT_COMMANDS  # lazily: _agents imports this module

    options = dict(_INPUT_OPTIONS)
    for command in AGENT_COMMANDS:
        for param in command.params:
            presets = [preset.flag for preset in command.presets if param.kwarg in preset.sets]
            options.setdefault(param.wire, "/".join((param.flags[0], *presets)))
    names = "|".join(sorted(options, key=len, reverse=True))
    return options, re.compile(r"\b(" + names + r")\b")


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
    from .. import errors

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
            from .. import WeShopError

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
                if not isinstance(error, WeShopError | UsageError | OSError):
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


# --------------------------------------------------------------------------- top-level help
def top_description() -> str:
    return (
        "WeShop AI from the command line: run the six image agents (local images are\n"
        "uploaded, results downloaded with --output), any agent with `weshop run`, many\n"
        "runs resumably with `weshop batch`, and the offline mock server (`weshop mock`)."
    )


def top_epilog() -> str:
    from ._agents import AGENT_COMMANDS

    lines = [
        textwrap.fill(
            "agents: the six above have commands of their own; `weshop run AGENT` runs "
            f"any of the {len(known_agents())} in the API spec (`weshop catalog` lists them)",
            width=86,
        ),
        f"run statuses (from the API spec): {', '.join(run_statuses())}",
        "",
        "values (from the API spec; details in `weshop COMMAND --help`):",
    ]
    for spec in AGENT_COMMANDS:
        for param in spec.params:
            values = enum_values(spec.agent, param.wire)
            if values:
                lines.append(
                    textwrap.fill(
                        f"{spec.command} {param.flags[0]}: {', '.join(values)}",
                        width=86,
                        initial_indent="  ",
                        subsequent_indent="      ",
                        break_on_hyphens=False,
                    )
                )
    lines += [
        "",
        "global options (before or after the command name): --api-key, --base-url,",
        f"--timeout, --max-retries, --json, --quiet. The key is read from ${API_KEY_ENV}",
        f"or ~/.config/weshop/credentials.json, the base URL from ${BASE_URL_ENV}.",
        "",
        "exit status: 0 success; 1 run failed (batch: a row did not succeed); 2 the",
        "command cannot start, nothing sent (usage, validation, no API key, untrusted",
        "host); 3 API, authentication or network error; 4 the run succeeded but its",
        "results could not be saved; 130 interrupted.",
        "",
        "examples:",
        f"  export {API_KEY_ENV}=...",
        "  weshop removebg product.png --background-hex '#ffffff' --output out/",
        "  weshop aimodel model.jpg --generation-mode freeCreation \\",
        '      --mask-type autoApparelSegment --location "White Studio" --output out/',
        "  weshop info aimodel --kind locations --search studio",
        "  weshop batch shots.csv --concurrency 8 --output out/",
        "  weshop mock &    # offline: any key works",
        f"  export {BASE_URL_ENV}={MOCK_HINT_URL} {API_KEY_ENV}=test",
    ]
    return "\n".join(lines)
