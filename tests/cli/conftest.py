"""Fixtures of the command-line tests: a mock server, images, and a way to run ``weshop``.

Every command runs as a real subprocess (``python -m weshop ...``) against a mock on
loopback, with ``WESHOP_API_KEY``/``WESHOP_BASE_URL`` set and ``HOME`` in the test's
temporary folder (so the upload cache and credentials file are the test's own).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from weshop.mock import MockServer, MockSettings

from .._processes import default_sigint

#: Fast enough that a run of 8..40 s takes 16..80 ms.
FAST = 500.0
KEY = "test-key"
#: Keys every ``--json`` document of a run carries (docs/cli.md).
RUN_DOCUMENT_KEYS = frozenset(
    {
        "executionId",
        "agent",
        "status",
        "progress",
        "images",
        "videos",
        "downloaded",
        "taskId",
        "idempotencyKey",
        "powerConsumption",
        "error",
    }
)


def image_bytes(width: int, height: int, fmt: str = "PNG", colour: int = 90) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (colour, 120, 200)).save(out, format=fmt)
    return out.getvalue()


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@dataclass
class CLI:
    """Runs ``python -m weshop`` against one mock, in one working folder."""

    base_url: str
    home: Path
    cwd: Path

    def env(self, overrides: Mapping[str, str | None] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("WESHOP_")}
        env.update(
            {"HOME": str(self.home), "WESHOP_API_KEY": KEY, "WESHOP_BASE_URL": self.base_url}
        )
        for name, value in (overrides or {}).items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        return env

    def run(
        self,
        *args: str | os.PathLike[str],
        env: Mapping[str, str | None] | None = None,
        timeout: float = 60.0,
    ) -> Result:
        done = subprocess.run(
            [sys.executable, "-m", "weshop", *map(str, args)],
            cwd=self.cwd,
            env=self.env(env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    def popen(self, *args: str | os.PathLike[str]) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "weshop", *map(str, args)],
            cwd=self.cwd,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=default_sigint,  # tests send it SIGINT
        )


@pytest.fixture(scope="session")
def shared_mock() -> Iterator[MockServer]:
    """One fast mock for the tests that do not count runs."""
    with MockServer(MockSettings(speed=FAST, seed=1)) as mock:
        yield mock


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """The working folder, with ``model.png`` (600x800), ``garment.jpg`` and ``mask.png``."""
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "model.png").write_bytes(image_bytes(600, 800))
    (folder / "garment.jpg").write_bytes(image_bytes(700, 700, "JPEG", colour=30))
    (folder / "mask.png").write_bytes(image_bytes(600, 800, colour=255))
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def cli(shared_mock: MockServer, workdir: Path, home: Path) -> CLI:
    return CLI(shared_mock.base_url, home, workdir)


MockFactory = Callable[..., tuple[MockServer, CLI]]
InProcess = Callable[..., Result]


@pytest.fixture
def in_process(
    cli: CLI, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> InProcess:
    """Run ``weshop.cli.main(args)`` in this process (for errors that send nothing)."""
    from weshop.cli import main

    for name, value in cli.env().items():
        if name in ("HOME", "WESHOP_API_KEY", "WESHOP_BASE_URL"):
            monkeypatch.setenv(name, value)
    monkeypatch.chdir(cli.cwd)

    def run(*args: str) -> Result:
        capsys.readouterr()
        try:
            status = main(list(args))
        except SystemExit as exit_:  # argparse
            status = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return run


@pytest.fixture
def own_mock(workdir: Path, home: Path) -> Iterator[MockFactory]:
    """Start a mock of the test's own (settings as keywords) and a CLI pointed at it."""
    servers: list[MockServer] = []

    def start(**settings: Any) -> tuple[MockServer, CLI]:
        options: dict[str, Any] = {"speed": FAST, "seed": 1, **settings}
        mock = MockServer(MockSettings(**options)).start()
        servers.append(mock)
        return mock, CLI(mock.base_url, home, workdir)

    yield start
    for mock in servers:
        mock.stop()


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0, step: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def decodable(path: Path) -> tuple[int, int]:
    """The size of an image file (raises if Pillow cannot decode it)."""
    with Image.open(path) as image:
        image.load()
        return image.size
