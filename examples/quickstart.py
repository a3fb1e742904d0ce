"""Quick start: one product photo, two generated shots, saved to out/.

export WESHOP_API_KEY=...            # or, offline: `weshop mock` and
# export WESHOP_BASE_URL=http://127.0.0.1:8765/openapi WESHOP_API_KEY=test
python examples/quickstart.py [IMAGE]
"""

from __future__ import annotations

import sys
from pathlib import Path

from weshop import WeShop

image = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("product.png")

with WeShop() as client:  # key from WESHOP_API_KEY or ~/.config/weshop/credentials.json
    run = client.aiproduct(
        image,  # a path, bytes, a binary file or a URL
        generated_content="freeCreation",
        text_description="on a marble table, soft morning light",
        batch_count=2,
    )
    print(run.status, run.execution_id)
    for path in run.download("out/"):  # out/<execution_id>-0.png, -1.png
        print("saved", path)
