"""Every response the mock serves conforms to generated/openapi.yaml.

Each client of these tests checks every response it receives (see conftest.py and
conformance.py); this module drives a broad sweep over every operation — successes,
every kind of client error, and the injected 429/5xx — and checks that the sweep reached
each operation with each of its declared statuses that a request can provoke.
"""

from __future__ import annotations

from typing import Any

import httpx

from weshop._spec import load_spec
from weshop.mock import FaultRule, MockServer

from .conformance import Conformance
from .conftest import ClientFactory
from .helpers import FAST, image_bytes, run_body, wait_until

JSON = {"Content-Type": "application/json"}
MODEL = {
    "images": ["https://a.b/c.png"],
    "name": "M",
    "agentName": "aimodel",
    "agentVersion": "v1.0",
}
LOCATION = {
    "image": "https://a.b/c.png",
    "name": "L",
    "agentName": "aimodel",
    "agentVersion": "v1.0",
}


def sweep(client: httpx.Client) -> None:
    """Valid and invalid requests to every operation."""
    agents = load_spec()["components"]["schemas"]["KnownAgentName"]["enum"]
    executions: list[str] = []
    for agent in agents:
        for extra in ({}, {"batchCount": 1}, {"batchCount": 99}):
            body = run_body(agent, **extra)
            client.post("/agent/power-estimates", json=body)
            response = client.post("/agent/runs", json=body)
            if response.status_code == 200:
                executions.append(response.json()["data"]["executionId"])
        client.get("/v1/agent/info", params={"agentName": agent, "agentVersion": "v1.0"})
        client.get(
            "/v1/agent/info",
            params={"agentName": agent, "agentVersion": "v1.0", "page": 2, "pageSize": 5},
        )
    client.post("/agent/runs", json=run_body(), headers={"Idempotency-Key": "sweep"})
    client.post("/agent/runs", json=run_body(), headers={"Idempotency-Key": "sweep"})
    client.post("/agent/runs", json=run_body(batchCount=2), headers={"Idempotency-Key": "sweep"})
    client.post("/agent/runs", json=run_body("unknown"))
    client.post("/agent/runs", content=b"{", headers=JSON)
    client.post("/agent/runs", content=b'{"pad": "' + b"x" * (13 << 20) + b'"}', headers=JSON)
    client.get("/v1/agent/info", params={"agentName": "aimodel"})
    client.get("/v1/agent/info", params={"agentName": "x", "agentVersion": "v1.0"})
    client.get("/agent/runs/does-not-exist")
    for execution_id in executions:
        wait_until(
            lambda e=execution_id: (
                client.get(f"/agent/runs/{e}").json()["data"]["executions"][0]["status"]  # type: ignore[misc]
                in ("Success", "Failed")
            )
        )
        final = client.get(f"/agent/runs/{execution_id}").json()
        for item in final["data"]["executions"][0]["result"]:
            client.get(item["image"])

    for path in ("/agent/assets/images", "/v1/asset/upload/image"):
        client.post(path, files={"image": ("a.png", image_bytes(700, 700))})
        client.post(path, files={"image": ("a.png", image_bytes(100, 700))})
        client.post(path, files={"image": ("a.png", b"\0" * (11 << 20))})
        client.post(path, files={"other": ("a.png", b"x")})
        client.post(path, json={})

    task = client.post(
        "/v1/agent/task/create",
        json={
            "agentName": "aipose",
            "agentVersion": "v1.0",
            "initParams": {"originalImage": "https://a.b/c.png"},
        },
    )
    task_id = task.json()["data"]["taskId"]
    client.post("/v1/agent/task/create", json={"agentName": "aipose"})
    client.post("/v1/agent/task/create", json={"agentName": "nope", "agentVersion": "v1.0"})
    executed = client.post(
        "/v1/agent/task/execute", json={"taskId": task_id, "params": {"textDescription": "sit"}}
    )
    client.post("/v1/agent/task/execute", json={"taskId": task_id, "params": {}})
    client.post("/v1/agent/task/execute", json={"taskId": "nope", "params": {}})
    client.post("/v1/agent/task/execute", json={"params": {}})
    client.post("/v1/agent/task/query", json={"taskId": task_id})
    client.post(
        "/v1/agent/task/query", json={"executionId": executed.json()["data"]["executionId"]}
    )
    client.post("/v1/agent/task/query", json={"taskId": "nope"})
    client.post("/v1/agent/task/query", json={})
    client.post("/v1/agent/task/query", json={"taskId": "<task id>"})
    client.post("/v1/agent/task/delete", json={"taskId": task_id})
    client.post("/v1/agent/task/delete", json={"taskId": task_id})
    client.post("/v1/agent/task/delete", json={})

    for kind, body, id_field in (
        ("myFashionModel", MODEL, "fashionModelId"),
        ("myLocation", LOCATION, "locationId"),
    ):
        created = client.post(f"/v1/agent/{kind}/create", json=body)
        asset_id = created.json()["data"][id_field]
        client.post(f"/v1/agent/{kind}/create", json={**body, "agentName": "aipose"})
        client.get(f"/v1/agent/{kind}/query", params={id_field: asset_id})
        client.get(f"/v1/agent/{kind}/query", params={id_field: "abc"})
        client.get(f"/v1/agent/{kind}/query")
        client.post(f"/v1/agent/{kind}/delete", json={id_field: asset_id})
        client.post(f"/v1/agent/{kind}/delete", json={id_field: asset_id})
        client.post(f"/v1/agent/{kind}/delete", json={id_field: "x"})
    client.get("/v1/agent/myFashionModel/query", params={"fashionModelId": "<My model Id>"})
    client.get("/v1/agent/myLocation/query", params={"locationId": "<My location ID>"})
    client.get("/agent/runs/xxx")
    client.get("/no/such/path")
    client.delete("/agent/runs")


