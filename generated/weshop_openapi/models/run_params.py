from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunParams")


@_attrs_define
class RunParams:
    """Agent-specific run parameters.

    Attributes:
        images (list[str] | Unset): Input image URLs.
        videos (list[str] | Unset): Input video URLs.
        audios (list[str] | Unset): Input audio URLs.
    """

    images: list[str] | Unset = UNSET
    videos: list[str] | Unset = UNSET
    audios: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        videos: list[str] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = self.videos

        audios: list[str] | Unset = UNSET
        if not isinstance(self.audios, Unset):
            audios = self.audios

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos
        if audios is not UNSET:
            field_dict["audios"] = audios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images = cast(list[str], d.pop("images", UNSET))

        videos = cast(list[str], d.pop("videos", UNSET))

        audios = cast(list[str], d.pop("audios", UNSET))

        run_params = cls(
            images=images,
            videos=videos,
            audios=audios,
        )

        run_params.additional_properties = d
        return run_params

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
