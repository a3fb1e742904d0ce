"""The sync client from the async one: ``weshop/_async/*.py`` → ``weshop/_sync/*.py``.

Like httpcore's ``scripts/unasync.py``: the async code is the one hand-written copy, and
the sync copy is what remains after dropping ``async``/``await`` and reading each async
name as its sync twin (the table below; ``weshop/_concurrency.py`` defines the pairs whose
behaviour differs). Run by ``nox -s generate``; ``nox -s drift`` fails when ``_sync/`` is
not what this produces; ``python -m codegen unasync [--check]`` for a quick loop.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
SOURCE: Final = ROOT / "weshop" / "_async"
TARGET: Final = ROOT / "weshop" / "_sync"

#: (pattern, replacement), applied in order; names match whole words only.
SUBSTITUTIONS: Final[Sequence[tuple[str, str]]] = (
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\baiter_bytes\b", "iter_bytes"),
    (r"\basyncio_detailed\b", "sync_detailed"),
    (r"\bop\.asyncio\b", "op.sync"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\bset_async_httpx_client\b", "set_httpx_client"),
    (r"\bget_async_httpx_client\b", "get_httpx_client"),
    (r"\basynccontextmanager\b", "contextmanager"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncBaseTransport\b", "BaseTransport"),
    (r"\bAsyncHTTPTransport\b", "HTTPTransport"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bCoroutine\[Any, Any, (\w+)\]", r"\1"),
    (r"\bAwaitable\[(\w+)\]", r"\1"),
    (r"\bagather\b", "gather"),
    (r"\barun_blocking\b", "run_blocking"),
    (r"\basleep_seconds\b", "sleep_seconds"),
    (r"\(asyncio\)", "(synchronous)"),
    # Every other AsyncName is the async twin of Name (AsyncWeShop, AsyncRun, AsyncRuns...).
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"\b_Async([A-Z]\w*)", r"_\1"),
)

_HEADER: Final = """# GENERATED from weshop/_async/{name} by codegen/unasync.py — do not edit.
# Edit the async source and run `nox -s generate` (`nox -s drift` checks this file).
"""


_PACKAGE_DOC: Final = '''"""The sync client and its resources, generated from ``weshop/_async/``."""
'''


def unasync_source(source: str) -> str:
    """The sync twin of one async module's text."""
    for pattern, replacement in SUBSTITUTIONS:
        source = re.sub(pattern, replacement, source)
    return source


def render(source_dir: Path = SOURCE) -> dict[str, str]:
    """File name → the sync module's text, for every module of ``source_dir``."""
    rendered = {"__init__.py": _HEADER.format(name="__init__.py") + _PACKAGE_DOC}
    for path in sorted(source_dir.glob("*.py")):
        if path.name == "__init__.py":
            continue
        text = unasync_source(path.read_text(encoding="utf-8"))
        rendered[path.name] = _HEADER.format(name=path.name) + text
    return rendered


def write(target_dir: Path = TARGET, source_dir: Path = SOURCE) -> list[Path]:
    """Write the sync modules into ``target_dir`` (formatted by ruff; modules the async
    side no longer has are removed); the paths written."""
    target_dir.mkdir(parents=True, exist_ok=True)
    rendered = render(source_dir)
    for stale in target_dir.glob("*.py"):
        if stale.name not in rendered:
            stale.unlink()
    written = []
    for name, text in rendered.items():
        path = target_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    _ruff(written)
    return written


def _ruff(paths: Sequence[Path]) -> None:
    # Formatting only settles line lengths the renames changed; the check removes imports
    # only the async side needs (asyncio, Awaitable...).
    bin_dir = Path(sys.executable).parent
    ruff = str(bin_dir / "ruff") if (bin_dir / "ruff").exists() else "ruff"
    files = [str(path) for path in paths]
    for command in ([ruff, "check", "--fix", "-q", "--select", "F401,I"], [ruff, "format", "-q"]):
        subprocess.run([*command, *files], check=True, cwd=ROOT)


def check(target_dir: Path = TARGET, source_dir: Path = SOURCE) -> list[str]:
    """The sync modules that differ from what :func:`write` would produce (as unified
    diffs); empty when they are up to date."""
    import difflib
    import tempfile

    with tempfile.TemporaryDirectory(prefix="weshop-unasync-") as tmp:
        fresh = Path(tmp) / "_sync"
        write(fresh, source_dir)
        problems = []
        names = {p.name for p in fresh.glob("*.py")} | {p.name for p in target_dir.glob("*.py")}
        for name in sorted(names):
            want = (fresh / name).read_text("utf-8") if (fresh / name).exists() else ""
            have = (target_dir / name).read_text("utf-8") if (target_dir / name).exists() else ""
            if want != have:
                diff = difflib.unified_diff(
                    have.splitlines(keepends=True),
                    want.splitlines(keepends=True),
                    f"committed/{name}",
                    f"generated/{name}",
                )
                problems.append("".join(diff) or f"{name}: differs")
        return problems


def main(argv: Sequence[str] = ()) -> int:
    if "--check" in argv:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print("weshop/_sync/ is out of date: run `nox -s generate`", file=sys.stderr)
        return 1 if problems else 0
    for path in write():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
