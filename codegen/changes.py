"""What changed between two OpenAPI descriptions, and whether it breaks a client.

``compare(old, new)`` flattens both documents into *facts* — operations, parameters,
the fields of every component schema (request or response side, by which operations
reach it), their enum values, the agents ``createRun`` accepts and the params schema each
one selects — and lists the facts added, removed or changed, each classified breaking or
not with the reason. ``render_markdown`` / ``render_json`` write the report; the JSON is
what a user's CI reads (``breaking`` is true when any change is).

Why our own: oasdiff (the reference tool, hundreds of named checks) is a Go binary that
is not on PyPI or npm, so the project's own files cannot install it; the PyPI diff tools
each caught 3-4 of our seven realistic upstream changes (and ``openapispecdiff`` cannot
read OpenAPI 3.1). The comparison here is deliberately small: it knows the shapes this
API uses (``$ref``, ``allOf``/``anyOf`` open enums, agent ``if``/``then`` selection) and
is tested against each of those changes (tests/test_changes.py).

Breaking, from a client's side:

* request: a removed operation, parameter or field (calls or code using it fail), a new
  required one (every call without it is refused), a changed type, optional → required,
  a removed enum value (the client may send it);
* response: a removed field or a changed type (code reading it breaks), required →
  optional, a new enum value (the generated parser rejects values it does not know);
* agents: a removed agent, or an agent whose params schema changed or vanished.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Final, Literal

__all__ = [
    "Change",
    "ChangeReport",
    "compare",
    "render_json",
    "render_markdown",
    "unreached_schemas",
]

Side = Literal["request", "response", "request+response", "-"]
Kind = Literal["operation", "parameter", "field", "enum value", "schema", "agent"]
What = Literal["added", "removed", "changed"]

_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_REF_PREFIX: Final = "#/components/schemas/"
_COMBINERS: Final = ("allOf", "anyOf", "oneOf")


@dataclass(frozen=True)
class Change:
    """One difference between two specs."""

    kind: Kind
    change: What
    location: str
    side: Side
    breaking: bool
    reason: str
    detail: str = ""


@dataclass(frozen=True)
class ChangeReport:
    """The changes between two specs (``label`` says which pair)."""

    label: str
    changes: tuple[Change, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    def counts(self) -> dict[str, int]:
        return {
            "added": sum(c.change == "added" for c in self.changes),
            "removed": sum(c.change == "removed" for c in self.changes),
            "changed": sum(c.change == "changed" for c in self.changes),
            "breaking": sum(c.breaking for c in self.changes),
        }


# --------------------------------------------------------------------------- facts
@dataclass(frozen=True)
class _Field:
    signature: str
    required: bool
    enum: tuple[Any, ...] | None


@dataclass
class _Facts:
    operations: dict[str, str] = field(default_factory=dict)  # id -> "POST /path"
    parameters: dict[tuple[str, str], _Field] = field(default_factory=dict)
    fields: dict[tuple[str, str], _Field] = field(default_factory=dict)  # (schema, path)
    schemas: set[str] = field(default_factory=set)
    sides: dict[str, set[str]] = field(default_factory=dict)  # schema -> {request, response}
    agents: dict[str, str | None] = field(default_factory=dict)  # agent -> params schema


def _ref_name(node: object) -> str | None:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
            return ref[len(_REF_PREFIX) :]
    return None


def _refs_in(node: object, kind: str = "schemas") -> Iterator[str]:
    """Every ``#/components/<kind>/X`` referenced anywhere under ``node``."""
    prefix = f"#/components/{kind}/"
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix):
            yield ref[len(prefix) :]
        for value in node.values():
            yield from _refs_in(value, kind)
    elif isinstance(node, list):
        for item in node:
            yield from _refs_in(item, kind)


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                op_id = str(operation.get("operationId") or f"{method.upper()} {path}")
                yield op_id, f"{method.upper()} {path}", operation


