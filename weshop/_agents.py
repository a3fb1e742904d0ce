"""The six documented agents, typed — written once for both clients.

Each builder takes the image first and the agent's parameters as snake_case keywords
(enums typed with the generated ``Literal`` aliases), and returns an :class:`AgentCall`:
the agent name, the wire-named ``params`` dict and how to run it. ``WeShop.aimodel`` and
``AsyncWeShop.aimodel`` are these builders wrapped (see ``_client``), so the signatures
exist once. Rules are not checked here: the built request is validated against the
overlaid spec before anything is sent.

Wire names are the snake_case names in camelCase (``mask_type`` → ``maskType``); a test
checks that each one is a property of the agent's params schema in the spec.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from . import _generated as gen
from ._constants import DEFAULT_AGENT_VERSION, DEFAULT_BATCH_COUNT, DEFAULT_WAIT_TIMEOUT
from ._models import RunBase
from ._uploads import ImageInput

if TYPE_CHECKING:
    from weshop_openapi.models import (
        AimodelParamsGeneratedContent,
        AimodelParamsMaskType,
        AimodelParamsPose,
        AimodelParamsResultImageFormat,
        AiposeParamsGenerateVersion,
        AiproductParamsGeneratedContent,
        AiproductParamsMaskType,
        AiproductParamsResultImageFormat,
        RemovebgParamsMaskType,
        VirtualtryonParamsAspectRatio,
        VirtualtryonParamsDescriptionType,
        VirtualtryonParamsGenerateVersion,
        VirtualtryonParamsImageSize,
    )
else:  # annotations evaluated at run time: str for an alias a regeneration dropped
    globals().update(
        gen.generated_literals(
            "AimodelParamsGeneratedContent",
            "AimodelParamsMaskType",
            "AimodelParamsPose",
            "AimodelParamsResultImageFormat",
            "AiposeParamsGenerateVersion",
            "AiproductParamsGeneratedContent",
            "AiproductParamsMaskType",
            "AiproductParamsResultImageFormat",
            "RemovebgParamsMaskType",
            "VirtualtryonParamsAspectRatio",
            "VirtualtryonParamsDescriptionType",
            "VirtualtryonParamsGenerateVersion",
            "VirtualtryonParamsImageSize",
        )
    )

__all__ = [
    "AGENT_BUILDERS",
    "AgentCall",
    "ProgressCallback",
    "aimodel",
    "aipose",
    "aiproduct",
    "expand_image",
    "remove_background",
    "virtual_try_on",
    "wire_name",
]

#: Called with the run after every status read while waiting.
ProgressCallback: TypeAlias = Callable[[RunBase], object]


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
    extra_body: Mapping[str, Any] | None = None


def wire_name(snake: str) -> str:
    """``mask_type`` → ``maskType``."""
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _params(**values: Any) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, bytes | bytearray):  # customMask given as PNG bytes
            value = base64.b64encode(value).decode("ascii")
        elif isinstance(value, Sequence) and not isinstance(value, str):
            value = list(value)
        params[wire_name(name)] = value
    return params


def _call(
    agent: str,
    images: Mapping[str, ImageInput | None],
    params: dict[str, Any],
    *,
    version: str,
    wait: bool,
    timeout: float,
    on_progress: ProgressCallback | None,
    idempotency_key: str | None,
    task_name: str | None,
    callback_url: str | None,
    extra_body: Mapping[str, Any] | None,
) -> AgentCall:
    return AgentCall(
        agent=agent,
        images={name: image for name, image in images.items() if image is not None},
        params=params,
        version=version,
        wait=wait,
        timeout=timeout,
        on_progress=on_progress,
        idempotency_key=idempotency_key,
        task_name=task_name,
        callback_url=callback_url,
        extra_body=extra_body,
    )


def aimodel(
    image: ImageInput,
    /,
    *,
    generated_content: AimodelParamsGeneratedContent,
    mask_type: AimodelParamsMaskType,
    location_id: int | None = None,
    location_tag_ids: Sequence[int] | None = None,
    fashion_model_id: int | None = None,
    fashion_model_tag_ids: Sequence[int] | None = None,
    text_description: str | None = None,
    neg_text_description: str | None = None,
    custom_mask: str | bytes | None = None,
    custom_mask_url: str | None = None,
    pose: AimodelParamsPose | None = None,
    result_image_format: AimodelParamsResultImageFormat | None = None,
    resize_to_original_image: bool | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AgentCall:
    """``aimodel``: apparel model photos — replace model, face or scene, keep the garment.

    Give at least one of ``location_id``, ``fashion_model_id`` or ``text_description``;
    ``mask_type="custom"`` needs ``custom_mask`` (base64 PNG, or PNG bytes) or
    ``custom_mask_url``. ``batch_count`` images are made (always sent; default 1).
    """
    params = _params(
        generated_content=generated_content,
        mask_type=mask_type,
        location_id=location_id,
        location_tag_ids=location_tag_ids,
        fashion_model_id=fashion_model_id,
        fashion_model_tag_ids=fashion_model_tag_ids,
        text_description=text_description,
        neg_text_description=neg_text_description,
        custom_mask=custom_mask,
        custom_mask_url=custom_mask_url,
        pose=pose,
        result_image_format=result_image_format,
        resize_to_original_image=resize_to_original_image,
        batch_count=batch_count,
    )
    return _call(
        "aimodel",
        {"originalImage": image},
        params,
        version=version,
        wait=wait,
        timeout=timeout,
        on_progress=on_progress,
        idempotency_key=idempotency_key,
        task_name=task_name,
        callback_url=callback_url,
        extra_body=extra_body,
    )


def aiproduct(
    image: ImageInput,
    /,
    *,
    generated_content: AiproductParamsGeneratedContent,
    mask_type: AiproductParamsMaskType = "autoSubjectSegment",
    location_id: int | None = None,
    location_tag_ids: Sequence[int] | None = None,
    text_description: str | None = None,
    neg_text_description: str | None = None,
    custom_mask: str | bytes | None = None,
    custom_mask_url: str | None = None,
    result_image_format: AiproductParamsResultImageFormat | None = None,
    resize_to_original_image: bool | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AgentCall:
    """``aiproduct``: product still-life — a new scene around the product.

    Give at least one of ``location_id`` or ``text_description``. ``mask_type`` defaults
    to the automatic subject mask (sent explicitly).
    """
    params = _params(
        generated_content=generated_content,
        mask_type=mask_type,
        location_id=location_id,
        location_tag_ids=location_tag_ids,
        text_description=text_description,
        neg_text_description=neg_text_description,
        custom_mask=custom_mask,
        custom_mask_url=custom_mask_url,
        result_image_format=result_image_format,
        resize_to_original_image=resize_to_original_image,
        batch_count=batch_count,
    )
    return _call(
        "aiproduct",
        {"originalImage": image},
        params,
        version=version,
        wait=wait,
        timeout=timeout,
        on_progress=on_progress,
        idempotency_key=idempotency_key,
        task_name=task_name,
        callback_url=callback_url,
        extra_body=extra_body,
    )


def aipose(
    image: ImageInput,
    /,
    *,
    text_description: str,
    generate_version: AiposeParamsGenerateVersion | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AgentCall:
    """``aipose``: change the pose, keep the garment; ``text_description`` is the pose."""
    params = _params(
        text_description=text_description,
        generate_version=generate_version,
        batch_count=batch_count,
    )
    return _call(
        "aipose",
        {"originalImage": image},
        params,
        version=version,
        wait=wait,
        timeout=timeout,
        on_progress=on_progress,
        idempotency_key=idempotency_key,
        task_name=task_name,
        callback_url=callback_url,
        extra_body=extra_body,
    )


def expand_image(
    image: ImageInput,
    /,
    *,
    target_width: int,
    target_height: int,
    fill_left: int | None = None,
    fill_top: int | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AgentCall:
    """``expandimage``: expand the canvas to ``target_width`` x ``target_height`` (≤ 4096);
    the original sits at ``fill_left``/``fill_top`` (centred if omitted)."""
    params = _params(
        target_width=target_width,
        target_height=target_height,
        fill_left=fill_left,
        fill_top=fill_top,
        batch_count=batch_count,
    )
    return _call(
        "expandimage",
        {"originalImage": image},
        params,
        version=version,
        wait=wait,
        timeout=timeout,
        on_progress=on_progress,
        idempotency_key=idempotency_key,
        task_name=task_name,
        callback_url=callback_url,
        extra_body=extra_body,
    )


def remove_background(
    image: ImageInput,
    /,
    *,
    background_id: int | None = None,
    background_hex: str | None = None,
    mask_type: RemovebgParamsMaskType = "autoSubjectSegment",
    custom_mask: str | bytes | None = None,
    custom_mask_url: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AgentCall:
    """``removeBG``: replace the background with a preset (``background_id``) or a colour
    (``background_hex``, e.g. ``"#ffffff"``).

    The primary source requires one of the two (the overlay follows it); the per-agent
    page's "omit both for a transparent background" is therefore rejected locally.
    """
    params = _params(
        mask_type=mask_type,
        background_id=background_id,
        background_hex=background_hex,
        custom_mask=custom_mask,
        custom_mask_url=custom_mask_url,
        batch_count=batch_count,
    )
    return _call(
        "removeBG",
        {"originalImage": image},
        params,
        version=version,
        wait=wait,
        timeout=timeout,
        on_progress=on_progress,
        idempotency_key=idempotency_key,
        task_name=task_name,
        callback_url=callback_url,
        extra_body=extra_body,
    )


def virtual_try_on(
    image: ImageInput,
    /,
    *,
    generate_version: VirtualtryonParamsGenerateVersion,
    description_type: VirtualtryonParamsDescriptionType,
    text_description: str | None = None,
    aspect_ratio: VirtualtryonParamsAspectRatio | None = None,
    image_size: VirtualtryonParamsImageSize | None = None,
    fashion_model_image: ImageInput | None = None,
    location_image: ImageInput | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AgentCall:
    """``virtualtryon``: dress a model in the garment of ``image``.

    ``fashion_model_image`` (the person) and ``location_image`` (the scene) go to the
    run's ``input``; like ``image`` they may be URLs, paths or bytes (uploaded first).
    ``description_type="custom"`` needs ``text_description``; ``bananaPro`` needs
    ``image_size``; ``aspect_ratio`` needs ``weshopPro`` or ``bananaPro``.
    """
    params = _params(
        generate_version=generate_version,
        description_type=description_type,
        text_description=text_description,
        aspect_ratio=aspect_ratio,
        image_size=image_size,
        batch_count=batch_count,
    )
    return _call(
        "virtualtryon",
        {
            "originalImage": image,
            "fashionModelImage": fashion_model_image,
            "locationImage": location_image,
        },
        params,
        version=version,
        wait=wait,
        timeout=timeout,
        on_progress=on_progress,
        idempotency_key=idempotency_key,
        task_name=task_name,
        callback_url=callback_url,
        extra_body=extra_body,
    )


#: Facade method name → builder (and the spec's params schema it fills).
AGENT_BUILDERS: Mapping[str, tuple[Callable[..., AgentCall], str]] = {
    "aimodel": (aimodel, "AimodelParams"),
    "aiproduct": (aiproduct, "AiproductParams"),
    "aipose": (aipose, "AiposeParams"),
    "expand_image": (expand_image, "ExpandimageParams"),
    "remove_background": (remove_background, "RemovebgParams"),
    "virtual_try_on": (virtual_try_on, "VirtualtryonParams"),
}
