"""The ``weshop_mock`` pytest fixture: test your own code that uses WeShop, offline.

Installed with the package (a ``pytest11`` entry point, so pytest loads it by itself); the
fixture needs the ``mock`` extra (``pip install 'weshop[mock]'``). Each test that asks for
it gets a fresh, fast mock server on loopback, and ``WESHOP_BASE_URL`` / ``WESHOP_API_KEY``
set (through ``monkeypatch``) so that ``WeShop()`` and ``AsyncWeShop()`` created anywhere in
the code under test reach it::

    def test_my_service_makes_a_product_shot(weshop_mock):
        make_product_shot("https://cdn.example.com/bottle.png")  # calls WeShop() inside
        run = weshop_mock.assert_run_created("aiproduct", params={"maskType": "custom"})
        assert run.idempotency_key

    @pytest.mark.weshop_mock(faults=[FaultRule("rate_limit", count=2)])
    def test_my_service_survives_rate_limits(weshop_mock): ...

The ``weshop_mock`` marker takes :class:`~weshop.mock.MockSettings` fields (``speed``,
``faults``, ``fault_sequence``, ``api_keys``, ``run_duration``, ``seed`` ...);
:meth:`WeShopMock.set_faults` changes faults mid-test. This module imports nothing heavy:
tests that do not use the fixture pay nothing, and no server starts unless one does.
Disable it with ``-p no:weshop``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import pytest

if TYPE_CHECKING:
    from .mock import FaultRule, MockServer, MockStats
    from .mock._settings import FaultSequenceEntry

__all__ = ["CreatedRun", "WeShopMock", "weshop_mock"]

#: The key the fixture sets (any non-empty key works against the mock).
MOCK_API_KEY: Final = "weshop-mock-test-key"
#: Runs finish in tens of milliseconds (a run of 8-40 s at speed 1).
MOCK_SPEED: Final = 1000.0


@dataclass(frozen=True)
class CreatedRun:
    """A run the mock was asked to start, as it received it."""

    execution_id: str
    agent: str
    version: str
    params: Mapping[str, Any]
    #: The ``Idempotency-Key`` it was created with (``None`` for the task API's runs).
    idempotency_key: str | None
    #: Whether it was started through the older task API (``tasks.execute``).
    via_task_api: bool


class WeShopMock:
    """The running mock of one test, and what it was sent."""

    def __init__(self, server: MockServer, api_key: str) -> None:
        self.server = server
        self.base_url = server.base_url
        self.api_key = api_key

    @property
    def stats(self) -> MockStats:
        """Live counters: runs created, requests per operation, downloads with a key..."""
        return self.server.stats

    def set_faults(
        self,
        faults: list[FaultRule] | None = None,
        fault_sequence: list[FaultSequenceEntry] | None = None,
        sequence_operations: frozenset[str] | None = None,
    ) -> None:
        """Replace the fault rules (and script) from now on."""
        self.server.set_faults(faults, fault_sequence, sequence_operations)

    def requests(self, operation: str) -> int:
        """How many requests the mock answered for ``operation`` (an operationId such as
        ``createRun``, or ``downloadFile``)."""
        return self.server.stats.requests[operation]

    @property
    def runs_created(self) -> list[CreatedRun]:
        """Every run started, oldest first (an idempotent replay starts none)."""
        state = self.server.state
        keys = {reply.execution_id: key for (_, key), reply in list(state.idempotency.items())}
        created: list[CreatedRun] = []
        for run in list(state.runs.values()):
            task = state.tasks.get(run.task_id)
            created.append(
                CreatedRun(
                    execution_id=run.execution_id,
                    agent=task.agent_name if task is not None else "",
                    version=task.agent_version if task is not None else "",
                    params=json.loads(run.params_json),
                    idempotency_key=keys.get(run.execution_id),
                    via_task_api=run.via_task_api,
                )
            )
        return created

    def assert_run_created(
        self,
        agent: str | None = None,
        *,
        params: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        count: int | None = None,
    ) -> CreatedRun:
        """The last run started that matches: of ``agent``, with ``params`` among its
        params (a subset), with this ``idempotency_key``. With ``count``, exactly that many
        runs must match. ``AssertionError`` listing the runs started when none does."""
        matching = [
            run
            for run in self.runs_created
            if (agent is None or run.agent == agent)
            and (idempotency_key is None or run.idempotency_key == idempotency_key)
            and all(run.params.get(name) == value for name, value in (params or {}).items())
        ]
        wanted = ", ".join(
            f"{name}={value!r}"
            for name, value in (
                ("agent", agent),
                ("params", params),
                ("idempotency_key", idempotency_key),
            )
            if value is not None
        )
        if count is not None and len(matching) != count:
            raise AssertionError(
                f"expected {count} run(s) with {wanted or 'any values'}, found {len(matching)}"
                f"; runs started: {self._described()}"
            )
        if not matching:
            raise AssertionError(
                f"no run started with {wanted or 'any values'}; runs started: {self._described()}"
            )
        return matching[-1]

    def assert_no_run_created(self) -> None:
        """Nothing was started (nothing billed)."""
        if self.runs_created:
            raise AssertionError(f"runs were started: {self._described()}")

    def _described(self) -> str:
        runs = self.runs_created
        if not runs:
            return "none"
        return "; ".join(
            f"{run.agent} {dict(run.params)} (Idempotency-Key {run.idempotency_key})"
            for run in runs
        )

    def __repr__(self) -> str:
        return f"<WeShopMock {self.base_url}>"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "weshop_mock(**settings): MockSettings fields for the weshop_mock fixture "
        "(speed, faults, fault_sequence, api_keys, run_duration, seed...)",
    )


@pytest.fixture
def weshop_mock(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[WeShopMock]:
    """A fresh, fast WeShop mock server for this test; ``WESHOP_BASE_URL`` and
    ``WESHOP_API_KEY`` point ``WeShop()`` / ``AsyncWeShop()`` at it."""
    try:
        from .mock import MockServer, MockSettings
    except ModuleNotFoundError as exc:
        pytest.fail(f"the weshop_mock fixture needs the 'mock' extra: {exc}", pytrace=False)

    overrides: dict[str, Any] = {"speed": MOCK_SPEED}
    for marker in reversed(list(request.node.iter_markers("weshop_mock"))):
        overrides.update(marker.kwargs)
    api_keys = overrides.get("api_keys")
    api_key = sorted(api_keys)[0] if api_keys else MOCK_API_KEY
    with MockServer(MockSettings(**overrides)) as server:
        monkeypatch.setenv("WESHOP_BASE_URL", server.base_url)
        monkeypatch.setenv("WESHOP_API_KEY", api_key)
        yield WeShopMock(server, api_key)
