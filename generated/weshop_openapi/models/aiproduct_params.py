from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aiproduct_params_generated_content import (
    AiproductParamsGeneratedContent,
    check_aiproduct_params_generated_content,
)
from ..models.aiproduct_params_mask_type import (
    AiproductParamsMaskType,
    check_aiproduct_params_mask_type,
)
from ..models.aiproduct_params_result_image_format import (
    AiproductParamsResultImageFormat,
    check_aiproduct_params_result_image_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiproductParams")


@_attrs_define
class AiproductParams:
    """Run parameters of `aiproduct` v1.0 (product still-life).

    Attributes:
        generated_content (AiproductParamsGeneratedContent):
        mask_type (AiproductParamsMaskType):
        location_id (int | Unset):
        location_tag_ids (list[int] | Unset):
        text_description (str | Unset):
        neg_text_description (str | Unset):
        custom_mask (str | Unset): Base64-encoded PNG mask, without a `data:` prefix.
        custom_mask_url (str | Unset):
        result_image_format (AiproductParamsResultImageFormat | Unset):  Default: 'png'.
        resize_to_original_image (bool | Unset):
        batch_count (int | Unset):  Default: 4.
    """

    generated_content: AiproductParamsGeneratedContent
    mask_type: AiproductParamsMaskType
    location_id: int | Unset = UNSET
    location_tag_ids: list[int] | Unset = UNSET
    text_description: str | Unset = UNSET
    neg_text_description: str | Unset = UNSET
    custom_mask: str | Unset = UNSET
    custom_mask_url: str | Unset = UNSET
    result_image_format: AiproductParamsResultImageFormat | Unset = "png"
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

        text_description = self.text_description

        neg_text_description = self.neg_text_description

        custom_mask = self.custom_mask

        custom_mask_url = self.custom_mask_url

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
        if text_description is not UNSET:
            field_dict["textDescription"] = text_description
        if neg_text_description is not UNSET:
            field_dict["negTextDescription"] = neg_text_description
        if custom_mask is not UNSET:
            field_dict["customMask"] = custom_mask
        if custom_mask_url is not UNSET:
            field_dict["customMaskUrl"] = custom_mask_url
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
        generated_content = check_aiproduct_params_generated_content(d.pop("generatedContent"))

        mask_type = check_aiproduct_params_mask_type(d.pop("maskType"))

        location_id = d.pop("locationId", UNSET)

        location_tag_ids = cast(list[int], d.pop("locationTagIds", UNSET))

        text_description = d.pop("textDescription", UNSET)

        neg_text_description = d.pop("negTextDescription", UNSET)

        custom_mask = d.pop("customMask", UNSET)

        custom_mask_url = d.pop("customMaskUrl", UNSET)

        _result_image_format = d.pop("resultImageFormat", UNSET)
        result_image_format: AiproductParamsResultImageFormat | Unset
        if isinstance(_result_image_format, Unset):
            result_image_format = UNSET
        else:
            result_image_format = check_aiproduct_params_result_image_format(_result_image_format)

        resize_to_original_image = d.pop("resizeToOriginalImage", UNSET)

        batch_count = d.pop("batchCount", UNSET)

        aiproduct_params = cls(
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

        aiproduct_params.additional_properties = d
        return aiproduct_params

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
