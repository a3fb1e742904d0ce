from typing import Literal

MyFashionModelCreateRequestAgentName = Literal["aimodel"]

MY_FASHION_MODEL_CREATE_REQUEST_AGENT_NAME_VALUES: set[MyFashionModelCreateRequestAgentName] = {
    "aimodel",
}


def check_my_fashion_model_create_request_agent_name(
    value: str,
) -> MyFashionModelCreateRequestAgentName:
    if value in MY_FASHION_MODEL_CREATE_REQUEST_AGENT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_FASHION_MODEL_CREATE_REQUEST_AGENT_NAME_VALUES!r}"
    )
