"""Request drafts: a body validated against the spec while its local images are not yet
uploaded (placeholder URLs stand in for them), then completed with the upload URLs.

Also the body helpers every resource shares: :func:`validate`, :func:`validate_parameters`,
:func:`checked_params`, :func:`with_extra_body`. I/O-free, except :meth:`Draft.prepared`
(reads the local images; the client calls it, in a worker thread when async).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final

from ._spec import Violation, parameter_violations, spec_validator
from ._uploads import ImageInput, PreparedImage, is_url, prepare_image
from .errors import RequestValidationError

Path_ = tuple[str | int, ...]
#: Stands in for a local image that is not uploaded yet while a body is validated (one per
#: image: ``.../pending-upload/0``...); never shown: an error names the local image instead.
PENDING_UPLOAD_URL: Final = "https://upload.invalid/pending-upload"


def _get(body: Any, path: Path_) -> Any:
    for part in path:
        body = body[part]
    return body


def _set(body: Any, path: Path_, value: object) -> None:
    for part in path[:-1]:
        body = body[part]
    body[path[-1]] = value


@dataclass
class Draft:
    """A validated request body whose local images are not uploaded yet.

    ``local`` are the local images as given (paths, bytes, files); reading and checking
    them is I/O, left to the client (:meth:`prepared`, in a worker thread for the async
    client), which fills ``pending``."""

    body: dict[str, Any]
    local: list[tuple[Path_, ImageInput]] = field(default_factory=list)
    pending: list[tuple[Path_, PreparedImage]] = field(default_factory=list)
    #: The schema the body follows: the completed body (upload URLs in place) is validated
    #: against it again before it is sent.
    schema: str | None = None

    def prepared(self) -> Draft:
        """This draft with its local images read, checked against the upload limits
        (:class:`~weshop.ImageValidationError`) and hashed. Blocking file I/O."""
        pending = [(path, prepare_image(source)) for path, source in self.local]
        return Draft(self.body, [], pending, self.schema)

    @property
    def uploads(self) -> list[PreparedImage]:
        """The local images to upload: one per content (an image given twice — the first
        of ``images=`` is also ``input.originalImage`` — is uploaded once)."""
        if self.local:
            raise RuntimeError("the draft's local images are not prepared yet (Draft.prepared)")
        distinct: dict[str, PreparedImage] = {}
        for _, image in self.pending:
            distinct.setdefault(image.sha256, image)
        return list(distinct.values())

    def complete(self, urls: Sequence[str]) -> dict[str, Any]:
        """The body with the uploaded images' URLs (in the order of :attr:`uploads`) in
        place, validated again: a URL the upload answered (or an upload cache held) must
        keep the body valid (:class:`~weshop.RequestValidationError`, nothing sent)."""
        if not self.pending:
            return self.body
        by_content = {image.sha256: url for image, url in zip(self.uploads, urls, strict=True)}
        body = copy.deepcopy(self.body)
        for path, image in self.pending:
            _set(body, path, by_content[image.sha256])
        if self.schema is not None:
            validate(self.schema, body, what="request with the uploaded images' URLs")
        return body


def validate(schema: str, body: object, *, what: str = "request") -> None:
    """Raise :class:`RequestValidationError` if ``body`` breaks a rule of ``schema``."""
    violations = spec_validator().violations(schema, body)
    if violations:
        raise RequestValidationError(violations, what=what)


def validate_parameters(
    operation_id: str, values: Mapping[str, object], *, what: str | None = None
) -> None:
    violations = parameter_violations(operation_id, values)
    if violations:
        raise RequestValidationError(violations, what=what or f"{operation_id} parameters")


def checked_params(params: object) -> Mapping[str, Any]:
    """``params`` if it is a mapping of wire names to values; otherwise
    :class:`RequestValidationError` naming the argument (not a bare ``TypeError``)."""
    if not isinstance(params, Mapping):
        message = f"must be a mapping of parameter names to values, not {type(params).__name__}"
        raise RequestValidationError([Violation("params", "type", message)], what="params")
    odd = [name for name in params if not isinstance(name, str)]
    if odd:
        message = f"parameter names must be strings, not {odd[0]!r}"
        raise RequestValidationError([Violation("params", "type", message)], what="params")
    return params


def draft(schema: str, body: dict[str, Any], image_paths: Sequence[Path_]) -> Draft:
    """Validate ``body`` (local images replaced by a placeholder URL). The client then
    checks the local images against the upload limits (:meth:`Draft.prepared`) before
    any request."""
    local = [(path, value) for path in image_paths if not is_url(value := _get(body, path))]
    placeheld = _with_placeholders(body, [path for path, _ in local])
    try:
        validate(schema, placeheld)
    except RequestValidationError as error:
        raise _naming_local_images(error, [source for _, source in local]) from None
    return Draft(placeheld, local, schema=schema)


def _local_label(source: ImageInput) -> str:
    if isinstance(source, bytes | bytearray | memoryview):
        return f"<local image: {len(source)} bytes>"
    if isinstance(source, str | os.PathLike):
        return f"<local image {os.fspath(source)}>"
    name = getattr(source, "name", None)  # an open file
    return f"<local image {name if isinstance(name, str) else '(file)'}>"


def _naming_local_images(
    error: RequestValidationError, sources: Sequence[ImageInput]
) -> RequestValidationError:
    """``error`` with each local image's placeholder URL replaced by the image's name (the
    placeholder means nothing to the caller)."""
    labels = [_local_label(source) for source in sources]

    def named(text: str) -> str:
        for index in reversed(range(len(labels))):  # /10 before /1
            placeholder = f"{PENDING_UPLOAD_URL}/{index}"
            text = text.replace(repr(placeholder), labels[index])
            text = text.replace(placeholder, labels[index])
        return text

    violations = [replace(v, message=named(v.message)) for v in error.violations]
    return type(error)(violations)


def _with_placeholders(body: dict[str, Any], paths: Sequence[Path_]) -> dict[str, Any]:
    if not paths:
        return body

    # Copy containers, not values: file objects in the body must stay themselves.
    def clone(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: clone(value) for key, value in node.items()}
        if isinstance(node, list):
            return [clone(value) for value in node]
        return node

    result: dict[str, Any] = clone(body)
    for index, path in enumerate(paths):
        _set(result, path, f"{PENDING_UPLOAD_URL}/{index}")
    return result


def with_extra_body(body: dict[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """``body`` with ``extra`` merged in (an object into an object, one level deep; else
    ``extra`` wins): fields the spec gained before the facade did. The merged body is
    what is validated and sent."""
    merged = dict(body)
    for key, value in (extra or {}).items():
        current = merged.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            merged[key] = {**current, **value}
        else:
            merged[key] = value
    return merged