def _resolve_component(spec: Mapping[str, Any], node: object, kind: str) -> object:
    """Follow a ``#/components/<kind>/X`` reference (responses, parameters...)."""
    prefix = f"#/components/{kind}/"
    if isinstance(node, Mapping) and str(node.get("$ref", "")).startswith(prefix):
        return (spec.get("components") or {}).get(kind, {}).get(node["$ref"][len(prefix) :])
    return node


def _closure(schemas: Mapping[str, Any], roots: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs_in(schemas[name]))
    return seen


def _signature(schema: object, schemas: Mapping[str, Any]) -> str:
    """A schema's type, in a form that changes when the accepted values' type changes."""
    if not isinstance(schema, Mapping):
        return "any"
    name = _ref_name(schema)
    if name is not None:
        return name
    for combiner in ("anyOf", "oneOf"):
        options = schema.get(combiner)
        if isinstance(options, list) and options:
            return "|".join(sorted({_signature(o, schemas) for o in options}))
    kind = schema.get("type")
    text = "|".join(sorted(map(str, kind))) if isinstance(kind, list) else str(kind or "any")
    if text == "array" or (isinstance(kind, list) and "array" in kind):
        text += f"[{_signature(schema.get('items'), schemas)}]"
    if schema.get("format"):
        text += f" ({schema['format']})"
    return text


def _enum(schema: object, schemas: Mapping[str, Any], depth: int = 0) -> tuple[Any, ...] | None:
    """The enum values a schema names, following ``$ref`` and ``anyOf``/``oneOf``
    (an open enum ``anyOf: [KnownX, string]`` still lists KnownX's values)."""
    if not isinstance(schema, Mapping) or depth > 8:
        return None
    if isinstance(schema.get("enum"), list):
        return tuple(schema["enum"])
    if "const" in schema:
        return (schema["const"],)
    name = _ref_name(schema)
    if name is not None:
        return _enum(schemas.get(name), schemas, depth + 1)
    values: list[Any] = []
    for combiner in ("anyOf", "oneOf"):
        for option in schema.get(combiner) or ():
            found = _enum(option, schemas, depth + 1)
            if found:
                values.extend(v for v in found if v not in values)
    return tuple(values) if values else None


def _schema_fields(
    name: str, schema: Mapping[str, Any], schemas: Mapping[str, Any]
) -> dict[tuple[str, str], _Field]:
    """The fields a component schema declares (nested inline objects and array items
    included; a ``$ref`` ends the walk — that schema has its own fields)."""
    out: dict[tuple[str, str], _Field] = {}

    def walk(node: Mapping[str, Any], prefix: str, required_here: bool) -> None:
        required = set(node.get("required") or ())
        for sub in node.get("allOf") or ():
            if isinstance(sub, Mapping) and "if" not in sub:
                required |= set(sub.get("required") or ())
        properties: dict[str, Any] = dict(node.get("properties") or {})
        for sub in node.get("allOf") or ():
            if isinstance(sub, Mapping) and "if" not in sub:
                properties.update(sub.get("properties") or {})
        for prop, value in properties.items():
            path = f"{prefix}{prop}"
            if not isinstance(value, Mapping):
                continue
            out[(name, path)] = _Field(
                _signature(value, schemas), prop in required, _enum(value, schemas)
            )
            if _ref_name(value) is None and isinstance(value.get("properties"), Mapping):
                walk(value, f"{path}.", prop in required)
            items = value.get("items")
            if (
                isinstance(items, Mapping)
                and _ref_name(items) is None
                and isinstance(items.get("properties"), Mapping)
            ):
                walk(items, f"{path}[].", False)

    walk(schema, "", True)
    enum = _enum(schema, schemas) if "properties" not in schema else None
    if enum is not None:  # an enum schema itself (KnownAgentName)
        out[(name, "")] = _Field(_signature(schema, schemas), True, enum)
    return out


