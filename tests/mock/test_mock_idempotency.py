"""Idempotency-Key: a retried creation returns the run already started."""

from __future__ import annotations

import httpx
import pytest

from weshop.mock import MockServer

from .conftest import ClientFactory
from .helpers import FAST, run_body


def test_same_key_returns_the_same_execution_and_response(
    shared_mock: MockServer, client: httpx.Client
) -> None:
    body = run_body(batchCount=1)
    headers = {"Idempotency-Key": "11111111-2222-3333-4444-555555555555"}
    first = client.post("/agent/runs", json=body, headers=headers)
    created = shared_mock.stats.run_creations
    second = client.post("/agent/runs", json=body, headers=headers)
    assert first.status_code == second.status_code == 200
    assert second.json() == first.json()
    assert shared_mock.stats.run_creations == created


def test_without_a_key_every_request_starts_a_run(
    shared_mock: MockServer, client: httpx.Client
) -> None:
    body = run_body(batchCount=1)
    before = shared_mock.stats.run_creations
    one = client.post("/agent/runs", json=body).json()["data"]["executionId"]
    two = client.post("/agent/runs", json=body).json()["data"]["executionId"]
    assert one != two
    assert shared_mock.stats.run_creations == before + 2


def test_keys_are_scoped_per_api_key(shared_mock: MockServer, make_client: ClientFactory) -> None:
    headers = {"Idempotency-Key": "shared-key"}
    alice = make_client(shared_mock.base_url, "alice-key-123456")
    bob = make_client(shared_mock.base_url, "bob-key-654321")
    one = alice.post("/agent/runs", json=run_body(), headers=headers).json()
    two = bob.post("/agent/runs", json=run_body(), headers=headers).json()
    assert one["data"]["executionId"] != two["data"]["executionId"]


def test_same_key_with_a_different_body_is_refused(client: httpx.Client) -> None:
    headers = {"Idempotency-Key": "reused-key"}
    first = client.post("/agent/runs", json=run_body(batchCount=1), headers=headers)
    assert first.status_code == 200
    other = client.post("/agent/runs", json=run_body(batchCount=2), headers=headers)
    assert other.status_code == 400
    error = other.json()["error"]
    assert error["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert "Idempotency-Key" in error["message"]
    assert first.json()["data"]["executionId"] in error["message"]
    # Key order and whitespace do not make a body different.
    same = client.post(
        "/agent/runs",
        content=httpx.Request("POST", "/", json=run_body(batchCount=1)).content.replace(
            b",", b", "
        ),
        headers={**headers, "Content-Type": "application/json"},
    )
    assert same.json() == first.json()


def test_a_failed_validation_does_not_burn_the_key(client: httpx.Client) -> None:
    headers = {"Idempotency-Key": "key-after-a-400"}
    bad = client.post("/agent/runs", json=run_body(batchCount=99), headers=headers)
    assert bad.status_code == 400
    good = client.post("/agent/runs", json=run_body(batchCount=1), headers=headers)
    assert good.status_code == 200


def test_drop_after_then_retry_with_the_same_key_creates_one_run(
    make_client: ClientFactory,
) -> None:
    with MockServer(speed=FAST, fault_sequence=["drop_after"]) as mock:
        client = make_client(mock.base_url)
        headers = {"Idempotency-Key": "lost-response"}
        with pytest.raises(httpx.TransportError):
            client.post("/agent/runs", json=run_body(), headers=headers)
        assert mock.stats.run_creations == 1  # the run was started before the drop
        retry = client.post("/agent/runs", json=run_body(), headers=headers)
        assert retry.status_code == 200
        assert mock.stats.run_creations == 1
        execution_id = retry.json()["data"]["executionId"]
        assert client.get(f"/agent/runs/{execution_id}").status_code == 200
        # Without the key, the same lost response would have cost a second run.
        mock.set_faults(fault_sequence=["drop_after"])
        with pytest.raises(httpx.TransportError):
            client.post("/agent/runs", json=run_body())
        client.post("/agent/runs", json=run_body())
        assert mock.stats.run_creations == 3
