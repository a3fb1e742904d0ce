from enum import StrEnum


class AiproductParamsResultImageFormat(StrEnum):
    JPG = "jpg"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
