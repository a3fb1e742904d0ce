from enum import StrEnum


class MyFashionModelCreateRequestAgentName(StrEnum):
    AIMODEL = "aimodel"

    def __str__(self) -> str:
        return str(self.value)
