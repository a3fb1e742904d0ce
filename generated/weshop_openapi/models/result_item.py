from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_item_status import ResultItemStatus, check_result_item_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultItem")


@_attrs_define
class ResultItem:
    """One generated output; an image, or a video for video agents.

    Attributes:
        status (ResultItemStatus):
        image (str | Unset):
        video (str | Unset):
        video_poster (str | Unset):
        last_frame (str | Unset):
        progress (float | str | Unset): Processing progress, e.g. 0.71 means 71 % processed.
        error (str | Unset): Why this output failed.
    """

    status: ResultItemStatus
    image: str | Unset = UNSET
    video: str | Unset = UNSET
    video_poster: str | Unset = UNSET
    last_frame: str | Unset = UNSET
    progress: float | str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        image = self.image

        video = self.video

        video_poster = self.video_poster

        last_frame = self.last_frame

        progress: float | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image
        if video is not UNSET:
            field_dict["video"] = video
        if video_poster is not UNSET:
            field_dict["videoPoster"] = video_poster
        if last_frame is not UNSET:
            field_dict["lastFrame"] = last_frame
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_result_item_status(d.pop("status"))

        image = d.pop("image", UNSET)

        video = d.pop("video", UNSET)

        video_poster = d.pop("videoPoster", UNSET)

        last_frame = d.pop("lastFrame", UNSET)

        def _parse_progress(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        error = d.pop("error", UNSET)

        result_item = cls(
            status=status,
            image=image,
            video=video,
            video_poster=video_poster,
            last_frame=last_frame,
            progress=progress,
            error=error,
        )

        result_item.additional_properties = d
        return result_item

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
