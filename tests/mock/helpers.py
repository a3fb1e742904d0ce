"""Helpers shared by the mock server tests."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any

from PIL import Image

FAST = 200.0  # clock speed for tests: a run of 8..40 s takes 40..200 ms


def image_bytes(width: int, height: int, fmt: str = "PNG", colour: int = 90) -> bytes:
    """A real image of the given size and format."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (colour, 120, 200)).save(out, format=fmt)
    return out.getvalue()


def run_body(agent: str = "aimodel", /, **params: Any) -> dict[str, Any]:
    """A valid run request (aimodel unless said otherwise)."""
    defaults: dict[str, dict[str, Any]] = {
        "aimodel": {
            "generatedContent": "freeCreation",
            "maskType": "autoApparelSegment",
            "textDescription": "street style fashion photo",
        },
        "aipose": {"textDescription": "arms crossed"},
        "removeBG": {"maskType": "autoSubjectSegment", "backgroundHex": "#ced2ce"},
        "expandimage": {"targetWidth": 1080, "targetHeight": 1920},
        "aiproduct": {
            "generatedContent": "referToOrigin",
            "maskType": "autoSubjectSegment",
            "textDescription": "A toy race car in front of a white wall.",
        },
        "virtualtryon": {"generateVersion": "weshopFlash", "descriptionType": "auto"},
    }
    merged = {**defaults.get(agent, {}), **params}
    return {
        "agent": {"name": agent, "version": "v1.0"},
        "input": {"taskName": "test", "originalImage": "https://ai-image.weshop.ai/example.png"},
        "params": merged,
    }


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0, step: float = 0.01) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` passes; return whether it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
