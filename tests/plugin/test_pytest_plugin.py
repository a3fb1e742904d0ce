"""The ``weshop_mock`` fixture users get with the package (``pytest11`` entry point),
run in pytest's own ``pytester`` sessions as a user's test suite would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

pytest_plugins = ["pytester"]

USER_TESTS = """
import os

import pytest

from weshop import AsyncWeShop, RetryPolicy, WeShop
from weshop.mock import FaultRule

PARAMS = {"generatedContent": "freeCreation", "textDescription": "on marble"}
FAST_RETRY = RetryPolicy(initial_delay=0.01, max_delay=0.02)


def make_shot(key):  # "the user's code": it makes its own client from the environment
    with WeShop(upload_cache=False, retry=FAST_RETRY) as client:
        return client.runs.create_and_wait(
            "aiproduct", image="https://cdn.example.com/bottle.png", params=PARAMS,
            idempotency_key=key,
        )


def test_the_users_code_reaches_the_mock(weshop_mock):
    assert os.environ["WESHOP_BASE_URL"] == weshop_mock.base_url
    run = make_shot("key-1")
    assert run.succeeded
    created = weshop_mock.assert_run_created(
        "aiproduct", params={"textDescription": "on marble"}, idempotency_key="key-1", count=1
    )
    assert created.params["maskType"] == "autoSubjectSegment"  # the spec's facade default
    assert created.execution_id == run.execution_id
    assert weshop_mock.requests("createRun") == 1


def test_each_test_has_a_fresh_mock(weshop_mock):
    weshop_mock.assert_no_run_created()


def test_assertions_say_what_was_sent(weshop_mock):
    make_shot("key-2")
    with pytest.raises(AssertionError, match="no run started with agent='aimodel'.*key-2"):
        weshop_mock.assert_run_created("aimodel")


@pytest.mark.weshop_mock(faults=[FaultRule("server_error", count=2, operations={"createRun"})])
def test_faults_from_the_marker(weshop_mock):
    run = make_shot("key-3")
    assert run.succeeded
    assert weshop_mock.stats.faults["server_error"] == 2
    weshop_mock.assert_run_created(idempotency_key="key-3", count=1)  # retried, billed once


def test_faults_mid_test(weshop_mock):
    weshop_mock.set_faults([FaultRule("run_failed", operations={"createRun"})])
    with pytest.raises(Exception, match="failed"):
        make_shot("key-4")


@pytest.mark.anyio
async def test_async_client(weshop_mock):
    async with AsyncWeShop(upload_cache=False) as client:
        run = await client.runs.create("aiproduct", image="https://cdn.example.com/a.png",
                                       params=PARAMS)
    assert weshop_mock.assert_run_created("aiproduct").execution_id == run.execution_id


@pytest.fixture
def anyio_backend():
    return "asyncio"
"""


def test_the_plugin_is_an_entry_point() -> None:
    (plugin,) = [e for e in entry_points(group="pytest11") if e.name == "weshop"]
    assert plugin.value == "weshop.pytest_plugin"


def test_weshop_mock_in_a_users_suite(pytester: pytest.Pytester) -> None:
    before = os.environ.get("WESHOP_BASE_URL")
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=6)
    assert os.environ.get("WESHOP_BASE_URL") == before  # restored after each test


def test_the_plugin_can_be_disabled(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_x(weshop_mock):\n    pass\n")
    result = pytester.runpytest_inprocess("-q", "-p", "no:weshop", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'weshop_mock' not found*"])


def test_loading_the_plugin_starts_and_imports_no_mock() -> None:
    code = (
        "import sys, threading, weshop.pytest_plugin\n"
        "heavy = [m for m in ('weshop.mock', 'starlette', 'uvicorn', 'PIL') if m in sys.modules]\n"
        "print(heavy, threading.active_count())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[] 1"
