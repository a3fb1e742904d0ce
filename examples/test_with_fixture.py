"""Testing your own code offline with the ``weshop_mock`` pytest fixture.

    pip install 'weshop[mock]'
    python -m pytest examples/test_with_fixture.py

The fixture comes with the package (a ``pytest11`` plugin): each test that names it gets a
fresh, fast mock, and ``WeShop()`` / ``AsyncWeShop()`` reach it through ``WESHOP_BASE_URL``
and ``WESHOP_API_KEY`` — your code under test needs no change. It also tells what the
service was sent (runs created: agent, params, idempotency key).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from weshop import PollPolicy, RequestValidationError, WeShop
from weshop.pytest_plugin import WeShopMock

IMAGE = Path(__file__).with_name("product.png")


# --- the code under test: yours -------------------------------------------------------
def make_product_shot(image: Path, scene: str, out: Path) -> list[Path]:
    with WeShop(poll=PollPolicy.immediate(), upload_cache=False) as client:
        run = client.aiproduct(image, generated_content="freeCreation", text_description=scene)
        return run.download(out)


# --- the tests -------------------------------------------------------------------------
def test_one_run_with_what_we_asked_for(weshop_mock: WeShopMock, tmp_path: Path) -> None:
    paths = make_product_shot(IMAGE, "on a marble table", tmp_path)
    assert [path.suffix for path in paths] == [".png"]
    run = weshop_mock.assert_run_created(
        "aiproduct", params={"textDescription": "on a marble table"}, count=1
    )
    assert run.idempotency_key  # every run-creating request carries one


@pytest.mark.weshop_mock(fault_sequence=["rate_limit", "server_error"])
def test_faults_are_retried_without_a_second_run(weshop_mock: WeShopMock, tmp_path: Path) -> None:
    make_product_shot(IMAGE, "studio light", tmp_path)
    weshop_mock.assert_run_created("aiproduct", count=1)


def test_a_bad_request_sends_nothing(weshop_mock: WeShopMock) -> None:
    with WeShop() as client, pytest.raises(RequestValidationError):
        client.aiproduct(IMAGE, generated_content="freeCreation")  # neither scene nor text
    weshop_mock.assert_no_run_created()
