from typing import Literal

KnownAgentVersion = Literal["v1.0"]

KNOWN_AGENT_VERSION_VALUES: set[KnownAgentVersion] = {
    "v1.0",
}


def check_known_agent_version(value: str) -> KnownAgentVersion:
    if value in KNOWN_AGENT_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWN_AGENT_VERSION_VALUES!r}")
