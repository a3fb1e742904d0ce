"""Every operation of the overlaid spec against the mock, with every schemathesis check.

Positive and negative data (``generation.mode = "all"`` in ``schemathesis.toml``), the
examples/coverage/fuzzing phases, all built-in checks (server errors, status codes,
content types, headers, response schemas, negative data rejection, positive data
acceptance, missing required headers, unsupported methods, ignored auth, ...) and ours
(``contract_tests/hooks.py``). The stateful phase is ``test_stateful.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis

from weshop.mock import MockServer

from .conftest import CONFIG_PATH, SPEC_PATH

# The shipped spec itself, as users' `schemathesis run generated/openapi.yaml` reads it.
schema = schemathesis.openapi.from_path(
    SPEC_PATH, config=schemathesis.Config.from_path(CONFIG_PATH)
)


@pytest.mark.bites
@schema.parametrize()
def test_operation_conforms(case: schemathesis.Case[Any], mock: MockServer) -> None:
    case.call_and_validate(base_url=mock.base_url)
