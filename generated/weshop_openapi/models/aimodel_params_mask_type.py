from enum import StrEnum


class AimodelParamsMaskType(StrEnum):
    AUTOAPPARELSEGMENT = "autoApparelSegment"
    AUTOHUMANSEGMENT = "autoHumanSegment"
    AUTOLOWERAPPARELSEGMENT = "autoLowerApparelSegment"
    AUTOSUBJECTSEGMENT = "autoSubjectSegment"
    AUTOUPPERAPPARELSEGMENT = "autoUpperApparelSegment"
    CUSTOM = "custom"
    INVERSEAUTOHUMANSEGMENT = "inverseAutoHumanSegment"

    def __str__(self) -> str:
        return str(self.value)
