"""The Python side of a spec change: what a regenerated client removed, and what of it
the facade uses.

* :func:`package_breakages` compares two generated packages with griffe (removed public
  names, changed signatures) — a removed or renamed model is reported at generation time,
  not as hundreds of test-collection errors.
* :func:`facade_uses` lists the generated names the hand-written facade uses (its
  ``TYPE_CHECKING`` imports and the ``gen.<...>`` look-ups of ``weshop/_generated.py``);
  :func:`facade_problems` names those a package no longer has, and what that does.
* :func:`typed_agent_problems` checks the typed agents' keyword types against the params
  schemas of the overlaid spec (``location_id: int`` while the spec now says string).

Everything reads source files (``ast``): the codegen environment does not install the
facade's dependencies.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

__all__ = [
    "FacadeUse",
    "facade_problems",
    "facade_uses",
    "package_breakages",
    "typed_agent_problems",
]

PACKAGE: Final = "weshop_openapi"
_GENERATED_SEAM: Final = "gen"  # ``from . import _generated as gen``
_SUBMODULES: Final = frozenset({"client", "models", "types", "errors"})
# Python annotation → the JSON Schema types a value of it can be.
_JSON_TYPES: Final[Mapping[str, frozenset[str]]] = {
    "int": frozenset({"integer", "number"}),
    "float": frozenset({"number"}),
    "str": frozenset({"string"}),
    "bool": frozenset({"boolean"}),
    "bytes": frozenset({"string"}),
    "Sequence": frozenset({"array"}),
}


def package_breakages(old_root: Path, new_root: Path, package: str = PACKAGE) -> list[str]:
    """griffe's breaking changes between ``<old_root>/<package>`` and ``<new_root>/...``."""
    import griffe

    def load(root: Path) -> Any:
        return griffe.load(
            package, search_paths=[str(root)], allow_inspection=False, store_source=False
        )

    found: list[str] = []
    for breakage in griffe.find_breaking_changes(load(old_root), load(new_root)):
        path = breakage.obj.path
        found.append(f"{path}: {breakage.kind.value}")
    return sorted(found)


@dataclass(frozen=True)
class FacadeUse:
    """One generated name the facade uses: ``module`` (``models``, ``api.*``...) and
    ``name``, where, and whether only for typing (``TYPE_CHECKING``)."""

    module: str
    name: str
    file: str
    line: int
    typing_only: bool


def _type_checking_blocks(tree: ast.Module) -> Iterator[ast.stmt]:
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
            yield from node.body


def facade_uses(facade: Path) -> list[FacadeUse]:
    """Every generated name used by the facade's modules under ``facade``."""
    uses: list[FacadeUse] = []
    for path in sorted(facade.rglob("*.py")):
        if path.name == "_generated.py":
            continue  # the seam's own TYPE_CHECKING imports are what others look up
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(facade.parent).as_posix()
        typing_nodes = {id(n) for n in _type_checking_blocks(tree)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE):
                module = (node.module or "")[len(PACKAGE) + 1 :]
                for alias in node.names:
                    uses.append(
                        FacadeUse(module, alias.name, rel, node.lineno, id(node) in typing_nodes)
                    )
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
                base = node.value
                if (
                    isinstance(base.value, ast.Name)
                    and base.value.id == _GENERATED_SEAM
                    and base.attr in _SUBMODULES
                ):
                    uses.append(FacadeUse(base.attr, node.attr, rel, node.lineno, False))
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == _GENERATED_SEAM
                and node.attr not in _SUBMODULES
                and not node.attr.startswith("generated_")
                and node.attr != "GENERATED_PACKAGE"
            ):
                uses.append(FacadeUse("api.*", node.attr, rel, node.lineno, False))
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "generated_attr"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                module_arg, name_arg = (str(getattr(a, "value", "")) for a in node.args)
                uses.append(FacadeUse(module_arg, name_arg, rel, node.lineno, False))
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "generated_literals"
            ):
                # Literal aliases resolved at run time fall back to str: typing only.
                uses.extend(
                    FacadeUse("models", str(arg.value), rel, node.lineno, True)
                    for arg in node.args
                    if isinstance(arg, ast.Constant)
                )
    return _dedupe(uses)


def _dedupe(uses: list[FacadeUse]) -> list[FacadeUse]:
    seen: set[tuple[str, str, str]] = set()
    out: list[FacadeUse] = []
    for use in uses:
        key = (use.module, use.name, use.file)
        if key not in seen:
            seen.add(key)
            out.append(use)
    return out


