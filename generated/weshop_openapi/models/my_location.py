from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.my_location_status import MyLocationStatus, check_my_location_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="MyLocation")


@_attrs_define
class MyLocation:
    """
    Attributes:
        location_id (int):
        name (str):
        status (MyLocationStatus):
        cover (str | Unset):
        image (str | Unset):
    """

    location_id: int
    name: str
    status: MyLocationStatus
    cover: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        name = self.name

        status: str = self.status

        cover = self.cover

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locationId": location_id,
                "name": name,
                "status": status,
            }
        )
        if cover is not UNSET:
            field_dict["cover"] = cover
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location_id = d.pop("locationId")

        name = d.pop("name")

        status = check_my_location_status(d.pop("status"))

        cover = d.pop("cover", UNSET)

        image = d.pop("image", UNSET)

        my_location = cls(
            location_id=location_id,
            name=name,
            status=status,
            cover=cover,
            image=image,
        )

        my_location.additional_properties = d
        return my_location

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
