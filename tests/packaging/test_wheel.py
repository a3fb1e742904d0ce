"""The built wheel and sdist, installed as a new user would: typed, licensed, lean."""

from __future__ import annotations

import email
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path

import pytest

from .conftest import Dist, FreshEnv, clean_env, run


def test_wheel_ships_both_packages_typed_the_spec_and_the_licence(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.message_from_bytes(archive.read(metadata_name))
    assert {"weshop/py.typed", "weshop_openapi/py.typed"} <= names
    assert {
        "weshop_openapi/openapi.yaml",
        "weshop_openapi/openapi.parsed.json",
        "weshop_openapi/provenance.json",
    } <= names
    assert any(n.startswith("weshop/mock/recordings/") and n.endswith(".json") for n in names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert metadata["License-Expression"] == "MIT"
    urls = {value.split(",")[0] for value in metadata.get_all("Project-URL", [])}
    assert {"Source", "Issues", "Documentation"} <= urls
    requires = metadata.get_all("Requires-Dist", [])
    # The compiled validator is an extra, not a requirement.
    compiled = [r for r in requires if r.startswith("jsonschema-rs")]
    assert compiled
    assert all("extra ==" in r for r in compiled), compiled
    assert any(r.endswith("extra == 'fast'") for r in compiled), compiled


def test_sdist_carries_the_licence(dist: Dist) -> None:
    with tarfile.open(dist.sdist) as archive:
        names = {
            Path(name).relative_to(Path(name).parts[0]).as_posix()
            for name in archive.getnames()
            if "/" in name
        }
    assert {"LICENSE", "pyproject.toml", "generated/openapi.yaml"} <= names


USER_SCRIPT = """
from weshop import WeShop

with WeShop(api_key="k", base_url="http://127.0.0.1:1/openapi") as client:
    client.aimodel(
        "model.png",
        generated_content="freeCreation",
        mask_type={mask_type!r},
        text_description="street style",
        wait=False,
    )
"""


@pytest.mark.parametrize(
    ("mask_type", "reported"), [("autoApparelSegment", False), ("autoApparelSegmnt", True)]
)
def test_users_mypy_strict_sees_the_enum_literals(
    fresh_env: FreshEnv, tmp_path: Path, mask_type: str, reported: bool
) -> None:
    """From the installed wheel (not the source tree), a wrong literal is a type error."""
    script = tmp_path / "user.py"
    script.write_text(textwrap.dedent(USER_SCRIPT.format(mask_type=mask_type)))
    command: list[str | Path] = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--python-executable",
        fresh_env.python,
    ]
    result = run([*command, script], cwd=tmp_path, check=False)
    if reported:
        assert result.returncode == 1, result.stdout
        assert "mask_type" in result.stdout
        assert "autoApparelSegment" in result.stdout  # the Literal's values, not Any
    else:
        assert result.returncode == 0, result.stdout + result.stderr


def test_without_extras_the_client_and_the_cli_work(fresh_env: FreshEnv, tmp_path: Path) -> None:
    env = clean_env(HOME=str(tmp_path))
    code = (
        "import sys, weshop; from weshop._spec import spec_validator;"
        "v = spec_validator();"
        "print(v.is_valid('TaskDeleteRequest', {'taskId': 'x'}), 'jsonschema_rs' in sys.modules)"
    )
    result = run([fresh_env.python, "-c", code], env=env)
    assert result.stdout.split() == ["True", "False"]
    run([fresh_env.python, "-m", "weshop", "--help"], env=env)


def test_missing_mock_extra_is_named_and_exits_2(fresh_env: FreshEnv, tmp_path: Path) -> None:
    env = clean_env(HOME=str(tmp_path))
    cli = run([fresh_env.python, "-m", "weshop", "mock"], env=env, check=False)
    assert cli.returncode == 2
    assert "pip install 'weshop[mock]'" in cli.stderr
    imported = run([fresh_env.python, "-c", "import weshop.mock"], env=env, check=False)
    assert imported.returncode == 1
    assert "weshop.mock needs the 'mock' extra" in imported.stderr
    assert "pip install 'weshop[mock]'" in imported.stderr
