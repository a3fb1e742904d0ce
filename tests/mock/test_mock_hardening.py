"""What hostile probes found (issues 12 and 19): no request freezes the mock, half-sent
requests time out (pipelined or not), bodies heavy in containers and PNGs heavy in chunks
are refused before they cost anything, URLs do not come from the request's ``Host``, and
the access log logs without the key."""

from __future__ import annotations

import json
import socket
import threading
import time
from typing import Any

import httpx

from weshop._spec import LARGE_INSTANCE, MAX_VIOLATIONS
from weshop.mock import MockServer

from .conftest import ClientFactory
from .helpers import image_bytes, run_body
from .test_mock_cli import command


def _message(response: httpx.Response) -> str:
    return str(response.json()["error"]["message"])


def test_the_error_list_of_a_huge_invalid_body_is_capped(client: httpx.Client) -> None:
    # Before: one error per item — 400,000 items gave a 29 MB answer after 26 s.
    body = run_body(locationTagIds=["x"] * 200_000)
    response = client.post("/agent/runs", json=body, timeout=60)
    assert response.status_code == 400
    assert len(response.content) < 4096
    assert "[rule: too-many-errors]" in _message(response)
    assert _message(response).count("params.locationTagIds.") == 1


def test_a_small_invalid_body_lists_at_most_the_cap(client: httpx.Client) -> None:
    response = client.post("/agent/runs", json=run_body(locationTagIds=["x"] * 50))
    assert response.status_code == 400
    assert _message(response).count("params.locationTagIds.") == MAX_VIOLATIONS
    assert "[rule: too-many-errors]" in _message(response)


def test_other_clients_are_answered_while_a_huge_body_is_judged(
    shared_mock: MockServer, make_client: ClientFactory, api_key: str
) -> None:
    client = make_client(shared_mock.base_url, api_key, timeout=60)
    started = client.post("/agent/runs", json=run_body())
    execution_id = started.json()["data"]["executionId"]
    # The worst case for a bounded validator: one bad item at the end of a long array.
    tags: list[object] = [1] * (100 * LARGE_INSTANCE) + ["x"]
    payload = json.dumps(run_body(locationTagIds=tags)).encode()
    answers: list[httpx.Response] = []

    def send_big() -> None:
        with httpx.Client(base_url=shared_mock.base_url, timeout=120) as big:
            answers.append(
                big.post(
                    "/agent/runs",
                    content=payload,
                    headers={"Authorization": api_key, "Content-Type": "application/json"},
                )
            )

    sender = threading.Thread(target=send_big)
    sender.start()
    polled = 0
    while sender.is_alive() or polled == 0:
        # Generous bound (a shared 2-core machine): before the fix a read waited for the
        # whole validation, tens of seconds.
        assert client.get(f"/agent/runs/{execution_id}", timeout=20).status_code == 200
        polled += 1
    sender.join()
    (answer,) = answers
    assert answer.status_code == 400
    assert f"params.locationTagIds.{100 * LARGE_INSTANCE}" in _message(answer)
    assert "[rule: too-many-errors]" in _message(answer)


def _seconds_until_closed(sock: socket.socket, limit: float) -> float:
    sock.settimeout(limit)
    started = time.monotonic()
    while sock.recv(65536):
        pass
    return time.monotonic() - started


def test_half_sent_requests_time_out() -> None:
    with MockServer(request_timeout=0.5) as mock:
        url = httpx.URL(mock.base_url)
        partial = [
            b"",  # a connection that never sends a byte
            b"GET /openapi/agent/runs/x HT",
            b"POST /openapi/agent/runs HTTP/1.1\r\nHost: x\r\nAuthorization: k\r\n"
            b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
        ]
        for data in partial:
            with socket.create_connection((url.host, url.port or 80)) as sock:
                sock.sendall(data)
                assert _seconds_until_closed(sock, 15) < 10, data
        # A half-sent request pipelined behind a complete one: sent together, or after
        # the first one's answer.
        get = b"GET /openapi/agent/runs/x HTTP/1.1\r\nHost: x\r\nAuthorization: k\r\n\r\n"
        for chunks in ([get + partial[2]], [get, partial[2]], [get + partial[1]]):
            with socket.create_connection((url.host, url.port or 80)) as sock:
                for chunk in chunks:
                    sock.sendall(chunk)
                    time.sleep(0.1)
                assert _seconds_until_closed(sock, 15) < 10, chunks
        # A complete request on a connection is unaffected, also after the timeout.
        with httpx.Client(base_url=mock.base_url, headers={"Authorization": "k"}) as client:
            assert client.post("/agent/runs", json=run_body()).status_code == 200
            time.sleep(0.8)
            assert client.post("/agent/runs", json=run_body()).status_code == 200


