"""The contract harness: the mock fixture, the hypothesis profiles, and the options.

Profiles (``hypothesis`` settings, also used by the schemathesis tests):

- ``ci`` (default): derandomized — the same examples on every run, no example database —
  and bounded (``CI_EXAMPLES`` per property / operation), to finish in a couple of minutes;
- ``thorough`` (``pytest contract_tests --thorough``, ``nox -s contract -- --thorough``):
  random and ten times as many examples; failures found are kept in hypothesis' database.

The mock runs once per session on a free loopback port, accepting only the dummy key of
``schemathesis.toml`` (so that requests without it can be seen refused). With
``WESHOP_CONTRACT_LAX=<variant>`` it is one of the deliberately lax variants of
``contract_tests/lax.py`` instead (see ``test_harness_bites.py``).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest
from hypothesis import HealthCheck, Phase, settings

from weshop.mock import MockServer, MockSettings

from . import hooks
from .lax import LAX_ENV, make_lax

ROOT: Final = Path(__file__).resolve().parent.parent
SPEC_PATH: Final = ROOT / "generated" / "openapi.yaml"
CONFIG_PATH: Final = ROOT / "schemathesis.toml"
#: The dummy key schemathesis sends (schemathesis.toml) and the only one the mock accepts.
CONTRACT_KEY: Final[str] = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))["auth"][
    "openapi"
]["apiKey"]["api_key"]

CI_EXAMPLES: Final = 12
THOROUGH_EXAMPLES: Final = 120
#: A run of 8-40 s at speed 1 takes 4-20 ms: waiting for runs costs (almost) nothing.
MOCK_SPEED: Final = 2000.0

_SLOW_IS_FINE = [
    HealthCheck.too_slow,
    HealthCheck.filter_too_much,
    HealthCheck.data_too_large,
    HealthCheck.function_scoped_fixture,
]
settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
    derandomize=True,
    database=None,
    # No shrinking: a derandomized failure reproduces as it is, and CI time stays bounded.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target],
    deadline=None,
    suppress_health_check=_SLOW_IS_FINE,
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=THOROUGH_EXAMPLES,
    deadline=None,
    suppress_health_check=_SLOW_IS_FINE,
    print_blob=True,
)
#: The profile this session runs with (set by pytest_configure).
PROFILE: list[str] = []
_STARTED: list[MockServer] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--thorough",
        action="store_true",
        default=False,
        help="contract tests: the thorough hypothesis profile (random, more examples)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bites: part of the suite run against the lax mocks (test_harness_bites.py)"
    )
    profile = "thorough" if config.getoption("--thorough") else "ci"
    settings.load_profile(profile)
    PROFILE[:] = [profile]


def pytest_report_header(config: pytest.Config) -> list[str]:
    lax = os.environ.get(LAX_ENV)
    header = [f"contract profile: {PROFILE[0] if PROFILE else 'ci'}"]
    if lax:
        header.append(f"contract mock: LAX variant {lax!r} (the suite must fail)")
    return header


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for server in _STARTED:
        requests = sorted(server.stats.requests.items())
        terminalreporter.section("requests the mock served, per operation")
        terminalreporter.write_line(", ".join(f"{op} {count}" for op, count in requests))
    if hooks.EXCLUDED:
        terminalreporter.section("contract exclusions (docs/contract-tests.md)")
        for name, count in sorted(hooks.EXCLUDED.items()):
            terminalreporter.write_line(f"{name}: {count} failure(s) dropped")


@pytest.fixture(scope="session")
def mock() -> Iterator[MockServer]:
    """The mock (or, with ``WESHOP_CONTRACT_LAX``, a lax variant of it), started once."""
    server = MockServer(MockSettings(speed=MOCK_SPEED, seed=0, api_keys=frozenset({CONTRACT_KEY})))
    variant = os.environ.get(LAX_ENV)
    if variant:
        make_lax(server, variant)
    with server:
        _STARTED.append(server)
        yield server
