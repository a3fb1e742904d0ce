from enum import StrEnum


class MyFashionModelCreateRequestAgentVersion(StrEnum):
    V1_0 = "v1.0"

    def __str__(self) -> str:
        return str(self.value)
