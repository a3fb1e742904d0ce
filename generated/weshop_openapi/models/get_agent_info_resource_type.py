from typing import Literal

GetAgentInfoResourceType = Literal["fashionModels", "locations"]

GET_AGENT_INFO_RESOURCE_TYPE_VALUES: set[GetAgentInfoResourceType] = {
    "fashionModels",
    "locations",
}


def check_get_agent_info_resource_type(value: str) -> GetAgentInfoResourceType:
    if value in GET_AGENT_INFO_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_AGENT_INFO_RESOURCE_TYPE_VALUES!r}"
    )
