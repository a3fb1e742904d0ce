"""Every Python and shell example of the README, docs/ and examples/ runs against the mock.

One mock (``weshop.mock.MockServer``, fast clock) serves the whole module. Each example
runs as a user would run it — Python blocks and scripts in a fresh interpreter, shell
blocks in ``bash`` with the environment's ``weshop`` first on ``PATH`` — in its own copy of
a working folder holding the sample inputs the docs name (``bottle.png``, ``shots.csv``,
...), with ``WESHOP_BASE_URL`` / ``WESHOP_API_KEY`` pointing at the mock and ``HOME`` in
the test's folder (upload cache and credentials are the test's own).

A block that cannot run here (``pip install``, a nox session of minutes, the real
service) carries ``<!-- not-run: reason -->`` on the line before its fence; those show
as skipped, with their reason, in the summary (``-ra``).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from weshop.mock import MockServer

from ._blocks import ROOT, SHELL, Block, all_blocks, blocks

KEY = "doc-examples-key"
#: A run of 8..40 s (the mock's default) takes 8..40 ms.
SPEED = 1000.0
#: Per example; the slowest take about two seconds.
TIMEOUT = 60.0

#: The inputs the examples name, as a reader would have them in their folder.
SAMPLE_IMAGES = (
    "bottle.png",
    "product.png",
    "model.jpg",
    "model.png",
    "first.png",
    "last.png",
    "dress.png",
    "person.jpg",
    "face1.jpg",
    "face2.jpg",
    "scene.jpg",
    "shoe.webp",
    "pics/a.png",
    "pics/b.jpg",
)
_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".webp": "WEBP"}

RUNNABLE = [block for block in all_blocks() if block.runnable]
EXAMPLE_SCRIPTS = sorted(
    path.relative_to(ROOT).as_posix()
    for path in (ROOT / "examples").glob("*")
    if path.suffix in {".py", ".sh"}
)


def _image(path: Path, colour: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    Image.new("RGB", (640, 640), (colour, 120, 200)).save(out, format=_FORMATS[path.suffix])
    path.write_bytes(out.getvalue())


def _manifest(language: str) -> str:
    """The manifest of that kind shown in docs/cli.md: the examples run the docs' own."""
    shown = [block for block in blocks("docs/cli.md") if block.language == language]
    assert shown, f"docs/cli.md shows no {language} manifest"
    return shown[0].code


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(speed=SPEED, api_keys=(KEY,)) as server:
        yield server


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("doc-inputs")
    for colour, name in enumerate(SAMPLE_IMAGES):
        _image(folder / name, 40 + 10 * colour)
    (folder / "shots.csv").write_text(_manifest("csv"), encoding="utf-8")
    (folder / "shots.jsonl").write_text(_manifest("jsonl"), encoding="utf-8")
    return folder


def _run(
    command: list[str], mock: MockServer, inputs: Path, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    workdir = tmp_path / "work"
    shutil.copytree(inputs, workdir)
    shutil.copytree(ROOT / "examples", workdir / "examples")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "WESHOP_BASE_URL": mock.base_url,
        "WESHOP_API_KEY": KEY,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
    }
    # Own process group, output to files: a block that starts something in the background
    # cannot keep the test waiting on a pipe, and is stopped with the block.
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with out.open("w") as stdout, err.open("w") as stderr:
        process = subprocess.Popen(
            command, cwd=workdir, env=env, stdout=stdout, stderr=stderr, start_new_session=True
        )
        try:
            returncode = process.wait(timeout=TIMEOUT)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return subprocess.CompletedProcess(
        command, returncode, out.read_text("utf-8"), err.read_text("utf-8")
    )


def _explain(result: subprocess.CompletedProcess[str], code: str) -> str:
    return (
        f"exit status {result.returncode}\n--- example ---\n{code}"
        f"--- stdout ---\n{result.stdout[-3000:]}\n--- stderr ---\n{result.stderr[-3000:]}"
    )


def _command(example: Block | str) -> tuple[list[str], str]:
    """How to run a doc block or an example script, and the code to show if it fails."""
    if isinstance(example, str):  # a script of examples/
        shown = (ROOT / example).read_text("utf-8")
        if example.endswith(".sh"):
            return ["bash", "-euo", "pipefail", example], shown
        if Path(example).name.startswith("test_"):
            return [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", example], shown
        return [sys.executable, example], shown
    if example.language in SHELL:
        script = example.shell_script()
        return ["bash", "-euo", "pipefail", "-c", script], script
    return [sys.executable, "-c", example.code], example.code


Outcome = tuple[subprocess.CompletedProcess[str], str]


@pytest.fixture(scope="module")
def outcomes(
    request: pytest.FixtureRequest,
    mock: MockServer,
    inputs: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[Block | str, Outcome]:
    """Every selected example, run side by side (one per core): they wait on the mock's
    clock and on interpreter start-up more than they compute, each in its own folder."""
    selected: list[Block | str] = []
    for item in request.session.items:
        params = getattr(item, "callspec", None)
        example = params.params.get("block", params.params.get("script")) if params else None
        if isinstance(example, (Block, str)) and not (
            isinstance(example, Block) and example.not_run is not None
        ):
            selected.append(example)

    def run(example: Block | str) -> Outcome:
        command, shown = _command(example)
        return _run(command, mock, inputs, tmp_path_factory.mktemp("example")), shown

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        return dict(zip(selected, pool.map(run, selected), strict=True))


@pytest.mark.parametrize("block", RUNNABLE, ids=[block.id for block in RUNNABLE])
def test_doc_example_runs(block: Block, outcomes: dict[Block | str, Outcome]) -> None:
    if block.not_run is not None:
        pytest.skip(f"not-run: {block.not_run}")
    result, shown = outcomes[block]
    assert result.returncode == 0, _explain(result, shown)


@pytest.mark.parametrize("script", EXAMPLE_SCRIPTS)
def test_example_script_runs(script: str, outcomes: dict[Block | str, Outcome]) -> None:
    result, shown = outcomes[script]
    assert result.returncode == 0, _explain(result, shown)


def test_not_run_markers_say_why() -> None:
    """A marker without a reason, or on a block that is not an example, hides nothing
    silently: every not-run block is a program block and says why it does not run."""
    for block in all_blocks():
        if block.not_run is not None:
            assert block.runnable, f"{block.id}: not-run marker on a {block.language!r} block"
            assert len(block.not_run) >= 8, f"{block.id}: say why the block does not run"


def test_examples_are_runnable_code() -> None:
    """No placeholder a reader would have to fill in: ``{...}``, ``params={...}``, a bare
    ``...`` line or ``=...`` in a block that runs."""
    for block in RUNNABLE:
        if block.not_run is not None:
            continue
        lines = block.code.splitlines()
        code = "\n".join(line.split(" #")[0] for line in lines if not line.lstrip().startswith("#"))
        for placeholder in ("{...}", "[...]", "(...)", "=...", "= ...", "\n...\n", "    ...\n"):
            assert placeholder not in f"\n{code}\n", f"{block.id}: {placeholder!r}"
