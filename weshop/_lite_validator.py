"""A small JSON Schema 2020-12 validator for the keywords this spec uses, naming errors
exactly as ``jsonschema`` does — so that a cold start need not import it.

``jsonschema`` (with ``referencing``, ``rpds`` and ``attrs``) takes longer to import than
httpx; the shipped spec uses a handful of keywords. For a schema whose every reachable
keyword is one of :data:`SUPPORTED` (checked before use: :func:`supports`), this walks the
instance the way ``jsonschema``'s ``Draft202012Validator`` does — keywords in the schema's
order, ``anyOf`` collecting the errors of every branch as context, ``if``/``then``/``else``
— and yields the same errors: the same message, instance path, keyword, keyword value and
context, plus the overlay ``x-rule`` and description that
:meth:`weshop._spec.SpecValidator._rule_of` finds on the error's schema path. Any other
schema goes to ``jsonschema``. ``tests/test_lite_validator.py`` holds the two to the same
answers on every rule example and thousands of mutations of them.

The messages are ``jsonschema``'s own (4.23-4.26 word them alike).
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

__all__ = ["SUPPORTED", "LiteError", "LiteValidator", "supports"]

#: The keywords walked here; ``jsonschema``'s other 2020-12 keywords are not.
SUPPORTED: Final = frozenset(
    {
        "$ref",
        "additionalProperties",
        "allOf",
        "anyOf",
        "const",
        "enum",
        "format",
        "if",
        "items",
        "maxItems",
        "maxLength",
        "maximum",
        "minItems",
        "minLength",
        "minimum",
        "not",
        "pattern",
        "properties",
        "required",
        "type",
    }
)
#: Every keyword ``jsonschema``'s Draft202012Validator asserts (others are annotations).
_ASSERTING: Final = SUPPORTED | {
    "$dynamicRef",
    "contains",
    "dependentRequired",
    "dependentSchemas",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxProperties",
    "minProperties",
    "multipleOf",
    "oneOf",
    "patternProperties",
    "prefixItems",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "uniqueItems",
}

Rule = tuple[str | None, str | None]


@dataclass
class LiteError:
    """One error, with what :class:`jsonschema.ValidationError` would say of it."""

    validator: str
    validator_value: Any
    message: str
    path: tuple[str | int, ...]
    #: The innermost overlay rule (``x-rule``, description) on the error's schema path.
    rule: Rule
    #: For ``anyOf``: the errors of every branch (each knows its ``branch``).
    context: list[LiteError] = field(default_factory=list)
    #: Inside an ``anyOf``'s context: the index of the branch it arose in.
    branch: int | None = None
    #: The instance the keyword judged (kept for ``required``).
    instance: object = None


def _step(rule: Rule, node: object) -> Rule:
    """The rule after stepping onto ``node`` along a schema path."""
    if isinstance(node, Mapping) and isinstance(node.get("x-rule"), str):
        return node["x-rule"], node.get("description")
    return rule


def _is_type(instance: object, kind: str) -> bool:
    if kind == "string":
        return isinstance(instance, str)
    if kind == "object":
        return isinstance(instance, dict)
    if kind == "array":
        return isinstance(instance, list)
    if kind == "integer":
        if isinstance(instance, bool):
            return False
        return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())
    if kind == "number":
        return not isinstance(instance, bool) and isinstance(instance, numbers.Number)
    if kind == "boolean":
        return isinstance(instance, bool)
    if kind == "null":
        return instance is None
    raise _UnsupportedError(f"type {kind!r}")


def _unbool(element: object) -> object:
    if element is True:
        return _TRUE
    if element is False:
        return _FALSE
    return element


_TRUE: Final = object()
_FALSE: Final = object()


def equal(one: object, two: object) -> bool:
    """``jsonschema``'s equality: ``True`` is not ``1``, recursively."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return one == two
    if isinstance(one, Sequence) and isinstance(two, Sequence):
        return len(one) == len(two) and all(equal(i, j) for i, j in zip(one, two, strict=True))
    if isinstance(one, Mapping) and isinstance(two, Mapping):
        return len(one) == len(two) and all(
            key in two and equal(value, two[key]) for key, value in one.items()
        )
    return bool(_unbool(one) == _unbool(two))


class _UnsupportedError(Exception):
    """The schema uses something this validator does not walk."""


