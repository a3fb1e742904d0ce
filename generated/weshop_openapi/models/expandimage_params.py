from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpandimageParams")


@_attrs_define
class ExpandimageParams:
    """Run parameters of `expandimage` v1.0 (expand the canvas).

    Attributes:
        target_width (int):
        target_height (int):
        fill_left (int | Unset): Left edge of the original within the target canvas; centred if absent.
        fill_top (int | Unset): Top edge of the original within the target canvas; centred if absent.
        batch_count (int | Unset):  Default: 4.
    """

    target_width: int
    target_height: int
    fill_left: int | Unset = UNSET
    fill_top: int | Unset = UNSET
    batch_count: int | Unset = 4
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_width = self.target_width

        target_height = self.target_height

        fill_left = self.fill_left

        fill_top = self.fill_top

        batch_count = self.batch_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetWidth": target_width,
                "targetHeight": target_height,
            }
        )
        if fill_left is not UNSET:
            field_dict["fillLeft"] = fill_left
        if fill_top is not UNSET:
            field_dict["fillTop"] = fill_top
        if batch_count is not UNSET:
            field_dict["batchCount"] = batch_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_width = d.pop("targetWidth")

        target_height = d.pop("targetHeight")

        fill_left = d.pop("fillLeft", UNSET)

        fill_top = d.pop("fillTop", UNSET)

        batch_count = d.pop("batchCount", UNSET)

        expandimage_params = cls(
            target_width=target_width,
            target_height=target_height,
            fill_left=fill_left,
            fill_top=fill_top,
            batch_count=batch_count,
        )

        expandimage_params.additional_properties = d
        return expandimage_params

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
