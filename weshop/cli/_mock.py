"""``weshop mock`` (serve the mock) and ``weshop mock record`` (record mode)."""

from __future__ import annotations

import argparse
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UntrustedHostError
from ._options import Subcommand, SubParsers

if TYPE_CHECKING:
    from ..mock import FaultRule

__all__ = ["add_parser", "parse_fault"]

_LOOPBACK_HELP = (
    "serve on a host that is not a loopback address. Refused by default: the mock accepts "
    "any API key, serves uploads without authentication and speaks plain HTTP, so on a "
    "network interface anyone who can reach it could use it"
)


def add_parser(subparsers: SubParsers, command: Subcommand, argv: Sequence[str]) -> None:
    """Add ``mock`` and ``mock record`` to the ``weshop`` parser."""
    mock = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            "Serve a stateful WeShop mock on loopback. Prints its base URL "
            "(http://HOST:PORT/openapi) on the first line of standard output, then serves "
            "until Ctrl-C. Any non-empty API key is accepted unless --api-key is given."
        ),
    )
    _add_listen_options(mock, default_port=8765)
    mock.add_argument(
        "--recordings",
        type=Path,
        metavar="DIR",
        help="replay the recordings in DIR instead of the packaged ones",
    )
    mock.add_argument(
        "--speed",
        type=float,
        default=1.0,
        metavar="X",
        help="run clock multiplier: 100 makes a 20 s run take 0.2 s (default: 1)",
    )
    mock.add_argument(
        "--run-duration",
        type=float,
        nargs=2,
        metavar=("MIN", "MAX"),
        help="range of a run's length in seconds at speed 1 (default: 8 40)",
    )
    mock.add_argument(
        "--seed",
        type=int,
        default=None,
        help="seed of all randomness (default: a new one per start, printed on stderr, so "
        "execution ids and downloaded file names differ between sessions)",
    )
    mock.add_argument(
        "--max-runs",
        type=int,
        metavar="N",
        help="runs (and tasks) remembered before the oldest are forgotten (default: 20000)",
    )
    mock.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accept only this (test) key; repeat for several",
    )
    mock.add_argument(
        "--fault",
        action="append",
        dest="faults",
        default=[],
        metavar="SPEC",
        help=(
            "inject a fault: KIND[,rate=R][,operations=OP+OP][,count=N][,retry_after=S]"
            "[,delay=S][,status=5xx]; KIND is rate_limit, server_error, slow, drop, "
            "drop_after or run_failed (repeatable)"
        ),
    )
    mock.add_argument(
        "--fault-sequence",
        metavar="LIST",
        help="scripted faults, one per request, comma-separated; 'none' for no fault",
    )
    mock.add_argument("--access-log", action="store_true", help="log each request line")
    mock.set_defaults(handler=_serve)

    nested = mock.add_subparsers(dest="mock_command", metavar="SUBCOMMAND")
    record = nested.add_parser(
        "record",
        help="proxy to a real base URL and write recordings",
        description=(
            "Forward requests sent to http://HOST:PORT/openapi to --upstream (with the "
            "caller's Authorization) and write each exchange to --out as a recording, the "
            "key and the Authorization header redacted. Replay them with "
            "'weshop mock --recordings DIR'. Your key is sent to --upstream, so it must be "
            "https://openapi.weshop.ai, loopback (a mock you run), or an https host named "
            "with --trusted-host. The proxy listens on loopback only."
        ),
    )
    record.add_argument("--upstream", required=True, metavar="URL", help="base URL to record")
    record.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    record.add_argument(
        "--trusted-host",
        action="append",
        dest="trusted_hosts",
        default=[],
        metavar="HOST",
        help="an https host you operate that --upstream may name (repeatable)",
    )
    _add_listen_options(record, default_port=8766, allow_non_loopback=False)
    record.set_defaults(handler=_record)


