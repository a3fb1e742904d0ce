from typing import Literal

MyLocationCreateRequestAgentName = Literal["aimodel"]

MY_LOCATION_CREATE_REQUEST_AGENT_NAME_VALUES: set[MyLocationCreateRequestAgentName] = {
    "aimodel",
}


def check_my_location_create_request_agent_name(value: str) -> MyLocationCreateRequestAgentName:
    if value in MY_LOCATION_CREATE_REQUEST_AGENT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_LOCATION_CREATE_REQUEST_AGENT_NAME_VALUES!r}"
    )
