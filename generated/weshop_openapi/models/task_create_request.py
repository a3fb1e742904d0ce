from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_agent_name import KnownAgentName, check_known_agent_name
from ..models.known_agent_version import KnownAgentVersion, check_known_agent_version
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCreateRequest")


@_attrs_define
class TaskCreateRequest:
    """
    Attributes:
        agent_name (KnownAgentName | str): A documented agent name, or any other non-empty agent name.
        agent_version (KnownAgentVersion | str): A documented agent version, or any other non-empty version.
        init_params (TaskInitParams | Unset):
    """

    agent_name: KnownAgentName | str
    agent_version: KnownAgentVersion | str
    init_params: TaskInitParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_name: str
        if isinstance(self.agent_name, str):
            agent_name = self.agent_name
        else:
            agent_name = self.agent_name

        agent_version: str
        if isinstance(self.agent_version, str):
            agent_version = self.agent_version
        else:
            agent_version = self.agent_version

        init_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.init_params, Unset):
            init_params = self.init_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentName": agent_name,
                "agentVersion": agent_version,
            }
        )
        if init_params is not UNSET:
            field_dict["initParams"] = init_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_agent_name(data: object) -> KnownAgentName | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_agent_name_type_0 = check_known_agent_name(data)

                return componentsschemas_agent_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownAgentName | str, data)

        agent_name = _parse_agent_name(d.pop("agentName"))

        def _parse_agent_version(data: object) -> KnownAgentVersion | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_agent_version_type_0 = check_known_agent_version(data)

                return componentsschemas_agent_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownAgentVersion | str, data)

        agent_version = _parse_agent_version(d.pop("agentVersion"))

        _init_params = d.pop("initParams", UNSET)
        init_params: TaskInitParams | Unset
        if isinstance(_init_params, Unset):
            init_params = UNSET
        else:
            init_params = TaskInitParams.from_dict(_init_params)

        task_create_request = cls(
            agent_name=agent_name,
            agent_version=agent_version,
            init_params=init_params,
        )

        task_create_request.additional_properties = d
        return task_create_request

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
from ..models.task_init_params import TaskInitParams  # noqa: E402
