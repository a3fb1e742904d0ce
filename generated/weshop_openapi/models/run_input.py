from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunInput")


@_attrs_define
class RunInput:
    """
    Attributes:
        original_image (str): Publicly reachable source image URL.
        task_name (str | Unset): Human-readable task label.
        fashion_model_image (str | Unset): virtualtryon only. Model reference image.
        location_image (str | Unset): virtualtryon only. Background reference image.
    """

    original_image: str
    task_name: str | Unset = UNSET
    fashion_model_image: str | Unset = UNSET
    location_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_image = self.original_image

        task_name = self.task_name

        fashion_model_image = self.fashion_model_image

        location_image = self.location_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originalImage": original_image,
            }
        )
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if fashion_model_image is not UNSET:
            field_dict["fashionModelImage"] = fashion_model_image
        if location_image is not UNSET:
            field_dict["locationImage"] = location_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        original_image = d.pop("originalImage")

        task_name = d.pop("taskName", UNSET)

        fashion_model_image = d.pop("fashionModelImage", UNSET)

        location_image = d.pop("locationImage", UNSET)

        run_input = cls(
            original_image=original_image,
            task_name=task_name,
            fashion_model_image=fashion_model_image,
            location_image=location_image,
        )

        run_input.additional_properties = d
        return run_input

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
