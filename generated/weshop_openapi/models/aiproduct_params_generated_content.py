from enum import StrEnum


class AiproductParamsGeneratedContent(StrEnum):
    FREECREATION = "freeCreation"
    REFERTOORIGIN = "referToOrigin"

    def __str__(self) -> str:
        return str(self.value)
