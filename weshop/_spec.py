"""The overlaid OpenAPI spec and validation against it — the one source of truth.

The facade's local validation, the mock server's request validation and the tests all
go through this module, so every enum and rule lives once: in the overlay that produced
``generated/openapi.yaml``. Nothing here re-types a rule.

A broken rule is reported as a :class:`Violation` naming the field (dotted path into the
instance, e.g. ``params.batchCount``) and the rule: the overlay's ``x-rule`` id where the
rule came from an overlay ``allOf`` entry, otherwise the JSON Schema keyword that failed
(``maximum``, ``enum``, ``required``, ...).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, Protocol

from . import _lite_validator
from ._agent_selection import (
    OTHER_AGENT,
    agent_name,
    is_agent_selection,
    quick_key,
    selected_branch,
    without_other_agents,
)
from ._spec_document import (
    ImageConstraints,
    agent_params_schemas,
    escape_pointer,
    image_constraints,
    load_spec,
    operation_parameters,
    parameter_pointer,
    resolve_pointer,
    schema_at,
)
from ._spec_formats import ecma_regex, formats, full_validator, is_uri
from ._violations import Violation

if TYPE_CHECKING:
    # Imported where first used: YAML and JSON Schema take longer to import than httpx,
    # and `import weshop` should not pay for them before the first validation.

    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

__all__ = [
    "LARGE_INSTANCE",
    "MAX_VIOLATIONS",
    "SPEC_URI",
    "ImageConstraints",
    "SpecValidator",
    "Violation",
    "agent_params_schemas",
    "escape_pointer",
    "image_constraints",
    "is_uri",
    "load_spec",
    "parameter_pointer",
    "parameter_violations",
    "resolve_pointer",
    "schema_at",
    "spec_validator",
]

SPEC_URI: Final = "urn:weshop:openapi"
#: The most violations :meth:`SpecValidator.violations` lists; past it, one more entry
#: (rule ``too-many-errors``) says that more were left out. Bounds the answer to hostile
#: input (400,000 invalid array items) and the work of naming its errors.
MAX_VIOLATIONS: Final = 20
#: Instances with more values than this (objects, arrays and scalars, counted) are
#: named by their first broken rule only, found by the compiled validator: walking a
#: long valid array in pure Python to find one bad item costs ~7 µs an item.
LARGE_INSTANCE: Final = 10_000


@functools.cache
def _compiled_validators() -> ModuleType | None:
    """The compiled ``jsonschema-rs`` (the ``fast`` extra), or ``None`` where it is not
    installed — it has no wheels for some platforms; the pure-Python validator then
    answers alone, with the same verdicts."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs


class _YesNo(Protocol):
    def is_valid(self, instance: Any) -> bool: ...
    def iter_errors(self, instance: Any) -> Iterator[Any]: ...


class _LiteQuick:
    """:class:`~weshop._lite_validator.LiteValidator` on one root schema, as a _YesNo."""

    def __init__(self, lite: _lite_validator.LiteValidator, root: Any) -> None:
        self._lite = lite
        self._root = root

    def is_valid(self, instance: Any) -> bool:
        return self._lite.is_valid(self._root, instance)

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        return self._lite.iter_errors(self._root, instance)


