"""The plumbing under every typed agent — hand-written once, used by the generated
``_typed_agents`` module: :class:`AgentCall` (what to run and how to wait for it),
:func:`build_call` (a typed method's keywords → wire-named params and inputs);
``runs._submit`` sends a call."""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias, TypedDict

from ._constants import DEFAULT_AGENT_VERSION, DEFAULT_WAIT_TIMEOUT
from ._models import RunBase
from ._requests.runs import RunMedia
from ._uploads import ImageInput

__all__ = [
    "AgentCall",
    "ProgressCallback",
    "build_call",
    "wire_name",
]


#: Called with the run after every status read while waiting.
ProgressCallback: TypeAlias = Callable[[RunBase], object]

#: A builder's own keywords: how to run, not what to send as params.
_RUN_OPTIONS = frozenset(
    {
        "version",
        "wait",
        "timeout",
        "on_progress",
        "idempotency_key",
        "task_name",
        "callback_url",
        "extra_body",
    }
)


@dataclass(frozen=True)
class AgentCall:
    """A typed agent call, ready to submit: what to run and how to wait for it."""

    agent: str
    images: Mapping[str, ImageInput]
    params: Mapping[str, Any]
    version: str = DEFAULT_AGENT_VERSION
    wait: bool = True
    timeout: float = DEFAULT_WAIT_TIMEOUT
    on_progress: ProgressCallback | None = None
    idempotency_key: str | None = None
    task_name: str | None = None
    callback_url: str | None = None
    media: RunMedia = field(default_factory=RunMedia)
    #: Fields merged into the request body as is (what the spec gained before the facade).
    extra_body: Mapping[str, Any] | None = None
    #: Per-call request options (:class:`~weshop.PollRequestOptions`), for every request.
    options: Mapping[str, Any] = field(default_factory=dict)

    def run_arguments(self) -> RunArguments:
        """The keyword arguments of ``runs.create`` for this call."""
        inputs = dict(self.images)
        return RunArguments(
            agent=self.agent,
            image=inputs.pop("originalImage", None),
            inputs=inputs,
            images=self.media.images,
            videos=self.media.videos,
            audios=self.media.audios,
            params=self.params,
            version=self.version,
            task_name=self.task_name,
            callback_url=self.callback_url,
            idempotency_key=self.idempotency_key,
            extra_body=self.extra_body,
        )


class RunArguments(TypedDict):
    """What ``runs.create`` takes (and ``runs.create_and_wait``, with timeout/progress)."""

    agent: str
    image: ImageInput | None
    inputs: Mapping[str, ImageInput]
    images: Sequence[ImageInput]
    videos: Sequence[str]
    audios: Sequence[str]
    params: Mapping[str, Any]
    version: str
    task_name: str | None
    callback_url: str | None
    idempotency_key: str | None
    extra_body: Mapping[str, Any] | None


def wire_name(snake: str) -> str:
    """``mask_type`` → ``maskType``."""
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _wire_value(value: Any) -> Any:
    if isinstance(value, bytes | bytearray):  # customMask given as PNG bytes
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Sequence) and not isinstance(value, str):
        return list(value)
    return value


def build_call(
    agent: str,
    values: Mapping[str, Any],
    *,
    wires: Mapping[str, str],
    image_inputs: Mapping[str, str],
    media: Sequence[str],
) -> AgentCall:
    """An :class:`AgentCall` from a generated builder's or method's ``locals()``: keywords
    in ``wires`` become params (``None`` = not sent), ``image_inputs`` input images by wire
    name, ``media`` the ``images``/``videos``/``audios`` lists."""
    params = {
        wire: _wire_value(values[kwarg])
        for kwarg, wire in wires.items()
        if values.get(kwarg) is not None
    }
    # ``input.originalImage`` first, then the other input images: the body's order.
    images = {
        wire: values[kwarg]
        for kwarg, wire in sorted(image_inputs.items(), key=lambda item: item[1] != "originalImage")
        if values.get(kwarg) is not None
    }
    lists = {wire: list(values.get(wire) or ()) for wire in media}
    return AgentCall(
        agent=agent,
        images=images,
        params=params,
        media=RunMedia(**lists),
        options=dict(values.get("options") or {}),
        **{key: values[key] for key in _RUN_OPTIONS},
    )