def _add_listen_options(
    parser: argparse.ArgumentParser, default_port: int, *, allow_non_loopback: bool = True
) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=int, default=default_port, help=f"port (default: {default_port})"
    )
    # Record mode accepts the flag only to refuse it with a clear message: a recording
    # proxy reachable from the network would relay other people's keys upstream.
    parser.add_argument(
        "--allow-non-loopback",
        action="store_true",
        help=_LOOPBACK_HELP if allow_non_loopback else argparse.SUPPRESS,
    )


def parse_fault(spec: str) -> FaultRule:
    """``KIND[,key=value...]`` as a :class:`~weshop.mock.FaultRule`."""
    from ..mock import FaultRule  # deliberately lazy: the optional 'mock' extra

    kind, *options = [part.strip() for part in spec.split(",")]
    values: dict[str, Any] = {}
    for option in options:
        key, equals, value = option.partition("=")
        if not equals:
            raise ValueError(f"fault option {option!r} is not key=value")
        if key == "operations":
            values[key] = frozenset(op for op in value.split("+") if op)
        elif key in ("count", "status"):
            values[key] = int(value)
        elif key in ("rate", "retry_after", "delay"):
            values[key] = float(value)
        else:
            raise ValueError(f"unknown fault option {key!r}")
    return FaultRule(kind, **values)  # type: ignore[arg-type]  # FaultRule checks the kind


def _print_url(url: str) -> None:
    print(url, flush=True)


def _serve(args: argparse.Namespace) -> int:
    try:  # deliberately lazy: the optional 'mock' extra, reported if missing
        from ..mock import MockSettings, is_loopback, serve
    except ModuleNotFoundError as exc:  # the 'mock' extra is not installed (it says so)
        print(f"weshop mock: {exc}", file=sys.stderr)
        return 2
    if not args.allow_non_loopback and not is_loopback(args.host.lower()):
        print(
            f"weshop mock: refusing to listen on non-loopback host {args.host!r}; "
            "pass --allow-non-loopback if you really mean it (see --help)",
            file=sys.stderr,
        )
        return 2
    seed = args.seed
    if seed is None:
        seed = secrets.randbelow(2**31)
        print(f"weshop mock: seed {seed} (replay with --seed {seed})", file=sys.stderr)
    try:
        options: dict[str, Any] = {
            "speed": args.speed,
            "seed": seed,
            "recordings": args.recordings,
            "faults": [parse_fault(spec) for spec in args.faults],
        }
        if args.max_runs is not None:
            options["max_runs"] = args.max_runs
        if args.run_duration:
            options["run_duration"] = (args.run_duration[0], args.run_duration[1])
        if args.api_keys:
            options["api_keys"] = frozenset(args.api_keys)
        if args.fault_sequence:
            options["fault_sequence"] = [
                None if entry.strip().lower() == "none" else entry.strip()
                for entry in args.fault_sequence.split(",")
            ]
        settings = MockSettings(**options)
        serve(settings, args.host, args.port, access_log=args.access_log, ready=_print_url)
    except (ValueError, OSError) as exc:
        print(f"weshop mock: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


def _record(args: argparse.Namespace) -> int:
    try:  # deliberately lazy: the optional 'mock' extra, reported if missing
        from ..mock import is_loopback, serve_recording_proxy
    except ModuleNotFoundError as exc:  # the 'mock' extra is not installed (it says so)
        print(f"weshop mock: {exc}", file=sys.stderr)
        return 2
    if args.allow_non_loopback or not is_loopback(args.host.lower()):
        print(
            f"weshop mock record: refusing to listen on {args.host!r}: the recording proxy "
            "forwards callers' API keys upstream, so it serves on loopback only",
            file=sys.stderr,
        )
        return 2
    try:
        # It checks the upstream (the facade's trust rule) before it binds or serves.
        serve_recording_proxy(
            args.upstream,
            args.out,
            args.host,
            args.port,
            trusted_hosts=args.trusted_hosts,
            ready=_print_url,
        )
    except UntrustedHostError as exc:
        hint = " (--trusted-host names an https host you operate)"
        print(f"weshop mock record: --upstream: {exc}{hint}", file=sys.stderr)
        return 2
    except (ValueError, OSError) as exc:
        print(f"weshop mock record: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0
