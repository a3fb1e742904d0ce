from typing import Literal

ResultItemStatus = Literal["Failed", "Pending", "Running", "Success"]

RESULT_ITEM_STATUS_VALUES: set[ResultItemStatus] = {
    "Failed",
    "Pending",
    "Running",
    "Success",
}


def check_result_item_status(value: str) -> ResultItemStatus:
    if value in RESULT_ITEM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESULT_ITEM_STATUS_VALUES!r}")
