"""Proof that the harness bites: against deliberately lax mocks, the suite fails.

Each lax variant (``contract_tests/lax.py``) breaks one promise of the contract. The
``bites`` part of the suite — the schemathesis checks and ours on the runs operations,
and the rule table over HTTP — runs in a subprocess against it (``WESHOP_CONTRACT_LAX``)
and must fail, naming what broke — while against the faithful mock the same subset passes.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import ROOT
from .lax import LAX_ENV, LAX_VARIANTS

#: Variant -> text the failing run must show (the check or rule that caught it).
EXPECTED = {
    "custom-mask": "test_documented_rule_over_http[custom-mask-",
    "success-false": "Custom check failed: `success_envelope_status`",
    "no-retryable": "the error object lacks retryable",
}
SELECTION = "(operation_conforms and (runs or power)) or rule_over_http"
FAITHFUL = "faithful"  # the control run: the mock as it is


def test_every_variant_is_tried() -> None:
    assert set(EXPECTED) == set(LAX_VARIANTS)


@pytest.fixture(scope="module")
def lax_runs() -> dict[str, subprocess.CompletedProcess[str]]:
    """The bites subset against every variant (and the faithful mock), in parallel."""
    lax = {variant: {LAX_ENV: variant} for variant in EXPECTED}
    environments = {FAITHFUL: {}, **lax}
    clean = {k: v for k, v in os.environ.items() if k != LAX_ENV}
    running = {
        variant: subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pytest",
                "contract_tests",
                "-m",
                "bites",
                "-k",
                SELECTION,
                "-p",
                "no:cacheprovider",
                "-q",
                "--no-header",
            ],
            cwd=ROOT,
            env={**clean, **extra},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for variant, extra in environments.items()
    }
    finished = {}
    for variant, process in running.items():
        out, _ = process.communicate(timeout=600)
        finished[variant] = subprocess.CompletedProcess(process.args, process.returncode, out, "")
    return finished


def test_the_subset_passes_against_the_faithful_mock(
    lax_runs: dict[str, subprocess.CompletedProcess[str]],
) -> None:
    run = lax_runs[FAITHFUL]
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" in run.stdout


@pytest.mark.parametrize("variant", sorted(EXPECTED))
def test_the_suite_fails_against_a_lax_mock(
    lax_runs: dict[str, subprocess.CompletedProcess[str]], variant: str
) -> None:
    run = lax_runs[variant]
    assert run.returncode == 1, run.stdout[-3000:]  # 1: tests ran and some failed
    assert EXPECTED[variant] in run.stdout, run.stdout[-3000:]
