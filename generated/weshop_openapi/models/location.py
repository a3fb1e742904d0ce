from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_status import LocationStatus, check_location_status
from ..models.location_type import LocationType, check_location_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """
    Attributes:
        id (int):
        name (str):
        image (str | Unset):
        categories (list[str] | Unset):
        tags (list[Tag] | Unset):
        status (LocationStatus | Unset):
        type_ (LocationType | Unset):
    """

    id: int
    name: str
    image: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    status: LocationStatus | Unset = UNSET
    type_: LocationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        image = self.image

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image
        if categories is not UNSET:
            field_dict["categories"] = categories
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        image = d.pop("image", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _status = d.pop("status", UNSET)
        status: LocationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_location_status(_status)

        _type_ = d.pop("type", UNSET)
        type_: LocationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_location_type(_type_)

        location = cls(
            id=id,
            name=name,
            image=image,
            categories=categories,
            tags=tags,
            status=status,
            type_=type_,
        )

        location.additional_properties = d
        return location

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


# The models this one refers to: imported here, after the class, so that models referring
# to each other resolve (see codegen/templates/model.py.jinja).
from ..models.tag import Tag  # noqa: E402
