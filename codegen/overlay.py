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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import yaml
from jsonpath_rfc9535 import JSONPathEnvironment, JSONPathError, JSONPathNode, JSONPathQuery

__all__ = [
    "EXPECT_KEY",
    "OverlayError",
    "OverlayResult",
    "actions_touching",
    "apply_overlay",
    "apply_overlay_file",
    "apply_overlay_traced",
    "load_document",
    "load_overlay",
]

_VERSION_RE: Final = re.compile(r"1\.0\.(0|[1-9][0-9]*)")
_TOP_LEVEL_KEYS: Final = frozenset({"overlay", "info", "extends", "actions"})
_ACTION_KEYS: Final = frozenset({"target", "description", "update", "remove"})
#: Extension on an action: how many nodes its target must match (an exact count).
EXPECT_KEY: Final = "x-expect"
#: Extension on a remove action: the upstream enum values it knowingly removes.
ALLOW_ENUM_REMOVAL_KEY: Final = "x-removes-enum"
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
    """An overlay document is invalid or one or more of its actions could not be applied.

    ``action_index`` is the 1-based index of the (first) failing action, or ``None`` when
    the problem is not specific to one action; ``problems`` lists one error per failing
    action when several failed.
    """

    def __init__(
        self,
        message: str,
        *,
        action_index: int | None = None,
        problems: tuple[OverlayError, ...] = (),
    ) -> None:
        super().__init__(message)
        self.action_index = action_index
        self.problems = problems or (self,)


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
    objects with them. Raises ``OverlayError`` if the overlay is invalid or any action
    fails (invalid JSONPath, a target matching nothing or not the ``x-expect`` count,
    updating a scalar, an enum conflicting with the upstream one, a rule naming a property
    that does not exist...); every failing action is listed in the one error.
    """
    return apply_overlay_traced(document, overlay).document


def apply_overlay_traced(document: dict[str, Any], overlay: Mapping[str, Any]) -> OverlayResult:
    """Like :func:`apply_overlay`, also returning which locations each action touched (so
    a later validation error can name the action that caused it)."""
    if not isinstance(document, Mapping):
        raise TypeError(f"document must be a mapping, not {type(document).__name__}")
    actions = _validate_overlay(overlay)
    result: dict[str, Any] = _clone(document)
    applier = _Applier(result)
    for index, action in enumerate(actions, start=1):
        try:
            applier.apply(index, action)
        except OverlayError as exc:
            applier.problems.append(exc)
    for index, action in enumerate(actions, start=1):
        applier.check_rule_names(index, action)
    if applier.problems:
        if len(applier.problems) == 1:
            raise applier.problems[0]
        raise OverlayError(
            f"{len(applier.problems)} overlay actions failed:\n"
            + "\n".join(f"  - {problem}" for problem in applier.problems),
            action_index=applier.problems[0].action_index,
            problems=tuple(applier.problems),
        )
    return OverlayResult(result, {i: tuple(locs) for i, locs in applier.touched.items()})


def actions_touching(result: OverlayResult, path: Sequence[int | str]) -> list[int]:
    """The 1-based indexes of the actions that last shaped ``path``: those that changed
    the nearest enclosing node (or, failing that, a node inside it)."""
    where = tuple(path)
    enclosing = [
        (len(loc), index)
        for index, locations in result.touched.items()
        for loc in locations
        if where[: len(loc)] == loc
    ]
    if enclosing:
        deepest = max(depth for depth, _ in enclosing)
        return sorted({index for depth, index in enclosing if depth == deepest})
    return sorted(
        index
        for index, locations in result.touched.items()
        if any(loc[: len(where)] == where for loc in locations)
    )


def apply_overlay_file(
    spec_path: str | os.PathLike[str], overlay_path: str | os.PathLike[str]
) -> dict[str, Any]:
    """Load an OpenAPI YAML (or JSON) file and an overlay file, and apply the overlay.

    Mapping keys that YAML would resolve to non-strings (``200:``, ``true:``) are kept as
    the strings written in the file, as in JSON and as OpenAPI requires.
    """
    return apply_overlay(load_document(spec_path), load_overlay(overlay_path))


def load_document(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Load an OpenAPI YAML (or JSON) file as a dict, mapping keys kept as strings."""
    document = _load_yaml(path)
    if not isinstance(document, dict):
        raise TypeError(f"{os.fspath(path)}: OpenAPI document must be a mapping")
    return document


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

    expected = action.get(EXPECT_KEY)
    if expected is not None and (
        isinstance(expected, bool) or not isinstance(expected, int) or expected < 1
    ):
        raise _action_error(
            index, action, f"'{EXPECT_KEY}' must be a positive integer, got {expected!r}"
        )

    _compile(index, action)


