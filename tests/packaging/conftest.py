"""Fixtures of the packaging tests: the built wheel and sdist, and a fresh environment.

What users get is the wheel, not the source tree, so these tests build it (once per
session, with uv: ``uv build`` builds the sdist and the wheel from that sdist), install it
into a fresh virtual environment without extras, and vendor it. Installing resolves the
wheel's dependencies from the package index (PyPI in CI, usually from uv's cache).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
import uv

from weshop.mock import MockServer

ROOT = Path(__file__).resolve().parents[2]
#: Generous: building, creating environments and installing run on shared, noisy cores.
SLOW_COMMAND_TIMEOUT = 600


def run(
    command: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run a command; unless ``check=False``, fail the test with its output if it fails."""
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=SLOW_COMMAND_TIMEOUT,
        check=False,
    )
    if check and result.returncode != 0:
        pytest.fail(f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def uv_command(*arguments: str | Path) -> list[str | Path]:
    return [uv.find_uv_bin(), *arguments]


@dataclass(frozen=True)
class Dist:
    wheel: Path
    sdist: Path


@dataclass(frozen=True)
class FreshEnv:
    """A virtual environment with the built wheel installed, no extras."""

    root: Path

    @property
    def python(self) -> Path:
        return self.root / "bin" / "python"


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    out = tmp_path_factory.mktemp("dist")
    run(uv_command("build", "--quiet", "--sdist", "--wheel", "--out-dir", out, ROOT))
    (wheel,) = out.glob("weshop-*.whl")
    (sdist,) = out.glob("weshop-*.tar.gz")
    return Dist(wheel, sdist)


@pytest.fixture(scope="session")
def fresh_env(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> FreshEnv:
    env = FreshEnv(tmp_path_factory.mktemp("fresh") / "venv")
    run(uv_command("venv", "--quiet", "--python", sys.executable, env.root))
    run(uv_command("pip", "install", "--quiet", "--python", env.python, dist.wheel))
    return env


@pytest.fixture(scope="session")
def unpacked_wheel(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's contents (what a plain copy into ``_vendor/`` starts from)."""
    out = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(dist.wheel) as archive:
        archive.extractall(out)
    return out


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with MockServer(speed=200.0) as mock:
        yield mock.base_url


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: no key, base URL or home of the developer's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WESHOP_")}
    env.pop("PYTHONPATH", None)
    env.update(extra)
    return env
