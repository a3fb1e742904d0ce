"""Fault injection: each kind, rates (seeded), counts, operation filters and scripts."""

from __future__ import annotations

import time

import httpx
import pytest

from weshop.mock import FaultRule, MockServer, MockSettings

from .conftest import ClientFactory
from .helpers import FAST, run_body

INFO = {"agentName": "aimodel", "agentVersion": "v1.0", "pageSize": "1"}


def test_rate_limit_answers_429_with_retry_after(make_client: ClientFactory) -> None:
    with MockServer(faults=[FaultRule("rate_limit", retry_after=2.5)]) as mock:
        client = make_client(mock.base_url)
        response = client.post("/agent/runs", json=run_body())
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "3"  # the spec's header is an integer
        error = response.json()["error"]
        assert error["retryable"] is True
        assert error["code"] == "RATE_LIMITED"
        legacy = client.post("/v1/agent/task/query", json={"taskId": "t"})
        assert legacy.status_code == 429
        assert legacy.json()["success"] is False
        assert mock.stats.run_creations == 0
        assert mock.stats.faults["rate_limit"] == 2


def test_server_error_is_retryable(make_client: ClientFactory) -> None:
    with MockServer(faults=[FaultRule("server_error")]) as mock:
        response = make_client(mock.base_url).get("/agent/runs/x")
        assert response.status_code == 500
        assert response.json()["error"]["retryable"] is True


def test_server_error_may_use_another_5xx(make_client: ClientFactory) -> None:
    # 503 is not declared by the spec: asked for explicitly, the mock answers it anyway.
    with MockServer(faults=[FaultRule("server_error", status=503)]) as mock:
        client = httpx.Client(base_url=mock.base_url, headers={"Authorization": "k"})
        with client:
            response = client.get("/agent/runs/x")
        assert response.status_code == 503
        assert response.json()["error"]["retryable"] is True


def test_slow_answers_after_the_delay(make_client: ClientFactory) -> None:
    with MockServer(faults=[FaultRule("slow", delay=0.3)]) as mock:
        client = make_client(mock.base_url)
        started = time.monotonic()
        response = client.get("/v1/agent/info", params=INFO)
        assert response.status_code == 200
        assert time.monotonic() - started >= 0.3
        with pytest.raises(httpx.ReadTimeout):
            client.get("/v1/agent/info", params=INFO, timeout=0.05)


def test_drop_closes_the_connection_without_an_answer_or_a_run(
    make_client: ClientFactory,
) -> None:
    with MockServer(faults=[FaultRule("drop", count=1)]) as mock:
        client = make_client(mock.base_url)
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.post("/agent/runs", json=run_body())
        assert mock.stats.run_creations == 0
        assert client.post("/agent/runs", json=run_body()).status_code == 200
        assert mock.stats.run_creations == 1


def test_drop_after_processes_then_drops(make_client: ClientFactory) -> None:
    rule = FaultRule("drop_after", operations=frozenset({"createTask"}), count=1)
    with MockServer(faults=[rule]) as mock:
        client = make_client(mock.base_url, "drop-after-key")
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(
                "/v1/agent/task/create", json={"agentName": "aimodel", "agentVersion": "v1.0"}
            )
        assert len(mock.state.tasks) == 1


def test_run_failed_through_the_task_api(make_client: ClientFactory) -> None:
    with MockServer(speed=FAST, fault_sequence=[None, "run_failed"]) as mock:
        client = make_client(mock.base_url)
        task = client.post(
            "/v1/agent/task/create", json={"agentName": "aipose", "agentVersion": "v1.0"}
        )
        task_id = task.json()["data"]["taskId"]
        params = {"textDescription": "jump"}
        executed = client.post("/v1/agent/task/execute", json={"taskId": task_id, "params": params})
        execution_id = executed.json()["data"]["executionId"]
        done = mock.completion_time
        deadline = time.monotonic() + 5
        while done(execution_id) is None and time.monotonic() < deadline:
            time.sleep(0.01)
        query = client.post("/v1/agent/task/query", json={"executionId": execution_id}).json()
        assert query["data"]["executions"][0]["status"] == "Failed"
        assert query["data"]["executions"][0]["error"]


def test_run_failed_only_touches_run_creating_requests(make_client: ClientFactory) -> None:
    with MockServer(faults=[FaultRule("run_failed", count=1)]) as mock:
        client = make_client(mock.base_url)
        assert client.get("/v1/agent/info", params=INFO).status_code == 200
        assert mock.stats.faults["run_failed"] == 0
        client.post("/agent/runs", json=run_body())
        assert mock.stats.faults["run_failed"] == 1


