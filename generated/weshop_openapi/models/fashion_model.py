from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fashion_model_status import FashionModelStatus, check_fashion_model_status
from ..models.fashion_model_type import FashionModelType, check_fashion_model_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FashionModel")


@_attrs_define
class FashionModel:
    """
    Attributes:
        id (int):
        name (str):
        image (str | Unset):
        profile (FashionModelProfile | Unset):
        tags (list[Tag] | Unset):
        status (FashionModelStatus | Unset):
        type_ (FashionModelType | Unset):
    """

    id: int
    name: str
    image: str | Unset = UNSET
    profile: FashionModelProfile | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    status: FashionModelStatus | Unset = UNSET
    type_: FashionModelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        image = self.image

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

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
        if profile is not UNSET:
            field_dict["profile"] = profile
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

        _profile = d.pop("profile", UNSET)
        profile: FashionModelProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = FashionModelProfile.from_dict(_profile)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _status = d.pop("status", UNSET)
        status: FashionModelStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_fashion_model_status(_status)

        _type_ = d.pop("type", UNSET)
        type_: FashionModelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_fashion_model_type(_type_)

        fashion_model = cls(
            id=id,
            name=name,
            image=image,
            profile=profile,
            tags=tags,
            status=status,
            type_=type_,
        )

        fashion_model.additional_properties = d
        return fashion_model

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
from ..models.fashion_model_profile import FashionModelProfile  # noqa: E402
from ..models.tag import Tag  # noqa: E402
