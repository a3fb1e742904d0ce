from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aipose_params_generate_version import (
    AiposeParamsGenerateVersion,
    check_aipose_params_generate_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiposeParams")


@_attrs_define
class AiposeParams:
    """Run parameters of `aipose` v1.0 (change the pose, keep the garment).

    Attributes:
        text_description (str): Pose instruction.
        generate_version (AiposeParamsGenerateVersion | Unset):  Default: 'lite'.
        batch_count (int | Unset):  Default: 4.
    """

    text_description: str
    generate_version: AiposeParamsGenerateVersion | Unset = "lite"
    batch_count: int | Unset = 4
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_description = self.text_description

        generate_version: str | Unset = UNSET
        if not isinstance(self.generate_version, Unset):
            generate_version = self.generate_version

        batch_count = self.batch_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "textDescription": text_description,
            }
        )
        if generate_version is not UNSET:
            field_dict["generateVersion"] = generate_version
        if batch_count is not UNSET:
            field_dict["batchCount"] = batch_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_description = d.pop("textDescription")

        _generate_version = d.pop("generateVersion", UNSET)
        generate_version: AiposeParamsGenerateVersion | Unset
        if isinstance(_generate_version, Unset):
            generate_version = UNSET
        else:
            generate_version = check_aipose_params_generate_version(_generate_version)

        batch_count = d.pop("batchCount", UNSET)

        aipose_params = cls(
            text_description=text_description,
            generate_version=generate_version,
            batch_count=batch_count,
        )

        aipose_params.additional_properties = d
        return aipose_params

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
