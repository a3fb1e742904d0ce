"""Retry policy (pure) and retries through the clients: backoff, Retry-After, which
failures, and one Idempotency-Key across all attempts of a run creation."""

from __future__ import annotations

import email.utils
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

import weshop
from weshop._retry import RetryPolicy, RetryState, parse_retry_after
from weshop.errors import APIError, RateLimitError, api_error_from_response

from .conftest import (
    BASE,
    KEY,
    Api,
    Factory,
    FakeTime,
    envelope,
    json_response,
    png_bytes,
    run_answer,
)


# --------------------------------------------------------------------------- pure policy
def test_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-4") == 0.0
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(date, now=now) == pytest.approx(30.0)
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("nan") is None


def test_retry_after_is_honoured_and_capped() -> None:
    policy = RetryPolicy(max_retry_after=10.0)
    assert policy.delay(0, 3.0, rand=lambda: 0.0) == 3.0
    assert policy.delay(5, 3.0, rand=lambda: 0.0) == 3.0  # not backoff
    assert policy.delay(0, 3600.0) == 10.0


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    ceilings = [policy.backoff(n, rand=lambda: 1.0) for n in range(8)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]
    assert policy.backoff(3, rand=lambda: 0.0) == 0.0
    assert policy.backoff(3, rand=lambda: 0.25) == 1.0
    assert policy.backoff(10_000, rand=lambda: 1.0) == 8.0  # no overflow


def _error(status: int, flag: bool | None = None) -> APIError:
    body: dict[str, Any] = {"success": False, "code": "X", "msg": "m"}
    if flag is not None:
        body = {"success": False, "error": {"code": "X", "message": "m", "retryable": flag}}
    return api_error_from_response(status, {}, json.dumps(body).encode())


@pytest.mark.parametrize(
    ("status", "flag", "safe", "unsafe"),
    [
        (408, None, True, True),
        (429, None, True, True),
        (500, None, True, False),
        (502, None, True, False),
        (503, None, True, False),
        (504, None, True, False),
        (500, True, True, True),  # the service says repeating is safe
        (503, False, False, False),  # ... or that it is not
        (400, True, True, True),
        (400, None, False, False),
        (401, None, False, False),
        (404, None, False, False),
        (422, None, False, False),
        (501, None, False, False),
    ],
)
def test_which_api_errors_are_retried(
    status: int, flag: bool | None, safe: bool, unsafe: bool
) -> None:
    policy = RetryPolicy()
    error = _error(status, flag)
    assert policy.should_retry(error, replay_safe=True) is safe
    assert policy.should_retry(error, replay_safe=False) is unsafe


REQUEST = httpx.Request("POST", "https://openapi.weshop.ai/openapi/agent/runs")


@pytest.mark.parametrize(
    ("failure", "safe", "unsafe"),
    [
        (httpx.ConnectError("refused", request=REQUEST), True, True),
        (httpx.ConnectTimeout("slow", request=REQUEST), True, True),
        (httpx.PoolTimeout("busy", request=REQUEST), True, True),
        (httpx.ReadTimeout("slow", request=REQUEST), True, False),
        (httpx.RemoteProtocolError("dropped", request=REQUEST), True, False),
        (httpx.ReadError("reset", request=REQUEST), True, False),
        (httpx.WriteError("reset", request=REQUEST), True, False),
        (httpx.UnsupportedProtocol("ftp", request=REQUEST), False, False),
        (httpx.LocalProtocolError("bad header", request=REQUEST), False, False),
        (ValueError("not a transport error"), False, False),
    ],
)
def test_which_transport_failures_are_retried(failure: Exception, safe: bool, unsafe: bool) -> None:
    policy = RetryPolicy()
    assert policy.should_retry(failure, replay_safe=True) is safe
    assert policy.should_retry(failure, replay_safe=False) is unsafe


def test_retry_state_counts_and_gives_up_with_a_connection_error() -> None:
    state = RetryState(RetryPolicy(max_retries=2, initial_delay=1.0), "getRun", True, lambda: 1.0)
    failure = httpx.ReadTimeout("slow", request=REQUEST)
    assert state.next_delay(failure) == 1.0
    assert state.next_delay(failure) == 2.0
    with pytest.raises(weshop.APITimeoutError, match="getRun") as caught:
        state.next_delay(failure)
    # A copy of httpx's exception, not itself: that one holds the request as sent (key).
    cause = caught.value.__cause__
    assert type(cause) is httpx.ReadTimeout
    assert str(cause) == "slow"
    assert cause is not failure
    state = RetryState(RetryPolicy(max_retries=1), "createTask", False)
    with pytest.raises(weshop.APIConnectionError, match="RemoteProtocolError"):
        state.next_delay(httpx.RemoteProtocolError("dropped", request=REQUEST))


