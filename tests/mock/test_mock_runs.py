"""Run lifecycle: states in order, rising progress, results, result files, failures."""

from __future__ import annotations

import io
import time
from typing import Any

import httpx
from PIL import Image

from weshop.mock import FaultRule, MockServer

from .conftest import ClientFactory
from .helpers import FAST, run_body

TERMINAL = {"Success", "Failed"}


def poll(client: httpx.Client, execution_id: str, timeout: float = 10.0) -> list[dict[str, Any]]:
    """Every execution snapshot until the run is terminal."""
    snapshots: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = client.get(f"/agent/runs/{execution_id}")
        assert response.status_code == 200
        body = response.json()
        assert body["meta"] == {"executionId": execution_id}
        (execution,) = body["data"]["executions"]
        snapshots.append(execution)
        if execution["status"] in TERMINAL:
            return snapshots
        time.sleep(0.003)
    raise AssertionError(f"run {execution_id} did not finish: {snapshots[-1]}")


def start(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/agent/runs", json=body)
    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload["success"] is True
    assert payload["meta"]["executionId"] == payload["data"]["executionId"]
    data: dict[str, Any] = payload["data"]
    return data


def test_run_goes_through_states_in_order_with_rising_progress(
    make_client: ClientFactory,
) -> None:
    # A 1 s run: Pending 0.1 s, Segmenting 0.2 s, Running 0.7 s — wide enough phases for a
    # poll loop on a busy machine to see each one.
    with MockServer(speed=10, run_duration=(10.0, 10.0)) as mock:
        client = make_client(mock.base_url)
        created = start(client, run_body(batchCount=3))
        snapshots = poll(client, created["executionId"])
    order = ["Pending", "Segmenting", "Running", "Success"]
    seen = list(dict.fromkeys(s["status"] for s in snapshots))
    assert seen == order
    running = [s for s in snapshots if s["status"] == "Running"]
    totals = [sum(float(item["progress"]) for item in s["result"]) for s in running]
    assert totals == sorted(totals)
    assert totals[0] < totals[-1]
    assert all(0 <= float(i["progress"]) <= 1 for s in running for i in s["result"])
    final = snapshots[-1]
    assert len(final["result"]) == 3
    assert all(item["status"] == "Success" and item["image"] for item in final["result"])


def test_no_segmenting_without_an_automatic_mask(client: httpx.Client) -> None:
    created = start(client, run_body("aipose"))
    statuses = {s["status"] for s in poll(client, created["executionId"])}
    assert "Segmenting" not in statuses
    assert "Success" in statuses


def test_batch_count_defaults_to_the_spec_default_of_four(client: httpx.Client) -> None:
    created = start(client, run_body())
    final = poll(client, created["executionId"])[-1]
    assert final["status"] == "Success"
    assert len(final["result"]) == 4


def test_run_data_echoes_agent_input_and_params(client: httpx.Client) -> None:
    body = run_body("removeBG", backgroundId=306, batchCount=1)
    created = start(client, body)
    assert created["taskId"]
    assert created["powerConsumption"] > 0
    assert created["powerBalanceAmount"] >= 0
    response = client.get(f"/agent/runs/{created['executionId']}").json()["data"]
    assert response["agentName"] == "removeBG"
    assert response["agentVersion"] == "v1.0"
    assert response["initParams"]["originalImage"] == body["input"]["originalImage"]
    assert response["executions"][0]["params"] == body["params"]


def test_result_images_are_real_images_served_without_auth(
    shared_mock: MockServer, client: httpx.Client
) -> None:
    created = start(client, run_body(batchCount=2, resultImageFormat="jpg"))
    final = poll(client, created["executionId"])[-1]
    before = shared_mock.stats.authorized_file_downloads
    for item in final["result"]:
        assert item["image"].endswith(".jpg")
        with httpx.Client(trust_env=False) as anonymous:
            download = anonymous.get(item["image"])
        assert download.status_code == 200
        assert download.headers["content-type"] == "image/jpeg"
        with Image.open(io.BytesIO(download.content)) as image:
            assert image.format == "JPEG"
            assert image.size == (64, 64)
    assert shared_mock.stats.authorized_file_downloads == before
    # The same download with the key attached is counted (a correct client never does it).
    assert client.get(final["result"][0]["image"]).status_code == 200
    assert shared_mock.stats.authorized_file_downloads == before + 1
    assert shared_mock.stats.requests["downloadFile"] >= 3


def test_result_files_do_not_exist_before_success(make_client: ClientFactory) -> None:
    with MockServer(speed=1.0, run_duration=(30.0, 30.0)) as mock:
        client = make_client(mock.base_url)
        created = start(client, run_body(batchCount=1))
        url = f"{mock.base_url}/files/results/{created['executionId']}-0.png"
        assert client.get(url).status_code == 404
        assert client.get(f"{mock.base_url}/files/results/nope-0.png").status_code == 404
        assert client.get(f"{mock.base_url}/files/whatever/x").status_code == 404
        assert mock.completion_time(created["executionId"]) is None


def test_completion_time_is_reported_once_terminal(make_client: ClientFactory) -> None:
    with MockServer(speed=20, run_duration=(10.0, 10.0)) as mock:  # 0.5 s runs
        client = make_client(mock.base_url)
        created = start(client, run_body(batchCount=1))
        assert mock.completion_time(created["executionId"]) is None
        final = poll(client, created["executionId"])[-1]
        assert final["status"] == "Success"
        done = mock.completion_time(created["executionId"])
        assert done is not None
        assert done <= time.monotonic()
        assert mock.completion_time("no-such-run") is None


def test_run_failed_fault_ends_the_run_failed_with_an_error(make_client: ClientFactory) -> None:
    fault = FaultRule("run_failed", operations=frozenset({"createRun"}))
    with MockServer(speed=FAST, faults=[fault]) as mock:
        client = make_client(mock.base_url)
        created = start(client, run_body(batchCount=2))
        snapshots = poll(client, created["executionId"])
        assert mock.completion_time(created["executionId"]) is not None
    final = snapshots[-1]
    assert final["status"] == "Failed"
    assert final["error"]
    assert all(item["status"] == "Failed" and item["error"] for item in final["result"])
    # A failing run never shows a finished item on its way.
    assert not any(i["status"] == "Success" for s in snapshots for i in s["result"])


def test_runs_are_private_to_their_api_key(
    shared_mock: MockServer, make_client: ClientFactory, client: httpx.Client
) -> None:
    created = start(client, run_body(batchCount=1))
    other = make_client(shared_mock.base_url, "someone-else-entirely")
    response = other.get(f"/agent/runs/{created['executionId']}")
    assert response.status_code == 404


def test_a_thousand_concurrent_runs_cost_no_timers(make_client: ClientFactory) -> None:
    with MockServer(speed=1.0, run_duration=(60.0, 60.0)) as mock:
        client = make_client(mock.base_url)
        ids = [start(client, run_body(batchCount=1))["executionId"] for _ in range(1000)]
        assert mock.stats.run_creations == 1000
        # Still quick to read, and every run still pending or running: no work per run.
        statuses = {
            client.get(f"/agent/runs/{i}").json()["data"]["executions"][0]["status"]
            for i in ids[:50]
        }
    assert statuses <= {"Pending", "Segmenting", "Running"}


def test_power_estimate_is_deterministic(client: httpx.Client) -> None:
    first = client.post("/agent/power-estimates", json=run_body(batchCount=2)).json()
    again = client.post("/agent/power-estimates", json=run_body(batchCount=2)).json()
    more = client.post("/agent/power-estimates", json=run_body(batchCount=4)).json()
    assert first == again
    assert first["data"]["isEstimated"] is True
    assert more["data"]["totalPower"] == 2 * first["data"]["totalPower"]
    # An undocumented agent is estimated too (AgentName is an open enum).
    unknown = client.post("/agent/power-estimates", json=run_body("nosuchagent"))
    assert unknown.status_code == 200
    assert unknown.json()["data"]["totalPower"] > 0
