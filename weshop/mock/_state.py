"""The mock's memory: tasks, runs, idempotency keys, uploads and "my" models/locations.

A run's state is never advanced by a timer: each run stores when it was created and how
long each phase lasts (in mock seconds), and every read computes the state from the clock.
Thousands of concurrent runs therefore cost memory only — a few hundred bytes each.

Everything here is touched from the server's event loop only; the test thread reads
(``completion_time``, ``stats``) are single dictionary look-ups.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from ._settings import MockSettings

__all__ = ["MockState", "MockStats", "MyAsset", "Run", "Task"]

# Share of a run's duration spent queuing, and segmenting (automatic masks only).
PENDING_SHARE: Final = 0.1
SEGMENTING_SHARE: Final = 0.2
# Result item i of n finishes at this fraction of the Running phase: items complete one
# after another, as the documents' example shows (a Running execution, a Success item).
FIRST_ITEM_SHARE: Final = 0.6
# Uploads are kept in memory; beyond this many bytes the oldest are forgotten.
MAX_UPLOAD_STORE_BYTES: Final = 512 * 1024 * 1024
TASK_EXECUTIONS_KEPT: Final = 20  # "up to 20 recent execution records" (v1 API reference)
STARTING_BALANCE: Final = 1_000_000.0
RUN_FAILED_ERROR: Final = "The run failed (injected by the mock's run_failed fault)."

AssetKind = Literal["fashionModel", "location"]


@dataclass
class MockStats:
    """Counters a test can read while the mock runs."""

    run_creations: int = 0
    """Distinct runs started (by ``createRun`` or ``executeTask``); idempotent replays
    do not count."""
    requests: Counter[str] = field(default_factory=Counter)
    """Requests per operationId (file downloads count as ``downloadFile``). Every
    operation is present (at 0) from the start, so copying it from another thread while
    the server counts is safe."""
    authorized_file_downloads: int = 0
    """Downloads of ``/files/...`` that carried an ``Authorization`` header (a client that
    sends its key to a public file URL would leak it; a correct client keeps this at 0)."""
    callback_attempts: int = 0
    """Callback POSTs attempted (including retries)."""
    callbacks_delivered: int = 0
    """Callbacks answered with ``SUCCESS``."""
    callbacks_skipped: int = 0
    """Runs that asked for a callback to a non-loopback URL: accepted (the URL is valid),
    never called (the mock never calls out)."""
    faults: Counter[str] = field(default_factory=Counter)
    """Injected faults per kind."""


@dataclass(slots=True)
class Task:
    """A task of the task API (every agent run belongs to one)."""

    task_id: str
    owner: str
    agent_name: str
    agent_version: str
    init_json: str  # the initial params, compact JSON (a dict would cost ~4x the memory)
    executions: list[str] = field(default_factory=list)  # the last 20, oldest first

    @property
    def init_params(self) -> dict[str, Any]:
        """The task's initial parameters."""
        params: dict[str, Any] = json.loads(self.init_json)
        return params


@dataclass(slots=True)
class Run:
    """One execution. Phase boundaries are offsets in mock seconds from ``created``."""

    execution_id: str
    task_id: str
    owner: str
    created: float  # time.monotonic() at creation
    wall_time: float  # time.time() at creation (executionTime is formatted from it)
    params_json: str  # the submitted params, compact (parsed again when read)
    batch_count: int
    image_ext: str
    pending_until: float
    segmenting_until: float
    duration: float
    error: str | None
    callback_url: str | None
    via_task_api: bool
    #: "image" or "video": what the agent makes (its catalog entry's result kind).
    media: str = "image"


@dataclass(slots=True)
class MyAsset:
    """A user's own fashion model or location."""

    asset_id: int
    owner: str
    kind: AssetKind
    agent_name: str
    name: str
    images: list[str]
    created: float


@dataclass(frozen=True)
class Stored:
    """An uploaded file."""

    data: bytes
    media_type: str


