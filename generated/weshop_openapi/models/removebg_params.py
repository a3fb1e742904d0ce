from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.removebg_params_mask_type import (
    RemovebgParamsMaskType,
    check_removebg_params_mask_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemovebgParams")


@_attrs_define
class RemovebgParams:
    """Run parameters of `removeBG` v1.0 (remove or replace the background).

    Attributes:
        mask_type (RemovebgParamsMaskType):
        background_id (int | Unset):
        background_hex (str | Unset):
        custom_mask (str | Unset): Base64-encoded PNG mask, without a `data:` prefix.
        custom_mask_url (str | Unset):
        batch_count (int | Unset):  Default: 4.
    """

    mask_type: RemovebgParamsMaskType
    background_id: int | Unset = UNSET
    background_hex: str | Unset = UNSET
    custom_mask: str | Unset = UNSET
    custom_mask_url: str | Unset = UNSET
    batch_count: int | Unset = 4
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mask_type: str = self.mask_type

        background_id = self.background_id

        background_hex = self.background_hex

        custom_mask = self.custom_mask

        custom_mask_url = self.custom_mask_url

        batch_count = self.batch_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maskType": mask_type,
            }
        )
        if background_id is not UNSET:
            field_dict["backgroundId"] = background_id
        if background_hex is not UNSET:
            field_dict["backgroundHex"] = background_hex
        if custom_mask is not UNSET:
            field_dict["customMask"] = custom_mask
        if custom_mask_url is not UNSET:
            field_dict["customMaskUrl"] = custom_mask_url
        if batch_count is not UNSET:
            field_dict["batchCount"] = batch_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mask_type = check_removebg_params_mask_type(d.pop("maskType"))

        background_id = d.pop("backgroundId", UNSET)

        background_hex = d.pop("backgroundHex", UNSET)

        custom_mask = d.pop("customMask", UNSET)

        custom_mask_url = d.pop("customMaskUrl", UNSET)

        batch_count = d.pop("batchCount", UNSET)

        removebg_params = cls(
            mask_type=mask_type,
            background_id=background_id,
            background_hex=background_hex,
            custom_mask=custom_mask,
            custom_mask_url=custom_mask_url,
            batch_count=batch_count,
        )

        removebg_params.additional_properties = d
        return removebg_params

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
