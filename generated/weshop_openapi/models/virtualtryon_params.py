from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.virtualtryon_params_aspect_ratio import (
    VirtualtryonParamsAspectRatio,
    check_virtualtryon_params_aspect_ratio,
)
from ..models.virtualtryon_params_description_type import (
    VirtualtryonParamsDescriptionType,
    check_virtualtryon_params_description_type,
)
from ..models.virtualtryon_params_generate_version import (
    VirtualtryonParamsGenerateVersion,
    check_virtualtryon_params_generate_version,
)
from ..models.virtualtryon_params_image_size import (
    VirtualtryonParamsImageSize,
    check_virtualtryon_params_image_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualtryonParams")


@_attrs_define
class VirtualtryonParams:
    """Run parameters of `virtualtryon` v1.0 (virtual try-on).

    Attributes:
        generate_version (VirtualtryonParamsGenerateVersion):
        description_type (VirtualtryonParamsDescriptionType):
        text_description (str | Unset):
        aspect_ratio (VirtualtryonParamsAspectRatio | Unset):
        image_size (VirtualtryonParamsImageSize | Unset):
        batch_count (int | Unset):  Default: 4.
    """

    generate_version: VirtualtryonParamsGenerateVersion
    description_type: VirtualtryonParamsDescriptionType
    text_description: str | Unset = UNSET
    aspect_ratio: VirtualtryonParamsAspectRatio | Unset = UNSET
    image_size: VirtualtryonParamsImageSize | Unset = UNSET
    batch_count: int | Unset = 4
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generate_version: str = self.generate_version

        description_type: str = self.description_type

        text_description = self.text_description

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size

        batch_count = self.batch_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generateVersion": generate_version,
                "descriptionType": description_type,
            }
        )
        if text_description is not UNSET:
            field_dict["textDescription"] = text_description
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if image_size is not UNSET:
            field_dict["imageSize"] = image_size
        if batch_count is not UNSET:
            field_dict["batchCount"] = batch_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generate_version = check_virtualtryon_params_generate_version(d.pop("generateVersion"))

        description_type = check_virtualtryon_params_description_type(d.pop("descriptionType"))

        text_description = d.pop("textDescription", UNSET)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: VirtualtryonParamsAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_virtualtryon_params_aspect_ratio(_aspect_ratio)

        _image_size = d.pop("imageSize", UNSET)
        image_size: VirtualtryonParamsImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_virtualtryon_params_image_size(_image_size)

        batch_count = d.pop("batchCount", UNSET)

        virtualtryon_params = cls(
            generate_version=generate_version,
            description_type=description_type,
            text_description=text_description,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            batch_count=batch_count,
        )

        virtualtryon_params.additional_properties = d
        return virtualtryon_params

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