class SpecValidator:
    """Validates instances against schemas of one OpenAPI document (JSON Schema 2020-12)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._validators: dict[str, Draft202012Validator] = {}
        self._quick: dict[str, _YesNo] = {}
        self._inlined: dict[str, Any] = {}
        self._lite_roots: dict[str, Any] = {}

    @functools.cached_property
    def _registry(self) -> Registry[Any]:
        # Built when a jsonschema validator is first needed (referencing, like jsonschema,
        # takes about as long to import as httpx).
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        resource = Resource.from_contents(self._spec, default_specification=DRAFT202012)
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        return registry

    @functools.cached_property
    def _rs_formats(self) -> dict[str, Any]:
        # Only `uri` is asserted (JSON Schema 2020-12 makes `format` an annotation): the
        # compiled validator gets our checker for it and a yes for every other format.
        return dict.fromkeys(_formats_in(self._spec), _any_value) | {"uri": is_uri}

    @property
    def spec(self) -> Mapping[str, Any]:
        """The OpenAPI document this validator reads."""
        return self._spec

    def validator(self, pointer: str, agent: str | None = None) -> Draft202012Validator:
        """A validator for the schema at a JSON pointer, e.g. ``/components/schemas/RunRequest``.

        With ``agent`` (a catalog name, or :data:`OTHER_AGENT`), the schema's selection of
        an agent's rules by name keeps only that agent's branch (:func:`without_other_agents`):
        the one to use for a run request naming ``agent``. It is built on first use, so a
        cold start validating one agent's run never walks the other 140-odd branches."""
        key = pointer if agent is None else f"{pointer}\n{agent}"
        cached = self._validators.get(key)
        if cached is None:
            cached = full_validator()(
                self._root_schema(pointer, agent),
                registry=self._registry,
                format_checker=formats(),
            )
            self._validators[key] = cached
        return cached

    def _root_schema(self, pointer: str, agent: str | None) -> Any:
        """The schema a validator for ``pointer`` (and ``agent``) starts from."""
        if agent is not None:
            node = resolve_pointer(self._spec, pointer)
            reduced = without_other_agents(node, agent)
            if reduced is not node:
                # Its references still point into the spec (the registry's resource).
                return _absolute_refs(reduced)
        return {"$ref": f"{SPEC_URI}#{pointer}"}

    def _lite_root(self, pointer: str, agent: str | None) -> Any | None:
        """The root schema for :class:`~weshop._lite_validator.LiteValidator`, or None
        where the schema uses a keyword it does not walk (``jsonschema`` then answers)."""
        key = pointer if agent is None else f"{pointer}\n{agent}"
        if key not in self._lite_roots:
            root = self._root_schema(pointer, agent)
            supported = _lite_validator.supports(self._spec, root, self._resolve_ref)
            self._lite_roots[key] = root if supported else None
        return self._lite_roots[key]

    def _resolve_ref(self, ref: str) -> Any:
        local = ref.removeprefix(SPEC_URI)
        if not local.startswith("#"):
            raise KeyError(ref)
        return resolve_pointer(self._spec, local[1:])

    @functools.cached_property
    def _lite(self) -> _lite_validator.LiteValidator:
        return _lite_validator.LiteValidator(self._resolve_ref, {"uri": is_uri}, ecma_regex)

    def is_valid(self, schema: str, instance: object) -> bool:
        """Whether ``instance`` breaks no rule: the quick yes/no that :meth:`violations`
        asks first, so that only invalid input pays for finding and naming the rules."""
        pointer = _pointer(schema)
        key = quick_key(pointer, instance)
        quick = self._quick.get(key)
        if quick is None:
            # A valid request is the common case, and pure-Python validation of a run
            # request costs ~0.3 ms — most of the facade's own overhead per call. The
            # compiled jsonschema-rs answers yes/no in microseconds; it needs the schema
            # with its references inlined ($ref with siblings becomes allOf: equivalent in
            # 2020-12). A recursive schema keeps the pure-Python validator, and so does
            # every schema where jsonschema-rs is not installed.
            agent = agent_name(instance)
            quick = self._compiled(pointer, key, agent) or self._lite_quick(pointer, agent)
            self._quick[key] = quick
        try:
            return bool(quick.is_valid(instance))
        except (ValueError, TypeError, OverflowError):
            # Input jsonschema-rs cannot hold (strings with lone surrogates, integers
            # beyond 64 bits): the pure-Python validator takes any Python value.
            return bool(self.validator(pointer, agent_name(instance)).is_valid(instance))

    def _lite_quick(self, pointer: str, agent: str | None) -> _YesNo:
        """The yes/no without the compiled validator: the lite walker where it serves the
        schema (no jsonschema import on a cold start), else jsonschema."""
        root = self._lite_root(pointer, agent)
        if root is None:
            return self.validator(pointer, agent)
        return _LiteQuick(self._lite, root)

    def _compiled(self, pointer: str, key: str, agent: str | None) -> _YesNo | None:
        compiled = _compiled_validators()
        if compiled is None:
            return None
        try:
            inlined = _inline(self._spec, resolve_pointer(self._spec, pointer), ())
        except _RecursiveSchemaError:
            return None
        if agent is not None:
            # A run request names one agent: the other 140-odd agents' if/then branches
            # cannot apply. Compiled once per name without them, a catalog run validates
            # in a few microseconds instead of testing every branch.
            inlined = without_other_agents(inlined, agent)
        self._inlined[key] = inlined
        quick: _YesNo = compiled.validator_for(
            inlined, validate_formats=True, formats=self._rs_formats
        )
        return quick

    def violations(
        self, schema: str, instance: object, *, limit: int = MAX_VIOLATIONS
    ) -> list[Violation]:
        """Every rule ``instance`` breaks — at most ``limit`` of them, then one entry with
        rule ``too-many-errors``. ``schema`` is a component schema name (``RunRequest``)
        or a JSON pointer into the spec (``/paths/.../schema``).

        An instance of more than :data:`LARGE_INSTANCE` values is named by its first
        broken rule only (and the ``too-many-errors`` entry), so that no input, however
        large, costs more than one pass of the compiled validator."""
        if self.is_valid(schema, instance):
            return []
        pointer = _pointer(schema)
        key = quick_key(pointer, instance)
        quick = self._quick[key]
        if key in self._inlined and _larger_than(instance, LARGE_INSTANCE):
            first = self._first_quick_violation(key, quick, instance)
            if first is not None:
                note = Violation(
                    "",
                    "too-many-errors",
                    f"the request holds more than {LARGE_INSTANCE} values: only its first "
                    "broken rule is listed",
                )
                return [first, note]
        agent = agent_name(instance)
        lite_root = self._lite_root(pointer, agent)
        errors: Iterator[Any]
        if lite_root is not None:
            errors = _selected_errors(self._lite.iter_errors(lite_root, instance), instance)
            name: Callable[[Any], Violation] = _lite_violation
        else:
            validator = self.validator(pointer, agent)
            errors = _selected_errors(validator.iter_errors(instance), instance)
            name = functools.partial(self._violation, validator)
        found: list[Violation] = []
        truncated = False
        for error in errors:
            found.append(name(error))
            # Several schema paths can report one problem (e.g. an allOf branch and its $ref).
            found = list(dict.fromkeys(found))
            if len(found) > limit:
                found, truncated = found[:limit], True
                break
        if not found:
            # The quick validator said no, jsonschema found nothing: a pattern ending in
            # "$", which Python's re also matches before a trailing newline but ECMA-262
            # (and jsonschema-rs) does not. The stricter verdict stands.
            first = self._first_quick_violation(key, quick, instance)
            found = [first] if first is not None else []
        found.sort(key=lambda v: (v.field, v.rule, v.message))
        if truncated:
            message = f"more rules are broken; only the first {limit} are listed"
            found.append(Violation("", "too-many-errors", message))
        return found

    def _first_quick_violation(
        self, pointer: str, quick: _YesNo, instance: object
    ) -> Violation | None:
        """The compiled validator's first error (it stops there), named like ours: the
        innermost overlay ``x-rule`` on its schema path, else the keyword."""
        error = next(iter(_first_error(quick, instance)), None)
        if error is None:
            return None
        path = [str(part) for part in error.instance_path]
        schema_path = list(error.schema_path)
        keyword = str(schema_path[-1]) if schema_path else "schema"
        rule: str | None = None
        description: str | None = None
        node: Any = self._inlined.get(pointer)
        for part in schema_path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(node, Mapping) and _INLINED_REF in node:
                rule = description = None  # as in _rule_of: a rule wrapping a reference
            if isinstance(node, Mapping) and isinstance(node.get("x-rule"), str):
                rule, description = node["x-rule"], node.get("description")
        message = str(error.message)
        if keyword == "required":
            missing = getattr(error.kind, "property", None)
            if isinstance(missing, str):
                path.append(missing)
            message = f"is required ({description})" if description else "is required"
        elif description:
            message = f"{message} ({description})"
        return Violation(".".join(path), rule or keyword, _shorten(message))

    def _violation(self, validator: Draft202012Validator, error: ValidationError) -> Violation:
        path = [str(part) for part in error.absolute_path]
        rule, rule_description = self._rule_of(validator, error)
        if error.validator == "required" and isinstance(error.instance, Mapping):
            missing = [
                name
                for name in _as_list(error.validator_value)
                if isinstance(name, str) and name not in error.instance
            ]
            field = ".".join([*path, missing[0]]) if missing else ".".join(path)
            message = f"is required ({rule_description})" if rule_description else "is required"
            return Violation(field, rule or "required", message)
        field = ".".join(path)
        message = rule_description or error.message
        if rule_description and error.validator not in ("anyOf", "oneOf", "not"):
            message = f"{error.message} ({rule_description})"
        return Violation(field, rule or str(error.validator), _shorten(message))

    def _rule_of(
        self, validator: Draft202012Validator, error: ValidationError
    ) -> tuple[str | None, str | None]:
        """The innermost overlay ``x-rule`` on the schema path of ``error``, if any."""
        rule: str | None = None
        description: str | None = None
        node: Any = validator.schema
        resolver = self._registry.resolver(base_uri=SPEC_URI)
        for part in error.absolute_schema_path:
            # jsonschema leaves `$ref` out of schema paths: follow references as we go.
            while isinstance(node, Mapping) and "$ref" in node and part not in node:
                resolved = resolver.lookup(str(node["$ref"]))
                node, resolver = resolved.contents, resolved.resolver
                # A rule wrapping a reference (agent.name selects a params schema) is not
                # the rule broken inside the referenced schema.
                rule = description = None
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(node, Mapping) and isinstance(node.get("x-rule"), str):
                rule = node["x-rule"]
                description = node.get("description")
        return rule, description


