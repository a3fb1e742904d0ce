"""Images: checking uploads against the documented constraints, and making result images.

The upload constraints are not expressible in the spec (the upload is ``format: binary``),
so they live here, each citing where the documents state it.
"""

from __future__ import annotations

import functools
import hashlib
import io
import warnings
from dataclasses import dataclass
from typing import Final

from PIL import Image, ImageDraw

from weshop._spec import Violation

__all__ = [
    "MAX_UPLOAD_BYTES",
    "CheckedImage",
    "check_upload",
    "make_image",
]

# v1-api-reference-2024-06.txt, "Upload Image": formats png, jpeg, jpg, webp; both sides
# greater than 512 px; aspect ratio less than 2; at most 10MB.
UPLOAD_FORMATS: Final = {"PNG": ("png", "image/png"), "JPEG": ("jpg", "image/jpeg"),
                         "WEBP": ("webp", "image/webp")}  # fmt: skip
MIN_SIDE_EXCLUSIVE: Final = 512
MAX_ASPECT_EXCLUSIVE: Final = 2.0
MAX_UPLOAD_BYTES: Final = 10 * 1024 * 1024
# v1-agents-reference-2025-05.txt, "My Models" / "My Locations": images at most 5MB.
MAX_MY_ASSET_BYTES: Final = 5 * 1024 * 1024
# Far above any legal upload; stops decompression bombs before Pillow allocates anything.
_MAX_PIXELS: Final = 80_000_000


@dataclass(frozen=True)
class CheckedImage:
    """An upload that passed every check."""

    data: bytes
    extension: str
    media_type: str
    width: int
    height: int

    @property
    def sha256(self) -> str:
        """The content hash that names the stored file."""
        return hashlib.sha256(self.data).hexdigest()


class UploadTooLarge(ValueError):
    """The upload is over 10 MB (answered with 413 where the operation declares it)."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(str(violation))
        self.violation = violation


def check_upload(data: bytes, field: str = "image") -> CheckedImage | list[Violation]:
    """Check an uploaded file against the documented constraints.

    Returns the accepted image, or the broken rules; raises :class:`UploadTooLarge` when
    the file is over 10 MB (that one has a status of its own).
    """
    if len(data) > MAX_UPLOAD_BYTES:
        size_mb = len(data) / (1024 * 1024)
        raise UploadTooLarge(
            Violation(field, "max-size", f"{size_mb:.1f} MB is larger than the maximum of 10 MB")
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = image.format or ""
                width, height = image.size
                if width * height > _MAX_PIXELS:
                    return [Violation(field, "max-pixels", f"{width}x{height} px is too large")]
                # verify() walks the file's structure (chunks, CRCs) without decoding it.
                image.verify()
    except Exception:  # Pillow raises many exception types for undecodable data
        return [Violation(field, "image-format", "is not a decodable png, jpeg or webp image")]
    known = UPLOAD_FORMATS.get(kind)
    if known is None:
        return [
            Violation(
                field, "image-format", f"format {kind.lower()} is not one of png, jpeg, jpg, webp"
            )
        ]
    violations: list[Violation] = []
    if width <= MIN_SIDE_EXCLUSIVE or height <= MIN_SIDE_EXCLUSIVE:
        violations.append(
            Violation(
                field,
                "min-dimensions",
                f"{width}x{height} px; both sides must be greater than {MIN_SIDE_EXCLUSIVE} px",
            )
        )
    ratio = max(width, height) / max(1, min(width, height))
    if ratio >= MAX_ASPECT_EXCLUSIVE:
        violations.append(
            Violation(
                field,
                "aspect-ratio",
                f"aspect ratio {ratio:.2f} must be less than {MAX_ASPECT_EXCLUSIVE:g}",
            )
        )
    if violations:
        return violations
    extension, media_type = known
    return CheckedImage(data, extension, media_type, width, height)


RESULT_FORMATS: Final = {"png": ("PNG", "image/png"), "jpg": ("JPEG", "image/jpeg")}


@functools.lru_cache(maxsize=512)
def make_image(name: str, extension: str, size: int = 64) -> bytes:
    """Deterministic image bytes for ``name``: a colour field with a stripe, as PNG or JPEG.

    Every result (and synthetic catalogue thumbnail) gets real, decodable image bytes so a
    client can download and open them offline; the colours derive from the name's hash.
    """
    pil_format, _ = RESULT_FORMATS[extension]
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    background = (digest[0], digest[1], digest[2])
    stripe = (255 - digest[0], 255 - digest[1], 255 - digest[2])
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    offset = digest[3] % (size // 2)
    draw.rectangle((offset, 0, offset + size // 4, size - 1), fill=stripe)
    out = io.BytesIO()
    image.save(out, format=pil_format)
    return out.getvalue()
