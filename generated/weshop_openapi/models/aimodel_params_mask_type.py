from typing import Literal

AimodelParamsMaskType = Literal[
    "autoApparelSegment",
    "autoHumanSegment",
    "autoLowerApparelSegment",
    "autoSubjectSegment",
    "autoUpperApparelSegment",
    "custom",
    "inverseAutoHumanSegment",
]

AIMODEL_PARAMS_MASK_TYPE_VALUES: set[AimodelParamsMaskType] = {
    "autoApparelSegment",
    "autoHumanSegment",
    "autoLowerApparelSegment",
    "autoSubjectSegment",
    "autoUpperApparelSegment",
    "custom",
    "inverseAutoHumanSegment",
}


def check_aimodel_params_mask_type(value: str) -> AimodelParamsMaskType:
    if value in AIMODEL_PARAMS_MASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AIMODEL_PARAMS_MASK_TYPE_VALUES!r}"
    )
