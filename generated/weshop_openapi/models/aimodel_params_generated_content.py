from typing import Literal

AimodelParamsGeneratedContent = Literal["freeCreation", "referToOrigin"]

AIMODEL_PARAMS_GENERATED_CONTENT_VALUES: set[AimodelParamsGeneratedContent] = {
    "freeCreation",
    "referToOrigin",
}


def check_aimodel_params_generated_content(value: str) -> AimodelParamsGeneratedContent:
    if value in AIMODEL_PARAMS_GENERATED_CONTENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AIMODEL_PARAMS_GENERATED_CONTENT_VALUES!r}"
    )
