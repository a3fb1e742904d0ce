"""``scripts/prism_check.py`` (``nox -s prism``): its parts that need no Prism, and — when
a Prism executable is at hand (``WESHOP_PRISM=path/to/prism`` or ``prism`` on PATH) —
conformance failing against ``prism mock`` for what Prism gets wrong. Without Prism that
test is skipped (CI installs none: ``nox -s prism`` is the full proof, outside CI)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from .conftest import ROOT


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("prism_check", ROOT / "scripts/prism_check.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["prism_check"] = module
    spec.loader.exec_module(module)
    return module


prism_check = _load()

#: Prism's log (its glyphs escaped).
LOG = """\
[11:12:30 PM] \u203a [HTTP SERVER] get /agent/runs/abc \u2139  info      Request received
[11:12:30 PM] \u203a     [PROXY] \u2139  info      upstream returned 200
[11:12:30 PM] \u203a [HTTP SERVER] post /agent/power-estimates \u2139  info      Request received
[11:12:30 PM] \u203a     [VALIDATOR] \u2716  error     Violation: request.body must have \
required property 'input'
[11:12:30 PM] \u203a     [VALIDATOR] \u26a0  warning   Violation: response.body.data must be object
"""


def test_prism_violations_are_read_from_its_log_with_their_request(tmp_path: Path) -> None:
    log = tmp_path / "prism.log"
    log.write_text(LOG, encoding="utf-8")
    assert prism_check.prism_violations(log) == [
        "POST /agent/power-estimates: request.body must have required property 'input'",
        "POST /agent/power-estimates: response.body.data must be object",
    ]


def test_uploads_go_around_prism_and_nothing_else_does() -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200)

    transport = prism_check.UploadsAroundPrism(
        "http://127.0.0.1:9/openapi", inner=httpx.MockTransport(record)
    )
    with httpx.Client(transport=transport) as client:
        client.post("http://127.0.0.1:4010/agent/assets/images", content=b"png")
        client.post("http://127.0.0.1:4010/v1/asset/upload/image", content=b"png")
        client.post("http://127.0.0.1:4010/agent/runs", json={})
    assert seen == [
        "http://127.0.0.1:9/openapi/agent/assets/images",
        "http://127.0.0.1:9/openapi/v1/asset/upload/image",
        "http://127.0.0.1:4010/agent/runs",
    ]


def _prism() -> Path | None:
    found = os.environ.get("WESHOP_PRISM") or shutil.which("prism")
    return Path(found) if found and Path(found).exists() else None


@pytest.mark.skipif(_prism() is None, reason="no Prism (WESHOP_PRISM or prism on PATH)")
def test_conformance_fails_against_prism_mock_for_what_prism_gets_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prism = _prism()
    assert prism is not None
    assert prism_check.conformance_against_prism_mock(prism, tmp_path)
    out = capsys.readouterr().out
    assert "exit 1" in out
    assert "ignored_auth" in out
    assert "invalid input accepted" in out
