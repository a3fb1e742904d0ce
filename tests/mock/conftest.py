"""Fixtures for the mock server tests: servers, conforming clients, images, keys."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from weshop.mock import MockServer

from .conformance import Conformance
from .helpers import FAST

_keys = itertools.count()

ClientFactory = Callable[..., httpx.Client]


@pytest.fixture(scope="session")
def conformance() -> Conformance:
    """One checker for the whole session (every test's responses go through it)."""
    return Conformance()


@pytest.fixture(scope="session")
def shared_mock() -> Iterator[MockServer]:
    """A mock shared by tests that isolate themselves with their own API key."""
    with MockServer(speed=FAST) as mock:
        yield mock


@pytest.fixture
def api_key() -> str:
    """A fresh key: the mock scopes runs, tasks and assets per key."""
    return f"test-key-{next(_keys):04d}-abcdef"


@pytest.fixture
def make_client(conformance: Conformance) -> Iterator[ClientFactory]:
    """Build httpx clients whose every response is checked against the spec."""
    clients: list[httpx.Client] = []
    before = len(conformance.failures)

    def factory(base_url: str, key: str | None = "k-default", **kwargs: Any) -> httpx.Client:
        headers = {"Authorization": key} if key is not None else {}
        headers.update(kwargs.pop("headers", {}))
        client = httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=kwargs.pop("timeout", 10.0),
            event_hooks={"response": [conformance.check]},
            trust_env=False,
            **kwargs,
        )
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()
    assert conformance.failures[before:] == []


@pytest.fixture
def client(shared_mock: MockServer, make_client: ClientFactory, api_key: str) -> httpx.Client:
    """A conforming client of the shared mock, with a key of its own."""
    return make_client(shared_mock.base_url, api_key)