@dataclass(frozen=True)
class IdempotentReply:
    """What a keyed ``createRun`` answered, to answer a retry identically."""

    fingerprint: str
    execution_id: str
    body: dict[str, Any]


class MockState:
    """All state of one mock server."""

    def __init__(self, settings: MockSettings) -> None:
        self.settings = settings
        self.speed = settings.speed
        self.stats = MockStats()
        self._random = random.Random(f"runs:{settings.seed}")
        self.tasks: OrderedDict[str, Task] = OrderedDict()
        self.runs: OrderedDict[str, Run] = OrderedDict()
        self.idempotency: OrderedDict[tuple[str, str], IdempotentReply] = OrderedDict()
        self.assets: dict[int, MyAsset] = {}
        self._next_asset_id = 10_000_001
        self.uploads: OrderedDict[str, Stored] = OrderedDict()
        self._upload_bytes = 0
        self.spent: dict[str, float] = {}

    # ---------------------------------------------------------------- identifiers, clock

    def new_id(self) -> str:
        """A 32-hex-digit id, deterministic for a given seed and request order."""
        return f"{self._random.getrandbits(128):032x}"

    @staticmethod
    def now() -> float:
        """The clock runs are measured against."""
        return time.monotonic()

    def elapsed(self, created: float, now: float) -> float:
        """Mock seconds since ``created``."""
        return (now - created) * self.speed

    # ---------------------------------------------------------------- tasks and runs

    def create_task(
        self, owner: str, agent_name: str, agent_version: str, init_params: dict[str, Any]
    ) -> Task:
        """A new task."""
        task = Task(
            self.new_id(),
            sys.intern(owner),
            sys.intern(agent_name),
            sys.intern(agent_version),
            _compact(init_params),
        )
        self.tasks[task.task_id] = task
        _trim(self.tasks, self.settings.max_runs)
        return task

    def task(self, owner: str, task_id: str) -> Task | None:
        """The caller's task, if it exists."""
        task = self.tasks.get(task_id)
        return task if task is not None and task.owner == owner else None

    def start_run(
        self,
        task: Task,
        params: dict[str, Any],
        *,
        batch_count: int,
        image_ext: str,
        fail: bool,
        callback_url: str | None,
        via_task_api: bool,
        media: str = "image",
    ) -> Run:
        """Start a run of ``task`` now; its whole future is decided here."""
        low, high = self.settings.run_duration
        duration = self._random.uniform(low, high)
        mask = str(params.get("maskType", ""))
        automatic = mask.startswith(("auto", "inverseAuto"))
        pending_until = duration * PENDING_SHARE
        segmenting_until = pending_until + (duration * SEGMENTING_SHARE if automatic else 0.0)
        run = Run(
            execution_id=self.new_id(),
            task_id=task.task_id,
            owner=task.owner,
            created=self.now(),
            wall_time=time.time(),
            params_json=_compact(params),
            batch_count=batch_count,
            image_ext=image_ext,
            pending_until=pending_until,
            segmenting_until=segmenting_until,
            duration=duration,
            error=RUN_FAILED_ERROR if fail else None,
            callback_url=callback_url,
            via_task_api=via_task_api,
            media=media,
        )
        self.runs[run.execution_id] = run
        task.executions.append(run.execution_id)
        if len(task.executions) > TASK_EXECUTIONS_KEPT:
            del task.executions[0]
        self.stats.run_creations += 1
        _trim(self.runs, self.settings.max_runs)
        return run

    def run(self, owner: str, execution_id: str) -> Run | None:
        """The caller's run, if it exists."""
        run = self.runs.get(execution_id)
        return run if run is not None and run.owner == owner else None

    def completion_time(self, execution_id: str) -> float | None:
        """``time.monotonic()`` at which the run reached Success/Failed, or None if it has
        not (yet) or does not exist."""
        run = self.runs.get(execution_id)
        if run is None:
            return None
        done = run.created + run.duration / self.speed
        return done if self.now() >= done else None

    def delete_task(self, owner: str, task_id: str) -> bool:
        """Delete a task and every execution it started (also those past the last 20)."""
        task = self.task(owner, task_id)
        if task is None:
            return False
        del self.tasks[task_id]
        for execution_id in [e for e, r in self.runs.items() if r.task_id == task_id]:
            del self.runs[execution_id]
        return True

    def execution_view(self, run: Run, now: float, base: str) -> dict[str, Any]:
        """The ``Execution`` object of a run as of ``now``."""
        elapsed = self.elapsed(run.created, now)
        view: dict[str, Any] = {
            "executionId": run.execution_id,
            "executionTime": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(run.wall_time)),
            "params": json.loads(run.params_json),
        }
        if elapsed < run.pending_until:
            view.update(status="Pending", result=[])
        elif elapsed < run.segmenting_until:
            view.update(status="Segmenting", result=[])
        elif elapsed < run.duration:
            running = run.duration - run.segmenting_until
            share = (elapsed - run.segmenting_until) / running if running > 0 else 1.0
            view.update(status="Running", result=self._items(run, share, base))
        elif run.error is not None:
            view.update(
                status="Failed",
                error=run.error,
                result=[
                    {"status": "Failed", "error": run.error, "progress": 0}
                    for _ in range(run.batch_count)
                ],
            )
        else:
            view.update(status="Success", result=self._items(run, 1.0, base))
        return view

    def _items(self, run: Run, share: float, base: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        count = run.batch_count
        for index in range(count):
            finish = FIRST_ITEM_SHARE + (1 - FIRST_ITEM_SHARE) * (index + 1) / count
            progress = min(1.0, share / finish)
            if run.error is None and progress >= 1.0:
                if run.media == "video":
                    items.append(
                        {
                            "status": "Success",
                            "video": result_url(base, run, index),
                            "videoPoster": poster_url(base, run, index),
                            "progress": 1,
                        }
                    )
                else:
                    image = result_url(base, run, index)
                    items.append({"status": "Success", "image": image, "progress": 1})
            else:
                # A run that is going to fail never completes an item.
                items.append({"status": "Running", "progress": round(min(progress, 0.99), 4)})
        return items

    def run_data(self, task: Task, runs: list[Run], now: float, base: str) -> dict[str, Any]:
        """The ``RunData`` object (task, and the given executions) as of ``now``."""
        init = {k: v for k, v in task.init_params.items() if isinstance(v, str)}
        return {
            "agentName": task.agent_name,
            "agentVersion": task.agent_version,
            "initParams": init,
            "executions": [self.execution_view(run, now, base) for run in runs],
        }

    def task_runs(self, task: Task) -> list[Run]:
        """The task's last (up to) 20 executions, oldest first (the documents' order)."""
        return [self.runs[e] for e in task.executions if e in self.runs]

    def result_file(self, name: str) -> tuple[Run, int, str] | None:
        """The run, item index and kind (``image``, ``video``, ``poster``) a result file
        name refers to, if it is downloadable."""
        stem, dot, ext = name.rpartition(".")
        poster = stem.endswith(POSTER_SUFFIX) and ext == POSTER_EXT
        stem = stem.removesuffix(POSTER_SUFFIX) if poster else stem
        execution_id, dash, index_text = stem.rpartition("-")
        if not (dot and dash and index_text.isdigit()):
            return None
        run = self.runs.get(execution_id)
        if run is None:
            return None
        if run.media == "video":
            kind = "poster" if poster else "video" if ext == VIDEO_EXT else None
        else:
            kind = "image" if ext == run.image_ext and not poster else None
        if kind is None:
            return None
        index = int(index_text)
        if index >= run.batch_count or run.error is not None:
            return None
        if self.elapsed(run.created, self.now()) < run.duration:
            return None
        return run, index, kind

    # ---------------------------------------------------------------- idempotency

    def idempotent_reply(self, owner: str, key: str) -> IdempotentReply | None:
        """What an earlier request with this key answered."""
        return self.idempotency.get((owner, key))

    def remember_reply(self, owner: str, key: str, reply: IdempotentReply) -> None:
        """Keep the answer to a keyed request."""
        self.idempotency[(owner, key)] = reply
        _trim(self.idempotency, self.settings.max_runs)

    # ---------------------------------------------------------------- power

    def power(self, agent_name: str, params: dict[str, Any], batch_count: int) -> float:
        """A deterministic price: the documents publish none, except the 5 points per image
        a preset fashion model adds (v1 API reference, fashionModels example)."""
        per_image = 8 + (hashlib.sha256(agent_name.encode()).digest()[0] % 5) * 2
        if "fashionModelId" in params:
            per_image += 5
        return float(per_image * batch_count)

    def charge(self, owner: str, amount: float) -> float:
        """Charge ``amount``; return the balance left."""
        self.spent[owner] = self.spent.get(owner, 0.0) + amount
        return self.balance(owner)

    def balance(self, owner: str) -> float:
        """What is left of the (generous, never enforced) starting balance."""
        return max(0.0, STARTING_BALANCE - self.spent.get(owner, 0.0))

    # ---------------------------------------------------------------- uploads

    def store_upload(self, name: str, data: bytes, media_type: str) -> None:
        """Keep an uploaded file (named by its hash) for serving."""
        if name in self.uploads:
            self.uploads.move_to_end(name)
            return
        self.uploads[name] = Stored(data, media_type)
        self._upload_bytes += len(data)
        while self._upload_bytes > MAX_UPLOAD_STORE_BYTES and len(self.uploads) > 1:
            _, dropped = self.uploads.popitem(last=False)
            self._upload_bytes -= len(dropped.data)

    # ---------------------------------------------------------------- my models / locations

    def create_asset(
        self, owner: str, kind: AssetKind, agent_name: str, name: str, images: list[str]
    ) -> MyAsset:
        """A new fashion model or location (for ``agent_name``'s catalogue), in ``prepare``."""
        asset = MyAsset(self._next_asset_id, owner, kind, agent_name, name, images, self.now())
        self._next_asset_id += 1
        self.assets[asset.asset_id] = asset
        return asset

    def asset(self, owner: str, kind: AssetKind, asset_id: int) -> MyAsset | None:
        """The caller's asset of that kind, if it exists."""
        asset = self.assets.get(asset_id)
        if asset is None or asset.owner != owner or asset.kind != kind:
            return None
        return asset

    def asset_status(self, asset: MyAsset) -> str:
        """``prepare`` until the preparation time has passed (scaled), then ``complete``."""
        elapsed = self.elapsed(asset.created, self.now())
        return "complete" if elapsed >= self.settings.asset_prepare_duration else "prepare"

    def owner_assets(self, owner: str, kind: AssetKind) -> list[MyAsset]:
        """The caller's assets of one kind, oldest first."""
        return [a for a in self.assets.values() if a.owner == owner and a.kind == kind]


VIDEO_EXT: Final = "mp4"
POSTER_SUFFIX: Final = "-poster"
POSTER_EXT: Final = "png"


def result_url(base: str, run: Run, index: int) -> str:
    """Where result ``index`` of ``run`` (an image, or an MP4 for video runs) is served."""
    ext = VIDEO_EXT if run.media == "video" else run.image_ext
    return f"{base}/files/results/{run.execution_id}-{index}.{ext}"


def poster_url(base: str, run: Run, index: int) -> str:
    """Where the poster image of video result ``index`` of ``run`` is served."""
    return f"{base}/files/results/{run.execution_id}-{index}{POSTER_SUFFIX}.{POSTER_EXT}"


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=True)


def _trim(store: OrderedDict[Any, Any], limit: int) -> None:
    while len(store) > limit:
        store.popitem(last=False)
