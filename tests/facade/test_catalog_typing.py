"""A user's ``mypy --strict`` catches a wrong enum literal or an unknown parameter for any
catalog agent: the typed methods are generated from the spec (``weshop/_typed_agents.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api", reason="mypy (dev extra) type-checks the snippet")

SNIPPET = """
from weshop import WeShop

client = WeShop(api_key="k", base_url="http://127.0.0.1:1/openapi")
client.catalog.kling(images=["https://x/a.png"], text_description="ok", model_name="Kling_3_0")
client.catalog.kling(images=["https://x/a.png"], text_description="x", model_name="Kling_9")
client.catalog.midjourney(text_description="x", not_a_param=1)
client.catalog.ai_video_enhancer()
client.aimodel("a.png", generated_content="freeCreation", mask_type="bogus")
"""


def test_mypy_strict_catches_wrong_literals_and_unknown_params(tmp_path: Path) -> None:
    source = tmp_path / "user_code.py"
    source.write_text(SNIPPET, encoding="utf-8")
    stdout, _, status = api.run(
        ["--strict", "--no-incremental", "--follow-imports=silent", str(source)]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    assert status == 1
    assert lines == [6, 7, 8, 9], stdout
    assert "Kling_9" in stdout
    assert "not_a_param" in stdout
    assert '"videos"' in stdout
