"""An agent's presets (``client.agents.info``: locations, fashion models, backgrounds,
sizes) and your own fashion models and locations (``client.fashion_models``,
``client.locations``), as the facade returns them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from . import _generated as gen
from .errors import PresetNotFoundError

if TYPE_CHECKING:
    from weshop_openapi.models import AgentInfo as GeneratedAgentInfo
    from weshop_openapi.models import (
        Background,
        Dimension,
        FashionModel,
        Location,
        MyFashionModel,
        MyLocation,
    )
from ._serializable import Serializable
from ._serializable import opt as _opt

# --------------------------------------------------------------------------- agent info
_Named = TypeVar("_Named", "Location", "FashionModel", "Background", "Dimension")


def _find(kind: str, items: Sequence[_Named], name: str) -> _Named:
    wanted = name.strip().casefold()
    for item in items:
        if item.name.strip().casefold() == wanted:
            return item
    names = [item.name for item in items]
    folded = {n.casefold(): n for n in names}
    import difflib  # only for a preset not found: off the import path

    close = difflib.get_close_matches(wanted, list(folded), n=3, cutoff=0.6)
    close += [n.casefold() for n in names if wanted in n.casefold() and n.casefold() not in close]
    raise PresetNotFoundError(kind, name, [folded[c] for c in close[:5]], len(names))


def _merge(existing: list[_Named], new: Iterable[_Named]) -> None:
    seen = {(getattr(item, "id", None), item.name) for item in existing}
    for item in new:
        key = (getattr(item, "id", None), item.name)
        if key not in seen:
            seen.add(key)
            existing.append(item)


def _generated_reader(model: str) -> Callable[[Any], Any]:
    def read(item: Any) -> Any:
        return getattr(gen.models, model).from_dict(item)

    return read


@dataclass
class AgentInfo(Serializable):
    """An agent's presets (all pages), with look-up by name (case-insensitive).

    Items are the generated models (``weshop_openapi.models.Location`` etc.): ``id``,
    ``name``, ``image`` and, depending on the kind, tags, profile, width/height.
    """

    agent_name: str
    agent_version: str
    locations: list[Location] = field(default_factory=list)
    fashion_models: list[FashionModel] = field(default_factory=list)
    backgrounds: list[Background] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)

    _nested: ClassVar[Mapping[str, Callable[[Any], Any]]] = {
        "locations": _generated_reader("Location"),
        "fashion_models": _generated_reader("FashionModel"),
        "backgrounds": _generated_reader("Background"),
        "dimensions": _generated_reader("Dimension"),
    }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        info = super().from_dict(data)
        for name in cls._nested:  # lists here, not tuples: pages are merged into them
            setattr(info, name, list(getattr(info, name)))
        return info

    def add_page(self, page: GeneratedAgentInfo) -> int:
        """Merge one page; return how many items it carried."""
        locations = _opt(page.locations) or []
        fashion_models = _opt(page.fashion_models) or []
        backgrounds = _opt(page.backgrounds) or []
        dimensions = _opt(page.dimensions) or []
        _merge(self.locations, locations)
        _merge(self.fashion_models, fashion_models)
        _merge(self.backgrounds, backgrounds)
        _merge(self.dimensions, dimensions)
        return len(locations) + len(fashion_models) + len(backgrounds) + len(dimensions)

    def merge(self, other: AgentInfo) -> None:
        """Add the presets of ``other`` (a further page) not already here."""
        self.agent_version = other.agent_version
        _merge(self.locations, other.locations)
        _merge(self.fashion_models, other.fashion_models)
        _merge(self.backgrounds, other.backgrounds)
        _merge(self.dimensions, other.dimensions)

    def location(self, name: str) -> int:
        """The id of the location preset called ``name`` (e.g. ``"White Studio"``)."""
        return _find("location", self.locations, name).id

    def fashion_model(self, name: str) -> int:
        """The id of the fashion model preset called ``name``."""
        return _find("fashion model", self.fashion_models, name).id

    def background(self, name: str) -> int:
        """The id of the background preset called ``name`` (removeBG)."""
        return _find("background", self.backgrounds, name).id

    def dimension(self, name: str) -> tuple[int, int]:
        """``(width, height)`` of the reference size called ``name`` (expandimage)."""
        found = _find("dimension", self.dimensions, name)
        return (found.width, found.height)


# --------------------------------------------------------------------------- your own presets


@dataclass(frozen=True)
class CustomFashionModel(Serializable):
    """A fashion model of your own ("My Models"); usable once ``status == "complete"``."""

    id: int
    name: str
    status: str
    cover: str | None = None
    images: tuple[str, ...] = ()

    @property
    def ready(self) -> bool:
        return self.status == "complete"

    @classmethod
    def from_generated(cls, model: MyFashionModel) -> CustomFashionModel:
        return cls(
            id=model.fashion_model_id,
            name=model.name,
            status=str(model.status),
            cover=_opt(model.cover),
            images=tuple(_opt(model.images) or ()),
        )


@dataclass(frozen=True)
class CustomLocation(Serializable):
    """A location of your own ("My Locations"); usable once ``status == "complete"``."""

    id: int
    name: str
    status: str
    cover: str | None = None
    image: str | None = None

    @property
    def ready(self) -> bool:
        return self.status == "complete"

    @classmethod
    def from_generated(cls, location: MyLocation) -> CustomLocation:
        return cls(
            id=location.location_id,
            name=location.name,
            status=str(location.status),
            cover=_opt(location.cover),
            image=_opt(location.image),
        )
