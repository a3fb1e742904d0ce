from typing import Literal

MyFashionModelCreateRequestAgentVersion = Literal["v1.0"]

MY_FASHION_MODEL_CREATE_REQUEST_AGENT_VERSION_VALUES: set[
    MyFashionModelCreateRequestAgentVersion
] = {
    "v1.0",
}


def check_my_fashion_model_create_request_agent_version(
    value: str,
) -> MyFashionModelCreateRequestAgentVersion:
    if value in MY_FASHION_MODEL_CREATE_REQUEST_AGENT_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_FASHION_MODEL_CREATE_REQUEST_AGENT_VERSION_VALUES!r}"
    )
