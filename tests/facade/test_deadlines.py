"""Timeouts that bound (issue 19): ``timeout=`` bounds a whole request attempt, connect to
last byte; a wait's timeout bounds the whole wait, its reads, retries and ``Retry-After``
sleeps included; a garbage answer while polling is ridden out.

Timings are generous bounds that tell "bounded" from "held for as long as the server
likes" (the trickling server below would hold a request for over 20 s), or use the fake
clock of the other facade tests.
"""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import pytest

import weshop
from weshop import RetryPolicy
from weshop._retry import RetryState

from .conftest import KEY, Api, Factory, FakeTime, json_response, run_answer


class Trickle(threading.Thread):
    """A loopback server answering every request one byte every 0.1 s."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/openapi"
        body = json.dumps(run_answer("e", "Running")).encode()
        self.answer = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        self.stop = threading.Event()
        self.start()

    def run(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                for byte in self.answer:
                    if self.stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(0.1)
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.mark.anyio
@pytest.mark.parametrize("given", ["client", "call"])
async def test_timeout_bounds_a_whole_attempt(api: Api, flavour: str, given: str) -> None:
    """The client's ``timeout=`` and a call's own ``timeout=`` both bound the attempt."""
    server = Trickle()  # the answer would take over 20 s to arrive
    cls = weshop.AsyncWeShop if flavour == "async" else weshop.WeShop
    client_timeout = 0.5 if given == "client" else 600.0
    client = cls(
        KEY, base_url=server.url, timeout=client_timeout, max_retries=0, upload_cache=False
    )
    per_call: dict[str, float] = {"timeout": 0.5} if given == "call" else {}
    started = time.monotonic()
    try:
        with pytest.raises(weshop.APITimeoutError):
            await api(client.runs.get, "e", **per_call)
        assert time.monotonic() - started < 10
    finally:
        server.close()
        await api.close(client)


@pytest.mark.anyio
async def test_a_wait_never_sleeps_past_its_deadline(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    """Before: ``wait(timeout=1)`` against ``Retry-After: 100000`` took 10 s (up to 300 s
    with the default retry policy)."""
    limited = json_response(
        429,
        {"success": False, "error": {"code": "RATE_LIMITED", "message": "m"}},
        {"Retry-After": "100000"},
    )
    client, recorder = make_client(
        lambda request: limited, retry=RetryPolicy(max_retries=2, max_retry_after=5)
    )
    start = fake_time.now
    with pytest.raises(weshop.RunTimeoutError) as caught:
        await api(client.runs.wait, "e", timeout=1.0)
    assert fake_time.now - start <= 1.0 + 1e-9
    assert all(delay <= 1.0 for delay in fake_time.sleeps)
    assert isinstance(caught.value.__cause__, weshop.RateLimitError)
    assert len(recorder.requests) >= 1
    await api.close(client)


@pytest.mark.anyio
async def test_a_wait_with_the_default_policy_is_bounded_too(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    unavailable = json_response(503, {"success": False, "error": {"code": "X", "message": "m"}})
    client, _ = make_client(lambda request: unavailable, retry=RetryPolicy())
    start = fake_time.now
    with pytest.raises(weshop.RunTimeoutError):
        await api(client.runs.wait, "e", timeout=30.0)
    assert fake_time.now - start <= 30.0 + 1e-9
    await api.close(client)


@pytest.mark.anyio
async def test_a_garbage_answer_while_polling_is_ridden_out(make_client: Factory, api: Api) -> None:
    answers = iter(
        [
            httpx.Response(200, text="<html>busy</html>"),
            httpx.Response(200, content=b'{"success": true, "data": [[[['),
            json_response(200, run_answer("e", "Success")),
        ]
    )
    client, recorder = make_client(lambda request: next(answers), max_retries=0)
    run = await api(client.runs.wait, "e", timeout=60)
    assert run.succeeded
    assert len(recorder.requests) == 3
    await api.close(client)


@pytest.mark.anyio
async def test_a_garbage_answer_outside_a_wait_is_an_error(make_client: Factory, api: Api) -> None:
    client, _ = make_client(lambda request: httpx.Response(200, text="<html>"), max_retries=0)
    with pytest.raises(weshop.APIError, match="unexpected answer"):
        await api(client.runs.get, "e")
    await api.close(client)


def test_the_retry_state_gives_up_rather_than_sleep_past_a_deadline() -> None:
    now = [100.0]
    state = RetryState(
        RetryPolicy(max_retries=5, initial_delay=1.0),
        "getRun",
        True,
        lambda: 1.0,
        deadline=102.5,
        clock=lambda: now[0],
    )
    failure = httpx.ReadTimeout("slow", request=httpx.Request("GET", "https://x.invalid"))
    assert state.next_delay(failure) == 1.0
    now[0] += 1.0
    with pytest.raises(weshop.APITimeoutError):
        state.next_delay(failure)  # 2 s more would end after the deadline


@pytest.mark.anyio
async def test_a_broken_gzip_answer_is_a_decoding_error(make_client: Factory, api: Api) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"\x1f\x8bnot")
        )

    client, recorder = make_client(broken, max_retries=1)
    with pytest.raises(weshop.ResponseDecodingError, match="could not be decoded"):
        await api(client.runs.get, "e")
    assert len(recorder.requests) == 2  # a read is safe to repeat
    await api.close(client)
