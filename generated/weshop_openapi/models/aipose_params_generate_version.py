from enum import StrEnum


class AiposeParamsGenerateVersion(StrEnum):
    LITE = "lite"
    PRO = "pro"

    def __str__(self) -> str:
        return str(self.value)
