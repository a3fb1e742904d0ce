from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.my_fashion_model_create_request_agent_name import (
    MyFashionModelCreateRequestAgentName,
    check_my_fashion_model_create_request_agent_name,
)
from ..models.my_fashion_model_create_request_agent_version import (
    MyFashionModelCreateRequestAgentVersion,
    check_my_fashion_model_create_request_agent_version,
)

T = TypeVar("T", bound="MyFashionModelCreateRequest")


@_attrs_define
class MyFashionModelCreateRequest:
    """
    Attributes:
        images (list[str]):
        name (str):
        agent_name (MyFashionModelCreateRequestAgentName):
        agent_version (MyFashionModelCreateRequestAgentVersion):
    """

    images: list[str]
    name: str
    agent_name: MyFashionModelCreateRequestAgentName
    agent_version: MyFashionModelCreateRequestAgentVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = self.images

        name = self.name

        agent_name: str = self.agent_name

        agent_version: str = self.agent_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "name": name,
                "agentName": agent_name,
                "agentVersion": agent_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images = cast(list[str], d.pop("images"))

        name = d.pop("name")

        agent_name = check_my_fashion_model_create_request_agent_name(d.pop("agentName"))

        agent_version = check_my_fashion_model_create_request_agent_version(d.pop("agentVersion"))

        my_fashion_model_create_request = cls(
            images=images,
            name=name,
            agent_name=agent_name,
            agent_version=agent_version,
        )

        my_fashion_model_create_request.additional_properties = d
        return my_fashion_model_create_request

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
