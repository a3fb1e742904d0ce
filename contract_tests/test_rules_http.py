"""The rule table over HTTP: each documented rule, accepted and rejected by the mock.

``tests/test_rules.py`` holds, for every overlay ``x-rule``, an accepted and a rejected
example with the document line it comes from, and checks them against the schema. Here
the same table (imported, not copied) goes through the mock server: the accepted example
passes validation (a run is created, a task read...), the rejected one is a 400 naming
the field. The operation each example goes to is found in the spec (the operation whose
request body, or parameter, the example's schema is).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.test_rules import AIMODEL_MINIMAL, ENUM_CASES, RULE_CASES, RuleCase
from weshop._spec import load_spec, schema_at
from weshop.mock import MockServer

from .conftest import CONTRACT_KEY


@dataclass(frozen=True)
class Target:
    """Where an example of a schema goes: an operation's body, or one of its parameters."""

    operation_id: str
    method: str
    path: str
    parameter: str | None = None  # parameter name, for parameter schemas
    location: str = "query"  # where that parameter goes: "query" or "header"

    @property
    def reads_existing(self) -> bool:
        """Whether the operation declares 404: it reads (or deletes) something by id."""
        item = load_spec()["paths"][self.path][self.method.lower()]
        return "404" in item["responses"]


def _targets(schema: str) -> list[Target]:
    found: list[Target] = []
    for path, item in load_spec()["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or "operationId" not in operation:
                continue
            content = operation.get("requestBody", {}).get("content", {})
            refs = [media.get("schema", {}).get("$ref") for media in content.values()]
            if f"#/components/schemas/{schema}" in refs:
                found.append(Target(operation["operationId"], method.upper(), path))
    if schema.startswith("/paths/"):  # a parameter's schema: /paths/<p>/<m>/parameters/<i>/schema
        parameter = schema_at(schema.removesuffix("/schema"))
        _, _, raw_path, method, *_ = schema.split("/")
        path = raw_path.replace("~1", "/").replace("~0", "~")
        operation = load_spec()["paths"][path][method]
        found.append(Target(operation["operationId"], method.upper(), path, parameter["name"]))
    if schema.startswith("/components/parameters/"):  # a shared parameter, by reference
        reference = "#" + schema.removesuffix("/schema")
        parameter = schema_at(schema.removesuffix("/schema"))
        for path, item in load_spec()["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, Mapping) and {"$ref": reference} in operation.get(
                    "parameters", []
                ):
                    found.append(
                        Target(
                            operation["operationId"],
                            method.upper(),
                            path,
                            parameter["name"],
                            parameter["in"],
                        )
                    )
    assert found, f"no operation takes {schema}"
    return found


@pytest.fixture(scope="module")
def client(mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=mock.base_url, headers={"Authorization": CONTRACT_KEY}, trust_env=False
    ) as http:
        yield http


#: A valid query for each operation a parameter example goes to (the other parameters).
BASE_QUERIES: dict[str, dict[str, Any]] = {
    "getAgentInfo": {"agentName": "aimodel", "agentVersion": "v1.0"},
}
#: A valid body for each operation a header parameter example goes to.
BASE_BODIES: dict[str, Any] = {"createRun": AIMODEL_MINIMAL}


def _sendable(target: Target, case: RuleCase) -> bool:
    """Whether both examples can travel: a header value with a line break or non-Latin-1
    text, or one that is blank or padded, cannot be sent as it is (h11 refuses or trims
    it) — that is for the facade to refuse."""
    if target.location != "header":
        return True
    values = (case.accepted, case.rejected)
    return all(
        isinstance(v, str) and v.isprintable() and v.isascii() and v.strip() == v and v
        for v in values
    )


def _send(client: httpx.Client, target: Target, instance: Any) -> httpx.Response:
    if target.location == "header" and target.parameter is not None:
        # A fresh value per accepted request, so idempotency never replays an earlier one.
        headers = {target.parameter: instance}
        return client.request(
            target.method, target.path, json=BASE_BODIES[target.operation_id], headers=headers
        )
    if target.parameter is not None:
        query = {**BASE_QUERIES[target.operation_id], target.parameter: instance}
        return client.request(target.method, target.path, params=query)
    return client.request(target.method, target.path, json=instance)


def _message(response: httpx.Response) -> str:
    body = response.json()
    assert body["success"] is False, body
    return str(body["error"]["message"] if "error" in body else body["msg"])


CASES = [
    pytest.param(rule, case, target, id=f"{rule}-{i}-{target.operation_id}")
    for rule, cases in RULE_CASES.items()
    for i, case in enumerate(cases)
    for target in _targets(case.schema)
    if _sendable(target, case)
]


@pytest.mark.bites
@pytest.mark.parametrize(("rule", "case", "target"), CASES)
def test_documented_rule_over_http(
    client: httpx.Client, rule: str, case: RuleCase, target: Target
) -> None:
    where = f"{rule} ({case.source}) via {target.operation_id}"
    accepted = _send(client, target, case.accepted)
    # Accepted: it passed validation — done (200), or, for an operation that reads
    # something by id, "no such thing" for the example's id (404).
    allowed = {200, 404} if target.reads_existing else {200}
    assert accepted.status_code in allowed, (where, accepted.text)
    rejected = _send(client, target, case.rejected)
    assert rejected.status_code == 400, (where, rejected.text)
    message = _message(rejected)
    named = case.field or target.parameter
    if named:
        assert f"{named}:" in message or f"{named}." in message, (where, message)
    assert "[rule: " in message, (where, message)


@pytest.mark.parametrize(
    ("what", "accepted", "rejected", "field"), ENUM_CASES, ids=[c[0] for c in ENUM_CASES]
)
def test_documented_enum_over_http(
    client: httpx.Client, what: str, accepted: Any, rejected: Any, field: str
) -> None:
    assert client.post("/agent/runs", json=accepted).status_code == 200, what
    response = client.post("/agent/runs", json=rejected)
    assert response.status_code == 400, what
    assert f"{field}:" in _message(response), what