def every_operation(client: httpx.Client) -> None:
    """One plain request per operation (for the fault rounds)."""
    for path, item in load_spec()["paths"].items():
        for method in item:
            url = path.replace("{executionId}", "x")
            if method == "post":
                client.post(url, json={})
            else:
                client.request(method.upper(), url)


def test_everything_the_mock_serves_conforms(
    make_client: ClientFactory, conformance: Conformance
) -> None:
    with MockServer(speed=FAST) as mock:
        sweep(make_client(mock.base_url, "conformance-key"))
        every_operation(make_client(mock.base_url, None))
        for fault in (FaultRule("rate_limit"), FaultRule("server_error")):
            mock.set_faults(faults=[fault])
            every_operation(make_client(mock.base_url, "conformance-key"))
    # The sweep reached each operation with 200, 401, 429 and 500, and with every other
    # declared status a request can provoke.
    spec_paths: dict[str, Any] = load_spec()["paths"]
    declared = {
        (operation["operationId"], int(status))
        for item in spec_paths.values()
        for operation in item.values()
        for status in operation["responses"]
    }
    missing = declared - set(conformance.checked)
    assert missing == set(), sorted(missing)
    assert conformance.failures == []


def test_the_checker_catches_non_conforming_responses() -> None:
    checker = Conformance()
    request = httpx.Request("GET", "http://127.0.0.1:1/openapi/agent/runs/x")
    checker.check(httpx.Response(200, json={"success": True, "data": {}}, request=request))
    checker.check(httpx.Response(400, json={"success": False, "error": {}}, request=request))
    checker.check(
        httpx.Response(
            429,
            json={"success": False, "error": {"code": "x", "message": "y", "retryable": True}},
            request=request,
        )
    )
    unknown = httpx.Request("GET", "http://127.0.0.1:1/openapi/nowhere")
    checker.check(httpx.Response(200, json={"success": True}, request=unknown))
    assert len(checker.failures) == 5, checker.failures
    assert any("data.executions: is required" in f for f in checker.failures)
    assert any("status not declared" in f for f in checker.failures)
    assert any("Retry-After" in f for f in checker.failures)
