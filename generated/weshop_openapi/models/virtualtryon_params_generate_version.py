from enum import StrEnum


class VirtualtryonParamsGenerateVersion(StrEnum):
    BANANAPRO = "bananaPro"
    WESHOPFLASH = "weshopFlash"
    WESHOPPRO = "weshopPro"

    def __str__(self) -> str:
        return str(self.value)
