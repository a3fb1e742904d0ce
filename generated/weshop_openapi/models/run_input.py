from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunInput")


@_attrs_define
class RunInput:
    """
    Attributes:
        task_name (str | Unset): Human-readable task label.
        original_image (str | Unset): Publicly reachable source image URL.
        fashion_model_image (str | Unset): virtualtryon only. Model reference image.
        location_image (str | Unset): virtualtryon only. Background reference image.
        images (list[str] | Unset): Input image URLs (catalog agents; "up to N" is the agent's rule).
        videos (list[str] | Unset): Input video URLs (video-input agents).
        audios (list[str] | Unset): Input audio URLs (a few video agents).
    """

    task_name: str | Unset = UNSET
    original_image: str | Unset = UNSET
    fashion_model_image: str | Unset = UNSET
    location_image: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    videos: list[str] | Unset = UNSET
    audios: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        original_image = self.original_image

        fashion_model_image = self.fashion_model_image

        location_image = self.location_image

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
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if original_image is not UNSET:
            field_dict["originalImage"] = original_image
        if fashion_model_image is not UNSET:
            field_dict["fashionModelImage"] = fashion_model_image
        if location_image is not UNSET:
            field_dict["locationImage"] = location_image
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
        task_name = d.pop("taskName", UNSET)

        original_image = d.pop("originalImage", UNSET)

        fashion_model_image = d.pop("fashionModelImage", UNSET)

        location_image = d.pop("locationImage", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        videos = cast(list[str], d.pop("videos", UNSET))

        audios = cast(list[str], d.pop("audios", UNSET))

        run_input = cls(
            task_name=task_name,
            original_image=original_image,
            fashion_model_image=fashion_model_image,
            location_image=location_image,
            images=images,
            videos=videos,
            audios=audios,
        )

        run_input.additional_properties = d
        return run_input

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
