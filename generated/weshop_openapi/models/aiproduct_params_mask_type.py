from typing import Literal

AiproductParamsMaskType = Literal["autoSubjectSegment", "custom"]

AIPRODUCT_PARAMS_MASK_TYPE_VALUES: set[AiproductParamsMaskType] = {
    "autoSubjectSegment",
    "custom",
}


def check_aiproduct_params_mask_type(value: str) -> AiproductParamsMaskType:
    if value in AIPRODUCT_PARAMS_MASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AIPRODUCT_PARAMS_MASK_TYPE_VALUES!r}"
    )