#: Stands for every agent name no branch of the spec selects (they validate alike), so
#: arbitrary names — a hostile client of the mock — cannot grow the validator cache.
def _branch_of(error: Any) -> object:
    """The index of the ``anyOf`` branch an error of its context arose in."""
    if isinstance(error, _lite_validator.LiteError):
        return error.branch
    return error.relative_schema_path[0]


def _lite_violation(error: _lite_validator.LiteError) -> Violation:
    """A :class:`Violation` from a lite error, named as :meth:`SpecValidator._violation`
    names jsonschema's (the rule comes with the error)."""
    path = [str(part) for part in error.path]
    rule, rule_description = error.rule
    if error.validator == "required":
        missing = [
            name
            for name in _as_list(error.validator_value)
            if isinstance(name, str)
            and isinstance(error.instance, Mapping)
            and name not in error.instance
        ]
        field = ".".join([*path, missing[0]]) if missing else ".".join(path)
        message = f"is required ({rule_description})" if rule_description else "is required"
        return Violation(field, rule or "required", message)
    field = ".".join(path)
    message = rule_description or error.message
    if rule_description and error.validator not in ("anyOf", "oneOf", "not"):
        message = f"{error.message} ({rule_description})"
    return Violation(field, rule or str(error.validator), _shorten(message))


