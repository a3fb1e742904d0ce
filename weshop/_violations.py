"""A broken rule of the spec, as the facade, the mock and the errors report it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Violation"]


@dataclass(frozen=True)
class Violation:
    """One broken rule: which field, which rule, and a sentence saying what is wrong."""

    field: str
    rule: str
    message: str

    def __str__(self) -> str:
        where = self.field or "(request)"
        return f"{where}: {self.message} [rule: {self.rule}]"
