"""Project automation. Run through ``scripts/nox`` (it bootstraps nox on a fresh machine).

Sessions:
    generate   pinned spec + overlay -> validate (OpenAPI 3.1) -> generated/ (offline)
    drift      regenerate into a temporary directory; fail on any difference, saying why
    fetch      download the live spec into codegen/upstream/; exit 0 unchanged, 3 changed,
               4 unreachable (keeps the pinned one)
    changes    compare two specs (files or REV:PATH): `-- OLD NEW [--overlaid] [--json P]`
    lint       ruff check + ruff format --check
    typecheck  mypy --strict over the facade, the pipeline, the tests and generated/
    tests      pytest (unit, pipeline, mock, facade, packaging) on the running Python
    compat     pytest on each supported Python (3.11-3.13, from the classifiers) found here
    ci         what .ci/run runs: lint, typecheck, drift, tests and contract (CI profile),
               then the tests on the other supported Pythons that are installed
    bench      benchmarks against the mock (not in CI): a table and benchmarks/results.json
    contract   property-based contract tests against the mock (`-- --thorough` for more)
    conformance  check a deployment against the spec: `-- --url URL [--allow-billable N]`
    vendor_cli every agent command of the vendor's CLI (npm weshop-cli) against the mock
    prism      conformance against `prism mock` must fail; client flows and the vendor CLI
               through `prism proxy` in front of the mock: zero violations (not in CI)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["ci"]
nox.options.reuse_venv = "yes"

PYPROJECT = nox.project.load_toml("pyproject.toml")
EXTRAS = PYPROJECT["project"]["optional-dependencies"]
#: The Pythons we claim (the classifiers), e.g. ["3.11", "3.12", "3.13"].
PYTHONS = [
    classifier.rpartition(" :: ")[2]
    for classifier in PYPROJECT["project"]["classifiers"]
    if classifier.startswith("Programming Language :: Python :: 3.")
]


#: pytest-xdist, one worker per core: the tests wait on sockets and subprocesses, so two
#: workers halve the suite on two cores (1,348 tests: 3 min 21 s on two workers on a loaded
#: machine; one process took 7.5 min in the last CI). The
#: contract tests stay in one process: each worker would start its own mock and schemathesis.
PARALLEL = ("-n", "auto")


def _install_codegen(session: nox.Session) -> None:
    session.install(*EXTRAS["codegen"])


def _install_dev(session: nox.Session) -> None:
    session.install("-e", ".[dev,codegen,contract]")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the pinned spec and the overlay (no network, no key)."""
    _install_codegen(session)
    _exit_with(session, "-m", "codegen", "generate", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Fail with a readable diff if generated/ is not exactly what generation produces."""
    _install_codegen(session)
    session.run("python", "-m", "codegen", "drift")


def _exit_with(session: nox.Session, *command: str) -> None:
    # nox turns every failing command into exit status 1; these commands' statuses mean
    # something (changed / unchanged / unreachable, breaking), so pass them through.
    status = subprocess.call([f"{session.bin}/python", *command])
    if status:
        sys.exit(status)


@nox.session
def fetch(session: nox.Session) -> None:
    """Download the live spec into the pinned snapshot: exit 0 unchanged, 3 changed (the
    change report printed), 4 unreachable or not OpenAPI 3.1 (the pin is kept)."""
    _install_codegen(session)
    session.install("httpx")
    _exit_with(session, "-m", "codegen", "fetch")


@nox.session
def changes(session: nox.Session) -> None:
    """Compare two specs (paths or git ``REV:PATH``): ``nox -s changes -- OLD NEW
    [--overlaid] [--json PATH] [--fail-on-breaking]`` (exit 5 on a breaking change)."""
    _install_codegen(session)
    _exit_with(session, "-m", "codegen", "changes", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install(next(r for r in EXTRAS["dev"] if r.startswith("ruff")))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over facade, pipeline, tests and the generated client."""
    _install_dev(session)
    session.run("mypy")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite."""
    _install_dev(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHONS)
def compat(session: nox.Session) -> None:
    """The test suite on each supported Python (``nox -s compat-3.13`` for one).

    Lint, mypy, drift, the contract tests and the doc examples (tests/docs/
    test_doc_examples.py: ~30 subprocesses against the mock) do not depend on the
    interpreter: they run in ``ci`` only."""
    _install_dev(session)
    session.run("pytest", *PARALLEL, "--ignore=tests/docs/test_doc_examples.py", *session.posargs)


def _interpreter_found(version: str) -> bool:
    # A pyenv shim exists for every version pyenv knows and fails for one not selected:
    # only an interpreter that runs counts.
    executable = shutil.which(f"python{version}")
    if executable is None:
        return False
    probe = subprocess.run([executable, "-c", "pass"], capture_output=True, check=False)
    return probe.returncode == 0


@nox.session
def ci(session: nox.Session) -> None:
    """Everything CI checks: lint, typecheck, drift, the tests and the contract tests (their
    CI profile: derandomized, bounded) in one environment; then the tests on each other
    supported Python that is installed (a missing one is skipped, saying so)."""
    _install_dev(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("python", "-m", "codegen", "drift")
    session.run("pytest", *PARALLEL, *session.posargs)
    session.run("pytest", "contract_tests")
    _vendor_cli(session)
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    for version in PYTHONS:
        if version == running:
            continue
        if _interpreter_found(version):
            session.notify(f"compat-{version}", posargs=session.posargs)
        else:
            session.warn(f"SKIPPED: the tests on Python {version} (no python{version} on PATH)")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against the mock server; not part of the tests or CI (benchmarks/README.md).

    ``nox -s bench -- --quick`` for a smoke run, ``-- --only polling`` for one scenario.
    """
    _install_dev(session)  # with the contract extra: the pipeline scenario times its profile
    session.run("python", "-m", "benchmarks.run", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Contract tests (docs/contract-tests.md): schemathesis and hypothesis against the mock.

    The CI profile (derandomized, bounded); ``nox -s contract -- --thorough`` for the
    thorough one. Other arguments go to pytest.
    """
    _install_dev(session)
    session.run("pytest", "contract_tests", *session.posargs)


@nox.session
def schemathesis(session: nox.Session) -> None:
    """The independent schemathesis run against ``weshop mock`` (docs/contract-tests.md):
    every check and phase, seeds 1, 2 and 7 (``-- SEED...`` for others); ~2 min a seed,
    so not part of CI."""
    _install_dev(session)
    python = str(Path(session.bin) / "python")
    session.run(
        "bash", "scripts/schemathesis_seeds.sh", *session.posargs,
        env={"PYTHON": python}, external=True,
    )  # fmt: skip


@nox.session
def conformance(session: nox.Session) -> None:
    """Check a deployment against the overlaid spec (docs/contract-tests.md):
    ``nox -s conformance -- --url URL [--allow-billable N] [--report PATH]``.

    Reads WESHOP_API_KEY (not needed for a loopback mock); read-only unless
    --allow-billable; refuses hosts the key may not go to.
    """
    _install_dev(session)
    session.run("python", "-m", "contract_tests.conformance", *session.posargs)


#: The vendor CLI release whose commands the mock must serve (README, "The agent catalog").
VENDOR_CLI = "weshop-cli@0.2.22"


def _vendor_cli(session: nox.Session) -> None:
    if shutil.which("npm") is None or shutil.which("node") is None:
        session.warn(f"vendor_cli skipped: npm/node not installed (needed to run {VENDOR_CLI})")
        return
    prefix = session.create_tmp()
    session.run(
        "npm",
        "install",
        "--no-audit",
        "--no-fund",
        "--prefix",
        prefix,
        VENDOR_CLI,
        external=True,
        silent=True,
    )
    cli = f"{prefix}/node_modules/weshop-cli"
    session.run("python", "scripts/vendor_cli.py", "--cli", cli, *session.posargs)


#: The Prism release the harness is proven against (``nox -s prism``).
PRISM = "@stoplight/prism-cli@5.14.2"


@nox.session
def prism(session: nox.Session) -> None:
    """The harness and the client against a server nobody here wrote (Stoplight Prism,
    npm ``@stoplight/prism-cli`` 5.14.2): conformance must fail against ``prism mock`` for
    what Prism gets wrong, and the facade's flows and the vendor CLI must cause zero
    violations through ``prism proxy`` in front of ``weshop mock`` (``scripts/prism_check.py``,
    docs/contract-tests.md). ~1-2 min; not part of ``ci``."""
    _install_dev(session)
    if shutil.which("npm") is None or shutil.which("node") is None:
        session.warn(f"prism skipped: npm/node not installed (needed to run {PRISM})")
        return
    prefix = session.create_tmp()
    session.run(
        "npm", "install", "--no-audit", "--no-fund", "--prefix", prefix, PRISM, VENDOR_CLI,
        external=True, silent=True,
    )  # fmt: skip
    session.run(
        "python", "scripts/prism_check.py",
        "--prism", f"{prefix}/node_modules/.bin/prism",
        "--vendor-cli", f"{prefix}/node_modules/weshop-cli",
        *session.posargs,
    )  # fmt: skip


@nox.session
def vendor_cli(session: nox.Session) -> None:
    """Run every agent command of the vendor's CLI (npm weshop-cli 0.2.22) against
    ``weshop mock``: each must succeed, and each video must be a playable MP4."""
    _install_dev(session)
    _vendor_cli(session)
