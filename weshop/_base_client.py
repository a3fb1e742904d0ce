"""What the sync and async clients share: configuration and every decision, without I/O.

:class:`BaseClient` resolves the configuration (key, base URL, trust, policies), builds
and validates request bodies against the overlaid spec, interprets answers into results
or typed errors, and holds the retry and polling policies. :class:`~weshop.WeShop` and
:class:`~weshop.AsyncWeShop` add only I/O: they call the generated endpoint functions
(through :class:`Operation`), sleep, upload and download — httpx style.

The operations (:mod:`weshop._operations`, generated from the spec) and the key's safety
(:mod:`weshop._key_safety`) live in their own modules; their names are re-exported here.
"""

from __future__ import annotations

import contextlib
import copy
import http.cookiejar
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, ParamSpec, TypedDict, TypeVar

import httpx

from . import _generated as gen
from ._catalog import agent_entry
from ._constants import (
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_BATCH_COUNT,
    IDEMPOTENCY_HEADER,
    INFO_MAX_PAGES,
    UPLOAD_CACHE_FILE,
)
from ._credentials import SecretKey, guard_logs, resolve_api_key
from ._deadlines import attempt_seconds, wait_deadline
from ._key_safety import KeyAuth, redacted_response, trusted_base_url
from ._models import (
    AgentInfo,
    CustomFashionModel,
    CustomLocation,
    DownloadTarget,
    RunBase,
    RunFields,
    content_type_suffix,
    run_fields,
)
from ._operation import Endpoint, Envelope, Operation
from ._operations import *  # noqa: F403 -- the generated operations, re-exported (see __all__)
from ._operations import CREATE_RUN, GET_AGENT_INFO, UPLOAD_IMAGE
from ._operations import __all__ as _operation_names
from ._options import current_options
from ._polling import Poller, PollPolicy
from ._retry import (
    RetryEvent,
    RetryPolicy,
    RetryState,
    retry_after_from_headers,
    safe_request,
)
from ._spec import (
    Violation,
    parameter_pointer,
    parameter_violations,
    schema_at,
    spec_validator,
)
from ._uploads import ImageInput, PreparedImage, UploadCache, is_url, prepare_image
from .errors import (
    REQUEST_ID_HEADER,
    APIConnectionError,
    APIError,
    NotFoundError,
    PreparationFailedError,
    PreparationTimeoutError,
    RequestValidationError,
    RunFailedError,
    RunTimeoutError,
    api_error_from_response,
)

if TYPE_CHECKING:
    from weshop_openapi.models import AgentInfo as GeneratedAgentInfo
    from weshop_openapi.models import (
        GetAgentInfoResourceType,
        MyFashionModelDeleteRequest,
        MyLocationDeleteRequest,
        RunData,
        TaskDeleteRequest,
        TaskExecuteRequest,
        TaskQueryRequest,
    )
    from weshop_openapi.types import Response

__all__ = [
    "BaseClient",
    "Endpoint",
    "Envelope",
    "KeyAuth",
    "Operation",
    "trusted_base_url",
    *_operation_names,
]

logger = logging.getLogger("weshop")

P = ParamSpec("P")
T = TypeVar("T")
_T = TypeVar("_T")
S = TypeVar("S", bound=Envelope)
RunT = TypeVar("RunT", bound=RunBase)
PreparedT = TypeVar("PreparedT", CustomFashionModel, CustomLocation)


#: Exceptions the generated functions raise when an answer does not parse (a 200 that
#: says success=false, an unexpected shape, a status HTTPStatus does not know, JSON nested
#: deeper than the parser recurses, a number too large for its field...).
PARSE_ERRORS: Final = (
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)


# --------------------------------------------------------------------------- cookies
class NoCookies(http.cookiejar.CookieJar):
    """The API client's cookie jar, which keeps nothing.

    The WeShop API authenticates each request by its key and declares no cookie. A
    cookie that an answer sets (a load balancer's affinity cookie, for example) is
    therefore neither stored nor sent back. Every request stands alone, and copies of a
    client share no hidden state. It also spares each answer httpx's cookie parsing.
    """

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None


