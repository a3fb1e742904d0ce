"""Request building of ``client.runs`` (``POST /agent/runs``, ``/agent/runs/estimate``):
a run's inputs and media in the vendor CLI's layout, its params as sent (batch count,
the spec's facade defaults), the body drafted against the spec, the idempotency key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from .._catalog import agent_entry
from .._constants import DEFAULT_BATCH_COUNT, IDEMPOTENCY_HEADER
from .._drafts import Draft, Path_, checked_params, draft, with_extra_body
from .._operations import CREATE_RUN
from .._spec import Violation, parameter_violations
from .._uploads import ImageInput, is_url
from ..errors import RequestValidationError


@dataclass(frozen=True)
class RunMedia:
    """A run's media inputs: ``images`` (paths, bytes, files or URLs), ``videos`` and
    ``audios`` (URLs only: the API has no upload endpoint for them)."""

    images: Sequence[ImageInput] = ()
    videos: Sequence[str] = ()
    audios: Sequence[str] = ()


def place_media(body: dict[str, Any], media: RunMedia) -> list[Path_]:
    """Put ``media`` into a run body in the layout the vendor's CLI sends (the only one
    known to work against the live service: CONTRIBUTING.md, "The agent catalog"):
    ``params.images`` = every image and ``input.originalImage`` = the first (unless
    given), ``input.videos`` + ``params.videos``, ``input.audios`` + ``params.audios``.
    Returns the paths of the images, which may be local. A local video or audio raises
    :class:`RequestValidationError` (nothing sent)."""
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


def checked_idempotency_key(given: object) -> str:
    """``given`` if it can be sent as the ``Idempotency-Key`` header (the spec's rule);
    a new UUID for ``None``. A key with a control character, non-ASCII or only spaces is
    a local mistake — :class:`RequestValidationError`, not a failed request."""
    if given is None:
        import uuid  # a run about to be sent; a request refused locally never needs it

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
