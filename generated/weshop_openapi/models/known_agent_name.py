from typing import Literal

KnownAgentName = Literal[
    "aimodel", "aipose", "aiproduct", "expandimage", "removeBG", "virtualtryon"
]

KNOWN_AGENT_NAME_VALUES: set[KnownAgentName] = {
    "aimodel",
    "aipose",
    "aiproduct",
    "expandimage",
    "removeBG",
    "virtualtryon",
}


def check_known_agent_name(value: str) -> KnownAgentName:
    if value in KNOWN_AGENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWN_AGENT_NAME_VALUES!r}")
