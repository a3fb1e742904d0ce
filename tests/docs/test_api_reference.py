"""docs/api.md is the code's own API reference: regenerated, never edited by hand."""

from __future__ import annotations

import weshop
from codegen import apiref


def test_api_reference_is_current() -> None:
    current = apiref.API_MD.read_text(encoding="utf-8")
    assert current == apiref.render(), f"docs/api.md is stale: run `{apiref.COMMAND}`"


def test_api_reference_names_every_public_name() -> None:
    text = apiref.API_MD.read_text(encoding="utf-8")
    missing = [name for name in weshop.__all__ if f"weshop.{name}" not in text]
    assert not missing


def test_catalog_methods_show_their_keywords() -> None:
    # The catalog's methods are made from builders (*args: P.args); the reference shows
    # the builder's keywords, not the ParamSpec.
    text = apiref.render()
    assert "- `kling(*, images: Sequence[ImageInput], text_description: str" in text
    assert "P.args" not in text
