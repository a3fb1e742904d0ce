from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentInfo")


@_attrs_define
class AgentInfo:
    """
    Attributes:
        agent_version (str | Unset):
        locations (list[Location] | Unset):
        fashion_models (list[FashionModel] | Unset):
        backgrounds (list[Background] | Unset):
        dimensions (list[Dimension] | Unset):
        pagination (Pagination | Unset): Per-resource paging, keyed by resource (`locations`, `fashionModels`).
    """

    agent_version: str | Unset = UNSET
    locations: list[Location] | Unset = UNSET
    fashion_models: list[FashionModel] | Unset = UNSET
    backgrounds: list[Background] | Unset = UNSET
    dimensions: list[Dimension] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_version = self.agent_version

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        fashion_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fashion_models, Unset):
            fashion_models = []
            for fashion_models_item_data in self.fashion_models:
                fashion_models_item = fashion_models_item_data.to_dict()
                fashion_models.append(fashion_models_item)

        backgrounds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.backgrounds, Unset):
            backgrounds = []
            for backgrounds_item_data in self.backgrounds:
                backgrounds_item = backgrounds_item_data.to_dict()
                backgrounds.append(backgrounds_item)

        dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.to_dict()
                dimensions.append(dimensions_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_version is not UNSET:
            field_dict["agentVersion"] = agent_version
        if locations is not UNSET:
            field_dict["locations"] = locations
        if fashion_models is not UNSET:
            field_dict["fashionModels"] = fashion_models
        if backgrounds is not UNSET:
            field_dict["backgrounds"] = backgrounds
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_version = d.pop("agentVersion", UNSET)

        _locations = d.pop("locations", UNSET)
        locations: list[Location] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = Location.from_dict(locations_item_data)

                locations.append(locations_item)

        _fashion_models = d.pop("fashionModels", UNSET)
        fashion_models: list[FashionModel] | Unset = UNSET
        if _fashion_models is not UNSET:
            fashion_models = []
            for fashion_models_item_data in _fashion_models:
                fashion_models_item = FashionModel.from_dict(fashion_models_item_data)

                fashion_models.append(fashion_models_item)

        _backgrounds = d.pop("backgrounds", UNSET)
        backgrounds: list[Background] | Unset = UNSET
        if _backgrounds is not UNSET:
            backgrounds = []
            for backgrounds_item_data in _backgrounds:
                backgrounds_item = Background.from_dict(backgrounds_item_data)

                backgrounds.append(backgrounds_item)

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: list[Dimension] | Unset = UNSET
        if _dimensions is not UNSET:
            dimensions = []
            for dimensions_item_data in _dimensions:
                dimensions_item = Dimension.from_dict(dimensions_item_data)

                dimensions.append(dimensions_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        agent_info = cls(
            agent_version=agent_version,
            locations=locations,
            fashion_models=fashion_models,
            backgrounds=backgrounds,
            dimensions=dimensions,
            pagination=pagination,
        )

        agent_info.additional_properties = d
        return agent_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to: imported here, after the class, so that models referring
# to each other resolve (see codegen/templates/model.py.jinja).
from ..models.background import Background  # noqa: E402
from ..models.dimension import Dimension  # noqa: E402
from ..models.fashion_model import FashionModel  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
