"""The surprises a new user met (issue 20), each fixed: one exit status for "cannot
start", a command-line hint for an untrusted host, global options before the command,
a readable ``--help`` and ``catalog``, "1 row", retries said at once, and the spec's
facade defaults applied by ``weshop run`` as by the typed commands."""

from __future__ import annotations

import json
from pathlib import Path

from weshop.cli import build_parser
from weshop.cli._common import plural
from weshop.cli._options import hoist_global_options

from .conftest import CLI, InProcess, MockFactory


def test_cannot_start_exits_2_for_a_missing_key_and_an_untrusted_host(cli: CLI) -> None:
    untrusted = cli.run(
        "status", "e-1", env={"WESHOP_BASE_URL": "https://evil.example.com/openapi"}
    )
    missing = cli.run("status", "e-1", env={"WESHOP_API_KEY": None})
    assert untrusted.returncode == missing.returncode == 2
    # The hint names what a command line can change, not a Python argument to pass.
    assert "--base-url" in untrusted.stderr
    assert "pass trusted_hosts" not in untrusted.stderr
    assert "nothing was sent" in untrusted.stderr


def test_global_options_before_the_command(in_process: InProcess) -> None:
    assert hoist_global_options(["--json", "--timeout", "5", "status", "e"]) == [
        "status", "--json", "--timeout", "5", "e",
    ]  # fmt: skip
    assert hoist_global_options(["--base-url=http://x", "status"]) == [
        "status", "--base-url=http://x",
    ]  # fmt: skip
    assert hoist_global_options(["--json"]) == ["--json"]  # no command: argparse says so
    result = in_process("--json", "catalog")
    assert result.returncode == 0
    assert result.stdout.startswith("{")


def test_help_is_readable_and_catalog_has_a_header() -> None:
    text = build_parser().format_help()
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "before or after the command name" in text


def test_catalog_columns(in_process: InProcess) -> None:
    lines = in_process("catalog").stdout.splitlines()
    assert lines[0].split() == ["AGENT", "MAKES", "INPUTS"]
    inputs_column = lines[0].index("INPUTS")
    assert all(line[inputs_column - 2 : inputs_column] == "  " for line in lines[1:])
    assert all(line[inputs_column] != " " for line in lines[1:])  # one column, never shifted


def test_plural() -> None:
    assert plural(1, "row") == "1 row"
    assert plural(0, "row") == "0 rows"
    assert plural(12, "row") == "12 rows"


def test_retries_are_said_at_once(cli: CLI) -> None:
    result = cli.run(
        "status", "e-1", "--max-retries", "1", env={"WESHOP_BASE_URL": "http://127.0.0.1:9/openapi"}
    )
    assert result.returncode == 3
    first, *_ = result.stderr.splitlines()
    assert "retry 1 of 1" in first
    quiet = cli.run(
        "status", "e-1", "--max-retries", "1", "--quiet",
        env={"WESHOP_BASE_URL": "http://127.0.0.1:9/openapi"},
    )  # fmt: skip
    assert "retry" not in quiet.stderr


def test_run_applies_the_spec_facade_default(cli: CLI) -> None:
    # aiproduct's maskType has x-facade-default: autoSubjectSegment in the overlay.
    result = cli.run(
        "run", "aiproduct", "--image", "model.png", "--param", "generatedContent=freeCreation",
        "--param", "textDescription=on marble", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.json()["status"] == "Success"


def test_batch_rows_get_the_spec_facade_default(own_mock: MockFactory, workdir: Path) -> None:
    mock, cli = own_mock()
    rows = [
        {"agent": "aiproduct", "image": "model.png", "generatedContent": "freeCreation",
         "textDescription": f"shot {index}"}
        for index in range(2)
    ]  # fmt: skip
    manifest = workdir / "rows.jsonl"
    manifest.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = cli.run("batch", manifest, "--json")
    assert result.returncode == 0, result.stderr  # not "params.maskType: is required"
    masks = [json.loads(run.params_json)["maskType"] for run in mock.state.runs.values()]
    assert masks == ["autoSubjectSegment", "autoSubjectSegment"]
