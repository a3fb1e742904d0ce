from typing import Literal

VirtualtryonParamsDescriptionType = Literal["auto", "custom"]

VIRTUALTRYON_PARAMS_DESCRIPTION_TYPE_VALUES: set[VirtualtryonParamsDescriptionType] = {
    "auto",
    "custom",
}


def check_virtualtryon_params_description_type(value: str) -> VirtualtryonParamsDescriptionType:
    if value in VIRTUALTRYON_PARAMS_DESCRIPTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIRTUALTRYON_PARAMS_DESCRIPTION_TYPE_VALUES!r}"
    )
