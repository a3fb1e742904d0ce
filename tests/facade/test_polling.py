"""Adaptive polling: the pure poller on a fake clock, and ``wait`` through the clients
against a scripted service whose runs progress on that clock."""

from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field

import httpx
import pytest

import weshop
from weshop import PollPolicy, RunBase
from weshop._polling import Poller

from .conftest import Api, Factory, FakeTime, json_response, run_answer

NO_JITTER = PollPolicy(jitter=0.0)


def test_without_progress_it_starts_quick_and_backs_off_to_the_cap() -> None:
    poller = NO_JITTER.start(0.0, None)
    now, delays = 0.0, []
    for _ in range(8):
        delay = poller.next_delay(now, None)
        delays.append(delay)
        now += delay
    assert delays == [0.25, 0.5, 1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


def test_jitter_spreads_backoff_both_ways() -> None:
    policy = PollPolicy(jitter=0.1)
    low = policy.start(0.0, None, rand=lambda: 0.0).next_delay(0.0)
    high = policy.start(0.0, None, rand=lambda: 1.0).next_delay(0.0)
    assert low == pytest.approx(0.225)
    assert high == pytest.approx(0.275)


def test_two_progress_samples_aim_just_after_the_predicted_finish() -> None:
    poller = NO_JITTER.start(0.0, None)
    poller.next_delay(1.0, None)  # queued
    poller.next_delay(2.0, 0.2)  # started
    delay = poller.next_delay(3.0, 0.4)  # 0.2 per second: done at 6.0
    assert poller.predicted_finish() == pytest.approx(6.0)
    assert delay == pytest.approx(3.0 + NO_JITTER.lead)


def test_a_far_finish_is_approached_in_capped_steps() -> None:
    poller = NO_JITTER.start(0.0, None)
    poller.next_delay(0.0, 0.01)
    delay = poller.next_delay(1.0, 0.02)  # 99 s to go
    assert delay == NO_JITTER.max_interval


def test_one_sample_is_followed_by_a_read_before_the_latest_possible_finish() -> None:
    poller = NO_JITTER.start(0.0, None)
    poller.next_delay(0.0, None)
    poller.next_delay(0.25, None)
    poller.next_delay(0.75, None)
    # Started at the earliest after 0.75; at 1.75 it is 80 % done, so it ends by 2.0.
    delay = poller.next_delay(1.75, 0.8)
    assert poller.latest_finish() == pytest.approx(2.0)
    assert delay == pytest.approx(0.25)  # half the time left, not the 2 s backoff


def test_an_early_prediction_turns_into_short_overdue_polls() -> None:
    poller = NO_JITTER.start(0.0, None)
    poller.next_delay(0.0, 0.5)
    poller.next_delay(1.0, 0.9)  # predicted done at 1.25
    # Reads that report nothing new keep the prediction, which is now in the past.
    delays = [poller.next_delay(t, None) for t in (1.4, 1.7, 2.0, 2.5)]
    assert delays == pytest.approx([0.2, 0.3, 0.45, 0.675])


def test_progress_going_backwards_restarts_the_estimate() -> None:
    poller = NO_JITTER.start(0.0, None)
    poller.next_delay(0.0, 0.5)
    poller.next_delay(1.0, 0.6)
    poller.next_delay(2.0, 0.1)
    assert poller.predicted_finish() is None


def test_delays_never_pass_the_deadline() -> None:
    poller = NO_JITTER.start(0.0, 3.0)
    assert poller.next_delay(2.9, None) == pytest.approx(0.1)
    assert not poller.expired(2.9)
    assert poller.expired(3.0)
    assert poller.next_delay(3.5, None) == 0.0


def test_immediate_policy_never_waits() -> None:
    poller = PollPolicy.immediate().start(0.0, None)
    assert [poller.next_delay(t, p) for t, p in ((0, None), (1, 0.5), (2, 0.6))] == [0, 0, 0]


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="intervals"):
        PollPolicy(initial_interval=-1)
    with pytest.raises(ValueError, match="growth"):
        PollPolicy(growth=0.5)
    with pytest.raises(ValueError, match="jitter"):
        PollPolicy(jitter=1.0)


def test_poller_is_plain_state() -> None:
    poller = Poller(NO_JITTER, deadline=None)
    assert poller.polls == 0
    assert poller.predicted_finish() is None


