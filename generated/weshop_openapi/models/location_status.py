from typing import Literal

LocationStatus = Literal["complete", "failed", "prepare"]

LOCATION_STATUS_VALUES: set[LocationStatus] = {
    "complete",
    "failed",
    "prepare",
}


def check_location_status(value: str) -> LocationStatus:
    if value in LOCATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCATION_STATUS_VALUES!r}")
