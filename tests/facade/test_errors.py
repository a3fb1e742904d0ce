"""Both error envelopes, any status (and a 200 that says success=false), map onto the
exception tree — as a pure function and through the clients."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import weshop
from weshop._credentials import SecretKey
from weshop.errors import APIError, api_error_from_response, error_class_for_status

from .conftest import KEY, Api, Factory, json_response, run_answer


def agent_envelope(code: str, message: str, retryable: bool) -> bytes:
    return json.dumps(
        {"success": False, "error": {"code": code, "message": message, "retryable": retryable}}
    ).encode()


def legacy_envelope(code: Any, message: str, key: str = "msg") -> bytes:
    return json.dumps({"success": False, "code": code, key: message}).encode()


@pytest.mark.parametrize(
    ("status", "cls", "retryable"),
    [
        (400, weshop.InvalidRequestError, False),
        (401, weshop.AuthenticationError, False),
        (403, weshop.AuthenticationError, False),
        (404, weshop.NotFoundError, False),
        (408, weshop.InvalidRequestError, True),
        (409, weshop.InvalidRequestError, False),
        (413, weshop.InvalidRequestError, False),
        (422, weshop.InvalidRequestError, False),
        (429, weshop.RateLimitError, True),
        (500, weshop.ServerError, True),
        (501, weshop.ServerError, False),
        (502, weshop.ServerError, True),
        (503, weshop.ServerError, True),
        (504, weshop.ServerError, True),
        (520, weshop.ServerError, False),
    ],
)
def test_status_to_class_legacy_envelope(status: int, cls: type[APIError], retryable: bool) -> None:
    error = api_error_from_response(
        status, {}, legacy_envelope("E1", "it broke"), operation="createTask"
    )
    assert type(error) is cls
    assert error_class_for_status(status) is cls
    assert (error.status_code, error.code, error.retryable) == (status, "E1", retryable)
    assert error.message == "createTask: it broke"
    assert "it broke" in str(error)
    assert str(status) in str(error)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, weshop.InvalidRequestError),
        (401, weshop.AuthenticationError),
        (404, weshop.NotFoundError),
        (429, weshop.RateLimitError),
        (500, weshop.ServerError),
    ],
)
@pytest.mark.parametrize("flag", [True, False])
def test_agent_envelope_keeps_code_message_and_retryable(
    status: int, cls: type[APIError], flag: bool
) -> None:
    error = api_error_from_response(status, {}, agent_envelope("SOME_CODE", "nope", flag))
    assert type(error) is cls
    assert error.code == "SOME_CODE"
    assert error.message.endswith("nope")
    # The envelope's flag is the service's word; 429 is always worth another try.
    assert error.retryable is (flag or status == 429)
    assert error.envelope_retryable is flag


def test_legacy_envelope_message_field_and_numeric_code() -> None:
    error = api_error_from_response(404, {}, legacy_envelope(0, "no such task", key="message"))
    assert isinstance(error, weshop.NotFoundError)
    assert error.code == "0"
    assert error.message.endswith("no such task")


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        (agent_envelope("UNAUTHORIZED", "bad key", False), weshop.AuthenticationError),
        (agent_envelope("NOT_FOUND", "gone", False), weshop.NotFoundError),
        (agent_envelope("RATE_LIMITED", "slow down", True), weshop.RateLimitError),
        (agent_envelope("BUSY", "try later", True), weshop.ServerError),
        (agent_envelope("INVALID_PARAM", "bad", False), weshop.InvalidRequestError),
        (legacy_envelope("401", "bad key"), weshop.AuthenticationError),
        (legacy_envelope(404, "gone"), weshop.NotFoundError),
        (legacy_envelope("E_PARAM", "bad"), weshop.InvalidRequestError),
    ],
)
def test_a_200_that_says_success_false_is_an_error(body: bytes, cls: type[APIError]) -> None:
    error = api_error_from_response(200, {}, body)
    assert type(error) is cls
    assert error.status_code == 200


def test_a_200_that_is_not_an_envelope_is_an_unexpected_response() -> None:
    error = api_error_from_response(200, {}, b"<html>hello</html>")
    assert type(error) is APIError
    assert error.code == "unexpected_response"
    assert not error.retryable


def test_a_non_json_error_keeps_a_snippet() -> None:
    error = api_error_from_response(502, {}, b"Bad Gateway from the proxy")
    assert isinstance(error, weshop.ServerError)
    assert "Bad Gateway" in error.message
    assert error.retryable


def test_secrets_in_the_body_are_redacted() -> None:
    body = agent_envelope("UNAUTHORIZED", f"key {KEY} is not valid", False)
    error = api_error_from_response(401, {}, body, redact=SecretKey(KEY).redact_tree)
    assert KEY not in str(error)
    assert KEY not in repr(error)
    assert KEY not in json.dumps(error.body)


@pytest.mark.parametrize(
    "spelling",
    [
        lambda key: key.replace("/", "\\/"),  # JSON's optional escape of "/"
        lambda key: "".join(f"\\u{ord(c):04x}" for c in key),  # all \\uXXXX
    ],
    ids=["slash-escaped", "unicode-escaped"],
)
def test_json_escaped_secrets_are_redacted_after_decoding(spelling: Any) -> None:
    key = "wsk/live+" + KEY
    raw = '{"success": false, "error": {"code": "UNAUTHORIZED", "message": "bad key %s", '
    raw += '"retryable": false}}'
    body = (raw % spelling(key)).encode()
    assert key in json.dumps(json.loads(body))  # decoding restores the key ...
    error = api_error_from_response(401, {}, body, redact=SecretKey(key).redact_tree)
    for text in (str(error), repr(error), json.dumps(error.body), error.message):
        assert key not in text  # ... and redaction still removes it


# --------------------------------------------------------------------------- through clients
def _always(status: int, body: bytes) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return handler


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (404, agent_envelope("NOT_FOUND", "no such run", False), weshop.NotFoundError),
        (401, agent_envelope("UNAUTHORIZED", "bad key", False), weshop.AuthenticationError),
        (200, agent_envelope("INVALID", "bad", False), weshop.InvalidRequestError),
        (400, legacy_envelope("400", "bad"), weshop.InvalidRequestError),
        (418, b"I'm a teapot", weshop.InvalidRequestError),
    ],
)
async def test_run_api_errors(
    make_client: Factory, api: Api, status: int, body: bytes, cls: type[APIError]
) -> None:
    client, recorder = make_client(_always(status, body))
    with pytest.raises(cls) as caught:
        await api(client.runs.get, "exec-1")
    assert caught.value.status_code == status
    assert len(recorder.requests) == 1  # not retryable: asked once
    await api.close(client)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (401, legacy_envelope("401", "Unauthorized"), weshop.AuthenticationError),
        (
            200,
            legacy_envelope("10001", "task not found", key="message"),
            weshop.InvalidRequestError,
        ),
        (404, legacy_envelope(404, "task not found"), weshop.NotFoundError),
    ],
)
async def test_task_api_errors(
    make_client: Factory, api: Api, status: int, body: bytes, cls: type[APIError]
) -> None:
    client, _ = make_client(_always(status, body))
    with pytest.raises(cls, match=r"task not found|Unauthorized"):
        await api(client.tasks.query, task_id="t-1")
    await api.close(client)


@pytest.mark.anyio
async def test_retryable_errors_are_raised_once_retries_are_used_up(
    make_client: Factory, api: Api
) -> None:
    client, recorder = make_client(
        _always(503, agent_envelope("UNAVAILABLE", "down", True)), max_retries=2
    )
    with pytest.raises(weshop.ServerError) as caught:
        await api(client.runs.get, "exec-1")
    assert caught.value.retryable
    assert len(recorder.requests) == 3
    await api.close(client)


@pytest.mark.anyio
async def test_an_execution_missing_from_the_answer_is_not_found(
    make_client: Factory, api: Api
) -> None:
    answer = run_answer("other-1", "Running")
    answer["data"]["executions"].append(dict(answer["data"]["executions"][0], executionId="x"))
    client, _ = make_client(lambda request: json_response(200, answer))
    with pytest.raises(weshop.NotFoundError, match="exec-1"):
        await api(client.runs.get, "exec-1")
    await api.close(client)


# --------------------------------------------------------------------------- raw answer kept
@pytest.mark.anyio
async def test_the_error_keeps_the_raw_answer_of_the_last_attempt_without_the_key(
    make_client: Factory, api: Api
) -> None:
    attempts = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        attempts["n"] += 1
        body = agent_envelope("UNAVAILABLE", f"down (key {KEY})", True)
        headers = {"X-Request-Id": f"req-{attempts['n']}", "X-Echo": KEY}
        return httpx.Response(503, content=body, headers=headers)

    client, recorder = make_client(handler, max_retries=1)
    with pytest.raises(weshop.ServerError) as caught:
        await api(client.runs.get, "exec-1")
    error = caught.value
    assert len(recorder.requests) == 2
    assert recorder.requests[0].headers["Authorization"] == KEY  # it was sent...
    response = error.response
    assert response is not None
    assert response.status_code == 503
    assert error.request_id == "req-2"  # the last attempt's
    assert "request id req-2" in str(error)
    assert json.loads(response.content)["error"]["code"] == "UNAVAILABLE"
    # ... but nothing the error holds carries it.
    assert response.request.method == "GET"
    assert "exec-1" in str(response.request.url)
    assert "authorization" not in response.request.headers
    texts = [
        str(error),
        repr(error),
        repr(response),
        repr(response.request),
        repr(list(response.request.headers.multi_items())),
        repr(list(response.headers.multi_items())),
        response.text,
        repr(error.body),
    ]
    assert [text for text in texts if KEY in text] == []
    await api.close(client)


@pytest.mark.anyio
async def test_without_a_request_id_header_it_is_none(make_client: Factory, api: Api) -> None:
    client, _ = make_client(_always(404, agent_envelope("NOT_FOUND", "no such run", False)))
    with pytest.raises(weshop.NotFoundError) as caught:
        await api(client.runs.get, "exec-1")
    assert caught.value.request_id is None
    assert caught.value.response is not None
    assert caught.value.response.status_code == 404
    await api.close(client)


def test_the_pure_mapping_reads_the_request_id_from_any_header_case() -> None:
    error = api_error_from_response(500, {"X-REQUEST-ID": " abc "}, b"")
    assert (error.request_id, error.response) == ("abc", None)