def test_a_final_api_error_is_raised_as_is() -> None:
    state = RetryState(RetryPolicy(max_retries=0), "getRun", True)
    error = _error(503)
    with pytest.raises(weshop.ServerError) as caught:
        state.next_delay(error)
    assert caught.value is error


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="delays"):
        RetryPolicy(initial_delay=-1)


# --------------------------------------------------------------------------- through clients
AIPRODUCT_PARAMS = {
    "generatedContent": "freeCreation",
    "maskType": "autoSubjectSegment",
    "textDescription": "on a marble table",
    "batchCount": 1,
}


class Script:
    """Answers requests from a list: a response, or an exception to raise."""

    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps = list(steps)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


def _rate_limited(retry_after: str) -> httpx.Response:
    body = {"success": False, "error": {"code": "RATE_LIMITED", "message": "m", "retryable": True}}
    return json_response(429, body, {"Retry-After": retry_after})


def _server_error() -> httpx.Response:
    body = {"success": False, "error": {"code": "INTERNAL", "message": "m", "retryable": True}}
    return json_response(500, body)


def _created(execution_id: str = "exec-1") -> httpx.Response:
    return json_response(200, envelope({"executionId": execution_id, "taskId": "task-1"}))


@pytest.mark.anyio
async def test_run_creation_retries_with_one_idempotency_key(
    make_client: Factory, api: Api, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="weshop")
    script = Script(
        _rate_limited("2"),
        _server_error(),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
        _created(),
    )
    client, recorder = make_client(script, retry=RetryPolicy(initial_delay=0.5, max_delay=4.0))
    run = await api(
        client.runs.create, "aiproduct", image="https://cdn.example/p.png", params=AIPRODUCT_PARAMS
    )
    assert run.execution_id == "exec-1"
    assert run.status == "Pending"
    keys = [request.headers.get("Idempotency-Key") for request in recorder.requests]
    assert len(keys) == 5
    assert len(set(keys)) == 1
    assert keys[0]
    assert run.idempotency_key == keys[0]
    assert fake_time.sleeps[0] == 2.0  # Retry-After honoured
    assert len(fake_time.sleeps) == 4
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying createRun")]
    assert len(retries) == 4
    assert all(r.levelno == logging.INFO for r in retries)
    assert all(KEY not in r.getMessage() for r in caplog.records)
    await api.close(client)


