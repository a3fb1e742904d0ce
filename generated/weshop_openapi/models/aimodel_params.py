from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aimodel_params_generated_content import (
    AimodelParamsGeneratedContent,
    check_aimodel_params_generated_content,
)
from ..models.aimodel_params_mask_type import (
    AimodelParamsMaskType,
    check_aimodel_params_mask_type,
)
from ..models.aimodel_params_pose import AimodelParamsPose, check_aimodel_params_pose
from ..models.aimodel_params_result_image_format import (
    AimodelParamsResultImageFormat,
    check_aimodel_params_result_image_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AimodelParams")


@_attrs_define
class AimodelParams:
    """Run parameters of `aimodel` v1.0 (apparel model photos).

    Attributes:
        generated_content (AimodelParamsGeneratedContent):
        mask_type (AimodelParamsMaskType):
        location_id (int | Unset):
        location_tag_ids (list[int] | Unset):
        fashion_model_id (int | Unset):
        fashion_model_tag_ids (list[int] | Unset):
        text_description (str | Unset):
        neg_text_description (str | Unset):
        custom_mask (str | Unset): Base64-encoded PNG mask, without a `data:` prefix.
        custom_mask_url (str | Unset):
        pose (AimodelParamsPose | Unset):  Default: 'originalImagePose'.
        result_image_format (AimodelParamsResultImageFormat | Unset):  Default: 'png'.
        resize_to_original_image (bool | Unset):
        batch_count (int | Unset):  Default: 4.
    """

    generated_content: AimodelParamsGeneratedContent
    mask_type: AimodelParamsMaskType
    location_id: int | Unset = UNSET
    location_tag_ids: list[int] | Unset = UNSET
    fashion_model_id: int | Unset = UNSET
    fashion_model_tag_ids: list[int] | Unset = UNSET
    text_description: str | Unset = UNSET
    neg_text_description: str | Unset = UNSET
    custom_mask: str | Unset = UNSET
    custom_mask_url: str | Unset = UNSET
    pose: AimodelParamsPose | Unset = "originalImagePose"
    result_image_format: AimodelParamsResultImageFormat | Unset = "png"
    resize_to_original_image: bool | Unset = UNSET
    batch_count: int | Unset = 4
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_content: str = self.generated_content

        mask_type: str = self.mask_type

        location_id = self.location_id

        location_tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.location_tag_ids, Unset):
            location_tag_ids = self.location_tag_ids

        fashion_model_id = self.fashion_model_id

        fashion_model_tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.fashion_model_tag_ids, Unset):
            fashion_model_tag_ids = self.fashion_model_tag_ids

        text_description = self.text_description

        neg_text_description = self.neg_text_description

        custom_mask = self.custom_mask

        custom_mask_url = self.custom_mask_url

        pose: str | Unset = UNSET
        if not isinstance(self.pose, Unset):
            pose = self.pose

        result_image_format: str | Unset = UNSET
        if not isinstance(self.result_image_format, Unset):
            result_image_format = self.result_image_format

        resize_to_original_image = self.resize_to_original_image

        batch_count = self.batch_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generatedContent": generated_content,
                "maskType": mask_type,
            }
        )
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if location_tag_ids is not UNSET:
            field_dict["locationTagIds"] = location_tag_ids
        if fashion_model_id is not UNSET:
            field_dict["fashionModelId"] = fashion_model_id
        if fashion_model_tag_ids is not UNSET:
            field_dict["fashionModelTagIds"] = fashion_model_tag_ids
        if text_description is not UNSET:
            field_dict["textDescription"] = text_description
        if neg_text_description is not UNSET:
            field_dict["negTextDescription"] = neg_text_description
        if custom_mask is not UNSET:
            field_dict["customMask"] = custom_mask
        if custom_mask_url is not UNSET:
            field_dict["customMaskUrl"] = custom_mask_url
        if pose is not UNSET:
            field_dict["pose"] = pose
        if result_image_format is not UNSET:
            field_dict["resultImageFormat"] = result_image_format
        if resize_to_original_image is not UNSET:
            field_dict["resizeToOriginalImage"] = resize_to_original_image
        if batch_count is not UNSET:
            field_dict["batchCount"] = batch_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generated_content = check_aimodel_params_generated_content(d.pop("generatedContent"))

        mask_type = check_aimodel_params_mask_type(d.pop("maskType"))

        location_id = d.pop("locationId", UNSET)

        location_tag_ids = cast(list[int], d.pop("locationTagIds", UNSET))

        fashion_model_id = d.pop("fashionModelId", UNSET)

        fashion_model_tag_ids = cast(list[int], d.pop("fashionModelTagIds", UNSET))

        text_description = d.pop("textDescription", UNSET)

        neg_text_description = d.pop("negTextDescription", UNSET)

        custom_mask = d.pop("customMask", UNSET)

        custom_mask_url = d.pop("customMaskUrl", UNSET)

        _pose = d.pop("pose", UNSET)
        pose: AimodelParamsPose | Unset
        if isinstance(_pose, Unset):
            pose = UNSET
        else:
            pose = check_aimodel_params_pose(_pose)

        _result_image_format = d.pop("resultImageFormat", UNSET)
        result_image_format: AimodelParamsResultImageFormat | Unset
        if isinstance(_result_image_format, Unset):
            result_image_format = UNSET
        else:
            result_image_format = check_aimodel_params_result_image_format(_result_image_format)

        resize_to_original_image = d.pop("resizeToOriginalImage", UNSET)

        batch_count = d.pop("batchCount", UNSET)

        aimodel_params = cls(
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

        aimodel_params.additional_properties = d
        return aimodel_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
