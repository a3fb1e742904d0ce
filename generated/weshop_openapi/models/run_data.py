from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunData")


@_attrs_define
class RunData:
    """
    Attributes:
        executions (list[Execution]):
        agent_name (str | Unset):
        agent_version (str | Unset):
        init_params (InitParams | Unset):
    """

    executions: list[Execution]
    agent_name: str | Unset = UNSET
    agent_version: str | Unset = UNSET
    init_params: InitParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        executions = []
        for executions_item_data in self.executions:
            executions_item = executions_item_data.to_dict()
            executions.append(executions_item)

        agent_name = self.agent_name

        agent_version = self.agent_version

        init_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.init_params, Unset):
            init_params = self.init_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executions": executions,
            }
        )
        if agent_name is not UNSET:
            field_dict["agentName"] = agent_name
        if agent_version is not UNSET:
            field_dict["agentVersion"] = agent_version
        if init_params is not UNSET:
            field_dict["initParams"] = init_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        executions = []
        _executions = d.pop("executions")
        for executions_item_data in _executions:
            executions_item = Execution.from_dict(executions_item_data)

            executions.append(executions_item)

        agent_name = d.pop("agentName", UNSET)

        agent_version = d.pop("agentVersion", UNSET)

        _init_params = d.pop("initParams", UNSET)
        init_params: InitParams | Unset
        if isinstance(_init_params, Unset):
            init_params = UNSET
        else:
            init_params = InitParams.from_dict(_init_params)

        run_data = cls(
            executions=executions,
            agent_name=agent_name,
            agent_version=agent_version,
            init_params=init_params,
        )

        run_data.additional_properties = d
        return run_data

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
from ..models.execution import Execution  # noqa: E402
from ..models.init_params import InitParams  # noqa: E402
