from enum import StrEnum


class LocationType(StrEnum):
    AI = "AI"
    YOURS = "Yours"

    def __str__(self) -> str:
        return str(self.value)
