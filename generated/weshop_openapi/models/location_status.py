from enum import StrEnum


class LocationStatus(StrEnum):
    COMPLETE = "complete"
    FAILED = "failed"
    PREPARE = "prepare"

    def __str__(self) -> str:
        return str(self.value)
