"""The task API's state, "my" models and locations, and the info catalogues."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from weshop.mock import MockServer

from .conftest import ClientFactory
from .helpers import FAST, image_bytes, wait_until

AIMODEL_PARAMS = {
    "generatedContent": "freeCreation",
    "maskType": "autoApparelSegment",
    "textDescription": "street",
}


def create_task(client: httpx.Client, agent: str = "aimodel") -> str:
    response = client.post(
        "/v1/agent/task/create",
        json={
            "agentName": agent,
            "agentVersion": "v1.0",
            "initParams": {
                "taskName": "Create Task Api Test",
                "originalImage": "https://ai-image.weshop.ai/model.png",
            },
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == "0"
    task_id: str = body["data"]["taskId"]
    return task_id


def execute(client: httpx.Client, task_id: str, **params: Any) -> str:
    response = client.post(
        "/v1/agent/task/execute", json={"taskId": task_id, "params": {**AIMODEL_PARAMS, **params}}
    )
    assert response.status_code == 200, response.text
    execution_id: str = response.json()["data"]["executionId"]
    return execution_id


def test_create_execute_query(client: httpx.Client) -> None:
    task_id = create_task(client)
    execution_id = execute(client, task_id, batchCount=2)
    by_execution = client.post("/v1/agent/task/query", json={"executionId": execution_id}).json()
    data = by_execution["data"]
    assert data["agentName"] == "aimodel"
    assert data["initParams"]["taskName"] == "Create Task Api Test"
    assert [e["executionId"] for e in data["executions"]] == [execution_id]
    assert wait_until(
        lambda: (
            client.post("/v1/agent/task/query", json={"taskId": task_id}).json()["data"][
                "executions"
            ][0]["status"]
            == "Success"
        )
    )


def test_execution_id_wins_over_task_id(client: httpx.Client) -> None:
    task_id = create_task(client)
    first = execute(client, task_id)
    execute(client, task_id)
    both = client.post("/v1/agent/task/query", json={"taskId": task_id, "executionId": first})
    assert [e["executionId"] for e in both.json()["data"]["executions"]] == [first]


def test_query_needs_a_handle(client: httpx.Client) -> None:
    response = client.post("/v1/agent/task/query", json={})
    assert response.status_code == 400
    assert "[rule: task-query-handle]" in response.json()["msg"]


def test_a_task_keeps_its_last_20_executions(client: httpx.Client) -> None:
    task_id = create_task(client)
    ids = [execute(client, task_id, batchCount=1) for _ in range(23)]
    listed = client.post("/v1/agent/task/query", json={"taskId": task_id}).json()["data"]
    assert [e["executionId"] for e in listed["executions"]] == ids[-20:]  # oldest first
    # An execution past the last 20 is still readable by its own id.
    older = client.post("/v1/agent/task/query", json={"executionId": ids[0]})
    assert older.status_code == 200


def test_execute_validates_params_for_the_tasks_agent(client: httpx.Client) -> None:
    task_id = create_task(client, "expandimage")
    response = client.post(
        "/v1/agent/task/execute", json={"taskId": task_id, "params": {"targetWidth": 9000}}
    )
    assert response.status_code == 400
    message = response.json()["msg"]
    assert "params.targetWidth: 9000 is greater than the maximum of 4096 [rule: maximum]" in message
    assert "params.targetHeight: is required [rule: required]" in message


def test_delete_removes_the_task_and_its_executions(client: httpx.Client) -> None:
    task_id = create_task(client)
    execution_id = execute(client, task_id)
    deleted = client.post("/v1/agent/task/delete", json={"taskId": task_id})
    assert deleted.status_code == 200
    assert deleted.json() == {"success": True, "code": "0", "msg": "success"}
    assert client.post("/v1/agent/task/query", json={"taskId": task_id}).status_code == 404
    gone = client.post("/v1/agent/task/query", json={"executionId": execution_id})
    assert gone.status_code == 404
    assert client.post("/v1/agent/task/delete", json={"taskId": task_id}).status_code == 404
    execute_again = client.post("/v1/agent/task/execute", json={"taskId": task_id, "params": {}})
    assert execute_again.status_code == 404


def test_agent_runs_are_tasks_too(client: httpx.Client) -> None:
    body = {
        "agent": {"name": "aipose", "version": "v1.0"},
        "input": {"originalImage": "https://a.b/c.png"},
        "params": {"textDescription": "sit"},
    }
    created = client.post("/agent/runs", json=body).json()["data"]
    query = client.post("/v1/agent/task/query", json={"taskId": created["taskId"]}).json()
    assert query["data"]["executions"][0]["executionId"] == created["executionId"]
    client.post("/v1/agent/task/delete", json={"taskId": created["taskId"]})
    assert client.get(f"/agent/runs/{created['executionId']}").status_code == 404


def test_tasks_are_private_to_their_api_key(
    shared_mock: MockServer, make_client: ClientFactory, client: httpx.Client
) -> None:
    task_id = create_task(client)
    other = make_client(shared_mock.base_url, "another-key-xyz")
    assert other.post("/v1/agent/task/query", json={"taskId": task_id}).status_code == 404
    assert other.post("/v1/agent/task/delete", json={"taskId": task_id}).status_code == 404


# ---------------------------------------------------------------------------- my assets


def test_my_fashion_model_goes_prepare_then_complete(make_client: ClientFactory) -> None:
    with MockServer(speed=FAST, asset_prepare_duration=100.0) as mock:  # 0.5 s
        client = make_client(mock.base_url)
        created = client.post(
            "/v1/agent/myFashionModel/create",
            json={
                "images": ["https://ai-image.weshop.ai/x.png"],
                "name": "Ann",
                "agentName": "aimodel",
                "agentVersion": "v1.0",
            },
        )
        assert created.status_code == 200
        model_id = created.json()["data"]["fashionModelId"]
        assert isinstance(model_id, int)

        def status() -> str:
            response = client.get(
                "/v1/agent/myFashionModel/query", params={"fashionModelId": model_id}
            )
            return str(response.json()["data"]["status"])

        assert status() == "prepare"
        assert wait_until(lambda: status() == "complete")
        data = client.get("/v1/agent/myFashionModel/query", params={"fashionModelId": model_id})
        assert data.json()["data"]["cover"] == "https://ai-image.weshop.ai/x.png"
        info = client.get(
            "/v1/agent/info",
            params={
                "agentName": "aimodel",
                "agentVersion": "v1.0",
                "resourceType": "fashionModels",
            },
        ).json()
        mine = [m for m in info["data"]["fashionModels"] if m["id"] == model_id]
        assert mine == [
            {
                "id": model_id,
                "name": "Ann",
                "image": "https://ai-image.weshop.ai/x.png",
                "status": "complete",
                "type": "Yours",
            }
        ]
        deleted = client.post("/v1/agent/myFashionModel/delete", json={"fashionModelId": model_id})
        assert deleted.status_code == 200
        gone = client.get("/v1/agent/myFashionModel/query", params={"fashionModelId": model_id})
        assert gone.status_code == 404


def test_my_location_goes_prepare_then_complete(make_client: ClientFactory) -> None:
    with MockServer(speed=FAST, asset_prepare_duration=100.0) as mock:
        client = make_client(mock.base_url)
        created = client.post(
            "/v1/agent/myLocation/create",
            json={
                "image": "https://ai-image.weshop.ai/x.png",
                "name": "Beach",
                "agentName": "aimodel",
                "agentVersion": "v1.0",
            },
        )
        location_id = created.json()["data"]["locationId"]

        def status() -> str:
            response = client.get("/v1/agent/myLocation/query", params={"locationId": location_id})
            return str(response.json()["data"]["status"])

        assert status() == "prepare"
        assert wait_until(lambda: status() == "complete")
        for agent, expected in (("aimodel", True), ("aiproduct", False)):
            locations = info(client, agent, resourceType="locations")["locations"]
            assert any(loc["id"] == location_id for loc in locations) is expected
        assert (
            client.post("/v1/agent/myLocation/delete", json={"locationId": location_id}).status_code
            == 200
        )
        assert (
            client.get("/v1/agent/myLocation/query", params={"locationId": location_id}).status_code
            == 404
        )
        # A model id is not a location id.
        model = client.post(
            "/v1/agent/myFashionModel/create",
            json={
                "images": ["https://a.b/c.png"],
                "name": "M",
                "agentName": "aimodel",
                "agentVersion": "v1.0",
            },
        ).json()["data"]["fashionModelId"]
        assert (
            client.get("/v1/agent/myLocation/query", params={"locationId": model}).status_code
            == 404
        )


def test_my_assets_rules(client: httpx.Client) -> None:
    five = {
        "images": ["https://a.b/c.png"] * 5,
        "name": "M",
        "agentName": "aimodel",
        "agentVersion": "v1.0",
    }
    response = client.post("/v1/agent/myFashionModel/create", json=five)
    assert response.status_code == 400
    assert "images: " in response.json()["msg"]
    assert "[rule: maxItems]" in response.json()["msg"]
    wrong_agent = {
        "image": "https://a.b/c.png",
        "name": "L",
        "agentName": "aiproduct",
        "agentVersion": "v1.0",
    }
    response = client.post("/v1/agent/myLocation/create", json=wrong_agent)
    assert response.status_code == 400
    assert "agentName" in response.json()["msg"]


def test_my_asset_images_over_5_mb_are_refused(client: httpx.Client) -> None:
    data = image_bytes(700, 700) + b"\0" * (6 * 1024 * 1024)
    url = client.post("/agent/assets/images", files={"image": ("x.png", data)}).json()["data"][
        "image"
    ]
    response = client.post(
        "/v1/agent/myLocation/create",
        json={"image": url, "name": "L", "agentName": "aimodel", "agentVersion": "v1.0"},
    )
    assert response.status_code == 400
    assert (
        "image: the image is larger than the maximum 5 MB [rule: max-size]"
        in response.json()["msg"]
    )


# ---------------------------------------------------------------------------- info


def info(client: httpx.Client, agent: str, **params: Any) -> dict[str, Any]:
    response = client.get(
        "/v1/agent/info", params={"agentName": agent, "agentVersion": "v1.0", **params}
    )
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def test_info_catalogues_from_the_documents(client: httpx.Client) -> None:
    aimodel = info(client, "aimodel")
    white = next(loc for loc in aimodel["locations"] if loc["id"] == 6000372)
    assert white["name"] == "White Studio"
    assert {m["name"] for m in aimodel["fashionModels"]} >= {"Letitia", "Eve"}
    backgrounds = info(client, "removeBG")["backgrounds"]
    assert {"id": 306, "name": "Transparent"}.items() <= backgrounds[0].items()
    assert len(backgrounds) == 34
    dimensions = info(client, "expandimage")["dimensions"]
    assert {"name": "Logo 800*800px", "height": 800, "width": 800} in dimensions
    assert info(client, "aipose") == {"agentVersion": "v1.0"}
    product = info(client, "aiproduct")
    assert product["locations"][0]["name"] == "White Wall Shadow"


def test_info_pagination(client: httpx.Client) -> None:
    everything = info(client, "aimodel")
    total = everything["pagination"]["locations"]["total"]
    assert total == len(everything["locations"]) > 100
    assert everything["pagination"]["locations"]["isLastPage"] is True
    seen: list[int] = []
    page = 1
    while True:
        data = info(client, "aimodel", page=page, pageSize=25, resourceType="locations")
        assert "fashionModels" not in data
        paging = data["pagination"]["locations"]
        assert paging == {
            "total": total,
            "page": page,
            "pageSize": 25,
            "isLastPage": page * 25 >= total,
        }
        seen.extend(loc["id"] for loc in data["locations"])
        if paging["isLastPage"]:
            break
        page += 1
    assert seen == [loc["id"] for loc in everything["locations"]]
    beyond = info(client, "aimodel", page=99, pageSize=100, resourceType="fashionModels")
    assert beyond["fashionModels"] == []
    assert beyond["pagination"]["fashionModels"]["isLastPage"] is True


def test_synthetic_entries_are_marked_and_have_real_thumbnails(client: httpx.Client) -> None:
    data = info(client, "aimodel", page=2, pageSize=10, resourceType="locations")
    synthetic = data["locations"][0]
    assert synthetic["name"].startswith("Synthetic")
    thumbnail = httpx.get(synthetic["image"])
    assert thumbnail.status_code == 200
    assert thumbnail.headers["content-type"] == "image/png"


@pytest.mark.parametrize(
    "agent", ["aimodel", "aiproduct", "removeBG", "expandimage", "aipose", "virtualtryon"]
)
def test_info_answers_for_every_known_agent(client: httpx.Client, agent: str) -> None:
    assert info(client, agent)["agentVersion"] == "v1.0"


def test_speed_scales_asset_preparation() -> None:
    with MockServer(speed=1.0) as slow:
        client = httpx.Client(base_url=slow.base_url, headers={"Authorization": "k"})
        with client:
            model = client.post(
                "/v1/agent/myFashionModel/create",
                json={
                    "images": ["https://a.b/c.png"],
                    "name": "M",
                    "agentName": "aimodel",
                    "agentVersion": "v1.0",
                },
            ).json()["data"]["fashionModelId"]
            time.sleep(0.1)
            status = client.get("/v1/agent/myFashionModel/query", params={"fashionModelId": model})
            assert status.json()["data"]["status"] == "prepare"
