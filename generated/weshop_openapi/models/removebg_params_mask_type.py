from typing import Literal

RemovebgParamsMaskType = Literal["autoSubjectSegment", "custom"]

REMOVEBG_PARAMS_MASK_TYPE_VALUES: set[RemovebgParamsMaskType] = {
    "autoSubjectSegment",
    "custom",
}


def check_removebg_params_mask_type(value: str) -> RemovebgParamsMaskType:
    if value in REMOVEBG_PARAMS_MASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVEBG_PARAMS_MASK_TYPE_VALUES!r}"
    )
