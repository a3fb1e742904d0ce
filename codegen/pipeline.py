"""The generation pipeline: pinned upstream spec → overlay → OpenAPI 3.1 check → client.

Run it through nox (``nox -s generate``, ``nox -s drift``, ``nox -s fetch``) or directly
with ``python -m codegen {generate,drift,fetch}``. Everything here is offline except
``fetch``, and the output is byte-for-byte reproducible for pinned tool versions: the same
inputs always give the same ``generated/`` tree.

Layout of the output directory (``generated/``)::

    openapi.yaml        the overlaid spec: the single source of truth
    provenance.json     sha256 of the inputs, generator and formatter versions
    weshop_openapi/     the low-level client written by openapi-python-client
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Final

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from codegen.overlay import apply_overlay, apply_overlay_file, load_overlay
from codegen.typed_agents import render as render_typed_agents

__all__ = [
    "DEFAULT_PATHS",
    "LIVE_SPEC_URL",
    "PipelineError",
    "PipelinePaths",
    "build_overlaid_spec",
    "check_expected_models",
    "compare_trees",
    "fetch",
    "generate",
]

ROOT: Final = Path(__file__).resolve().parent.parent
LIVE_SPEC_URL: Final = "https://openapi.weshop.ai/openapi/agent/openapi.yaml"
PACKAGE_NAME: Final = "weshop_openapi"

# Models the rest of the project stands on. `drift` fails if one is missing or if any of
# its fields degraded to `Any` (what openapi-python-client does with schemas it cannot
# type, e.g. an object whose top level carries anyOf/oneOf of `required` blocks).
EXPECTED_MODELS: Final = (
    "AimodelParams",
    "AiproductParams",
    "AiposeParams",
    "ExpandimageParams",
    "RemovebgParams",
    "VirtualtryonParams",
    "RunRequest",
    "RunCreatedEnvelope",
    "RunEnvelope",
    "RunData",
    "Execution",
    "ResultItem",
    "ErrorEnvelope",
    "ErrorDetail",
    "LegacyEnvelope",
    "AgentInfoEnvelope",
    "PowerEstimateEnvelope",
    "TaskQueryEnvelope",
)


class PipelineError(Exception):
    """A pipeline step failed; the message says which and why."""


@dataclass(frozen=True)
class PipelinePaths:
    """Where the pipeline reads its inputs and writes its output."""

    upstream: Path
    overlay: Path
    config: Path
    output: Path
    #: Further overlays applied after ``overlay``, in order (the agent catalog, written by
    #: ``python -m codegen.catalog``).
    extra_overlays: tuple[Path, ...] = ()
    #: Where the typed catalog agents are written (``codegen/typed_agents.py``); None: not.
    typed_agents: Path | None = None


DEFAULT_PATHS: Final = PipelinePaths(
    upstream=ROOT / "codegen" / "upstream" / "openapi.yaml",
    overlay=ROOT / "overlay" / "weshop.overlay.yaml",
    config=ROOT / "codegen" / "config.yaml",
    output=ROOT / "generated",
    extra_overlays=(ROOT / "overlay" / "catalog-2026-04.overlay.yaml",),
    typed_agents=ROOT / "weshop" / "_typed_agents.py",
)


def build_overlaid_spec(paths: PipelinePaths = DEFAULT_PATHS) -> dict[str, Any]:
    """Apply the overlay to the pinned spec and check the result is valid OpenAPI 3.1."""
    spec = apply_overlay_file(paths.upstream, paths.overlay)
    for extra in paths.extra_overlays:
        spec = apply_overlay(spec, load_overlay(extra))
    errors = sorted(OpenAPIV31SpecValidator(spec).iter_errors(), key=str)
    if errors:
        listed = "\n".join(
            f"  - {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors
        )
        raise PipelineError(f"the overlaid spec is not valid OpenAPI 3.1:\n{listed}")
    return spec


def dump_spec(spec: dict[str, Any]) -> str:
    """Serialise a spec deterministically (key order kept, no line folding)."""
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=10_000)


def generate(paths: PipelinePaths = DEFAULT_PATHS) -> None:
    """Regenerate ``paths.output`` from the pinned spec and the overlay."""
    spec = build_overlaid_spec(paths)
    text = dump_spec(spec)
    output = paths.output
    output.mkdir(parents=True, exist_ok=True)
    (output / "openapi.yaml").write_text(text, encoding="utf-8")
    _run_generator(output / "openapi.yaml", paths.config, output / PACKAGE_NAME)
    provenance = _provenance(paths, text)
    (output / "provenance.json").write_text(
        json.dumps(provenance, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    check_expected_models(output / PACKAGE_NAME)
    if paths.typed_agents is not None:
        write_typed_agents(spec, paths.typed_agents)


def write_typed_agents(spec: dict[str, Any], target: Path) -> None:
    """Render the typed catalog agents from ``spec`` into ``target``, formatted by ruff."""
    target.write_text(render_typed_agents(spec), encoding="utf-8")
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    for command in (["ruff", "format", "-q"], ["ruff", "check", "--fix", "-q"]):
        done = subprocess.run(
            [*command, str(target)], capture_output=True, text=True, env=env, check=False
        )
        if done.returncode != 0:
            raise PipelineError(f"ruff failed on {target}:\n{done.stdout}{done.stderr}")


def _run_generator(spec_path: Path, config: Path, package_dir: Path) -> None:
    env = dict(os.environ)
    # The generator's post-hooks call `ruff`; use the one installed beside this Python.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise PipelineError(
            "openapi-python-client failed:\n" + (result.stdout + result.stderr).strip()
        )
    # `--meta none` writes no PEP 561 marker; without it a user's mypy sees the installed
    # package as untyped (every Literal enum of the facade's signatures becomes Any).
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _provenance(paths: PipelinePaths, overlaid_text: str) -> dict[str, Any]:
    def rel(path: Path) -> str:
        try:
            return path.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            return path.as_posix()

    return {
        "upstream": {"path": rel(paths.upstream), "sha256": _sha256(paths.upstream)},
        "overlay": {"path": rel(paths.overlay), "sha256": _sha256(paths.overlay)},
        "extra_overlays": [
            {"path": rel(extra), "sha256": _sha256(extra)} for extra in paths.extra_overlays
        ],
        "config": {"path": rel(paths.config), "sha256": _sha256(paths.config)},
        "overlaid_spec_sha256": hashlib.sha256(overlaid_text.encode("utf-8")).hexdigest(),
        "generator": {
            "name": "openapi-python-client",
            "version": metadata.version("openapi-python-client"),
        },
        "formatter": {"name": "ruff", "version": metadata.version("ruff")},
    }


def _snake(name: str) -> str:
    out: list[str] = []
    for i, char in enumerate(name):
        if char.isupper() and i and not name[i - 1].isupper():
            out.append("_")
        out.append(char.lower())
    return "".join(out)


def check_expected_models(package_dir: Path) -> None:
    """Fail unless every expected model exists as a class with no field typed ``Any``."""
    problems: list[str] = []
    for model in EXPECTED_MODELS:
        module = package_dir / "models" / f"{_snake(model)}.py"
        if not module.is_file():
            problems.append(f"{model}: no module {module.name} (the schema degraded to Any?)")
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        classes = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == model]
        if not classes:
            problems.append(f"{model}: {module.name} defines no class {model}")
            continue
        for node in classes[0].body:
            if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
                continue
            field = node.target.id
            annotation = ast.unparse(node.annotation)
            if field != "additional_properties" and "Any" in annotation:
                problems.append(f"{model}.{field} is typed {annotation}")
    if problems:
        raise PipelineError(
            "generated models are missing or untyped:\n  - " + "\n  - ".join(problems)
        )


def _is_cache(part: str) -> bool:
    # Tool caches (mypy, ruff, pytest, bytecode) are never part of the generated output.
    return part == "__pycache__" or part.startswith(".")


def compare_trees(
    expected: Path, actual: Path, *, max_diff_lines: int = 400, only: str | None = None
) -> list[str]:
    """Return a readable diff of two directory trees (empty when identical); with ``only``,
    of that one file in each."""

    def files(root: Path) -> dict[str, Path]:
        if only is not None:
            return {only: root / only} if (root / only).is_file() else {}
        return {
            p.relative_to(root).as_posix(): p
            for p in root.rglob("*")
            if p.is_file() and not any(_is_cache(part) for part in p.relative_to(root).parts)
        }

    want, have = files(expected), files(actual)
    lines: list[str] = []
    for name in sorted(want.keys() - have.keys()):
        lines.append(f"only in regenerated output: {name}")
    for name in sorted(have.keys() - want.keys()):
        lines.append(f"only in committed tree: {name}")
    for name in sorted(want.keys() & have.keys()):
        a, b = want[name].read_bytes(), have[name].read_bytes()
        if a == b:
            continue
        try:
            diff = difflib.unified_diff(
                b.decode("utf-8").splitlines(),
                a.decode("utf-8").splitlines(),
                fromfile=f"committed/{name}",
                tofile=f"regenerated/{name}",
                lineterm="",
            )
            lines.extend(diff)
        except UnicodeDecodeError:
            lines.append(f"binary file differs: {name}")
    if len(lines) > max_diff_lines:
        lines = [*lines[:max_diff_lines], f"... ({len(lines) - max_diff_lines} more lines)"]
    return lines


def drift(paths: PipelinePaths = DEFAULT_PATHS) -> list[str]:
    """Regenerate into a temporary directory and diff it against ``paths.output``."""
    check_expected_models(paths.output / PACKAGE_NAME)
    with tempfile.TemporaryDirectory(prefix="weshop-drift-") as tmp:
        typed = Path(tmp) / "typed" / "_typed_agents.py" if paths.typed_agents else None
        if typed is not None:
            typed.parent.mkdir()
        fresh = dataclasses.replace(paths, output=Path(tmp) / "generated", typed_agents=typed)
        generate(fresh)
        # provenance records input paths relative to the repository; keep them comparable.
        problems = compare_trees(fresh.output, paths.output)
        if typed is not None and paths.typed_agents is not None:
            problems += compare_trees(typed.parent, paths.typed_agents.parent, only=typed.name)
        return problems


def fetch(paths: PipelinePaths = DEFAULT_PATHS, *, url: str = LIVE_SPEC_URL) -> bool:
    """Download the live spec into the pinned snapshot. Returns False (and keeps the
    pinned file) when the live spec cannot be fetched or is not a valid OpenAPI document."""
    import httpx

    pinned = f"{paths.upstream} (sha256 {_sha256(paths.upstream)[:12]}…)"
    try:
        response = httpx.get(url, timeout=15.0, follow_redirects=True)
        response.raise_for_status()
        document = yaml.safe_load(response.text)
    except (httpx.HTTPError, yaml.YAMLError) as exc:
        print(f"fetch: could not fetch {url}: {exc.__class__.__name__}: {exc}")
        print(f"fetch: offline or unreachable — keeping the pinned snapshot {pinned}")
        return False
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3.1"):
        print(f"fetch: {url} did not return an OpenAPI 3.1 document — keeping {pinned}")
        return False
    paths.upstream.write_text(response.text, encoding="utf-8")
    print(f"fetch: wrote {paths.upstream}; review `git diff`, then run `nox -s generate`")
    return True
