from enum import StrEnum


class KnownAgentName(StrEnum):
    AIMODEL = "aimodel"
    AIPOSE = "aipose"
    AIPRODUCT = "aiproduct"
    EXPANDIMAGE = "expandimage"
    REMOVEBG = "removeBG"
    VIRTUALTRYON = "virtualtryon"

    def __str__(self) -> str:
        return str(self.value)
