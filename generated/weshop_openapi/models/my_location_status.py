from typing import Literal

MyLocationStatus = Literal["complete", "failed", "prepare"]

MY_LOCATION_STATUS_VALUES: set[MyLocationStatus] = {
    "complete",
    "failed",
    "prepare",
}


def check_my_location_status(value: str) -> MyLocationStatus:
    if value in MY_LOCATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MY_LOCATION_STATUS_VALUES!r}")
