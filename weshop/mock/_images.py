"""Images: checking uploads against the documented constraints, and making result images.

Nothing here is re-typed from the documents. The upload limits (formats, size, dimensions,
aspect ratio) are the overlay's ``x-image-constraints`` on ``ImageUpload``, read through
:func:`weshop._spec.image_constraints`; the result formats are the spec's
``AimodelParams.resultImageFormat`` enum, with their media types from the same constraints.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import io
import warnings
from dataclasses import dataclass
from typing import Final

from PIL import Image, ImageDraw

from .._spec import Violation, image_constraints, load_spec

__all__ = [
    "DEFAULT_RESULT_FORMAT",
    "RESULT_FORMATS",
    "VIDEO_MEDIA_TYPE",
    "CheckedImage",
    "UploadTooLarge",
    "check_upload",
    "make_image",
    "sample_video",
]

# The upload limits (formats, size, dimensions, aspect ratio) are the overlay's
# `x-image-constraints`, read through weshop._spec.image_constraints(), never re-typed here.
# Far above any legal upload; stops decompression bombs before Pillow allocates anything.
_MAX_PIXELS: Final = 80_000_000
# A PNG of an image has a few dozen chunks (image data in chunks of 8-64 KiB, a handful
# of ancillary ones: colour, text, EXIF); an animated one a few per frame. Far more
# chunks make Pillow's walk over them slow (a 9.6 MB file of 800,000 empty chunks:
# seconds) without making a better image: refused, counting chunk headers only.
_MAX_PNG_CHUNKS: Final = 65_536
_MAX_PNG_ANCILLARY_CHUNKS: Final = 4_096
_PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"


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
    """The upload is over the spec's size limit (``image_constraints().max_bytes``),
    answered with 413 where the operation declares it."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(str(violation))
        self.violation = violation


def check_upload(data: bytes, field: str = "image") -> CheckedImage | list[Violation]:
    """Check an uploaded file against the documented constraints.

    Returns the accepted image, or the broken rules; raises :class:`UploadTooLarge` when
    the file is over ``image_constraints().max_bytes`` (that one has a status of its own).
    """
    limits = image_constraints()
    if len(data) > limits.max_bytes:
        size_mb, max_mb = len(data) / (1024 * 1024), limits.max_bytes // (1024 * 1024)
        raise UploadTooLarge(
            Violation(
                field, "max-size", f"{size_mb:.1f} MB is larger than the maximum of {max_mb} MB"
            )
        )
    if data.startswith(_PNG_SIGNATURE) and (too_many := _png_chunk_excess(data)) is not None:
        return [Violation(field, "png-chunks", too_many)]
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
    media_type = limits.media_types.get(kind.lower())
    if media_type is None:
        allowed = ", ".join(limits.media_types)
        return [Violation(field, "image-format", f"format {kind.lower()} is not one of {allowed}")]
    violations: list[Violation] = []
    min_side = limits.min_side_exclusive
    if width <= min_side or height <= min_side:
        violations.append(
            Violation(
                field,
                "min-dimensions",
                f"{width}x{height} px; both sides must be greater than {min_side} px",
            )
        )
    ratio = max(width, height) / max(1, min(width, height))
    if ratio >= limits.max_aspect_ratio_exclusive:
        violations.append(
            Violation(
                field,
                "aspect-ratio",
                f"aspect ratio {ratio:.2f} must be less than {limits.max_aspect_ratio_exclusive:g}",
            )
        )
    if violations:
        return violations
    extension = "jpg" if kind == "JPEG" else kind.lower()
    return CheckedImage(data, extension, media_type, width, height)


def _png_chunk_excess(data: bytes) -> str | None:
    """Why a PNG has too many chunks to be checked (``None`` when it has not). Walks the
    chunk headers only, and stops at the first limit: bounded time whatever the file."""
    offset, chunks, ancillary = len(_PNG_SIGNATURE), 0, 0
    while offset + 8 <= len(data):
        length = int.from_bytes(data[offset : offset + 4], "big")
        kind = data[offset + 4 : offset + 8]
        chunks += 1
        ancillary += kind[0] >= 0x60  # a lower-case first letter: an ancillary chunk
        if chunks > _MAX_PNG_CHUNKS:
            return f"has more than {_MAX_PNG_CHUNKS} chunks"
        if ancillary > _MAX_PNG_ANCILLARY_CHUNKS:
            return f"has more than {_MAX_PNG_ANCILLARY_CHUNKS} ancillary chunks"
        if kind == b"IEND":
            break
        offset += 12 + length
    return None


def _result_formats() -> tuple[dict[str, tuple[str, str]], str]:
    """Each ``resultImageFormat`` of the spec as (Pillow format, media type), and the
    spec's default format."""
    schema = load_spec()["components"]["schemas"]["AimodelParams"]["properties"]
    result_format = schema["resultImageFormat"]
    media_types = image_constraints().media_types
    pillow = Image.registered_extensions()  # ".jpg" -> "JPEG", ".png" -> "PNG"
    formats = {str(ext): (pillow[f".{ext}"], media_types[ext]) for ext in result_format["enum"]}
    return formats, str(result_format["default"])


#: Result image formats (extension -> (Pillow format, media type)) and the default one.
RESULT_FORMATS, DEFAULT_RESULT_FORMAT = _result_formats()


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


#: Media type of the mock's video results.
VIDEO_MEDIA_TYPE: Final = "video/mp4"


@functools.cache
def sample_video() -> bytes:
    """The MP4 every video result serves: H.264, 64x64, 1 s (``assets/result.mp4``, made by
    ``scripts/make_sample_video.py``) — small, real and playable."""
    return (
        importlib.resources.files(__name__.rpartition(".")[0])
        .joinpath("assets/result.mp4")
        .read_bytes()
    )
