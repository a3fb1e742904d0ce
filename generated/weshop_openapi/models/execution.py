from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_status import ExecutionStatus, check_execution_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Execution")


@_attrs_define
class Execution:
    """
    Attributes:
        execution_id (str):
        status (ExecutionStatus):
        execution_time (str | Unset): Local timestamp, e.g. `2026-04-01 10:00:00`.
        params (ExecutionParams | Unset):
        result (list[ResultItem] | Unset): Generated outputs. (`results` in one 2025-05 table; every example says
            `result`.)
        error (str | Unset):
    """

    execution_id: str
    status: ExecutionStatus
    execution_time: str | Unset = UNSET
    params: ExecutionParams | Unset = UNSET
    result: list[ResultItem] | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        status: str = self.status

        execution_time = self.execution_time

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionId": execution_id,
                "status": status,
            }
        )
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if params is not UNSET:
            field_dict["params"] = params
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        execution_id = d.pop("executionId")

        status = check_execution_status(d.pop("status"))

        execution_time = d.pop("executionTime", UNSET)

        _params = d.pop("params", UNSET)
        params: ExecutionParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ExecutionParams.from_dict(_params)

        _result = d.pop("result", UNSET)
        result: list[ResultItem] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = ResultItem.from_dict(result_item_data)

                result.append(result_item)

        error = d.pop("error", UNSET)

        execution = cls(
            execution_id=execution_id,
            status=status,
            execution_time=execution_time,
            params=params,
            result=result,
            error=error,
        )

        execution.additional_properties = d
        return execution

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
from ..models.execution_params import ExecutionParams  # noqa: E402
from ..models.result_item import ResultItem  # noqa: E402
