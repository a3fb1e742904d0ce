"""The CLI never prints a traceback (issue 19): a hostile answer or a bug becomes one
line, the ``--json`` document and a documented exit status; ``batch`` records a row's
unexpected error and goes on, and always writes its summary and results manifest."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from weshop.cli._batch_engine import Batch
from weshop.cli._manifest import ManifestRow

from .conftest import CLI, InProcess
from .test_batch import read_jsonl, write_manifest


@pytest.fixture
def nested_server() -> Iterator[str]:
    """A loopback server answering every request with JSON nested 100,000 deep."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"success":true,"data":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/openapi"
    server.shutdown()
    server.server_close()


def test_status_json_of_a_deeply_nested_answer(cli: CLI, nested_server: str) -> None:
    result = cli.run("status", "e", "--json", env={"WESHOP_BASE_URL": nested_server})
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    document = result.json()
    assert document["error"]["type"] == "APIError"


def test_a_bug_is_one_line_and_the_json_document(
    in_process: InProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weshop._sync.runs import Runs

    def broken(self: Runs, execution_id: str) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(Runs, "get", broken)
    result = in_process("status", "e", "--json")
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert "unexpected error (RuntimeError: a bug)" in result.stderr
    assert result.json()["error"]["type"] == "RuntimeError"


def test_batch_records_an_unexpected_row_error_and_goes_on(
    in_process: InProcess, monkeypatch: pytest.MonkeyPatch, workdir: Path
) -> None:
    manifest = write_manifest(workdir, 4)
    process = Batch.process

    async def flaky(self: Batch, client: object, row: ManifestRow) -> bool:
        if row.row == 2:
            raise RecursionError("maximum recursion depth exceeded")
        return await process(self, client, row)  # type: ignore[arg-type]

    monkeypatch.setattr(Batch, "process", flaky)
    result = in_process("batch", str(manifest), "--json")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1  # rows that did not finish
    summary = result.json()
    assert summary["succeeded"] == 3
    assert summary["errors"] == 1
    results = read_jsonl(workdir / "shots.jsonl.results.jsonl")
    assert len(results) == 4
    failed = next(record for record in results if record["row"] == 2)
    assert "RecursionError" in json.dumps(failed)
