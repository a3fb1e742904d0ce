from typing import Literal

AiproductParamsResultImageFormat = Literal["jpg", "png"]

AIPRODUCT_PARAMS_RESULT_IMAGE_FORMAT_VALUES: set[AiproductParamsResultImageFormat] = {
    "jpg",
    "png",
}


def check_aiproduct_params_result_image_format(value: str) -> AiproductParamsResultImageFormat:
    if value in AIPRODUCT_PARAMS_RESULT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AIPRODUCT_PARAMS_RESULT_IMAGE_FORMAT_VALUES!r}"
    )
