from enum import StrEnum


class AimodelParamsPose(StrEnum):
    FREEPOSE = "freePose"
    ORIGINALIMAGEPOSE = "originalImagePose"
    REFERENCEIMAGEPOSE = "referenceImagePose"

    def __str__(self) -> str:
        return str(self.value)
