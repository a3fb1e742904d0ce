"""``weshop mock`` and ``weshop mock record`` on the command line."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from weshop.cli import build_parser, main
from weshop.cli._mock import parse_fault
from weshop.mock import FaultRule

from .._processes import default_sigint
from .conformance import Conformance


@contextmanager
def command(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Run ``python -m weshop ARGS``; yield the process and the URL it prints first."""
    process = subprocess.Popen(
        [sys.executable, "-m", "weshop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,  # it is stopped with SIGINT
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        yield process, url
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_weshop_mock_prints_its_base_url_and_serves(conformance: Conformance) -> None:
    with command("mock", "--port", "0", "--speed", "100", "--seed", "3") as (process, url):
        assert url.startswith("http://127.0.0.1:")
        assert url.endswith("/openapi")
        with httpx.Client(
            base_url=url,
            headers={"Authorization": "cli-key"},
            event_hooks={"response": [conformance.check]},
        ) as client:
            info = client.get(
                "/v1/agent/info", params={"agentName": "aimodel", "agentVersion": "v1.0"}
            )
            assert info.status_code == 200
            assert client.get("/agent/runs/xxx").status_code == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        assert process.stderr is not None
        assert "cli-key" not in process.stderr.read()


def test_weshop_mock_picks_a_new_seed_per_start() -> None:
    """Execution ids (and so downloaded file names) differ between sessions unless a seed
    is given; the seed chosen is printed, so a session can be replayed."""
    seeds = []
    for _ in range(2):
        with command("mock", "--port", "0", "--speed", "100") as (process, url):
            assert url.startswith("http://127.0.0.1:")
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=10) == 0
            assert process.stderr is not None
            found = re.search(r"seed (\d+) \(replay with --seed \1\)", process.stderr.read())
            assert found is not None
            seeds.append(found.group(1))
    assert seeds[0] != seeds[1]


def test_weshop_mock_takes_faults_and_keys() -> None:
    args = (
        "mock",
        "--port",
        "0",
        "--api-key",
        "only-this",
        "--fault",
        "rate_limit,operations=getRun,retry_after=0",
        "--fault-sequence",
        "none,server_error",
    )
    with command(*args) as (_, url):
        with httpx.Client(base_url=url, headers={"Authorization": "only-this"}) as client:
            assert client.get("/agent/runs/x").status_code == 404  # script: no fault
            assert client.get("/agent/runs/x").status_code == 500  # script: server_error
            assert client.get("/agent/runs/x").status_code == 429  # then the rate rule
            assert (
                client.get("/v1/agent/info?agentName=aipose&agentVersion=v1.0").status_code == 200
            )
        assert (
            httpx.get(url + "/agent/runs/x", headers={"Authorization": "other"}).status_code == 401
        )


def test_weshop_mock_record_writes_redacted_recordings(tmp_path: Path) -> None:
    with (
        command("mock", "--port", "0", "--speed", "100") as (_, upstream),
        command(
            "mock", "record", "--upstream", upstream, "--out", str(tmp_path), "--port", "0"
        ) as (_, proxy),
    ):
        response = httpx.get(proxy + "/agent/runs/xxx", headers={"Authorization": "rec-secret"})
        assert response.status_code == 200
    (recording,) = tmp_path.glob("*.json")
    text = recording.read_text()
    assert "rec-secret" not in text
    assert json.loads(text)["exchanges"][0]["request"]["headers"]["authorization"] == "<redacted>"


def test_python_dash_m_weshop_without_a_command_shows_help() -> None:
    result = subprocess.run([sys.executable, "-m", "weshop"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "mock" in result.stderr


def test_non_loopback_hosts_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mock", "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "--allow-non-loopback" in capsys.readouterr().err
    assert (
        main(
            [
                "mock",
                "record",
                "--upstream",
                "http://127.0.0.1:1/openapi",
                "--out",
                "x",
                "--host",
                "192.168.1.10",
            ]
        )
        == 2
    )


def test_bad_options_fail_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mock", "--port", "0", "--fault", "explode"]) == 1
    assert "unknown fault kind" in capsys.readouterr().err
    assert main(["mock", "--port", "0", "--speed", "-1"]) == 1
    assert main(["mock", "--port", "0", "--recordings", "/nonexistent/dir"]) == 1


def test_a_busy_port_fails_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    with command("mock", "--port", "0") as (_, url):
        port = url.rsplit(":", 1)[1].split("/")[0]
        assert main(["mock", "--port", port]) == 1
    assert "weshop mock:" in capsys.readouterr().err


def test_parse_fault() -> None:
    assert parse_fault("drop") == FaultRule("drop")
    rule = parse_fault("server_error, rate=0.5, operations=createRun+getRun, count=3, status=503")
    assert rule == FaultRule(
        "server_error", rate=0.5, count=3, status=503, operations=frozenset({"createRun", "getRun"})
    )
    with pytest.raises(ValueError, match="key=value"):
        parse_fault("slow,delay")
    with pytest.raises(ValueError, match="unknown fault option"):
        parse_fault("slow,speed=3")


def test_the_parser_is_open_to_more_subcommands() -> None:
    parser = build_parser()
    args = parser.parse_args(["mock", "record", "--upstream", "http://x", "--out", "d"])
    assert args.command == "mock"
    assert args.mock_command == "record"
    assert args.port == 8766
    assert parser.parse_args(["mock"]).port == 8765


@pytest.mark.parametrize("upstream", ["http://example.com/openapi", "https://evil.example/openapi"])
def test_record_refuses_an_untrusted_upstream(
    upstream: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["mock", "record", "--upstream", upstream, "--out", str(tmp_path), "--port", "0"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("weshop mock record: --upstream: refusing to send the API key")
    assert err.count("\n") == 1
    assert "--trusted-host" in err
    assert list(tmp_path.iterdir()) == []


def test_record_refuses_allow_non_loopback(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["mock", "record", "--upstream", "http://127.0.0.1:1/openapi", "--out", "x"]
    assert main([*args, "--allow-non-loopback"]) == 2
    assert "loopback only" in capsys.readouterr().err
    assert main([*args, "--host", "0.0.0.0", "--allow-non-loopback"]) == 2


def test_record_accepts_a_trusted_host(tmp_path: Path) -> None:
    # The named https host passes the check; the proxy starts (nothing is sent until a
    # request comes).
    with command(
        "mock",
        "record",
        "--upstream",
        "https://recorder.example/openapi",
        "--trusted-host",
        "recorder.example",
        "--out",
        str(tmp_path),
        "--port",
        "0",
    ) as (process, url):
        assert url.startswith("http://127.0.0.1:")
        assert process.poll() is None
