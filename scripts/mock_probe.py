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
* ``access``: whether ``--access-log`` prints a line for a request, and whether a line
  for a request whose path holds the request's own key shows that key;
* ``pipelined`` (issue 19): a complete GET followed on the same connection by a half-sent
  POST — seconds until the mock closes it (an in-process mock with ``request_timeout=2``);
* ``containers``: a body of one million ``{"a":[{}]}`` objects against a plain array of
  the same size — seconds to answer each, and the mock's RSS before, at its peak and after;
* ``png``: a PNG made of one 600x600 image and 800,000 empty ancillary chunks, uploaded
  (status, seconds) and given to ``check_upload`` in-process (against a plain PNG);
* ``client`` (the SDK against hostile local servers): how long ``runs.get(timeout=2,
  max_retries=0)`` is held by a server trickling one byte every 0.25 s (given up after
  ``--trickle-limit``); how long ``runs.wait(timeout=1)`` takes against ``429
  Retry-After: 100000`` (``max_retry_after=5, max_retries=2``); the error a deeply nested
  answer, a garbage 200 while waiting and a broken gzip answer give; whether the key is
  reachable from the exception of a refused connection; and whether the hex, base32 and
  base64-of-UTF-16 spellings of an echoed key reach ``str(error)`` or ``error.body``.

Loopback only; nothing is sent anywhere else.

    python scripts/mock_probe.py [--items 400000] [--half-limit 40] [--only client png ...]
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
    httpx.get(base_url + f"/agent/runs/{KEY}", headers={"Authorization": KEY}, timeout=30)
    time.sleep(0.5)
    err = stop(process)
    lines = [line for line in err.splitlines() if "/agent/runs/none" in line]
    return {
        "lines_for_the_request": len(lines),
        "example": lines[0] if lines else None,
        "lines_showing_the_key": sum(KEY in line for line in err.splitlines()),
    }