def _agent_params(run_request: object, schemas: Mapping[str, Any]) -> dict[str, str | None]:
    """``agent.name`` value → params schema, from ``if``/``then`` selection rules."""
    selected: dict[str, str | None] = {}
    if not isinstance(run_request, Mapping):
        return selected
    for rule in run_request.get("allOf") or ():
        if not isinstance(rule, Mapping):
            continue
        condition, then = rule.get("if"), rule.get("then")
        agent = _enum(
            ((condition or {}).get("properties") or {})
            .get("agent", {})
            .get("properties", {})
            .get("name"),
            schemas,
        )
        target = _ref_name(((then or {}).get("properties") or {}).get("params"))
        if agent and target:
            for value in agent:
                selected[str(value)] = target
    return selected


def _facts(spec: Mapping[str, Any]) -> _Facts:
    facts = _Facts()
    schemas: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    request_roots: set[str] = set()
    response_roots: set[str] = set()
    run_request: object = None
    for op_id, where, operation in _operations(spec):
        facts.operations[op_id] = where
        for parameter in operation.get("parameters") or ():
            parameter = _resolve_component(spec, parameter, "parameters")
            if not isinstance(parameter, Mapping) or "name" not in parameter:
                continue
            schema = parameter.get("schema")
            key = (op_id, f"{parameter.get('in', '?')} {parameter['name']}")
            facts.parameters[key] = _Field(
                _signature(schema, schemas),
                bool(parameter.get("required")),
                _enum(schema, schemas),
            )
            request_roots |= set(_refs_in(schema))
        body = _resolve_component(spec, operation.get("requestBody"), "requestBodies")
        if isinstance(body, Mapping):
            for media in (body.get("content") or {}).values():
                schema = (media or {}).get("schema")
                request_roots |= set(_refs_in(schema))
                if op_id == "createRun" and _ref_name(schema):
                    run_request = schemas.get(str(_ref_name(schema)))
        for status, response in (operation.get("responses") or {}).items():
            response = _resolve_component(spec, response, "responses")
            if str(status).startswith("2") and isinstance(response, Mapping):
                response_roots |= set(_refs_in(response.get("content")))
    for name in _closure(schemas, request_roots):
        facts.sides.setdefault(name, set()).add("request")
    for name in _closure(schemas, response_roots):
        facts.sides.setdefault(name, set()).add("response")
    for name, schema in schemas.items():
        facts.schemas.add(name)
        if isinstance(schema, Mapping):
            facts.fields.update(_schema_fields(name, schema, schemas))
    if isinstance(run_request, Mapping):
        agent_ref = (run_request.get("properties") or {}).get("agent")
        agent_schema = schemas.get(_ref_name(agent_ref) or "", agent_ref)
        names = _enum(((agent_schema or {}).get("properties") or {}).get("name"), schemas)
        params = _agent_params(run_request, schemas)
        for agent in (*(names or ()), *params):
            facts.agents[str(agent)] = params.get(str(agent))
    return facts


def unreached_schemas(spec: Mapping[str, Any]) -> list[str]:
    """Component schemas no operation reaches (through ``$ref``, rules included): new
    surface that nothing in the client can send or read yet."""
    schemas: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    components = spec.get("components") or {}
    roots = {name for _, _, op in _operations(spec) for name in _refs_in(op)}
    for kind in ("responses", "parameters", "requestBodies"):
        for _, _, op in _operations(spec):
            for value in _refs_in(op, kind):
                roots |= set(_refs_in((components.get(kind) or {}).get(value)))
    return sorted(set(schemas) - _closure(schemas, roots))


# --------------------------------------------------------------------------- compare
def _side(facts_old: _Facts, facts_new: _Facts, schema: str) -> Side:
    sides = facts_old.sides.get(schema, set()) | facts_new.sides.get(schema, set())
    if sides == {"request", "response"}:
        return "request+response"
    if sides:
        return "request" if "request" in sides else "response"
    return "-"