@pytest.mark.anyio
async def test_a_given_idempotency_key_is_used(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(Script(_server_error(), _created()))
    await api(
        client.runs.create,
        "aiproduct",
        image="https://cdn.example/p.png",
        params=AIPRODUCT_PARAMS,
        idempotency_key="order-42",
    )
    assert [r.headers["Idempotency-Key"] for r in recorder.requests] == ["order-42", "order-42"]
    await api.close(client)


@pytest.mark.anyio
async def test_each_logical_run_gets_its_own_key(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(Script(_created("a"), _created("b")))
    for _ in range(2):
        await api(
            client.runs.create,
            "aiproduct",
            image="https://cdn.example/p.png",
            params=AIPRODUCT_PARAMS,
        )
    first, second = (r.headers["Idempotency-Key"] for r in recorder.requests)
    assert first != second
    await api.close(client)


@pytest.mark.anyio
async def test_unsafe_operations_are_not_replayed_after_a_dropped_connection(
    make_client: Factory, api: Api
) -> None:
    client, recorder = make_client(Script(httpx.RemoteProtocolError("dropped")))
    with pytest.raises(weshop.APIConnectionError):
        await api(client.tasks.execute, "task-1", AIPRODUCT_PARAMS)
    assert len(recorder.requests) == 1
    await api.close(client)


@pytest.mark.anyio
async def test_unsafe_operations_are_retried_when_nothing_was_processed(
    make_client: Factory, api: Api
) -> None:
    executed = json_response(200, {"success": True, "code": 0, "data": {"executionId": "e-9"}})
    client, recorder = make_client(
        Script(httpx.ConnectError("refused"), _rate_limited("1"), executed)
    )
    assert await api(client.tasks.execute, "task-1", AIPRODUCT_PARAMS) == "e-9"
    assert len(recorder.requests) == 3
    await api.close(client)


@pytest.mark.anyio
async def test_max_retries_zero_disables_retries(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(Script(_server_error()), max_retries=0)
    with pytest.raises(weshop.ServerError):
        await api(client.runs.get, "exec-1")
    assert len(recorder.requests) == 1
    await api.close(client)


@pytest.mark.anyio
async def test_timeouts_become_api_timeout_errors(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(
        Script(*[httpx.ReadTimeout("timed out") for _ in range(3)]), max_retries=2
    )
    with pytest.raises(weshop.APITimeoutError):
        await api(client.runs.get, "exec-1")
    assert len(recorder.requests) == 3
    await api.close(client)


def test_each_retry_is_logged_with_a_structured_event(caplog: pytest.LogCaptureFixture) -> None:
    state = RetryState(RetryPolicy(max_retries=2), "createRun", replay_safe=True, rand=lambda: 0.5)
    failure = RateLimitError("slow down", code="RATE_LIMITED", status_code=429, retryable=True)
    with caplog.at_level("INFO", logger="weshop"):
        state.next_delay(failure)
    (record,) = caplog.records
    event = record.retry  # type: ignore[attr-defined]
    assert isinstance(event, weshop.RetryEvent)
    assert (event.operation, event.retry, event.max_retries, event.status_code) == (
        "createRun",
        1,
        2,
        429,
    )


def test_a_rate_limit_sent_in_a_200_envelope_is_retried_even_where_replay_is_unsafe() -> None:
    failure = RateLimitError("slow down", code="RATE_LIMITED", status_code=200, retryable=True)
    policy = RetryPolicy()
    assert policy.should_retry(failure, replay_safe=False)


# --------------------------------------------------------------------------- on_retry hook
def _run_answer() -> httpx.Response:
    return json_response(
        200,
        envelope(
            {
                "agentName": "aiproduct",
                "agentVersion": "v1.0",
                "executions": [{"executionId": "exec-1", "status": "Running", "result": []}],
            }
        ),
    )


@pytest.mark.anyio
async def test_on_retry_is_called_with_each_retry_event(
    make_client: Factory, api: Api, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    events: list[weshop.RetryEvent] = []
    client, recorder = make_client(
        Script(_rate_limited("2"), _run_answer()), on_retry=events.append
    )
    caplog.set_level(logging.INFO, logger="weshop")
    await api(client.runs.get, "exec-1")
    assert len(recorder.requests) == 2
    (event,) = events
    assert (event.operation, event.retry, event.status_code, event.delay) == (
        "getRun",
        1,
        429,
        2.0,
    )
    assert fake_time.sleeps == [2.0]
    # The log record is still written, carrying the same event.
    assert [r.retry for r in caplog.records if hasattr(r, "retry")] == events
    await api.close(client)


@pytest.mark.anyio
async def test_with_options_keeps_on_retry_and_can_replace_it(
    make_client: Factory, api: Api
) -> None:
    events: list[weshop.RetryEvent] = []
    others: list[weshop.RetryEvent] = []
    client, _ = make_client(
        Script(_rate_limited("1"), _run_answer(), _rate_limited("1"), _run_answer()),
        on_retry=events.append,
    )
    copy = client.with_options(timeout=5.0)
    assert copy.on_retry is client.on_retry
    await api(copy.runs.get, "exec-1")
    assert len(events) == 1
    replaced = client.with_options(on_retry=others.append)
    await api(replaced.runs.get, "exec-1")
    assert (len(events), len(others)) == (1, 1)
    await api.close(replaced)
    await api.close(copy)
    await api.close(client)


@pytest.mark.anyio
async def test_an_exception_from_on_retry_propagates(make_client: Factory, api: Api) -> None:
    class Stop(Exception):
        pass

    def stop(event: weshop.RetryEvent) -> None:
        raise Stop(event.operation)

    client, recorder = make_client(Script(_rate_limited("1"), _run_answer()), on_retry=stop)
    with pytest.raises(Stop):
        await api(client.runs.get, "exec-1")
    assert len(recorder.requests) == 1
    await api.close(client)


@pytest.mark.anyio
async def test_on_retry_sees_result_download_retries(
    make_client: Factory, api: Api, tmp_path: Path
) -> None:
    events: list[weshop.RetryEvent] = []
    finished = json_response(200, run_answer("exec-1", "Success", base=BASE, images=1))
    png = httpx.Response(200, content=png_bytes(), headers={"content-type": "image/png"})
    client, _ = make_client(Script(finished, _server_error(), png), on_retry=events.append)
    run = await api(client.runs.get, "exec-1")
    paths = await api(run.download, tmp_path / "out")
    assert len(paths) == 1
    assert [(e.operation, e.status_code) for e in events] == [("download", 500)]
    await api.close(client)