def _compile(index: int, action: Mapping[str, Any]) -> JSONPathQuery:
    target: str = action["target"]
    try:
        return _JSONPATH.compile(target)
    except _QUERY_ERRORS as exc:
        raise _action_error(index, action, f"invalid JSONPath {target!r}: {exc}") from exc


# ----------------------------------------------------------------------------- applying


@dataclass(frozen=True)
class OverlayResult:
    """An overlaid document and, per action (1-based index), the locations it changed."""

    document: dict[str, Any]
    touched: Mapping[int, tuple[tuple[int | str, ...], ...]]


# Keywords whose subschemas constrain the same instance as the schema holding them: names
# in their `required` / `properties` must be properties of that schema.
_IN_PLACE_KEYWORDS: Final = ("allOf", "anyOf", "oneOf")
_IN_PLACE_SINGLE: Final = ("if", "then", "else", "not")


class _Applier:
    """Applies actions to one document, collecting problems instead of stopping."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.problems: list[OverlayError] = []
        self.touched: dict[int, list[tuple[int | str, ...]]] = {}

    def apply(self, index: int, action: Mapping[str, Any]) -> None:
        query = _compile(index, action)
        try:
            found = query.find(self.document)
        except _QUERY_ERRORS as exc:  # e.g. recursion limit of the descendant segment
            raise _action_error(index, action, f"cannot evaluate target: {exc}") from exc

        # RFC 9535 node lists may contain the same node twice (``$.a[0,0]``); act on it once.
        nodes: dict[tuple[int | str, ...], JSONPathNode] = {}
        for node in found:
            nodes.setdefault(node.location, node)
        expected = action.get(EXPECT_KEY)
        if not nodes:
            raise _action_error(
                index,
                action,
                f"target {action['target']!r} matched nothing"
                + (f" (x-expect: {expected})" if expected is not None else ""),
            )
        if expected is not None and len(nodes) != expected:
            listed = ", ".join(_normalized_path(location) for location in nodes)
            raise _action_error(
                index,
                action,
                f"target {action['target']!r} matched {len(nodes)} node(s), x-expect says"
                f" {expected}: {listed}. The upstream spec changed under this action: check"
                " that it still means what it says, then fix the target or x-expect.",
            )
        self.touched[index] = list(nodes)
        if action.get("remove", False):
            self._remove_nodes(index, action, list(nodes.values()))
        else:
            for location in nodes:
                self._update_node(index, action, location)

    def _update_node(
        self, index: int, action: Mapping[str, Any], location: tuple[int | str, ...]
    ) -> None:
        # Re-resolve the location instead of trusting the node's value: an earlier match of
        # the same action (e.g. an ancestor selected by ``..``) may have replaced this node.
        path = _normalized_path(location)
        current: Any = self.document
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
            conflicts: list[str] = []
            _merge(current, update, location, conflicts)
            if conflicts:
                raise _action_error(index, action, "; ".join(conflicts))
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

    def _remove_nodes(
        self, index: int, action: Mapping[str, Any], nodes: list[JSONPathNode]
    ) -> None:
        # Resolve every parent container before mutating anything, then delete array
        # elements from the highest index down so that the remaining indices stay valid.
        dict_removals: list[tuple[dict[Any, Any], int | str]] = []
        list_removals: dict[int, tuple[list[Any], list[int]]] = {}
        dropped: list[tuple[str, list[Any]]] = []
        for node in nodes:
            if node.parent is None or not node.location:
                raise _action_error(index, action, "cannot remove the document root")
            container = node.parent.value
            key = node.location[-1]
            dropped.extend(
                (_normalized_path((*node.location, *sub)), values)
                for sub, values in _enums_in(node.value, ())
            )
            if isinstance(container, dict):
                dict_removals.append((container, key))
            elif isinstance(container, list) and isinstance(key, int):
                list_removals.setdefault(id(container), (container, []))[1].append(key)
            else:  # pragma: no cover - the library only yields children of dicts and lists
                raise _action_error(index, action, f"cannot remove {node.path()}")
        allowed = action.get(ALLOW_ENUM_REMOVAL_KEY)
        unexpected = [
            (where, values)
            for where, values in dropped
            if not (
                isinstance(allowed, list) and sorted(map(str, values)) == sorted(map(str, allowed))
            )
        ]
        if unexpected:
            listed = "; ".join(f"{where}: {values}" for where, values in unexpected)
            raise _action_error(
                index,
                action,
                f"would remove an upstream enum ({listed}): the vendor lists the values"
                " itself, and the overlay would hide any it adds or drops. Reconcile the"
                f" overlay's enum with them and state the values this action may remove"
                f" ({ALLOW_ENUM_REMOVAL_KEY}: [...]).",
            )

        for mapping, name in dict_removals:
            mapping.pop(name, None)
        for array, indices in list_removals.values():
            for position in sorted(set(indices), reverse=True):
                del array[position]

    def check_rule_names(self, index: int, action: Mapping[str, Any]) -> None:
        """Fail if a rule the action wrote names a property its schema does not have."""
        if action.get("remove", False):
            return
        for location in self.touched.get(index, ()):
            node = _resolve(self.document, location)
            if not isinstance(node, dict) or not isinstance(node.get("properties"), dict):
                continue
            known = set(node["properties"])
            unknown = sorted(set(_rule_names(node, top=True)) - known)
            if unknown:
                self.problems.append(
                    _action_error(
                        index,
                        action,
                        f"rules at {_normalized_path(location)} name propert"
                        f"{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)} that"
                        f" the schema does not define (it has: {', '.join(sorted(known))})."
                        " Was a property renamed upstream?",
                    )
                )


def _rule_names(schema: Mapping[str, Any], *, top: bool) -> list[str]:
    """Property names that the schema's rules (``required``, and ``properties`` of the
    in-place subschemas) refer to; names a subschema declares itself are its own."""
    names: list[str] = []
    own = schema.get("properties")
    required = schema.get("required")
    if isinstance(required, list):
        declared = set(own) if isinstance(own, dict) and not top else set()
        names.extend(str(name) for name in required if name not in declared)
    if not top and isinstance(own, dict):
        names.extend(str(name) for name in own)
    for keyword in _IN_PLACE_KEYWORDS:
        for sub in schema.get(keyword) or ():
            if isinstance(sub, Mapping):
                names.extend(_rule_names(sub, top=False))
    for keyword in _IN_PLACE_SINGLE:
        sub = schema.get(keyword)
        if isinstance(sub, Mapping):
            names.extend(_rule_names(sub, top=False))
    return names


def _enums_in(value: Any, where: tuple[int | str, ...]) -> list[tuple[tuple[int | str, ...], Any]]:
    found: list[tuple[tuple[int | str, ...], Any]] = []
    if isinstance(value, dict):
        if isinstance(value.get("enum"), list):
            found.append(((*where, "enum"), value["enum"]))
        for key, item in value.items():
            if key != "enum":
                found.extend(_enums_in(item, (*where, key)))
    elif isinstance(value, list):
        for position, item in enumerate(value):
            found.extend(_enums_in(item, (*where, position)))
    return found


def _resolve(document: Any, location: tuple[int | str, ...]) -> Any:
    current = document
    for key in location:
        try:
            current = current[key]
        except (KeyError, IndexError, TypeError):
            return None
    return current


def _merge(
    target: dict[str, Any],
    update: Mapping[str, Any],
    where: tuple[int | str, ...],
    conflicts: list[str],
) -> None:
    """Deep-merge ``update`` into ``target`` in place, copying every inserted value.

    Objects merge and arrays are appended to (Overlay 1.0), except ``enum``: an overlay
    that sets an enum states the whole list, so it replaces; an upstream enum with other
    values is a conflict (the vendor added or dropped a value the overlay does not know).
    """
    for key, value in update.items():
        if key in target:
            existing = target[key]
            if key == "enum" and isinstance(existing, list) and isinstance(value, list):
                if existing != value:
                    added = [v for v in existing if v not in value]
                    dropped = [v for v in value if v not in existing]
                    if added or dropped:
                        conflicts.append(
                            f"{_normalized_path((*where, key))}: the upstream enum"
                            + (f" adds {added}" if added else "")
                            + (" and" if added and dropped else "")
                            + (f" no longer has {dropped}" if dropped else "")
                            + " compared with the overlay's; update the overlay's enum"
                        )
                target[key] = _clone(value)
                continue
            if isinstance(existing, dict) and isinstance(value, Mapping):
                _merge(existing, value, (*where, key), conflicts)
                continue
            if isinstance(existing, list) and isinstance(value, list):
                existing.extend(_clone(item) for item in value)
                continue
        target[key] = _clone(value)


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
