from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunCreated")


@_attrs_define
class RunCreated:
    """
    Attributes:
        execution_id (str):
        task_id (str | Unset):
        power_consumption (float | Unset):
        power_balance_amount (float | Unset):
    """

    execution_id: str
    task_id: str | Unset = UNSET
    power_consumption: float | Unset = UNSET
    power_balance_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        task_id = self.task_id

        power_consumption = self.power_consumption

        power_balance_amount = self.power_balance_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionId": execution_id,
            }
        )
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if power_consumption is not UNSET:
            field_dict["powerConsumption"] = power_consumption
        if power_balance_amount is not UNSET:
            field_dict["powerBalanceAmount"] = power_balance_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        execution_id = d.pop("executionId")

        task_id = d.pop("taskId", UNSET)

        power_consumption = d.pop("powerConsumption", UNSET)

        power_balance_amount = d.pop("powerBalanceAmount", UNSET)

        run_created = cls(
            execution_id=execution_id,
            task_id=task_id,
            power_consumption=power_consumption,
            power_balance_amount=power_balance_amount,
        )

        run_created.additional_properties = d
        return run_created

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
