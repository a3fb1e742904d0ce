"""``client.runs``: start a run of any agent, read it, wait for it, estimate its cost."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypedDict

from .. import _generated as gen
from .._base_client import CREATE_RUN, ESTIMATE_POWER, GET_RUN, RunMedia
from .._catalog import agent_entry
from .._constants import DEFAULT_AGENT_VERSION, DEFAULT_WAIT_TIMEOUT
from .._models import AsyncRun, PowerEstimate, Run, created_run_fields
from .._uploads import ImageInput
from ._resource import AsyncResource, SyncResource

__all__ = ["AsyncRuns", "Runs"]

logger = logging.getLogger("weshop")


class Runs(SyncResource):
    """Runs of the agent API (``POST /agent/runs``, ``GET /agent/runs/{executionId}``)."""

    def create(
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
    ) -> Run:
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
        new UUID), the same on
        every retry, so a retry never starts a second, billed run. ``inputs`` adds further
        input images by wire name (``{"fashionModelImage": ..., "locationImage": ...}``).
        ``extra_body`` adds fields the spec gained before this client did
        (``{"region": "eu"}``, or ``{"params": {"newOption": 1}}`` merged into params);
        the merged body is validated and sent.
        """
        return self._create(
            agent,
            **run_inputs(agent, image, images, videos, audios, inputs),
            params=params or {},
            version=version,
            task_name=task_name,
            callback_url=callback_url,
            idempotency_key=idempotency_key,
            extra_body=extra_body,
        )

    def _create(
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
    ) -> Run:
        CREATE_RUN.check_available()
        client = self._client
        draft = client._draft_run(
            agent,
            version=version,
            images=images,
            params=params,
            task_name=task_name,
            callback_url=callback_url,
            media=media,
            extra_body=extra_body,
        )
        key = client._idempotency_key(idempotency_key)
        body = gen.models.RunRequest.from_dict(client._complete(draft))
        created = client._request(
            CREATE_RUN, client=client._generated, body=body, idempotency_key=key
        )
        logger.debug("run %s created (Idempotency-Key %s)", created.data.execution_id, key)
        return client._run(created_run_fields(created.data, key))

    def get(self, execution_id: str) -> Run:
        """Read a run's status, progress and results."""
        client = self._client
        answer = client._request(GET_RUN, execution_id, client=client._generated)
        return client._run(client._run_fields(answer.data, execution_id, GET_RUN.name))

    def wait(
        self,
        execution_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[Run], object] | None = None,
    ) -> Run:
        """Poll until the run succeeds and return it; ``on_progress`` sees every read.

        Raises :class:`~weshop.RunFailedError` (holding the run) if it fails and
        :class:`~weshop.RunTimeoutError` (holding the last run read) after ``timeout``
        seconds. Polling is adaptive (see ``PollPolicy``).
        """
        return self._wait(execution_id, timeout, on_progress, just_created=False)

    def _wait(
        self,
        execution_id: str,
        timeout: float,
        on_progress: Callable[[Run], object] | None,
        *,
        just_created: bool,
    ) -> Run:
        client = self._client
        waiter = client._run_waiter(execution_id, timeout, on_progress)
        if just_created:
            client._sleep(waiter.first_delay())
        return client._wait_for(lambda: self.get(execution_id), waiter)

    def estimate(
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
    ) -> PowerEstimate:
        """What the run would cost in power (credits), without running it. A local image
        is uploaded (once per content) because the estimate needs its URL.
        ``extra_body`` as in :meth:`create`."""
        ESTIMATE_POWER.check_available()
        client = self._client
        draft = client._draft_run(
            agent,
            version=version,
            **run_inputs(agent, image, images, videos, audios, inputs),
            params=params or {},
            task_name=None,
            callback_url=None,
            extra_body=extra_body,
        )
        body = gen.models.RunRequest.from_dict(client._complete(draft))
        answer = client._request(ESTIMATE_POWER, client=client._generated, body=body)
        return PowerEstimate.from_generated(answer.data)


class AsyncRuns(AsyncResource):
    """Runs of the agent API (async); see :class:`Runs`."""

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
    ) -> AsyncRun:
        """Start a run of ``agent``; see :meth:`Runs.create`."""
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
        CREATE_RUN.check_available()
        client = self._client
        draft = client._draft_run(
            agent,
            version=version,
            images=images,
            params=params,
            task_name=task_name,
            callback_url=callback_url,
            media=media,
            extra_body=extra_body,
        )
        key = client._idempotency_key(idempotency_key)
        body = gen.models.RunRequest.from_dict(await client._complete(draft))
        created = await client._request(
            CREATE_RUN, client=client._generated, body=body, idempotency_key=key
        )
        logger.debug("run %s created (Idempotency-Key %s)", created.data.execution_id, key)
        return client._run(created_run_fields(created.data, key))

    async def get(self, execution_id: str) -> AsyncRun:
        """Read a run's status, progress and results."""
        client = self._client
        answer = await client._request(GET_RUN, execution_id, client=client._generated)
        return client._run(client._run_fields(answer.data, execution_id, GET_RUN.name))

    async def wait(
        self,
        execution_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[AsyncRun], object] | None = None,
    ) -> AsyncRun:
        """Poll until the run succeeds; see :meth:`Runs.wait`."""
        return await self._wait(execution_id, timeout, on_progress, just_created=False)

    async def _wait(
        self,
        execution_id: str,
        timeout: float,
        on_progress: Callable[[AsyncRun], object] | None,
        *,
        just_created: bool,
    ) -> AsyncRun:
        client = self._client
        waiter = client._run_waiter(execution_id, timeout, on_progress)
        if just_created:
            await client._sleep(waiter.first_delay())
        return await client._wait_for(lambda: self.get(execution_id), waiter)

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
    ) -> PowerEstimate:
        """What the run would cost; see :meth:`Runs.estimate`."""
        ESTIMATE_POWER.check_available()
        client = self._client
        draft = client._draft_run(
            agent,
            version=version,
            **run_inputs(agent, image, images, videos, audios, inputs),
            params=params or {},
            task_name=None,
            callback_url=None,
            extra_body=extra_body,
        )
        body = gen.models.RunRequest.from_dict(await client._complete(draft))
        answer = await client._request(ESTIMATE_POWER, client=client._generated, body=body)
        return PowerEstimate.from_generated(answer.data)


class _RunInputs(TypedDict):
    images: dict[str, ImageInput]
    media: RunMedia


def run_inputs(
    agent: str,
    image: ImageInput | None,
    images: Sequence[ImageInput] | None,
    videos: Sequence[str] | None,
    audios: Sequence[str] | None,
    inputs: Mapping[str, ImageInput] | None,
) -> _RunInputs:
    """A run's inputs: ``input.originalImage`` (``image=``), further input images by wire
    name (``inputs=``) and the media lists. For a catalog agent that takes ``images`` and no
    ``originalImage``, ``image=`` counts as ``images=[image]``."""
    extra = dict(inputs or {})
    if "originalImage" in extra:
        raise TypeError("pass the source image as image=, not inputs['originalImage']")
    listed = list(images or ())
    if image is not None:
        entry = agent_entry(agent)
        wants = entry.inputs if entry is not None else {}
        if "images" in wants and "originalImage" not in wants and not listed:
            listed = [image]
        else:
            extra = {"originalImage": image, **extra}
    return {
        "images": extra,
        "media": RunMedia(images=listed, videos=list(videos or ()), audios=list(audios or ())),
    }
