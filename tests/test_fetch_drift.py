"""``fetch`` and ``drift`` say what happened: distinct outcomes for a changed, unchanged or
unreachable live spec, and a drift message telling an upstream change from a hand edit."""

from __future__ import annotations

import dataclasses
import http.server
import json
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from codegen.pipeline import (
    DEFAULT_PATHS,
    FETCH_CHANGED,
    FETCH_UNCHANGED,
    FETCH_UNREACHABLE,
    PipelinePaths,
    drift,
    fetch,
    generate,
)

from .test_spec_changes import optional_result_width, upstream


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server for one file; yields its URL and the file to write."""
    served = tmp_path / "live.yaml"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = served.read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/openapi.yaml", served
    finally:
        server.shutdown()
        server.server_close()


def _pinned_copy(tmp_path: Path) -> PipelinePaths:
    pinned = tmp_path / "pinned.yaml"
    shutil.copyfile(DEFAULT_PATHS.upstream, pinned)
    return PipelinePaths(pinned, DEFAULT_PATHS.overlay, DEFAULT_PATHS.config, tmp_path / "out")


def test_fetch_unchanged(
    tmp_path: Path, serve: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, served = serve
    paths = _pinned_copy(tmp_path)
    shutil.copyfile(DEFAULT_PATHS.upstream, served)
    assert fetch(paths, url=url) == FETCH_UNCHANGED
    assert "unchanged" in capsys.readouterr().out


def test_fetch_changed_replaces_the_pin_and_reports(
    tmp_path: Path, serve: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, served = serve
    paths = _pinned_copy(tmp_path)
    served.write_text(yaml.safe_dump(upstream(optional_result_width)), encoding="utf-8")
    assert fetch(paths, url=url) == FETCH_CHANGED
    assert paths.upstream.read_bytes() == served.read_bytes()
    out = capsys.readouterr().out
    assert "`ResultItem.width`" in out
    assert "1 change(s), 0 breaking" in out


def test_fetch_unreachable_or_not_openapi_keeps_the_pin(
    tmp_path: Path, serve: tuple[str, Path]
) -> None:
    url, served = serve
    paths = _pinned_copy(tmp_path)
    before = paths.upstream.read_bytes()
    served.write_text("openapi: 3.0.0\n", encoding="utf-8")
    assert fetch(paths, url=url) == FETCH_UNREACHABLE
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/openapi.yaml"
    assert fetch(paths, url=closed) == FETCH_UNREACHABLE
    assert paths.upstream.read_bytes() == before
    assert len({FETCH_CHANGED, FETCH_UNCHANGED, FETCH_UNREACHABLE}) == 3


def test_drift_tells_an_upstream_change_from_a_hand_edit(tmp_path: Path) -> None:
    paths = _pinned_copy(tmp_path)
    generate(paths, report=False)
    assert drift(paths).explain() == "drift: generated/ matches a fresh regeneration"

    client = paths.output / "weshop_openapi" / "client.py"
    original = client.read_text(encoding="utf-8")
    client.write_text(original + "# a hand edit\n", encoding="utf-8")
    found = drift(paths)
    assert found.differences
    assert "edited by hand" in found.explain()
    client.write_text(original, encoding="utf-8")

    paths.upstream.write_text(yaml.safe_dump(upstream(optional_result_width)), encoding="utf-8")
    explained = drift(paths).explain()
    assert "the pinned upstream spec changed" in explained
    assert "not a hand edit" in explained
    assert "1 added, 0 removed, 0 changed, 0 breaking" in explained


def test_drift_names_a_template_change(tmp_path: Path) -> None:
    """The custom templates are an input like the overlay: their sha256 is recorded, and
    a diff after a template edit is blamed on the template, not on a hand edit."""
    templates = tmp_path / "templates"
    shutil.copytree(DEFAULT_PATHS.templates or Path(), templates)
    paths = dataclasses.replace(_pinned_copy(tmp_path), templates=templates)
    generate(paths, report=False)
    provenance = json.loads((paths.output / "provenance.json").read_text(encoding="utf-8"))
    assert provenance["templates"]["sha256"]
    model = templates / "model.py.jinja"
    model.write_text(model.read_text(encoding="utf-8") + "\n# a template change\n", "utf-8")
    found = drift(paths)
    assert found.differences
    assert found.explain().startswith("drift: templates changed since generated/ was generated")
