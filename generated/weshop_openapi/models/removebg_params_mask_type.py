from enum import StrEnum


class RemovebgParamsMaskType(StrEnum):
    AUTOSUBJECTSEGMENT = "autoSubjectSegment"
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
