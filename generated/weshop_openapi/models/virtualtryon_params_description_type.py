from enum import StrEnum


class VirtualtryonParamsDescriptionType(StrEnum):
    AUTO = "auto"
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
