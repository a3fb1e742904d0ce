from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitParams")


@_attrs_define
class InitParams:
    """
    Attributes:
        task_name (str | Unset):
        original_image (str | Unset):
    """

    task_name: str | Unset = UNSET
    original_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        original_image = self.original_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if original_image is not UNSET:
            field_dict["originalImage"] = original_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_name = d.pop("taskName", UNSET)

        original_image = d.pop("originalImage", UNSET)

        init_params = cls(
            task_name=task_name,
            original_image=original_image,
        )

        init_params.additional_properties = d
        return init_params

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
