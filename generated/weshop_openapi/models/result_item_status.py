from enum import StrEnum


class ResultItemStatus(StrEnum):
    FAILED = "Failed"
    PENDING = "Pending"
    RUNNING = "Running"
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)
