"""Authentication, validation against the spec, and hostile input (never a 5xx)."""

from __future__ import annotations

import json

import httpx
import pytest

from weshop._spec import load_spec
from weshop.mock import MockServer

from .conftest import ClientFactory
from .helpers import run_body, wait_until


def message_of(response: httpx.Response) -> str:
    body = response.json()
    assert body["success"] is False
    return str(body["error"]["message"] if "error" in body else body["msg"])


# ---------------------------------------------------------------------------- auth


def test_a_missing_key_is_401_on_every_operation(
    shared_mock: MockServer, make_client: ClientFactory
) -> None:
    anonymous = make_client(shared_mock.base_url, None)
    for path, item in load_spec()["paths"].items():
        for method in item:
            url = path.replace("{executionId}", "abc")
            response = anonymous.request(method.upper(), url)
            assert response.status_code == 401, (method, path)
            assert "Authorization" in message_of(response)


def test_an_empty_key_is_401(shared_mock: MockServer, make_client: ClientFactory) -> None:
    response = make_client(shared_mock.base_url, "").get("/agent/runs/abc")
    assert response.status_code == 401


def test_a_bearer_prefix_is_refused(shared_mock: MockServer, make_client: ClientFactory) -> None:
    response = make_client(shared_mock.base_url, "Bearer abcdef").get("/agent/runs/abc")
    assert response.status_code == 401
    assert "Bearer" in message_of(response)


def test_only_configured_keys_are_accepted(make_client: ClientFactory) -> None:
    with MockServer(api_keys={"good-key"}) as mock:
        assert make_client(mock.base_url, "bad-key").get("/agent/runs/x").status_code == 401
        assert make_client(mock.base_url, "good-key").get("/agent/runs/x").status_code == 404


def test_legacy_operations_answer_with_the_legacy_envelope(
    shared_mock: MockServer, make_client: ClientFactory
) -> None:
    response = make_client(shared_mock.base_url, None).post("/v1/agent/task/create", json={})
    assert response.status_code == 401
    body = response.json()
    assert body["success"] is False
    assert body["code"] == "UNAUTHORIZED"
    assert "error" not in body


# ---------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"batchCount": 20},
            "params.batchCount: 20 is greater than the maximum of 16 [rule: maximum]",
        ),
        ({"batchCount": 0}, "params.batchCount: 0 is less than the minimum of 1 [rule: minimum]"),
        ({"batchCount": "4"}, "params.batchCount: '4' is not of type 'integer' [rule: type]"),
        ({"maskType": "autoEverything"}, "params.maskType: 'autoEverything' is not one of"),
        ({"generatedContent": None}, "params.generatedContent: None is not of type 'string'"),
        ({"maskType": "custom"}, "[rule: custom-mask]"),
        ({"pose": "dancing"}, "params.pose: 'dancing' is not one of"),
        ({"resultImageFormat": "gif"}, "params.resultImageFormat: 'gif' is not one of"),
    ],
)
def test_aimodel_rules_name_field_and_rule(
    client: httpx.Client, params: dict[str, object], expected: str
) -> None:
    response = client.post("/agent/runs", json=run_body(**params))
    assert response.status_code == 400
    assert expected in message_of(response)


def test_every_broken_rule_is_reported(client: httpx.Client) -> None:
    body = run_body(batchCount=17, maskType="wrong")
    del body["params"]["generatedContent"]
    message = message_of(client.post("/agent/runs", json=body))
    assert "params.batchCount" in message
    assert "params.maskType" in message
    assert "params.generatedContent: is required [rule: required]" in message


@pytest.mark.parametrize(
    ("agent", "params", "expected"),
    [
        ("aipose", {"textDescription": ""}, "params.textDescription"),
        (
            "expandimage",
            {"targetWidth": 5000},
            "params.targetWidth: 5000 is greater than the maximum of 4096",
        ),
        ("removeBG", {"backgroundHex": "red"}, "params.backgroundHex: 'red' does not match"),
        ("virtualtryon", {"generateVersion": "bananaPro"}, "[rule: virtualtryon-image-size]"),
        ("virtualtryon", {"descriptionType": "custom"}, "[rule: virtualtryon-custom-description]"),
        ("virtualtryon", {"aspectRatio": "1:1"}, "[rule: virtualtryon-aspect-ratio]"),
        ("aiproduct", {"maskType": "autoHumanSegment"}, "params.maskType"),
    ],
)
def test_agent_specific_rules(
    client: httpx.Client, agent: str, params: dict[str, object], expected: str
) -> None:
    response = client.post("/agent/runs", json=run_body(agent, **params))
    assert response.status_code == 400
    assert expected in message_of(response)


def test_input_rules(client: httpx.Client) -> None:
    body = run_body()
    body["input"] = {"originalImage": "not a url", "taskName": "x" * 21}
    message = message_of(client.post("/agent/runs", json=body))
    assert "input.originalImage" in message
    assert "input.taskName" in message
    assert "[rule: maxLength]" in message


