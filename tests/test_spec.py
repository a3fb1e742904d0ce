"""``weshop._spec``: the quick yes/no path agrees with the full validator.

``SpecValidator.violations`` first asks the compiled jsonschema-rs whether an instance is
valid (schema with references inlined) and only then has ``jsonschema`` name the broken
rules. If the two ever disagreed, an invalid request could be sent unchecked — so they are
compared on every rule and enum example and on thousands of seeded mutations of them.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import pytest

from weshop import _spec
from weshop._spec import (
    LARGE_INSTANCE,
    MAX_VIOLATIONS,
    SpecValidator,
    is_uri,
    load_spec,
    spec_validator,
)

from .test_rules import DOCUMENT_OTHER_EXAMPLES, DOCUMENT_RUN_EXAMPLES, ENUM_CASES, RULE_CASES

ODD_VALUES: list[Any] = [None, "", "x" * 30, 0, -1, 17, 4097, 1.5, True, [], {}, "custom", "#zzz"]


def _seeds() -> Iterator[tuple[str, Any]]:
    for case_list in RULE_CASES.values():
        for case in case_list:
            yield case.schema, case.accepted
            yield case.schema, case.rejected
    for _, accepted, rejected, _ in ENUM_CASES:
        yield "RunRequest", accepted
        yield "RunRequest", rejected
    for body in DOCUMENT_RUN_EXAMPLES.values():
        yield "RunRequest", body
    for _, schema, body in DOCUMENT_OTHER_EXAMPLES:
        yield schema, body


def _mutate(instance: Any, rng: random.Random) -> Any:
    """A copy of ``instance`` with one value somewhere replaced, removed or added."""
    mutated = copy.deepcopy(instance)
    node = mutated
    while isinstance(node, dict) and node:
        key = rng.choice(sorted(node))
        if isinstance(node[key], dict) and node[key] and rng.random() < 0.6:
            node = node[key]
            continue
        action = rng.random()
        if action < 0.3:
            del node[key]
        elif action < 0.8:
            node[key] = rng.choice(ODD_VALUES)
        else:
            node[rng.choice(["maskType", "batchCount", "customMask", "extra"])] = rng.choice(
                ODD_VALUES
            )
        break
    return mutated


def _full_verdict(schema: str, instance: Any) -> bool:
    pointer = schema if schema.startswith("/") else f"/components/schemas/{schema}"
    return not any(True for _ in spec_validator().validator(pointer).iter_errors(instance))


def test_quick_and_full_validation_agree() -> None:
    validator = spec_validator()
    rng = random.Random(20261121)
    checked = 0
    for schema, seed in _seeds():
        for instance in [seed, *(_mutate(seed, rng) for _ in range(25))]:
            assert validator.is_valid(schema, instance) == _full_verdict(schema, instance), (
                schema,
                instance,
            )
            checked += 1
    assert checked > 2500


def test_input_the_compiled_validator_cannot_hold_is_still_judged() -> None:
    validator = spec_validator()
    lone_surrogate = {"taskId": "\ud800"}
    assert validator.is_valid("TaskDeleteRequest", lone_surrogate)
    huge = {"fashionModelId": 10**30}
    assert validator.is_valid("MyFashionModelDeleteRequest", huge)
    assert validator.violations("MyFashionModelDeleteRequest", {"fashionModelId": "\ud800"})


@pytest.mark.parametrize("compiled", [True, False], ids=["jsonschema-rs", "pure-python"])
def test_a_trailing_newline_does_not_slip_past_a_pattern(
    compiled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python's re lets "$" match before a final newline; ECMA-262 (and jsonschema-rs) does
    # not. The facade and the mock must reject such values and name the field — with or
    # without the compiled validator.
    from .test_rules import REMOVEBG, with_params

    if not compiled:
        monkeypatch.setattr(_spec, "_compiled_validators", lambda: None)
    validator = SpecValidator(load_spec())
    body = with_params(REMOVEBG, backgroundId=None, backgroundHex="#ffffff\n")
    fields = {v.field for v in validator.violations("RunRequest", body)}
    assert fields == {"params.backgroundHex"}
    url = {**REMOVEBG, "input": {"originalImage": "https://a.example/x.png\n"}}
    assert {v.field for v in validator.violations("RunRequest", url)} == {"input.originalImage"}


def _aimodel_with_tags(tags: list[Any]) -> dict[str, Any]:
    from .test_rules import AIMODEL_MINIMAL, with_params

    return with_params(AIMODEL_MINIMAL, locationTagIds=tags)


def test_the_list_of_violations_is_capped() -> None:
    # Before: one violation per invalid item — 400,000 of them, a 29 MB answer from the mock.
    violations = spec_validator().violations("RunRequest", _aimodel_with_tags(["x"] * 5000))
    assert len(violations) == MAX_VIOLATIONS + 1
    assert violations[-1].rule == "too-many-errors"
    assert all(v.field.startswith("params.locationTagIds.") for v in violations[:-1])


def test_a_large_instance_is_named_by_its_first_broken_rule() -> None:
    # The one invalid item sits at the end of a long valid array: naming it must not walk
    # the array in pure Python (the compiled validator finds it).
    tags: list[Any] = [1] * (3 * LARGE_INSTANCE) + ["x"]
    violations = spec_validator().violations("RunRequest", _aimodel_with_tags(tags))
    first, note = violations
    assert first.field == f"params.locationTagIds.{3 * LARGE_INSTANCE}"
    assert first.rule == "type"
    assert note.rule == "too-many-errors"
    # A large instance breaking a URL is named by the field and the keyword.
    from .test_rules import AIMODEL_MINIMAL

    body = {**AIMODEL_MINIMAL, "input": {"originalImage": "http://[::1"}, "x": [0] * 20_000}
    (first, _) = spec_validator().violations("RunRequest", body)
    assert (first.field, first.rule) == ("input.originalImage", "format")


@pytest.mark.parametrize(
    "url",
    [
        "http://d5g)y]vQr#8j",  # the probe's: "]" outside an IP literal
        "http://[",
        "http://[::g]/x.png",
        "http://[::1",
        "https://example.com/a b.png",
        "https://example.com/%zz.png",
        "https://exämple.com/x.png",
        "http:///x.png",
        "http://:80/x.png",
        "https://example.com/x.png#a#b",
    ],
)
def test_malformed_urls_are_refused_by_their_structure(url: str) -> None:
    from .test_rules import AIMODEL_MINIMAL

    assert not is_uri(url)
    body = {**AIMODEL_MINIMAL, "input": {"originalImage": url}}
    violations = spec_validator().violations("RunRequest", body)
    assert {v.field for v in violations} == {"input.originalImage"}
    assert {v.rule for v in violations} <= {"format", "pattern"}
    # The pure-Python validator (the fallback without jsonschema-rs) gives the same verdict.
    assert not _full_verdict("RunRequest", body)


@pytest.mark.parametrize(
    "url",
    [
        "https://ai-image.weshop.ai/x.png",
        "http://127.0.0.1:8765/openapi/files/uploads/a.png",
        "http://[::1]:8080/x.png",
        "https://example.com:65535/x.png?a=1&b=%20#frag",
        # Ports are digits (RFC 3986, RFC 9110); the spec states no 16-bit limit (issue 23).
        "https://example.com:70000/x.png",
        "https://user@example.com/x.png",
        "https://cdn.example.com/caf%C3%A9.png",
    ],
)
def test_well_formed_urls_pass(url: str) -> None:
    from .test_rules import AIMODEL_MINIMAL

    assert is_uri(url)
    body = {**AIMODEL_MINIMAL, "input": {"originalImage": url}}
    assert spec_validator().violations("RunRequest", body) == []
    assert _full_verdict("RunRequest", body)


def _unreduced_violations(validator: SpecValidator, schema: str, instance: Any) -> set[Any]:
    """What the full validator (every agent's branch) names, as ``violations`` names it."""
    pointer = schema if schema.startswith("/") else f"/components/schemas/{schema}"
    full = validator.validator(pointer)
    errors = _spec._selected_errors(full.iter_errors(instance), instance)
    return {validator._violation(full, error) for error in errors}


def test_a_validator_built_for_one_agent_names_what_the_full_one_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Without the compiled validator, a run request is judged by a validator holding only
    # its agent's branch of the selection (built on first use: a cold start does not walk
    # 140-odd branches). It must name exactly what the full validator names.
    monkeypatch.setattr(_spec, "_compiled_validators", lambda: None)
    validator = SpecValidator(load_spec())
    rng = random.Random(20261204)
    names = sorted(load_spec()["x-weshop-agents"])
    compared = 0
    for schema, seed in _seeds():
        if schema != "RunRequest":
            continue
        renamed = copy.deepcopy(seed)
        if isinstance(renamed.get("agent"), dict):
            renamed["agent"]["name"] = rng.choice([*names, "not-in-the-catalog"])
        for instance in [seed, renamed, *(_mutate(seed, rng) for _ in range(8))]:
            expected = _unreduced_violations(validator, schema, instance)
            found = validator.violations(schema, instance, limit=10_000)
            assert set(found) == expected, instance
            assert validator.is_valid(schema, instance) == (not expected)
            compared += 1
    assert compared > 500
    assert any("\n" in key for key in validator._lite_roots)  # reduced ones were used
