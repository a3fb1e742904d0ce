"""Callbacks: POSTed on completion to loopback receivers, retried unless SUCCESS."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from weshop._spec import spec_validator
from weshop.mock import FaultRule, MockServer

from .conftest import ClientFactory
from .helpers import FAST, run_body, wait_until


class Receiver:
    """A tiny loopback HTTP server that records POSTs and answers a fixed body."""

    def __init__(self, answer: str = "SUCCESS", status: int = 200) -> None:
        self.answer = answer
        self.status = status
        self.received: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                receiver.received.append(
                    {"path": self.path, "body": body, "type": self.headers.get("Content-Type")}
                )
                payload = receiver.answer.encode()
                self.send_response(receiver.status)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fast_mock() -> Iterator[MockServer]:
    with MockServer(speed=FAST) as mock:
        yield mock


def test_success_on_the_first_attempt(fast_mock: MockServer, make_client: ClientFactory) -> None:
    client = make_client(fast_mock.base_url)
    with Receiver("SUCCESS") as receiver:
        body = {**run_body(batchCount=2), "callbackUrl": receiver.url}
        execution_id = client.post("/agent/runs", json=body).json()["data"]["executionId"]
        assert wait_until(lambda: len(receiver.received) >= 1)
        time.sleep(0.2)  # would be time enough for retries, were any due
    assert len(receiver.received) == 1
    call = receiver.received[0]
    assert call["path"] == "/hook"
    assert call["type"] == "application/json"
    payload = call["body"]
    assert spec_validator().violations("RunEnvelope", payload) == []
    execution = payload["data"]["executions"][0]
    assert execution["executionId"] == execution_id
    assert execution["status"] == "Success"
    assert len(execution["result"]) == 2
    assert fast_mock.stats.callbacks_delivered >= 1
    # The callback went out when the run completed, not later.
    done = fast_mock.completion_time(execution_id)
    assert done is not None


def test_three_attempts_when_the_receiver_does_not_say_success(
    fast_mock: MockServer, make_client: ClientFactory
) -> None:
    client = make_client(fast_mock.base_url)
    with Receiver("OK, thanks") as receiver:
        body = {**run_body(batchCount=1), "callbackUrl": receiver.url}
        client.post("/agent/runs", json=body)
        assert wait_until(lambda: len(receiver.received) >= 3)
        time.sleep(0.3)
    assert len(receiver.received) == 3
    assert all(r["body"] == receiver.received[0]["body"] for r in receiver.received)


def test_the_body_decides_and_unreachable_receivers_get_three_attempts(
    fast_mock: MockServer, make_client: ClientFactory
) -> None:
    client = make_client(fast_mock.base_url)
    with Receiver("SUCCESS", status=500) as receiver:
        # Status aside, the body says SUCCESS: the documents only ask for that body.
        client.post("/agent/runs", json={**run_body(batchCount=1), "callbackUrl": receiver.url})
        assert wait_until(lambda: len(receiver.received) >= 1)
    before = fast_mock.stats.callback_attempts
    client.post(
        "/agent/runs",
        json={**run_body(batchCount=1), "callbackUrl": "http://127.0.0.1:9/nothing-listens"},
    )
    assert wait_until(lambda: fast_mock.stats.callback_attempts >= before + 3)
    time.sleep(0.2)
    assert fast_mock.stats.callback_attempts == before + 3


def test_task_api_callbacks_carry_the_task_query_envelope(
    fast_mock: MockServer, make_client: ClientFactory
) -> None:
    client = make_client(fast_mock.base_url)
    task_id = client.post(
        "/v1/agent/task/create", json={"agentName": "removeBG", "agentVersion": "v1.0"}
    ).json()["data"]["taskId"]
    with Receiver() as receiver:
        client.post(
            "/v1/agent/task/execute",
            json={
                "taskId": task_id,
                "callbackUrl": receiver.url,
                "params": {"maskType": "autoSubjectSegment", "backgroundId": 306},
            },
        )
        assert wait_until(lambda: len(receiver.received) >= 1)
    payload = receiver.received[0]["body"]
    assert spec_validator().violations("TaskQueryEnvelope", payload) == []
    assert payload["code"] == "0"
    assert payload["data"]["agentName"] == "removeBG"


def test_failed_runs_are_called_back_too(make_client: ClientFactory) -> None:
    with MockServer(speed=FAST, faults=[FaultRule("run_failed")]) as mock, Receiver() as receiver:
        client = make_client(mock.base_url)
        client.post("/agent/runs", json={**run_body(), "callbackUrl": receiver.url})
        assert wait_until(lambda: len(receiver.received) >= 1)
    assert receiver.received[0]["body"]["data"]["executions"][0]["status"] == "Failed"


def test_deleted_runs_are_not_called_back(make_client: ClientFactory) -> None:
    with MockServer(speed=2.0) as mock, Receiver() as receiver:
        client = make_client(mock.base_url)
        created = client.post("/agent/runs", json={**run_body(), "callbackUrl": receiver.url})
        client.post("/v1/agent/task/delete", json={"taskId": created.json()["data"]["taskId"]})
        time.sleep(0.1)
    assert receiver.received == []


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/hook",
        "http://10.0.0.1/hook",
        "http://169.254.169.254/latest",
        "http://localhost.example.com/",
        "http://[::ffff:8.8.8.8]/",
    ],
)
def test_non_loopback_callbacks_are_accepted_but_never_called(
    fast_mock: MockServer, make_client: ClientFactory, url: str
) -> None:
    # A schema-valid callbackUrl is accepted, as the service would accept it; the mock
    # never calls out, so the callback is skipped (and counted), never attempted.
    client = make_client(fast_mock.base_url)
    response = client.post("/agent/runs", json={**run_body(batchCount=1), "callbackUrl": url})
    assert response.status_code == 200
    run_id = response.json()["data"]["executionId"]
    task_id = client.post(
        "/v1/agent/task/create", json={"agentName": "aipose", "agentVersion": "v1.0"}
    ).json()["data"]["taskId"]
    execute = client.post(
        "/v1/agent/task/execute",
        json={"taskId": task_id, "callbackUrl": url, "params": {"textDescription": "x"}},
    )
    assert execute.status_code == 200
    execution_id = execute.json()["data"]["executionId"]
    assert fast_mock.stats.callbacks_skipped == 2
    assert wait_until(
        lambda: all(fast_mock.completion_time(i) is not None for i in (run_id, execution_id))
    )
    time.sleep(0.1)  # time enough for a delivery, were one scheduled
    assert fast_mock.stats.callback_attempts == 0


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:1/a", "http://localhost:1/a", "http://[::1]:1/a"]
)
def test_loopback_callbacks_are_accepted(
    fast_mock: MockServer, make_client: ClientFactory, url: str
) -> None:
    client = make_client(fast_mock.base_url)
    assert client.post("/agent/runs", json={**run_body(), "callbackUrl": url}).status_code == 200
