from typing import Literal

ExecutionStatus = Literal["Failed", "Pending", "Running", "Segmenting", "Success"]

EXECUTION_STATUS_VALUES: set[ExecutionStatus] = {
    "Failed",
    "Pending",
    "Running",
    "Segmenting",
    "Success",
}


def check_execution_status(value: str) -> ExecutionStatus:
    if value in EXECUTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_STATUS_VALUES!r}")
