"""Scenario 4 — uploads: memory of a 10 MB upload, and the content-hash cache.

Memory is measured in fresh child processes (``python -m benchmarks.uploads --child``)
against the mock in another process: one child reads the peak RSS growth during
``client.assets.upload(path)`` (the kernel's high-water mark, reset just before the
upload), another the peak of Python allocations (tracemalloc, which costs memory of its
own, hence a separate run). A warm-up upload of a small image first loads everything
lazily loaded, so the growth is the upload's own. The baseline is the file's size.

The cache is measured in this process: a new cache file, then the same path twice, a
copy under another name, and a second client (as another process would) on the same
cache file; the server counts ``uploadImage`` requests after each.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from weshop import WeShop

from ._common import (
    API_KEY,
    Check,
    MockProcess,
    ScenarioResult,
    peak_rss_mib,
    python_child,
    rounded,
    rss_mib,
)

MIB = 1024 * 1024
GOAL_FACTOR = 2.0
UPLOAD_LIMIT = 10 * MIB  # the documented limit (weshop._constants.UPLOAD_MAX_BYTES)


def make_png(path: Path, width: int, height: int, seed: int) -> int:
    """A PNG of random pixels (incompressible: its size is about width*height*3)."""
    from PIL import Image  # the mock extra's Pillow

    data = random.Random(seed).randbytes(width * height * 3)
    Image.frombytes("RGB", (width, height), data).save(path, format="PNG", compress_level=1)
    return path.stat().st_size


def make_big_png(path: Path) -> tuple[int, int, int]:
    """The largest noisy 2000-px-wide PNG under the 10 MiB upload limit (sides > 512,
    aspect < 2); returns (size, width, height)."""
    width = 2000
    height = (UPLOAD_LIMIT - 64 * 1024) // (width * 3 + 1)
    while True:
        size = make_png(path, width, height, seed=11)
        if size <= UPLOAD_LIMIT:
            return size, width, height
        height -= 16


def _reset_peak() -> bool:
    """Reset the kernel's RSS high-water mark (Linux ``clear_refs``); False if refused."""
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        return False
    return True


def _child(base_url: str, image: Path, small: Path, cache: Path, mode: str) -> dict[str, Any]:
    with WeShop(API_KEY, base_url=base_url, upload_cache=cache) as client:
        client.assets.upload(small, cache=False)  # warm-up: connection, lazy imports
        gc.collect()
        reset = _reset_peak()
        rss_before = rss_mib()
        peak_before = peak_rss_mib()
        if mode == "tracemalloc":
            tracemalloc.start()
        started = time.perf_counter()
        url = client.assets.upload(image)
        seconds = time.perf_counter() - started
        traced_peak = 0
        if mode == "tracemalloc":
            traced_peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        peak_after = peak_rss_mib()
    return {
        "url": url,
        "seconds": seconds,
        "peak_reset": reset,
        "rss_before_mib": rss_before,
        "peak_before_mib": peak_before,
        "peak_after_mib": peak_after,
        # With the high-water mark reset, growth is measured from the RSS before the upload.
        "rss_growth_bytes": (peak_after - (rss_before if reset else peak_before)) * MIB,
        "tracemalloc_peak_bytes": traced_peak,
    }


def child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--image", type=Path, required=True)
    parser.add_argument("--small", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--mode", choices=["rss", "tracemalloc"], required=True)
    args = parser.parse_args(argv)
    result = _child(args.base_url, args.image, args.small, args.cache, args.mode)
    print(json.dumps(result))
    return 0


def _uploads(mock: MockProcess) -> int:
    return mock.requests().get("uploadImage", 0)


def run(quick: bool) -> ScenarioResult:
    del quick  # one upload is quick already
    result = ScenarioResult("uploads", "Uploads: a 10 MB image, memory and the cache")
    with tempfile.TemporaryDirectory(prefix="weshop-bench-") as tmp:
        folder = Path(tmp)
        image = folder / "big.png"
        small = folder / "small.png"
        size, width, height = make_big_png(image)
        make_png(small, 640, 600, seed=5)
        with MockProcess() as mock:
            children: dict[str, dict[str, Any]] = {}
            for mode in ("rss", "tracemalloc"):
                children[mode] = python_child(
                    "benchmarks.uploads",
                    "--child",
                    "--base-url",
                    mock.base_url,
                    "--image",
                    str(image),
                    "--small",
                    str(small),
                    "--cache",
                    str(folder / f"cache-{mode}.json"),
                    "--mode",
                    mode,
                )
            cache_file = folder / "cache.json"
            copy = folder / "renamed copy.png"
            shutil.copyfile(image, copy)
            counts: dict[str, int] = {}
            with WeShop(API_KEY, base_url=mock.base_url, upload_cache=cache_file) as client:
                start = _uploads(mock)
                first_url = client.assets.upload(image)
                counts["first upload"] = _uploads(mock) - start
                start = _uploads(mock)
                second_url = client.assets.upload(image)
                counts["same path again"] = _uploads(mock) - start
                start = _uploads(mock)
                copy_url = client.assets.upload(copy)
                counts["copy, other name"] = _uploads(mock) - start
            with WeShop(API_KEY, base_url=mock.base_url, upload_cache=cache_file) as other:
                start = _uploads(mock)
                other_url = other.assets.upload(image)
                counts["new client, same cache file"] = _uploads(mock) - start
    rss = children["rss"]
    traced = children["tracemalloc"]
    rss_growth = float(rss["rss_growth_bytes"])
    traced_peak = float(traced["tracemalloc_peak_bytes"])
    repeats = (
        counts["same path again"]
        + counts["copy, other name"]
        + counts["new client, same cache file"]
    )
    same_urls = first_url == second_url == copy_url == other_url
    result.figures = {
        "file_bytes": size,
        "file_mib": rounded(size / MIB, 3),
        "image": f"{width}x{height} PNG of random pixels",
        "upload_seconds": rounded(float(rss["seconds"]), 3),
        "rss_peak_growth_bytes": round(rss_growth),
        "rss_peak_growth_over_file": rounded(rss_growth / size, 3),
        "rss_peak_reset_worked": rss["peak_reset"],
        "client_rss_before_mib": rounded(float(rss["rss_before_mib"]), 1),
        "client_peak_rss_after_mib": rounded(float(rss["peak_after_mib"]), 1),
        "tracemalloc_peak_bytes": round(traced_peak),
        "tracemalloc_peak_over_file": rounded(traced_peak / size, 3),
        "upload_requests": counts,
        "same_url_every_time": same_urls,
    }
    result.checks.append(
        Check(
            "peak RSS growth during upload",
            f"{rss_growth / MIB:.2f} MiB",
            f"{size / MIB:.2f} MiB (file)",
            rss_growth / size,
            f"<= {GOAL_FACTOR:g} x file",
            rss_growth <= GOAL_FACTOR * size,
        )
    )
    result.checks.append(
        Check(
            "tracemalloc peak during upload",
            f"{traced_peak / MIB:.2f} MiB",
            f"{size / MIB:.2f} MiB (file)",
            traced_peak / size,
            f"<= {GOAL_FACTOR:g} x file",
            traced_peak <= GOAL_FACTOR * size,
        )
    )
    result.checks.append(
        Check(
            "requests for the same bytes again",
            str(repeats),
            f"{counts['first upload']} (first upload)",
            None,
            "0 (3 repeats)",
            repeats == 0 and counts["first upload"] == 1,
        )
    )
    if not rss["peak_reset"]:
        result.notes.append(
            "The RSS high-water mark could not be reset: RSS growth is measured from the "
            "peak before the upload and may under-state it."
        )
    return result


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