def _field_changes(location: str, side: Side, old: _Field, new: _Field) -> list[Change]:
    # A schema no operation reaches (agent params in the plain vendor spec: only the
    # overlay's rules select them) is judged as request data.
    request, response = "request" in side or side == "-", "response" in side
    changes: list[Change] = []

    def add(kind: Kind, what: What, where: str, breaking: bool, why: str, detail: str = "") -> None:
        changes.append(Change(kind, what, where, side, breaking, why, detail))

    if old.signature != new.signature:
        add(
            "field",
            "changed",
            location,
            request or response,
            "the type changed: values of the old type are refused or misread",
            f"{old.signature} → {new.signature}",
        )
    if old.required != new.required:
        detail = "optional → required" if new.required else "required → optional"
        if new.required:
            add(
                "field",
                "changed",
                location,
                request,
                "now required: calls without it are refused",
                detail,
            )
        else:
            add(
                "field",
                "changed",
                location,
                response,
                "now optional: answers may leave it out",
                detail,
            )
    if old.enum is not None and new.enum is not None:
        for value in old.enum:
            if value not in new.enum:
                why = "the client may still send it" if request else "answers no longer carry it"
                add("enum value", "removed", f"{location} = {value!r}", request, why)
        for value in new.enum:
            if value not in old.enum:
                why = (
                    "the generated parser rejects values it does not know"
                    if response
                    else "a new value the client may send"
                )
                add("enum value", "added", f"{location} = {value!r}", response, why)
    elif new.enum is not None:
        why = "now restricted to an enum" if request else "answers now list their values"
        add("enum value", "changed", location, request, why, f"any → {list(new.enum)}")
    elif old.enum is not None:
        add(
            "enum value",
            "changed",
            location,
            response,
            "no longer an enum",
            f"{list(old.enum)} → any",
        )
    return changes


def compare(old: Mapping[str, Any], new: Mapping[str, Any], *, label: str = "") -> ChangeReport:
    """Every difference between ``old`` and ``new`` that a client can notice."""
    a, b = _facts(old), _facts(new)
    changes: list[Change] = []

    for op_id in sorted(a.operations.keys() - b.operations.keys()):
        changes.append(
            Change(
                "operation",
                "removed",
                f"{op_id} ({a.operations[op_id]})",
                "-",
                True,
                "calls to it fail; the facade methods using it are disabled",
            )
        )
    for op_id in sorted(b.operations.keys() - a.operations.keys()):
        changes.append(
            Change(
                "operation",
                "added",
                f"{op_id} ({b.operations[op_id]})",
                "-",
                False,
                "new surface (reachable through the generated client)",
            )
        )
    for op_id in sorted(a.operations.keys() & b.operations.keys()):
        if a.operations[op_id] != b.operations[op_id]:
            changes.append(
                Change(
                    "operation",
                    "changed",
                    op_id,
                    "-",
                    True,
                    "its method or path changed",
                    f"{a.operations[op_id]} → {b.operations[op_id]}",
                )
            )

    for key in sorted(a.parameters.keys() | b.parameters.keys()):
        op_id, name = key
        location = f"{op_id} parameter {name}"
        if op_id not in a.operations or op_id not in b.operations:
            continue  # reported with the operation
        if key not in b.parameters:
            changes.append(
                Change("parameter", "removed", location, "request", True, "code passing it breaks")
            )
        elif key not in a.parameters:
            required = b.parameters[key].required
            changes.append(
                Change(
                    "parameter",
                    "added",
                    location,
                    "request",
                    required,
                    "required: calls without it are refused" if required else "optional",
                )
            )
        else:
            for change in _field_changes(location, "request", a.parameters[key], b.parameters[key]):
                changes.append(
                    change if change.kind != "field" else _replace_kind(change, "parameter")
                )

    for name in sorted(a.schemas - b.schemas):
        side = _side(a, b, name)
        changes.append(
            Change("schema", "removed", name, side, True, "its generated model disappears")
        )
    for name in sorted(b.schemas - a.schemas):
        side = _side(a, b, name)
        reason = "new model" if side != "-" else "new model that no operation or rule reaches"
        changes.append(Change("schema", "added", name, side, False, reason))

    for key in sorted(a.fields.keys() | b.fields.keys()):
        schema, path = key
        if schema not in a.schemas or schema not in b.schemas:
            continue  # reported with the schema
        side = _side(a, b, schema)
        location = f"{schema}.{path}" if path else schema
        if key not in b.fields:
            changes.append(
                Change(
                    "field", "removed", location, side, True, "code sending or reading it breaks"
                )
            )
        elif key not in a.fields:
            required = b.fields[key].required and "response" not in side
            reason = (
                "required: every request without it is refused"
                if required
                else "new optional field"
                + (" (read it from the raw answer)" if "response" in side else "")
            )
            changes.append(Change("field", "added", location, side, required, reason))
        else:
            changes.extend(_field_changes(location, side, a.fields[key], b.fields[key]))

    for agent in sorted(a.agents.keys() - b.agents.keys()):
        changes.append(
            Change("agent", "removed", agent, "request", True, "runs of this agent are refused")
        )
    for agent in sorted(b.agents.keys() - a.agents.keys()):
        params = b.agents[agent]
        reason = f"params: {params}" if params else "no rule selects a params schema for it"
        changes.append(Change("agent", "added", agent, "request", False, reason))
    for agent in sorted(a.agents.keys() & b.agents.keys()):
        if a.agents[agent] != b.agents[agent]:
            changes.append(
                Change(
                    "agent",
                    "changed",
                    agent,
                    "request",
                    a.agents[agent] is not None,
                    "its params schema changed",
                    f"{a.agents[agent]} → {b.agents[agent]}",
                )
            )

    notes = tuple(
        f"schema {name} is reached by no operation or rule: nothing in the client can send"
        " or read it"
        for name in unreached_schemas(new)
        if name not in unreached_schemas(old)
    )
    return ChangeReport(label, tuple(changes), notes)


