from typing import Literal

VirtualtryonParamsAspectRatio = Literal["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"]

VIRTUALTRYON_PARAMS_ASPECT_RATIO_VALUES: set[VirtualtryonParamsAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_virtualtryon_params_aspect_ratio(value: str) -> VirtualtryonParamsAspectRatio:
    if value in VIRTUALTRYON_PARAMS_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIRTUALTRYON_PARAMS_ASPECT_RATIO_VALUES!r}"
    )
