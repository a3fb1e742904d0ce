"""Lists the docs repeat match their one source: pyproject.toml (runtime dependencies,
extras) and the CLI's exit statuses (``weshop.cli._common.Exit``)."""

from __future__ import annotations

import re
import tomllib

from weshop.cli._common import Exit
from weshop.cli._help import top_epilog

from ._blocks import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_MD = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def _name(requirement: str) -> str:
    """The distribution name of a requirement, normalized (PEP 503)."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group()).lower()


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    following = re.search(r"^## ", text[start + len(heading) :], re.MULTILINE)
    return text[start : start + len(heading) + following.start()] if following else text[start:]


def test_vendoring_lists_every_runtime_dependency() -> None:
    # A vendored copy set up from an incomplete list fails on its first request.
    vendoring = _section(README, "## Vendoring")
    listed = re.search(r"it\): ([^.]+)\.", vendoring)
    assert listed, "the README's vendoring section lists the runtime dependencies"
    names = {_name(item.strip()) for item in listed.group(1).split(",")}
    assert names == {_name(r) for r in PYPROJECT["project"]["dependencies"]}


def test_extras_table_matches_pyproject() -> None:
    extras: dict[str, list[str]] = PYPROJECT["project"]["optional-dependencies"]
    rows = {
        match.group(1): match.group(0)
        for match in re.finditer(r"^\| `([a-z]+)`(?:, `[a-z]+`)? \|.*$", README, re.MULTILINE)
    }
    named = set(re.findall(r"^\| `([a-z]+)`, `([a-z]+)` \|", README, re.MULTILINE)[0])
    assert set(rows) | named == set(extras), "the README's extras table names every extra"
    for extra in ("fast", "mock", "contract"):
        adds = rows[extra].split("|")[2].lower().replace("-", "")
        for requirement in extras[extra]:
            if requirement.startswith("weshop["):
                for included in requirement[len("weshop[") : -1].split(","):
                    assert f"`{included}`" in adds, f"{extra} includes {included}"
            else:
                assert _name(requirement).replace("-", "") in adds, (extra, requirement)


def test_exit_statuses_are_documented_everywhere() -> None:
    table = _section(CLI_MD, "## Exit status")
    cli_section = _section(README, "## The command line")
    epilog = top_epilog()
    for status in Exit:
        assert re.search(rf"^\| {status.value} \|", table, re.MULTILINE), status
        assert re.search(rf"\b{status.value} [A-Za-z]", cli_section), status
        assert re.search(rf"\b{status.value} [A-Za-z]", epilog), status
    documented = {int(v) for v in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)}
    assert documented == {status.value for status in Exit}
