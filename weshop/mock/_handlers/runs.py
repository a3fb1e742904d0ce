"""The agent API's runs: create a run (billing once per idempotency key), read it, and
estimate its power; and starting a run, which the task API's ``executeTask`` shares."""

from __future__ import annotations

import hashlib
import json
import logging
import urllib.parse
from collections.abc import Mapping
from typing import Any, Final

from ..._catalog import result_kind
from .._callbacks import CallbackScheduler, is_loopback_url
from .._context import Context, Handler, Reply
from .._envelopes import ApiError, success_body
from .._images import DEFAULT_RESULT_FORMAT, RESULT_FORMATS
from .._recording import body_key
from .._routes import AgentCatalogue, RouteTable
from .._state import IdempotentReply, MockState, Run, Task

__all__ = ["AgentRunHandlers", "RunStarter"]

LOOPBACK_ONLY: Final = "the mock calls back loopback addresses only (127.0.0.0/8, ::1, localhost)"
# A guard against a spec change, not a rule (the spec caps batchCount at 16).
MAX_RESULTS: Final = 64
_log = logging.getLogger("weshop.mock")


class RunStarter:
    """Starts runs on the state (with their callback) and reads them back as the API does."""

    def __init__(self, state: MockState, table: RouteTable, agents: AgentCatalogue) -> None:
        self.state = state
        self.table = table
        self.agents = agents
        self.callbacks = CallbackScheduler(state, self.callback_body)

    def check_callback(self, body: Mapping[str, Any]) -> str | None:
        """The body's ``callbackUrl`` if the mock will call it (loopback only)."""
        url = body.get("callbackUrl")
        if url is None:
            return None
        if not is_loopback_url(str(url)):
            # Schema-valid, so accepted (as the service would); but the mock never calls
            # out: the callback is skipped, and counted.
            self.state.stats.callbacks_skipped += 1
            _log.info("callback to %s skipped: %s", _short_url(str(url)), LOOPBACK_ONLY)
            return None
        return str(url)

    def run_options(self, agent: str, params: Mapping[str, Any]) -> tuple[int, str]:
        """The run's number of results and image format."""
        # The spec has validated both for every known agent; the checks here only keep a
        # malformed value (a future agent with open params) from breaking the run engine.
        default_count = self.agents.params_default(agent, "batchCount") or 1
        count = params.get("batchCount", default_count)
        if isinstance(count, bool) or not isinstance(count, int | float) or count < 1:
            count = default_count
        image_format = params.get(
            "resultImageFormat", self.agents.params_default(agent, "resultImageFormat")
        )
        known_format = isinstance(image_format, str) and image_format in RESULT_FORMATS
        chosen = str(image_format) if known_format else DEFAULT_RESULT_FORMAT
        return min(int(count), MAX_RESULTS), chosen

    def start(
        self,
        context: Context,
        task: Task,
        params: dict[str, Any],
        callback_url: str | None,
        via_task_api: bool,
    ) -> Run:
        """A new run of ``task`` (failing if the request drew a ``run_failed`` fault)."""
        batch_count, ext = self.run_options(task.agent_name, params)
        fail = context.fault is not None and context.fault.kind == "run_failed"
        run = self.state.start_run(
            task,
            params,
            batch_count=batch_count,
            image_ext=ext,
            fail=fail,
            callback_url=callback_url,
            via_task_api=via_task_api,
            media=result_kind(task.agent_name, params),
        )
        if callback_url is not None:
            self.callbacks.schedule(run, context.base)
        return run

    def run_data(self, run: Run, base: str) -> dict[str, Any]:
        """What reading ``run`` answers (the envelope's ``data``)."""
        task = self.state.tasks.get(run.task_id)
        if task is None:  # the task was forgotten (max_runs) but the run is still kept
            task = Task(run.task_id, run.owner, "", "", "{}")
        return self.state.run_data(task, [run], self.state.now(), base)

    def callback_body(self, run: Run, base: str) -> bytes:
        """The body of ``run``'s completion callback."""
        # The callback carries what reading the run answers: the task query's envelope for
        # task API runs (v1 reference: "same as the query task execution result"), the
        # GET run envelope for agent API runs.
        op = self.table.by_id["queryTask" if run.via_task_api else "getRun"]
        body = success_body(op, self.run_data(run, base), {"executionId": run.execution_id})
        return json.dumps(body, ensure_ascii=True).encode("ascii")


class AgentRunHandlers:
    """``createRun``, ``getRun`` and ``estimatePower``."""

    def __init__(self, state: MockState, runs: RunStarter) -> None:
        self.state = state
        self.runs = runs

    def handlers(self) -> dict[str, Handler]:
        """Operation id -> handler."""
        return {
            "createRun": self.create_run,
            "getRun": self.get_run,
            "estimatePower": self.estimate_power,
        }

    async def create_run(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        key = context.request.headers.get("idempotency-key") or None
        # Only a request with a key is remembered, so only its body needs a fingerprint.
        fingerprint = hashlib.sha256(body_key(body).encode()).hexdigest() if key else ""
        if key is not None:
            earlier = self.state.idempotent_reply(context.owner, key)
            if earlier is not None:
                if earlier.fingerprint != fingerprint:
                    # 409 is not declared; 400 is, and Stripe answers a reused key so too.
                    raise ApiError(
                        400,
                        "Idempotency-Key: this key was used with a different request body "
                        f"(execution {earlier.execution_id}) [rule: idempotency-key-reuse]",
                        code="IDEMPOTENCY_KEY_REUSED",
                    )
                return Reply(body=earlier.body)
        agent = body["agent"]
        callback_url = self.runs.check_callback(body)
        task = self.state.create_task(
            context.owner, str(agent["name"]), str(agent["version"]), dict(body["input"])
        )
        params = dict(body["params"])
        run = self.runs.start(context, task, params, callback_url, via_task_api=False)
        power = self.state.power(task.agent_name, params, run.batch_count)
        data = {
            "executionId": run.execution_id,
            "taskId": task.task_id,
            "powerConsumption": power,
            "powerBalanceAmount": self.state.charge(context.owner, power),
        }
        meta = {"executionId": run.execution_id}
        if key is not None:
            envelope = success_body(context.op, data, meta)
            reply = IdempotentReply(fingerprint, run.execution_id, envelope)
            self.state.remember_reply(context.owner, key, reply)
        return Reply(data, meta)

    async def get_run(self, context: Context) -> Reply:
        execution_id = context.path_params["executionId"]
        run = self.state.run(context.owner, execution_id)
        if run is None:
            raise ApiError(404, f"no run with executionId {execution_id!r}")
        data = self.runs.run_data(run, context.base)
        return Reply(data, {"executionId": run.execution_id})

    async def estimate_power(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        agent = body["agent"]
        params = dict(body["params"])
        batch_count, _ = self.runs.run_options(str(agent["name"]), params)
        total = self.state.power(str(agent["name"]), params, batch_count)
        balance = self.state.balance(context.owner)
        data = {
            "totalPower": total,
            "type": "power",
            "exclusive": False,
            "paidPowerNotEnough": balance < total,
            "isEstimated": True,
        }
        return Reply(data)


def _short_url(url: str) -> str:
    """A URL for a log line: scheme and host only (never a path or query that may hold a
    secret)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "(unparseable URL)"
    return f"{parts.scheme}://{parts.hostname or ''}"