def test_urls_come_from_the_mock_not_from_the_host_header(
    shared_mock: MockServer, make_client: ClientFactory, api_key: str
) -> None:
    client = make_client(shared_mock.base_url, api_key, headers={"Host": "evil.example.com"})
    upload = client.post(
        "/agent/assets/images", files={"image": ("a.png", image_bytes(600, 600), "image/png")}
    )
    assert upload.status_code == 200
    image_url = upload.json()["data"]["image"]
    assert image_url.startswith(shared_mock.base_url + "/files/uploads/")
    info = client.get(
        "/v1/agent/info", params={"agentName": "aimodel", "agentVersion": "v1.0", "pageSize": 5}
    )
    assert "evil.example.com" not in info.text


def test_the_access_log_prints_request_lines() -> None:
    key = "access-log-key-0123456789"
    with command("mock", "--port", "0", "--access-log") as (process, base_url):
        httpx.get(f"{base_url}/agent/runs/abc?secret={key}", headers={"Authorization": key})
        time.sleep(0.3)
    assert process.stderr is not None
    err = process.stderr.read()
    lines = [line for line in err.splitlines() if "/agent/runs/abc" in line]
    assert len(lines) == 1, err
    assert '"GET /openapi/agent/runs/abc" 404' in lines[0]
    assert key not in err


def test_the_access_log_never_prints_the_requests_key() -> None:
    key = "access-log-key-0123456789"
    with command("mock", "--port", "0", "--access-log") as (process, base_url):
        for segment in (key, key.encode().hex(), key.encode().hex().upper()):
            httpx.get(f"{base_url}/agent/runs/{segment}", headers={"Authorization": key})
        time.sleep(0.3)
    assert process.stderr is not None
    err = process.stderr.read()
    assert err.count('"GET /openapi/agent/runs/[redacted]" 404') == 3, err
    assert key not in err
    assert key.encode().hex() not in err.lower()


def test_a_body_of_many_containers_is_refused_before_it_is_parsed(client: httpx.Client) -> None:
    # Before: a million {"a":[{}]} objects (11 MB) took 12-18 s and left 1.3 GB of RSS.
    tags: list[dict[str, Any]] = [{"a": [{}]}] * 200_000
    started = time.monotonic()
    response = client.post("/agent/runs", json=run_body(locationTagIds=tags), timeout=60)
    assert response.status_code == 400
    assert "[rule: json-containers]" in _message(response)
    assert time.monotonic() - started < 20  # generous: refused before parsing, not timed
    # Containers within the limit are judged as usual.
    response = client.post("/agent/runs", json=run_body(locationTagIds=[{}] * 100))
    assert response.status_code == 400
    assert "json-containers" not in _message(response)


def test_a_png_made_of_chunks_is_refused_in_bounded_time(client: httpx.Client) -> None:
    import struct
    import zlib

    plain = image_bytes(600, 600)
    empty = struct.pack(">I", 0) + b"teXt" + struct.pack(">I", zlib.crc32(b"teXt"))
    bomb = plain[:33] + empty * 200_000 + plain[33:]
    response = client.post(
        "/agent/assets/images", files={"image": ("a.png", bomb, "image/png")}, timeout=60
    )
    assert response.status_code == 400
    assert "[rule: png-chunks]" in _message(response)
    # A PNG with a few ancillary chunks is still fine.
    fine = plain[:33] + empty * 10 + plain[33:]
    response = client.post("/agent/assets/images", files={"image": ("a.png", fine, "image/png")})
    assert response.status_code == 200
