# GENERATED from weshop/_async/_api.py by codegen/unasync.py — do not edit.
# Edit the async source and run `nox -s generate` (`nox -s drift` checks this file).
"""``ClientAPI``: the narrow set of verbs the resources use — send a request to a
generated endpoint (with retries), upload local images, wait, make runs — and the
downloads of results (``_Files``). Bound once per client by ``WeShop``; the
resources touch nothing else of the client (calls go one way: client → resource → API).
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from .. import _generated as gen
from .._api_requests import ApiRequests
from .._base_client import BaseClient, PreparedT, RunT, S, T
from .._concurrency import KeyedLocks, Semaphore, gather, run_blocking
from .._constants import (
    DOWNLOAD_CHUNK_SIZE,
)
from .._deadlines import attempt_deadline, waiting_until
from .._downloads import check_download_url, cleaned_up, download_path
from .._drafts import Draft
from .._operation import Operation
from .._operations import UPLOAD_IMAGE
from .._raw_answers import (
    PARSE_ERRORS,
    Captured,
    answered_request_id,
    note_request_id,
)
from .._requests.assets import checked_upload_url
from .._retry import RetryState
from .._run_answers import WireModel, WireRun
from .._uploads import FileInput, PreparedImage, prepare_image
from ..errors import APIError, ClientClosedError, WeShopError

if TYPE_CHECKING:
    from weshop_openapi.client import Client as GeneratedClient
    from weshop_openapi.models import Execution, RunCreated, RunData

    from .._models import DownloadTarget, Run
    from .._waiting import Waiter

__all__ = ["ClientAPI"]

logger = logging.getLogger("weshop")

P = ParamSpec("P")
W = TypeVar("W")  # what a wait returns: a run, a model, a location
R = TypeVar("R")  # what a reader makes of an answer


# --------------------------------------------------------------------------- downloads
class _Files:
    """Streams results to disk with an HTTP client that has no key."""

    def __init__(self, http: httpx.Client, api: ClientAPI) -> None:
        self.http = http
        self._api = api

    def download(self, targets: Sequence[DownloadTarget]) -> list[Path]:
        return gather(*(self._one(target) for target in targets))

    def _one(self, target: DownloadTarget) -> Path:
        self._api.check_open()
        check_download_url(target.url)
        target.stem.parent.mkdir(parents=True, exist_ok=True)
        state = self._api.owner._retry_state("download")
        while True:
            failure: Exception
            try:
                with self.http.stream("GET", target.url) as response:
                    if response.is_success:
                        path = download_path(target, response.headers.get("content-type"))
                        partial = path.with_name(path.name + ".part")
                        with cleaned_up(partial), partial.open("wb") as out:
                            for chunk in response.iter_bytes(DOWNLOAD_CHUNK_SIZE):
                                out.write(chunk)
                        os.replace(partial, path)
                        return path
                    response.read()
                    failure = self._api.owner._api_error("download", response)
            except httpx.RequestError as exc:
                failure = exc
            self._api.sleep(state.next_delay(failure))
            self._api.check_open()  # closed while this download waited to retry


# --------------------------------------------------------------------------- resource API
class ClientAPI:
    """The narrow set of verbs resources use, bound once per client: send a request to
    a generated endpoint (with retries), upload local images, wait, make runs. Resources
    touch nothing else of the client."""

    def __init__(
        self,
        owner: BaseClient,
        *,
        requests: ApiRequests,
        transport: httpx.BaseTransport,
        downloads: httpx.Client,
        in_flight: Semaphore,
        sleep: Callable[[float], object],
    ) -> None:
        #: The client these verbs belong to (its configuration and decisions).
        self.owner = owner
        #: Makes each API request, key included (:mod:`weshop._api_requests`).
        self.requests = requests
        #: Sends API requests and reads their answers, the key scrubbed from them.
        self.transport = transport
        self.files = _Files(downloads, self)
        self.closed = False
        self._in_flight = in_flight
        self._sleep = sleep
        self._upload_locks = KeyedLocks()

    @functools.cached_property
    def generated(self) -> GeneratedClient:
        """The generated low-level client, whose endpoints describe each request and parse
        each answer (:meth:`request` sends it). Made when first used: its module imports
        attrs, which a request refused locally (or a client that never sends) need not
        pay for."""
        return gen.client.Client(base_url=self.owner.base_url)

    def close(self) -> None:
        """Refuse further API requests (the connections are the client's to close)."""
        self.closed = True

    def check_open(self) -> None:
        """Raise :class:`ClientClosedError` once the client is closed."""
        if self.closed:
            raise ClientClosedError("this client is closed: make a new one")

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._sleep(seconds)

    def request(self, op: Operation[P, T, S], /, *args: P.args, **kwargs: P.kwargs) -> S:
        """Call a generated endpoint with retries; return its success model or raise."""
        answer: S = self._request(op, None, args, kwargs)
        return answer

    def read(
        self,
        op: Operation[P, T, S],
        read: Callable[[httpx.Response], R | None],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R | S:
        """:meth:`request`, with ``read`` trying each answer first: what it makes of the
        answer (straight from its JSON), or, where it returns None, the success model the
        generated parser makes of it (or the error the answer amounts to)."""
        answer: R | S = self._request(op, read, args, kwargs)
        return answer

    def _request(
        self,
        op: Operation[Any, Any, Any],
        read: Callable[[httpx.Response], object] | None,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> Any:
        owner = self.owner
        # What the generated endpoint function does, in its steps: the request's arguments
        # (``_get_kwargs``), sent, then parsed (``_build_response``) unless ``read``
        # already read the answer. Sent to the transport as ``ApiRequests`` makes it: no
        # ``httpx.Client`` in between (see :mod:`weshop._api_requests`).
        endpoint = op.endpoint()
        client = kwargs["client"]
        arguments = {name: value for name, value in kwargs.items() if name != "client"}
        state: RetryState | None = None  # made on the first failure: most calls have none
        while True:
            failure: Exception
            self.check_open()
            with Captured() as captured, attempt_deadline(owner._attempt_budget()):
                # Anew for each attempt: a multipart body is a stream, read once.
                request = self.requests.build(endpoint._get_kwargs(*args, **arguments))
                try:
                    with self._in_flight:
                        raw = self.transport.handle_request(request)
                    if read is not None and (fast := read(raw)) is not None:
                        note_request_id(raw.headers)
                        return fast
                    response = endpoint._build_response(client=client, response=raw)
                except httpx.RequestError as exc:
                    failure = exc
                except PARSE_ERRORS:
                    failure = owner._unparseable(op, captured)
                else:
                    outcome = owner._interpret(op, response)
                    if not isinstance(outcome, APIError):
                        note_request_id(response.headers)
                        return outcome
                    failure = outcome
            state = state or owner._retry_state(op)
            self.sleep(state.next_delay(failure))

    def wait_for(self, fetch: Callable[[], W], waiter: Waiter[W]) -> W:
        """Read with ``fetch`` until ``waiter`` (which decides everything) says done. The
        wait's deadline bounds the reads and their retries too (:mod:`weshop._deadlines`)."""
        while True:
            waiter.before_read()
            outcome: W | Exception
            try:
                with waiting_until(waiter.poller.deadline):
                    outcome = fetch()
            except WeShopError as exc:
                outcome = exc
            step = waiter.step(outcome)
            if not isinstance(step, float):
                return step
            self.sleep(step)

    def upload(self, source: FileInput, *, cache: bool = True) -> str:
        """Check a local image, upload it (once per content, when cached); its URL."""
        return self._upload(run_blocking(prepare_image, source), cache=cache)

    def _upload(self, image: PreparedImage, *, cache: bool = True) -> str:
        owner = self.owner
        with self._upload_locks.hold(image.sha256):
            if cache and (url := owner._cached_upload(image)) is not None:
                return url
            with image.open() as stream:
                upload = gen.types.File(
                    payload=stream, file_name=image.filename, mime_type=image.mime_type
                )
                uploaded = self.request(
                    UPLOAD_IMAGE, client=self.generated, body=gen.models.ImageUpload(upload)
                )
            url = checked_upload_url(uploaded.data.image)
            run_blocking(owner._remember_upload, image, url)
            logger.debug("uploaded %s (%d bytes)", image.filename, image.size)
            return url

    def complete(self, draft: Draft) -> dict[str, Any]:
        """The draft's body with its local images checked and uploaded (each distinct
        image once; the async client uploads them all at once, the request semaphore
        bounding the wire)."""
        if not (draft.local or draft.pending):  # no local image: the body as validated
            return draft.body
        if draft.local:
            draft = run_blocking(draft.prepared)
        return draft.complete(gather(*(self._upload(image) for image in draft.uploads)))

    def request_id(self) -> str | None:
        """The ``X-Request-Id`` of the last answer :meth:`request` returned (this task)."""
        return answered_request_id()

    def created_run(self, created: RunCreated, idempotency_key: str) -> Run:
        """The run an answer to ``createRun`` (just read) says was created."""
        from .._models import Run, created_run  # with the first answer (cold start)

        return created_run(Run, created, idempotency_key, answered_request_id(), self.files)

    def wire_created_run(self, data: dict[str, Any], idempotency_key: str) -> Run:
        """The run a ``createRun`` answer's JSON ``data`` (just read) says was created."""
        from .._models import Run, wire_created_run  # with the first answer (cold start)

        return wire_created_run(
            Run,
            data,
            WireModel("RunCreated", data),
            idempotency_key,
            answered_request_id(),
            self.files,
        )

    def wire_execution_run(self, answer: WireRun) -> Run:
        """The run a ``getRun`` answer's JSON (just read) describes."""
        from .._models import Run, wire_execution_run  # with the first answer (cold start)

        return wire_execution_run(
            Run,
            answer.data,
            answer.execution,
            answer.results,
            WireModel("Execution", answer.execution),
            self.files,
            request_id=answered_request_id(),
        )

    def execution_run(self, data: RunData, execution: Execution, task_id: str | None = None) -> Run:
        """The run ``execution`` of an answer (just read) describes."""
        from .._models import Run, execution_run  # with the first answer (cold start)

        return execution_run(
            Run, data, execution, self.files, task_id=task_id, request_id=answered_request_id()
        )

    def read_run(self, data: RunData, execution_id: str, op_name: str) -> Run:
        """The run ``execution_id`` of an answer (just read); :class:`NotFoundError` if the
        answer does not hold it."""
        return self.execution_run(data, self.owner._execution(data, execution_id, op_name))

    def run_waiter(
        self, execution_id: str, timeout: float, on_progress: Callable[[RunT], object] | None
    ) -> Waiter[RunT]:
        return self.owner._run_waiter(execution_id, timeout, on_progress)

    def preparation_waiter(
        self, kind: type[PreparedT], resource_id: int, timeout: float
    ) -> Waiter[PreparedT]:
        return self.owner._preparation_waiter(kind, resource_id, timeout)
