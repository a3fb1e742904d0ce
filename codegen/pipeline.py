"""The generation pipeline: pinned upstream spec → overlay → OpenAPI 3.1 check → client.

Run it through nox (``nox -s generate``, ``nox -s drift``, ``nox -s fetch``) or directly
with ``python -m codegen {generate,drift,fetch}``. Everything here is offline except
``fetch``, and the output is byte-for-byte reproducible for pinned tool versions: the same
inputs always give the same ``generated/`` tree.

Layout of the output directory (``generated/``)::

    openapi.yaml        the overlaid spec: the single source of truth
    openapi.parsed.json that spec parsed, as JSON, tied to it by sha256: the facade reads
                        it instead of parsing YAML (a cold start pays ~2 ms, not ~150 ms)
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
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Final

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from codegen import unasync
from codegen.changes import ChangeReport, compare, render_json, render_markdown
from codegen.operations import OperationsError
from codegen.operations import operation_facts as spec_operation_facts
from codegen.operations import render as render_operations
from codegen.overlay import (
    EXPECT_KEY,
    OverlayError,
    actions_touching,
    apply_overlay_traced,
    load_document,
    load_overlay,
)
from codegen.surface import facade_problems, package_breakages, typed_agent_problems
from codegen.typed_agents import DOCUMENTED_MODULE, render_documented
from codegen.typed_agents import render as render_typed_agents

__all__ = [
    "CHANGES_JSON",
    "CHANGES_MD",
    "DEFAULT_PATHS",
    "FETCH_CHANGED",
    "FETCH_UNCHANGED",
    "FETCH_UNREACHABLE",
    "LIVE_SPEC_URL",
    "PARSED_SPEC",
    "Drift",
    "Generation",
    "PipelineError",
    "PipelinePaths",
    "baseline_upstream",
    "build_overlaid_spec",
    "check_expected_models",
    "compare_trees",
    "fetch",
    "generate",
    "parsed_spec_text",
]

ROOT: Final = Path(__file__).resolve().parent.parent
LIVE_SPEC_URL: Final = "https://openapi.weshop.ai/openapi/agent/openapi.yaml"
PACKAGE_NAME: Final = "weshop_openapi"
FACADE: Final = ROOT / "weshop"
#: The overlaid spec, parsed, beside openapi.yaml (see :func:`parsed_spec_text`).
PARSED_SPEC: Final = "openapi.parsed.json"
#: The change report of the last generation whose inputs changed (next to provenance.json).
CHANGES_MD: Final = "changes.md"
CHANGES_JSON: Final = "changes.json"

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
    #: Templates that replace openapi-python-client's own of the same name (its
    #: ``--custom-template-path``); None: the generator's templates only.
    templates: Path | None = ROOT / "codegen" / "templates"
    #: Further overlays applied after ``overlay``, in order (the agent catalog, written by
    #: ``python -m codegen.catalog``); the same strict rules apply to them.
    extra_overlays: tuple[Path, ...] = ()
    #: Where the typed agent methods are written (``codegen/typed_agents.py``; the six
    #: documented ones beside it, ``_documented_agents.py``); None: not.
    typed_agents: Path | None = None
    #: Where the operations are written (``codegen/operations.py``); None: not.
    operations: Path | None = None
    #: Where the sync client is written from ``weshop/_async`` (``codegen/unasync.py``).
    sync_client: Path | None = None


DEFAULT_PATHS: Final = PipelinePaths(
    upstream=ROOT / "codegen" / "upstream" / "openapi.yaml",
    overlay=ROOT / "overlay" / "weshop.overlay.yaml",
    config=ROOT / "codegen" / "config.yaml",
    output=ROOT / "generated",
    extra_overlays=(ROOT / "overlay" / "catalog-2026-04.overlay.yaml",),
    typed_agents=ROOT / "weshop" / "_typed_agents.py",
    operations=ROOT / "weshop" / "_operations.py",
    sync_client=ROOT / "weshop" / "_sync",
)


def build_overlaid_spec(paths: PipelinePaths = DEFAULT_PATHS) -> dict[str, Any]:
    """Apply the overlay to the pinned spec and check the result is valid OpenAPI 3.1.

    Every overlay action must say how many nodes it expects to match (``x-expect``);
    every failing action is reported at once; a validation error of the result names the
    overlay actions that changed the failing node.
    """
    overlays = {path: load_overlay(path) for path in (paths.overlay, *paths.extra_overlays)}
    for path, overlay in overlays.items():
        missing = [
            f"  - overlay action #{index} (target {action['target']!r})"
            for index, action in enumerate(overlay["actions"], start=1)
            if EXPECT_KEY not in action
        ]
        if missing:
            raise OverlayError(
                f"{path}: every action must state how many nodes it expects to match"
                f" ({EXPECT_KEY}: N); missing on:\n" + "\n".join(missing)
            )
    traced = apply_overlay_traced(load_document(paths.upstream), overlays[paths.overlay])
    spec = traced.document
    for path in paths.extra_overlays:
        spec = apply_overlay_traced(spec, overlays[path]).document
    errors = sorted(OpenAPIV31SpecValidator(spec).iter_errors(), key=str)
    if errors:
        listed = []
        for error in errors:
            where = _locate(spec, list(error.absolute_path), error.instance)
            blamed = sorted({i for full in where for i in actions_touching(traced, full)})
            cause = (
                " (changed by overlay action " + ", ".join(f"#{i}" for i in blamed) + ")"
                if blamed
                else " (not changed by the overlay: the upstream spec itself)"
            )
            shown = ", ".join("/".join(map(str, full)) for full in where) or "/".join(
                map(str, error.absolute_path)
            )
            listed.append(f"  - {shown}: {error.message}{cause}")
        raise PipelineError("the overlaid spec is not valid OpenAPI 3.1:\n" + "\n".join(listed))
    return spec


def _locate(spec: Any, path: list[Any], instance: object) -> list[tuple[Any, ...]]:
    """Where in ``spec`` a validator error's path lies. The validator reports paths
    relative to the schema object it was checking, so find every node under which
    ``path`` leads to the offending ``instance``."""
    found: list[tuple[Any, ...]] = []

    def resolve(node: Any, keys: list[Any]) -> tuple[bool, Any]:
        for key in keys:
            if (isinstance(node, dict) and key in node) or (
                isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)
            ):
                node = node[key]
            else:
                return False, None
        return True, node

    def walk(node: Any, where: tuple[Any, ...]) -> None:
        ok, value = resolve(node, path)
        if ok and value == instance:
            found.append((*where, *path))
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, (*where, key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, (*where, index))

    walk(spec, ())
    return found[:5]


def dump_spec(spec: dict[str, Any]) -> str:
    """Serialise a spec deterministically (key order kept, no line folding)."""
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=10_000)


def parsed_spec_text(yaml_bytes: bytes) -> str:
    """``openapi.parsed.json``: the overlaid spec ``yaml_bytes`` parsed — by the loader the
    facade would use — and written as JSON, with the sha256 of the YAML it came from. The
    facade reads it only while that sha256 matches the YAML beside it (a hand-edited or
    vendored-and-patched YAML is parsed instead): the YAML stays the single source."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(yaml_bytes.decode("utf-8"), Loader=loader)
    try:
        text = json.dumps(
            {"yaml_sha256": hashlib.sha256(yaml_bytes).hexdigest(), "spec": spec},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        same = json.loads(text)["spec"] == spec
    except (TypeError, ValueError):
        same = False
    if not same:
        # A YAML-only value (a date, a non-string key) would not read back as it is.
        raise PipelineError("the overlaid spec does not survive a JSON round trip")
    return text + "\n"


@dataclass(frozen=True)
class Generation:
    """What one generation found: the change reports (upstream, overlaid) and the Python
    surface problems (removed generated names, facade uses, typed agents)."""

    reports: tuple[ChangeReport, ...]
    surface: tuple[str, ...]
    inputs_changed: bool

    @property
    def breaking(self) -> bool:
        return any(report.breaking for report in self.reports) or bool(self.surface)

    def markdown(self) -> str:
        extra = ["## Python surface", ""]
        extra += [f"- {line}" for line in self.surface] or ["No removed or mismatched names."]
        return render_markdown(list(self.reports), extra=extra)

    def json(self) -> str:
        return render_json(list(self.reports), surface=list(self.surface))


def _git_show(path: Path, revision: str = "HEAD") -> str | None:
    try:
        rel = path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return None
    result = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:{rel}"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout if result.returncode == 0 else None


#: The inputs of a generation whose sha256 provenance.json records.
_INPUTS: Final = ("upstream", "overlay", "config", "templates")


def _current_inputs(paths: PipelinePaths) -> dict[str, str]:
    return {
        "upstream": _sha256(paths.upstream),
        "overlay": _sha256(paths.overlay),
        "config": _sha256(paths.config),
        "templates": _templates_sha256(paths.templates),
    }


def _templates_sha256(templates: Path | None) -> str:
    """One sha256 over the custom templates' names and contents ("" for none)."""
    if templates is None:
        return ""
    digest = hashlib.sha256()
    for path in sorted(templates.rglob("*.jinja")):
        digest.update(path.relative_to(templates).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _recorded_inputs(output: Path) -> dict[str, str]:
    try:
        provenance = json.loads((output / "provenance.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: str(provenance.get(key, {}).get("sha256", "")) for key in _INPUTS}


def baseline_upstream(paths: PipelinePaths) -> dict[str, Any] | None:
    """The upstream spec ``paths.output`` was last generated from, if it can be found:
    the current snapshot (unchanged) or the committed one whose sha256 the provenance
    records (``nox -s fetch`` replaced the snapshot since)."""
    recorded = _recorded_inputs(paths.output).get("upstream")
    if recorded == _sha256(paths.upstream):
        return load_document(paths.upstream)
    committed = _git_show(paths.upstream)
    if committed is not None and hashlib.sha256(committed.encode()).hexdigest() == recorded:
        document = yaml.safe_load(committed)
        return document if isinstance(document, dict) else None
    return None


def _load_if_file(path: Path) -> dict[str, Any] | None:
    return load_document(path) if path.is_file() else None


def upstream_report(paths: PipelinePaths = DEFAULT_PATHS) -> ChangeReport | None:
    """Changes of the pinned snapshot since the last generation (None: no baseline)."""
    before = baseline_upstream(paths)
    if before is None:
        return None
    return compare(before, load_document(paths.upstream), label="upstream spec (vendor)")


def generate(paths: PipelinePaths = DEFAULT_PATHS, *, report: bool = True) -> Generation:
    """Regenerate ``paths.output`` from the pinned spec and the overlay.

    With ``report``, compare the new upstream and overlaid specs with the ones of the last
    generation and the new generated package with the old one (griffe), check the
    facade's uses of it, print the report and write it to ``changes.md`` /
    ``changes.json`` beside ``provenance.json`` (kept as is when no input changed, so
    regenerating stays byte-for-byte reproducible).
    """
    output = paths.output
    recorded = _recorded_inputs(output)
    current = _current_inputs(paths)
    inputs_changed = recorded != current
    reports: list[ChangeReport] = []
    printed: list[ChangeReport] = []
    if report:
        found = upstream_report(paths)
        if found is not None:
            reports.append(found)
            if found.changes:  # before the overlay runs: it may fail on these changes
                print(_summary(Generation((found,), (), inputs_changed=True)))
                printed.append(found)
        else:
            print("generate: no baseline for the upstream spec (not the committed one)")
    before_overlaid = _load_if_file(output / "openapi.yaml") if report else None
    spec = build_overlaid_spec(paths)
    text = dump_spec(spec)
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="weshop-previous-") as previous:
        old_package = output / PACKAGE_NAME
        kept = Path(previous) / PACKAGE_NAME
        if report and old_package.is_dir():
            shutil.copytree(old_package, kept, ignore=shutil.ignore_patterns("__pycache__"))
        (output / "openapi.yaml").write_text(text, encoding="utf-8")
        written = (output / "openapi.yaml").read_bytes()  # as stored (newlines and all)
        (output / PARSED_SPEC).write_text(parsed_spec_text(written), encoding="utf-8")
        _run_generator(output / "openapi.yaml", paths.config, old_package, paths.templates)
        provenance = _provenance(paths, text)
        (output / "provenance.json").write_text(
            json.dumps(provenance, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        surface: list[str] = []
        if report:
            if before_overlaid is not None:
                reports.append(compare(before_overlaid, spec, label="overlaid spec (the client's)"))
            if kept.is_dir():
                surface += [
                    f"removed from the generated client: {b}"
                    for b in package_breakages(Path(previous), output)
                ]
            surface += facade_problems(old_package, FACADE)
            surface += typed_agent_problems(spec, FACADE / "_typed_agents.py")
    result = Generation(tuple(reports), tuple(surface), inputs_changed)
    if report:
        shown = [found for found in result.reports if found not in printed]
        print(_summary(Generation(tuple(shown), result.surface, inputs_changed)))
        if inputs_changed or not (output / CHANGES_MD).is_file():
            (output / CHANGES_MD).write_text(result.markdown(), encoding="utf-8")
            (output / CHANGES_JSON).write_text(result.json(), encoding="utf-8")
    check_expected_models(output / PACKAGE_NAME)
    if paths.typed_agents is not None:
        write_typed_agents(spec, paths.typed_agents)
    if paths.operations is not None:
        write_operations(spec, output / PACKAGE_NAME, paths.operations)
    if paths.sync_client is not None:
        unasync.write(paths.sync_client)
    return result


def write_typed_agents(spec: dict[str, Any], target: Path) -> None:
    """Render the typed agent methods from ``spec`` into ``target``, and the client's six
    documented agent methods beside it (``_documented_agents.py``), formatted by ruff."""
    _write_python(target, render_typed_agents(spec))
    _write_python(target.with_name(DOCUMENTED_MODULE), render_documented(spec))


def write_operations(spec: dict[str, Any], package_dir: Path, target: Path) -> None:
    """Render the facade's operations from ``spec`` into ``target``, formatted by ruff;
    fail if the generated client lacks an endpoint module or success model they name."""
    try:
        facts = spec_operation_facts(spec)
    except OperationsError as exc:
        raise PipelineError(str(exc)) from None
    problems = [
        f"{fact.operation_id}: no generated endpoint module api/{fact.tag}/{fact.module}.py"
        for fact in facts
        if not (package_dir / "api" / fact.tag / f"{fact.module}.py").is_file()
    ] + [
        f"{fact.operation_id}: no generated model module {_snake(fact.success_model)}.py"
        for fact in facts
        if not (package_dir / "models" / f"{_snake(fact.success_model)}.py").is_file()
    ]
    if problems:
        raise PipelineError(
            "the operations do not match the generated client:\n  " + "\n  ".join(problems)
        )
    _write_python(target, render_operations(spec))


def _write_python(target: Path, source: str) -> None:
    target.write_text(source, encoding="utf-8")
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    for command in (["ruff", "format", "-q"], ["ruff", "check", "--fix", "-q"]):
        done = subprocess.run(
            [*command, str(target)], capture_output=True, text=True, env=env, check=False
        )
        if done.returncode != 0:
            raise PipelineError(f"ruff failed on {target}:\n{done.stdout}{done.stderr}")


def _summary(result: Generation) -> str:
    lines = []
    for found in result.reports:
        counts = found.counts()
        lines.append(
            f"generate: {found.label}: {counts['added']} added, {counts['removed']} removed,"
            f" {counts['changed']} changed, {counts['breaking']} breaking"
        )
        lines += [
            f"  - {'BREAKING ' if c.breaking else ''}{c.change} {c.kind} {c.location}"
            + (f" ({c.detail})" if c.detail else "")
            + f": {c.reason}"
            for c in found.changes
        ]
        lines += [f"  - note: {note}" for note in found.notes]
    lines += [f"generate: python surface: {line}" for line in result.surface]
    if not result.inputs_changed:
        lines.append("generate: inputs unchanged since the last generation; report kept")
    return "\n".join(lines)


def _run_generator(
    spec_path: Path, config: Path, package_dir: Path, templates: Path | None = None
) -> None:
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
    if templates is not None:
        command += ["--custom-template-path", str(templates)]
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
        "templates": {
            "path": rel(paths.templates) if paths.templates is not None else None,
            "sha256": _templates_sha256(paths.templates),
        },
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
    expected: Path,
    actual: Path,
    *,
    max_diff_lines: int = 400,
    ignore: frozenset[str] = frozenset(),
    only: str | None = None,
) -> list[str]:
    """Return a readable diff of two directory trees (empty when identical); files named
    in ``ignore`` (paths relative to the roots) are not compared; with ``only``, just that
    one file of each."""

    def files(root: Path) -> dict[str, Path]:
        if only is not None:
            return {only: root / only} if (root / only).is_file() else {}
        return {
            p.relative_to(root).as_posix(): p
            for p in root.rglob("*")
            if p.is_file()
            and not any(_is_cache(part) for part in p.relative_to(root).parts)
            and p.relative_to(root).as_posix() not in ignore
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


@dataclass(frozen=True)
class Drift:
    """The result of ``drift``: the diff, and which inputs changed since generated/ was
    generated (by their sha256 in provenance.json)."""

    differences: list[str]
    changed_inputs: list[str]
    overlaid_changes: ChangeReport | None = None

    def explain(self) -> str:
        """Why generated/ differs: an input changed (upstream, overlay, config) or — with
        every input as recorded — generated/ was edited by hand (or a tool changed)."""
        if not self.differences:
            return "drift: generated/ matches a fresh regeneration"
        if "upstream" in self.changed_inputs:
            lines = [
                "drift: the pinned upstream spec changed since generated/ was generated"
                " (an upstream change, e.g. `nox -s fetch`), not a hand edit. Run"
                " `nox -s generate` and review generated/changes.md."
            ]
        elif self.changed_inputs:
            lines = [
                f"drift: {' and '.join(self.changed_inputs)} changed since generated/ was"
                " generated. Run `nox -s generate`."
            ]
        else:
            lines = [
                "drift: generated/ differs although the spec, overlay and config are the ones"
                " provenance.json records: generated/ was edited by hand (or the generator or"
                " formatter version changed). Never edit generated/ by hand: change the"
                " overlay, the config or a template and run `nox -s generate`."
            ]
        if self.overlaid_changes is not None and self.overlaid_changes.changes:
            counts = self.overlaid_changes.counts()
            lines.append(
                f"drift: the overlaid spec would change: {counts['added']} added,"
                f" {counts['removed']} removed, {counts['changed']} changed,"
                f" {counts['breaking']} breaking"
            )
        return "\n".join(lines)


def drift(paths: PipelinePaths = DEFAULT_PATHS) -> Drift:
    """Regenerate into a temporary directory and diff it against ``paths.output``."""
    recorded = _recorded_inputs(paths.output)
    changed = [name for name, sha in _current_inputs(paths).items() if recorded.get(name) != sha]
    if not changed:
        check_expected_models(paths.output / PACKAGE_NAME)
    with tempfile.TemporaryDirectory(prefix="weshop-drift-") as tmp:
        typed = Path(tmp) / "typed" / "_typed_agents.py" if paths.typed_agents else None
        if typed is not None:
            typed.parent.mkdir()
        operations = Path(tmp) / "operations" / "_operations.py" if paths.operations else None
        if operations is not None:
            operations.parent.mkdir()
        sync_client = Path(tmp) / "_sync" if paths.sync_client else None
        fresh = dataclasses.replace(
            paths,
            output=Path(tmp) / "generated",
            typed_agents=typed,
            operations=operations,
            sync_client=sync_client,
        )
        generate(fresh, report=False)
        # The change report records the last input change, not a function of the inputs.
        differences = compare_trees(
            fresh.output, paths.output, ignore=frozenset({CHANGES_MD, CHANGES_JSON})
        )
        if typed is not None and paths.typed_agents is not None:
            for name in (typed.name, DOCUMENTED_MODULE):
                differences += compare_trees(typed.parent, paths.typed_agents.parent, only=name)
        if operations is not None and paths.operations is not None:
            differences += compare_trees(
                operations.parent, paths.operations.parent, only=operations.name
            )
        if sync_client is not None and paths.sync_client is not None:
            differences += compare_trees(sync_client, paths.sync_client)
        overlaid: ChangeReport | None = None
        committed = paths.output / "openapi.yaml"
        if differences and committed.is_file():
            overlaid = compare(
                load_document(committed),
                load_document(fresh.output / "openapi.yaml"),
                label="overlaid spec",
            )
        return Drift(differences, changed, overlaid)


#: ``fetch`` outcomes (also its exit codes through ``python -m codegen fetch``).
FETCH_UNCHANGED: Final = 0
FETCH_CHANGED: Final = 3
FETCH_UNREACHABLE: Final = 4


def fetch(paths: PipelinePaths = DEFAULT_PATHS, *, url: str = LIVE_SPEC_URL) -> int:
    """Download the live spec into the pinned snapshot and say what happened:
    :data:`FETCH_CHANGED` (snapshot replaced; the change report printed),
    :data:`FETCH_UNCHANGED`, or :data:`FETCH_UNREACHABLE` (offline, an HTTP error, or not
    an OpenAPI 3.1 document: the pinned file is kept)."""
    import httpx

    pinned = f"{paths.upstream} (sha256 {_sha256(paths.upstream)[:12]}…)"
    try:
        response = httpx.get(url, timeout=15.0, follow_redirects=True)
        response.raise_for_status()
        document = yaml.safe_load(response.text)
    except (httpx.HTTPError, yaml.YAMLError) as exc:
        print(f"fetch: could not fetch {url}: {exc.__class__.__name__}: {exc}")
        print(f"fetch: offline or unreachable — keeping the pinned snapshot {pinned}")
        return FETCH_UNREACHABLE
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3.1"):
        print(f"fetch: {url} did not return an OpenAPI 3.1 document — keeping {pinned}")
        return FETCH_UNREACHABLE
    if response.content == paths.upstream.read_bytes():
        print(f"fetch: the live spec is the pinned one — unchanged: {pinned}")
        return FETCH_UNCHANGED
    before = load_document(paths.upstream)
    paths.upstream.write_text(response.text, encoding="utf-8")
    report = compare(before, load_document(paths.upstream), label="upstream spec (vendor)")
    print(render_markdown([report]))
    print(
        f"fetch: wrote {paths.upstream} — {len(report.changes)} change(s),"
        f" {report.counts()['breaking']} breaking; run `nox -s generate` next"
    )
    return FETCH_CHANGED
