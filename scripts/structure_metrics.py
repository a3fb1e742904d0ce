"""Structure figures of the hand-written code (issues 13 and 22), for a before/after report:
``python scripts/structure_metrics.py [ROOT]`` (ROOT: a checkout, default this one) prints
them as JSON on stdout and as a short table on stderr.

Generated modules (a ``GENERATED`` header: ``weshop/_sync/*``, ``_typed_agents``,
``_operations``) never count, except as nodes of the import graph (a cycle through
``weshop/_sync/client.py`` is a real cycle, mended in its async source).

* twin lines — non-blank lines of hand-written ``Async*`` classes that equal a line of
  their hand-written sync twin once ``async``/``await`` are dropped (what is kept twice
  by hand);
* private client accesses — ``client._x``, ``self._client._x``, ``owner._x`` outside the
  client modules;
* facade lines per wrapped operation — non-blank hand-written lines of ``weshop/*.py``
  and ``weshop/{_async,resources}/*.py`` over the operations the facade wraps;
* largest modules and classes — physical lines (a class: ``class`` line to its last line);
* import cycles — strongly connected components (Tarjan) of the graph of ``weshop``
  modules importing each other at import time: module-level imports, including those in
  a module-level ``try``/``if`` or class body, but not those under ``if TYPE_CHECKING:``
  nor inside functions. Two more figures add the function-local imports (the cycles
  that only those keep from failing), then the ``TYPE_CHECKING`` ones too (every import).
  ``from pkg import name`` is an edge to ``pkg.name`` when that is a module, else to
  ``pkg``; a package's ``__init__`` run by importing its submodule is not an edge;
* function-local imports — ``import`` statements inside a function, per package (all of
  them, and those of ``weshop`` modules: the ones that dodge an import cycle);
* private imports from the CLI — imports in ``weshop/cli`` (anywhere) of a module outside
  it that has a ``_``-named part (``weshop._base_client``, ``weshop.mock._server``).
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path
from typing import Any, Final

CLIENT_MODULES = {
    "weshop/_client.py",
    "weshop/_async/client.py",
    "weshop/_sync/client.py",
    "weshop/_async/_api.py",
    "weshop/_sync/_api.py",
}
OPERATIONS = 15  # createRun ... deleteMyLocation: the operations the facade wraps


def _generated(path: Path) -> bool:
    # A word of its own: weshop/_generated.py's docstring names GENERATED_PACKAGE.
    head = path.read_text(encoding="utf-8")[:400]
    return re.search(r"\bGENERATED\b", head) is not None or path.name == "_operations.py"


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


# ---------------------------------------------------------------------- sizes (issue 22)

TOP: Final = 8
MODULE_GUIDE: Final = 600
CLASS_GUIDE: Final = 300


def _modules(root: Path) -> dict[str, Path]:
    """Every module of the ``weshop`` package by dotted name (generated ones included)."""
    found: dict[str, Path] = {}
    for path in sorted((root / "weshop").rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _hand_written_modules(root: Path) -> dict[str, Path]:
    return {name: path for name, path in _modules(root).items() if not _generated(path)}


def sizes(root: Path) -> dict[str, object]:
    modules: list[tuple[int, str]] = []
    classes: list[tuple[int, str]] = []
    for name, path in _hand_written_modules(root).items():
        source = path.read_text(encoding="utf-8")
        modules.append((len(source.splitlines()), name))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                classes.append((node.end_lineno - node.lineno + 1, f"{name}.{node.name}"))
    modules.sort(key=lambda item: (-item[0], item[1]))
    classes.sort(key=lambda item: (-item[0], item[1]))
    return {
        "largest_modules": {name: lines for lines, name in modules[:TOP]},
        "largest_classes": {name: lines for lines, name in classes[:TOP]},
        f"modules_over_{MODULE_GUIDE}": sum(lines > MODULE_GUIDE for lines, _ in modules),
        f"classes_over_{CLASS_GUIDE}": sum(lines > CLASS_GUIDE for lines, _ in classes),
    }


# ---------------------------------------------------------------------- imports (issue 22)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_time_imports(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """The imports a module runs when it is imported (see the module docstring)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            found.extend(_import_time_imports(node.orelse))
        else:
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                for child in getattr(node, field, []):
                    inner = (
                        child.body
                        if isinstance(child, ast.ExceptHandler | ast.match_case)
                        else [child]
                    )
                    found.extend(_import_time_imports(inner))
    return found


def _function_local_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom) and inner not in found:
                    found.append(inner)
    return found


