"""Apply OpenAPI Overlay 1.0 documents to an OpenAPI description.

We patch the upstream WeShop OpenAPI description with overlay files (OpenAPI Overlay
Specification 1.0.0, https://spec.openapis.org/overlay/v1.0.0.html) before generating
code. This module is a small, strict implementation of that specification:

* ``load_overlay`` reads an overlay YAML file and checks its structure (version ``1.0.x``,
  ``info.title`` / ``info.version``, a non-empty ``actions`` list, and for every action a
  string ``target`` plus exactly one of ``update`` or ``remove: true``; unknown keys other
  than ``x-`` extensions are rejected).
* ``apply_overlay`` applies the actions strictly in order to a deep copy of the document.
  Each ``target`` is an RFC 9535 JSONPath evaluated with the ``jsonpath-rfc9535`` library
  against the document as modified by the previous actions. ``update`` deep-merges into
  objects (nested objects merge, arrays are appended to, scalars replace) and appends to
  arrays; ``remove: true`` deletes each matched node from its parent.
* Any problem raises ``OverlayError`` naming the action (1-based index and description).
  A target that matches nothing is an error, too: that is how we notice that the upstream
  description changed underneath an overlay.

Why not the PyPI package ``oas-patch``? It mishandles RFC 9535 filter selectors such as
``$.paths.*[?@.operationId=='createRun']``, it deletes the target of an action that says
``remove: false``, and it applies one shared update object to every target, so a later
change to one patched node silently changes the others. Overlay semantics are small enough
that owning them is cheaper than working around those bugs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any, Final

import yaml
from jsonpath_rfc9535 import JSONPathEnvironment, JSONPathError, JSONPathNode, JSONPathQuery

__all__ = ["OverlayError", "apply_overlay", "apply_overlay_file", "load_overlay"]

_VERSION_RE: Final = re.compile(r"1\.0\.(0|[1-9][0-9]*)")
_TOP_LEVEL_KEYS: Final = frozenset({"overlay", "info", "extends", "actions"})
_ACTION_KEYS: Final = frozenset({"target", "description", "update", "remove"})
_JSONPATH: Final = JSONPathEnvironment()
# jsonpath-rfc9535 raises JSONPathError subclasses for bad queries, but a few inputs escape
# as plain Python errors (``$[?@.a == 1e999]`` raises OverflowError while compiling).
_QUERY_ERRORS: Final = (JSONPathError, ValueError, ArithmeticError, RecursionError)

# YAML tags whose implicit resolution turns a mapping key into a non-string (``200:`` would
# become the int 200, which no JSONPath name selector such as ``['200']`` can reach).
_NON_STRING_KEY_TAGS: Final = frozenset(
    {
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:timestamp",
    }
)
_STR_TAG: Final = "tag:yaml.org,2002:str"


class OverlayError(Exception):
    """An overlay document is invalid or one of its actions could not be applied.

    ``action_index`` is the 1-based index of the failing action, or ``None`` when the
    problem is not specific to one action.
    """

    def __init__(self, message: str, *, action_index: int | None = None) -> None:
        super().__init__(message)
        self.action_index = action_index


def load_overlay(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read an overlay YAML file and validate its structure.

    Returns the overlay as a plain dict. Raises ``OverlayError`` if the file is not valid
    YAML or is not a well-formed Overlay 1.0 document (the message starts with the path).
    """
    try:
        data = _load_yaml(path)
    except yaml.YAMLError as exc:
        raise OverlayError(f"{os.fspath(path)}: invalid YAML: {exc}") from exc
    try:
        _validate_overlay(data)
    except OverlayError as exc:
        raise OverlayError(f"{os.fspath(path)}: {exc}", action_index=exc.action_index) from exc
    assert isinstance(data, dict)  # guaranteed by _validate_overlay
    return data


