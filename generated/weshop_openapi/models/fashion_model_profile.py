from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FashionModelProfile")


@_attrs_define
class FashionModelProfile:
    """
    Attributes:
        nationality (str | Unset):
        style (str | Unset):
        price_description (str | Unset):
    """

    nationality: str | Unset = UNSET
    style: str | Unset = UNSET
    price_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nationality = self.nationality

        style = self.style

        price_description = self.price_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if style is not UNSET:
            field_dict["style"] = style
        if price_description is not UNSET:
            field_dict["priceDescription"] = price_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nationality = d.pop("nationality", UNSET)

        style = d.pop("style", UNSET)

        price_description = d.pop("priceDescription", UNSET)

        fashion_model_profile = cls(
            nationality=nationality,
            style=style,
            price_description=price_description,
        )

        fashion_model_profile.additional_properties = d
        return fashion_model_profile

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
