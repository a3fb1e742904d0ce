from enum import StrEnum


class FashionModelStatus(StrEnum):
    COMPLETE = "complete"
    FAILED = "failed"
    PREPARE = "prepare"

    def __str__(self) -> str:
        return str(self.value)
