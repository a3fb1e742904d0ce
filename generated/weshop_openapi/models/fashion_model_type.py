from enum import StrEnum


class FashionModelType(StrEnum):
    AI = "AI"
    YOURS = "Yours"

    def __str__(self) -> str:
        return str(self.value)
