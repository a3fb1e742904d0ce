from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Per-resource paging, keyed by resource (`locations`, `fashionModels`)."""

    additional_properties: dict[str, PageInfo] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pagination = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PageInfo.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        pagination.additional_properties = additional_properties
        return pagination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PageInfo:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PageInfo) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to: imported here, after the class, so that models referring
# to each other resolve (see codegen/templates/model.py.jinja).
from ..models.page_info import PageInfo  # noqa: E402
