"""Many runs at once with AsyncWeShop: remove the background of every image given.

    python examples/async_runs.py [IMAGE...]

At most ``max_concurrent_requests`` requests (default 64) are on the wire at a time; the
rest wait their turn, so starting a thousand runs is fine.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from weshop import AsyncWeShop, WeShopError


async def main(images: list[Path]) -> int:
    async with AsyncWeShop() as client:
        runs = await asyncio.gather(
            *(client.remove_background(image, background_hex="#ffffff") for image in images),
            return_exceptions=True,
        )
        failures = 0
        for image, run in zip(images, runs, strict=True):
            if isinstance(run, WeShopError):
                failures += 1
                print(f"{image}: {run}")
            elif isinstance(run, BaseException):
                raise run
            else:
                paths = await run.download("out/")  # AsyncRun.download is awaitable
                print(f"{image}: {run.status} -> {', '.join(map(str, paths))}")
        return 1 if failures else 0


if __name__ == "__main__":
    given = [Path(arg) for arg in sys.argv[1:]]
    sys.exit(asyncio.run(main(given or [Path(__file__).with_name("product.png")] * 3)))