# --------------------------------------------------------------------------- issue 19
def pipelined(limit: float) -> dict[str, Any]:
    """A complete GET, then a half-sent POST on the same connection: seconds to close."""
    from weshop.mock import MockServer

    with MockServer(request_timeout=2.0) as mock:
        url = httpx.URL(mock.base_url)
        get = f"GET /openapi/agent/runs/x HTTP/1.1\r\nHost: h\r\nAuthorization: {KEY}\r\n\r\n"
        post = (
            f"POST /openapi/agent/runs HTTP/1.1\r\nHost: h\r\nAuthorization: {KEY}\r\n"
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"agent"'
        )
        figures: dict[str, Any] = {}
        for name, chunks in {"together": [get + post], "after_answer": [get, post]}.items():
            sock = socket.create_connection((url.host, url.port or 80))
            sock.settimeout(limit)
            started = time.monotonic()
            try:
                for chunk in chunks:
                    sock.sendall(chunk.encode())
                    time.sleep(0.3)
                while sock.recv(65536):
                    pass
                figures[name] = round(time.monotonic() - started, 1)
            except TimeoutError:
                figures[name] = f"> {limit:g} (still open)"
            finally:
                sock.close()
        return {"request_timeout": 2.0, "seconds_to_close": figures}


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def containers() -> dict[str, Any]:
    """Container-heavy JSON against a plain array of the same size."""
    objects = b'{"a":[' + b",".join([b'{"a":[{}]}'] * 1_000_000) + b"]}"
    plain = b'{"a":[' + b",".join([b"1"] * ((len(objects) - 7) // 2)) + b"]}"
    process, base_url = start_mock()
    figures: dict[str, Any] = {"bytes": len(objects)}
    try:
        figures["rss_mb_at_start"] = _rss_mb(process.pid)
        with httpx.Client(base_url=base_url, headers={"Authorization": KEY}, timeout=300) as c:
            for name, payload in (("plain_array", plain), ("objects", objects)):
                peak = [0.0]
                done = threading.Event()

                def watch(peak: list[float] = peak, done: threading.Event = done) -> None:
                    while not done.is_set():
                        peak[0] = max(peak[0], _rss_mb(process.pid))
                        time.sleep(0.05)

                watcher = threading.Thread(target=watch)
                watcher.start()
                started = time.monotonic()
                answer = c.post(
                    "/agent/runs", content=payload, headers={"Content-Type": "application/json"}
                )
                elapsed = time.monotonic() - started
                done.set()
                watcher.join()
                time.sleep(1.0)
                figures[name] = {
                    "status": answer.status_code,
                    "seconds": round(elapsed, 2),
                    "rss_mb_peak": peak[0],
                    "rss_mb_after": _rss_mb(process.pid),
                }
        figures["ratio_objects_to_plain"] = round(
            figures["objects"]["seconds"] / max(figures["plain_array"]["seconds"], 1e-3), 2
        )
    finally:
        stop(process)
    return figures


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    import struct
    import zlib

    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb() -> dict[str, Any]:
    """An upload made of a small PNG and 800,000 empty ancillary chunks."""
    from PIL import Image

    from weshop.mock._images import check_upload

    buffer = io.BytesIO()
    Image.new("RGB", (600, 600), (10, 20, 30)).save(buffer, "PNG")
    plain = buffer.getvalue()
    head, rest = plain[:33], plain[33:]  # signature + IHDR, then IDAT... IEND
    bomb = head + _png_chunk(b"teXt", b"") * 800_000 + rest
    noise = os.urandom(len(bomb) - 200_000)
    big = io.BytesIO()
    Image.frombytes("L", (1000, len(noise) // 1000), noise[: 1000 * (len(noise) // 1000)]).save(
        big, "PNG", compress_level=0
    )
    figures: dict[str, Any] = {"bomb_bytes": len(bomb), "plain_bytes": len(big.getvalue())}
    for name, data in (("plain", big.getvalue()), ("bomb", bomb)):
        started = time.monotonic()
        result = check_upload(data)
        figures[f"check_upload_{name}"] = {
            "seconds": round(time.monotonic() - started, 3),
            "accepted": not isinstance(result, list),
        }
    process, base_url = start_mock()
    try:
        started = time.monotonic()
        answer = httpx.post(
            base_url + "/agent/assets/images",
            files={"image": ("a.png", bomb, "image/png")},
            headers={"Authorization": KEY},
            timeout=300,
        )
        figures["upload_bomb"] = {
            "status": answer.status_code,
            "seconds": round(time.monotonic() - started, 2),
        }
    finally:
        stop(process)
    return figures


class _Raw(threading.Thread):
    """A loopback server that answers every connection with ``answer(sock)``."""

    def __init__(self, answer: Any) -> None:
        super().__init__(daemon=True)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/openapi"
        self.answer = answer
        self.start()

    def run(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            with conn:
                conn.settimeout(5)
                while True:
                    data = b""
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(65536)
                        if not chunk:
                            return
                        data += chunk
                    self.answer(conn)
        except OSError:
            return


def _http(status: str, body: bytes, *headers: str) -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _reachable_key(error: BaseException, key: str) -> list[str]:
    """Paths from ``error`` to a string or bytes holding ``key`` (attributes, chains,
    containers, requests and responses; not tracebacks)."""
    found: list[str] = []
    seen: set[int] = set()
    stack: list[tuple[Any, str, int]] = [(error, "error", 0)]
    while stack:
        node, path, depth = stack.pop()
        if id(node) in seen or depth > 12:
            continue
        seen.add(id(node))
        if isinstance(node, str | bytes):
            if (key if isinstance(node, str) else key.encode()) in node:
                found.append(path)
            continue
        if isinstance(node, dict):
            stack += [(v, f"{path}[{k!r}]", depth + 1) for k, v in node.items()]
            stack += [(k, f"{path}.key", depth + 1) for k in node]
            continue
        if isinstance(node, list | tuple | set | frozenset):
            stack += [(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(node)]
            continue
        if isinstance(node, httpx.Headers):
            stack += [(list(node.raw), f"{path}.raw", depth + 1)]
            continue
        if isinstance(node, httpx.Request | httpx.Response):
            stack.append((str(getattr(node, "url", "")), f"{path}.url", depth + 1))
        for name in ("__cause__", "__context__", "args", "request", "response"):
            try:
                value = getattr(node, name, None)
            except Exception:
                continue
            if value is not None:
                stack.append((value, f"{path}.{name}", depth + 1))
        attributes = getattr(node, "__dict__", None)
        if isinstance(attributes, dict):
            stack += [(v, f"{path}.{k}", depth + 1) for k, v in attributes.items()]
    return found


def _describe(call: Any) -> dict[str, Any]:
    started = time.monotonic()
    try:
        call()
        outcome: dict[str, Any] = {"raised": None}
    except BaseException as exc:
        outcome = {"raised": type(exc).__name__, "message": str(exc)[:160]}
    outcome["seconds"] = round(time.monotonic() - started, 2)
    return outcome


def client_probe(trickle_limit: float) -> dict[str, Any]:
    """The SDK against hostile loopback servers."""
    import base64

    import weshop
    from weshop import PollPolicy, RetryPolicy

    figures: dict[str, Any] = {}
    body = json.dumps({"success": True, "data": {"executionId": "e", "executions": []}})
    answer = _http("200 OK", body.encode(), "Content-Type: application/json")

    def trickle(conn: socket.socket) -> None:
        for byte in answer:
            conn.sendall(bytes([byte]))
            time.sleep(0.25)

    server = _Raw(trickle)
    client = weshop.WeShop(KEY, base_url=server.url, timeout=2, max_retries=0, upload_cache=False)

    def held() -> None:
        with concurrent_timeout(trickle_limit):
            client.runs.get("e")

    figures["trickle_runs_get_timeout_2"] = _describe(held)
    server.sock.close()

    limited = _Raw(lambda c: c.sendall(_http("429 Too Many", b"{}", "Retry-After: 100000")))
    client = weshop.WeShop(
        KEY,
        base_url=limited.url,
        retry=RetryPolicy(max_retries=2, max_retry_after=5),
        upload_cache=False,
    )
    figures["wait_timeout_1_vs_retry_after"] = _describe(lambda: client.runs.wait("e", timeout=1))
    limited.sock.close()

    deep = b'{"success":true,"data":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    nested = _Raw(lambda c: c.sendall(_http("200 OK", deep, "Content-Type: application/json")))
    client = weshop.WeShop(KEY, base_url=nested.url, max_retries=0, upload_cache=False)
    figures["deeply_nested_answer"] = _describe(lambda: client.runs.get("e"))
    nested.sock.close()

    html = _Raw(
        lambda c: c.sendall(_http("200 OK", b"<html>busy</html>", "Content-Type: text/html"))
    )
    client = weshop.WeShop(
        KEY, base_url=html.url, max_retries=0, poll=PollPolicy.immediate(), upload_cache=False
    )
    figures["garbage_200_while_waiting"] = _describe(lambda: client.runs.wait("e", timeout=1))
    html.sock.close()

    broken = _Raw(
        lambda c: c.sendall(_http("200 OK", b"\x1f\x8b" + body.encode(), "Content-Encoding: gzip"))
    )
    client = weshop.WeShop(KEY, base_url=broken.url, max_retries=0, upload_cache=False)
    figures["broken_gzip_answer"] = _describe(lambda: client.runs.get("e"))
    broken.sock.close()

    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    client = weshop.WeShop(
        KEY, base_url=f"http://127.0.0.1:{port}/openapi", max_retries=0, upload_cache=False
    )
    try:
        client.runs.get("e")
    except Exception as exc:
        figures["refused_connection_key_reachable_at"] = _reachable_key(exc, KEY)[:3]

    spellings = {
        "hex_lower": KEY.encode().hex(),
        "hex_upper": KEY.encode().hex().upper(),
        "base32": base64.b32encode(KEY.encode()).decode(),
        "base64_utf16": base64.b64encode(KEY.encode("utf-16-le")).decode(),
        "base64_utf32": base64.b64encode(KEY.encode("utf-32-le")).decode(),
    }
    leaks: dict[str, bool] = {}
    for name, spelling in spellings.items():
        echo = json.dumps({"success": False, "error": {"code": "E", "message": spelling}})
        server = _Raw(lambda c, e=echo: c.sendall(_http("400 Bad", e.encode())))
        client = weshop.WeShop(KEY, base_url=server.url, max_retries=0, upload_cache=False)
        try:
            client.runs.get("e")
        except weshop.APIError as exc:
            leaks[name] = spelling in str(exc) or spelling in json.dumps(exc.body)
        server.sock.close()
    figures["echoed_spelling_reaches_error"] = leaks
    return figures


class concurrent_timeout:
    """Give up on a call after ``seconds`` (SIGALRM): the probe must end."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        import signal

        def expired(*_: object) -> None:
            raise TimeoutError(f"still held after {self.seconds:g} s (probe gave up)")

        signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *_: object) -> None:
        import signal

        signal.setitimer(signal.ITIMER_REAL, 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=400000)
    parser.add_argument("--half-limit", type=float, default=40.0)
    parser.add_argument("--trickle-limit", type=float, default=30.0)
    only = ["big", "tail", "worst", "half", "host", "access"]
    only += ["pipelined", "containers", "png", "client"]
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
    if "pipelined" in args.only:
        results["pipelined"] = pipelined(args.half_limit)
    if "containers" in args.only:
        results["containers"] = containers()
    if "png" in args.only:
        results["png_chunk_bomb"] = png_bomb()
    if "client" in args.only:
        results["client"] = client_probe(args.trickle_limit)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
