from typing import Literal

FashionModelStatus = Literal["complete", "failed", "prepare"]

FASHION_MODEL_STATUS_VALUES: set[FashionModelStatus] = {
    "complete",
    "failed",
    "prepare",
}


def check_fashion_model_status(value: str) -> FashionModelStatus:
    if value in FASHION_MODEL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FASHION_MODEL_STATUS_VALUES!r}")
