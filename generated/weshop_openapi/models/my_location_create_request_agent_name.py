from enum import StrEnum


class MyLocationCreateRequestAgentName(StrEnum):
    AIMODEL = "aimodel"

    def __str__(self) -> str:
        return str(self.value)
