from typing import Literal

MyFashionModelStatus = Literal["complete", "failed", "prepare"]

MY_FASHION_MODEL_STATUS_VALUES: set[MyFashionModelStatus] = {
    "complete",
    "failed",
    "prepare",
}


def check_my_fashion_model_status(value: str) -> MyFashionModelStatus:
    if value in MY_FASHION_MODEL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_FASHION_MODEL_STATUS_VALUES!r}"
    )
