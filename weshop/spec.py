"""The API spec the client is built from, as data: the shipped overlaid OpenAPI document,
its agent catalog, its upload limits, and the run body the client derives from them.

Everything here is read from ``generated/openapi.yaml`` as shipped in the package (the
single source of truth of the client, the ``weshop`` command line and the mock), and
nothing here sends a request. The ``weshop`` command line reads its options, enums,
rules and help from this module.

    from weshop.spec import agent_entry, run_request

    kling = agent_entry("kling")          # inputs, params, result kind
    body = run_request("kling", images=["https://example.com/a.png"],
                       params={"textDescription": "a misty forest"})
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import _catalog, _spec
from ._catalog import MEDIA_INPUTS, AgentEntry, MediaInput, agent_entry, cli_option
from ._constants import DEFAULT_AGENT_VERSION
from ._spec import ImageConstraints, Violation
from ._uploads import _sniff_format, is_url

if TYPE_CHECKING:
    from ._agents import AgentCall
    from ._uploads import ImageInput

__all__ = [
    "MEDIA_INPUTS",
    "AgentEntry",
    "ImageConstraints",
    "MediaInput",
    "Violation",
    "agent_call",
    "agent_entry",
    "agent_params_schemas",
    "catalog",
    "cli_option",
    "image_constraints",
    "image_format",
    "is_url",
    "load_spec",
    "run_params",
    "run_request",
    "violations",
]


def load_spec() -> Mapping[str, Any]:
    """The overlaid OpenAPI document shipped with the package (parsed once; read-only)."""
    return _spec.load_spec()


def catalog() -> Mapping[str, AgentEntry]:
    """Every agent of the spec's catalog (``x-weshop-agents``), by name."""
    return _catalog.catalog()


def agent_params_schemas() -> Mapping[str, str]:
    """Agent name → the component schema of its params (``aimodel`` → ``AimodelParams``),
    for the agents whose params schema is a named component."""
    return _spec.agent_params_schemas()


def image_constraints() -> ImageConstraints:
    """The upload limits the spec states (formats, bytes, sides, aspect ratio)."""
    return _spec.image_constraints()


def image_format(head: bytes) -> str | None:
    """The image format (``"png"``, ``"jpeg"``, ``"webp"``) the bytes ``head`` (the first 16
    of a file suffice) start with, as the client tells it before uploading; ``None`` when
    it is none of them."""
    return _sniff_format(head)


def violations(schema: str, value: object) -> list[Violation]:
    """The rules of the spec's component ``schema`` that ``value`` breaks (``[]``: none),
    the same checks the client makes before sending (e.g. ``violations("RunRequest",
    body)``)."""
    return list(_spec.spec_validator().violations(schema, value))


def run_params(agent: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """A run's ``params`` as the client sends them: ``batchCount`` set (to
    :data:`~weshop.DEFAULT_BATCH_COUNT` unless given) and the agent's facade defaults of
    the spec (``x-facade-default``) filled in."""
    # Deliberately lazy: the request-building core loads the client's HTTP side, which
    # readers of the spec (the command line's help) do not need.
    from ._requests.runs import sent_params

    return sent_params(agent, params)


def run_request(
    agent: str,
    *,
    image: ImageInput | None = None,
    images: Sequence[ImageInput] | None = None,
    videos: Sequence[str] | None = None,
    audios: Sequence[str] | None = None,
    inputs: Mapping[str, ImageInput] | None = None,
    params: Mapping[str, Any] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    task_name: str | None = None,
    callback_url: str | None = None,
) -> dict[str, Any]:
    """The ``RunRequest`` body ``client.runs.create`` sends for the same arguments — the
    inputs laid out as the client lays them out (``params.images`` = every image and
    ``input.originalImage`` = the first; ``input.videos`` + ``params.videos``; ...), the
    params as :func:`run_params` makes them — checked against the spec, without sending
    anything. Local images are not read: each stands as a placeholder URL in the body.

    Raises :class:`~weshop.RequestValidationError` (with its ``violations``) when the
    request breaks a rule, as ``runs.create`` would before sending.
    """
    # Deliberately lazy: see run_params.
    from ._requests.runs import draft_run, run_inputs

    draft = draft_run(
        agent,
        **run_inputs(agent, image, images, videos, audios, inputs),
        params=params or {},
        version=version,
        task_name=task_name,
        callback_url=callback_url,
    )
    return draft.body


def agent_call(method: str, image: ImageInput | None = None, **arguments: Any) -> AgentCall:
    """The :class:`~weshop.AgentCall` a typed agent method (``method``: ``"aimodel"``,
    ``"aiproduct"``, ``"aipose"``, ``"expand_image"``, ``"remove_background"``,
    ``"virtual_try_on"``) makes of ``image`` and its keyword ``arguments``: the agent's wire
    name, its image inputs and its params as sent — without sending anything.

    Raises ``KeyError`` for another ``method``.
    """
    # Deliberately lazy: the typed builders are a large generated module that readers of
    # the spec (the command line's help) do not need.
    from ._agents import AGENT_BUILDERS

    build = AGENT_BUILDERS[method][0]
    return build(image, **arguments)