def _replace_kind(change: Change, kind: Kind) -> Change:
    return Change(
        kind,
        change.change,
        change.location,
        change.side,
        change.breaking,
        change.reason,
        change.detail,
    )


# --------------------------------------------------------------------------- render
def render_markdown(reports: list[ChangeReport], *, extra: list[str] | None = None) -> str:
    """A Markdown report: one table per spec pair, breaking changes first."""
    lines = ["# Spec change report", ""]
    for report in reports:
        counts = report.counts()
        lines.append(f"## {report.label}")
        lines.append("")
        if not report.changes:
            lines.append("No changes.")
        else:
            lines.append(
                f"{counts['added']} added, {counts['removed']} removed, {counts['changed']}"
                f" changed — **{counts['breaking']} breaking**."
            )
            lines.append("")
            lines.append("| breaking | change | kind | where | side | why |")
            lines.append("|---|---|---|---|---|---|")
            for change in sorted(report.changes, key=lambda c: (not c.breaking, c.kind)):
                where = change.location + (f" ({change.detail})" if change.detail else "")
                lines.append(
                    f"| {'**yes**' if change.breaking else 'no'} | {change.change} |"
                    f" {change.kind} | `{_cell(where)}` | {change.side} | {_cell(change.reason)} |"
                )
        for note in report.notes:
            lines.append(f"- note: {note}")
        lines.append("")
    for line in extra or ():
        lines.append(line)
    return "\n".join(lines).rstrip() + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_json(reports: list[ChangeReport], *, surface: list[str] | None = None) -> str:
    """The report as JSON (sorted keys), for CI: ``breaking`` is the one flag to test."""
    document = {
        "breaking": any(r.breaking for r in reports) or bool(surface),
        "reports": [
            {
                "label": r.label,
                "breaking": r.breaking,
                "counts": r.counts(),
                "changes": [asdict(c) for c in r.changes],
                "notes": list(r.notes),
            }
            for r in reports
        ],
        "python_surface": list(surface or ()),
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
