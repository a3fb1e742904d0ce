from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunRequest")


@_attrs_define
class RunRequest:
    """
    Attributes:
        agent (AgentRef):
        input_ (RunInput):
        params (RunParams): Agent-specific run parameters.
        callback_url (str | Unset): Endpoint that receives the run payload by POST on completion.
    """

    agent: AgentRef
    input_: RunInput
    params: RunParams
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent.to_dict()

        input_ = self.input_.to_dict()

        params = self.params.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
                "input": input_,
                "params": params,
            }
        )
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent = AgentRef.from_dict(d.pop("agent"))

        input_ = RunInput.from_dict(d.pop("input"))

        params = RunParams.from_dict(d.pop("params"))

        callback_url = d.pop("callbackUrl", UNSET)

        run_request = cls(
            agent=agent,
            input_=input_,
            params=params,
            callback_url=callback_url,
        )

        run_request.additional_properties = d
        return run_request

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
from ..models.agent_ref import AgentRef  # noqa: E402
from ..models.run_input import RunInput  # noqa: E402
from ..models.run_params import RunParams  # noqa: E402
