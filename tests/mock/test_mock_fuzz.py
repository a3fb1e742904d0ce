"""A seeded fuzz over every JSON operation: mutated bodies and queries never get a 5xx.

(The contract suite may fuzz the mock further with schemathesis; this keeps the guarantee
inside the mock's own quick tests.)
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

from weshop.mock import MockServer

from .conftest import ClientFactory
from .helpers import FAST, run_body

ODD_VALUES: list[Any] = [
    None, True, 0, -1, 1.5, 2**63, "", "x" * 300, "\u2603", "\ud800", [], [1, "a"], {}, {"k": None},
    "https://127.0.0.1/x.png", "autoApparelSegment", "custom", "#ffffff", 17, 4096, 4097,
]  # fmt: skip

JSON_TYPE = {"Content-Type": "application/json"}
TRYON = {"aspectRatio": "1:1", "generateVersion": "weshopPro"}
SEEDS: list[tuple[str, str, Any]] = [
    ("POST", "/agent/runs", run_body()),
    ("POST", "/agent/runs", run_body("virtualtryon", **TRYON)),
    ("POST", "/agent/runs", run_body("removeBG", maskType="custom", customMask="aGk=")),
    ("POST", "/agent/power-estimates", run_body("expandimage", fillLeft=10, fillTop=-5)),
    ("POST", "/v1/agent/task/create", {"agentName": "aimodel", "agentVersion": "v1.0",
                                       "initParams": {"originalImage": "https://a.b/c.png"}}),
    ("POST", "/v1/agent/task/execute", {"taskId": "t", "params": {"batchCount": 2}}),
    ("POST", "/v1/agent/task/query", {"taskId": "t", "executionId": "e"}),
    ("POST", "/v1/agent/task/delete", {"taskId": "t"}),
    ("POST", "/v1/agent/myFashionModel/create", {"images": ["https://a.b/c.png"], "name": "n",
                                                 "agentName": "aimodel", "agentVersion": "v1.0"}),
    ("POST", "/v1/agent/myFashionModel/delete", {"fashionModelId": 1}),
    ("POST", "/v1/agent/myLocation/create", {"image": "https://a.b/c.png", "name": "n",
                                             "agentName": "aimodel", "agentVersion": "v1.0"}),
    ("POST", "/v1/agent/myLocation/delete", {"locationId": 1}),
]  # fmt: skip

QUERY_SEEDS: list[tuple[str, dict[str, str]]] = [
    ("/v1/agent/info", {"agentName": "aimodel", "agentVersion": "v1.0", "page": "1",
                        "pageSize": "10", "resourceType": "locations"}),
    ("/v1/agent/myFashionModel/query", {"fashionModelId": "10000001"}),
    ("/v1/agent/myLocation/query", {"locationId": "10000002"}),
]  # fmt: skip


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path inside a JSON value."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(paths(child, (*prefix, index)))
    return found


def mutate(value: Any, rng: random.Random) -> Any:
    """Replace, delete or add something somewhere."""
    mutated = copy.deepcopy(value)
    target = rng.choice(paths(mutated))
    if not target:
        return rng.choice(ODD_VALUES)
    parent = mutated
    for key in target[:-1]:
        parent = parent[key]
    key = target[-1]
    action = rng.random()
    if action < 0.6:
        parent[key] = rng.choice(ODD_VALUES)
    elif action < 0.8 and isinstance(parent, dict):
        del parent[key]
    elif isinstance(parent, dict):
        parent[rng.choice(["extra", "callbackUrl", "batchCount", "maskType"])] = rng.choice(
            ODD_VALUES
        )
    return mutated


def test_mutated_requests_never_get_a_5xx(make_client: ClientFactory) -> None:
    rng = random.Random(1234)
    statuses: list[int] = []
    with MockServer(speed=FAST) as mock:
        client = make_client(mock.base_url, "fuzz-key")
        task_id = client.post("/v1/agent/task/create", json=SEEDS[4][2]).json()["data"]["taskId"]
        for _ in range(600):
            method, path, seed = rng.choice(SEEDS)
            seed = copy.deepcopy(seed)
            if isinstance(seed, dict) and seed.get("taskId") == "t":
                seed["taskId"] = task_id
            body = seed
            for _ in range(rng.randint(1, 3)):
                body = mutate(body, rng)
            content = json.dumps(body, ensure_ascii=True).encode()  # lone surrogates too
            response = client.request(method, path, content=content, headers=JSON_TYPE)
            statuses.append(response.status_code)
        for _ in range(150):
            path, query = rng.choice(QUERY_SEEDS)
            query = dict(query)
            name = rng.choice(list(query))
            if rng.random() < 0.3:
                del query[name]
            else:
                # (a lone surrogate cannot even be put into a URL)
                query[name] = str(rng.choice(ODD_VALUES)).replace("\ud800", "%ED%A0%80")
            statuses.append(client.get(path, params=query).status_code)
    assert all(status < 500 for status in statuses)
    assert {200, 400} <= set(statuses)


def test_the_quick_validity_check_agrees_with_full_validation() -> None:
    """weshop._spec answers "valid?" with a compiled validator and names rules only for
    invalid input; on the mock's fuzz corpus the quick answer must match full validation."""
    from weshop._spec import spec_validator
    from weshop.mock._routes import route_table

    validator = spec_validator()

    def full_is_valid(pointer: str, instance: object) -> bool:
        return not any(True for _ in validator.validator(pointer).iter_errors(instance))

    table = route_table()
    rng = random.Random(99)
    checked = 0
    for method, path, seed in SEEDS:
        found = table.match(method, path)
        assert found is not None
        pointer = found[0].body_schema_pointer
        assert pointer is not None
        for _ in range(150):
            instance = seed
            for _ in range(rng.randint(0, 3)):
                instance = mutate(instance, rng)
            assert validator.is_valid(pointer, instance) == full_is_valid(pointer, instance)
            checked += 1
    for operation in table.operations:
        for parameter in operation.parameters:
            for value in ODD_VALUES:
                expected = full_is_valid(parameter.schema_pointer, value)
                assert validator.is_valid(parameter.schema_pointer, value) == expected
                checked += 1
    for name in ("AimodelParams", "VirtualtryonParams", "RemovebgParams", "ExpandimageParams"):
        pointer = f"/components/schemas/{name}"
        for _ in range(100):
            instance = mutate(SEEDS[0][2]["params"], rng)
            assert validator.is_valid(pointer, instance) == full_is_valid(pointer, instance)
            checked += 1
    assert checked > 2000
