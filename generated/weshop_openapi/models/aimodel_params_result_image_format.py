from typing import Literal

AimodelParamsResultImageFormat = Literal["jpg", "png"]

AIMODEL_PARAMS_RESULT_IMAGE_FORMAT_VALUES: set[AimodelParamsResultImageFormat] = {
    "jpg",
    "png",
}


def check_aimodel_params_result_image_format(value: str) -> AimodelParamsResultImageFormat:
    if value in AIMODEL_PARAMS_RESULT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AIMODEL_PARAMS_RESULT_IMAGE_FORMAT_VALUES!r}"
    )
