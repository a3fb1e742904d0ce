"""``weshop._lite_validator`` names every error exactly as ``jsonschema`` does.

The lite walker spares a cold start the import of ``jsonschema`` (longer than httpx's);
it is used only if it answers as ``jsonschema`` would — same verdict, same violations, in
the same order (which decides what a capped list keeps). Compared here on every rule and
enum example, every catalog agent with odd values in each parameter, and thousands of
seeded mutations, with the full and the per-agent validators alike.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import pytest

from weshop import _spec, _spec_formats
from weshop._agent_selection import agent_name
from weshop._spec import SpecValidator, Violation, load_spec

from .test_spec import ODD_VALUES, _mutate, _seeds

URL = "https://example.com/a.png"


def _jsonschema_violations(
    validator: SpecValidator, pointer: str, instance: Any
) -> list[Violation]:
    full = validator.validator(pointer, agent_name(instance))
    errors = _spec._selected_errors(full.iter_errors(instance), instance)
    return list(dict.fromkeys(validator._violation(full, error) for error in errors))


def _lite_violations(validator: SpecValidator, pointer: str, instance: Any) -> list[Violation]:
    root = validator._lite_root(pointer, agent_name(instance))
    assert root is not None, pointer
    errors = _spec._selected_errors(validator._lite.iter_errors(root, instance), instance)
    return list(dict.fromkeys(_spec._lite_violation(error) for error in errors))


def _agent_requests(rng: random.Random) -> Iterator[dict[str, Any]]:
    """For each catalog agent: requests with valid-looking and odd parameter values."""
    for name, entry in load_spec()["x-weshop-agents"].items():
        params = entry.get("params", {})
        if "$ref" in params:
            params = _spec.resolve_pointer(load_spec(), params["$ref"][1:])
        properties = params.get("properties", {})
        for _ in range(8):
            values: dict[str, Any] = {}
            for key, schema in properties.items():
                choices = [*schema.get("enum", []), *ODD_VALUES, [URL], [URL] * 20, "x" * 5000]
                if rng.random() < 0.6:
                    values[key] = rng.choice(choices)
            body: dict[str, Any] = {"agent": {"name": name, "version": "v1.0"}, "params": values}
            if rng.random() < 0.8:
                body["input"] = {"originalImage": rng.choice([URL, "not a url", 3])}
            yield body


def _cases() -> Iterator[tuple[str, Any]]:
    rng = random.Random(20261204)
    names = sorted(load_spec()["x-weshop-agents"])
    for schema, seed in _seeds():
        pointer = schema if schema.startswith("/") else f"/components/schemas/{schema}"
        yield pointer, seed
        for _ in range(12):
            yield pointer, _mutate(seed, rng)
        if isinstance(seed, dict) and isinstance(seed.get("agent"), dict):
            renamed = copy.deepcopy(seed)
            renamed["agent"]["name"] = rng.choice([*names, "not-in-the-catalog"])
            yield pointer, renamed
            nameless = copy.deepcopy(seed)
            nameless["agent"]["name"] = 7
            yield pointer, nameless
    for body in _agent_requests(rng):
        yield "/components/schemas/RunRequest", body
    for odd in ODD_VALUES:
        yield "/components/schemas/RunRequest", odd


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator(load_spec())


def test_the_lite_walker_names_what_jsonschema_names(validator: SpecValidator) -> None:
    compared = invalid = 0
    for pointer, instance in _cases():
        expected = _jsonschema_violations(validator, pointer, instance)
        assert _lite_violations(validator, pointer, instance) == expected, (pointer, instance)
        root = validator._lite_root(pointer, agent_name(instance))
        assert validator._lite.is_valid(root, instance) == (not expected)
        compared += 1
        invalid += bool(expected)
    assert compared > 3000
    assert invalid > 2000, invalid


def test_every_schema_of_the_spec_is_walked_by_the_lite_validator(
    validator: SpecValidator,
) -> None:
    # If the overlay starts using a keyword the walker does not know, jsonschema answers
    # (correct, only slower to import): this says so, so that the walker can learn it.
    schemas = load_spec()["components"]["schemas"]
    missing = [
        name
        for name in schemas
        if validator._lite_root(f"/components/schemas/{name}", None) is None
    ]
    assert missing == []


def test_a_schema_with_an_unknown_keyword_goes_to_jsonschema() -> None:
    spec = {"components": {"schemas": {"Odd": {"type": "array", "uniqueItems": True}}}}
    validator = SpecValidator(spec)
    assert validator._lite_root("/components/schemas/Odd", None) is None
    assert [v.rule for v in validator.violations("Odd", [1, 1])] == ["uniqueItems"]


def test_a_plain_http_url_is_a_uri_by_the_full_grammar_too() -> None:
    # The shortcut of is_uri (no rfc3986-validator import) may only say yes where the
    # grammar says yes: checked on random strings built from URL-ish pieces.
    rng = random.Random(20261204)
    pieces = [
        "http://",
        "https://",
        "HTTP://",
        "a",
        "B",
        "0",
        "9",
        "-",
        ".",
        "_",
        "~",
        ":",
        "80",
        "/",
        "?",
        "#",
        "@",
        "!",
        "$",
        "&",
        "'",
        "(",
        ")",
        "*",
        "+",
        ",",
        ";",
        "=",
        "%",
        "%2F",
        "[",
        "]",
        "::1",
        " ",
        "\n",
        "é",
        "\\",
        "|",
        "{",
        "^",
        "`",
        '"',
        "<",
        ">",
    ]
    shortcut = 0
    for _ in range(20_000):
        head = rng.choice(["http://", "https://", "http://", rng.choice(pieces)])
        value = head + "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        if _spec_formats._PLAIN_HTTP_URL.fullmatch(value):
            shortcut += 1
            assert _full_is_uri(value), value
    assert shortcut > 500


def _full_is_uri(value: str) -> bool:
    import urllib.parse

    from rfc3986_validator import validate_rfc3986

    if value.endswith("\n") or not validate_rfc3986(value, rule="URI"):
        return False
    parts = urllib.parse.urlsplit(value)
    return parts.scheme.lower() not in ("http", "https") or bool(parts.hostname)
