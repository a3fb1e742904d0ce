from enum import StrEnum


class ExecutionStatus(StrEnum):
    FAILED = "Failed"
    PENDING = "Pending"
    RUNNING = "Running"
    SEGMENTING = "Segmenting"
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)