def _absolute_refs(node: Any) -> Any:
    """``node`` (a copy of a part of the spec) with its local references (``#/...``)
    made absolute (``urn:weshop:openapi#/...``): they resolve in the spec, not in ``node``."""
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    out = {key: _absolute_refs(value) for key, value in node.items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        out["$ref"] = f"{SPEC_URI}{ref}"
    return out


def _selected_errors(errors: Iterable[Any], instance: object) -> Iterator[Any]:
    """``errors``, with a failed agent selection replaced by the errors of the branch the
    request's ``agent.name`` selects (the other branches fail only on the name, which says
    nothing): a request is told what its own agent's rules say."""
    agent = agent_name(instance)
    for error in errors:
        branches = error.validator_value
        if (
            error.validator == "anyOf"
            and isinstance(branches, list)
            and is_agent_selection(branches)
        ):
            index = selected_branch(branches, agent or OTHER_AGENT)
            inside = [e for e in error.context or () if _branch_of(e) == index]
            if inside:
                yield from _selected_errors(inside, instance)
                continue
        yield error


def _pointer(schema: str) -> str:
    return schema if schema.startswith("/") else f"/components/schemas/{schema}"


def _any_value(_: object) -> bool:
    return True


def _formats_in(node: Any) -> set[str]:
    """Every ``format`` value used in a document (iteratively)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            if isinstance(item.get("format"), str):
                found.add(item["format"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _larger_than(instance: object, limit: int) -> bool:
    """Whether ``instance`` holds more than ``limit`` values (stops counting there)."""
    count = 0
    stack = [instance]
    while stack:
        item = stack.pop()
        count += 1
        if count > limit:
            return True
        if isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False


def _first_error(quick: _YesNo, instance: object) -> list[Any]:
    """The compiled validator's first error, if it is one (its ``validate`` stops at the
    first; ``iter_errors`` would collect them all first)."""
    from jsonschema import Draft202012Validator

    compiled = _compiled_validators()
    if compiled is None or isinstance(quick, Draft202012Validator):
        return list(itertools.islice(quick.iter_errors(instance), 1))
    validate = quick.validate  # type: ignore[attr-defined]
    try:
        validate(instance)
    except compiled.ValidationError as error:
        return [error]
    except (ValueError, TypeError, OverflowError):
        return []
    return []


#: Marks, in an inlined schema, where a ``$ref`` stood (the compiled validator ignores
#: unknown keywords), so that error naming can tell a rule wrapping a reference.
_INLINED_REF: Final = "x-weshop-inlined-ref"


class _RecursiveSchemaError(Exception):
    """A schema refers to itself; it cannot be inlined."""


def _inline(spec: Mapping[str, Any], node: Any, active: tuple[str, ...]) -> Any:
    """``node`` with every local ``$ref`` replaced by what it points at."""
    if isinstance(node, list):
        return [_inline(spec, item, active) for item in node]
    if not isinstance(node, Mapping):
        return node
    if "$ref" not in node:
        return {key: _inline(spec, value, active) for key, value in node.items()}
    ref = str(node["$ref"])
    if not ref.startswith("#") or ref[1:] in active:
        raise _RecursiveSchemaError(ref)
    target = _inline(spec, resolve_pointer(spec, ref[1:]), (*active, ref[1:]))
    if isinstance(target, dict):
        target = {**target, _INLINED_REF: ref}
    siblings = {key: _inline(spec, value, active) for key, value in node.items() if key != "$ref"}
    if not siblings:
        return target
    siblings["allOf"] = [*siblings.get("allOf", []), target]
    return siblings


def _as_list(value: object) -> Sequence[object]:
    return value if isinstance(value, list) else []


def _shorten(message: str, limit: int = 300) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


@functools.cache
def spec_validator() -> SpecValidator:
    """The validator for the shipped overlaid spec (built once)."""
    return SpecValidator(load_spec())


def parameter_violations(operation_id: str, values: Mapping[str, object]) -> list[Violation]:
    """Every rule the given parameter values of ``operation_id`` break, with ``field`` set to
    the parameter's wire name. Required parameters missing from ``values`` are reported too;
    values that are ``None`` count as absent."""
    found: list[Violation] = []
    validator = spec_validator()
    for parameter, pointer in operation_parameters(operation_id):
        name = parameter.get("name")
        value = values.get(name) if isinstance(name, str) else None
        if value is None:
            if parameter.get("required"):
                found.append(Violation(str(name), "required", "is required"))
            continue
        for violation in validator.violations(f"{pointer}/schema", value):
            field = ".".join(part for part in (str(name), violation.field) if part)
            found.append(Violation(field, violation.rule, violation.message))
    return found