# --------------------------------------------------------------------------- raw answers
class Captured:
    """The raw answer of the current attempt, kept for when the generated parser fails:
    ``with Captured() as captured:`` collects the answer of the request made inside the
    block (this task/thread)."""

    __slots__ = ("_token", "response")

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def __enter__(self) -> Captured:
        self._token = _captured.set(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        _captured.reset(self._token)


_captured: ContextVar[Captured | None] = ContextVar("weshop_captured", default=None)


def capture_response(response: httpx.Response) -> None:
    """Keep ``response`` as the raw answer of the current attempt (if one is collecting)."""
    captured = _captured.get()
    if captured is not None:
        captured.response = response


_request_id: ContextVar[str | None] = ContextVar("weshop_request_id", default=None)


def note_request_id(headers: Mapping[str, str]) -> None:
    """Keep the ``X-Request-Id`` of the answer just read (this task/thread), for the
    result built from it."""
    _request_id.set(headers.get(REQUEST_ID_HEADER))


def answered_request_id() -> str | None:
    """The ``X-Request-Id`` of the last answer read in this task/thread, if it had one."""
    return _request_id.get()


def _captured_response() -> httpx.Response | None:
    captured = _captured.get()
    return None if captured is None else captured.response


def kept_response(raw: httpx.Response, key: SecretKey) -> httpx.Response:
    """A copy of an (already read) answer that an exception may keep.

    Its ``request`` is rebuilt from the method, URL and headers alone: no
    ``Authorization`` header (the key), no body (an upload may be large), and no other
    spelling of the key in a header value or the URL. The answer's own headers and
    content are redacted too (API answers are already, downloads never saw the key; this
    costs one scan on the error path).
    """
    try:
        request: httpx.Request | None = raw.request
    except RuntimeError:  # an answer built without a request
        request = None
    kept_request = None if request is None else safe_request(request, key.redact)
    try:
        content = raw.content
    except httpx.ResponseNotRead:
        content = b""
    return redacted_response(raw, content, key, request=kept_request)


# --------------------------------------------------------------------------- drafts
Path_ = tuple[str | int, ...]
#: Stands in for a local image that is not uploaded yet while a body is validated (one per
#: image: ``.../pending-upload/0``...); never shown: an error names the local image instead.
PENDING_UPLOAD_URL: Final = "https://upload.invalid/pending-upload"


def _get(body: Any, path: Path_) -> Any:
    for part in path:
        body = body[part]
    return body


def _set(body: Any, path: Path_, value: object) -> None:
    for part in path[:-1]:
        body = body[part]
    body[path[-1]] = value


@dataclass
class Draft:
    """A validated request body whose local images are not uploaded yet.

    ``local`` are the local images as given (paths, bytes, files); reading and checking
    them is I/O, left to the client (:meth:`prepared`, in a worker thread for the async
    client), which fills ``pending``."""

    body: dict[str, Any]
    local: list[tuple[Path_, ImageInput]] = field(default_factory=list)
    pending: list[tuple[Path_, PreparedImage]] = field(default_factory=list)
    #: The schema the body follows: the completed body (upload URLs in place) is validated
    #: against it again before it is sent.
    schema: str | None = None

    def prepared(self) -> Draft:
        """This draft with its local images read, checked against the upload limits
        (:class:`~weshop.ImageValidationError`) and hashed. Blocking file I/O."""
        pending = [(path, prepare_image(source)) for path, source in self.local]
        return Draft(self.body, [], pending, self.schema)

    @property
    def uploads(self) -> list[PreparedImage]:
        """The local images to upload: one per content (an image given twice — the first
        of ``images=`` is also ``input.originalImage`` — is uploaded once)."""
        if self.local:
            raise RuntimeError("the draft's local images are not prepared yet (Draft.prepared)")
        distinct: dict[str, PreparedImage] = {}
        for _, image in self.pending:
            distinct.setdefault(image.sha256, image)
        return list(distinct.values())

    def complete(self, urls: Sequence[str]) -> dict[str, Any]:
        """The body with the uploaded images' URLs (in the order of :attr:`uploads`) in
        place, validated again: a URL the upload answered (or an upload cache held) must
        keep the body valid (:class:`~weshop.RequestValidationError`, nothing sent)."""
        if not self.pending:
            return self.body
        by_content = {image.sha256: url for image, url in zip(self.uploads, urls, strict=True)}
        body = copy.deepcopy(self.body)
        for path, image in self.pending:
            _set(body, path, by_content[image.sha256])
        if self.schema is not None:
            validate(self.schema, body, what="request with the uploaded images' URLs")
        return body


@dataclass(frozen=True)
class RunMedia:
    """A run's media inputs: ``images`` (paths, bytes, files or URLs), ``videos`` and
    ``audios`` (URLs only: the API has no upload endpoint for them)."""

    images: Sequence[ImageInput] = ()
    videos: Sequence[str] = ()
    audios: Sequence[str] = ()


def place_media(body: dict[str, Any], media: RunMedia) -> list[Path_]:
    """Put ``media`` into a run body in the layout the vendor's CLI sends (README: the only
    one known to work against the live service): ``params.images`` = every image and
    ``input.originalImage`` = the first (unless given), ``input.videos`` + ``params.videos``,
    ``input.audios`` + ``params.audios``. Returns the paths of the images, which may be
    local. A local video or audio raises :class:`RequestValidationError` (nothing sent)."""
    paths: list[Path_] = []
    if not (media.images or media.videos or media.audios):
        return paths
    run_input, params = body["input"], body["params"]
    if isinstance(media.images, str | bytes) or isinstance(media.videos, str | bytes):
        raise TypeError("images= and videos= take a list (images=[path], videos=[url])")
    if media.images:
        params["images"] = list(media.images)
        paths += [("params", "images", index) for index in range(len(media.images))]
        if "originalImage" not in run_input:
            run_input["originalImage"] = media.images[0]
            paths.append(("input", "originalImage"))
    for wire, urls in (("videos", media.videos), ("audios", media.audios)):
        if not urls:
            continue
        local = [
            Violation(
                f"input.{wire}.{index}",
                "media-url",
                f"{url!r} is not an http(s) URL: the API has no upload endpoint for "
                f"{wire}; host the file and pass its public URL",
            )
            for index, url in enumerate(urls)
            if not (isinstance(url, str) and is_url(url))
        ]
        if local:
            raise RequestValidationError(local)
        run_input[wire] = list(urls)
        params[wire] = list(urls)
    return paths


def validate(schema: str, body: object, *, what: str = "request") -> None:
    """Raise :class:`RequestValidationError` if ``body`` breaks a rule of ``schema``."""
    violations = spec_validator().violations(schema, body)
    if violations:
        raise RequestValidationError(violations, what=what)


def checked_upload_url(url: object) -> str:
    """The URL an upload answered, if the spec's ``UploadedImage`` says it is one
    (``format: uri``); otherwise :class:`~weshop.APIError` (code ``unexpected_response``):
    a malformed answer is never put into a run, nor kept in the upload cache."""
    violations = spec_validator().violations("UploadedImage", {"image": url})
    if violations or not isinstance(url, str):
        shown = repr(url) if len(repr(url)) <= 80 else repr(url)[:77] + "..."
        raise APIError(
            f"{UPLOAD_IMAGE.name}: the upload answered {shown} as the image's URL, which is "
            "not a URL; nothing was sent with it",
            code="unexpected_response",
        )
    return url


def validate_parameters(
    operation_id: str, values: Mapping[str, object], *, what: str | None = None
) -> None:
    violations = parameter_violations(operation_id, values)
    if violations:
        raise RequestValidationError(violations, what=what or f"{operation_id} parameters")


def checked_idempotency_key(given: object) -> str:
    """``given`` if it can be sent as the ``Idempotency-Key`` header (the spec's rule);
    a new UUID for ``None``. A key with a control character, non-ASCII or only spaces is
    a local mistake — :class:`RequestValidationError`, not a failed request."""
    if given is None:
        return str(uuid.uuid4())
    if not isinstance(given, str):
        message = f"must be a string, not {type(given).__name__}"
        raise RequestValidationError(
            [Violation("idempotency_key", "type", message)], what="idempotency_key"
        )
    violations = parameter_violations(CREATE_RUN.name, {IDEMPOTENCY_HEADER: given})
    if violations:
        named = [Violation("idempotency_key", v.rule, v.message) for v in violations]
        raise RequestValidationError(named, what="idempotency_key")
    return given


def checked_params(params: object) -> Mapping[str, Any]:
    """``params`` if it is a mapping of wire names to values; otherwise
    :class:`RequestValidationError` naming the argument (not a bare ``TypeError``)."""
    if not isinstance(params, Mapping):
        message = f"must be a mapping of parameter names to values, not {type(params).__name__}"
        raise RequestValidationError([Violation("params", "type", message)], what="params")
    odd = [name for name in params if not isinstance(name, str)]
    if odd:
        message = f"parameter names must be strings, not {odd[0]!r}"
        raise RequestValidationError([Violation("params", "type", message)], what="params")
    return params


def draft(schema: str, body: dict[str, Any], image_paths: Sequence[Path_]) -> Draft:
    """Validate ``body`` (local images replaced by a placeholder URL). The client then
    checks the local images against the upload limits (:meth:`Draft.prepared`) before
    any request."""
    local = [(path, value) for path in image_paths if not is_url(value := _get(body, path))]
    placeheld = _with_placeholders(body, [path for path, _ in local])
    try:
        validate(schema, placeheld)
    except RequestValidationError as error:
        raise _naming_local_images(error, [source for _, source in local]) from None
    return Draft(placeheld, local, schema=schema)


def _local_label(source: ImageInput) -> str:
    if isinstance(source, bytes | bytearray | memoryview):
        return f"<local image: {len(source)} bytes>"
    if isinstance(source, str | os.PathLike):
        return f"<local image {os.fspath(source)}>"
    name = getattr(source, "name", None)  # an open file
    return f"<local image {name if isinstance(name, str) else '(file)'}>"


def _naming_local_images(
    error: RequestValidationError, sources: Sequence[ImageInput]
) -> RequestValidationError:
    """``error`` with each local image's placeholder URL replaced by the image's name (the
    placeholder means nothing to the caller)."""
    labels = [_local_label(source) for source in sources]

    def named(text: str) -> str:
        for index in reversed(range(len(labels))):  # /10 before /1
            placeholder = f"{PENDING_UPLOAD_URL}/{index}"
            text = text.replace(repr(placeholder), labels[index])
            text = text.replace(placeholder, labels[index])
        return text

    violations = [replace(v, message=named(v.message)) for v in error.violations]
    return type(error)(violations)


def _with_placeholders(body: dict[str, Any], paths: Sequence[Path_]) -> dict[str, Any]:
    if not paths:
        return body

    # Copy containers, not values: file objects in the body must stay themselves.
    def clone(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: clone(value) for key, value in node.items()}
        if isinstance(node, list):
            return [clone(value) for value in node]
        return node

    result: dict[str, Any] = clone(body)
    for index, path in enumerate(paths):
        _set(result, path, f"{PENDING_UPLOAD_URL}/{index}")
    return result


# --------------------------------------------------------------------------- downloads
def download_path(target: DownloadTarget, content_type: str | None) -> Path:
    """Where a result is written: its stem plus its own suffix or the content type's."""
    suffix = target.suffix or content_type_suffix(content_type)
    return target.stem.with_name(target.stem.name + suffix)


@contextlib.contextmanager
def cleaned_up(partial: Path) -> Iterator[None]:
    """Remove a partly written download if writing it fails."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def check_download_url(url: str) -> None:
    """Refuse a result URL that is not http(s) (nothing is fetched)."""
    if not url.lower().startswith(("http://", "https://")):
        raise APIError(f"download: not an http(s) result URL: {url!r}", code="invalid_result_url")


# --------------------------------------------------------------------------- bodies
def task_images(
    image: ImageInput | None,
    fashion_model_image: ImageInput | None,
    location_image: ImageInput | None,
) -> dict[str, ImageInput]:
    """A task's initial images by wire name (the ones given)."""
    given = {
        "originalImage": image,
        "fashionModelImage": fashion_model_image,
        "locationImage": location_image,
    }
    return {name: value for name, value in given.items() if value is not None}


def fashion_model_query_id(model_id: int) -> str:
    """``fashionModelId`` as the query sends it, checked against the spec."""
    value = str(model_id)
    validate_parameters("queryMyFashionModel", {"fashionModelId": value})
    return value


def location_query_id(location_id: int) -> str:
    """``locationId`` as the query sends it, checked against the spec."""
    value = str(location_id)
    validate_parameters("queryMyLocation", {"locationId": value})
    return value


def info_resource_type(value: str) -> GetAgentInfoResourceType:
    """A ``resourceType`` value, checked by the generated client's own literal check."""
    check: Callable[[str], GetAgentInfoResourceType] = gen.generated_attr(
        "models.get_agent_info_resource_type", "check_get_agent_info_resource_type"
    )
    return check(value)


def draft_run(
    agent: str,
    *,
    version: str,
    images: Mapping[str, ImageInput],
    params: Mapping[str, Any],
    task_name: str | None,
    callback_url: str | None,
    media: RunMedia | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Draft:
    """A run body (``RunRequest``) from its parts, validated against the spec."""
    run_input: dict[str, Any] = dict(images)
    if task_name is not None:
        run_input["taskName"] = task_name
    body: dict[str, Any] = {
        "agent": {"name": agent, "version": version},
        "input": run_input,
        "params": sent_params(agent, params),
    }
    if callback_url is not None:
        body["callbackUrl"] = callback_url
    paths: list[Path_] = [("input", name) for name in images]
    paths += place_media(body, media or RunMedia())
    return draft("RunRequest", with_extra_body(body, extra_body), paths)


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


def draft_task(
    agent: str,
    *,
    version: str,
    images: Mapping[str, ImageInput],
    task_name: str | None,
    extra_body: Mapping[str, Any] | None = None,
) -> Draft:
    """``POST /v1/agent/task/create``: agent, and initial images / task name if any."""
    body: dict[str, Any] = {"agentName": agent, "agentVersion": version}
    init: dict[str, Any] = dict(images)
    if task_name is not None:
        init["taskName"] = task_name
    if init:
        body["initParams"] = init
    paths: list[Path_] = [("initParams", name) for name in images]
    return draft("TaskCreateRequest", with_extra_body(body, extra_body), paths)


def with_batch_count(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with ``batchCount`` set (to DEFAULT_BATCH_COUNT unless given): the
    documents disagree on the server's default (4 or 1), so every run the facade starts
    says how many images it pays for, whatever the agent and however it was called."""
    merged = dict(checked_params(params))  # in the caller's order: what they wrote
    merged.setdefault("batchCount", DEFAULT_BATCH_COUNT)
    return merged


def sent_params(agent: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """A run's params as the facade sends them: ``batchCount`` and the spec's facade
    defaults filled in (:func:`with_batch_count`, :func:`with_facade_defaults`)."""
    return with_facade_defaults(agent, with_batch_count(params))


def with_facade_defaults(agent: str, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` with the agent's ``x-facade-default`` values (the spec's) for those not
    given: one rule for the typed methods, ``runs.create``, ``weshop run`` and batch rows
    (aiproduct's ``maskType`` = ``autoSubjectSegment``). Unknown agents get none."""
    entry = agent_entry(agent)
    if entry is None:
        return params
    for wire, value in entry.facade_defaults.items():
        params.setdefault(wire, value)
    return params


def with_extra_body(body: dict[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """``body`` with ``extra`` merged in (an object into an object, one level deep; else
    ``extra`` wins): fields the spec gained before the facade did. The merged body is
    what is validated and sent."""
    merged = dict(body)
    for key, value in (extra or {}).items():
        current = merged.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            merged[key] = {**current, **value}
        else:
            merged[key] = value
    return merged


def task_execute_request(
    task_id: str,
    params: Mapping[str, Any],
    callback_url: str | None,
    extra_body: Mapping[str, Any] | None = None,
) -> TaskExecuteRequest:
    body: dict[str, Any] = {"taskId": task_id, "params": with_batch_count(params)}
    if callback_url is not None:
        body["callbackUrl"] = callback_url
    body = with_extra_body(body, extra_body)
    validate("TaskExecuteRequest", body)
    return gen.models.TaskExecuteRequest.from_dict(body)


def task_query_request(
    execution_id: str | None, task_id: str | None, extra_body: Mapping[str, Any] | None = None
) -> TaskQueryRequest:
    body = {
        key: value
        for key, value in (("executionId", execution_id), ("taskId", task_id))
        if value is not None
    }
    body = with_extra_body(body, extra_body)
    validate("TaskQueryRequest", body)
    return gen.models.TaskQueryRequest.from_dict(body)


def task_delete_request(
    task_id: str, extra_body: Mapping[str, Any] | None = None
) -> TaskDeleteRequest:
    body = with_extra_body({"taskId": task_id}, extra_body)
    validate("TaskDeleteRequest", body)
    return gen.models.TaskDeleteRequest.from_dict(body)


def draft_fashion_model(
    images: Sequence[ImageInput],
    *,
    name: str,
    agent: str,
    version: str,
    extra_body: Mapping[str, Any] | None = None,
) -> Draft:
    """``POST /v1/agent/myFashionModel/create`` with 1-4 face images."""
    body: dict[str, Any] = {
        "images": list(images),
        "name": name,
        "agentName": agent,
        "agentVersion": version,
    }
    paths: list[Path_] = [("images", i) for i in range(len(images))]
    return draft("MyFashionModelCreateRequest", with_extra_body(body, extra_body), paths)


def draft_location(
    image: ImageInput,
    *,
    name: str,
    agent: str,
    version: str,
    extra_body: Mapping[str, Any] | None = None,
) -> Draft:
    """``POST /v1/agent/myLocation/create`` with a photo of the scene."""
    body: dict[str, Any] = {
        "image": image,
        "name": name,
        "agentName": agent,
        "agentVersion": version,
    }
    return draft("MyLocationCreateRequest", with_extra_body(body, extra_body), [("image",)])


def fashion_model_delete_request(
    model_id: int, extra_body: Mapping[str, Any] | None = None
) -> MyFashionModelDeleteRequest:
    body = with_extra_body({"fashionModelId": model_id}, extra_body)
    validate("MyFashionModelDeleteRequest", body)
    return gen.models.MyFashionModelDeleteRequest.from_dict(body)


def location_delete_request(
    location_id: int, extra_body: Mapping[str, Any] | None = None
) -> MyLocationDeleteRequest:
    body = with_extra_body({"locationId": location_id}, extra_body)
    validate("MyLocationDeleteRequest", body)
    return gen.models.MyLocationDeleteRequest.from_dict(body)


# --------------------------------------------------------------------------- waiting
Phase = Literal["done", "failed", "pending"]


#: The code of an answer that is no envelope at all (an HTML page of a proxy, a body cut
#: short): while polling, a glitch on the way to be ridden out, not the run's state.
UNEXPECTED_RESPONSE: Final = "unexpected_response"


def _transient(failure: Exception) -> bool:
    return isinstance(failure, APIConnectionError) or (
        isinstance(failure, APIError) and (failure.retryable or failure.code == UNEXPECTED_RESPONSE)
    )


@dataclass
class Waiter(Generic[_T]):
    """One wait for a run (or a model/location being prepared), free of I/O.

    After each read — the item, or the error the read raised — :meth:`step` returns the
    item when done, or the delay before the next read; it raises on failure, timeout, or
    a lasting error. Transient errors (retryable, connection) that outlive the request's
    own retries are tolerated until the deadline.
    """

    poller: Poller
    timeout: float
    clock: Callable[[], float]
    phase: Callable[[_T], Phase]
    progress: Callable[[_T], float | None]
    failed: Callable[[_T], Exception]
    timed_out: Callable[[_T | None], Exception]
    on_progress: Callable[[_T], object] | None = None
    last: _T | None = field(default=None, init=False)
    reads: int = field(default=0, init=False)
    #: The error of the last read, when it failed (the cause of a timeout).
    failure: Exception | None = field(default=None, init=False)

    def before_read(self) -> None:
        """Raise the timeout instead of a read that would start after the deadline (a
        wait reads at least once, however short its timeout)."""
        if self.reads and self.poller.expired(self.clock()):
            error = self.timed_out(self.last)
            if self.failure is not None:
                raise error from self.failure
            raise error

    def first_delay(self) -> float:
        """The wait before the first read of something just submitted (it cannot be done
        yet; the read that would tell so is saved)."""
        return self.poller.next_delay(self.clock(), None)

    def step(self, outcome: _T | Exception) -> _T | float:
        now = self.clock()
        self.reads += 1
        progress: float | None = None
        self.failure = outcome if isinstance(outcome, Exception) else None
        if isinstance(outcome, Exception):
            if not _transient(outcome):
                raise outcome
            if self.poller.expired(now):
                raise self.timed_out(self.last) from outcome
            logger.warning("polling failed, will poll again: %s", outcome)
        else:
            self.last = outcome
            if self.on_progress is not None:
                self.on_progress(outcome)
            phase = self.phase(outcome)
            if phase == "done":
                return outcome
            if phase == "failed":
                raise self.failed(outcome)
            progress = self.progress(outcome)
        if self.poller.expired(now):
            raise self.timed_out(self.last)
        # Always a float: callers tell "sleep this long" from "done" by that type.
        return float(self.poller.next_delay(now, progress))


def run_phase(run: RunBase) -> Phase:
    return "done" if run.succeeded else "failed" if run.failed else "pending"


def preparation_phase(status: str) -> Phase:
    return "done" if status == "complete" else "failed" if status == "failed" else "pending"


# --------------------------------------------------------------------------- agent info
@dataclass(frozen=True)
class InfoRequest:
    """One page of ``GET /v1/agent/info`` to read."""

    page: int
    page_size: int
    resource_type: str | None


class InfoPager:
    """Transparent pagination of ``GET /v1/agent/info``: which page to read next.

    The first page is read without ``resourceType``; every resource whose ``pagination``
    says it is not on its last page is then read on, page by page, with ``resourceType``
    set when the spec allows that value (aimodel: ``locations``, ``fashionModels``).
    Pages are ``pageSize`` = the spec's maximum (100).
    """

    def __init__(self, agent: str, version: str) -> None:
        self.info = AgentInfo(agent_name=agent, agent_version=version)
        self.agent = agent
        self.version = version
        self.page_size = int(
            schema_at(parameter_pointer(GET_AGENT_INFO.name, "pageSize"))["maximum"]
        )
        self._resource_types = set(
            schema_at(parameter_pointer(GET_AGENT_INFO.name, "resourceType")).get("enum", [])
        )
        self._queue: list[tuple[str | None, int]] = [(None, 1)]
        self._planned: set[tuple[str | None, int]] = {(None, 1)}
        self._current = InfoRequest(1, self.page_size, None)
        self.pages = 0

    def next_request(self) -> InfoRequest | None:
        """The next page to read (validated against the spec), or ``None`` when done."""
        if not self._queue or self.pages >= INFO_MAX_PAGES:
            return None
        resource_type, page = self._queue.pop(0)
        validate_parameters(
            GET_AGENT_INFO.name,
            {
                "agentName": self.agent,
                "agentVersion": self.version,
                "page": page,
                "pageSize": self.page_size,
                "resourceType": resource_type,
            },
        )
        self._current = InfoRequest(page, self.page_size, resource_type)
        return self._current

    def feed(self, page: GeneratedAgentInfo) -> None:
        """Merge the page just read and plan the pages still missing."""
        self.pages += 1
        resource_type, number = self._current.resource_type, self._current.page
        if page.agent_version:
            self.info.agent_version = str(page.agent_version)
        carried = self.info.add_page(page)
        pagination = page.pagination.additional_properties if page.pagination else {}
        if carried == 0:
            return
        untyped_more = False
        for resource, info in pagination.items():
            if resource_type is not None and resource != resource_type:
                continue
            last = info.is_last_page
            if last is True or (last is not False and not info.total):
                continue
            if last is not False and info.total and self._count(resource) >= info.total:
                continue
            if resource in self._resource_types:
                self._plan(resource, number + 1)
            else:
                untyped_more = True
        if untyped_more and resource_type is None:
            self._plan(None, number + 1)

    def _plan(self, resource_type: str | None, page: int) -> None:
        if (resource_type, page) not in self._planned:
            self._planned.add((resource_type, page))
            self._queue.append((resource_type, page))

    def _count(self, resource: str) -> int:
        lists: Mapping[str, Sequence[object]] = {
            "locations": self.info.locations,
            "fashionModels": self.info.fashion_models,
            "backgrounds": self.info.backgrounds,
            "dimensions": self.info.dimensions,
        }
        return len(lists.get(resource, ()))


# --------------------------------------------------------------------------- the base
def resolve_base_url(base_url: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The base URL: the argument, ``WESHOP_BASE_URL``, or production."""
    env = os.environ if environ is None else environ
    chosen = base_url or env.get(BASE_URL_ENV, "").strip() or DEFAULT_BASE_URL
    return chosen.rstrip("/")


def _cache_path(upload_cache: bool | str | os.PathLike[str]) -> Path | None:
    if upload_cache is True:
        return UPLOAD_CACHE_FILE.expanduser()
    if upload_cache is False:
        return None
    return Path(upload_cache).expanduser()


class BaseClient:
    """Configuration and the I/O-free half of :class:`~weshop.WeShop` / ``AsyncWeShop``."""

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int | None,
        trusted_hosts: Iterable[str],
        poll: PollPolicy | None,
        retry: RetryPolicy | None,
        upload_cache: bool | str | os.PathLike[str] | UploadCache,
        clock: Callable[[], float] | None,
        on_retry: Callable[[RetryEvent], object] | None = None,
    ) -> None:
        self._on_retry = on_retry
        self._trusted_hosts = tuple(trusted_hosts)
        # The base URL is checked before the key is even looked up: nothing is ever sent
        # (or read from disk) for a host the key may not go to.
        self._base_url = trusted_base_url(resolve_base_url(base_url), self._trusted_hosts)
        self._api_key = resolve_api_key(api_key)
        guard_logs(self._api_key)
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._attempt_seconds = attempt_seconds(self._timeout)
        policy = retry or RetryPolicy()
        self._retry = policy if max_retries is None else replace(policy, max_retries=max_retries)
        self._poll = poll or PollPolicy()
        self._upload_cache = (
            upload_cache
            if isinstance(upload_cache, UploadCache)
            else (UploadCache(path) if (path := _cache_path(upload_cache)) else None)
        )
        self._clock = clock or time.monotonic

    # ---------------------------------------------------------------- configuration
    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._retry.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    @property
    def poll_policy(self) -> PollPolicy:
        return self._poll

    @property
    def trusted_hosts(self) -> tuple[str, ...]:
        return self._trusted_hosts

    @property
    def upload_cache(self) -> UploadCache | None:
        return self._upload_cache

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"max_retries={self.max_retries}, timeout={self._timeout.read!r})"
        )

    def _copy_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self._timeout,
            "trusted_hosts": self._trusted_hosts,
            "poll": self._poll,
            "retry": self._retry,
            "upload_cache": self._upload_cache if self._upload_cache is not None else False,
            "on_retry": self._on_retry,
        }

    # ---------------------------------------------------------------- answers
    @property
    def on_retry(self) -> Callable[[RetryEvent], object] | None:
        """The hook called with each :class:`~weshop.RetryEvent` (or ``None``)."""
        return self._on_retry

    def _retry_state(
        self, op: Operation[Any, Any, Any] | str, *, replay_safe: bool = True
    ) -> RetryState:
        """The retry bookkeeping of one request: of ``op``, or of a named plain request."""
        policy = self._retry
        if (per_call := current_options().max_retries) is not None:
            policy = replace(policy, max_retries=per_call)  # the call's max_retries=
        name, safe = (op, replay_safe) if isinstance(op, str) else (op.name, op.replay_safe)
        return RetryState(
            policy,
            name,
            safe,
            on_retry=self._on_retry,
            redact=self._api_key.redact,
            deadline=wait_deadline(),
            clock=self._clock,
        )

    def _attempt_budget(self) -> float | None:
        """How long the next request attempt may take, connect to last byte: the call's
        ``timeout=`` or else the client's, and within a wait no longer than the wait has
        left. (A wait's first read, when the wait has no time at all, gets the timeout.)"""
        per_call = current_options().timeout
        seconds = self._attempt_seconds if per_call is None else attempt_seconds(per_call)
        deadline = wait_deadline()
        if deadline is None:
            return seconds
        remaining = deadline - self._clock()
        if remaining <= 0:
            return seconds
        return remaining if seconds is None else min(seconds, remaining)

    def _api_error(self, op_name: str, response: httpx.Response | Response[Any]) -> APIError:
        headers = response.headers
        # The generated Response has no raw answer; the capture hook of this attempt has it.
        raw = response if isinstance(response, httpx.Response) else _captured_response()
        return api_error_from_response(
            int(response.status_code),
            headers,
            response.content,
            operation=op_name,
            retry_after=retry_after_from_headers(headers),
            redact=self._api_key.redact_tree,
            response=None if raw is None else kept_response(raw, self._api_key),
        )

    def _interpret(self, op: Operation[P, T, S], response: Response[T]) -> S | APIError:
        """The success model of an answer, or the :class:`APIError` it amounts to."""
        status = int(response.status_code)
        logger.debug("%s -> HTTP %d", op.name, status)
        parsed = response.parsed
        if 200 <= status < 300 and isinstance(parsed, op.success) and parsed.success is True:
            return parsed
        return self._api_error(op.name, response)

    def _unparseable(self, op: Operation[Any, Any, Any], captured: Captured) -> APIError:
        """The error for an answer the generated parser could not read."""
        if captured.response is None:
            return APIError(f"{op.name}: the answer could not be read", code=UNEXPECTED_RESPONSE)
        return self._api_error(op.name, captured.response)

    # ---------------------------------------------------------------- building
    def _run_fields(
        self, data: RunData, execution_id: str, op_name: str, request_id: str | None = None
    ) -> RunFields:
        found = run_fields(data, execution_id, request_id)
        if found is None:
            raise NotFoundError(
                f"{op_name}: the answer holds no execution {execution_id!r}", status_code=200
            )
        return found

    def _cached_upload(self, image: PreparedImage) -> str | None:
        if self._upload_cache is None:
            return None
        url = self._upload_cache.get(self.base_url, image.sha256)
        if url is not None:
            logger.debug("upload of %s skipped: same content uploaded before", image.filename)
        return url

    def _remember_upload(self, image: PreparedImage, url: str) -> None:
        if self._upload_cache is not None:
            self._upload_cache.put(self.base_url, image.sha256, url)

    def _waiter(
        self,
        timeout: float,
        *,
        phase: Callable[[_T], Phase],
        progress: Callable[[_T], float | None],
        failed: Callable[[_T], Exception],
        timed_out: Callable[[_T | None], Exception],
        on_progress: Callable[[_T], object] | None,
    ) -> Waiter[_T]:
        poller = self._poll.start(self._clock(), timeout)
        return Waiter(poller, timeout, self._clock, phase, progress, failed, timed_out, on_progress)

    def _run_waiter(
        self, execution_id: str, timeout: float, on_progress: Callable[[RunT], object] | None
    ) -> Waiter[RunT]:
        def timed_out(last: RunT | None) -> Exception:
            return RunTimeoutError(execution_id, timeout, last)

        return self._waiter(
            timeout,
            phase=run_phase,
            progress=_reported_progress,
            failed=RunFailedError,
            timed_out=timed_out,
            on_progress=on_progress,
        )

    def _preparation_waiter(
        self, kind: type[PreparedT], resource_id: int, timeout: float
    ) -> Waiter[PreparedT]:
        name = "fashion model" if kind is CustomFashionModel else "location"

        def failed(item: PreparedT) -> Exception:
            return PreparationFailedError(name, item, resource_id)

        def timed_out(last: PreparedT | None) -> Exception:
            return PreparationTimeoutError(name, last, resource_id, timeout)

        def phase(item: PreparedT) -> Phase:
            return preparation_phase(item.status)

        return self._waiter(
            timeout,
            phase=phase,
            progress=_no_progress,
            failed=failed,
            timed_out=timed_out,
            on_progress=None,
        )


def _reported_progress(run: RunBase) -> float | None:
    # The run ends with its slowest output: predict from the least progressed one.
    return run.slowest_progress


def _no_progress(_: object) -> float | None:
    return None
