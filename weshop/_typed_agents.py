"""Every agent of the catalog, typed — GENERATED from generated/openapi.yaml by
codegen/typed_agents.py (``nox -s generate``); do not edit, ``nox -s drift`` checks it.

One builder per agent (keywords = the agent's params in snake_case, enums as ``Literal``)
returning an :class:`~weshop._agent_methods.AgentCall`; ``CatalogAgents`` /
``AsyncCatalogAgents`` have one method per agent (``client.catalog.<agent>(...)``), and
``DocumentedAgents`` / ``AsyncDocumentedAgents`` the six documented agents' methods of
the client (``client.aimodel(...)``): same signature, submitted through ``runs``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from ._agent_methods import AgentCall, ProgressCallback, build_call
from ._constants import DEFAULT_AGENT_VERSION, DEFAULT_BATCH_COUNT, DEFAULT_WAIT_TIMEOUT
from ._options import PollRequestOptions
from ._uploads import ImageInput

if TYPE_CHECKING:
    from ._async.runs import AsyncRuns
    from ._models import AsyncRun, Run
    from ._sync.runs import Runs


def agent_2d_to_3d_image_converter(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``2d-to-3d-image-converter`` v1.0: Transform a 2D image into a 3D rendered version.
    Makes images. Source: catalog-2026-04/references/2d-to-3d-image-converter.md."""
    return build_call(
        "2d-to-3d-image-converter",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_3d_rendering(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-3d-rendering`` v1.0: Transform a photo into a Blender-style 3D model viewport
    screenshot. Makes images. Source: catalog-2026-04/references/ai-3d-rendering.md."""
    return build_call(
        "ai-3d-rendering",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_action_figure_generators(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-action-figure-generators`` v1.0: Turn a photo or character into a collectible
    action figure display. Makes images. Source:
    catalog-2026-04/references/ai-action-figure-generators.md."""
    return build_call(
        "ai-action-figure-generators",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_aging(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-aging`` v1.0: AI age progression on portrait photos. Makes images. Source:
    catalog-2026-04/references/ai-aging.md."""
    return build_call(
        "ai-aging",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_babe(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-babe`` v1.0: Generate photorealistic attractive images from a person photo.
    Makes images. Source: catalog-2026-04/references/ai-babe.md."""
    return build_call(
        "ai-babe",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_bikini_model(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-bikini-model`` v1.0: Transform a person photo into a bikini model image or
    video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/ai-bikini-model.md."""
    return build_call(
        "ai-bikini-model",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_bikini_photo_editor(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-bikini-photo-editor`` v1.0: Edit a person photo into a bikini scene. Makes
    images. Source: catalog-2026-04/references/ai-bikini-photo-editor.md."""
    return build_call(
        "ai-bikini-photo-editor",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_bikini_video(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-bikini-video`` v1.0: Generate a bikini dance video from a person photo. Makes a
    video. Source: catalog-2026-04/references/ai-bikini-video.md."""
    return build_call(
        "ai-bikini-video",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_blemish_remover(
    *,
    images: Sequence[ImageInput],
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-blemish-remover`` v1.0: AI blemish remover — clean up acne and blemishes while
    keeping natural skin and facial details. Makes images. Source: weshop-cli@0.2.22
    dist/commands/ai-blemish-remover.js."""
    return build_call(
        "ai-blemish-remover",
        locals(),
        wires={"batch_count": "batchCount", "text_description": "textDescription"},
        image_inputs={},
        media=("images",),
    )


def ai_christmas_photo(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-christmas-photo`` v1.0: Transform a portrait into a festive Christmas scene.
    Makes images. Source: catalog-2026-04/references/ai-christmas-photo.md."""
    return build_call(
        "ai-christmas-photo",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_clothes_changer(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-clothes-changer`` v1.0: Dress a person in the garment shown in another photo.
    Makes images. Source: catalog-2026-04/references/ai-clothes-changer.md."""
    return build_call(
        "ai-clothes-changer",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_collage_maker(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-collage-maker`` v1.0: Create a multi-media collage from up to 10 images. Makes
    images. Source: catalog-2026-04/references/ai-collage-maker.md."""
    return build_call(
        "ai-collage-maker",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_couple_photo_maker(
    *,
    images: Sequence[ImageInput],
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-couple-photo-maker`` v1.0: AI couple photo maker — combine two portrait photos
    into one realistic romantic couple image. Makes images. Source: weshop-cli@0.2.22
    dist/commands/ai-couple-photo-maker.js."""
    return build_call(
        "ai-couple-photo-maker",
        locals(),
        wires={"batch_count": "batchCount", "text_description": "textDescription"},
        image_inputs={},
        media=("images",),
    )


def ai_dog(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-dog`` v1.0: Create or transform pet photos with AI. Makes images. Source:
    catalog-2026-04/references/ai-dog.md."""
    return build_call(
        "ai-dog",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_elf(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-elf`` v1.0: Transform a portrait into a fantasy elf character. Makes images.
    Source: catalog-2026-04/references/ai-elf.md."""
    return build_call(
        "ai-elf",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_face_merge(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-face-merge`` v1.0: Blend two faces together into a single realistic portrait.
    Makes images. Source: catalog-2026-04/references/ai-face-merge.md."""
    return build_call(
        "ai-face-merge",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_feet(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-feet`` v1.0: Generate a realistic low-angle bare feet photo from a portrait.
    Makes images. Source: catalog-2026-04/references/ai-feet.md."""
    return build_call(
        "ai-feet",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_flag_generator(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-flag-generator`` v1.0: Create a custom flag design from text or a reference
    image. Makes images. Source: catalog-2026-04/references/ai-flag-generator.md."""
    return build_call(
        "ai-flag-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_generated_bikini_girls(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-generated-bikini-girls`` v1.0: Transform a person photo into a bikini model
    image or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/ai-generated-bikini-girls.md."""
    return build_call(
        "ai-generated-bikini-girls",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_generated_perfect_female_body(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-generated-perfect-female-body`` v1.0: Transform a person photo into a bikini
    model image or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/ai-generated-perfect-female-body.md."""
    return build_call(
        "ai-generated-perfect-female-body",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_ghost_mannequin_generator(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
    | None = None,
    image_size: Literal["1K", "2K", "4K"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-ghost-mannequin-generator`` v1.0: Create a professional ghost mannequin effect
    from a clothing photo. Makes images. Source:
    catalog-2026-04/references/ai-ghost-mannequin-generator.md."""
    return build_call(
        "ai-ghost-mannequin-generator",
        locals(),
        wires={
            "text_description": "textDescription",
            "aspect_ratio": "aspectRatio",
            "image_size": "imageSize",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_group_photo_generator(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-group-photo-generator`` v1.0: Create a creative group photo or collage from up
    to 10 images. Makes images. Source:
    catalog-2026-04/references/ai-group-photo-generator.md."""
    return build_call(
        "ai-group-photo-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_hair_color_changer(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-hair-color-changer`` v1.0: Change a person's hair color while preserving
    hairstyle and details. Makes images. Source:
    catalog-2026-04/references/ai-hair-color-changer.md."""
    return build_call(
        "ai-hair-color-changer",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_hairstyle_changer(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-hairstyle-changer`` v1.0: Change a person's hairstyle from a photo or text
    description. Makes images. Source:
    catalog-2026-04/references/ai-hairstyle-changer.md."""
    return build_call(
        "ai-hairstyle-changer",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_headshot_generator(
    *,
    images: Sequence[ImageInput],
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-headshot-generator`` v1.0: AI headshot generator — create professional ID-style
    headshots from a single portrait photo. Makes images. Source: weshop-cli@0.2.22
    dist/commands/ai-headshot-generator.js."""
    return build_call(
        "ai-headshot-generator",
        locals(),
        wires={"batch_count": "batchCount", "text_description": "textDescription"},
        image_inputs={},
        media=("images",),
    )


def ai_hot_girl_image(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-hot-girl-image`` v1.0: Transform a person photo into a bikini model image or
    video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/ai-hot-girl-image.md."""
    return build_call(
        "ai-hot-girl-image",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_image_animation(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    model_name: Literal["Kling_3_0", "Kling_2_6"] | None = None,
    duration: Literal[
        "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
    ]
    | None = None,
    generate_audio: Literal["true", "false"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-image-animation`` v1.0: Animate a static image into a dynamic video using
    Kling. Makes a video. Source: catalog-2026-04/references/ai-image-animation.md."""
    return build_call(
        "ai-image-animation",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "duration": "duration",
            "generate_audio": "generateAudio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_image_combiner(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-image-combiner`` v1.0: Naturally merge two photos into a single cohesive image.
    Makes images. Source: catalog-2026-04/references/ai-image-combiner.md."""
    return build_call(
        "ai-image-combiner",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_infographic_generator(
    *,
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-infographic-generator`` v1.0: AI infographic generator — turn a text
    description into a professional infographic layout. Makes images. Source:
    weshop-cli@0.2.22 dist/commands/ai-infographic-generator.js."""
    return build_call(
        "ai-infographic-generator",
        locals(),
        wires={"batch_count": "batchCount", "text_description": "textDescription"},
        image_inputs={},
        media=(),
    )


def ai_landscape_design_free(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-landscape-design-free`` v1.0: Redesign a yard or outdoor space with a new
    landscape style. Makes images. Source:
    catalog-2026-04/references/ai-landscape-design-free.md."""
    return build_call(
        "ai-landscape-design-free",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_lingerie_models(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-lingerie-models`` v1.0: Transform a person photo into a lingerie/bikini model
    image or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/ai-lingerie-models.md."""
    return build_call(
        "ai-lingerie-models",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_lingerie_remover(
    *,
    images: Sequence[ImageInput],
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    generated_type: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-lingerie-remover`` v1.0: AI lingerie remover — transform lingerie outfit photos
    into bikini look images or videos. Makes an image or a video, by ``generated_type``.
    Source: weshop-cli@0.2.22 dist/commands/ai-lingerie-remover.js."""
    return build_call(
        "ai-lingerie-remover",
        locals(),
        wires={
            "batch_count": "batchCount",
            "text_description": "textDescription",
            "generated_type": "generatedType",
        },
        image_inputs={},
        media=("images",),
    )


def ai_logo_generator(
    *,
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-logo-generator`` v1.0: AI logo generator — design brand logos from text
    descriptions, no reference image required. Makes images. Source: weshop-cli@0.2.22
    dist/commands/ai-logo-generator.js."""
    return build_call(
        "ai-logo-generator",
        locals(),
        wires={"batch_count": "batchCount", "text_description": "textDescription"},
        image_inputs={},
        media=(),
    )


def ai_pants_remover(
    *,
    images: Sequence[ImageInput],
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    generated_type: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-pants-remover`` v1.0: AI pants remover — transform pants outfit photos into
    bikini look images or videos. Makes an image or a video, by ``generated_type``.
    Source: weshop-cli@0.2.22 dist/commands/ai-pants-remover.js."""
    return build_call(
        "ai-pants-remover",
        locals(),
        wires={
            "batch_count": "batchCount",
            "text_description": "textDescription",
            "generated_type": "generatedType",
        },
        image_inputs={},
        media=("images",),
    )


def ai_photoshoot(
    *,
    images: Sequence[ImageInput],
    model_name: Literal["qwen", "firered", "nano"] | None = None,
    text_description: str | None = None,
    aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
    | None = None,
    image_size: Literal["1K", "2K", "4K"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-photoshoot`` v1.0: Professional photoshoot by combining a character photo and a
    reference scene. Makes images. Source: catalog-2026-04/references/ai-photoshoot.md."""
    return build_call(
        "ai-photoshoot",
        locals(),
        wires={
            "model_name": "modelName",
            "text_description": "textDescription",
            "aspect_ratio": "aspectRatio",
            "image_size": "imageSize",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_poster(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    model_name: Literal["jimeng", "nano", "nano2"] | None = None,
    aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"] | None = None,
    image_size: Literal["1K", "2K", "4K"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-poster`` v1.0: Create a designed poster from text prompt and optional reference
    images. Makes images. Source: catalog-2026-04/references/ai-poster.md."""
    return build_call(
        "ai-poster",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "aspect_ratio": "aspectRatio",
            "image_size": "imageSize",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_poster_from_images(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"] | None = None,
    image_size: Literal["1K", "2K", "4K"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-poster-from-images`` v1.0: Create a designed poster from up to 5 reference
    images. Makes images. Source: catalog-2026-04/references/ai-poster-from-images.md."""
    return build_call(
        "ai-poster-from-images",
        locals(),
        wires={
            "text_description": "textDescription",
            "aspect_ratio": "aspectRatio",
            "image_size": "imageSize",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_room_planner(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-room-planner`` v1.0: Redesign a room photo with a new interior design style.
    Makes images. Source: catalog-2026-04/references/ai-room-planner.md."""
    return build_call(
        "ai-room-planner",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_selfie(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-selfie`` v1.0: Transform a portrait into a natural iPhone-style selfie photo.
    Makes images. Source: catalog-2026-04/references/ai-selfie.md."""
    return build_call(
        "ai-selfie",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_sexy_portrait(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-sexy-portrait`` v1.0: Transform a person photo into a bikini model image or
    video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/ai-sexy-portrait.md."""
    return build_call(
        "ai-sexy-portrait",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_sexy_teens(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-sexy-teens`` v1.0: Transform a person photo into a bikini model image or video.
    Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/ai-sexy-teens.md."""
    return build_call(
        "ai-sexy-teens",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_shirt_remover(
    *,
    images: Sequence[ImageInput],
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    generated_type: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-shirt-remover`` v1.0: AI shirt remover — transform a shirt outfit photo into a
    bikini look image or video. Makes an image or a video, by ``generated_type``.
    Source: weshop-cli@0.2.22 dist/commands/ai-shirt-remover.js."""
    return build_call(
        "ai-shirt-remover",
        locals(),
        wires={
            "batch_count": "batchCount",
            "text_description": "textDescription",
            "generated_type": "generatedType",
        },
        image_inputs={},
        media=("images",),
    )


def ai_spray_paint(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-spray-paint`` v1.0: Convert a photo into a black-and-white spray paint stencil.
    Makes images. Source: catalog-2026-04/references/ai-spray-paint.md."""
    return build_call(
        "ai-spray-paint",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_swimsuit_model(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-swimsuit-model`` v1.0: Transform a person photo into a swimsuit model image.
    Makes images. Source: catalog-2026-04/references/ai-swimsuit-model.md."""
    return build_call(
        "ai-swimsuit-model",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_tattoo_generator(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-tattoo-generator`` v1.0: Create a tattoo design try-on from text or reference
    image. Makes images. Source: catalog-2026-04/references/ai-tattoo-generator.md."""
    return build_call(
        "ai-tattoo-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_text_remover_from_video(
    *,
    videos: Sequence[str],
    watermark_select_type: Literal["autoDetect"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-text-remover-from-video`` v1.0: Remove text overlays or watermarks from a
    video. Makes a video. Source:
    catalog-2026-04/references/ai-text-remover-from-video.md."""
    return build_call(
        "ai-text-remover-from-video",
        locals(),
        wires={"watermark_select_type": "watermarkSelectType"},
        image_inputs={},
        media=("videos",),
    )


def ai_translate(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-translate`` v1.0: Translate text in an image to another language while
    preserving design. Makes images. Source: catalog-2026-04/references/ai-translate.md."""
    return build_call(
        "ai-translate",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_video_enhancer(
    *,
    videos: Sequence[str],
    video_size: Literal["2K", "4K"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-video-enhancer`` v1.0: Upscale and enhance video quality using AI. Makes a
    video. Source: catalog-2026-04/references/ai-video-enhancer.md."""
    return build_call(
        "ai-video-enhancer",
        locals(),
        wires={"video_size": "videoSize"},
        image_inputs={},
        media=("videos",),
    )


def ai_werewolf(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    model_name: Literal["Kling_3_0", "Kling_2_6"] | None = None,
    duration: Literal[
        "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
    ]
    | None = None,
    generate_audio: Literal["true", "false"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-werewolf`` v1.0: Create a dramatic werewolf transformation video from a person
    photo. Makes a video. Source: catalog-2026-04/references/ai-werewolf.md."""
    return build_call(
        "ai-werewolf",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "duration": "duration",
            "generate_audio": "generateAudio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def ai_xray_clothes(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-xray-clothes`` v1.0: Make clothing appear sheer and see-through. Makes images.
    Source: catalog-2026-04/references/ai-xray-clothes.md."""
    return build_call(
        "ai-xray-clothes",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ai_zombie(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ai-zombie`` v1.0: Transform a portrait into a realistic zombie. Makes images.
    Source: catalog-2026-04/references/ai-zombie.md."""
    return build_call(
        "ai-zombie",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def aimodel(
    image: ImageInput,
    /,
    *,
    generated_content: Literal["freeCreation", "referToOrigin"],
    mask_type: Literal[
        "autoApparelSegment",
        "autoUpperApparelSegment",
        "autoLowerApparelSegment",
        "autoSubjectSegment",
        "autoHumanSegment",
        "inverseAutoHumanSegment",
        "custom",
    ],
    location_id: int | None = None,
    location_tag_ids: Sequence[int] | None = None,
    fashion_model_id: int | None = None,
    fashion_model_tag_ids: Sequence[int] | None = None,
    text_description: str | None = None,
    neg_text_description: str | None = None,
    custom_mask: str | bytes | None = None,
    custom_mask_url: str | None = None,
    pose: Literal["originalImagePose", "referenceImagePose", "freePose"] | None = None,
    result_image_format: Literal["jpg", "png"] | None = None,
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
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``aimodel`` v1.0: Apparel model photos, model replacement, scene replacement. Makes
    images. Source: catalog-2026-04/references/aimodel.md."""
    return build_call(
        "aimodel",
        locals(),
        wires={
            "generated_content": "generatedContent",
            "mask_type": "maskType",
            "location_id": "locationId",
            "location_tag_ids": "locationTagIds",
            "fashion_model_id": "fashionModelId",
            "fashion_model_tag_ids": "fashionModelTagIds",
            "text_description": "textDescription",
            "neg_text_description": "negTextDescription",
            "custom_mask": "customMask",
            "custom_mask_url": "customMaskUrl",
            "pose": "pose",
            "result_image_format": "resultImageFormat",
            "resize_to_original_image": "resizeToOriginalImage",
            "batch_count": "batchCount",
        },
        image_inputs={"image": "originalImage"},
        media=(),
    )


def aipose(
    image: ImageInput,
    /,
    *,
    text_description: str,
    generate_version: Literal["lite", "pro"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``aipose`` v1.0: Keep the garment but change the human pose. Makes images. Source:
    catalog-2026-04/references/aipose.md."""
    return build_call(
        "aipose",
        locals(),
        wires={
            "text_description": "textDescription",
            "generate_version": "generateVersion",
            "batch_count": "batchCount",
        },
        image_inputs={"image": "originalImage"},
        media=(),
    )


def aiproduct(
    image: ImageInput,
    /,
    *,
    generated_content: Literal["freeCreation", "referToOrigin"],
    mask_type: Literal["autoSubjectSegment", "custom"] = "autoSubjectSegment",
    location_id: int | None = None,
    location_tag_ids: Sequence[int] | None = None,
    text_description: str | None = None,
    neg_text_description: str | None = None,
    custom_mask: str | bytes | None = None,
    custom_mask_url: str | None = None,
    result_image_format: Literal["jpg", "png"] | None = None,
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
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``aiproduct`` v1.0: Product still-life generation and product background editing.
    Makes images. Source: catalog-2026-04/references/aiproduct.md."""
    return build_call(
        "aiproduct",
        locals(),
        wires={
            "generated_content": "generatedContent",
            "mask_type": "maskType",
            "location_id": "locationId",
            "location_tag_ids": "locationTagIds",
            "text_description": "textDescription",
            "neg_text_description": "negTextDescription",
            "custom_mask": "customMask",
            "custom_mask_url": "customMaskUrl",
            "result_image_format": "resultImageFormat",
            "resize_to_original_image": "resizeToOriginalImage",
            "batch_count": "batchCount",
        },
        image_inputs={"image": "originalImage"},
        media=(),
    )


def anime_image_converter(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``anime-image-converter`` v1.0: Transform any photo into anime art style. Makes
    images. Source: catalog-2026-04/references/anime-image-converter.md."""
    return build_call(
        "anime-image-converter",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def baby_face_generator(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``baby-face-generator`` v1.0: Predict what a baby would look like from two parent
    photos. Makes images. Source: catalog-2026-04/references/baby-face-generator.md."""
    return build_call(
        "baby-face-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def bald_filter(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``bald-filter`` v1.0: Make a person appear bald while preserving facial details.
    Makes images. Source: catalog-2026-04/references/bald-filter.md."""
    return build_call(
        "bald-filter",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def bangs_filter(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``bangs-filter`` v1.0: Add natural-looking bangs to a person's hairstyle. Makes
    images. Source: catalog-2026-04/references/bangs-filter.md."""
    return build_call(
        "bangs-filter",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def bikini_contest_photos(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``bikini-contest-photos`` v1.0: Transform a person photo into a bikini contest image
    or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/bikini-contest-photos.md."""
    return build_call(
        "bikini-contest-photos",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def bikini_try_on(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``bikini-try-on`` v1.0: Virtually try on a bikini on a person photo. Makes images.
    Source: catalog-2026-04/references/bikini-try-on.md."""
    return build_call(
        "bikini-try-on",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def braces_filter(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``braces-filter`` v1.0: Add dental braces to a person's teeth in a portrait photo.
    Makes images. Source: catalog-2026-04/references/braces-filter.md."""
    return build_call(
        "braces-filter",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def brat_generator(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``brat-generator`` v1.0: Create a brat-style album cover meme with custom text and
    color. Makes images. Source: catalog-2026-04/references/brat-generator.md."""
    return build_call(
        "brat-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def buzz_cut_ai(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``buzz-cut-ai`` v1.0: Change a person's hairstyle to a buzz cut. Makes images.
    Source: catalog-2026-04/references/buzz-cut-ai.md."""
    return build_call(
        "buzz-cut-ai",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def celeb_ai(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``celeb-ai`` v1.0: Place a person in a selfie with a celebrity or fictional
    character. Makes images. Source: catalog-2026-04/references/celeb-ai.md."""
    return build_call(
        "celeb-ai",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def chibi_maker(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``chibi-maker`` v1.0: Convert a photo into a cute chibi character sticker. Makes
    images. Source: catalog-2026-04/references/chibi-maker.md."""
    return build_call(
        "chibi-maker",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def clothing_magic_remover(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``clothing-magic-remover`` v1.0: Erase accessories or partial clothing while keeping
    textures realistic. Makes images. Source:
    catalog-2026-04/references/clothing-magic-remover.md."""
    return build_call(
        "clothing-magic-remover",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def custom_bikini(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``custom-bikini`` v1.0: Transform a person photo into a custom bikini image or
    video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/custom-bikini.md."""
    return build_call(
        "custom-bikini",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def cute_anime_girl_ai_bikini(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``cute-anime-girl-ai-bikini`` v1.0: Transform a person photo into a bikini model
    image or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/cute-anime-girl-ai-bikini.md."""
    return build_call(
        "cute-anime-girl-ai-bikini",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def demon_slayer_oc_maker(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``demon-slayer-oc-maker`` v1.0: Transform a person into a Kimetsu no Yaiba anime
    character. Makes images. Source:
    catalog-2026-04/references/demon-slayer-oc-maker.md."""
    return build_call(
        "demon-slayer-oc-maker",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def dress_remover_magic_eraser(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``dress-remover-magic-eraser`` v1.0: Erase a dress and replace with a bikini while
    keeping body proportions. Makes images. Source:
    catalog-2026-04/references/dress-remover-magic-eraser.md."""
    return build_call(
        "dress-remover-magic-eraser",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
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
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``expandimage`` v1.0: Expand the canvas to a target size. The original image is
    placed within the new canvas and the added area is filled by AI generation, not
    stretching. Makes images. Source: catalog-2026-04/references/expandimage.md."""
    return build_call(
        "expandimage",
        locals(),
        wires={
            "target_width": "targetWidth",
            "target_height": "targetHeight",
            "fill_left": "fillLeft",
            "fill_top": "fillTop",
            "batch_count": "batchCount",
        },
        image_inputs={"image": "originalImage"},
        media=(),
    )


def face_forge(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    model_name: Literal["jimeng", "nano"] | None = None,
    image_size: Literal["1K", "2K", "4K"] | None = None,
    aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``face-forge`` v1.0: AI face morph, face swap, and portrait generation. Makes
    images. Source: catalog-2026-04/references/face-forge.md."""
    return build_call(
        "face-forge",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "image_size": "imageSize",
            "aspect_ratio": "aspectRatio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def fat_ai(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``fat-ai`` v1.0: Visualize how a person would look extremely overweight. Makes
    images. Source: catalog-2026-04/references/fat-ai.md."""
    return build_call(
        "fat-ai",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def firered_image_edit(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``firered-image-edit`` v1.0: Image editing and generation with FireRed open-source
    model. Makes images. Source: catalog-2026-04/references/firered-image-edit.md."""
    return build_call(
        "firered-image-edit",
        locals(),
        wires={
            "text_description": "textDescription",
            "aspect_ratio": "aspectRatio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def flat_lay(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    model_name: Literal["nano2", "nano"] | None = None,
    image_size: Literal["1K", "2K", "4K"] | None = None,
    aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``flat-lay`` v1.0: Create professional flat-lay product images from a photo. Makes
    images. Source: catalog-2026-04/references/flat-lay.md."""
    return build_call(
        "flat-lay",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "image_size": "imageSize",
            "aspect_ratio": "aspectRatio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def flowchart_generator(
    *,
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``flowchart-generator`` v1.0: AI flowchart generator — create clear flowcharts from
    structured text descriptions. Makes images. Source: weshop-cli@0.2.22
    dist/commands/flowchart-generator.js."""
    return build_call(
        "flowchart-generator",
        locals(),
        wires={"batch_count": "batchCount", "text_description": "textDescription"},
        image_inputs={},
        media=(),
    )


def free_4k_video_upscaler(
    *,
    videos: Sequence[str],
    video_size: Literal["2K", "4K"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``free-4k-video-upscaler`` v1.0: Upscale video to 4K resolution using AI. Makes a
    video. Source: catalog-2026-04/references/free-4k-video-upscaler.md."""
    return build_call(
        "free-4k-video-upscaler",
        locals(),
        wires={"video_size": "videoSize"},
        image_inputs={},
        media=("videos",),
    )


def free_ai_girlfriend_generator(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``free-ai-girlfriend-generator`` v1.0: Generate a realistic AI girlfriend portrait
    from text or reference image. Makes images. Source:
    catalog-2026-04/references/free-ai-girlfriend-generator.md."""
    return build_call(
        "free-ai-girlfriend-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def free_online_video_quality_enhancer(
    *,
    videos: Sequence[str],
    video_size: Literal["2K", "4K"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``free-online-video-quality-enhancer`` v1.0: Upscale and enhance video quality using
    AI. Makes a video. Source:
    catalog-2026-04/references/free-online-video-quality-enhancer.md."""
    return build_call(
        "free-online-video-quality-enhancer",
        locals(),
        wires={"video_size": "videoSize"},
        image_inputs={},
        media=("videos",),
    )


def free_sexy_ai_generator(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``free-sexy-ai-generator`` v1.0: Transform a person photo into a bikini model image
    or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/free-sexy-ai-generator.md."""
    return build_call(
        "free-sexy-ai-generator",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def futuristic_elegance(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``futuristic-elegance`` v1.0: Cinematic sci-fi outfit transformation with futuristic
    harajuku fashion. Makes images. Source:
    catalog-2026-04/references/futuristic-elegance.md."""
    return build_call(
        "futuristic-elegance",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def gemini_watermark_remover(
    *,
    videos: Sequence[str],
    watermark_select_type: Literal["autoDetect"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``gemini-watermark-remover`` v1.0: Remove watermarks, logos, or text from a video.
    Makes a video. Source: catalog-2026-04/references/gemini-watermark-remover.md."""
    return build_call(
        "gemini-watermark-remover",
        locals(),
        wires={"watermark_select_type": "watermarkSelectType"},
        image_inputs={},
        media=("videos",),
    )


def gender_swap(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``gender-swap`` v1.0: Transform a portrait to the opposite gender while preserving
    identity. Makes images. Source: catalog-2026-04/references/gender-swap.md."""
    return build_call(
        "gender-swap",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def ghibli_art_create(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ghibli-art-create`` v1.0: Transform photos into Studio Ghibli anime art style.
    Makes images. Source: catalog-2026-04/references/ghibli-art-create.md."""
    return build_call(
        "ghibli-art-create",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def gpt_image(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    model_name: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    aspect_ratio: str | None = None,
    image_size: str | None = None,
    quality: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``gpt-image`` v1.0: GPT Image 2 and 2.5 image generator \u2014 create high-quality
    images, text-rich visuals, and product photography from prompts. Makes images.
    Source: weshop-cli@0.2.22 dist/commands/gpt-image.js."""
    return build_call(
        "gpt-image",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "batch_count": "batchCount",
            "aspect_ratio": "aspectRatio",
            "image_size": "imageSize",
            "quality": "quality",
        },
        image_inputs={},
        media=("images",),
    )


def grok_imagine(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``grok-imagine`` v1.0: High-resolution image generation using xAI Aurora (Grok
    Imagine). Makes images. Source: catalog-2026-04/references/grok-imagine.md."""
    return build_call(
        "grok-imagine",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def grok_imagine_video(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    duration: Literal["6s", "10s"] | None = None,
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``grok-imagine-video`` v1.0: Cinematic AI video generation with native audio using
    xAI Grok Imagine. Makes a video. Source:
    catalog-2026-04/references/grok-imagine-video.md."""
    return build_call(
        "grok-imagine-video",
        locals(),
        wires={
            "text_description": "textDescription",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def hailuo_ai(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    batch_count: int = DEFAULT_BATCH_COUNT,
    model_name: str | None = None,
    duration: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``hailuo-ai`` v1.0: Hailuo AI video generator — create cinematic AI videos from
    images and text using MiniMax Hailuo. Makes a video. Source: weshop-cli@0.2.22
    dist/commands/hailuo-ai.js."""
    return build_call(
        "hailuo-ai",
        locals(),
        wires={
            "text_description": "textDescription",
            "batch_count": "batchCount",
            "model_name": "modelName",
            "duration": "duration",
        },
        image_inputs={},
        media=("images",),
    )


def hair_color_try_on(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``hair-color-try-on`` v1.0: Change a person's hair color while preserving hairstyle
    and details. Makes images. Source: catalog-2026-04/references/hair-color-try-on.md."""
    return build_call(
        "hair-color-try-on",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def happy_woman_bikini_ai_pic(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``happy-woman-bikini-ai-pic`` v1.0: Transform a person photo into a bikini model
    image or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/happy-woman-bikini-ai-pic.md."""
    return build_call(
        "happy-woman-bikini-ai-pic",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def happyhorse(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    batch_count: int = DEFAULT_BATCH_COUNT,
    aspect_ratio: str | None = None,
    duration: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``happyhorse`` v1.0: HappyHorse AI video generator — create cinematic image-to-video
    clips with HappyHorse 1.0. Makes a video. Source: weshop-cli@0.2.22
    dist/commands/happyhorse.js."""
    return build_call(
        "happyhorse",
        locals(),
        wires={
            "text_description": "textDescription",
            "batch_count": "batchCount",
            "aspect_ratio": "aspectRatio",
            "duration": "duration",
        },
        image_inputs={},
        media=("images",),
    )


def hot_bikini_models(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``hot-bikini-models`` v1.0: Transform a person photo into a bikini model image or
    video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/hot-bikini-models.md."""
    return build_call(
        "hot-bikini-models",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def image_mixer(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``image-mixer`` v1.0: Naturally merge two photos into a single cohesive image. Makes
    images. Source: catalog-2026-04/references/image-mixer.md."""
    return build_call(
        "image-mixer",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def image_to_sketch(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``image-to-sketch`` v1.0: Convert a photo into a rough pencil sketch. Makes images.
    Source: catalog-2026-04/references/image-to-sketch.md."""
    return build_call(
        "image-to-sketch",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def improve_video_quality_online_free(
    *,
    videos: Sequence[str],
    video_size: Literal["2K", "4K"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``improve-video-quality-online-free`` v1.0: Upscale and enhance video quality using
    AI. Makes a video. Source:
    catalog-2026-04/references/improve-video-quality-online-free.md."""
    return build_call(
        "improve-video-quality-online-free",
        locals(),
        wires={"video_size": "videoSize"},
        image_inputs={},
        media=("videos",),
    )


def kling(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    model_name: Literal[
        "Kling_3_0", "Kling_2_6", "Kling_2_5_Turbo", "Kling_2_1_Master", "Kling_2_1"
    ]
    | None = None,
    duration: Literal[
        "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
    ]
    | None = None,
    generate_audio: Literal["true", "false"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``kling`` v1.0: AI video generation from images and text using Kling. Makes a video.
    Source: catalog-2026-04/references/kling.md."""
    return build_call(
        "kling",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "duration": "duration",
            "generate_audio": "generateAudio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def kling_motion_control(
    *,
    images: Sequence[ImageInput],
    videos: Sequence[str],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``kling-motion-control`` v1.0: Kling Motion Control — transfer motion from a
    reference video onto a character image. Makes a video. Source: weshop-cli@0.2.22
    dist/commands/kling-motion-control.js."""
    return build_call(
        "kling-motion-control",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images", "videos"),
    )


def kling_o1(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    videos: Sequence[str] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    duration: str | None = None,
    aspect_ratio: str | None = None,
    model_name: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``kling-O1`` v1.0: Kling O1 AI video generator — create cinematic videos with Omni
    One control via text, reference images, first/last frames, or a reference video.
    Makes a video. Source: weshop-cli@0.2.22 dist/commands/kling-O1.js."""
    return build_call(
        "kling-O1",
        locals(),
        wires={
            "text_description": "textDescription",
            "batch_count": "batchCount",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
            "model_name": "modelName",
        },
        image_inputs={},
        media=("images", "videos"),
    )


def kling_v3_omni(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    videos: Sequence[str] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    model_name: str | None = None,
    duration: str | None = None,
    aspect_ratio: str | None = None,
    generate_audio: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``kling-v3-omni`` v1.0: Kling 3.0 Omni — create multimodal AI videos from text,
    reference images, and an optional reference video, with native audio. Makes a video.
    Source: weshop-cli@0.2.22 dist/commands/kling-v3-omni.js."""
    return build_call(
        "kling-v3-omni",
        locals(),
        wires={
            "text_description": "textDescription",
            "batch_count": "batchCount",
            "model_name": "modelName",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
            "generate_audio": "generateAudio",
        },
        image_inputs={},
        media=("images", "videos"),
    )


def logo_remover_from_video(
    *,
    videos: Sequence[str],
    watermark_select_type: Literal["autoDetect"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``logo-remover-from-video`` v1.0: Remove logos or watermarks from a video. Makes a
    video. Source: catalog-2026-04/references/logo-remover-from-video.md."""
    return build_call(
        "logo-remover-from-video",
        locals(),
        wires={"watermark_select_type": "watermarkSelectType"},
        image_inputs={},
        media=("videos",),
    )


def midjourney(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    model_name: Literal["Midjourney_6_1", "Midjourney_7", "Midjourney_Niji_6"] | None = None,
    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``midjourney`` v1.0: Image generation using Midjourney v6.1, v7, or Niji 6. Makes
    images. Source: catalog-2026-04/references/midjourney.md."""
    return build_call(
        "midjourney",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "aspect_ratio": "aspectRatio",
        },
        image_inputs={},
        media=("images",),
    )


def minimax_h3(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    videos: Sequence[str] | None = None,
    audios: Sequence[str] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    duration: str | None = None,
    model_name: str | None = None,
    aspect_ratio: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``minimax-h3`` v1.0: MiniMax H3 — build multimodal AI videos from text, reference
    images, and optional reference videos and audio. Makes a video. Source:
    weshop-cli@0.2.22 dist/commands/minimax-h3.js."""
    return build_call(
        "minimax-h3",
        locals(),
        wires={
            "text_description": "textDescription",
            "batch_count": "batchCount",
            "duration": "duration",
            "model_name": "modelName",
            "aspect_ratio": "aspectRatio",
        },
        image_inputs={},
        media=("images", "videos", "audios"),
    )


def mugshot_creator(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``mugshot-creator`` v1.0: Generate a police-style mugshot photo from a portrait.
    Makes images. Source: catalog-2026-04/references/mugshot-creator.md."""
    return build_call(
        "mugshot-creator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def murder_drones_oc(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``murder-drones-oc`` v1.0: Transform a person into a Murder Drones-inspired robotic
    drone character. Makes images. Source:
    catalog-2026-04/references/murder-drones-oc.md."""
    return build_call(
        "murder-drones-oc",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def nano_banana_edit(
    *,
    images: Sequence[ImageInput] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    aspect_ratio: str | None = None,
    image_size: str | None = None,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``nano-banana-edit`` v1.0: Nano Banana image editor — generate or edit images with
    Gemini-based Nano models. Makes images. Source: weshop-cli@0.2.22
    dist/commands/nano-banana-edit.js."""
    return build_call(
        "nano-banana-edit",
        locals(),
        wires={
            "batch_count": "batchCount",
            "aspect_ratio": "aspectRatio",
            "image_size": "imageSize",
            "text_description": "textDescription",
        },
        image_inputs={},
        media=("images",),
    )


def outfit_generator(
    *,
    images: Sequence[ImageInput],
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``outfit-generator`` v1.0: Redesign a complete outfit on a person photo based on
    style prompt. Makes images. Source: catalog-2026-04/references/outfit-generator.md."""
    return build_call(
        "outfit-generator",
        locals(),
        wires={"batch_count": "batchCount", "text_description": "textDescription"},
        image_inputs={},
        media=("images",),
    )


def personalized_swimsuit(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``personalized-swimsuit`` v1.0: Transform a person photo into a personalized
    swimsuit image or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/personalized-swimsuit.md."""
    return build_call(
        "personalized-swimsuit",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def photo_to_bikini_ai(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``photo-to-bikini-ai`` v1.0: Transform a person photo into a bikini image. Makes
    images. Source: catalog-2026-04/references/photo-to-bikini-ai.md."""
    return build_call(
        "photo-to-bikini-ai",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def photo_wrinkle_remover(
    *,
    images: Sequence[ImageInput],
    batch_count: int = DEFAULT_BATCH_COUNT,
    text_description: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``photo-wrinkle-remover`` v1.0: Photo wrinkle remover — smooth facial wrinkles in
    portrait photos while keeping natural skin texture. Makes images. Source:
    weshop-cli@0.2.22 dist/commands/photo-wrinkle-remover.js."""
    return build_call(
        "photo-wrinkle-remover",
        locals(),
        wires={"batch_count": "batchCount", "text_description": "textDescription"},
        image_inputs={},
        media=("images",),
    )


def pregnant_ai(
    image: ImageInput,
    /,
    *,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``pregnant_ai`` v1.0: Visualize how a person would look pregnant. Makes images.
    Source: catalog-2026-04/references/pregnant_ai.md."""
    return build_call(
        "pregnant_ai",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={"image": "originalImage"},
        media=(),
    )


def ps2_filter(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``ps2-filter`` v1.0: Transform a photo into a retro PS2-era Sims game character.
    Makes images. Source: catalog-2026-04/references/ps2-filter.md."""
    return build_call(
        "ps2-filter",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def qwen_image_edit(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``qwen-image-edit`` v1.0: AI image editing and generation with natural language
    using Qwen. Makes images. Source: catalog-2026-04/references/qwen-image-edit.md."""
    return build_call(
        "qwen-image-edit",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def random_animal_generator(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``random-animal-generator`` v1.0: Generate a hyper-realistic wildlife photo of any
    animal. Makes images. Source: catalog-2026-04/references/random-animal-generator.md."""
    return build_call(
        "random-animal-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def remove_filter_from_photo(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``remove-filter-from-photo`` v1.0: Remove photo filters and restore natural image
    colors. Makes images. Source:
    catalog-2026-04/references/remove-filter-from-photo.md."""
    return build_call(
        "remove-filter-from-photo",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def remove_subtitles_from_video_online_free(
    *,
    videos: Sequence[str],
    watermark_select_type: Literal["autoDetect"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``remove-subtitles-from-video-online-free`` v1.0: Remove subtitles or text overlays
    from a video. Makes a video. Source:
    catalog-2026-04/references/remove-subtitles-from-video-online-free.md."""
    return build_call(
        "remove-subtitles-from-video-online-free",
        locals(),
        wires={"watermark_select_type": "watermarkSelectType"},
        image_inputs={},
        media=("videos",),
    )


def remove_text_from_video_online_free(
    *,
    videos: Sequence[str],
    watermark_select_type: Literal["autoDetect"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``remove-text-from-video-online-free`` v1.0: Remove text overlays or watermarks from
    a video. Makes a video. Source:
    catalog-2026-04/references/remove-text-from-video-online-free.md."""
    return build_call(
        "remove-text-from-video-online-free",
        locals(),
        wires={"watermark_select_type": "watermarkSelectType"},
        image_inputs={},
        media=("videos",),
    )


def remove_background(
    image: ImageInput,
    /,
    *,
    mask_type: Literal["autoSubjectSegment", "custom"] = "autoSubjectSegment",
    background_id: int | None = None,
    background_hex: str | None = None,
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
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``removeBG`` v1.0: Remove background or replace with solid color. Makes images.
    Source: catalog-2026-04/references/removeBG.md."""
    return build_call(
        "removeBG",
        locals(),
        wires={
            "mask_type": "maskType",
            "background_id": "backgroundId",
            "background_hex": "backgroundHex",
            "custom_mask": "customMask",
            "custom_mask_url": "customMaskUrl",
            "batch_count": "batchCount",
        },
        image_inputs={"image": "originalImage"},
        media=(),
    )


def replace_face_in_video_online_free(
    *,
    images: Sequence[ImageInput],
    videos: Sequence[str],
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``replace-face-in-video-online-free`` v1.0: Replace a face in a video with a
    reference face photo. Makes a video. Source:
    catalog-2026-04/references/replace-face-in-video-online-free.md."""
    return build_call(
        "replace-face-in-video-online-free",
        locals(),
        wires={"batch_count": "batchCount"},
        image_inputs={},
        media=("images", "videos"),
    )


def see_through_clothes_fitler(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``see-through-clothes-fitler`` v1.0: Make clothing appear sheer and see-through.
    Makes images. Source: catalog-2026-04/references/see-through-clothes-fitler.md."""
    return build_call(
        "see-through-clothes-fitler",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def seedance(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    videos: Sequence[str] | None = None,
    model_name: Literal["Seedance_20", "Seedance_15_Pro", "Seedance_10_Pro", "Seedance_10_Pro_Fast"]
    | None = None,
    duration: Literal[
        "2s", "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
    ]
    | None = None,
    aspect_ratio: Literal["21:9", "16:9", "9:16", "3:4", "4:3", "1:1"] | None = None,
    generate_audio: Literal["true", "false"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    resolution: str | None = None,
    first_frame: str | None = None,
    last_frame: str | None = None,
    extend_video: str | None = None,
    extend_direction: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``seedance`` v1.0: Cinematic AI video generation using Seedance by ByteDance. Makes
    a video. Source: catalog-2026-04/references/seedance.md."""
    return build_call(
        "seedance",
        locals(),
        wires={
            "text_description": "textDescription",
            "model_name": "modelName",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
            "generate_audio": "generateAudio",
            "batch_count": "batchCount",
            "resolution": "resolution",
            "first_frame": "firstFrame",
            "last_frame": "lastFrame",
            "extend_video": "extendVideo",
            "extend_direction": "extendDirection",
        },
        image_inputs={},
        media=("images", "videos"),
    )


def seedance_25(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    videos: Sequence[str] | None = None,
    audios: Sequence[str] | None = None,
    first_frame: str | None = None,
    last_frame: str | None = None,
    extend_video: str | None = None,
    extend_direction: str | None = None,
    resolution: str | None = None,
    output_format: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    model_name: str | None = None,
    duration: str | None = None,
    aspect_ratio: str | None = None,
    generate_audio: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``seedance-25`` v1.0: Seedance 2.5 — create videos from text, first/last frames,
    multimodal references, or video extension. Makes a video. Source: weshop-cli@0.2.22
    dist/commands/seedance-25.js."""
    return build_call(
        "seedance-25",
        locals(),
        wires={
            "text_description": "textDescription",
            "first_frame": "firstFrame",
            "last_frame": "lastFrame",
            "extend_video": "extendVideo",
            "extend_direction": "extendDirection",
            "resolution": "resolution",
            "output_format": "outputFormat",
            "batch_count": "batchCount",
            "model_name": "modelName",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
            "generate_audio": "generateAudio",
        },
        image_inputs={},
        media=("images", "videos", "audios"),
    )


def seedream(
    *,
    text_description: str,
    images: Sequence[ImageInput] | None = None,
    image_size: Literal["2K", "3K"] | None = None,
    aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"] | None = None,
    output_format: Literal["jpeg", "png"] | None = None,
    tools: Sequence[str] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``seedream`` v1.0: AI image generation and editing with Seedream 5.0 by ByteDance.
    Makes images. Source: catalog-2026-04/references/seedream.md."""
    return build_call(
        "seedream",
        locals(),
        wires={
            "text_description": "textDescription",
            "image_size": "imageSize",
            "aspect_ratio": "aspectRatio",
            "output_format": "outputFormat",
            "tools": "tools",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def sex_ai_generator(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``sex-ai-generator`` v1.0: Transform a person photo into a bikini model image or
    video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/sex-ai-generator.md."""
    return build_call(
        "sex-ai-generator",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def sexy_ai_pics(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``sexy-ai-pics`` v1.0: Generate stylish and attractive photos from a person image.
    Makes images. Source: catalog-2026-04/references/sexy-ai-pics.md."""
    return build_call(
        "sexy-ai-pics",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def skin_color_changer(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``skin-color-changer`` v1.0: Change a person's skin tone while preserving face
    details. Makes images. Source: catalog-2026-04/references/skin-color-changer.md."""
    return build_call(
        "skin-color-changer",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def sonic_oc(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``sonic-oc`` v1.0: Create a Sonic the Hedgehog original character based on a
    person's appearance. Makes images. Source: catalog-2026-04/references/sonic-oc.md."""
    return build_call(
        "sonic-oc",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def sora_2(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    duration: Literal["4s", "8s", "12s"] | None = None,
    aspect_ratio: Literal["16:9", "9:16"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``sora-2`` v1.0: Cinematic video generation with realistic physics using OpenAI Sora
    2. Makes a video. Source: catalog-2026-04/references/sora-2.md."""
    return build_call(
        "sora-2",
        locals(),
        wires={
            "text_description": "textDescription",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def sprunki_oc_maker(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``sprunki-oc-maker`` v1.0: Create a Sprunki-style original character from a person
    photo. Makes images. Source: catalog-2026-04/references/sprunki-oc-maker.md."""
    return build_call(
        "sprunki-oc-maker",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def square_face_icon_generator(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``square-face-icon-generator`` v1.0: Create a minimalist anime-style square face
    avatar from a photo. Makes images. Source:
    catalog-2026-04/references/square-face-icon-generator.md."""
    return build_call(
        "square-face-icon-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def stardew_valley_portrait_maker(
    *,
    images: Sequence[ImageInput] | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``stardew-valley-portrait-maker`` v1.0: Create a Stardew Valley game-style character
    portrait. Makes images. Source:
    catalog-2026-04/references/stardew-valley-portrait-maker.md."""
    return build_call(
        "stardew-valley-portrait-maker",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={},
        media=("images",),
    )


def string_bikini_beauty_contest(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``string-bikini-beauty-contest`` v1.0: Transform a person photo into a bikini beauty
    contest image or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/string-bikini-beauty-contest.md."""
    return build_call(
        "string-bikini-beauty-contest",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def sulphur2(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    batch_count: int = DEFAULT_BATCH_COUNT,
    duration: str | None = None,
    aspect_ratio: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``sulphur2`` v1.0: Sulphur 2 AI video generator — create cinematic short videos from
    a still image and prompt using the LTX 2.3 video model. Makes a video. Source:
    weshop-cli@0.2.22 dist/commands/sulphur2.js."""
    return build_call(
        "sulphur2",
        locals(),
        wires={
            "text_description": "textDescription",
            "batch_count": "batchCount",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
        },
        image_inputs={},
        media=("images",),
    )


def swimsuit_try_on_haul(
    *,
    images: Sequence[ImageInput],
    text_description: str | None = None,
    generated_type: Literal["video", "image"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``swimsuit-try-on-haul`` v1.0: Transform a person photo into a swimsuit try-on image
    or video. Makes an image or a video, by ``generated_type``. Source:
    catalog-2026-04/references/swimsuit-try-on-haul.md."""
    return build_call(
        "swimsuit-try-on-haul",
        locals(),
        wires={
            "text_description": "textDescription",
            "generated_type": "generatedType",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def veo_ai(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    batch_count: int = DEFAULT_BATCH_COUNT,
    duration: str | None = None,
    aspect_ratio: str | None = None,
    model_name: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``veo-ai`` v1.0: Veo 3 AI video generator — create cinematic videos from images and
    text using Google Veo 3.1. Makes a video. Source: weshop-cli@0.2.22
    dist/commands/veo-ai.js."""
    return build_call(
        "veo-ai",
        locals(),
        wires={
            "text_description": "textDescription",
            "batch_count": "batchCount",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
            "model_name": "modelName",
        },
        image_inputs={},
        media=("images",),
    )


def video_resolution_enhancer_online_free(
    *,
    videos: Sequence[str],
    video_size: Literal["2K", "4K"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``video-resolution-enhancer-online-free`` v1.0: Upscale and enhance video resolution
    using AI. Makes a video. Source:
    catalog-2026-04/references/video-resolution-enhancer-online-free.md."""
    return build_call(
        "video-resolution-enhancer-online-free",
        locals(),
        wires={"video_size": "videoSize"},
        image_inputs={},
        media=("videos",),
    )


def video_upscaler_online_free(
    *,
    videos: Sequence[str],
    video_size: Literal["2K", "4K"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``video-upscaler-online-free`` v1.0: Upscale and enhance video quality using AI.
    Makes a video. Source: catalog-2026-04/references/video-upscaler-online-free.md."""
    return build_call(
        "video-upscaler-online-free",
        locals(),
        wires={"video_size": "videoSize"},
        image_inputs={},
        media=("videos",),
    )


def video_watermark_remover(
    *,
    videos: Sequence[str],
    watermark_select_type: Literal["autoDetect"] | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``video-watermark-remover`` v1.0: Remove watermarks, logos, or text from a video.
    Makes a video. Source: catalog-2026-04/references/video-watermark-remover.md."""
    return build_call(
        "video-watermark-remover",
        locals(),
        wires={"watermark_select_type": "watermarkSelectType"},
        image_inputs={},
        media=("videos",),
    )


def vidu_ai(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    batch_count: int = DEFAULT_BATCH_COUNT,
    duration: str | None = None,
    aspect_ratio: str | None = None,
    generate_audio: str | None = None,
    model_name: str | None = None,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``vidu-ai`` v1.0: Vidu Q3 AI video generator — create cinematic short videos with
    Vidu Q3 Pro or Pro Fast. Makes a video. Source: weshop-cli@0.2.22
    dist/commands/vidu-ai.js."""
    return build_call(
        "vidu-ai",
        locals(),
        wires={
            "text_description": "textDescription",
            "batch_count": "batchCount",
            "duration": "duration",
            "aspect_ratio": "aspectRatio",
            "generate_audio": "generateAudio",
            "model_name": "modelName",
        },
        image_inputs={},
        media=("images",),
    )


def virtual_try_on(
    image: ImageInput,
    /,
    *,
    generate_version: Literal["weshopFlash", "weshopPro", "bananaPro"],
    description_type: Literal["custom", "auto"],
    fashion_model_image: ImageInput | None = None,
    location_image: ImageInput | None = None,
    text_description: str | None = None,
    aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"] | None = None,
    image_size: Literal["1K", "2K", "4K"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``virtualtryon`` v1.0: Virtual try-on composition with optional model/location
    references. Makes images. Source: catalog-2026-04/references/virtualtryon.md."""
    return build_call(
        "virtualtryon",
        locals(),
        wires={
            "generate_version": "generateVersion",
            "description_type": "descriptionType",
            "text_description": "textDescription",
            "aspect_ratio": "aspectRatio",
            "image_size": "imageSize",
            "batch_count": "batchCount",
        },
        image_inputs={
            "image": "originalImage",
            "fashion_model_image": "fashionModelImage",
            "location_image": "locationImage",
        },
        media=(),
    )


def wan_ai(
    *,
    images: Sequence[ImageInput],
    text_description: str,
    duration: Literal["3s", "4s", "5s", "6s", "7s", "8s"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``wan-ai`` v1.0: AI video generation from images and text using Wan AI. Makes a
    video. Source: catalog-2026-04/references/wan-ai.md."""
    return build_call(
        "wan-ai",
        locals(),
        wires={
            "text_description": "textDescription",
            "duration": "duration",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=("images",),
    )


def wild_graffiti_generator(
    *,
    image: ImageInput | None = None,
    text_description: str | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``wild-graffiti-generator`` v1.0: Create wild-style spray paint graffiti art from
    text or image. Makes images. Source:
    catalog-2026-04/references/wild-graffiti-generator.md."""
    return build_call(
        "wild-graffiti-generator",
        locals(),
        wires={"text_description": "textDescription", "batch_count": "batchCount"},
        image_inputs={"image": "originalImage"},
        media=(),
    )


def z_image(
    *,
    text_description: str,
    aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"] | None = None,
    batch_count: int = DEFAULT_BATCH_COUNT,
    version: str = DEFAULT_AGENT_VERSION,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    task_name: str | None = None,
    callback_url: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Unpack[PollRequestOptions],
) -> AgentCall:
    """``z-image`` v1.0: Text-to-image generation with Z-Image by Alibaba. Makes images.
    Source: catalog-2026-04/references/z-image.md."""
    return build_call(
        "z-image",
        locals(),
        wires={
            "text_description": "textDescription",
            "aspect_ratio": "aspectRatio",
            "batch_count": "batchCount",
        },
        image_inputs={},
        media=(),
    )


#: Agent name → builder.
BUILDERS: dict[str, Callable[..., AgentCall]] = {
    "2d-to-3d-image-converter": agent_2d_to_3d_image_converter,
    "ai-3d-rendering": ai_3d_rendering,
    "ai-action-figure-generators": ai_action_figure_generators,
    "ai-aging": ai_aging,
    "ai-babe": ai_babe,
    "ai-bikini-model": ai_bikini_model,
    "ai-bikini-photo-editor": ai_bikini_photo_editor,
    "ai-bikini-video": ai_bikini_video,
    "ai-blemish-remover": ai_blemish_remover,
    "ai-christmas-photo": ai_christmas_photo,
    "ai-clothes-changer": ai_clothes_changer,
    "ai-collage-maker": ai_collage_maker,
    "ai-couple-photo-maker": ai_couple_photo_maker,
    "ai-dog": ai_dog,
    "ai-elf": ai_elf,
    "ai-face-merge": ai_face_merge,
    "ai-feet": ai_feet,
    "ai-flag-generator": ai_flag_generator,
    "ai-generated-bikini-girls": ai_generated_bikini_girls,
    "ai-generated-perfect-female-body": ai_generated_perfect_female_body,
    "ai-ghost-mannequin-generator": ai_ghost_mannequin_generator,
    "ai-group-photo-generator": ai_group_photo_generator,
    "ai-hair-color-changer": ai_hair_color_changer,
    "ai-hairstyle-changer": ai_hairstyle_changer,
    "ai-headshot-generator": ai_headshot_generator,
    "ai-hot-girl-image": ai_hot_girl_image,
    "ai-image-animation": ai_image_animation,
    "ai-image-combiner": ai_image_combiner,
    "ai-infographic-generator": ai_infographic_generator,
    "ai-landscape-design-free": ai_landscape_design_free,
    "ai-lingerie-models": ai_lingerie_models,
    "ai-lingerie-remover": ai_lingerie_remover,
    "ai-logo-generator": ai_logo_generator,
    "ai-pants-remover": ai_pants_remover,
    "ai-photoshoot": ai_photoshoot,
    "ai-poster": ai_poster,
    "ai-poster-from-images": ai_poster_from_images,
    "ai-room-planner": ai_room_planner,
    "ai-selfie": ai_selfie,
    "ai-sexy-portrait": ai_sexy_portrait,
    "ai-sexy-teens": ai_sexy_teens,
    "ai-shirt-remover": ai_shirt_remover,
    "ai-spray-paint": ai_spray_paint,
    "ai-swimsuit-model": ai_swimsuit_model,
    "ai-tattoo-generator": ai_tattoo_generator,
    "ai-text-remover-from-video": ai_text_remover_from_video,
    "ai-translate": ai_translate,
    "ai-video-enhancer": ai_video_enhancer,
    "ai-werewolf": ai_werewolf,
    "ai-xray-clothes": ai_xray_clothes,
    "ai-zombie": ai_zombie,
    "aimodel": aimodel,
    "aipose": aipose,
    "aiproduct": aiproduct,
    "anime-image-converter": anime_image_converter,
    "baby-face-generator": baby_face_generator,
    "bald-filter": bald_filter,
    "bangs-filter": bangs_filter,
    "bikini-contest-photos": bikini_contest_photos,
    "bikini-try-on": bikini_try_on,
    "braces-filter": braces_filter,
    "brat-generator": brat_generator,
    "buzz-cut-ai": buzz_cut_ai,
    "celeb-ai": celeb_ai,
    "chibi-maker": chibi_maker,
    "clothing-magic-remover": clothing_magic_remover,
    "custom-bikini": custom_bikini,
    "cute-anime-girl-ai-bikini": cute_anime_girl_ai_bikini,
    "demon-slayer-oc-maker": demon_slayer_oc_maker,
    "dress-remover-magic-eraser": dress_remover_magic_eraser,
    "expandimage": expand_image,
    "face-forge": face_forge,
    "fat-ai": fat_ai,
    "firered-image-edit": firered_image_edit,
    "flat-lay": flat_lay,
    "flowchart-generator": flowchart_generator,
    "free-4k-video-upscaler": free_4k_video_upscaler,
    "free-ai-girlfriend-generator": free_ai_girlfriend_generator,
    "free-online-video-quality-enhancer": free_online_video_quality_enhancer,
    "free-sexy-ai-generator": free_sexy_ai_generator,
    "futuristic-elegance": futuristic_elegance,
    "gemini-watermark-remover": gemini_watermark_remover,
    "gender-swap": gender_swap,
    "ghibli-art-create": ghibli_art_create,
    "gpt-image": gpt_image,
    "grok-imagine": grok_imagine,
    "grok-imagine-video": grok_imagine_video,
    "hailuo-ai": hailuo_ai,
    "hair-color-try-on": hair_color_try_on,
    "happy-woman-bikini-ai-pic": happy_woman_bikini_ai_pic,
    "happyhorse": happyhorse,
    "hot-bikini-models": hot_bikini_models,
    "image-mixer": image_mixer,
    "image-to-sketch": image_to_sketch,
    "improve-video-quality-online-free": improve_video_quality_online_free,
    "kling": kling,
    "kling-motion-control": kling_motion_control,
    "kling-O1": kling_o1,
    "kling-v3-omni": kling_v3_omni,
    "logo-remover-from-video": logo_remover_from_video,
    "midjourney": midjourney,
    "minimax-h3": minimax_h3,
    "mugshot-creator": mugshot_creator,
    "murder-drones-oc": murder_drones_oc,
    "nano-banana-edit": nano_banana_edit,
    "outfit-generator": outfit_generator,
    "personalized-swimsuit": personalized_swimsuit,
    "photo-to-bikini-ai": photo_to_bikini_ai,
    "photo-wrinkle-remover": photo_wrinkle_remover,
    "pregnant_ai": pregnant_ai,
    "ps2-filter": ps2_filter,
    "qwen-image-edit": qwen_image_edit,
    "random-animal-generator": random_animal_generator,
    "remove-filter-from-photo": remove_filter_from_photo,
    "remove-subtitles-from-video-online-free": remove_subtitles_from_video_online_free,
    "remove-text-from-video-online-free": remove_text_from_video_online_free,
    "removeBG": remove_background,
    "replace-face-in-video-online-free": replace_face_in_video_online_free,
    "see-through-clothes-fitler": see_through_clothes_fitler,
    "seedance": seedance,
    "seedance-25": seedance_25,
    "seedream": seedream,
    "sex-ai-generator": sex_ai_generator,
    "sexy-ai-pics": sexy_ai_pics,
    "skin-color-changer": skin_color_changer,
    "sonic-oc": sonic_oc,
    "sora-2": sora_2,
    "sprunki-oc-maker": sprunki_oc_maker,
    "square-face-icon-generator": square_face_icon_generator,
    "stardew-valley-portrait-maker": stardew_valley_portrait_maker,
    "string-bikini-beauty-contest": string_bikini_beauty_contest,
    "sulphur2": sulphur2,
    "swimsuit-try-on-haul": swimsuit_try_on_haul,
    "veo-ai": veo_ai,
    "video-resolution-enhancer-online-free": video_resolution_enhancer_online_free,
    "video-upscaler-online-free": video_upscaler_online_free,
    "video-watermark-remover": video_watermark_remover,
    "vidu-ai": vidu_ai,
    "virtualtryon": virtual_try_on,
    "wan-ai": wan_ai,
    "wild-graffiti-generator": wild_graffiti_generator,
    "z-image": z_image,
}


#: The six documented agents: facade method name → (builder, params schema).
AGENT_BUILDERS: dict[str, tuple[Callable[..., AgentCall], str]] = {
    "aimodel": (aimodel, "AimodelParams"),
    "aipose": (aipose, "AiposeParams"),
    "aiproduct": (aiproduct, "AiproductParams"),
    "expand_image": (expand_image, "ExpandimageParams"),
    "remove_background": (remove_background, "RemovebgParams"),
    "virtual_try_on": (virtual_try_on, "VirtualtryonParams"),
}


class CatalogAgents:
    """Every catalog agent as a method: ``client.catalog.kling(images=[...], ...)``
    submits the run and (``wait=True``) returns the finished :class:`~weshop.Run`."""

    def __init__(self, runs: Runs) -> None:
        self._runs = runs

    def __repr__(self) -> str:
        return f"<{type(self).__name__} through {self._runs!r}>"

    def agent_2d_to_3d_image_converter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``2d-to-3d-image-converter`` v1.0: Transform a 2D image into a 3D rendered version.
        Makes images. Source: catalog-2026-04/references/2d-to-3d-image-converter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "2d-to-3d-image-converter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_3d_rendering(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-3d-rendering`` v1.0: Transform a photo into a Blender-style 3D model viewport
        screenshot. Makes images. Source: catalog-2026-04/references/ai-3d-rendering.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-3d-rendering",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_action_figure_generators(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-action-figure-generators`` v1.0: Turn a photo or character into a collectible
        action figure display. Makes images. Source:
        catalog-2026-04/references/ai-action-figure-generators.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-action-figure-generators",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_aging(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-aging`` v1.0: AI age progression on portrait photos. Makes images. Source:
        catalog-2026-04/references/ai-aging.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-aging",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_babe(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-babe`` v1.0: Generate photorealistic attractive images from a person photo.
        Makes images. Source: catalog-2026-04/references/ai-babe.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-babe",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_bikini_model(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-bikini-model`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-bikini-model.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-bikini-model",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_bikini_photo_editor(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-bikini-photo-editor`` v1.0: Edit a person photo into a bikini scene. Makes
        images. Source: catalog-2026-04/references/ai-bikini-photo-editor.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-bikini-photo-editor",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_bikini_video(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-bikini-video`` v1.0: Generate a bikini dance video from a person photo. Makes a
        video. Source: catalog-2026-04/references/ai-bikini-video.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-bikini-video",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_blemish_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-blemish-remover`` v1.0: AI blemish remover — clean up acne and blemishes while
        keeping natural skin and facial details. Makes images. Source: weshop-cli@0.2.22
        dist/commands/ai-blemish-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-blemish-remover",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_christmas_photo(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-christmas-photo`` v1.0: Transform a portrait into a festive Christmas scene.
        Makes images. Source: catalog-2026-04/references/ai-christmas-photo.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-christmas-photo",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_clothes_changer(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-clothes-changer`` v1.0: Dress a person in the garment shown in another photo.
        Makes images. Source: catalog-2026-04/references/ai-clothes-changer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-clothes-changer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_collage_maker(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-collage-maker`` v1.0: Create a multi-media collage from up to 10 images. Makes
        images. Source: catalog-2026-04/references/ai-collage-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-collage-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_couple_photo_maker(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-couple-photo-maker`` v1.0: AI couple photo maker — combine two portrait photos
        into one realistic romantic couple image. Makes images. Source: weshop-cli@0.2.22
        dist/commands/ai-couple-photo-maker.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-couple-photo-maker",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_dog(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-dog`` v1.0: Create or transform pet photos with AI. Makes images. Source:
        catalog-2026-04/references/ai-dog.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-dog",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_elf(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-elf`` v1.0: Transform a portrait into a fantasy elf character. Makes images.
        Source: catalog-2026-04/references/ai-elf.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-elf",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_face_merge(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-face-merge`` v1.0: Blend two faces together into a single realistic portrait.
        Makes images. Source: catalog-2026-04/references/ai-face-merge.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-face-merge",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_feet(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-feet`` v1.0: Generate a realistic low-angle bare feet photo from a portrait.
        Makes images. Source: catalog-2026-04/references/ai-feet.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-feet",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_flag_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-flag-generator`` v1.0: Create a custom flag design from text or a reference
        image. Makes images. Source: catalog-2026-04/references/ai-flag-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-flag-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_generated_bikini_girls(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-generated-bikini-girls`` v1.0: Transform a person photo into a bikini model
        image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-generated-bikini-girls.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-generated-bikini-girls",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_generated_perfect_female_body(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-generated-perfect-female-body`` v1.0: Transform a person photo into a bikini
        model image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-generated-perfect-female-body.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-generated-perfect-female-body",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_ghost_mannequin_generator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-ghost-mannequin-generator`` v1.0: Create a professional ghost mannequin effect
        from a clothing photo. Makes images. Source:
        catalog-2026-04/references/ai-ghost-mannequin-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-ghost-mannequin-generator",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_group_photo_generator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-group-photo-generator`` v1.0: Create a creative group photo or collage from up
        to 10 images. Makes images. Source:
        catalog-2026-04/references/ai-group-photo-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-group-photo-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_hair_color_changer(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-hair-color-changer`` v1.0: Change a person's hair color while preserving
        hairstyle and details. Makes images. Source:
        catalog-2026-04/references/ai-hair-color-changer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-hair-color-changer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_hairstyle_changer(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-hairstyle-changer`` v1.0: Change a person's hairstyle from a photo or text
        description. Makes images. Source:
        catalog-2026-04/references/ai-hairstyle-changer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-hairstyle-changer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_headshot_generator(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-headshot-generator`` v1.0: AI headshot generator — create professional ID-style
        headshots from a single portrait photo. Makes images. Source: weshop-cli@0.2.22
        dist/commands/ai-headshot-generator.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-headshot-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_hot_girl_image(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-hot-girl-image`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-hot-girl-image.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-hot-girl-image",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_image_animation(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        model_name: Literal["Kling_3_0", "Kling_2_6"] | None = None,
        duration: Literal[
            "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
        ]
        | None = None,
        generate_audio: Literal["true", "false"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-image-animation`` v1.0: Animate a static image into a dynamic video using
        Kling. Makes a video. Source: catalog-2026-04/references/ai-image-animation.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-image-animation",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "duration": "duration",
                    "generate_audio": "generateAudio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_image_combiner(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-image-combiner`` v1.0: Naturally merge two photos into a single cohesive image.
        Makes images. Source: catalog-2026-04/references/ai-image-combiner.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-image-combiner",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_infographic_generator(
        self,
        *,
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-infographic-generator`` v1.0: AI infographic generator — turn a text
        description into a professional infographic layout. Makes images. Source:
        weshop-cli@0.2.22 dist/commands/ai-infographic-generator.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-infographic-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=(),
            )
        )

    def ai_landscape_design_free(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-landscape-design-free`` v1.0: Redesign a yard or outdoor space with a new
        landscape style. Makes images. Source:
        catalog-2026-04/references/ai-landscape-design-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-landscape-design-free",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_lingerie_models(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-lingerie-models`` v1.0: Transform a person photo into a lingerie/bikini model
        image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-lingerie-models.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-lingerie-models",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_lingerie_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        generated_type: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-lingerie-remover`` v1.0: AI lingerie remover — transform lingerie outfit photos
        into bikini look images or videos. Makes an image or a video, by ``generated_type``.
        Source: weshop-cli@0.2.22 dist/commands/ai-lingerie-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-lingerie-remover",
                locals(),
                wires={
                    "batch_count": "batchCount",
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_logo_generator(
        self,
        *,
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-logo-generator`` v1.0: AI logo generator — design brand logos from text
        descriptions, no reference image required. Makes images. Source: weshop-cli@0.2.22
        dist/commands/ai-logo-generator.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-logo-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=(),
            )
        )

    def ai_pants_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        generated_type: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-pants-remover`` v1.0: AI pants remover — transform pants outfit photos into
        bikini look images or videos. Makes an image or a video, by ``generated_type``.
        Source: weshop-cli@0.2.22 dist/commands/ai-pants-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-pants-remover",
                locals(),
                wires={
                    "batch_count": "batchCount",
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_photoshoot(
        self,
        *,
        images: Sequence[ImageInput],
        model_name: Literal["qwen", "firered", "nano"] | None = None,
        text_description: str | None = None,
        aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-photoshoot`` v1.0: Professional photoshoot by combining a character photo and a
        reference scene. Makes images. Source: catalog-2026-04/references/ai-photoshoot.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-photoshoot",
                locals(),
                wires={
                    "model_name": "modelName",
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_poster(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        model_name: Literal["jimeng", "nano", "nano2"] | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-poster`` v1.0: Create a designed poster from text prompt and optional reference
        images. Makes images. Source: catalog-2026-04/references/ai-poster.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-poster",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_poster_from_images(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-poster-from-images`` v1.0: Create a designed poster from up to 5 reference
        images. Makes images. Source: catalog-2026-04/references/ai-poster-from-images.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-poster-from-images",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_room_planner(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-room-planner`` v1.0: Redesign a room photo with a new interior design style.
        Makes images. Source: catalog-2026-04/references/ai-room-planner.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-room-planner",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_selfie(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-selfie`` v1.0: Transform a portrait into a natural iPhone-style selfie photo.
        Makes images. Source: catalog-2026-04/references/ai-selfie.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-selfie",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_sexy_portrait(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-sexy-portrait`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-sexy-portrait.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-sexy-portrait",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_sexy_teens(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-sexy-teens`` v1.0: Transform a person photo into a bikini model image or video.
        Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-sexy-teens.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-sexy-teens",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_shirt_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        generated_type: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-shirt-remover`` v1.0: AI shirt remover — transform a shirt outfit photo into a
        bikini look image or video. Makes an image or a video, by ``generated_type``.
        Source: weshop-cli@0.2.22 dist/commands/ai-shirt-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-shirt-remover",
                locals(),
                wires={
                    "batch_count": "batchCount",
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_spray_paint(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-spray-paint`` v1.0: Convert a photo into a black-and-white spray paint stencil.
        Makes images. Source: catalog-2026-04/references/ai-spray-paint.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-spray-paint",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_swimsuit_model(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-swimsuit-model`` v1.0: Transform a person photo into a swimsuit model image.
        Makes images. Source: catalog-2026-04/references/ai-swimsuit-model.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-swimsuit-model",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_tattoo_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-tattoo-generator`` v1.0: Create a tattoo design try-on from text or reference
        image. Makes images. Source: catalog-2026-04/references/ai-tattoo-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-tattoo-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_text_remover_from_video(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-text-remover-from-video`` v1.0: Remove text overlays or watermarks from a
        video. Makes a video. Source:
        catalog-2026-04/references/ai-text-remover-from-video.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-text-remover-from-video",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    def ai_translate(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-translate`` v1.0: Translate text in an image to another language while
        preserving design. Makes images. Source: catalog-2026-04/references/ai-translate.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-translate",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_video_enhancer(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-video-enhancer`` v1.0: Upscale and enhance video quality using AI. Makes a
        video. Source: catalog-2026-04/references/ai-video-enhancer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-video-enhancer",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    def ai_werewolf(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        model_name: Literal["Kling_3_0", "Kling_2_6"] | None = None,
        duration: Literal[
            "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
        ]
        | None = None,
        generate_audio: Literal["true", "false"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-werewolf`` v1.0: Create a dramatic werewolf transformation video from a person
        photo. Makes a video. Source: catalog-2026-04/references/ai-werewolf.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-werewolf",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "duration": "duration",
                    "generate_audio": "generateAudio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def ai_xray_clothes(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-xray-clothes`` v1.0: Make clothing appear sheer and see-through. Makes images.
        Source: catalog-2026-04/references/ai-xray-clothes.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-xray-clothes",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ai_zombie(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ai-zombie`` v1.0: Transform a portrait into a realistic zombie. Makes images.
        Source: catalog-2026-04/references/ai-zombie.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ai-zombie",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def aimodel(
        self,
        image: ImageInput,
        /,
        *,
        generated_content: Literal["freeCreation", "referToOrigin"],
        mask_type: Literal[
            "autoApparelSegment",
            "autoUpperApparelSegment",
            "autoLowerApparelSegment",
            "autoSubjectSegment",
            "autoHumanSegment",
            "inverseAutoHumanSegment",
            "custom",
        ],
        location_id: int | None = None,
        location_tag_ids: Sequence[int] | None = None,
        fashion_model_id: int | None = None,
        fashion_model_tag_ids: Sequence[int] | None = None,
        text_description: str | None = None,
        neg_text_description: str | None = None,
        custom_mask: str | bytes | None = None,
        custom_mask_url: str | None = None,
        pose: Literal["originalImagePose", "referenceImagePose", "freePose"] | None = None,
        result_image_format: Literal["jpg", "png"] | None = None,
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
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``aimodel`` v1.0: Apparel model photos, model replacement, scene replacement. Makes
        images. Source: catalog-2026-04/references/aimodel.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "aimodel",
                locals(),
                wires={
                    "generated_content": "generatedContent",
                    "mask_type": "maskType",
                    "location_id": "locationId",
                    "location_tag_ids": "locationTagIds",
                    "fashion_model_id": "fashionModelId",
                    "fashion_model_tag_ids": "fashionModelTagIds",
                    "text_description": "textDescription",
                    "neg_text_description": "negTextDescription",
                    "custom_mask": "customMask",
                    "custom_mask_url": "customMaskUrl",
                    "pose": "pose",
                    "result_image_format": "resultImageFormat",
                    "resize_to_original_image": "resizeToOriginalImage",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    def aipose(
        self,
        image: ImageInput,
        /,
        *,
        text_description: str,
        generate_version: Literal["lite", "pro"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``aipose`` v1.0: Keep the garment but change the human pose. Makes images. Source:
        catalog-2026-04/references/aipose.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "aipose",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generate_version": "generateVersion",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    def aiproduct(
        self,
        image: ImageInput,
        /,
        *,
        generated_content: Literal["freeCreation", "referToOrigin"],
        mask_type: Literal["autoSubjectSegment", "custom"] = "autoSubjectSegment",
        location_id: int | None = None,
        location_tag_ids: Sequence[int] | None = None,
        text_description: str | None = None,
        neg_text_description: str | None = None,
        custom_mask: str | bytes | None = None,
        custom_mask_url: str | None = None,
        result_image_format: Literal["jpg", "png"] | None = None,
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
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``aiproduct`` v1.0: Product still-life generation and product background editing.
        Makes images. Source: catalog-2026-04/references/aiproduct.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "aiproduct",
                locals(),
                wires={
                    "generated_content": "generatedContent",
                    "mask_type": "maskType",
                    "location_id": "locationId",
                    "location_tag_ids": "locationTagIds",
                    "text_description": "textDescription",
                    "neg_text_description": "negTextDescription",
                    "custom_mask": "customMask",
                    "custom_mask_url": "customMaskUrl",
                    "result_image_format": "resultImageFormat",
                    "resize_to_original_image": "resizeToOriginalImage",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    def anime_image_converter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``anime-image-converter`` v1.0: Transform any photo into anime art style. Makes
        images. Source: catalog-2026-04/references/anime-image-converter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "anime-image-converter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def baby_face_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``baby-face-generator`` v1.0: Predict what a baby would look like from two parent
        photos. Makes images. Source: catalog-2026-04/references/baby-face-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "baby-face-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def bald_filter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``bald-filter`` v1.0: Make a person appear bald while preserving facial details.
        Makes images. Source: catalog-2026-04/references/bald-filter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "bald-filter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def bangs_filter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``bangs-filter`` v1.0: Add natural-looking bangs to a person's hairstyle. Makes
        images. Source: catalog-2026-04/references/bangs-filter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "bangs-filter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def bikini_contest_photos(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``bikini-contest-photos`` v1.0: Transform a person photo into a bikini contest image
        or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/bikini-contest-photos.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "bikini-contest-photos",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def bikini_try_on(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``bikini-try-on`` v1.0: Virtually try on a bikini on a person photo. Makes images.
        Source: catalog-2026-04/references/bikini-try-on.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "bikini-try-on",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def braces_filter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``braces-filter`` v1.0: Add dental braces to a person's teeth in a portrait photo.
        Makes images. Source: catalog-2026-04/references/braces-filter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "braces-filter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def brat_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``brat-generator`` v1.0: Create a brat-style album cover meme with custom text and
        color. Makes images. Source: catalog-2026-04/references/brat-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "brat-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def buzz_cut_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``buzz-cut-ai`` v1.0: Change a person's hairstyle to a buzz cut. Makes images.
        Source: catalog-2026-04/references/buzz-cut-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "buzz-cut-ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def celeb_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``celeb-ai`` v1.0: Place a person in a selfie with a celebrity or fictional
        character. Makes images. Source: catalog-2026-04/references/celeb-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "celeb-ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def chibi_maker(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``chibi-maker`` v1.0: Convert a photo into a cute chibi character sticker. Makes
        images. Source: catalog-2026-04/references/chibi-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "chibi-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def clothing_magic_remover(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``clothing-magic-remover`` v1.0: Erase accessories or partial clothing while keeping
        textures realistic. Makes images. Source:
        catalog-2026-04/references/clothing-magic-remover.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "clothing-magic-remover",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def custom_bikini(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``custom-bikini`` v1.0: Transform a person photo into a custom bikini image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/custom-bikini.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "custom-bikini",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def cute_anime_girl_ai_bikini(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``cute-anime-girl-ai-bikini`` v1.0: Transform a person photo into a bikini model
        image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/cute-anime-girl-ai-bikini.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "cute-anime-girl-ai-bikini",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def demon_slayer_oc_maker(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``demon-slayer-oc-maker`` v1.0: Transform a person into a Kimetsu no Yaiba anime
        character. Makes images. Source:
        catalog-2026-04/references/demon-slayer-oc-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "demon-slayer-oc-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def dress_remover_magic_eraser(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``dress-remover-magic-eraser`` v1.0: Erase a dress and replace with a bikini while
        keeping body proportions. Makes images. Source:
        catalog-2026-04/references/dress-remover-magic-eraser.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "dress-remover-magic-eraser",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def expand_image(
        self,
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
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``expandimage`` v1.0: Expand the canvas to a target size. The original image is
        placed within the new canvas and the added area is filled by AI generation, not
        stretching. Makes images. Source: catalog-2026-04/references/expandimage.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "expandimage",
                locals(),
                wires={
                    "target_width": "targetWidth",
                    "target_height": "targetHeight",
                    "fill_left": "fillLeft",
                    "fill_top": "fillTop",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    def face_forge(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        model_name: Literal["jimeng", "nano"] | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
        | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``face-forge`` v1.0: AI face morph, face swap, and portrait generation. Makes
        images. Source: catalog-2026-04/references/face-forge.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "face-forge",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "image_size": "imageSize",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def fat_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``fat-ai`` v1.0: Visualize how a person would look extremely overweight. Makes
        images. Source: catalog-2026-04/references/fat-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "fat-ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def firered_image_edit(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16"]
        | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``firered-image-edit`` v1.0: Image editing and generation with FireRed open-source
        model. Makes images. Source: catalog-2026-04/references/firered-image-edit.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "firered-image-edit",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def flat_lay(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        model_name: Literal["nano2", "nano"] | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
        | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``flat-lay`` v1.0: Create professional flat-lay product images from a photo. Makes
        images. Source: catalog-2026-04/references/flat-lay.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "flat-lay",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "image_size": "imageSize",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def flowchart_generator(
        self,
        *,
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``flowchart-generator`` v1.0: AI flowchart generator — create clear flowcharts from
        structured text descriptions. Makes images. Source: weshop-cli@0.2.22
        dist/commands/flowchart-generator.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "flowchart-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=(),
            )
        )

    def free_4k_video_upscaler(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``free-4k-video-upscaler`` v1.0: Upscale video to 4K resolution using AI. Makes a
        video. Source: catalog-2026-04/references/free-4k-video-upscaler.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "free-4k-video-upscaler",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    def free_ai_girlfriend_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``free-ai-girlfriend-generator`` v1.0: Generate a realistic AI girlfriend portrait
        from text or reference image. Makes images. Source:
        catalog-2026-04/references/free-ai-girlfriend-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "free-ai-girlfriend-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def free_online_video_quality_enhancer(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``free-online-video-quality-enhancer`` v1.0: Upscale and enhance video quality using
        AI. Makes a video. Source:
        catalog-2026-04/references/free-online-video-quality-enhancer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "free-online-video-quality-enhancer",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    def free_sexy_ai_generator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``free-sexy-ai-generator`` v1.0: Transform a person photo into a bikini model image
        or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/free-sexy-ai-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "free-sexy-ai-generator",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def futuristic_elegance(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``futuristic-elegance`` v1.0: Cinematic sci-fi outfit transformation with futuristic
        harajuku fashion. Makes images. Source:
        catalog-2026-04/references/futuristic-elegance.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "futuristic-elegance",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def gemini_watermark_remover(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``gemini-watermark-remover`` v1.0: Remove watermarks, logos, or text from a video.
        Makes a video. Source: catalog-2026-04/references/gemini-watermark-remover.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "gemini-watermark-remover",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    def gender_swap(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``gender-swap`` v1.0: Transform a portrait to the opposite gender while preserving
        identity. Makes images. Source: catalog-2026-04/references/gender-swap.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "gender-swap",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def ghibli_art_create(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ghibli-art-create`` v1.0: Transform photos into Studio Ghibli anime art style.
        Makes images. Source: catalog-2026-04/references/ghibli-art-create.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ghibli-art-create",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def gpt_image(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        model_name: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        aspect_ratio: str | None = None,
        image_size: str | None = None,
        quality: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``gpt-image`` v1.0: GPT Image 2 and 2.5 image generator \u2014 create high-quality
        images, text-rich visuals, and product photography from prompts. Makes images.
        Source: weshop-cli@0.2.22 dist/commands/gpt-image.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "gpt-image",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "batch_count": "batchCount",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "quality": "quality",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def grok_imagine(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``grok-imagine`` v1.0: High-resolution image generation using xAI Aurora (Grok
        Imagine). Makes images. Source: catalog-2026-04/references/grok-imagine.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "grok-imagine",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def grok_imagine_video(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        duration: Literal["6s", "10s"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``grok-imagine-video`` v1.0: Cinematic AI video generation with native audio using
        xAI Grok Imagine. Makes a video. Source:
        catalog-2026-04/references/grok-imagine-video.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "grok-imagine-video",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def hailuo_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        model_name: str | None = None,
        duration: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``hailuo-ai`` v1.0: Hailuo AI video generator — create cinematic AI videos from
        images and text using MiniMax Hailuo. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/hailuo-ai.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "hailuo-ai",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "model_name": "modelName",
                    "duration": "duration",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def hair_color_try_on(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``hair-color-try-on`` v1.0: Change a person's hair color while preserving hairstyle
        and details. Makes images. Source: catalog-2026-04/references/hair-color-try-on.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "hair-color-try-on",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def happy_woman_bikini_ai_pic(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``happy-woman-bikini-ai-pic`` v1.0: Transform a person photo into a bikini model
        image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/happy-woman-bikini-ai-pic.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "happy-woman-bikini-ai-pic",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def happyhorse(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        aspect_ratio: str | None = None,
        duration: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``happyhorse`` v1.0: HappyHorse AI video generator — create cinematic image-to-video
        clips with HappyHorse 1.0. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/happyhorse.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "happyhorse",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "aspect_ratio": "aspectRatio",
                    "duration": "duration",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def hot_bikini_models(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``hot-bikini-models`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/hot-bikini-models.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "hot-bikini-models",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def image_mixer(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``image-mixer`` v1.0: Naturally merge two photos into a single cohesive image. Makes
        images. Source: catalog-2026-04/references/image-mixer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "image-mixer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def image_to_sketch(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``image-to-sketch`` v1.0: Convert a photo into a rough pencil sketch. Makes images.
        Source: catalog-2026-04/references/image-to-sketch.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "image-to-sketch",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def improve_video_quality_online_free(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``improve-video-quality-online-free`` v1.0: Upscale and enhance video quality using
        AI. Makes a video. Source:
        catalog-2026-04/references/improve-video-quality-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "improve-video-quality-online-free",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    def kling(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        model_name: Literal[
            "Kling_3_0", "Kling_2_6", "Kling_2_5_Turbo", "Kling_2_1_Master", "Kling_2_1"
        ]
        | None = None,
        duration: Literal[
            "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
        ]
        | None = None,
        generate_audio: Literal["true", "false"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``kling`` v1.0: AI video generation from images and text using Kling. Makes a video.
        Source: catalog-2026-04/references/kling.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "kling",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "duration": "duration",
                    "generate_audio": "generateAudio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def kling_motion_control(
        self,
        *,
        images: Sequence[ImageInput],
        videos: Sequence[str],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``kling-motion-control`` v1.0: Kling Motion Control — transfer motion from a
        reference video onto a character image. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/kling-motion-control.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "kling-motion-control",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images", "videos"),
            )
        )

    def kling_o1(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        model_name: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``kling-O1`` v1.0: Kling O1 AI video generator — create cinematic videos with Omni
        One control via text, reference images, first/last frames, or a reference video.
        Makes a video. Source: weshop-cli@0.2.22 dist/commands/kling-O1.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "kling-O1",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "model_name": "modelName",
                },
                image_inputs={},
                media=("images", "videos"),
            )
        )

    def kling_v3_omni(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        model_name: str | None = None,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        generate_audio: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``kling-v3-omni`` v1.0: Kling 3.0 Omni — create multimodal AI videos from text,
        reference images, and an optional reference video, with native audio. Makes a video.
        Source: weshop-cli@0.2.22 dist/commands/kling-v3-omni.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "kling-v3-omni",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "model_name": "modelName",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "generate_audio": "generateAudio",
                },
                image_inputs={},
                media=("images", "videos"),
            )
        )

    def logo_remover_from_video(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``logo-remover-from-video`` v1.0: Remove logos or watermarks from a video. Makes a
        video. Source: catalog-2026-04/references/logo-remover-from-video.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "logo-remover-from-video",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    def midjourney(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        model_name: Literal["Midjourney_6_1", "Midjourney_7", "Midjourney_Niji_6"] | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``midjourney`` v1.0: Image generation using Midjourney v6.1, v7, or Niji 6. Makes
        images. Source: catalog-2026-04/references/midjourney.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "midjourney",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "aspect_ratio": "aspectRatio",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def minimax_h3(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        audios: Sequence[str] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        model_name: str | None = None,
        aspect_ratio: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``minimax-h3`` v1.0: MiniMax H3 — build multimodal AI videos from text, reference
        images, and optional reference videos and audio. Makes a video. Source:
        weshop-cli@0.2.22 dist/commands/minimax-h3.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "minimax-h3",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "model_name": "modelName",
                    "aspect_ratio": "aspectRatio",
                },
                image_inputs={},
                media=("images", "videos", "audios"),
            )
        )

    def mugshot_creator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``mugshot-creator`` v1.0: Generate a police-style mugshot photo from a portrait.
        Makes images. Source: catalog-2026-04/references/mugshot-creator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "mugshot-creator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def murder_drones_oc(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``murder-drones-oc`` v1.0: Transform a person into a Murder Drones-inspired robotic
        drone character. Makes images. Source:
        catalog-2026-04/references/murder-drones-oc.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "murder-drones-oc",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def nano_banana_edit(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        aspect_ratio: str | None = None,
        image_size: str | None = None,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``nano-banana-edit`` v1.0: Nano Banana image editor — generate or edit images with
        Gemini-based Nano models. Makes images. Source: weshop-cli@0.2.22
        dist/commands/nano-banana-edit.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "nano-banana-edit",
                locals(),
                wires={
                    "batch_count": "batchCount",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "text_description": "textDescription",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def outfit_generator(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``outfit-generator`` v1.0: Redesign a complete outfit on a person photo based on
        style prompt. Makes images. Source: catalog-2026-04/references/outfit-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "outfit-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    def personalized_swimsuit(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``personalized-swimsuit`` v1.0: Transform a person photo into a personalized
        swimsuit image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/personalized-swimsuit.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "personalized-swimsuit",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def photo_to_bikini_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``photo-to-bikini-ai`` v1.0: Transform a person photo into a bikini image. Makes
        images. Source: catalog-2026-04/references/photo-to-bikini-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "photo-to-bikini-ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def photo_wrinkle_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``photo-wrinkle-remover`` v1.0: Photo wrinkle remover — smooth facial wrinkles in
        portrait photos while keeping natural skin texture. Makes images. Source:
        weshop-cli@0.2.22 dist/commands/photo-wrinkle-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "photo-wrinkle-remover",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    def pregnant_ai(
        self,
        image: ImageInput,
        /,
        *,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``pregnant_ai`` v1.0: Visualize how a person would look pregnant. Makes images.
        Source: catalog-2026-04/references/pregnant_ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "pregnant_ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    def ps2_filter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``ps2-filter`` v1.0: Transform a photo into a retro PS2-era Sims game character.
        Makes images. Source: catalog-2026-04/references/ps2-filter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "ps2-filter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def qwen_image_edit(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``qwen-image-edit`` v1.0: AI image editing and generation with natural language
        using Qwen. Makes images. Source: catalog-2026-04/references/qwen-image-edit.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "qwen-image-edit",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def random_animal_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``random-animal-generator`` v1.0: Generate a hyper-realistic wildlife photo of any
        animal. Makes images. Source: catalog-2026-04/references/random-animal-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "random-animal-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def remove_filter_from_photo(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``remove-filter-from-photo`` v1.0: Remove photo filters and restore natural image
        colors. Makes images. Source:
        catalog-2026-04/references/remove-filter-from-photo.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "remove-filter-from-photo",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def remove_subtitles_from_video_online_free(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``remove-subtitles-from-video-online-free`` v1.0: Remove subtitles or text overlays
        from a video. Makes a video. Source:
        catalog-2026-04/references/remove-subtitles-from-video-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "remove-subtitles-from-video-online-free",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    def remove_text_from_video_online_free(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``remove-text-from-video-online-free`` v1.0: Remove text overlays or watermarks from
        a video. Makes a video. Source:
        catalog-2026-04/references/remove-text-from-video-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "remove-text-from-video-online-free",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    def remove_background(
        self,
        image: ImageInput,
        /,
        *,
        mask_type: Literal["autoSubjectSegment", "custom"] = "autoSubjectSegment",
        background_id: int | None = None,
        background_hex: str | None = None,
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
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``removeBG`` v1.0: Remove background or replace with solid color. Makes images.
        Source: catalog-2026-04/references/removeBG.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "removeBG",
                locals(),
                wires={
                    "mask_type": "maskType",
                    "background_id": "backgroundId",
                    "background_hex": "backgroundHex",
                    "custom_mask": "customMask",
                    "custom_mask_url": "customMaskUrl",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    def replace_face_in_video_online_free(
        self,
        *,
        images: Sequence[ImageInput],
        videos: Sequence[str],
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``replace-face-in-video-online-free`` v1.0: Replace a face in a video with a
        reference face photo. Makes a video. Source:
        catalog-2026-04/references/replace-face-in-video-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "replace-face-in-video-online-free",
                locals(),
                wires={"batch_count": "batchCount"},
                image_inputs={},
                media=("images", "videos"),
            )
        )

    def see_through_clothes_fitler(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``see-through-clothes-fitler`` v1.0: Make clothing appear sheer and see-through.
        Makes images. Source: catalog-2026-04/references/see-through-clothes-fitler.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "see-through-clothes-fitler",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def seedance(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        model_name: Literal[
            "Seedance_20", "Seedance_15_Pro", "Seedance_10_Pro", "Seedance_10_Pro_Fast"
        ]
        | None = None,
        duration: Literal[
            "2s", "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
        ]
        | None = None,
        aspect_ratio: Literal["21:9", "16:9", "9:16", "3:4", "4:3", "1:1"] | None = None,
        generate_audio: Literal["true", "false"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        resolution: str | None = None,
        first_frame: str | None = None,
        last_frame: str | None = None,
        extend_video: str | None = None,
        extend_direction: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``seedance`` v1.0: Cinematic AI video generation using Seedance by ByteDance. Makes
        a video. Source: catalog-2026-04/references/seedance.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "seedance",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "generate_audio": "generateAudio",
                    "batch_count": "batchCount",
                    "resolution": "resolution",
                    "first_frame": "firstFrame",
                    "last_frame": "lastFrame",
                    "extend_video": "extendVideo",
                    "extend_direction": "extendDirection",
                },
                image_inputs={},
                media=("images", "videos"),
            )
        )

    def seedance_25(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        audios: Sequence[str] | None = None,
        first_frame: str | None = None,
        last_frame: str | None = None,
        extend_video: str | None = None,
        extend_direction: str | None = None,
        resolution: str | None = None,
        output_format: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        model_name: str | None = None,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        generate_audio: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``seedance-25`` v1.0: Seedance 2.5 — create videos from text, first/last frames,
        multimodal references, or video extension. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/seedance-25.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "seedance-25",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "first_frame": "firstFrame",
                    "last_frame": "lastFrame",
                    "extend_video": "extendVideo",
                    "extend_direction": "extendDirection",
                    "resolution": "resolution",
                    "output_format": "outputFormat",
                    "batch_count": "batchCount",
                    "model_name": "modelName",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "generate_audio": "generateAudio",
                },
                image_inputs={},
                media=("images", "videos", "audios"),
            )
        )

    def seedream(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        image_size: Literal["2K", "3K"] | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        output_format: Literal["jpeg", "png"] | None = None,
        tools: Sequence[str] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``seedream`` v1.0: AI image generation and editing with Seedream 5.0 by ByteDance.
        Makes images. Source: catalog-2026-04/references/seedream.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "seedream",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "image_size": "imageSize",
                    "aspect_ratio": "aspectRatio",
                    "output_format": "outputFormat",
                    "tools": "tools",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def sex_ai_generator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``sex-ai-generator`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/sex-ai-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "sex-ai-generator",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def sexy_ai_pics(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``sexy-ai-pics`` v1.0: Generate stylish and attractive photos from a person image.
        Makes images. Source: catalog-2026-04/references/sexy-ai-pics.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "sexy-ai-pics",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def skin_color_changer(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``skin-color-changer`` v1.0: Change a person's skin tone while preserving face
        details. Makes images. Source: catalog-2026-04/references/skin-color-changer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "skin-color-changer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def sonic_oc(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``sonic-oc`` v1.0: Create a Sonic the Hedgehog original character based on a
        person's appearance. Makes images. Source: catalog-2026-04/references/sonic-oc.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "sonic-oc",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def sora_2(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        duration: Literal["4s", "8s", "12s"] | None = None,
        aspect_ratio: Literal["16:9", "9:16"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``sora-2`` v1.0: Cinematic video generation with realistic physics using OpenAI Sora
        2. Makes a video. Source: catalog-2026-04/references/sora-2.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "sora-2",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def sprunki_oc_maker(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``sprunki-oc-maker`` v1.0: Create a Sprunki-style original character from a person
        photo. Makes images. Source: catalog-2026-04/references/sprunki-oc-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "sprunki-oc-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def square_face_icon_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``square-face-icon-generator`` v1.0: Create a minimalist anime-style square face
        avatar from a photo. Makes images. Source:
        catalog-2026-04/references/square-face-icon-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "square-face-icon-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def stardew_valley_portrait_maker(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``stardew-valley-portrait-maker`` v1.0: Create a Stardew Valley game-style character
        portrait. Makes images. Source:
        catalog-2026-04/references/stardew-valley-portrait-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "stardew-valley-portrait-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    def string_bikini_beauty_contest(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``string-bikini-beauty-contest`` v1.0: Transform a person photo into a bikini beauty
        contest image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/string-bikini-beauty-contest.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "string-bikini-beauty-contest",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def sulphur2(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``sulphur2`` v1.0: Sulphur 2 AI video generator — create cinematic short videos from
        a still image and prompt using the LTX 2.3 video model. Makes a video. Source:
        weshop-cli@0.2.22 dist/commands/sulphur2.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "sulphur2",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def swimsuit_try_on_haul(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``swimsuit-try-on-haul`` v1.0: Transform a person photo into a swimsuit try-on image
        or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/swimsuit-try-on-haul.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "swimsuit-try-on-haul",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def veo_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        model_name: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``veo-ai`` v1.0: Veo 3 AI video generator — create cinematic videos from images and
        text using Google Veo 3.1. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/veo-ai.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "veo-ai",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "model_name": "modelName",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def video_resolution_enhancer_online_free(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``video-resolution-enhancer-online-free`` v1.0: Upscale and enhance video resolution
        using AI. Makes a video. Source:
        catalog-2026-04/references/video-resolution-enhancer-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "video-resolution-enhancer-online-free",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    def video_upscaler_online_free(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``video-upscaler-online-free`` v1.0: Upscale and enhance video quality using AI.
        Makes a video. Source: catalog-2026-04/references/video-upscaler-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "video-upscaler-online-free",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    def video_watermark_remover(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``video-watermark-remover`` v1.0: Remove watermarks, logos, or text from a video.
        Makes a video. Source: catalog-2026-04/references/video-watermark-remover.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "video-watermark-remover",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    def vidu_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        generate_audio: str | None = None,
        model_name: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``vidu-ai`` v1.0: Vidu Q3 AI video generator — create cinematic short videos with
        Vidu Q3 Pro or Pro Fast. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/vidu-ai.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "vidu-ai",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "generate_audio": "generateAudio",
                    "model_name": "modelName",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def virtual_try_on(
        self,
        image: ImageInput,
        /,
        *,
        generate_version: Literal["weshopFlash", "weshopPro", "bananaPro"],
        description_type: Literal["custom", "auto"],
        fashion_model_image: ImageInput | None = None,
        location_image: ImageInput | None = None,
        text_description: str | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``virtualtryon`` v1.0: Virtual try-on composition with optional model/location
        references. Makes images. Source: catalog-2026-04/references/virtualtryon.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "virtualtryon",
                locals(),
                wires={
                    "generate_version": "generateVersion",
                    "description_type": "descriptionType",
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={
                    "image": "originalImage",
                    "fashion_model_image": "fashionModelImage",
                    "location_image": "locationImage",
                },
                media=(),
            )
        )

    def wan_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        duration: Literal["3s", "4s", "5s", "6s", "7s", "8s"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``wan-ai`` v1.0: AI video generation from images and text using Wan AI. Makes a
        video. Source: catalog-2026-04/references/wan-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "wan-ai",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "duration": "duration",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    def wild_graffiti_generator(
        self,
        *,
        image: ImageInput | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``wild-graffiti-generator`` v1.0: Create wild-style spray paint graffiti art from
        text or image. Makes images. Source:
        catalog-2026-04/references/wild-graffiti-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "wild-graffiti-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    def z_image(
        self,
        *,
        text_description: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """``z-image`` v1.0: Text-to-image generation with Z-Image by Alibaba. Makes images.
        Source: catalog-2026-04/references/z-image.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished Run; with ``wait=False`` returns the Run just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return self._runs._submit(
            build_call(
                "z-image",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=(),
            )
        )


class AsyncCatalogAgents:
    """Every catalog agent as a coroutine method; see :class:`CatalogAgents`."""

    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs

    def __repr__(self) -> str:
        return f"<{type(self).__name__} through {self._runs!r}>"

    async def agent_2d_to_3d_image_converter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``2d-to-3d-image-converter`` v1.0: Transform a 2D image into a 3D rendered version.
        Makes images. Source: catalog-2026-04/references/2d-to-3d-image-converter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "2d-to-3d-image-converter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_3d_rendering(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-3d-rendering`` v1.0: Transform a photo into a Blender-style 3D model viewport
        screenshot. Makes images. Source: catalog-2026-04/references/ai-3d-rendering.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-3d-rendering",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_action_figure_generators(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-action-figure-generators`` v1.0: Turn a photo or character into a collectible
        action figure display. Makes images. Source:
        catalog-2026-04/references/ai-action-figure-generators.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-action-figure-generators",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_aging(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-aging`` v1.0: AI age progression on portrait photos. Makes images. Source:
        catalog-2026-04/references/ai-aging.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-aging",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_babe(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-babe`` v1.0: Generate photorealistic attractive images from a person photo.
        Makes images. Source: catalog-2026-04/references/ai-babe.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-babe",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_bikini_model(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-bikini-model`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-bikini-model.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-bikini-model",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_bikini_photo_editor(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-bikini-photo-editor`` v1.0: Edit a person photo into a bikini scene. Makes
        images. Source: catalog-2026-04/references/ai-bikini-photo-editor.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-bikini-photo-editor",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_bikini_video(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-bikini-video`` v1.0: Generate a bikini dance video from a person photo. Makes a
        video. Source: catalog-2026-04/references/ai-bikini-video.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-bikini-video",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_blemish_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-blemish-remover`` v1.0: AI blemish remover — clean up acne and blemishes while
        keeping natural skin and facial details. Makes images. Source: weshop-cli@0.2.22
        dist/commands/ai-blemish-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-blemish-remover",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_christmas_photo(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-christmas-photo`` v1.0: Transform a portrait into a festive Christmas scene.
        Makes images. Source: catalog-2026-04/references/ai-christmas-photo.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-christmas-photo",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_clothes_changer(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-clothes-changer`` v1.0: Dress a person in the garment shown in another photo.
        Makes images. Source: catalog-2026-04/references/ai-clothes-changer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-clothes-changer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_collage_maker(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-collage-maker`` v1.0: Create a multi-media collage from up to 10 images. Makes
        images. Source: catalog-2026-04/references/ai-collage-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-collage-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_couple_photo_maker(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-couple-photo-maker`` v1.0: AI couple photo maker — combine two portrait photos
        into one realistic romantic couple image. Makes images. Source: weshop-cli@0.2.22
        dist/commands/ai-couple-photo-maker.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-couple-photo-maker",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_dog(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-dog`` v1.0: Create or transform pet photos with AI. Makes images. Source:
        catalog-2026-04/references/ai-dog.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-dog",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_elf(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-elf`` v1.0: Transform a portrait into a fantasy elf character. Makes images.
        Source: catalog-2026-04/references/ai-elf.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-elf",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_face_merge(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-face-merge`` v1.0: Blend two faces together into a single realistic portrait.
        Makes images. Source: catalog-2026-04/references/ai-face-merge.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-face-merge",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_feet(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-feet`` v1.0: Generate a realistic low-angle bare feet photo from a portrait.
        Makes images. Source: catalog-2026-04/references/ai-feet.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-feet",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_flag_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-flag-generator`` v1.0: Create a custom flag design from text or a reference
        image. Makes images. Source: catalog-2026-04/references/ai-flag-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-flag-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_generated_bikini_girls(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-generated-bikini-girls`` v1.0: Transform a person photo into a bikini model
        image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-generated-bikini-girls.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-generated-bikini-girls",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_generated_perfect_female_body(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-generated-perfect-female-body`` v1.0: Transform a person photo into a bikini
        model image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-generated-perfect-female-body.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-generated-perfect-female-body",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_ghost_mannequin_generator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-ghost-mannequin-generator`` v1.0: Create a professional ghost mannequin effect
        from a clothing photo. Makes images. Source:
        catalog-2026-04/references/ai-ghost-mannequin-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-ghost-mannequin-generator",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_group_photo_generator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-group-photo-generator`` v1.0: Create a creative group photo or collage from up
        to 10 images. Makes images. Source:
        catalog-2026-04/references/ai-group-photo-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-group-photo-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_hair_color_changer(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-hair-color-changer`` v1.0: Change a person's hair color while preserving
        hairstyle and details. Makes images. Source:
        catalog-2026-04/references/ai-hair-color-changer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-hair-color-changer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_hairstyle_changer(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-hairstyle-changer`` v1.0: Change a person's hairstyle from a photo or text
        description. Makes images. Source:
        catalog-2026-04/references/ai-hairstyle-changer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-hairstyle-changer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_headshot_generator(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-headshot-generator`` v1.0: AI headshot generator — create professional ID-style
        headshots from a single portrait photo. Makes images. Source: weshop-cli@0.2.22
        dist/commands/ai-headshot-generator.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-headshot-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_hot_girl_image(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-hot-girl-image`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-hot-girl-image.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-hot-girl-image",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_image_animation(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        model_name: Literal["Kling_3_0", "Kling_2_6"] | None = None,
        duration: Literal[
            "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
        ]
        | None = None,
        generate_audio: Literal["true", "false"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-image-animation`` v1.0: Animate a static image into a dynamic video using
        Kling. Makes a video. Source: catalog-2026-04/references/ai-image-animation.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-image-animation",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "duration": "duration",
                    "generate_audio": "generateAudio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_image_combiner(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-image-combiner`` v1.0: Naturally merge two photos into a single cohesive image.
        Makes images. Source: catalog-2026-04/references/ai-image-combiner.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-image-combiner",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_infographic_generator(
        self,
        *,
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-infographic-generator`` v1.0: AI infographic generator — turn a text
        description into a professional infographic layout. Makes images. Source:
        weshop-cli@0.2.22 dist/commands/ai-infographic-generator.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-infographic-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=(),
            )
        )

    async def ai_landscape_design_free(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-landscape-design-free`` v1.0: Redesign a yard or outdoor space with a new
        landscape style. Makes images. Source:
        catalog-2026-04/references/ai-landscape-design-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-landscape-design-free",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_lingerie_models(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-lingerie-models`` v1.0: Transform a person photo into a lingerie/bikini model
        image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-lingerie-models.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-lingerie-models",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_lingerie_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        generated_type: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-lingerie-remover`` v1.0: AI lingerie remover — transform lingerie outfit photos
        into bikini look images or videos. Makes an image or a video, by ``generated_type``.
        Source: weshop-cli@0.2.22 dist/commands/ai-lingerie-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-lingerie-remover",
                locals(),
                wires={
                    "batch_count": "batchCount",
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_logo_generator(
        self,
        *,
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-logo-generator`` v1.0: AI logo generator — design brand logos from text
        descriptions, no reference image required. Makes images. Source: weshop-cli@0.2.22
        dist/commands/ai-logo-generator.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-logo-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=(),
            )
        )

    async def ai_pants_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        generated_type: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-pants-remover`` v1.0: AI pants remover — transform pants outfit photos into
        bikini look images or videos. Makes an image or a video, by ``generated_type``.
        Source: weshop-cli@0.2.22 dist/commands/ai-pants-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-pants-remover",
                locals(),
                wires={
                    "batch_count": "batchCount",
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_photoshoot(
        self,
        *,
        images: Sequence[ImageInput],
        model_name: Literal["qwen", "firered", "nano"] | None = None,
        text_description: str | None = None,
        aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-photoshoot`` v1.0: Professional photoshoot by combining a character photo and a
        reference scene. Makes images. Source: catalog-2026-04/references/ai-photoshoot.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-photoshoot",
                locals(),
                wires={
                    "model_name": "modelName",
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_poster(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        model_name: Literal["jimeng", "nano", "nano2"] | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-poster`` v1.0: Create a designed poster from text prompt and optional reference
        images. Makes images. Source: catalog-2026-04/references/ai-poster.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-poster",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_poster_from_images(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-poster-from-images`` v1.0: Create a designed poster from up to 5 reference
        images. Makes images. Source: catalog-2026-04/references/ai-poster-from-images.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-poster-from-images",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_room_planner(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-room-planner`` v1.0: Redesign a room photo with a new interior design style.
        Makes images. Source: catalog-2026-04/references/ai-room-planner.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-room-planner",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_selfie(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-selfie`` v1.0: Transform a portrait into a natural iPhone-style selfie photo.
        Makes images. Source: catalog-2026-04/references/ai-selfie.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-selfie",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_sexy_portrait(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-sexy-portrait`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-sexy-portrait.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-sexy-portrait",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_sexy_teens(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-sexy-teens`` v1.0: Transform a person photo into a bikini model image or video.
        Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/ai-sexy-teens.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-sexy-teens",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_shirt_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        generated_type: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-shirt-remover`` v1.0: AI shirt remover — transform a shirt outfit photo into a
        bikini look image or video. Makes an image or a video, by ``generated_type``.
        Source: weshop-cli@0.2.22 dist/commands/ai-shirt-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-shirt-remover",
                locals(),
                wires={
                    "batch_count": "batchCount",
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_spray_paint(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-spray-paint`` v1.0: Convert a photo into a black-and-white spray paint stencil.
        Makes images. Source: catalog-2026-04/references/ai-spray-paint.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-spray-paint",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_swimsuit_model(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-swimsuit-model`` v1.0: Transform a person photo into a swimsuit model image.
        Makes images. Source: catalog-2026-04/references/ai-swimsuit-model.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-swimsuit-model",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_tattoo_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-tattoo-generator`` v1.0: Create a tattoo design try-on from text or reference
        image. Makes images. Source: catalog-2026-04/references/ai-tattoo-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-tattoo-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_text_remover_from_video(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-text-remover-from-video`` v1.0: Remove text overlays or watermarks from a
        video. Makes a video. Source:
        catalog-2026-04/references/ai-text-remover-from-video.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-text-remover-from-video",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def ai_translate(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-translate`` v1.0: Translate text in an image to another language while
        preserving design. Makes images. Source: catalog-2026-04/references/ai-translate.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-translate",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_video_enhancer(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-video-enhancer`` v1.0: Upscale and enhance video quality using AI. Makes a
        video. Source: catalog-2026-04/references/ai-video-enhancer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-video-enhancer",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def ai_werewolf(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        model_name: Literal["Kling_3_0", "Kling_2_6"] | None = None,
        duration: Literal[
            "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
        ]
        | None = None,
        generate_audio: Literal["true", "false"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-werewolf`` v1.0: Create a dramatic werewolf transformation video from a person
        photo. Makes a video. Source: catalog-2026-04/references/ai-werewolf.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-werewolf",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "duration": "duration",
                    "generate_audio": "generateAudio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_xray_clothes(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-xray-clothes`` v1.0: Make clothing appear sheer and see-through. Makes images.
        Source: catalog-2026-04/references/ai-xray-clothes.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-xray-clothes",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ai_zombie(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ai-zombie`` v1.0: Transform a portrait into a realistic zombie. Makes images.
        Source: catalog-2026-04/references/ai-zombie.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ai-zombie",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def aimodel(
        self,
        image: ImageInput,
        /,
        *,
        generated_content: Literal["freeCreation", "referToOrigin"],
        mask_type: Literal[
            "autoApparelSegment",
            "autoUpperApparelSegment",
            "autoLowerApparelSegment",
            "autoSubjectSegment",
            "autoHumanSegment",
            "inverseAutoHumanSegment",
            "custom",
        ],
        location_id: int | None = None,
        location_tag_ids: Sequence[int] | None = None,
        fashion_model_id: int | None = None,
        fashion_model_tag_ids: Sequence[int] | None = None,
        text_description: str | None = None,
        neg_text_description: str | None = None,
        custom_mask: str | bytes | None = None,
        custom_mask_url: str | None = None,
        pose: Literal["originalImagePose", "referenceImagePose", "freePose"] | None = None,
        result_image_format: Literal["jpg", "png"] | None = None,
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
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``aimodel`` v1.0: Apparel model photos, model replacement, scene replacement. Makes
        images. Source: catalog-2026-04/references/aimodel.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "aimodel",
                locals(),
                wires={
                    "generated_content": "generatedContent",
                    "mask_type": "maskType",
                    "location_id": "locationId",
                    "location_tag_ids": "locationTagIds",
                    "fashion_model_id": "fashionModelId",
                    "fashion_model_tag_ids": "fashionModelTagIds",
                    "text_description": "textDescription",
                    "neg_text_description": "negTextDescription",
                    "custom_mask": "customMask",
                    "custom_mask_url": "customMaskUrl",
                    "pose": "pose",
                    "result_image_format": "resultImageFormat",
                    "resize_to_original_image": "resizeToOriginalImage",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    async def aipose(
        self,
        image: ImageInput,
        /,
        *,
        text_description: str,
        generate_version: Literal["lite", "pro"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``aipose`` v1.0: Keep the garment but change the human pose. Makes images. Source:
        catalog-2026-04/references/aipose.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "aipose",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generate_version": "generateVersion",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    async def aiproduct(
        self,
        image: ImageInput,
        /,
        *,
        generated_content: Literal["freeCreation", "referToOrigin"],
        mask_type: Literal["autoSubjectSegment", "custom"] = "autoSubjectSegment",
        location_id: int | None = None,
        location_tag_ids: Sequence[int] | None = None,
        text_description: str | None = None,
        neg_text_description: str | None = None,
        custom_mask: str | bytes | None = None,
        custom_mask_url: str | None = None,
        result_image_format: Literal["jpg", "png"] | None = None,
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
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``aiproduct`` v1.0: Product still-life generation and product background editing.
        Makes images. Source: catalog-2026-04/references/aiproduct.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "aiproduct",
                locals(),
                wires={
                    "generated_content": "generatedContent",
                    "mask_type": "maskType",
                    "location_id": "locationId",
                    "location_tag_ids": "locationTagIds",
                    "text_description": "textDescription",
                    "neg_text_description": "negTextDescription",
                    "custom_mask": "customMask",
                    "custom_mask_url": "customMaskUrl",
                    "result_image_format": "resultImageFormat",
                    "resize_to_original_image": "resizeToOriginalImage",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    async def anime_image_converter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``anime-image-converter`` v1.0: Transform any photo into anime art style. Makes
        images. Source: catalog-2026-04/references/anime-image-converter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "anime-image-converter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def baby_face_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``baby-face-generator`` v1.0: Predict what a baby would look like from two parent
        photos. Makes images. Source: catalog-2026-04/references/baby-face-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "baby-face-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def bald_filter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``bald-filter`` v1.0: Make a person appear bald while preserving facial details.
        Makes images. Source: catalog-2026-04/references/bald-filter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "bald-filter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def bangs_filter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``bangs-filter`` v1.0: Add natural-looking bangs to a person's hairstyle. Makes
        images. Source: catalog-2026-04/references/bangs-filter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "bangs-filter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def bikini_contest_photos(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``bikini-contest-photos`` v1.0: Transform a person photo into a bikini contest image
        or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/bikini-contest-photos.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "bikini-contest-photos",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def bikini_try_on(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``bikini-try-on`` v1.0: Virtually try on a bikini on a person photo. Makes images.
        Source: catalog-2026-04/references/bikini-try-on.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "bikini-try-on",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def braces_filter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``braces-filter`` v1.0: Add dental braces to a person's teeth in a portrait photo.
        Makes images. Source: catalog-2026-04/references/braces-filter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "braces-filter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def brat_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``brat-generator`` v1.0: Create a brat-style album cover meme with custom text and
        color. Makes images. Source: catalog-2026-04/references/brat-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "brat-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def buzz_cut_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``buzz-cut-ai`` v1.0: Change a person's hairstyle to a buzz cut. Makes images.
        Source: catalog-2026-04/references/buzz-cut-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "buzz-cut-ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def celeb_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``celeb-ai`` v1.0: Place a person in a selfie with a celebrity or fictional
        character. Makes images. Source: catalog-2026-04/references/celeb-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "celeb-ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def chibi_maker(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``chibi-maker`` v1.0: Convert a photo into a cute chibi character sticker. Makes
        images. Source: catalog-2026-04/references/chibi-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "chibi-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def clothing_magic_remover(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``clothing-magic-remover`` v1.0: Erase accessories or partial clothing while keeping
        textures realistic. Makes images. Source:
        catalog-2026-04/references/clothing-magic-remover.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "clothing-magic-remover",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def custom_bikini(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``custom-bikini`` v1.0: Transform a person photo into a custom bikini image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/custom-bikini.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "custom-bikini",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def cute_anime_girl_ai_bikini(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``cute-anime-girl-ai-bikini`` v1.0: Transform a person photo into a bikini model
        image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/cute-anime-girl-ai-bikini.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "cute-anime-girl-ai-bikini",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def demon_slayer_oc_maker(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``demon-slayer-oc-maker`` v1.0: Transform a person into a Kimetsu no Yaiba anime
        character. Makes images. Source:
        catalog-2026-04/references/demon-slayer-oc-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "demon-slayer-oc-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def dress_remover_magic_eraser(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``dress-remover-magic-eraser`` v1.0: Erase a dress and replace with a bikini while
        keeping body proportions. Makes images. Source:
        catalog-2026-04/references/dress-remover-magic-eraser.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "dress-remover-magic-eraser",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def expand_image(
        self,
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
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``expandimage`` v1.0: Expand the canvas to a target size. The original image is
        placed within the new canvas and the added area is filled by AI generation, not
        stretching. Makes images. Source: catalog-2026-04/references/expandimage.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "expandimage",
                locals(),
                wires={
                    "target_width": "targetWidth",
                    "target_height": "targetHeight",
                    "fill_left": "fillLeft",
                    "fill_top": "fillTop",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    async def face_forge(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        model_name: Literal["jimeng", "nano"] | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
        | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``face-forge`` v1.0: AI face morph, face swap, and portrait generation. Makes
        images. Source: catalog-2026-04/references/face-forge.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "face-forge",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "image_size": "imageSize",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def fat_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``fat-ai`` v1.0: Visualize how a person would look extremely overweight. Makes
        images. Source: catalog-2026-04/references/fat-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "fat-ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def firered_image_edit(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        aspect_ratio: Literal["auto", "1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16"]
        | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``firered-image-edit`` v1.0: Image editing and generation with FireRed open-source
        model. Makes images. Source: catalog-2026-04/references/firered-image-edit.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "firered-image-edit",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def flat_lay(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        model_name: Literal["nano2", "nano"] | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
        | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``flat-lay`` v1.0: Create professional flat-lay product images from a photo. Makes
        images. Source: catalog-2026-04/references/flat-lay.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "flat-lay",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "image_size": "imageSize",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def flowchart_generator(
        self,
        *,
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``flowchart-generator`` v1.0: AI flowchart generator — create clear flowcharts from
        structured text descriptions. Makes images. Source: weshop-cli@0.2.22
        dist/commands/flowchart-generator.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "flowchart-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=(),
            )
        )

    async def free_4k_video_upscaler(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``free-4k-video-upscaler`` v1.0: Upscale video to 4K resolution using AI. Makes a
        video. Source: catalog-2026-04/references/free-4k-video-upscaler.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "free-4k-video-upscaler",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def free_ai_girlfriend_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``free-ai-girlfriend-generator`` v1.0: Generate a realistic AI girlfriend portrait
        from text or reference image. Makes images. Source:
        catalog-2026-04/references/free-ai-girlfriend-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "free-ai-girlfriend-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def free_online_video_quality_enhancer(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``free-online-video-quality-enhancer`` v1.0: Upscale and enhance video quality using
        AI. Makes a video. Source:
        catalog-2026-04/references/free-online-video-quality-enhancer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "free-online-video-quality-enhancer",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def free_sexy_ai_generator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``free-sexy-ai-generator`` v1.0: Transform a person photo into a bikini model image
        or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/free-sexy-ai-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "free-sexy-ai-generator",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def futuristic_elegance(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``futuristic-elegance`` v1.0: Cinematic sci-fi outfit transformation with futuristic
        harajuku fashion. Makes images. Source:
        catalog-2026-04/references/futuristic-elegance.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "futuristic-elegance",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def gemini_watermark_remover(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``gemini-watermark-remover`` v1.0: Remove watermarks, logos, or text from a video.
        Makes a video. Source: catalog-2026-04/references/gemini-watermark-remover.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "gemini-watermark-remover",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def gender_swap(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``gender-swap`` v1.0: Transform a portrait to the opposite gender while preserving
        identity. Makes images. Source: catalog-2026-04/references/gender-swap.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "gender-swap",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def ghibli_art_create(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ghibli-art-create`` v1.0: Transform photos into Studio Ghibli anime art style.
        Makes images. Source: catalog-2026-04/references/ghibli-art-create.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ghibli-art-create",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def gpt_image(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        model_name: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        aspect_ratio: str | None = None,
        image_size: str | None = None,
        quality: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``gpt-image`` v1.0: GPT Image 2 and 2.5 image generator \u2014 create high-quality
        images, text-rich visuals, and product photography from prompts. Makes images.
        Source: weshop-cli@0.2.22 dist/commands/gpt-image.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "gpt-image",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "batch_count": "batchCount",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "quality": "quality",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def grok_imagine(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``grok-imagine`` v1.0: High-resolution image generation using xAI Aurora (Grok
        Imagine). Makes images. Source: catalog-2026-04/references/grok-imagine.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "grok-imagine",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def grok_imagine_video(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        duration: Literal["6s", "10s"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``grok-imagine-video`` v1.0: Cinematic AI video generation with native audio using
        xAI Grok Imagine. Makes a video. Source:
        catalog-2026-04/references/grok-imagine-video.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "grok-imagine-video",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def hailuo_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        model_name: str | None = None,
        duration: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``hailuo-ai`` v1.0: Hailuo AI video generator — create cinematic AI videos from
        images and text using MiniMax Hailuo. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/hailuo-ai.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "hailuo-ai",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "model_name": "modelName",
                    "duration": "duration",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def hair_color_try_on(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``hair-color-try-on`` v1.0: Change a person's hair color while preserving hairstyle
        and details. Makes images. Source: catalog-2026-04/references/hair-color-try-on.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "hair-color-try-on",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def happy_woman_bikini_ai_pic(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``happy-woman-bikini-ai-pic`` v1.0: Transform a person photo into a bikini model
        image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/happy-woman-bikini-ai-pic.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "happy-woman-bikini-ai-pic",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def happyhorse(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        aspect_ratio: str | None = None,
        duration: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``happyhorse`` v1.0: HappyHorse AI video generator — create cinematic image-to-video
        clips with HappyHorse 1.0. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/happyhorse.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "happyhorse",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "aspect_ratio": "aspectRatio",
                    "duration": "duration",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def hot_bikini_models(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``hot-bikini-models`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/hot-bikini-models.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "hot-bikini-models",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def image_mixer(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``image-mixer`` v1.0: Naturally merge two photos into a single cohesive image. Makes
        images. Source: catalog-2026-04/references/image-mixer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "image-mixer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def image_to_sketch(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``image-to-sketch`` v1.0: Convert a photo into a rough pencil sketch. Makes images.
        Source: catalog-2026-04/references/image-to-sketch.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "image-to-sketch",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def improve_video_quality_online_free(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``improve-video-quality-online-free`` v1.0: Upscale and enhance video quality using
        AI. Makes a video. Source:
        catalog-2026-04/references/improve-video-quality-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "improve-video-quality-online-free",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def kling(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        model_name: Literal[
            "Kling_3_0", "Kling_2_6", "Kling_2_5_Turbo", "Kling_2_1_Master", "Kling_2_1"
        ]
        | None = None,
        duration: Literal[
            "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
        ]
        | None = None,
        generate_audio: Literal["true", "false"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``kling`` v1.0: AI video generation from images and text using Kling. Makes a video.
        Source: catalog-2026-04/references/kling.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "kling",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "duration": "duration",
                    "generate_audio": "generateAudio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def kling_motion_control(
        self,
        *,
        images: Sequence[ImageInput],
        videos: Sequence[str],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``kling-motion-control`` v1.0: Kling Motion Control — transfer motion from a
        reference video onto a character image. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/kling-motion-control.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "kling-motion-control",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images", "videos"),
            )
        )

    async def kling_o1(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        model_name: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``kling-O1`` v1.0: Kling O1 AI video generator — create cinematic videos with Omni
        One control via text, reference images, first/last frames, or a reference video.
        Makes a video. Source: weshop-cli@0.2.22 dist/commands/kling-O1.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "kling-O1",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "model_name": "modelName",
                },
                image_inputs={},
                media=("images", "videos"),
            )
        )

    async def kling_v3_omni(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        model_name: str | None = None,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        generate_audio: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``kling-v3-omni`` v1.0: Kling 3.0 Omni — create multimodal AI videos from text,
        reference images, and an optional reference video, with native audio. Makes a video.
        Source: weshop-cli@0.2.22 dist/commands/kling-v3-omni.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "kling-v3-omni",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "model_name": "modelName",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "generate_audio": "generateAudio",
                },
                image_inputs={},
                media=("images", "videos"),
            )
        )

    async def logo_remover_from_video(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``logo-remover-from-video`` v1.0: Remove logos or watermarks from a video. Makes a
        video. Source: catalog-2026-04/references/logo-remover-from-video.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "logo-remover-from-video",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def midjourney(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        model_name: Literal["Midjourney_6_1", "Midjourney_7", "Midjourney_Niji_6"] | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``midjourney`` v1.0: Image generation using Midjourney v6.1, v7, or Niji 6. Makes
        images. Source: catalog-2026-04/references/midjourney.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "midjourney",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "aspect_ratio": "aspectRatio",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def minimax_h3(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        audios: Sequence[str] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        model_name: str | None = None,
        aspect_ratio: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``minimax-h3`` v1.0: MiniMax H3 — build multimodal AI videos from text, reference
        images, and optional reference videos and audio. Makes a video. Source:
        weshop-cli@0.2.22 dist/commands/minimax-h3.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "minimax-h3",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "model_name": "modelName",
                    "aspect_ratio": "aspectRatio",
                },
                image_inputs={},
                media=("images", "videos", "audios"),
            )
        )

    async def mugshot_creator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``mugshot-creator`` v1.0: Generate a police-style mugshot photo from a portrait.
        Makes images. Source: catalog-2026-04/references/mugshot-creator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "mugshot-creator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def murder_drones_oc(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``murder-drones-oc`` v1.0: Transform a person into a Murder Drones-inspired robotic
        drone character. Makes images. Source:
        catalog-2026-04/references/murder-drones-oc.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "murder-drones-oc",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def nano_banana_edit(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        aspect_ratio: str | None = None,
        image_size: str | None = None,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``nano-banana-edit`` v1.0: Nano Banana image editor — generate or edit images with
        Gemini-based Nano models. Makes images. Source: weshop-cli@0.2.22
        dist/commands/nano-banana-edit.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "nano-banana-edit",
                locals(),
                wires={
                    "batch_count": "batchCount",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "text_description": "textDescription",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def outfit_generator(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``outfit-generator`` v1.0: Redesign a complete outfit on a person photo based on
        style prompt. Makes images. Source: catalog-2026-04/references/outfit-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "outfit-generator",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    async def personalized_swimsuit(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``personalized-swimsuit`` v1.0: Transform a person photo into a personalized
        swimsuit image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/personalized-swimsuit.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "personalized-swimsuit",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def photo_to_bikini_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``photo-to-bikini-ai`` v1.0: Transform a person photo into a bikini image. Makes
        images. Source: catalog-2026-04/references/photo-to-bikini-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "photo-to-bikini-ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def photo_wrinkle_remover(
        self,
        *,
        images: Sequence[ImageInput],
        batch_count: int = DEFAULT_BATCH_COUNT,
        text_description: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``photo-wrinkle-remover`` v1.0: Photo wrinkle remover — smooth facial wrinkles in
        portrait photos while keeping natural skin texture. Makes images. Source:
        weshop-cli@0.2.22 dist/commands/photo-wrinkle-remover.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "photo-wrinkle-remover",
                locals(),
                wires={"batch_count": "batchCount", "text_description": "textDescription"},
                image_inputs={},
                media=("images",),
            )
        )

    async def pregnant_ai(
        self,
        image: ImageInput,
        /,
        *,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``pregnant_ai`` v1.0: Visualize how a person would look pregnant. Makes images.
        Source: catalog-2026-04/references/pregnant_ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "pregnant_ai",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    async def ps2_filter(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``ps2-filter`` v1.0: Transform a photo into a retro PS2-era Sims game character.
        Makes images. Source: catalog-2026-04/references/ps2-filter.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "ps2-filter",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def qwen_image_edit(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``qwen-image-edit`` v1.0: AI image editing and generation with natural language
        using Qwen. Makes images. Source: catalog-2026-04/references/qwen-image-edit.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "qwen-image-edit",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def random_animal_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``random-animal-generator`` v1.0: Generate a hyper-realistic wildlife photo of any
        animal. Makes images. Source: catalog-2026-04/references/random-animal-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "random-animal-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def remove_filter_from_photo(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``remove-filter-from-photo`` v1.0: Remove photo filters and restore natural image
        colors. Makes images. Source:
        catalog-2026-04/references/remove-filter-from-photo.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "remove-filter-from-photo",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def remove_subtitles_from_video_online_free(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``remove-subtitles-from-video-online-free`` v1.0: Remove subtitles or text overlays
        from a video. Makes a video. Source:
        catalog-2026-04/references/remove-subtitles-from-video-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "remove-subtitles-from-video-online-free",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def remove_text_from_video_online_free(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``remove-text-from-video-online-free`` v1.0: Remove text overlays or watermarks from
        a video. Makes a video. Source:
        catalog-2026-04/references/remove-text-from-video-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "remove-text-from-video-online-free",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def remove_background(
        self,
        image: ImageInput,
        /,
        *,
        mask_type: Literal["autoSubjectSegment", "custom"] = "autoSubjectSegment",
        background_id: int | None = None,
        background_hex: str | None = None,
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
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``removeBG`` v1.0: Remove background or replace with solid color. Makes images.
        Source: catalog-2026-04/references/removeBG.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "removeBG",
                locals(),
                wires={
                    "mask_type": "maskType",
                    "background_id": "backgroundId",
                    "background_hex": "backgroundHex",
                    "custom_mask": "customMask",
                    "custom_mask_url": "customMaskUrl",
                    "batch_count": "batchCount",
                },
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    async def replace_face_in_video_online_free(
        self,
        *,
        images: Sequence[ImageInput],
        videos: Sequence[str],
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``replace-face-in-video-online-free`` v1.0: Replace a face in a video with a
        reference face photo. Makes a video. Source:
        catalog-2026-04/references/replace-face-in-video-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "replace-face-in-video-online-free",
                locals(),
                wires={"batch_count": "batchCount"},
                image_inputs={},
                media=("images", "videos"),
            )
        )

    async def see_through_clothes_fitler(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``see-through-clothes-fitler`` v1.0: Make clothing appear sheer and see-through.
        Makes images. Source: catalog-2026-04/references/see-through-clothes-fitler.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "see-through-clothes-fitler",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def seedance(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        model_name: Literal[
            "Seedance_20", "Seedance_15_Pro", "Seedance_10_Pro", "Seedance_10_Pro_Fast"
        ]
        | None = None,
        duration: Literal[
            "2s", "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s", "13s", "14s", "15s"
        ]
        | None = None,
        aspect_ratio: Literal["21:9", "16:9", "9:16", "3:4", "4:3", "1:1"] | None = None,
        generate_audio: Literal["true", "false"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        resolution: str | None = None,
        first_frame: str | None = None,
        last_frame: str | None = None,
        extend_video: str | None = None,
        extend_direction: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``seedance`` v1.0: Cinematic AI video generation using Seedance by ByteDance. Makes
        a video. Source: catalog-2026-04/references/seedance.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "seedance",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "model_name": "modelName",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "generate_audio": "generateAudio",
                    "batch_count": "batchCount",
                    "resolution": "resolution",
                    "first_frame": "firstFrame",
                    "last_frame": "lastFrame",
                    "extend_video": "extendVideo",
                    "extend_direction": "extendDirection",
                },
                image_inputs={},
                media=("images", "videos"),
            )
        )

    async def seedance_25(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        videos: Sequence[str] | None = None,
        audios: Sequence[str] | None = None,
        first_frame: str | None = None,
        last_frame: str | None = None,
        extend_video: str | None = None,
        extend_direction: str | None = None,
        resolution: str | None = None,
        output_format: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        model_name: str | None = None,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        generate_audio: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``seedance-25`` v1.0: Seedance 2.5 — create videos from text, first/last frames,
        multimodal references, or video extension. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/seedance-25.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "seedance-25",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "first_frame": "firstFrame",
                    "last_frame": "lastFrame",
                    "extend_video": "extendVideo",
                    "extend_direction": "extendDirection",
                    "resolution": "resolution",
                    "output_format": "outputFormat",
                    "batch_count": "batchCount",
                    "model_name": "modelName",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "generate_audio": "generateAudio",
                },
                image_inputs={},
                media=("images", "videos", "audios"),
            )
        )

    async def seedream(
        self,
        *,
        text_description: str,
        images: Sequence[ImageInput] | None = None,
        image_size: Literal["2K", "3K"] | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        output_format: Literal["jpeg", "png"] | None = None,
        tools: Sequence[str] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``seedream`` v1.0: AI image generation and editing with Seedream 5.0 by ByteDance.
        Makes images. Source: catalog-2026-04/references/seedream.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "seedream",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "image_size": "imageSize",
                    "aspect_ratio": "aspectRatio",
                    "output_format": "outputFormat",
                    "tools": "tools",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def sex_ai_generator(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``sex-ai-generator`` v1.0: Transform a person photo into a bikini model image or
        video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/sex-ai-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "sex-ai-generator",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def sexy_ai_pics(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``sexy-ai-pics`` v1.0: Generate stylish and attractive photos from a person image.
        Makes images. Source: catalog-2026-04/references/sexy-ai-pics.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "sexy-ai-pics",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def skin_color_changer(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``skin-color-changer`` v1.0: Change a person's skin tone while preserving face
        details. Makes images. Source: catalog-2026-04/references/skin-color-changer.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "skin-color-changer",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def sonic_oc(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``sonic-oc`` v1.0: Create a Sonic the Hedgehog original character based on a
        person's appearance. Makes images. Source: catalog-2026-04/references/sonic-oc.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "sonic-oc",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def sora_2(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        duration: Literal["4s", "8s", "12s"] | None = None,
        aspect_ratio: Literal["16:9", "9:16"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``sora-2`` v1.0: Cinematic video generation with realistic physics using OpenAI Sora
        2. Makes a video. Source: catalog-2026-04/references/sora-2.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "sora-2",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def sprunki_oc_maker(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``sprunki-oc-maker`` v1.0: Create a Sprunki-style original character from a person
        photo. Makes images. Source: catalog-2026-04/references/sprunki-oc-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "sprunki-oc-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def square_face_icon_generator(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``square-face-icon-generator`` v1.0: Create a minimalist anime-style square face
        avatar from a photo. Makes images. Source:
        catalog-2026-04/references/square-face-icon-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "square-face-icon-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def stardew_valley_portrait_maker(
        self,
        *,
        images: Sequence[ImageInput] | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``stardew-valley-portrait-maker`` v1.0: Create a Stardew Valley game-style character
        portrait. Makes images. Source:
        catalog-2026-04/references/stardew-valley-portrait-maker.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "stardew-valley-portrait-maker",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={},
                media=("images",),
            )
        )

    async def string_bikini_beauty_contest(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``string-bikini-beauty-contest`` v1.0: Transform a person photo into a bikini beauty
        contest image or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/string-bikini-beauty-contest.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "string-bikini-beauty-contest",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def sulphur2(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``sulphur2`` v1.0: Sulphur 2 AI video generator — create cinematic short videos from
        a still image and prompt using the LTX 2.3 video model. Makes a video. Source:
        weshop-cli@0.2.22 dist/commands/sulphur2.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "sulphur2",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def swimsuit_try_on_haul(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str | None = None,
        generated_type: Literal["video", "image"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``swimsuit-try-on-haul`` v1.0: Transform a person photo into a swimsuit try-on image
        or video. Makes an image or a video, by ``generated_type``. Source:
        catalog-2026-04/references/swimsuit-try-on-haul.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "swimsuit-try-on-haul",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "generated_type": "generatedType",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def veo_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        model_name: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``veo-ai`` v1.0: Veo 3 AI video generator — create cinematic videos from images and
        text using Google Veo 3.1. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/veo-ai.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "veo-ai",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "model_name": "modelName",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def video_resolution_enhancer_online_free(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``video-resolution-enhancer-online-free`` v1.0: Upscale and enhance video resolution
        using AI. Makes a video. Source:
        catalog-2026-04/references/video-resolution-enhancer-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "video-resolution-enhancer-online-free",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def video_upscaler_online_free(
        self,
        *,
        videos: Sequence[str],
        video_size: Literal["2K", "4K"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``video-upscaler-online-free`` v1.0: Upscale and enhance video quality using AI.
        Makes a video. Source: catalog-2026-04/references/video-upscaler-online-free.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "video-upscaler-online-free",
                locals(),
                wires={"video_size": "videoSize"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def video_watermark_remover(
        self,
        *,
        videos: Sequence[str],
        watermark_select_type: Literal["autoDetect"] | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``video-watermark-remover`` v1.0: Remove watermarks, logos, or text from a video.
        Makes a video. Source: catalog-2026-04/references/video-watermark-remover.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "video-watermark-remover",
                locals(),
                wires={"watermark_select_type": "watermarkSelectType"},
                image_inputs={},
                media=("videos",),
            )
        )

    async def vidu_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        batch_count: int = DEFAULT_BATCH_COUNT,
        duration: str | None = None,
        aspect_ratio: str | None = None,
        generate_audio: str | None = None,
        model_name: str | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``vidu-ai`` v1.0: Vidu Q3 AI video generator — create cinematic short videos with
        Vidu Q3 Pro or Pro Fast. Makes a video. Source: weshop-cli@0.2.22
        dist/commands/vidu-ai.js.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "vidu-ai",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "batch_count": "batchCount",
                    "duration": "duration",
                    "aspect_ratio": "aspectRatio",
                    "generate_audio": "generateAudio",
                    "model_name": "modelName",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def virtual_try_on(
        self,
        image: ImageInput,
        /,
        *,
        generate_version: Literal["weshopFlash", "weshopPro", "bananaPro"],
        description_type: Literal["custom", "auto"],
        fashion_model_image: ImageInput | None = None,
        location_image: ImageInput | None = None,
        text_description: str | None = None,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``virtualtryon`` v1.0: Virtual try-on composition with optional model/location
        references. Makes images. Source: catalog-2026-04/references/virtualtryon.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "virtualtryon",
                locals(),
                wires={
                    "generate_version": "generateVersion",
                    "description_type": "descriptionType",
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "image_size": "imageSize",
                    "batch_count": "batchCount",
                },
                image_inputs={
                    "image": "originalImage",
                    "fashion_model_image": "fashionModelImage",
                    "location_image": "locationImage",
                },
                media=(),
            )
        )

    async def wan_ai(
        self,
        *,
        images: Sequence[ImageInput],
        text_description: str,
        duration: Literal["3s", "4s", "5s", "6s", "7s", "8s"] | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``wan-ai`` v1.0: AI video generation from images and text using Wan AI. Makes a
        video. Source: catalog-2026-04/references/wan-ai.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "wan-ai",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "duration": "duration",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=("images",),
            )
        )

    async def wild_graffiti_generator(
        self,
        *,
        image: ImageInput | None = None,
        text_description: str | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``wild-graffiti-generator`` v1.0: Create wild-style spray paint graffiti art from
        text or image. Makes images. Source:
        catalog-2026-04/references/wild-graffiti-generator.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "wild-graffiti-generator",
                locals(),
                wires={"text_description": "textDescription", "batch_count": "batchCount"},
                image_inputs={"image": "originalImage"},
                media=(),
            )
        )

    async def z_image(
        self,
        *,
        text_description: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        batch_count: int = DEFAULT_BATCH_COUNT,
        version: str = DEFAULT_AGENT_VERSION,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        idempotency_key: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> AsyncRun:
        """``z-image`` v1.0: Text-to-image generation with Z-Image by Alibaba. Makes images.
        Source: catalog-2026-04/references/z-image.md.

        Submits the run and, with ``wait=True`` (default), waits for it and returns the
        finished AsyncRun; with ``wait=False`` returns the AsyncRun just submitted. Raises
        RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing
        sent) for parameters that break a rule of the spec."""
        return await self._runs._submit(
            build_call(
                "z-image",
                locals(),
                wires={
                    "text_description": "textDescription",
                    "aspect_ratio": "aspectRatio",
                    "batch_count": "batchCount",
                },
                image_inputs={},
                media=(),
            )
        )