def supports(spec: Mapping[str, Any], root: Any, resolve: Callable[[str], Any]) -> bool:
    """Whether every schema reachable from ``root`` (references followed) uses only
    :data:`SUPPORTED` keywords, ``type`` names, local references without siblings that
    assert, and ``additionalProperties: false`` (or a schema) without ``patternProperties``."""
    seen: set[int] = set()
    stack = [root]
    try:
        while stack:
            node = stack.pop()
            if isinstance(node, bool):
                continue
            if not isinstance(node, Mapping):
                return False
            if id(node) in seen:
                continue
            seen.add(id(node))
            asserting = [key for key in node if key in _ASSERTING]
            if any(key not in SUPPORTED for key in asserting):
                return False
            if "$ref" in node:
                if len(asserting) > 1:
                    return False  # see _rule_of: a reference with siblings is walked apart
                stack.append(resolve(str(node["$ref"])))
            for kind in _as_list(node.get("type", [])):
                _is_type(None, str(kind))
            for key in ("additionalProperties", "items", "not", "if", "then", "else"):
                if key in node and not isinstance(node[key], bool):
                    stack.append(node[key])
            for key in ("allOf", "anyOf"):
                if key in node:
                    stack.extend(node[key])
            if isinstance(node.get("properties"), Mapping):
                stack.extend(node["properties"].values())
            elif "properties" in node:
                return False
    except (_UnsupportedError, KeyError, IndexError, TypeError, ValueError):
        return False
    return True


