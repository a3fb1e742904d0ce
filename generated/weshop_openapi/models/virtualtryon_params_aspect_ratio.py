from enum import StrEnum


class VirtualtryonParamsAspectRatio(StrEnum):
    VALUE_0 = "1:1"
    VALUE_1 = "2:3"
    VALUE_2 = "3:2"
    VALUE_3 = "3:4"
    VALUE_4 = "4:3"
    VALUE_5 = "9:16"
    VALUE_6 = "16:9"
    VALUE_7 = "21:9"

    def __str__(self) -> str:
        return str(self.value)
