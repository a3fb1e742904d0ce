"""Conformance mode (``python -m contract_tests.conformance``), exercised against the mock."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from weshop.mock import MockServer

from .conformance import CATEGORIES, READ_ONLY_POSTS, main
from .conftest import CONTRACT_KEY, ROOT


def test_every_operation_has_a_category() -> None:
    # A new operation is a write (never sent) until someone decides otherwise.
    assert set(CATEGORIES) >= {"createRun", "getRun", "uploadImage", "deleteTask"}
    reads = {op for op, (_, _, category) in CATEGORIES.items() if category == "read"}
    gets = {op for op, (_, method, _) in CATEGORIES.items() if method == "GET"}
    assert reads == gets | READ_ONLY_POSTS
    assert {op for op, (_, _, c) in CATEGORIES.items() if c == "billable"} == {"createRun"}


def test_against_the_mock_prints_the_table_and_writes_the_report(
    mock: MockServer, tmp_path: Path
) -> None:
    report = tmp_path / "conformance.xml"
    writes = [op for op, (_, _, category) in CATEGORIES.items() if category == "write"]
    before = dict(mock.stats.requests)
    runs_before = mock.stats.run_creations
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "contract_tests.conformance",
            "--url",
            mock.base_url,
            "--allow-billable",
            "2",
            "--max-examples",
            "3",
            "--report",
            str(report),
        ],
        cwd=ROOT,
        env={**os.environ, "WESHOP_API_KEY": CONTRACT_KEY},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    out = completed.stdout
    for shown in (
        "createRun",
        "getAgentInfo",
        "response_schema_conformance",
        "error_envelope_fields",
    ):
        assert shown in out
    # At most N billable creations; the writes are never sent; the key is in no output.
    assert mock.stats.run_creations - runs_before == 2
    assert all(mock.stats.requests[op] == before[op] for op in writes)
    assert CONTRACT_KEY not in out + completed.stderr
    tree = ET.parse(report)
    suite = tree.getroot()
    assert suite.tag == "testsuite"
    assert int(suite.get("tests", "0")) > 0
    assert suite.get("failures") == "0"
    assert suite.get("errors") == "0"
    cases = {(c.get("classname"), c.get("name")) for c in suite.iter("testcase")}
    assert ("getRun", "response_schema_conformance") in cases
    assert CONTRACT_KEY not in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example.com/openapi",  # not the official host, not named as trusted
        "http://openapi.weshop.ai/openapi",  # the official host, but plain http
        "https://user:pw@openapi.weshop.ai/openapi",  # credentials in the URL
    ],
)
def test_the_key_never_goes_to_an_untrusted_host(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("WESHOP_API_KEY", "wsk-live-secret")
    assert main(["--url", url, "--report", str(tmp_path / "r.xml")]) == 2
    assert "refused" in capsys.readouterr().err
    assert not (tmp_path / "r.xml").exists()


def test_a_real_deployment_needs_a_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("WESHOP_API_KEY", raising=False)
    assert (
        main(["--url", "https://openapi.weshop.ai/openapi", "--report", str(tmp_path / "r.xml")])
        == 2
    )
    assert "WESHOP_API_KEY" in capsys.readouterr().err


def test_a_lax_deployment_fails_conformance(tmp_path: Path) -> None:
    # A mock that accepts any key: `ignored_auth` must see requests with a wrong key served.
    with MockServer(speed=2000) as lax:
        code = main(
            ["--url", lax.base_url, "--max-examples", "2", "--report", str(tmp_path / "r.xml")]
        )
    assert code == 1
    suite = ET.parse(tmp_path / "r.xml").getroot()
    failed = {c.get("name") for c in suite.iter("testcase") if c.find("failure") is not None}
    assert "ignored_auth" in failed
