"""Hostile-probe figures for the mock server (issue 12): not a test, a measurement.

Starts ``python -m weshop mock`` as a subprocess on a free loopback port and measures:

* ``big``: a ``createRun`` whose ``params.locationTagIds`` is ``["x"] * N`` (each item
  invalid) — time to answer, answer size, and how long a concurrent ``GET /agent/runs/{id}``
  sent while it is in flight waits (one probe GET every 0.2 s; the worst wait is reported);
* ``tail``: the same size of array, every item valid but the last (the worst case for a
  bounded validator: the whole array must be walked to find the one error);
* ``worst``: the largest body the limit (12 MiB) admits of that shape — about 6.3 million
  valid items and one bad one last;
* ``half``: a connection that sends half a request line and then nothing, and one that
  sends headers promising a body and then nothing — seconds until the server closes it
  (given up on after ``--half-limit`` seconds);
* ``host``: the upload URL the mock answers when the request says ``Host: evil.example.com``;
* ``access``: whether ``--access-log`` prints a line for a request.

Loopback only; nothing is sent anywhere else.

    python scripts/mock_probe.py [--items 400000] [--half-limit 40]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
from typing import Any

import httpx

KEY = "probe-key-0123456789"


def start_mock(*extra: str) -> tuple[subprocess.Popen[str], str]:
    """``weshop mock --port 0`` and its base URL (from its first line)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "weshop", "mock", "--port", "0", "--api-key", KEY, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    base_url = process.stdout.readline().strip()
    if not base_url.startswith("http://"):
        process.kill()
        raise SystemExit(f"the mock did not start: {base_url!r}")
    return process, base_url


def stop(process: subprocess.Popen[str]) -> str:
    """Stop the mock; its standard error."""
    process.terminate()
    try:
        _, err = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    return err


def run_body(tags: list[Any]) -> dict[str, Any]:
    return {
        "agent": {"name": "aimodel", "version": "v1.0"},
        "input": {"originalImage": "https://example.com/a.png"},
        "params": {
            "generatedContent": "freeCreation",
            "maskType": "autoApparelSegment",
            "textDescription": "probe",
            "batchCount": 1,
            "locationTagIds": tags,
        },
    }


def big_request(base_url: str, tags: list[Any]) -> dict[str, Any]:
    """One large createRun while a second client polls a run every 0.2 s."""
    headers = {"Authorization": KEY}
    with httpx.Client(base_url=base_url, headers=headers, timeout=300) as client:
        small = client.post("/agent/runs", json=run_body([]))
        execution_id = small.json()["data"]["executionId"]
    waits: list[float] = []
    done = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=base_url, headers=headers, timeout=300) as poller:
            while not done.is_set():
                started = time.monotonic()
                poller.get(f"/agent/runs/{execution_id}")
                waits.append(time.monotonic() - started)
                time.sleep(0.2)

    payload = json.dumps(run_body(tags), separators=(",", ":")).encode()
    poller = threading.Thread(target=poll)
    with httpx.Client(base_url=base_url, headers=headers, timeout=300) as client:
        poller.start()
        time.sleep(0.5)
        started = time.monotonic()
        answer = client.post(
            "/agent/runs", content=payload, headers={"Content-Type": "application/json"}
        )
        elapsed = time.monotonic() - started
    time.sleep(0.5)
    done.set()
    poller.join()
    return {
        "items": len(tags),
        "request_bytes": len(payload),
        "status": answer.status_code,
        "seconds": round(elapsed, 2),
        "answer_bytes": len(answer.content),
        "worst_concurrent_get_seconds": round(max(waits), 3) if waits else None,
        "concurrent_gets": len(waits),
    }


def half_sent(base_url: str, limit: float) -> dict[str, Any]:
    """Seconds until the mock closes a connection that stopped mid-request."""
    url = httpx.URL(base_url)
    figures: dict[str, Any] = {}
    partial = {
        "request_line": b"GET /openapi/agent/runs/x HT",
        "body": (
            b"POST /openapi/agent/runs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Authorization: " + KEY.encode() + b"\r\nContent-Type: application/json\r\n"
            b'Content-Length: 1000\r\n\r\n{"agent"'
        ),
    }
    for name, data in partial.items():
        sock = socket.create_connection((url.host, url.port or 80))
        sock.settimeout(limit)
        sock.sendall(data)
        started = time.monotonic()
        try:
            while sock.recv(65536):
                pass
            figures[name] = round(time.monotonic() - started, 1)
        except TimeoutError:
            figures[name] = f"> {limit:g} (still open)"
        finally:
            sock.close()
    return figures


def host_header(base_url: str) -> str:
    """The URL of an upload when the request claims another host."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (600, 600), (10, 20, 30)).save(buffer, "PNG")
    with httpx.Client(base_url=base_url, timeout=30) as client:
        answer = client.post(
            "/agent/assets/images",
            files={"image": ("a.png", buffer.getvalue(), "image/png")},
            headers={"Authorization": KEY, "Host": "evil.example.com"},
        )
    return str(answer.json().get("data", {}).get("image", answer.text[:200]))


def access_log() -> dict[str, Any]:
    process, base_url = start_mock("--access-log")
    httpx.get(base_url + "/agent/runs/none", headers={"Authorization": KEY}, timeout=30)
    time.sleep(0.5)
    err = stop(process)
    lines = [line for line in err.splitlines() if "/agent/runs/none" in line]
    return {"lines_for_the_request": len(lines), "example": lines[0] if lines else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=400000)
    parser.add_argument("--half-limit", type=float, default=40.0)
    only = ["big", "tail", "worst", "half", "host", "access"]
    parser.add_argument("--only", nargs="*", default=only)
    args = parser.parse_args()
    results: dict[str, Any] = {}
    process, base_url = start_mock()
    try:
        if "big" in args.only:
            results["big"] = big_request(base_url, ["x"] * args.items)
        if "tail" in args.only:
            results["tail"] = big_request(base_url, [1] * (args.items - 1) + ["x"])
        if "worst" in args.only:
            items = (12 * 1024 * 1024 - 400) // 2
            results["worst"] = big_request(base_url, [1] * (items - 1) + ["x"])
        if "half" in args.only:
            results["half_sent_seconds"] = half_sent(base_url, args.half_limit)
        if "host" in args.only:
            results["upload_url_with_evil_host"] = host_header(base_url)
    finally:
        stop(process)
    if "access" in args.only:
        results["access_log"] = access_log()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