def _exports(package_dir: Path, module: str) -> set[str] | None:
    """Names a generated module defines or re-exports (``None``: no such module)."""
    if module == "api.*":
        return {p.stem for p in package_dir.glob("api/*/*.py") if p.stem != "__init__"}
    base = package_dir.joinpath(*module.split(".")) if module else package_dir
    path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
    if not path.is_file():
        return None
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.ClassDef | ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    if base.is_dir():
        names.update(p.stem for p in base.glob("*.py"))
        names.update(p.name for p in base.iterdir() if (p / "__init__.py").is_file())
    return names


def facade_problems(package_dir: Path, facade: Path) -> list[str]:
    """The generated names the facade uses that ``package_dir`` does not have, and what
    each means for users."""
    problems: list[str] = []
    for use in facade_uses(facade):
        exports = _exports(package_dir, use.module)
        if exports is not None and use.name in exports:
            continue
        where = f"{use.file}:{use.line}"
        qualified = f"{PACKAGE}.{use.module}.{use.name}"
        if use.typing_only:
            consequence = (
                "used only in annotations (never evaluated at run time): `import weshop`"
                " and the methods still work, values are plain strings; mypy fails until"
                " the facade is updated"
            )
        else:
            consequence = (
                "the methods that need it raise weshop.OperationUnavailableError; everything"
                " else works"
            )
        problems.append(f"{qualified} is gone ({where}): {consequence}")
    return problems


def typed_agent_problems(spec: Mapping[str, Any], agents_module: Path) -> list[str]:
    """Typed-agent keywords whose Python type no longer fits the spec's params schema."""
    tree = ast.parse(agents_module.read_text(encoding="utf-8"))
    builders = _agent_builders(tree)
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
    problems: list[str] = []
    for agent, (builder, schema_name) in sorted(builders.items()):
        function = functions.get(builder)
        properties = (schemas.get(schema_name) or {}).get("properties") or {}
        if function is None:
            continue
        sent = _params_keywords(function)
        for arg in function.args.kwonlyargs:
            wire = _wire_name(arg.arg)
            if arg.arg in sent and wire not in properties:
                problems.append(
                    f"{builder}({arg.arg}=...) sends {wire}, which {schema_name} no longer has"
                    f" ({agent}): regenerate the typed agents (nox -s generate)"
                )
                continue
            if wire not in properties or arg.annotation is None:
                continue
            wanted = _schema_types(properties[wire])
            have = _annotation_types(arg.annotation)
            if wanted and have and not (wanted & have):
                problems.append(
                    f"{builder}({arg.arg}: {ast.unparse(arg.annotation)}) but"
                    f" {schema_name}.{wire} is {'|'.join(sorted(wanted))} in the spec"
                    f" ({agent}): regenerate the typed agents (nox -s generate)"
                )
    return problems


def _params_keywords(function: ast.FunctionDef) -> set[str]:
    """The keywords a builder sends as params: those it passes to ``_params(...)``, or the
    keys of ``wires={...}`` in the generated builders' ``build_call(...)``."""
    sent: set[str] = set()
    for node in ast.walk(function):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id == "_params":
            sent.update(keyword.arg for keyword in node.keywords if keyword.arg is not None)
        elif node.func.id == "build_call":
            for keyword in node.keywords:
                if keyword.arg == "wires" and isinstance(keyword.value, ast.Dict):
                    sent.update(
                        str(key.value)
                        for key in keyword.value.keys
                        if isinstance(key, ast.Constant)
                    )
    return sent


def _agent_builders(tree: ast.Module) -> dict[str, tuple[str, str]]:
    for node in tree.body:
        target: ast.expr | None = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and target.id == "AGENT_BUILDERS":
            if not isinstance(value, ast.Dict):
                break
            found: dict[str, tuple[str, str]] = {}
            for key, item in zip(value.keys, value.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and isinstance(item, ast.Tuple)
                    and len(item.elts) == 2
                    and isinstance(item.elts[0], ast.Name)
                    and isinstance(item.elts[1], ast.Constant)
                ):
                    found[str(key.value)] = (item.elts[0].id, str(item.elts[1].value))
            return found
    return {}


def _wire_name(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _schema_types(schema: object) -> frozenset[str]:
    if not isinstance(schema, Mapping):
        return frozenset()
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(map(str, kind))
    return frozenset()


def _annotation_types(annotation: ast.expr) -> frozenset[str]:
    """The JSON types a keyword's annotation allows (``None`` parts ignored; a generated
    Literal alias — any other name — is a string enum)."""
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _annotation_types(annotation.left) | _annotation_types(annotation.right)
    if isinstance(annotation, ast.Constant) and annotation.value is None:
        return frozenset()
    if isinstance(annotation, ast.Subscript):
        return _JSON_TYPES.get(ast.unparse(annotation.value).split(".")[-1], frozenset())
    if isinstance(annotation, ast.Name):
        return _JSON_TYPES.get(annotation.id, frozenset({"string"}))
    return frozenset()
