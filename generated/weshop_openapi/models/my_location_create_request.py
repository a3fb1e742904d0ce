from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.my_location_create_request_agent_name import (
    MyLocationCreateRequestAgentName,
    check_my_location_create_request_agent_name,
)
from ..models.my_location_create_request_agent_version import (
    MyLocationCreateRequestAgentVersion,
    check_my_location_create_request_agent_version,
)

T = TypeVar("T", bound="MyLocationCreateRequest")


@_attrs_define
class MyLocationCreateRequest:
    """
    Attributes:
        image (str):
        name (str):
        agent_name (MyLocationCreateRequestAgentName):
        agent_version (MyLocationCreateRequestAgentVersion):
    """

    image: str
    name: str
    agent_name: MyLocationCreateRequestAgentName
    agent_version: MyLocationCreateRequestAgentVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        name = self.name

        agent_name: str = self.agent_name

        agent_version: str = self.agent_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "name": name,
                "agentName": agent_name,
                "agentVersion": agent_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("image")

        name = d.pop("name")

        agent_name = check_my_location_create_request_agent_name(d.pop("agentName"))

        agent_version = check_my_location_create_request_agent_version(d.pop("agentVersion"))

        my_location_create_request = cls(
            image=image,
            name=name,
            agent_name=agent_name,
            agent_version=agent_version,
        )

        my_location_create_request.additional_properties = d
        return my_location_create_request

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
