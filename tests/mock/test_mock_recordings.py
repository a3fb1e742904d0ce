"""Recordings: packaged ones name their source and replay; record mode redacts the key."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import httpx
import pytest

from weshop.errors import UntrustedHostError
from weshop.mock import MockServer, RecordingProxy
from weshop.mock._recording import FORMAT, RecordingWriter, load_recordings

from .conftest import ClientFactory
from .helpers import FAST, image_bytes, run_body, wait_until

PACKAGED = Path(__file__).resolve().parents[2] / "weshop" / "mock" / "recordings"
DOCUMENTS = (
    "agent-openapi-integration-2026-04.txt",
    "v1-api-reference-2024-06.txt",
    "v1-agents-reference-2025-05.txt",
)


def test_packaged_recordings_are_readable_and_name_their_source() -> None:
    files = sorted(PACKAGED.glob("*.json"))
    assert len(files) >= 5
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["format"] == FORMAT
        assert any(name in document["source"] for name in DOCUMENTS), path.name
        for exchange in document.get("exchanges", []):
            assert any(name in exchange["source"] for name in DOCUMENTS), path.name


def test_the_documented_examples_are_replayed(
    shared_mock: MockServer, client: httpx.Client
) -> None:
    run = client.get("/agent/runs/xxx").json()
    assert run["data"]["executions"][0]["executionId"] == "xxx"
    query = client.post("/v1/agent/task/query", json={"taskId": "<task id>"}).json()
    assert query["data"]["executions"][0]["executionTime"] == "2023-11-27 18:51:35"
    executed = client.post(
        "/v1/agent/task/execute",
        json={
            "taskId": "<task id>",
            "params": {
                "generatedContent": "freeCreation",
                "maskType": "autoApparelSegment",
                "locationId": 2002093,
            },
        },
    )
    assert executed.json()["data"] == {"executionId": "<execution id>"}
    model = client.get("/v1/agent/myFashionModel/query", params={"fashionModelId": "<My model Id>"})
    assert model.json()["data"]["name"] == "fashionModelName"
    # Replay still demands a key.
    assert httpx.get(shared_mock.base_url + "/agent/runs/xxx").status_code == 401


def test_a_recordings_directory_replaces_the_packaged_exchanges(
    tmp_path: Path, make_client: ClientFactory
) -> None:
    with MockServer(recordings=tmp_path) as mock:
        client = make_client(mock.base_url)
        assert client.get("/agent/runs/xxx").status_code == 404
        # Catalogues the directory lacks fall back to the packaged ones.
        info = client.get(
            "/v1/agent/info", params={"agentName": "removeBG", "agentVersion": "v1.0"}
        )
        assert info.json()["data"]["backgrounds"][0]["name"] == "Transparent"


def test_a_broken_recording_is_reported_at_start(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.json"):
        load_recordings(tmp_path)
    (tmp_path / "bad.json").write_text('{"source": "x"}', encoding="utf-8")
    with pytest.raises(ValueError, match="format"):
        load_recordings(tmp_path)
    with pytest.raises(ValueError, match="does not exist"):
        load_recordings(tmp_path / "missing")


def test_record_then_replay_with_the_key_redacted(
    tmp_path: Path, make_client: ClientFactory
) -> None:
    key = "sk-live-S3CRET/key+with=odd&chars"
    out = tmp_path / "recorded"
    with MockServer(speed=FAST) as upstream, RecordingProxy(upstream.base_url, out) as proxy:
        client = make_client(proxy.base_url, key)
        upload = client.post(
            "/agent/assets/images", files={"image": ("a.png", image_bytes(700, 700))}
        )
        assert upload.status_code == 200
        # The key hides in a body (echoed back by every poll), a header and a URL.
        body = run_body(batchCount=1, textDescription=f"my key is {key}")
        created = client.post("/agent/runs", json=body, headers={"Idempotency-Key": "rec-1"})
        assert created.status_code == 200
        execution_id = created.json()["data"]["executionId"]

        def finished() -> bool:
            response = client.get(f"/agent/runs/{execution_id}")
            return bool(response.json()["data"]["executions"][0]["status"] == "Success")

        assert wait_until(finished)
        assert client.get(f"/agent/runs/{urllib.parse.quote(key, safe='')}").status_code == 404
        assert (
            client.get(
                "/v1/agent/info",
                params={"agentName": "aipose", "agentVersion": "v1.0", "note": key},
            ).status_code
            == 200
        )
        assert make_client(proxy.base_url, None).get("/agent/runs/x").status_code == 401
        assert upstream.stats.run_creations == 1

    files = sorted(out.glob("*.json"))
    assert len(files) >= 6
    forms = {key, urllib.parse.quote(key, safe=""), urllib.parse.quote_plus(key)}
    for path in files:
        text = path.read_text(encoding="utf-8")
        for form in forms:
            assert form not in text, path.name
        document = json.loads(text)
        assert document["format"] == FORMAT
        exchange = document["exchanges"][0]
        if "authorization" in exchange["request"]["headers"]:
            assert exchange["request"]["headers"]["authorization"] == "<redacted>"
    operations = [json.loads(p.read_text())["exchanges"][0]["operationId"] for p in files]
    assert operations[:2] == ["uploadImage", "createRun"]
    assert "getRun" in operations
    uploaded = json.loads(files[0].read_text())["exchanges"][0]["request"]["body"]
    assert uploaded["multipart"][0]["name"] == "image"  # a summary, not the bytes

    # Replay: the upstream is gone; the recordings answer the same requests.
    with MockServer(recordings=out) as replay:
        client = make_client(replay.base_url, key)
        again = client.post("/agent/runs", json=body, headers={"Idempotency-Key": "rec-1"})
        assert again.json() == created.json()
        statuses = [
            client.get(f"/agent/runs/{execution_id}").json()["data"]["executions"][0]["status"]
            for _ in range(len(operations) + 2)
        ]
        assert statuses[-1] == "Success"  # the last recorded poll repeats
        assert replay.stats.run_creations == 0
        # Something never recorded is served by the engine.
        assert client.get("/agent/runs/never-recorded").status_code == 404


def test_record_mode_refuses_bad_upstreams(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="http"):
        RecordingProxy("ftp://example.com", tmp_path)
    with pytest.raises(ValueError, match="non-loopback"):
        RecordingProxy("http://127.0.0.1:1/openapi", tmp_path, host="0.0.0.0")


@pytest.mark.parametrize(
    "upstream",
    [
        "http://example.com/openapi",
        "https://evil.example/openapi",
        "http://openapi.weshop.ai/openapi",  # the official host, but over plain http
        "https://user:pw@openapi.weshop.ai/openapi",
    ],
)
def test_record_mode_sends_the_key_only_to_a_trusted_upstream(
    tmp_path: Path, upstream: str
) -> None:
    # The facade's own rule: the caller's Authorization must not be relayed elsewhere.
    with pytest.raises(UntrustedHostError):
        RecordingProxy(upstream, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_record_mode_accepts_the_official_host_and_named_https_hosts(tmp_path: Path) -> None:
    RecordingProxy("https://openapi.weshop.ai/openapi", tmp_path)
    RecordingProxy("https://evil.example/openapi", tmp_path, trusted_hosts=["evil.example"])
    with pytest.raises(UntrustedHostError, match="plain http"):
        RecordingProxy("http://evil.example/openapi", tmp_path, trusted_hosts=["evil.example"])


def test_record_mode_reports_an_unreachable_upstream(tmp_path: Path) -> None:
    with RecordingProxy("http://127.0.0.1:9/openapi", tmp_path) as proxy:
        response = httpx.get(proxy.base_url + "/agent/runs/x", headers={"Authorization": "k"})
    assert response.status_code == 502
    assert list(tmp_path.glob("*.json")) == []


def test_the_writer_redacts_every_json_escape_of_the_key(tmp_path: Path) -> None:
    # An upstream may escape "/" as "\/" or any character as "\uXXXX" inside JSON text.
    key = "sk/live+key"
    escaped = key.replace("/", "\\/")
    unicode_escaped = "".join(f"\\u{ord(char):04x}" for char in key)
    writer = RecordingWriter(tmp_path, "http://127.0.0.1:1/openapi")
    body_text = f'{{"a": "{escaped}", "b": "{unicode_escaped}"}}'
    exchange = {
        "operationId": "getRun",
        "request": {"method": "GET", "path": f"/openapi/agent/runs/{key}"},
        "response": {"status": 200, "bodyText": body_text},
    }
    text = writer.write(exchange, [key]).read_text(encoding="utf-8")
    recorded = json.loads(text)["exchanges"][0]
    assert recorded["request"]["path"] == "/openapi/agent/runs/<redacted>"
    assert recorded["response"]["bodyText"] == '{"a": "<redacted>", "b": "<redacted>"}'
    assert key not in text
