"""The parsed spec (``generated/openapi.parsed.json``) the facade reads instead of the YAML.

It is written by ``python -m codegen generate`` beside ``openapi.yaml`` (so ``drift``
checks it byte for byte), and it is read only while it records the sha256 of the YAML
beside it: the YAML stays the single source.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
import yaml

from codegen.pipeline import PARSED_SPEC, PipelineError, parsed_spec_text
from weshop import _generated, _spec

GENERATED = Path(__file__).resolve().parent.parent / "generated"


def test_the_committed_parsed_spec_is_the_yaml_parsed() -> None:
    yaml_bytes = (GENERATED / "openapi.yaml").read_bytes()
    parsed = json.loads((GENERATED / PARSED_SPEC).read_text(encoding="utf-8"))
    assert parsed["yaml_sha256"] == hashlib.sha256(yaml_bytes).hexdigest()
    assert parsed["spec"] == yaml.safe_load(yaml_bytes)
    assert (GENERATED / PARSED_SPEC).read_text(encoding="utf-8") == parsed_spec_text(yaml_bytes)


def test_load_spec_reads_the_parsed_form_and_not_yaml() -> None:
    _spec.load_spec.cache_clear()
    try:
        spec = _spec.load_spec()
    finally:
        _spec.load_spec.cache_clear()
    assert spec == yaml.safe_load((GENERATED / "openapi.yaml").read_bytes())


def _copy_generated(tmp_path: Path) -> Path:
    package = tmp_path / "weshop_openapi"
    package.mkdir()
    for name in ("openapi.yaml", PARSED_SPEC):
        shutil.copy(GENERATED / name, package / name)
    return package


def test_a_yaml_edited_after_generation_wins_over_the_stale_parsed_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _copy_generated(tmp_path)
    spec_file = package / "openapi.yaml"
    spec_file.write_text(
        spec_file.read_text(encoding="utf-8").replace("title: ", "title: edited by hand ", 1),
        encoding="utf-8",
    )
    monkeypatch.setattr(_generated, "generated_package_dir", lambda: package)
    _spec.load_spec.cache_clear()
    try:
        title = _spec.load_spec()["info"]["title"]
    finally:
        _spec.load_spec.cache_clear()
    assert title.startswith("edited by hand ")


def test_without_a_parsed_form_the_yaml_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _copy_generated(tmp_path)
    (package / PARSED_SPEC).unlink()
    monkeypatch.setattr(_generated, "generated_package_dir", lambda: package)
    _spec.load_spec.cache_clear()
    try:
        spec = _spec.load_spec()
    finally:
        _spec.load_spec.cache_clear()
    assert spec == yaml.safe_load((GENERATED / "openapi.yaml").read_bytes())


def test_a_spec_that_json_cannot_hold_is_refused() -> None:
    with pytest.raises(PipelineError, match="JSON round trip"):
        parsed_spec_text(b"openapi: 3.1.0\ninfo: {version: 2026-04-01}\n")
