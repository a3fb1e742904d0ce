"""The code examples of the documentation: fenced blocks read from the markdown files.

A block is run when its language is a program one (``python``, ``sh``, ``bash``,
``shell``, ``console``); other fences (``text``, ``json``, ``csv``...) show output or data.
A block that must not run says so, visibly, on the line before its fence::

    <!-- not-run: installs from PyPI -->
    ```sh
    pip install weshop
    ```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[2]

#: The files whose examples are run: the README, the guides, the contributors' guide and
#: the examples folder's README (the examples' scripts are run by test_examples.py).
DOC_FILES: Final = (
    "README.md",
    "CONTRIBUTING.md",
    "CHANGELOG.md",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md")),
    "examples/README.md",
)

PYTHON: Final = frozenset({"python", "py", "pycon"})
SHELL: Final = frozenset({"sh", "bash", "shell", "console"})

_FENCE = re.compile(r"^(?P<fence>```+|~~~+)\s*(?P<info>[^\s`]*)")
_NOT_RUN = re.compile(r"^<!--\s*not-run:\s*(?P<reason>.*?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    path: str
    line: int  # of the opening fence, 1-based
    language: str
    code: str
    not_run: str | None  # the reason, when marked not-run

    @property
    def id(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def runnable(self) -> bool:
        return self.language in PYTHON | SHELL

    def shell_script(self) -> str:
        """The commands of a shell block (a ``console`` block: the ``$ `` lines and their
        ``\\`` continuations; its other lines are output)."""
        if self.language != "console":
            return self.code
        commands: list[str] = []
        continuing = False
        for line in self.code.splitlines():
            if continuing:
                commands.append(line)
            elif line.startswith("$ "):
                commands.append(line[2:])
            else:
                continue
            continuing = line.rstrip().endswith("\\")
        return "\n".join(commands) + "\n"


def blocks(path: str) -> list[Block]:
    """Every fenced block of ``path`` (relative to the repository root)."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        fence, language = match["fence"], match["info"].lower()
        start = index
        body: list[str] = []
        index += 1
        while index < len(lines) and not lines[index].startswith(fence):
            body.append(lines[index])
            index += 1
        index += 1
        previous = start - 1
        while previous >= 0 and not lines[previous].strip():
            previous -= 1
        marker = _NOT_RUN.match(lines[previous]) if previous >= 0 else None
        found.append(
            Block(
                path=path,
                line=start + 1,
                language=language,
                code="\n".join(body) + "\n",
                not_run=marker["reason"] if marker else None,
            )
        )
    return found


def all_blocks() -> list[Block]:
    return [block for path in DOC_FILES if (ROOT / path).exists() for block in blocks(path)]
