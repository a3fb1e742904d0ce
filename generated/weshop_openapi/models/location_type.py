from typing import Literal

LocationType = Literal["AI", "Yours"]

LOCATION_TYPE_VALUES: set[LocationType] = {
    "AI",
    "Yours",
}


def check_location_type(value: str) -> LocationType:
    if value in LOCATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCATION_TYPE_VALUES!r}")
