"""Where a run's results are written, and which result URLs are fetched at all."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import APIError

if TYPE_CHECKING:
    from ._models import DownloadTarget


def download_path(target: DownloadTarget, content_type: str | None) -> Path:
    """Where a result is written: its stem plus its own suffix or the content type's."""
    from ._models import content_type_suffix

    suffix = target.suffix or content_type_suffix(content_type)
    return target.stem.with_name(target.stem.name + suffix)


@contextlib.contextmanager
def cleaned_up(partial: Path) -> Iterator[None]:
    """Remove a partly written download if writing it fails."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def check_download_url(url: str) -> None:
    """Refuse a result URL that is not http(s) (nothing is fetched)."""
    if not url.lower().startswith(("http://", "https://")):
        raise APIError(f"download: not an http(s) result URL: {url!r}", code="invalid_result_url")
