from enum import StrEnum


class AimodelParamsGeneratedContent(StrEnum):
    FREECREATION = "freeCreation"
    REFERTOORIGIN = "referToOrigin"

    def __str__(self) -> str:
        return str(self.value)
