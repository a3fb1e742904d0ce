from typing import Literal

AiposeParamsGenerateVersion = Literal["lite", "pro"]

AIPOSE_PARAMS_GENERATE_VERSION_VALUES: set[AiposeParamsGenerateVersion] = {
    "lite",
    "pro",
}


def check_aipose_params_generate_version(value: str) -> AiposeParamsGenerateVersion:
    if value in AIPOSE_PARAMS_GENERATE_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AIPOSE_PARAMS_GENERATE_VERSION_VALUES!r}"
    )