def pattern(seed: int, rate: float, n: int, make_client: ClientFactory) -> list[int]:
    rule = FaultRule("server_error", rate=rate)
    with MockServer(MockSettings(seed=seed, faults=[rule])) as mock:
        client = make_client(mock.base_url)
        return [client.get("/agent/runs/x").status_code for _ in range(n)]


def test_rates_are_seeded_and_roughly_honoured(make_client: ClientFactory) -> None:
    first = pattern(7, 0.3, 200, make_client)
    assert first == pattern(7, 0.3, 200, make_client)
    assert first != pattern(8, 0.3, 200, make_client)
    failures = first.count(500)
    assert 35 <= failures <= 85
    assert set(first) == {404, 500}


def test_count_stops_a_rule(make_client: ClientFactory) -> None:
    with MockServer(faults=[FaultRule("server_error", count=2)]) as mock:
        client = make_client(mock.base_url)
        statuses = [client.get("/agent/runs/x").status_code for _ in range(4)]
    assert statuses == [500, 500, 404, 404]


def test_operations_restrict_a_rule(make_client: ClientFactory) -> None:
    rule = FaultRule("rate_limit", operations=frozenset({"getRun"}))
    with MockServer(faults=[rule]) as mock:
        client = make_client(mock.base_url)
        assert client.get("/agent/runs/x").status_code == 429
        assert client.get("/v1/agent/info", params=INFO).status_code == 200


def test_downloads_are_faulted_only_when_named(make_client: ClientFactory) -> None:
    with MockServer(speed=FAST, run_duration=(0.0, 0.0)) as mock:
        client = make_client(mock.base_url)
        execution_id = client.post("/agent/runs", json=run_body(batchCount=1)).json()["data"][
            "executionId"
        ]
        url = client.get(f"/agent/runs/{execution_id}").json()["data"]["executions"][0]["result"][
            0
        ]["image"]
        mock.set_faults(faults=[FaultRule("server_error")])
        assert client.get(url).status_code == 200
        mock.set_faults(faults=[FaultRule("server_error", operations=frozenset({"downloadFile"}))])
        assert client.get(url).status_code == 500
        mock.set_faults(faults=[FaultRule("drop", operations=frozenset({"downloadFile"}))])
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(url)
        mock.set_faults()
        assert client.get(url).status_code == 200


def test_a_scripted_sequence_is_consumed_in_order(make_client: ClientFactory) -> None:
    script: list[str | FaultRule | None] = [
        "rate_limit",
        None,
        "server_error",
        FaultRule("rate_limit", retry_after=0),
    ]
    rate_rule = FaultRule("server_error", rate=1.0)
    with MockServer(fault_sequence=script, faults=[rate_rule]) as mock:
        client = make_client(mock.base_url)
        responses = [client.get("/agent/runs/x") for _ in range(6)]
    assert [r.status_code for r in responses] == [429, 404, 500, 429, 500, 500]
    assert responses[0].headers["Retry-After"] == "1"
    assert responses[3].headers["Retry-After"] == "0"


def test_a_script_can_target_operations(make_client: ClientFactory) -> None:
    with MockServer(
        speed=FAST, fault_sequence=["server_error", "drop"], sequence_operations={"createRun"}
    ) as mock:
        client = make_client(mock.base_url)
        assert client.get("/agent/runs/x").status_code == 404  # not createRun: untouched
        assert client.post("/agent/runs", json=run_body()).status_code == 500
        assert client.get("/agent/runs/x").status_code == 404
        with pytest.raises(httpx.TransportError):
            client.post("/agent/runs", json=run_body())
        assert client.post("/agent/runs", json=run_body()).status_code == 200


def test_set_faults_replaces_the_configuration(make_client: ClientFactory) -> None:
    with MockServer() as mock:
        client = make_client(mock.base_url)
        assert client.get("/agent/runs/x").status_code == 404
        mock.set_faults(fault_sequence=["server_error"])
        assert client.get("/agent/runs/x").status_code == 500
        assert client.get("/agent/runs/x").status_code == 404
        mock.set_faults(faults=[FaultRule("rate_limit")])
        assert client.get("/agent/runs/x").status_code == 429


def test_bad_fault_configurations_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        FaultRule("explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rate"):
        FaultRule("drop", rate=1.5)
    with pytest.raises(ValueError, match="5xx"):
        FaultRule("server_error", status=404)
    with pytest.raises(ValueError, match="unknown fault kind"):
        MockSettings(fault_sequence=["nope"])
