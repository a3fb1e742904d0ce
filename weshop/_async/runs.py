"""``client.runs``: start a run of any agent, read it, wait for it, estimate its cost."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from .. import _generated as gen
from .._constants import DEFAULT_AGENT_VERSION, DEFAULT_WAIT_TIMEOUT
from .._operations import CREATE_RUN, ESTIMATE_POWER, GET_RUN
from .._options import PollRequestOptions, RequestOptions, call_options
from .._requests.runs import RunMedia, checked_idempotency_key, draft_run, run_inputs
from .._run_answers import WireRun, created_run_data, wire_run
from .._uploads import ImageInput
from .._wire_body import wire_body
from ._resource import AsyncResource

if TYPE_CHECKING:
    from .._agent_methods import AgentCall
    from .._models import AsyncRun, PowerEstimate

__all__ = ["AsyncRuns"]

logger = logging.getLogger("weshop")


class AsyncRuns(AsyncResource):
    """Runs of the agent API (``POST /agent/runs``, ``GET /agent/runs/{executionId}``)."""

    async def create(
        self,
        agent: str,
        *,
        image: ImageInput | None = None,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        audios: Sequence[str] | None = None,
        params: Mapping[str, Any] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        task_name: str | None = None,
        callback_url: str | None = None,
        idempotency_key: str | None = None,
        inputs: Mapping[str, ImageInput] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncRun:
        """Start a run of ``agent`` and return it right away (status ``Pending``).

        ``image`` (``input.originalImage``) and ``images`` are URLs, or paths / bytes /
        binary files (checked against the upload limits, then uploaded once per content);
        ``images`` go out as the vendor CLI sends them: ``params.images`` = all, and the
        first as ``input.originalImage``. ``videos`` and ``audios`` are http(s) URLs (the
        API has no upload endpoint for them). Text-only agents take none. ``params`` are the
        agent's parameters in wire names (``{"maskType": ...}``); any agent name works, and
        a catalog agent's run is checked against its rules (inputs, counts, enums). The
        request is validated against the spec first (:class:`~weshop.RequestValidationError`,
        nothing sent). It always carries an ``Idempotency-Key`` (``idempotency_key`` or a
        new UUID), the same on every retry, so a retry never starts a second, billed run.
        ``inputs`` adds further input images by wire name (``{"fashionModelImage": ...,
        "locationImage": ...}``). ``extra_body`` adds fields the spec gained before this
        client did (``{"region": "eu"}``, or ``{"params": {"newOption": 1}}`` merged into
        params); the merged body is validated and sent. ``options``: per-call
        ``timeout``, ``max_retries``, ``extra_headers``, ``extra_query``
        (:class:`~weshop.RequestOptions`), for the uploads and the request alike.
        """
        with call_options(options):
            return await self._create(
                agent,
                **run_inputs(agent, image, images, videos, audios, inputs),
                params=params or {},
                version=version,
                task_name=task_name,
                callback_url=callback_url,
                idempotency_key=idempotency_key,
                extra_body=extra_body,
            )

    async def _create(
        self,
        agent: str,
        *,
        images: Mapping[str, ImageInput],
        params: Mapping[str, Any],
        version: str,
        task_name: str | None,
        callback_url: str | None,
        idempotency_key: str | None,
        media: RunMedia | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncRun:
        draft = draft_run(
            agent,
            version=version,
            images=images,
            params=params,
            task_name=task_name,
            callback_url=callback_url,
            media=media,
            extra_body=extra_body,
        )
        # After the local validation (a refused request imports no generated model),
        # before any upload.
        CREATE_RUN.check_available()
        key = checked_idempotency_key(idempotency_key)
        body = wire_body(gen.models.RunRequest, await self._api.complete(draft))
        created = await self._api.read(
            CREATE_RUN, created_run_data, client=self._api.generated, body=body, idempotency_key=key
        )
        if isinstance(created, dict):  # read straight from the answer's JSON
            run = self._api.wire_created_run(created, key)
        else:
            run = self._api.created_run(created.data, key)
        logger.debug("run %s created (Idempotency-Key %s)", run.execution_id, key)
        return run

    async def get(self, execution_id: str, **options: Unpack[RequestOptions]) -> AsyncRun:
        """Read a run's status, progress and results."""
        with call_options(options):
            answer = await self._api.read(
                GET_RUN,
                lambda response: wire_run(response, execution_id),
                execution_id,
                client=self._api.generated,
            )
        if isinstance(answer, WireRun):  # read straight from the answer's JSON
            return self._api.wire_execution_run(answer)
        return self._api.read_run(answer.data, execution_id, GET_RUN.name)

    async def wait(
        self,
        execution_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[AsyncRun], object] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """Poll until the run succeeds and return it; ``on_progress`` sees every read.

        Raises :class:`~weshop.RunFailedError` (holding the run) if it fails and
        :class:`~weshop.RunTimeoutError` (holding the last run read) after ``timeout``
        seconds. Polling is adaptive (see ``PollPolicy``). ``options`` hold for every read
        (:class:`~weshop.PollRequestOptions`: ``request_timeout`` per read).
        """
        with call_options(options):
            waiter = self._api.run_waiter(execution_id, timeout, on_progress)
            return await self._api.wait_for(lambda: self.get(execution_id), waiter)

    async def create_and_wait(
        self,
        agent: str,
        *,
        image: ImageInput | None = None,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        audios: Sequence[str] | None = None,
        params: Mapping[str, Any] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        task_name: str | None = None,
        callback_url: str | None = None,
        idempotency_key: str | None = None,
        inputs: Mapping[str, ImageInput] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[AsyncRun], object] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """:meth:`create`, then :meth:`wait` (like openai's ``create_and_poll``): the
        finished run, keeping what the creation answered (power charged and left, the
        ``Idempotency-Key``). The first read comes after the poll policy's first delay: a
        run just submitted cannot be done yet. ``options`` hold for every request
        (:class:`~weshop.PollRequestOptions`)."""
        with call_options(options):
            created = await self.create(
                agent,
                image=image,
                images=images,
                videos=videos,
                audios=audios,
                params=params,
                version=version,
                task_name=task_name,
                callback_url=callback_url,
                idempotency_key=idempotency_key,
                inputs=inputs,
                extra_body=extra_body,
            )
            return await self._finish(created, timeout, on_progress)

    async def _submit(self, call: AgentCall) -> AsyncRun:
        """Run a typed agent call (``client.catalog.kling(...)``, ``client.aimodel(...)``):
        created, and waited for unless ``call.wait`` is false, as :meth:`create_and_wait`
        would. The call's request options hold for every request."""
        with call_options(call.options):
            created = await self._create(
                call.agent,
                images=call.images,
                media=call.media,
                params=call.params,
                version=call.version,
                task_name=call.task_name,
                callback_url=call.callback_url,
                idempotency_key=call.idempotency_key,
                extra_body=call.extra_body,
            )
            if not call.wait:
                return created
            return await self._finish(created, call.timeout, call.on_progress)

    async def _finish(
        self,
        created: AsyncRun,
        timeout: float,
        on_progress: Callable[[AsyncRun], object] | None,
    ) -> AsyncRun:
        """Wait for a run just created: the first read after the poll policy's first
        delay (it cannot be done yet), and the finished run keeps its creation's facts."""
        waiter = self._api.run_waiter(created.execution_id, timeout, on_progress)
        await self._api.sleep(waiter.first_delay())
        finished = await self._api.wait_for(lambda: self.get(created.execution_id), waiter)
        return finished.with_creation(created)

    async def estimate(
        self,
        agent: str,
        *,
        image: ImageInput | None = None,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        audios: Sequence[str] | None = None,
        params: Mapping[str, Any] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        inputs: Mapping[str, ImageInput] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> PowerEstimate:
        """What the run would cost in power (credits), without running it. A local image
        is uploaded (once per content) because the estimate needs its URL.
        ``extra_body`` and ``options`` as in :meth:`create`."""
        ESTIMATE_POWER.check_available()
        with call_options(options):
            draft = draft_run(
                agent,
                version=version,
                **run_inputs(agent, image, images, videos, audios, inputs),
                params=params or {},
                task_name=None,
                callback_url=None,
                extra_body=extra_body,
            )
            body = wire_body(gen.models.RunRequest, await self._api.complete(draft))
            answer = await self._api.request(ESTIMATE_POWER, client=self._api.generated, body=body)
            from .._models import PowerEstimate  # with the first answer (cold start)

            return PowerEstimate.from_generated(answer.data, self._api.request_id())