def test_undocumented_agents_and_versions_run_generically(
    shared_mock: MockServer, client: httpx.Client
) -> None:
    # AgentName and AgentVersion are open enums: a client must be able to run an agent
    # the spec does not know yet, so the mock runs it like any other.
    response = client.post("/agent/runs", json=run_body("magicwand", batchCount=2))
    assert response.status_code == 200
    execution_id = response.json()["data"]["executionId"]
    body = run_body()
    body["agent"]["version"] = "v9"
    assert client.post("/agent/runs", json=body).status_code == 200
    assert wait_until(lambda: shared_mock.completion_time(execution_id) is not None)
    run = client.get(f"/agent/runs/{execution_id}").json()["data"]
    assert run["agentName"] == "magicwand"
    (execution,) = run["executions"]
    assert execution["status"] == "Success"
    assert len(execution["result"]) == 2


def test_undocumented_agents_work_with_the_task_api_and_info(client: httpx.Client) -> None:
    task = client.post("/v1/agent/task/create", json={"agentName": "zz", "agentVersion": "v1.0"})
    assert task.status_code == 200
    info = client.get("/v1/agent/info", params={"agentName": "zz", "agentVersion": "v2.0"})
    assert info.status_code == 200
    assert info.json()["data"] == {"agentVersion": "v2.0"}  # no catalogue


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"pageSize": "abc"}, "pageSize: 'abc' is not of type 'integer' [rule: type]"),
        ({"pageSize": "101"}, "pageSize: 101 is greater than the maximum of 100 [rule: maximum]"),
        ({"page": "0"}, "page: 0 is less than the minimum of 1 [rule: minimum]"),
        ({"resourceType": "shoes"}, "resourceType: 'shoes' is not one of"),
        ({"agentName": None}, "agentName: is required [rule: required]"),
    ],
)
def test_query_parameter_rules(
    client: httpx.Client, params: dict[str, str | None], expected: str
) -> None:
    query = {"agentName": "aimodel", "agentVersion": "v1.0", **params}
    query = {k: v for k, v in query.items() if v is not None}
    response = client.get("/v1/agent/info", params=query)
    assert response.status_code == 400
    assert expected in message_of(response)


def test_a_non_loopback_callback_is_accepted_and_skipped(
    shared_mock: MockServer, client: httpx.Client
) -> None:
    skipped = shared_mock.stats.callbacks_skipped
    body = {**run_body(), "callbackUrl": "https://example.com/hook"}
    response = client.post("/agent/runs", json=body)
    assert response.status_code == 200
    assert shared_mock.stats.callbacks_skipped == skipped + 1