def apply_overlay(document: dict[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """Apply ``overlay`` to ``document`` and return the result as a new document.

    The input document and overlay are never mutated and the result shares no mutable
    objects with them. Raises ``OverlayError`` if the overlay is invalid or an action fails
    (invalid JSONPath, target matching nothing, updating a scalar, removing the root, ...).
    """
    if not isinstance(document, Mapping):
        raise TypeError(f"document must be a mapping, not {type(document).__name__}")
    actions = _validate_overlay(overlay)
    result: dict[str, Any] = _clone(document)
    for index, action in enumerate(actions, start=1):
        _apply_action(result, index, action)
    return result


def apply_overlay_file(
    spec_path: str | os.PathLike[str], overlay_path: str | os.PathLike[str]
) -> dict[str, Any]:
    """Load an OpenAPI YAML (or JSON) file and an overlay file, and apply the overlay.

    Mapping keys that YAML would resolve to non-strings (``200:``, ``true:``) are kept as
    the strings written in the file, as in JSON and as OpenAPI requires.
    """
    document = _load_yaml(spec_path)
    if not isinstance(document, dict):
        raise TypeError(f"{os.fspath(spec_path)}: OpenAPI document must be a mapping")
    return apply_overlay(document, load_overlay(overlay_path))


# --------------------------------------------------------------------------- validation


def _label(index: int, action: object) -> str:
    """Describe an action for error messages: index plus description (or target)."""
    if isinstance(action, Mapping):
        description = action.get("description")
        if isinstance(description, str) and description.strip():
            return f'overlay action #{index} ("{description}")'
        target = action.get("target")
        if isinstance(target, str):
            return f"overlay action #{index} (target {target!r})"
    return f"overlay action #{index}"


def _action_error(index: int, action: object, message: str) -> OverlayError:
    return OverlayError(f"{_label(index, action)}: {message}", action_index=index)


def _validate_overlay(overlay: object) -> list[Mapping[str, Any]]:
    """Check the structure of an overlay document and return its actions."""
    if not isinstance(overlay, Mapping):
        raise OverlayError(f"overlay document must be a mapping, not {type(overlay).__name__}")

    unknown = sorted(
        str(key)
        for key in overlay
        if key not in _TOP_LEVEL_KEYS and not (isinstance(key, str) and key.startswith("x-"))
    )
    if unknown:
        raise OverlayError(f"overlay document has unknown field(s): {', '.join(unknown)}")

    version = overlay.get("overlay")
    if not isinstance(version, str) or not _VERSION_RE.fullmatch(version):
        raise OverlayError(f"unsupported overlay version {version!r}; expected '1.0.x'")

    info = overlay.get("info")
    if not isinstance(info, Mapping):
        raise OverlayError("overlay document requires an 'info' object")
    for field in ("title", "version"):
        value = info.get(field)
        if not isinstance(value, str) or not value.strip():
            raise OverlayError(
                f"overlay 'info.{field}' must be a non-empty string, got {value!r}"
                " (quote YAML values such as 1.0)"
            )

    extends = overlay.get("extends")
    if extends is not None and not isinstance(extends, str):
        raise OverlayError(f"overlay 'extends' must be a string, got {extends!r}")

    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("overlay 'actions' must be a non-empty list")

    for index, action in enumerate(actions, start=1):
        _validate_action(index, action)
    return actions


def _validate_action(index: int, action: object) -> None:
    if not isinstance(action, Mapping):
        raise _action_error(index, action, f"must be a mapping, not {type(action).__name__}")

    unknown = sorted(
        str(key)
        for key in action
        if key not in _ACTION_KEYS and not (isinstance(key, str) and key.startswith("x-"))
    )
    if unknown:
        raise _action_error(index, action, f"unknown field(s): {', '.join(unknown)}")

    target = action.get("target")
    if not isinstance(target, str) or not target.strip():
        raise _action_error(index, action, f"'target' must be a non-empty string, got {target!r}")

    description = action.get("description")
    if description is not None and not isinstance(description, str):
        raise _action_error(index, action, f"'description' must be a string, got {description!r}")

    remove = action.get("remove", False)
    if not isinstance(remove, bool):
        raise _action_error(index, action, f"'remove' must be a boolean, got {remove!r}")

    has_update = "update" in action
    if remove and has_update:
        raise _action_error(index, action, "'update' and 'remove: true' are mutually exclusive")
    if not remove and not has_update:
        raise _action_error(index, action, "needs either 'update' or 'remove: true'")
    if has_update and action["update"] is None:
        raise _action_error(index, action, "'update' must not be null")

    _compile(index, action)


def _compile(index: int, action: Mapping[str, Any]) -> JSONPathQuery:
    target: str = action["target"]
    try:
        return _JSONPATH.compile(target)
    except _QUERY_ERRORS as exc:
        raise _action_error(index, action, f"invalid JSONPath {target!r}: {exc}") from exc


# ----------------------------------------------------------------------------- applying


def _apply_action(document: dict[str, Any], index: int, action: Mapping[str, Any]) -> None:
    query = _compile(index, action)
    try:
        found = query.find(document)
    except _QUERY_ERRORS as exc:  # e.g. recursion limit of the descendant segment
        raise _action_error(index, action, f"cannot evaluate target: {exc}") from exc

    # RFC 9535 node lists may contain the same node twice (``$.a[0,0]``); act on it once.
    nodes: dict[tuple[int | str, ...], JSONPathNode] = {}
    for node in found:
        nodes.setdefault(node.location, node)
    if not nodes:
        raise _action_error(index, action, f"target {action['target']!r} matched nothing")

    if action.get("remove", False):
        _remove_nodes(index, action, list(nodes.values()))
    else:
        for location in nodes:
            _update_node(document, index, action, location)


def _update_node(
    document: dict[str, Any],
    index: int,
    action: Mapping[str, Any],
    location: tuple[int | str, ...],
) -> None:
    # Re-resolve the location instead of trusting the node's value: an earlier match of
    # the same action (e.g. an ancestor selected by ``..``) may have replaced this node.
    path = _normalized_path(location)
    current: Any = document
    for key in location:
        in_dict = isinstance(current, dict) and key in current
        in_list = isinstance(current, list) and isinstance(key, int) and key < len(current)
        if in_dict or in_list:
            current = current[key]
        else:
            raise _action_error(
                index, action, f"node {path} was replaced by an earlier match of this action"
            )

    update = action["update"]
    if isinstance(current, dict):
        if not isinstance(update, Mapping):
            raise _action_error(
                index,
                action,
                f"target node {path} is an object, so 'update' must be an object,"
                f" not {type(update).__name__}",
            )
        _merge(current, update)
    elif isinstance(current, list):
        if isinstance(update, list):
            current.extend(_clone(item) for item in update)
        else:
            current.append(_clone(update))
    else:
        raise _action_error(
            index,
            action,
            f"target node {path} is a scalar ({current!r}); only objects and arrays"
            " can be updated (target the parent object instead)",
        )


def _merge(target: dict[str, Any], update: Mapping[str, Any]) -> None:
    """Deep-merge ``update`` into ``target`` in place, copying every inserted value."""
    for key, value in update.items():
        if key in target:
            existing = target[key]
            if isinstance(existing, dict) and isinstance(value, Mapping):
                _merge(existing, value)
                continue
            if isinstance(existing, list) and isinstance(value, list):
                existing.extend(_clone(item) for item in value)
                continue
        target[key] = _clone(value)


def _remove_nodes(index: int, action: Mapping[str, Any], nodes: list[JSONPathNode]) -> None:
    # Resolve every parent container before mutating anything, then delete array elements
    # from the highest index down so that the remaining indices stay valid.
    dict_removals: list[tuple[dict[Any, Any], int | str]] = []
    list_removals: dict[int, tuple[list[Any], list[int]]] = {}
    for node in nodes:
        if node.parent is None or not node.location:
            raise _action_error(index, action, "cannot remove the document root")
        container = node.parent.value
        key = node.location[-1]
        if isinstance(container, dict):
            dict_removals.append((container, key))
        elif isinstance(container, list) and isinstance(key, int):
            list_removals.setdefault(id(container), (container, []))[1].append(key)
        else:  # pragma: no cover - the library only yields children of dicts and lists
            raise _action_error(index, action, f"cannot remove {node.path()}")

    for mapping, name in dict_removals:
        mapping.pop(name, None)
    for array, indices in list_removals.values():
        for position in sorted(set(indices), reverse=True):
            del array[position]


# ------------------------------------------------------------------------------ helpers


def _normalized_path(location: tuple[int | str, ...]) -> str:
    return "$" + "".join(f"[{key}]" if isinstance(key, int) else f"[{key!r}]" for key in location)


def _clone(value: Any) -> Any:
    """Copy a JSON-like value without keeping any shared mutable objects.

    Unlike ``copy.deepcopy`` this also un-shares objects that appear more than once (YAML
    anchors and aliases), so patching one occurrence never changes another.
    """
    return _clone_inner(value, set())


def _clone_inner(value: Any, active: set[int]) -> Any:
    if isinstance(value, (Mapping, list, tuple)):
        marker = id(value)
        if marker in active:
            raise OverlayError("document contains a reference cycle and cannot be copied")
        active.add(marker)
        try:
            if isinstance(value, Mapping):
                return {key: _clone_inner(item, active) for key, item in value.items()}
            return [_clone_inner(item, active) for item in value]
        finally:
            active.discard(marker)
    return value  # scalars (str, int, float, bool, None, dates) are immutable


def _load_yaml(path: str | os.PathLike[str]) -> Any:
    """Load one YAML document, keeping implicitly typed mapping keys as strings."""
    with open(path, encoding="utf-8") as stream:
        loader = yaml.SafeLoader(stream)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _stringify_keys(node, set())
            return loader.construct_document(node)
        finally:
            loader.dispose()


def _stringify_keys(node: yaml.Node, seen: set[int]) -> None:
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag in _NON_STRING_KEY_TAGS:
                key_node.tag = _STR_TAG
            _stringify_keys(key_node, seen)
            _stringify_keys(value_node, seen)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _stringify_keys(item, seen)
