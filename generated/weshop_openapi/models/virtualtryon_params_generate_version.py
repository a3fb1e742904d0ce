from typing import Literal

VirtualtryonParamsGenerateVersion = Literal["bananaPro", "weshopFlash", "weshopPro"]

VIRTUALTRYON_PARAMS_GENERATE_VERSION_VALUES: set[VirtualtryonParamsGenerateVersion] = {
    "bananaPro",
    "weshopFlash",
    "weshopPro",
}


def check_virtualtryon_params_generate_version(value: str) -> VirtualtryonParamsGenerateVersion:
    if value in VIRTUALTRYON_PARAMS_GENERATE_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIRTUALTRYON_PARAMS_GENERATE_VERSION_VALUES!r}"
    )
