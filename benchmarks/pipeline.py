"""Scenario 6 — pipeline: wall time of regeneration and of the CI contract profile.

Regeneration runs the real pipeline (pinned spec -> overlay -> OpenAPI 3.1 check ->
openapi-python-client -> ruff) in a fresh interpreter, as ``python -m codegen generate``
does, but into a temporary directory: the committed ``generated/`` is never touched. The
fresh tree is compared with the committed one as a sanity check.

The contract profile (``contract_tests/``, run in CI as ``nox -s contract``) is timed as
``python -m pytest contract_tests -q``, which runs the suite's ``ci`` Hypothesis profile
(its default); if the suite or its dependencies (the ``contract`` extra) are missing it
is reported as not available. Neither figure has a goal in the issue, nor a natural
baseline.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._common import ROOT, Check, ScenarioResult, rounded

REGENERATE = """
import sys
from pathlib import Path
import dataclasses
from codegen.pipeline import CHANGES_JSON, CHANGES_MD, DEFAULT_PATHS, compare_trees, generate
out = Path(sys.argv[1])
# Every input of the real generation (the catalog overlay, the templates), as `drift` does;
# only generated/ is written (to the temp dir), not the facade's generated modules.
paths = dataclasses.replace(
    DEFAULT_PATHS, output=out, typed_agents=None, operations=None, sync_client=None
)
generate(paths, report=False)
# The change report records the last input change, not a function of the inputs.
ignore = frozenset({CHANGES_MD, CHANGES_JSON})
print(len(compare_trees(out, DEFAULT_PATHS.output, ignore=ignore)))
"""
CONTRACT_DIR = ROOT / "contract_tests"


def _regenerate() -> tuple[float, int]:
    with tempfile.TemporaryDirectory(prefix="weshop-bench-gen-") as tmp:
        output = Path(tmp) / "generated"
        started = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, "-c", REGENERATE, str(output)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"regeneration failed:\n{completed.stderr[-4000:]}")
    return seconds, int(completed.stdout.strip().splitlines()[-1])


def contract_command() -> tuple[list[str] | None, str]:
    """The CI contract profile's command, or None and why it is not available."""
    tests = sorted(CONTRACT_DIR.rglob("test_*.py")) if CONTRACT_DIR.is_dir() else []
    if not tests:
        return None, "contract_tests/ has no tests yet"
    missing = [m for m in ("schemathesis", "hypothesis") if importlib.util.find_spec(m) is None]
    if missing:
        return None, f"not installed here: {', '.join(missing)} (the 'contract' extra)"
    # contract_tests/conftest.py loads its "ci" Hypothesis profile unless --thorough.
    command = [sys.executable, "-m", "pytest", "contract_tests", "-q"]
    return command, "available"


def run(quick: bool) -> ScenarioResult:
    del quick  # each step runs once either way
    result = ScenarioResult("pipeline", "Pipeline: regeneration and the CI contract profile")
    seconds, differences = _regenerate()
    result.figures["regeneration_s"] = rounded(seconds, 2)
    result.figures["regenerated_tree_differs_from_committed"] = differences > 0
    result.checks.append(Check("regeneration (temp dir)", f"{seconds:.1f} s"))
    if differences:
        result.notes.append(
            f"the regenerated tree differs from the committed generated/ ({differences} "
            "diff lines): `nox -s drift` would fail"
        )
    command, why = contract_command()
    result.figures["contract_profile"] = why
    if command is None:
        result.checks.append(Check("CI contract profile", "not available"))
        result.notes.append(f"contract profile not available: {why}")
        return result
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    contract_s = time.perf_counter() - started
    summary = (completed.stdout.strip().splitlines() or ["(no output)"])[-1]
    result.figures["contract_command"] = " ".join(command[1:])
    result.figures["contract_s"] = rounded(contract_s, 2)
    result.figures["contract_exit_code"] = completed.returncode
    result.figures["contract_summary"] = summary
    result.checks.append(
        Check("CI contract profile", f"{contract_s:.1f} s", f"exit {completed.returncode}")
    )
    if completed.returncode != 0:
        result.notes.append(f"the contract profile failed (exit {completed.returncode}): {summary}")
    return result
