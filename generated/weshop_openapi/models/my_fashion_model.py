from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.my_fashion_model_status import (
    MyFashionModelStatus,
    check_my_fashion_model_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MyFashionModel")


@_attrs_define
class MyFashionModel:
    """
    Attributes:
        fashion_model_id (int):
        name (str):
        status (MyFashionModelStatus):
        cover (str | Unset):
        images (list[str] | Unset):
    """

    fashion_model_id: int
    name: str
    status: MyFashionModelStatus
    cover: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fashion_model_id = self.fashion_model_id

        name = self.name

        status: str = self.status

        cover = self.cover

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fashionModelId": fashion_model_id,
                "name": name,
                "status": status,
            }
        )
        if cover is not UNSET:
            field_dict["cover"] = cover
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fashion_model_id = d.pop("fashionModelId")

        name = d.pop("name")

        status = check_my_fashion_model_status(d.pop("status"))

        cover = d.pop("cover", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        my_fashion_model = cls(
            fashion_model_id=fashion_model_id,
            name=name,
            status=status,
            cover=cover,
            images=images,
        )

        my_fashion_model.additional_properties = d
        return my_fashion_model

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
