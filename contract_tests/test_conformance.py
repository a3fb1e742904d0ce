"""Conformance mode (``python -m contract_tests.conformance``), exercised against the mock."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from weshop.mock import FaultRule, MockServer

from .conformance import (
    CATEGORIES,
    READ_ONLY_POSTS,
    Runner,
    about_the_run,
    curl_command,
    main,
)
from .conftest import CONTRACT_KEY, ROOT
from .lax import make_lax


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
            "--negatives-per-agent",
            "1",
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
    # A check that did not apply is skipped, not passed: no stateful phase here, and the
    # billable requests are never re-sent without the key.
    skipped = {(c.get("classname"), c.get("name")) for c in suite.iter("testcase")
               if c.find("skipped") is not None}  # fmt: skip
    assert {("getRun", "use_after_free"), ("createRun", "ignored_auth")} <= skipped
    # Invalid input went out and was refused; every created run was read back as itself.
    assert "passed=0" not in _system_out(suite, "estimatePower", "negative_data_rejection")
    assert "passed=0" not in _system_out(suite, "getRun", "read_back_identity")
    assert "skipped (the check did not apply)" in out
    assert "conformance passed" in out


def _system_out(suite: ET.Element, operation: str, check: str) -> str:
    case = next(
        c for c in suite.iter("testcase")
        if (c.get("classname"), c.get("name")) == (operation, check)
    )  # fmt: skip
    return case.findtext("system-out", "")


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
            [
                "--url",
                lax.base_url,
                "--max-examples",
                "2",
                "--negatives-per-agent",
                "0",
                "--report",
                str(tmp_path / "r.xml"),
            ]
        )
    assert code == 1
    suite = ET.parse(tmp_path / "r.xml").getroot()
    failed = {c.get("name") for c in suite.iter("testcase") if c.find("failure") is not None}
    assert "ignored_auth" in failed


# --------------------------------------------------------------------------- it bites
#: A key nobody else uses, to look for in every output.
WRONG_KEY = "wsk-wrong-7f3a9c1e"


def _run(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    *extra: str, key: str = CONTRACT_KEY,
) -> tuple[int, str, ET.Element, str]:  # fmt: skip
    """Conformance in this process: (exit status, output, report root, report text)."""
    monkeypatch.setenv("WESHOP_API_KEY", key)
    report = tmp_path / "report.xml"
    code = main(["--url", url, "--max-examples", "2", "--report", str(report), *extra])
    out = capsys.readouterr()
    text = report.read_text(encoding="utf-8")
    return code, out.out + out.err, ET.fromstring(text), text


def _failed(suite: ET.Element) -> set[tuple[str | None, str | None]]:
    return {
        (c.get("classname"), c.get("name"))
        for c in suite.iter("testcase")
        if c.find("failure") is not None
    }


def test_a_wrong_key_fails_naming_the_refused_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The case: `weshop mock --api-key right-key`, conformance with another key.
    with MockServer(speed=2000, api_keys={"right-key"}) as server:
        code, out, suite, text = _run(
            server.base_url, tmp_path, monkeypatch, capsys, "--negatives-per-agent", "0",
            key=WRONG_KEY,
        )  # fmt: skip
    assert code == 1
    assert "the key was refused" in out
    assert ("getAgentInfo", "key_accepted") in _failed(suite)
    assert ("getAgentInfo", "operation_succeeded") in _failed(suite)
    # Each failure: operation, check, status, the answer, a reproduction without the key.
    assert "getAgentInfo / key_accepted — HTTP 401" in out
    assert '"code":"UNAUTHORIZED"' in out
    assert '-H "Authorization: $WESHOP_API_KEY"' in out
    failure = next(c for c in suite.iter("testcase") if c.get("name") == "key_accepted")
    assert "$WESHOP_API_KEY" in (failure.findtext("failure") or "")
    assert WRONG_KEY not in out + text


def test_a_wrong_base_path_fails_naming_it(
    mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    url = mock.base_url.removesuffix("/openapi") + "/api/v2"
    code, out, suite, _ = _run(url, tmp_path, monkeypatch, capsys, "--negatives-per-agent", "0")
    assert code == 1
    assert "every answer was 404" in out
    assert "wrong base path" in out
    assert {("estimatePower", "operation_succeeded"), ("getAgentInfo", "operation_succeeded")} <= (
        _failed(suite)
    )


def test_an_unreachable_host_fails_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, out, suite, _ = _run(f"http://127.0.0.1:{port}/openapi", tmp_path, monkeypatch, capsys)
    assert code == 1
    assert "unreachable" in out
    assert any(name == "reachable" for _, name in _failed(suite))
    assert f"curl -sS -i -X POST http://127.0.0.1:{port}/openapi/agent/power-estimates" in out


@pytest.mark.parametrize(
    ("variant", "extra", "failed", "shown"),
    [
        # Invalid input accepted; the reproduction is the invalid body itself.
        (
            "validates-nothing",
            ["--negatives-per-agent", "1"],
            ("estimatePower", "negative_data_rejection"),
            "estimatePower / negative_data_rejection — HTTP 200: invalid input accepted",
        ),
        (
            "reads-back-another-run",
            ["--negatives-per-agent", "0", "--allow-billable", "1"],
            ("getRun", "read_back_identity"),
            "the answer is about ['another-run']",
        ),
    ],
)
def test_a_lax_deployment_fails_naming_what_it_broke(
    variant: str, extra: list[str], failed: tuple[str, str], shown: str,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    server = make_lax(MockServer(speed=2000, api_keys={CONTRACT_KEY}), variant)
    with server:
        code, out, suite, _ = _run(server.base_url, tmp_path, monkeypatch, capsys, *extra)
    assert code == 1
    assert failed in _failed(suite)
    assert shown in out


def test_a_read_back_must_name_the_run_asked_for() -> None:
    run = {"data": {"executions": [{"executionId": "e1"}]}, "meta": {"executionId": "e1"}}
    assert about_the_run(run, "e1") is None
    assert about_the_run(run, "e2") is not None
    assert about_the_run({**run, "meta": {"executionId": "string"}}, "e1") is not None
    assert about_the_run({"data": {}}, "e1") is not None


def test_a_reproduction_never_holds_the_key() -> None:
    key = "wsk-live-s3cr3t/+="
    request = requests.Request(
        "POST",
        "http://127.0.0.1:1/openapi/agent/runs",
        params={"echo": key},
        headers={"Authorization": key, "Idempotency-Key": "k1"},
        json={"note": key, "b64": base64.b64encode(key.encode()).decode()},
    ).prepare()
    command = curl_command(request, key)
    assert '-H "Authorization: $WESHOP_API_KEY"' in command
    assert "Idempotency-Key: k1" in command
    for spelling in (key, quote(key, safe=""), base64.b64encode(key.encode()).decode()):
        assert spelling not in command


def test_a_rate_limited_answer_judges_no_input() -> None:
    # A 429 says nothing about whether the input was valid: skipped, neither passed nor failed.
    limited = FaultRule("rate_limit", operations=frozenset({"estimatePower"}))
    with MockServer(speed=2000, api_keys={CONTRACT_KEY}, faults=[limited]) as server:
        runner = Runner(server.base_url, CONTRACT_KEY, max_examples=1, seed=0)
        invalid = {"agent": {"name": "aimodel", "version": "v1.0"}, "input": {}, "params": {}}
        case = runner._operation("estimatePower").Case(body=invalid, headers=dict(runner.auth))
        response = runner.judge("estimatePower", case, "built-negative", why="no image")
    assert response.status_code == 429
    cell = runner.results.cells[("estimatePower", "negative_data_rejection")]
    assert (cell.passed, cell.failed, cell.skipped) == (0, 0, 1)
    assert runner.results.cells[("estimatePower", "key_accepted")].passed == 1