def _as_list(value: object) -> list[Any]:
    return [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []


class LiteValidator:
    """Walks instances against schemas of one document (see the module's docstring)."""

    def __init__(
        self,
        resolve: Callable[[str], Any],
        formats: Mapping[str, Callable[[object], bool]],
        regex: Callable[[str], re.Pattern[str]],
    ) -> None:
        self._resolve = resolve
        self._formats = formats
        self._regex = regex

    def iter_errors(self, schema: Any, instance: object) -> Iterator[LiteError]:
        """The errors of ``instance`` against ``schema`` (the root of a validator)."""
        return self._descend(schema, instance, (), (None, None))

    def is_valid(self, schema: Any, instance: object) -> bool:
        return next(self.iter_errors(schema, instance), None) is None

    def _descend(
        self, schema: Any, instance: object, path: tuple[str | int, ...], rule: Rule
    ) -> Iterator[LiteError]:
        if schema is True:
            return
        if schema is False:
            yield LiteError("None", None, f"False schema does not allow {instance!r}", path, rule)
            return
        for keyword, value in schema.items():
            if keyword not in SUPPORTED:
                continue
            walk = getattr(self, _METHODS[keyword])
            # The schema path steps onto the keyword's value (``$ref`` and ``if`` are
            # left out of jsonschema's paths; their methods step themselves).
            here = rule if keyword in ("$ref", "if") else _step(rule, value)
            yield from walk(value, instance, schema, path, here)

    def _error(
        self, keyword: str, value: Any, message: str, path: tuple[str | int, ...], rule: Rule
    ) -> LiteError:
        return LiteError(keyword, value, message, path, rule)

    def _ref(
        self, ref: str, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        # _rule_of follows a reference without taking the target's own rule, and a rule
        # wrapping a reference is not the rule broken inside it.
        yield from self._descend(self._resolve(ref), instance, path, (None, None))

    def _type(
        self, types: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        kinds = _as_list(types)
        if not any(_is_type(instance, str(kind)) for kind in kinds):
            reprs = ", ".join(repr(kind) for kind in kinds)
            yield self._error("type", types, f"{instance!r} is not of type {reprs}", path, rule)

    def _properties(
        self, properties: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if not isinstance(instance, dict):
            return
        for name, subschema in properties.items():
            if name in instance:
                yield from self._descend(
                    subschema, instance[name], (*path, name), _step(rule, subschema)
                )

    def _additional_properties(
        self, extra_schema: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if not isinstance(instance, dict):
            return
        known = schema.get("properties", {})
        extras = [name for name in instance if name not in known]
        if isinstance(extra_schema, Mapping):
            for name in extras:
                yield from self._descend(extra_schema, instance[name], (*path, name), rule)
        elif not extra_schema and extras:
            shown = sorted(set(extras), key=str)
            verb = "was" if len(shown) == 1 else "were"
            names = ", ".join(repr(name) for name in shown)
            message = f"Additional properties are not allowed ({names} {verb} unexpected)"
            yield self._error("additionalProperties", extra_schema, message, path, rule)

    def _required(
        self, names: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if not isinstance(instance, dict):
            return
        for name in names:
            if name not in instance:
                message = f"{name!r} is a required property"
                yield LiteError("required", names, message, path, rule, instance=instance)

    def _items(
        self, items: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if not isinstance(instance, list) or not instance:
            return
        if items is False:
            rest = instance if len(instance) != 1 else instance[0]
            message = f"Expected at most 0 items but found {len(instance)} extra: {rest!r}"
            yield self._error("items", items, message, path, rule)
            return
        for index, item in enumerate(instance):
            yield from self._descend(items, item, (*path, index), rule)

    def _const(
        self, const: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if not equal(instance, const):
            yield self._error("const", const, f"{const!r} was expected", path, rule)

    def _enum(
        self, enums: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if all(not equal(each, instance) for each in enums):
            yield self._error("enum", enums, f"{instance!r} is not one of {enums!r}", path, rule)

    def _minimum(
        self, minimum: Any, instance: Any, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if _is_type(instance, "number") and instance < minimum:
            message = f"{instance!r} is less than the minimum of {minimum!r}"
            yield self._error("minimum", minimum, message, path, rule)

    def _maximum(
        self, maximum: Any, instance: Any, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if _is_type(instance, "number") and instance > maximum:
            message = f"{instance!r} is greater than the maximum of {maximum!r}"
            yield self._error("maximum", maximum, message, path, rule)

    def _min_items(
        self, limit: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if isinstance(instance, list) and len(instance) < limit:
            message = "should be non-empty" if limit == 1 else "is too short"
            yield self._error("minItems", limit, f"{instance!r} {message}", path, rule)

    def _max_items(
        self, limit: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if isinstance(instance, list) and len(instance) > limit:
            message = "is expected to be empty" if limit == 0 else "is too long"
            yield self._error("maxItems", limit, f"{instance!r} {message}", path, rule)

    def _min_length(
        self, limit: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if isinstance(instance, str) and len(instance) < limit:
            message = "should be non-empty" if limit == 1 else "is too short"
            yield self._error("minLength", limit, f"{instance!r} {message}", path, rule)

    def _max_length(
        self, limit: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if isinstance(instance, str) and len(instance) > limit:
            message = "is expected to be empty" if limit == 0 else "is too long"
            yield self._error("maxLength", limit, f"{instance!r} {message}", path, rule)

    def _pattern(
        self, pattern: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if isinstance(instance, str) and not self._regex(pattern).search(instance):
            message = f"{instance!r} does not match {pattern!r}"
            yield self._error("pattern", pattern, message, path, rule)

    def _format(
        self, name: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        check = self._formats.get(name)
        if check is not None and not check(instance):
            yield self._error("format", name, f"{instance!r} is not a {name!r}", path, rule)

    def _all_of(
        self, branches: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        for branch in branches:
            yield from self._descend(branch, instance, path, _step(rule, branch))

    def _any_of(
        self, branches: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        context: list[LiteError] = []
        for index, branch in enumerate(branches):
            found = list(self._descend(branch, instance, path, _step(rule, branch)))
            if not found:
                return
            for error in found:
                error.branch = index
            context.extend(found)
        message = f"{instance!r} is not valid under any of the given schemas"
        yield LiteError("anyOf", branches, message, path, rule, context)

    def _not(
        self, forbidden: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if next(self._descend(forbidden, instance, path, rule), None) is None:
            message = f"{instance!r} should not be valid under {forbidden!r}"
            yield self._error("not", forbidden, message, path, rule)

    def _if(
        self, condition: Any, instance: object, schema: Any, path: Any, rule: Rule
    ) -> Iterator[LiteError]:
        if next(self._descend(condition, instance, path, rule), None) is None:
            if "then" in schema:
                then = schema["then"]
                yield from self._descend(then, instance, path, _step(rule, then))
        elif "else" in schema:
            otherwise = schema["else"]
            yield from self._descend(otherwise, instance, path, _step(rule, otherwise))


_METHODS: Final = {
    "$ref": "_ref",
    "additionalProperties": "_additional_properties",
    "allOf": "_all_of",
    "anyOf": "_any_of",
    "const": "_const",
    "enum": "_enum",
    "format": "_format",
    "if": "_if",
    "items": "_items",
    "maxItems": "_max_items",
    "maxLength": "_max_length",
    "maximum": "_maximum",
    "minItems": "_min_items",
    "minLength": "_min_length",
    "minimum": "_minimum",
    "not": "_not",
    "pattern": "_pattern",
    "properties": "_properties",
    "required": "_required",
    "type": "_type",
}
