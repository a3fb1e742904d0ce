from typing import Literal

VirtualtryonParamsImageSize = Literal["1K", "2K", "4K"]

VIRTUALTRYON_PARAMS_IMAGE_SIZE_VALUES: set[VirtualtryonParamsImageSize] = {
    "1K",
    "2K",
    "4K",
}


def check_virtualtryon_params_image_size(value: str) -> VirtualtryonParamsImageSize:
    if value in VIRTUALTRYON_PARAMS_IMAGE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIRTUALTRYON_PARAMS_IMAGE_SIZE_VALUES!r}"
    )