def _targets(
    node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]
) -> list[str]:
    """The ``weshop`` modules an import statement imports."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name in known]
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, *([node.module] if node.module else [])])
    else:
        base = node.module or ""
    targets = []
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        if submodule in known:
            targets.append(submodule)
        elif base in known:
            targets.append(base)
    return list(dict.fromkeys(targets))


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the components of more than one module (or a self-import)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(components, key=lambda c: (-len(c), c))


def imports(root: Path) -> dict[str, object]:
    modules = _modules(root)
    known = set(modules)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    # The same graph with the function-local imports added: its cycles are the ones that
    # only a function-local import keeps from failing at import time.
    deferred: dict[str, set[str]] = {name: set() for name in modules}
    everything: dict[str, set[str]] = {name: set() for name in modules}
    local: dict[str, dict[str, int]] = {}
    cli_private: dict[str, int] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        for node in _import_time_imports(tree.body):
            graph[name].update(_targets(node, name, is_package, known))
        deferred[name].update(graph[name])
        for node in _function_local_imports(tree):
            deferred[name].update(_targets(node, name, is_package, known))
        every_import = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
        for node in every_import:
            everything[name].update(_targets(node, name, is_package, known))
        if _generated(path):
            continue
        package = name if is_package else name.rpartition(".")[0]
        counts = local.setdefault(package, {"all": 0, "of_weshop": 0})
        for node in _function_local_imports(tree):
            counts["all"] += 1
            counts["of_weshop"] += bool(_targets(node, name, is_package, known))
        if name.startswith("weshop.cli"):
            for node in every_import:
                for target in _targets(node, name, is_package, known):
                    private = any(part.startswith("_") for part in target.split(".")[1:])
                    if private and not target.startswith("weshop.cli"):
                        cli_private[target] = cli_private.get(target, 0) + 1
    cycles = _strongly_connected(graph)
    broken = _strongly_connected(deferred)
    typed = _strongly_connected(everything)
    return {
        "import_cycles": {"count": len(cycles), "components": cycles},
        "import_cycles_with_local_imports": {"count": len(broken), "components": broken},
        "import_cycles_with_type_checking": {"count": len(typed), "components": typed},
        "function_local_imports": {
            "by_package": dict(sorted(local.items())),
            "total": sum(c["all"] for c in local.values()),
            "total_of_weshop": sum(c["of_weshop"] for c in local.values()),
        },
        "cli_private_imports": {
            "count": sum(cli_private.values()),
            "by_module": dict(sorted(cli_private.items())),
        },
    }


# ---------------------------------------------------------------------- report


def _table(figures: dict[str, Any]) -> str:
    rows = [
        ("twin lines kept twice by hand", figures["twin_lines"]["kept_twice_by_hand"]),
        ("private client accesses", figures["private_client_accesses"]),
        ("facade lines per operation", figures["facade_lines_per_operation"]),
    ]
    size = figures["sizes"]
    for name, lines in list(size["largest_modules"].items())[:3]:
        rows.append((f"module {name}", lines))
    rows.append((f"modules over {MODULE_GUIDE} lines", size[f"modules_over_{MODULE_GUIDE}"]))
    for name, lines in list(size["largest_classes"].items())[:3]:
        rows.append((f"class {name}", lines))
    rows.append((f"classes over {CLASS_GUIDE} lines", size[f"classes_over_{CLASS_GUIDE}"]))
    cycles = figures["import_cycles"]
    sizes_text = ", ".join(str(len(c)) for c in cycles["components"]) or "none"
    rows.append(("import cycles (modules in each)", f"{cycles['count']} ({sizes_text})"))
    for key, label in (
        ("import_cycles_with_local_imports", "... with function-local imports"),
        ("import_cycles_with_type_checking", "... and TYPE_CHECKING imports"),
    ):
        found = figures[key]
        sizes_text = ", ".join(str(len(c)) for c in found["components"]) or "none"
        rows.append((label, f"{found['count']} ({sizes_text})"))
    local = figures["function_local_imports"]
    for package, counts in local["by_package"].items():
        if counts["all"]:
            rows.append(
                (
                    f"function-local imports {package}",
                    f"{counts['all']} ({counts['of_weshop']} of weshop)",
                )
            )
    rows.append(
        ("function-local imports, all", f"{local['total']} ({local['total_of_weshop']} of weshop)")
    )
    rows.append(("private imports from weshop.cli", figures["cli_private_imports"]["count"]))
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in rows)


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent
    figures: dict[str, Any] = {
        "twin_lines": twin_lines(root),
        "private_client_accesses": private_client_accesses(root),
        "facade_lines_per_operation": facade_lines_per_operation(root),
        "sizes": sizes(root),
        **imports(root),
    }
    print(json.dumps(figures, indent=1))
    print(_table(figures), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