# --------------------------------------------------------------------------- through clients
@dataclass
class SimulatedRun:
    """A run on the fake clock: queued, then linear progress, then Success (like the mock)."""

    clock: FakeTime
    started: float
    queue: float
    duration: float
    fail: bool = False
    reads: list[float] = field(default_factory=list)

    @property
    def finish(self) -> float:
        return self.started + self.duration

    def __call__(self, request: httpx.Request) -> httpx.Response:
        now = self.clock.now
        self.reads.append(now)
        elapsed = now - self.started
        if elapsed >= self.duration:
            status = "Failed" if self.fail else "Success"
            return json_response(
                200, run_answer("exec-1", status, error="boom" if self.fail else None)
            )
        if elapsed < self.queue:
            return json_response(200, run_answer("exec-1", "Pending"))
        share = (elapsed - self.queue) / (self.duration - self.queue)
        return json_response(200, run_answer("exec-1", "Running", progress=round(share, 4)))


@pytest.mark.anyio
async def test_wait_returns_the_finished_run_and_reports_progress(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    service = SimulatedRun(fake_time, fake_time.now, queue=2.0, duration=12.0)
    client, _ = make_client(service)
    seen: list[RunBase] = []
    run = await api(client.runs.wait, "exec-1", on_progress=seen.append)
    assert run.status == "Success"
    assert run.images
    assert seen[-1] == run
    assert all(not r.done for r in seen[:-1])
    assert [r.progress for r in seen] == sorted(r.progress for r in seen)
    latency = fake_time.now - service.finish
    assert 0 <= latency <= 0.5
    await api.close(client)


@pytest.mark.anyio
async def test_wait_returns_the_run_with_integer_poll_settings(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    # Integer intervals once made the poller hand back an int delay, which a caller
    # telling "sleep" (float) from "done" mistook for the finished run.
    service = SimulatedRun(fake_time, fake_time.now, queue=1.0, duration=6.0)
    policy = PollPolicy(initial_interval=1, max_interval=5, growth=2, jitter=0)
    client, _ = make_client(service, poll=policy)
    run = await api(client.runs.wait, "exec-1")
    assert isinstance(run, weshop.RunBase)
    assert run.status == "Success"
    await api.close(client)


@pytest.mark.anyio
async def test_wait_raises_run_failed_with_the_run(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    client, _ = make_client(SimulatedRun(fake_time, fake_time.now, 1.0, 3.0, fail=True))
    with pytest.raises(weshop.RunFailedError, match="boom") as caught:
        await api(client.runs.wait, "exec-1")
    assert caught.value.run.failed
    assert caught.value.run.error == "boom"
    await api.close(client)


@pytest.mark.anyio
async def test_wait_raises_run_timeout_with_the_last_run(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    start = fake_time.now
    client, _ = make_client(SimulatedRun(fake_time, start, 1.0, 100.0))
    with pytest.raises(weshop.RunTimeoutError) as caught:
        await api(client.runs.wait, "exec-1", timeout=10.0)
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert error.run is not None
    assert error.run.status == "Running"
    assert error.timeout == 10.0
    assert fake_time.now - start == pytest.approx(10.0, abs=0.01)  # noticed on time
    await api.close(client)


@pytest.mark.anyio
async def test_wait_rides_out_transient_errors(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    service = SimulatedRun(fake_time, fake_time.now, 0.5, 2.0)
    failures = iter([True, True, True, False, False, True, True, True])

    def flaky(request: httpx.Request) -> httpx.Response:
        if next(failures, False):
            return json_response(
                503,
                {
                    "success": False,
                    "error": {"code": "UNAVAILABLE", "message": "m", "retryable": True},
                },
            )
        return service(request)

    client, _ = make_client(flaky, max_retries=1)
    run = await api(client.runs.wait, "exec-1")
    assert run.succeeded
    await api.close(client)


@pytest.mark.anyio
async def test_wait_does_not_hide_lasting_errors(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(
        lambda r: json_response(
            404,
            {
                "success": False,
                "error": {"code": "NOT_FOUND", "message": "no such run", "retryable": False},
            },
        )
    )
    with pytest.raises(weshop.NotFoundError):
        await api(client.runs.wait, "exec-1")
    assert len(recorder.requests) == 1
    await api.close(client)


@pytest.mark.anyio
async def test_adaptive_polling_beats_fixed_loops(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    """Runs of 8-40 s (a tenth queued): detection within 0.5 s (median) with at most 40 %
    of the reads of a fixed 0.5 s loop (so also fewer than a fixed 1 s loop)."""
    rng = random.Random(7)
    latencies: list[float] = []
    reads = 0
    fixed_half = 0
    for _ in range(20):
        duration = rng.uniform(8.0, 40.0)
        service = SimulatedRun(fake_time, fake_time.now, 0.1 * duration, duration)
        client, _ = make_client(service)
        await api(client.runs.wait, "exec-1")
        latencies.append(fake_time.now - service.finish)
        reads += len(service.reads)
        fixed_half += int(duration / 0.5) + 1
        await api.close(client)
    assert statistics.median(latencies) <= 0.5
    assert reads <= 0.4 * fixed_half
    assert reads <= 0.8 * fixed_half / 2  # vs a fixed 1 s loop
