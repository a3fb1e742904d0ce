"""Vendoring: a copy of weshop inside another package runs its own generated client and
reads its own spec — by a plain copy of the wheel's packages and by pip's ``vendoring``.

Both copies are run by this test environment's Python, where ``weshop`` is also installed:
the point is that the vendored copy never falls back on the installed one. To prove it
reads its own spec, each vendored spec is edited (``batchCount`` at most 3 instead of 16):
the vendored client then refuses ``batch_count=4`` locally, which the installed one and the
mock (the installed package) accept.
"""

from __future__ import annotations

import ast
import json
import shutil
import sys
import textwrap
from pathlib import Path

from .conftest import Dist, FreshEnv, clean_env, run

#: A real flow against the mock with the client found at ``{package}``, printing what ran.
FLOW = """
import json, sys
from {package} import RequestValidationError, WeShop
from {package}._generated import GENERATED_PACKAGE

with WeShop(api_key="any-key", base_url=sys.argv[1]) as client:
    run = client.aimodel(
        "https://ai-image.weshop.ai/example.png",
        generated_content="freeCreation",
        mask_type="autoApparelSegment",
        text_description="street style",
        batch_count=1,
        timeout=120,
    )
    try:
        client.aimodel(
            "https://ai-image.weshop.ai/example.png",
            generated_content="freeCreation",
            mask_type="autoApparelSegment",
            text_description="street style",
            batch_count=4,
            wait=False,
        )
        batch_of_4 = "accepted"
    except RequestValidationError:
        batch_of_4 = "refused"
print(json.dumps({{
    "status": run.status,
    "images": len(run.images),
    "generated_package": GENERATED_PACKAGE,
    "batch_of_4": batch_of_4,
    "top_level_loaded": sorted(m for m in ("weshop", "weshop_openapi") if m in sys.modules),
}}))
"""

SPEC_MAXIMUM = "maximum: 16\n          default: 4"


def _flow(python: Path | str, package: str, mock_url: str, where: Path) -> dict[str, object]:
    script = where / "flow.py"
    script.write_text(textwrap.dedent(FLOW.format(package=package)))
    env = clean_env(HOME=str(where), PYTHONPATH=str(where))
    result = run([python, script, mock_url], cwd=where, env=env)
    outcome: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return outcome


def _tighten_batch_count(spec: Path) -> None:
    text = spec.read_text(encoding="utf-8")
    assert SPEC_MAXIMUM in text
    spec.write_text(text.replace(SPEC_MAXIMUM, "maximum: 3\n          default: 4"), "utf-8")


def test_the_installed_wheel_runs_a_flow_without_extras(
    fresh_env: FreshEnv, mock_url: str, tmp_path: Path
) -> None:
    # No jsonschema-rs in the fresh environment: the pure-Python validator decides alone.
    outcome = _flow(fresh_env.python, "weshop", mock_url, tmp_path)
    assert outcome == {
        "status": "Success",
        "images": 1,
        "generated_package": "weshop_openapi",
        "batch_of_4": "accepted",
        "top_level_loaded": ["weshop", "weshop_openapi"],
    }


def test_a_plain_copy_into_another_package_uses_its_own_client_and_spec(
    unpacked_wheel: Path, mock_url: str, tmp_path: Path
) -> None:
    vendor = tmp_path / "myservice" / "_vendor"
    vendor.mkdir(parents=True)
    (tmp_path / "myservice" / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    for package in ("weshop", "weshop_openapi"):
        shutil.copytree(unpacked_wheel / package, vendor / package)
    _tighten_batch_count(vendor / "weshop_openapi" / "openapi.yaml")

    outcome = _flow(sys.executable, "myservice._vendor.weshop", mock_url, tmp_path)
    assert outcome == {
        "status": "Success",
        "images": 1,
        "generated_package": "myservice._vendor.weshop_openapi",
        "batch_of_4": "refused",  # its own (edited) spec, not the installed one
        "top_level_loaded": [],  # the installed weshop and weshop_openapi were not touched
    }
    # The vendored command line registers its own subcommands.
    env = clean_env(HOME=str(tmp_path), PYTHONPATH=str(tmp_path))
    help_text = run([sys.executable, "-m", "myservice._vendor.weshop", "--help"], env=env).stdout
    assert "aimodel" in help_text
    assert "mock" in help_text


VENDORING_CONFIG = """
[project]
name = "myservice"
version = "1.0"

[tool.vendoring]
destination = "src/myservice/_vendor/"
requirements = "src/myservice/_vendor/vendor.txt"
namespace = "myservice._vendor"
protected-files = ["__init__.py", "vendor.txt"]

[tool.vendoring.typing-stubs]
weshop = []
weshop_openapi = []
"""


def test_pips_vendoring_tool_gives_a_working_client(
    dist: Dist, mock_url: str, tmp_path: Path
) -> None:
    project = tmp_path / "myservice-project"
    vendor = project / "src" / "myservice" / "_vendor"
    vendor.mkdir(parents=True)
    (project / "pyproject.toml").write_text(VENDORING_CONFIG)
    (project / "src" / "myservice" / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    (vendor / "vendor.txt").write_text(f"weshop @ {dist.wheel.as_uri()}\n")
    # `vendoring` shells out to `pip`: the one of this environment.
    bin_dir = Path(sys.executable).parent
    env = clean_env(PATH=f"{bin_dir}:{clean_env().get('PATH', '')}", HOME=str(tmp_path))
    run([bin_dir / "vendoring", "sync", "-v"], cwd=project, env=env)
    assert (vendor / "weshop.LICENSE").is_file() or any(vendor.glob("**/LICENSE"))
    _tighten_batch_count(vendor / "weshop_openapi" / "openapi.yaml")

    outcome = _flow(sys.executable, "myservice._vendor.weshop", mock_url, project / "src")
    assert outcome == {
        "status": "Success",
        "images": 1,
        "generated_package": "myservice._vendor.weshop_openapi",
        "batch_of_4": "refused",
        "top_level_loaded": [],
    }


class _AbsoluteImports(ast.NodeVisitor):
    """Absolute imports of weshop or weshop_openapi, except those only mypy reads."""

    def __init__(self) -> None:
        self.lines: list[int] = []

    def visit_If(self, node: ast.If) -> None:
        if isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        self._check(node, [alias.name for alias in node.names])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level == 0 and node.module:
            self._check(node, [node.module])

    def _check(self, node: ast.stmt, names: list[str]) -> None:
        if any(name.partition(".")[0] in ("weshop", "weshop_openapi") for name in names):
            self.lines.append(node.lineno)


def test_weshop_imports_itself_and_its_sibling_only_relatively() -> None:
    """Inside weshop, imports are relative and resources are found through the package, so
    a copy under another name needs no rewriting; only ``_generated`` resolves the sibling
    (and imports it for mypy)."""
    package = Path(__file__).resolve().parents[2] / "weshop"
    offenders = []
    for path in sorted(package.rglob("*.py")):
        found = _AbsoluteImports()
        found.visit(ast.parse(path.read_text(encoding="utf-8")))
        offenders += [f"{path.relative_to(package)}:{line}" for line in found.lines]
    assert offenders == []
