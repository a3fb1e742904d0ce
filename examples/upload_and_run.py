"""Upload once, estimate, start a run, follow its progress, save its results.

    python examples/upload_and_run.py [IMAGE]

Uses the generic ``runs`` API with the agent's parameters in their wire names — the way to
run any agent, documented or not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from weshop import Run, WeShop

image = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("product.png")
params = {
    "generatedContent": "freeCreation",
    "maskType": "autoSubjectSegment",
    "textDescription": "on a wooden shelf, warm light",
    "batchCount": 1,
}


def show(run: Run) -> None:
    print(f"  {run.status} {run.progress:.0%}")


with WeShop() as client:
    url = client.assets.upload(image)  # the same content again is not uploaded twice
    print("uploaded:", url)
    estimate = client.runs.estimate("aiproduct", image=url, params=params)
    print("would cost:", estimate.total_power, "power")
    run = client.runs.create("aiproduct", image=url, params=params)  # returns at once
    print("started:", run.execution_id, "idempotency key:", run.idempotency_key)
    run = client.runs.wait(run.execution_id, timeout=600, on_progress=show)
    print("saved:", [str(path) for path in run.download("out/")])
