from enum import StrEnum


class GetAgentInfoResourceType(StrEnum):
    FASHIONMODELS = "fashionModels"
    LOCATIONS = "locations"

    def __str__(self) -> str:
        return str(self.value)
