from typing import Literal

AiproductParamsGeneratedContent = Literal["freeCreation", "referToOrigin"]

AIPRODUCT_PARAMS_GENERATED_CONTENT_VALUES: set[AiproductParamsGeneratedContent] = {
    "freeCreation",
    "referToOrigin",
}


def check_aiproduct_params_generated_content(value: str) -> AiproductParamsGeneratedContent:
    if value in AIPRODUCT_PARAMS_GENERATED_CONTENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AIPRODUCT_PARAMS_GENERATED_CONTENT_VALUES!r}"
    )
