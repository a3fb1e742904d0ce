"""Structure figures of the hand-written facade (issue 13), for a before/after report:
``python scripts/structure_metrics.py [ROOT]`` (ROOT: a checkout, default this one).

* twin lines — non-blank lines of hand-written ``Async*`` classes that equal a line of
  their hand-written sync twin once ``async``/``await`` are dropped (what is kept twice
  by hand); generated modules (``weshop/_sync``, ``_typed_agents``...) do not count;
* private client accesses — ``client._x``, ``self._client._x``, ``owner._x`` outside the
  client modules;
* facade lines per wrapped operation — non-blank hand-written lines of ``weshop/*.py``
  and ``weshop/{_async,resources}/*.py`` over the operations the facade wraps.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

CLIENT_MODULES = {"weshop/_client.py", "weshop/_async/client.py", "weshop/_sync/client.py"}
OPERATIONS = 15  # createRun ... deleteMyLocation: the operations the facade wraps


def _generated(path: Path) -> bool:
    head = path.read_text(encoding="utf-8")[:400]
    return "GENERATED" in head or path.name == "_operations.py"


def _hand_written(root: Path, pattern: str) -> list[Path]:
    return [path for path in sorted(root.glob(pattern)) if not _generated(path)]


def _unasync(line: str) -> str:
    for pattern, replacement in (
        (r"\basync (def|with|for)\b", r"\1"),
        (r"\bawait ", ""),
        (r"\bAsync([A-Z]\w*)", r"\1"),
        (r"\basyncio_detailed\b", "sync_detailed"),
        (r"\baread\b", "read"),
        (r"\baclose\b", "close"),
    ):
        line = re.sub(pattern, replacement, line)
    return line.strip()


def twin_lines(root: Path) -> dict[str, int]:
    classes: dict[str, list[str]] = {}
    for path in _hand_written(root, "weshop/**/*.py"):
        source = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(source))):
            if isinstance(node, ast.ClassDef):
                body = source[node.lineno - 1 : node.end_lineno]
                classes[node.name] = [line for line in body if line.strip()]
    async_lines = twinned = 0
    for name, lines in classes.items():
        twin = classes.get(name.removeprefix("Async")) if name.startswith("Async") else None
        if twin is None:
            continue
        twin_set = {line.strip() for line in twin}
        async_lines += len(lines)
        twinned += sum(_unasync(line) in twin_set for line in lines)
    return {"async_class_lines": async_lines, "kept_twice_by_hand": twinned}


def private_client_accesses(root: Path) -> int:
    count = 0
    for path in _hand_written(root, "weshop/**/*.py"):
        if str(path.relative_to(root)) in CLIENT_MODULES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Attribute) and node.attr.startswith("_")):
                continue
            if node.attr.startswith("__"):
                continue
            target = node.value
            if (isinstance(target, ast.Name) and target.id in {"client", "owner"}) or (
                isinstance(target, ast.Attribute) and target.attr in {"_client", "owner"}
            ):
                count += 1
    return count


def facade_lines_per_operation(root: Path) -> float:
    paths = [
        *_hand_written(root, "weshop/*.py"),
        *_hand_written(root, "weshop/_async/*.py"),
        *_hand_written(root, "weshop/resources/*.py"),
    ]
    lines = sum(
        1
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    return round(lines / OPERATIONS, 1)


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent
    print(
        json.dumps(
            {
                "twin_lines": twin_lines(root),
                "private_client_accesses": private_client_accesses(root),
                "facade_lines_per_operation": facade_lines_per_operation(root),
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
