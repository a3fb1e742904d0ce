from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_agent_name import KnownAgentName, check_known_agent_name
from ..models.known_agent_version import KnownAgentVersion, check_known_agent_version

T = TypeVar("T", bound="AgentRef")


@_attrs_define
class AgentRef:
    """
    Attributes:
        name (KnownAgentName | str): A documented agent name, or any other non-empty agent name.
        version (KnownAgentVersion | str): A documented agent version, or any other non-empty version.
    """

    name: KnownAgentName | str
    version: KnownAgentVersion | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str
        if isinstance(self.name, str):
            name = self.name
        else:
            name = self.name

        version: str
        if isinstance(self.version, str):
            version = self.version
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> KnownAgentName | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_agent_name_type_0 = check_known_agent_name(data)

                return componentsschemas_agent_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownAgentName | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_version(data: object) -> KnownAgentVersion | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_agent_version_type_0 = check_known_agent_version(data)

                return componentsschemas_agent_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownAgentVersion | str, data)

        version = _parse_version(d.pop("version"))

        agent_ref = cls(
            name=name,
            version=version,
        )

        agent_ref.additional_properties = d
        return agent_ref

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
