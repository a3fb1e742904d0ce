"""Testing your own code offline against the mock (needs ``pip install 'weshop[mock]'``).

    python -m pytest examples/test_with_mock.py

``MockServer`` serves a stateful WeShop on a free loopback port from a background thread:
it validates requests against the spec, runs jobs on a clock you can speed up, and
counts what it was sent, so a test can check that your code started exactly one run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from weshop import PollPolicy, RequestValidationError, RetryPolicy, WeShop
from weshop.mock import FaultRule, MockServer

IMAGE = Path(__file__).with_name("product.png")


# --- the code under test: yours -------------------------------------------------------
def make_product_shot(client: WeShop, image: Path, scene: str, out: Path) -> list[Path]:
    run = client.aiproduct(image, generated_content="freeCreation", text_description=scene)
    return run.download(out)


# --- the tests -------------------------------------------------------------------------
@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer(speed=1000) as server:  # a run of 8..40 s takes 8..40 ms
        yield server


@pytest.fixture
def client(mock: MockServer, tmp_path: Path) -> Iterator[WeShop]:
    with WeShop(
        "test-key",  # the mock takes any key
        base_url=mock.base_url,
        upload_cache=False,
        poll=PollPolicy.immediate(),
        retry=RetryPolicy(initial_delay=0.01, max_retry_after=0.05),  # fast retries
    ) as client:
        yield client


def test_one_run_one_file(client: WeShop, mock: MockServer, tmp_path: Path) -> None:
    paths = make_product_shot(client, IMAGE, "on a marble table", tmp_path)
    assert [path.suffix for path in paths] == [".png"]
    assert mock.stats.run_creations == 1
    assert mock.stats.authorized_file_downloads == 0  # the key never went to a download


def test_rate_limits_are_retried_without_a_second_run(
    client: WeShop, mock: MockServer, tmp_path: Path
) -> None:
    mock.set_faults(fault_sequence=["rate_limit", "rate_limit"])
    make_product_shot(client, IMAGE, "studio light", tmp_path)
    assert mock.stats.run_creations == 1


def test_a_bad_request_sends_nothing(client: WeShop, mock: MockServer) -> None:
    with pytest.raises(RequestValidationError):
        client.aiproduct(IMAGE, generated_content="freeCreation")  # neither scene nor text
    assert mock.stats.run_creations == 0


def test_faults_by_rate(client: WeShop, mock: MockServer, tmp_path: Path) -> None:
    mock.set_faults(faults=[FaultRule("server_error", rate=0.3)])
    make_product_shot(client, IMAGE, "on a beach", tmp_path)
    assert mock.stats.run_creations == 1
