from typing import Literal

FashionModelType = Literal["AI", "Yours"]

FASHION_MODEL_TYPE_VALUES: set[FashionModelType] = {
    "AI",
    "Yours",
}


def check_fashion_model_type(value: str) -> FashionModelType:
    if value in FASHION_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FASHION_MODEL_TYPE_VALUES!r}")
