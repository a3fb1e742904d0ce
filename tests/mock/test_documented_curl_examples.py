"""``weshop mock --port N`` answers every curl example of the documents (base URL swapped).

Each request below is a documented ``curl`` command, transcribed with its source; only the
host changes (``https://openapi.weshop.ai/openapi`` → the mock's base URL) and, where the
example chains calls, the ids the previous answer returned replace the placeholders.
Every answer must be a success envelope that conforms to the overlaid spec.
"""

from __future__ import annotations

import httpx

from .conformance import Conformance
from .helpers import image_bytes
from .test_mock_cli import command

IMAGE = "https://ai-image.weshop.ai/example.png"


def test_the_documented_curl_examples_succeed(conformance: Conformance) -> None:
    before = len(conformance.failures)
    with (
        command("mock", "--port", "0", "--speed", "200") as (_, base_url),
        httpx.Client(
            base_url=base_url,
            headers={"Authorization": "documented-examples-key"},
            event_hooks={"response": [conformance.check]},
            timeout=10.0,
        ) as client,
    ):

        def ok(response: httpx.Response) -> dict[str, object]:
            assert response.status_code == 200, response.text
            body = response.json()
            assert body["success"] is True, body
            return body  # type: ignore[no-any-return]

        # agent-openapi-integration-2026-04.txt, "Upload local files"
        png = image_bytes(768, 1024)
        uploaded = ok(client.post("/agent/assets/images", files={"image": ("m.png", png)}))
        # agent-openapi-integration-2026-04.txt, "Minimal runnable example"
        created = ok(
            client.post(
                "/agent/runs",
                json={
                    "agent": {"name": "aimodel", "version": "v1.0"},
                    "input": {"taskName": "agent-native-sample", "originalImage": IMAGE},
                    "params": {
                        "generatedContent": "freeCreation",
                        "maskType": "autoApparelSegment",
                        "textDescription": "street style fashion photo",
                        "batchCount": 1,
                    },
                },
            )
        )
        # agent-openapi-integration-2026-04.txt, "Polling and final result retrieval"
        execution_id = created["data"]["executionId"]  # type: ignore[index]
        ok(client.get(f"/agent/runs/{execution_id}"))
        # v1-api-reference-2024-06.txt, "Upload Image"
        ok(client.post("/v1/asset/upload/image", files={"image": ("image.png", png)}))
        # v1-api-reference-2024-06.txt, "Create Task", "Execute Task", "Query", "Delete Task"
        task = ok(
            client.post(
                "/v1/agent/task/create",
                json={
                    "agentName": "aimodel",
                    "agentVersion": "v1.0",
                    "initParams": {
                        "taskName": "Create Task Api Test",
                        "originalImage": uploaded["data"]["image"],  # type: ignore[index]
                    },
                },
            )
        )
        task_id = task["data"]["taskId"]  # type: ignore[index]
        executed = ok(
            client.post(
                "/v1/agent/task/execute",
                json={
                    "taskId": task_id,
                    "params": {
                        "generatedContent": "freeCreation",
                        "maskType": "autoApparelSegment",
                        "locationId": 2002093,
                    },
                },
            )
        )
        task_execution = executed["data"]["executionId"]  # type: ignore[index]
        ok(client.post("/v1/agent/task/query", json={"executionId": task_execution}))
        ok(client.post("/v1/agent/task/query", json={"taskId": task_id}))
        ok(client.post("/v1/agent/task/delete", json={"taskId": task_id}))
        # v1-api-reference-2024-06.txt, "Retrieve agent information"
        ok(client.get("/v1/agent/info", params={"agentName": "aimodel", "agentVersion": "v1.0"}))
        # v1-agents-reference-2025-05.txt, "My Models" and "My Locations"
        model = ok(
            client.post(
                "/v1/agent/myFashionModel/create",
                json={
                    "images": [IMAGE],
                    "name": "fashionModelName",
                    "agentName": "aimodel",
                    "agentVersion": "v1.0",
                },
            )
        )
        model_id = model["data"]["fashionModelId"]  # type: ignore[index]
        ok(client.get("/v1/agent/myFashionModel/query", params={"fashionModelId": model_id}))
        ok(client.post("/v1/agent/myFashionModel/delete", json={"fashionModelId": model_id}))
        location = ok(
            client.post(
                "/v1/agent/myLocation/create",
                json={
                    "image": IMAGE,
                    "name": "locationName",
                    "agentName": "aimodel",
                    "agentVersion": "v1.0",
                },
            )
        )
        location_id = location["data"]["locationId"]  # type: ignore[index]
        ok(client.get("/v1/agent/myLocation/query", params={"locationId": location_id}))
        ok(client.post("/v1/agent/myLocation/delete", json={"locationId": location_id}))
    assert conformance.failures[before:] == []
