from typing import Literal

AimodelParamsPose = Literal["freePose", "originalImagePose", "referenceImagePose"]

AIMODEL_PARAMS_POSE_VALUES: set[AimodelParamsPose] = {
    "freePose",
    "originalImagePose",
    "referenceImagePose",
}


def check_aimodel_params_pose(value: str) -> AimodelParamsPose:
    if value in AIMODEL_PARAMS_POSE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AIMODEL_PARAMS_POSE_VALUES!r}")
