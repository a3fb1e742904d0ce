from typing import Literal

MyLocationCreateRequestAgentVersion = Literal["v1.0"]

MY_LOCATION_CREATE_REQUEST_AGENT_VERSION_VALUES: set[MyLocationCreateRequestAgentVersion] = {
    "v1.0",
}


def check_my_location_create_request_agent_version(
    value: str,
) -> MyLocationCreateRequestAgentVersion:
    if value in MY_LOCATION_CREATE_REQUEST_AGENT_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_LOCATION_CREATE_REQUEST_AGENT_VERSION_VALUES!r}"
    )
