"""The six documented agents as methods of the client — GENERATED from
generated/openapi.yaml by codegen/typed_agents.py (``nox -s generate``); do not edit,
``nox -s drift`` checks it.

``DocumentedAgents`` / ``AsyncDocumentedAgents`` are bases of ``WeShop`` /
``AsyncWeShop`` (``client.aimodel(...)``): same signatures as the builders of
``_typed_agents``, submitted through ``runs``. Apart from that module so that defining the
client does not load every catalog agent (``client.catalog`` loads them when first read);
each method imports the call builder (``_agent_methods``) when first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from ._constants import DEFAULT_AGENT_VERSION, DEFAULT_BATCH_COUNT, DEFAULT_WAIT_TIMEOUT
from ._options import PollRequestOptions
from ._uploads import ImageInput

if TYPE_CHECKING:
    from ._agent_methods import ProgressCallback
    from ._async.runs import AsyncRuns
    from ._models import AsyncRun, Run
    from ._sync.runs import Runs


class DocumentedAgents:
    """The six documented agents as methods of the client: ``client.aimodel(...)``."""

    runs: Runs

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
        from ._agent_methods import build_call  # with the first call

        return self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return self.runs._submit(
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


class AsyncDocumentedAgents:
    """The six documented agents as coroutine methods of ``AsyncWeShop``."""

    runs: AsyncRuns

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
        from ._agent_methods import build_call  # with the first call

        return await self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return await self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return await self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return await self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return await self.runs._submit(
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
        from ._agent_methods import build_call  # with the first call

        return await self.runs._submit(
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
