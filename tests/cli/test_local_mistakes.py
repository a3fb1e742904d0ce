"""Local mistakes exit 2 with nothing sent, and a run that was billed never exits 2
(issue 12: ``-o /proc/nope`` used to create and complete the run, then exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from weshop.mock import MockServer

from .conftest import CLI


def test_an_unwritable_output_is_refused_before_the_run_is_billed(
    cli: CLI, shared_mock: MockServer, workdir: Path
) -> None:
    blocker = workdir / "a-file"
    blocker.write_text("not a directory")
    before = shared_mock.stats.run_creations
    for output in ("/proc/nope", str(blocker / "out")):
        result = cli.run(
            "removebg", "model.png", "--background-hex", "#ffffff", "-o", output, "--json"
        )
        assert result.returncode == 2, result.stderr
        assert "nothing was sent" in result.stderr
        assert result.json()["error"]["type"] == "UsageError"
    assert shared_mock.stats.run_creations == before


def test_an_output_directory_is_created_when_missing(cli: CLI, workdir: Path) -> None:
    result = cli.run("removebg", "model.png", "--background-hex", "#ffffff", "-o", "new/dir")
    assert result.returncode == 0, result.stderr
    assert len(list((workdir / "new" / "dir").glob("*.png"))) == 1
    assert not list((workdir / "new" / "dir").glob(".weshop-write-check-*"))


@pytest.mark.parametrize("key", ["a\r\nb", "   ", "ключ"])
def test_a_bad_idempotency_key_exits_2(cli: CLI, shared_mock: MockServer, key: str) -> None:
    before = shared_mock.stats.requests["createRun"]
    result = cli.run(
        "removebg", "model.png", "--background-hex", "#ffffff", "--idempotency-key", key, "--json"
    )
    assert result.returncode == 2, result.stderr
    assert "idempotency_key" in result.stderr
    assert "network" not in result.stderr
    assert shared_mock.stats.requests["createRun"] == before


def test_a_malformed_base_url_exits_2_with_a_document(cli: CLI) -> None:
    result = cli.run("status", "abc", "--base-url", "https://xn--/x", "--json")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.json()["error"]["type"] == "UntrustedHostError"


def test_a_billed_run_whose_results_cannot_be_saved_exits_4(cli: CLI) -> None:
    submitted = cli.run("removebg", "model.png", "--background-hex", "#ffffff", "--no-wait")
    assert submitted.returncode == 0, submitted.stderr
    execution_id = submitted.stdout.strip()
    # `wait` starts nothing, so it does not check the folder first: saving fails after.
    result = cli.run("wait", execution_id, "-o", "/proc/nope", "--json")
    assert result.returncode == 4, result.stderr
    assert f"weshop status {execution_id} --output DIR" in result.stderr
    assert result.json()["status"] == "Success"
