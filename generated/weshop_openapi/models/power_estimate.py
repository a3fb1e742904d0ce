from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PowerEstimate")


@_attrs_define
class PowerEstimate:
    """
    Attributes:
        total_power (float):
        type_ (str | Unset):
        exclusive (bool | Unset):
        paid_power_not_enough (bool | Unset):
        is_estimated (bool | Unset):
    """

    total_power: float
    type_: str | Unset = UNSET
    exclusive: bool | Unset = UNSET
    paid_power_not_enough: bool | Unset = UNSET
    is_estimated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_power = self.total_power

        type_ = self.type_

        exclusive = self.exclusive

        paid_power_not_enough = self.paid_power_not_enough

        is_estimated = self.is_estimated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPower": total_power,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if exclusive is not UNSET:
            field_dict["exclusive"] = exclusive
        if paid_power_not_enough is not UNSET:
            field_dict["paidPowerNotEnough"] = paid_power_not_enough
        if is_estimated is not UNSET:
            field_dict["isEstimated"] = is_estimated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_power = d.pop("totalPower")

        type_ = d.pop("type", UNSET)

        exclusive = d.pop("exclusive", UNSET)

        paid_power_not_enough = d.pop("paidPowerNotEnough", UNSET)

        is_estimated = d.pop("isEstimated", UNSET)

        power_estimate = cls(
            total_power=total_power,
            type_=type_,
            exclusive=exclusive,
            paid_power_not_enough=paid_power_not_enough,
            is_estimated=is_estimated,
        )

        power_estimate.additional_properties = d
        return power_estimate

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