def test_odd_values_in_open_params_do_not_break_the_engine(client: httpx.Client) -> None:
    body = run_body("aipose", resultImageFormat={"a": 1}, batchCount=2, extra=[[1.5e300]])
    created = client.post("/agent/runs", json=body)
    assert created.status_code == 200
    execution_id = created.json()["data"]["executionId"]
    assert client.get(f"/agent/runs/{execution_id}").status_code == 200
    deep = run_body("aipose", extra=json.loads("[" * 70 + "]" * 70))
    assert client.post("/agent/runs", json=deep).status_code == 400
    infinite = json.dumps(run_body("aipose")).replace('"arms crossed"', '"x", "n": 1e999')
    response = client.post(
        "/agent/runs", content=infinite.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400


def test_unknown_fields_are_tolerated(client: httpx.Client) -> None:
    # The vendor's CLI sends safeGenerate and params.images; the live API accepts them.
    body = {**run_body(images=["https://ai-image.weshop.ai/x.png"]), "safeGenerate": "on"}
    assert client.post("/agent/runs", json=body).status_code == 200


# ---------------------------------------------------------------------------- hostile input


HOSTILE_BODIES: list[tuple[str, bytes, str]] = [
    ("malformed", b'{"agent": ', "application/json"),
    ("not an object", b"[1, 2, 3]", "application/json"),
    ("NaN", b'{"agent": NaN}', "application/json"),
    ("deep", b"[" * 100_000 + b"]" * 100_000, "application/json"),
    ("huge int", b'{"n": ' + b"9" * 5000 + b"}", "application/json"),
    ("infinite", b'{"agent": 1e400}', "application/json"),
    ("too deep", b'{"a": ' + b"[" * 70 + b"]" * 70 + b"}", "application/json"),
    ("bad utf-8", b'{"a": "\xff\xfe"}', "application/json"),
    ("lone surrogate", b'{"input": {"originalImage": "https://x.y/\\ud800"}}', "application/json"),
    ("wrong type", b'{"agent": 1}', "text/plain"),
    ("no type", b'{"agent": 1}', ""),
    ("form", b"agent=1", "application/x-www-form-urlencoded"),
    ("empty", b"", "application/json"),
    ("multipart", b"--x\r\n\r\n--x--", "multipart/form-data; boundary=x"),
]


@pytest.mark.parametrize(("label", "content", "content_type"), HOSTILE_BODIES)
@pytest.mark.parametrize(
    "path",
    ["/agent/runs", "/agent/power-estimates", "/v1/agent/task/create", "/v1/agent/task/query"],
)
def test_hostile_bodies_get_a_400(
    client: httpx.Client, path: str, label: str, content: bytes, content_type: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post(path, content=content, headers=headers)
    assert response.status_code == 400, (label, response.text)
    assert message_of(response)


def test_a_lone_surrogate_is_echoed_as_valid_json(client: httpx.Client) -> None:
    task = client.post(
        "/v1/agent/task/create",
        content=b'{"agentName": "aimodel", "agentVersion": "v1.0",'
        b' "initParams": {"originalImage": "https://a.b/c", "taskName": "\\ud800"}}',
        headers={"Content-Type": "application/json"},
    )
    assert task.status_code == 200
    task_id = task.json()["data"]["taskId"]
    executed = client.post(
        "/v1/agent/task/execute",
        json={
            "taskId": task_id,
            "params": {
                "generatedContent": "freeCreation",
                "maskType": "autoApparelSegment",
                "textDescription": "x",
            },
        },
    )
    assert executed.status_code == 200
    query = client.post("/v1/agent/task/query", json={"taskId": task_id})
    assert query.status_code == 200
    assert json.loads(query.content)["data"]["initParams"]["taskName"] == "\ud800"


def test_a_body_over_the_limit_is_400_where_413_is_not_declared(client: httpx.Client) -> None:
    big = b'{"pad": "' + b"x" * (13 * 1024 * 1024) + b'"}'
    response = client.post("/agent/runs", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert "more than" in message_of(response)


def test_a_small_limit_applies(make_client: ClientFactory) -> None:
    with MockServer(max_body_bytes=1000) as mock:
        client = make_client(mock.base_url)
        body = run_body(textDescription="y" * 2000)
        assert client.post("/agent/runs", json=body).status_code == 400
        assert client.post("/agent/runs", json=run_body()).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/nope",
        "/agent",
        "/agent/runs/a/b",
        "/agent/runs/a%2Fb",
        "/v1/agent/task/nothing",
        "/v2/agent/info",
        "/files",
        "/../../etc/passwd",
    ],
)
def test_unknown_paths_are_a_404_envelope(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert message_of(response)


def test_paths_outside_the_base_are_a_404_envelope(
    shared_mock: MockServer, client: httpx.Client
) -> None:
    root = shared_mock.base_url.removesuffix("/openapi")
    for url in (root + "/", root + "/agent/runs", root + "/openapix"):
        response = client.get(url)
        assert response.status_code == 404
        assert message_of(response)


def test_wrong_methods_on_known_paths_are_a_405_with_allow(client: httpx.Client) -> None:
    for method, path, allowed in [
        ("GET", "/agent/runs", "POST"),
        ("DELETE", "/agent/runs/x", "GET"),
        ("PUT", "/v1/agent/info", "GET"),
        ("GET", "/v1/agent/task/query", "POST"),
        ("OPTIONS", "/v1/agent/myLocation/query", "GET"),
    ]:
        response = client.request(method, path)
        assert response.status_code == 405
        assert response.headers["allow"] == allowed
        assert "is not an operation" in message_of(response)


@pytest.mark.parametrize(
    "execution_id",
    ["0", "x" * 5000, "%00", "%E2%98%83", "null", "-1", "' OR 1=1 --", "%20"],
)
def test_odd_execution_ids_are_404(client: httpx.Client, execution_id: str) -> None:
    response = client.get(f"/agent/runs/{execution_id}")
    assert response.status_code == 404


@pytest.mark.parametrize("value", ["abc", "-1", "1e5", "99999999999999999999999", "0"])
def test_odd_asset_ids_are_404(client: httpx.Client, value: str) -> None:
    for path, name in [
        ("/v1/agent/myFashionModel/query", "fashionModelId"),
        ("/v1/agent/myLocation/query", "locationId"),
    ]:
        response = client.get(path, params={name: value})
        assert response.status_code == 404, (path, value)


def test_an_empty_asset_id_breaks_the_spec(client: httpx.Client) -> None:
    """``minLength: 1`` on the id query parameters (issue 23): an empty id names nothing,
    and the spec says so — 400 naming the parameter, not a lookup that finds nothing."""
    for path, name in [
        ("/v1/agent/myFashionModel/query", "fashionModelId"),
        ("/v1/agent/myLocation/query", "locationId"),
    ]:
        response = client.get(path, params={name: ""})
        assert response.status_code == 400, path
        assert name in message_of(response)


def test_odd_task_ids_are_404(client: httpx.Client) -> None:
    for path in ("/v1/agent/task/query", "/v1/agent/task/delete"):
        assert client.post(path, json={"taskId": "nope"}).status_code == 404
    assert client.post("/v1/agent/task/query", json={"executionId": "nope"}).status_code == 404
    execute = client.post("/v1/agent/task/execute", json={"taskId": "nope", "params": {}})
    assert execute.status_code == 404
    for path, field in [
        ("/v1/agent/myFashionModel/delete", "fashionModelId"),
        ("/v1/agent/myLocation/delete", "locationId"),
    ]:
        assert client.post(path, json={field: 123456}).status_code == 404
        assert client.post(path, json={field: "123"}).status_code == 400
