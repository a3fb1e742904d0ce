"""Properties of the facade (``WeShop``/``AsyncWeShop``), with inputs drawn from the spec.

1. Any valid typed params of each of the six agents make a request body the overlaid
   schema accepts, which the mock runs to completion.
2. Params that break a rule — one breaker per enum, bound, length, pattern, type,
   required field and overlay ``x-rule`` of the spec — raise ``RequestValidationError``
   naming that rule, and send nothing.
3. Any answer valid under the response schemas, unknown fields included, parses into the
   facade's models (or, for error envelopes, into the typed error), never a crash.
4. The sync and async clients give equal results (or equal errors) for the same answers.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from weshop import AsyncWeShop, PollPolicy, WeShop
from weshop._agents import AGENT_BUILDERS, wire_name
from weshop._spec import agent_params_schemas, image_constraints, load_spec, spec_validator
from weshop.errors import APIError, NotFoundError, RequestValidationError, WeShopError
from weshop.mock import MockServer

from .conftest import CONTRACT_KEY
from .strategies import Breaker, resolve, rule_breakers, schema_of, spec_values, with_unknown_fields

#: A base URL nothing listens on: property tests without the mock must send nothing.
NOWHERE = "http://127.0.0.1:9/openapi"
FAST_POLL = PollPolicy(initial_interval=0.002, max_interval=0.01, overdue_interval=0.002)
METHODS = sorted(AGENT_BUILDERS)


def _agent_name(method: str) -> str:
    """The agent whose params schema the typed ``method`` fills (the spec's
    ``x-weshop-agents.<name>.params`` names each agent's params schema)."""
    _, schema_name = AGENT_BUILDERS[method]
    for name, selected in agent_params_schemas().items():
        if selected == schema_name:
            return name
    raise AssertionError(f"the spec selects {schema_name} for no agent")


def _keywords(method: str) -> dict[str, str]:
    """Wire name -> keyword of the typed ``method`` (the facade's own ``wire_name``)."""
    builder, _ = AGENT_BUILDERS[method]
    return {wire_name(name): name for name in inspect.signature(builder).parameters}


def typed_call(method: str, params: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments of the typed ``method`` for wire-named ``params`` and run fields
    (``taskName``, ``callbackUrl``, input images); a value of ``None`` is passed as None,
    which leaves the field out."""
    keywords = _keywords(method)
    for wire in (*params, *extra):
        assert wire in keywords, f"{method} cannot send the spec's field {wire!r}"
    return {keywords[wire]: value for wire, value in {**params, **extra}.items()}


@dataclass
class Sent:
    """Requests that went out (an httpx request hook)."""

    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> None:
        request.read()
        self.requests.append(request)


# --------------------------------------------------------------------------- 1: valid params
@pytest.fixture(scope="module")
def sent() -> Sent:
    return Sent()


@pytest.fixture(scope="module")
def live_client(mock: MockServer, sent: Sent) -> Iterator[WeShop]:
    http = httpx.Client(event_hooks={"request": [sent]}, trust_env=False)
    with (
        http,
        WeShop(
            CONTRACT_KEY,
            base_url=mock.base_url,
            http_client=http,
            poll=FAST_POLL,
            upload_cache=False,
        ) as client,
    ):
        yield client


@st.composite
def run_inputs(draw: st.DrawFn, method: str) -> dict[str, Any]:
    """The run's input (from the spec's RunInput) as the typed method takes it."""
    # The six agents need input.originalImage (their catalog rule; RunInput itself
    # requires nothing since the catalog agents take images, videos or none).
    run_input = draw(spec_values("RunInput").filter(lambda value: "originalImage" in value))
    # The main image is the positional argument; the other input fields are keywords of
    # the methods that have them (virtual_try_on's images; every method's task name).
    image = run_input.pop("originalImage")
    keywords = _keywords(method)
    # RunInput is open: its generated unknown fields may carry any name, also an agent
    # param's wire name (locationTagIds) — only RunInput's own fields are run inputs.
    declared = _declared("RunInput", run_input)
    return {"image": image, "extra": {k: v for k, v in declared.items() if k in keywords}}


def _declared(schema_name: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The typed params only: unknown keys of open schemas have no keyword."""
    declared = resolve(schema_of(schema_name)).get("properties", {})
    return {k: v for k, v in params.items() if k in declared}


@pytest.mark.parametrize("method", METHODS)
def test_valid_typed_params_are_accepted_and_run(
    method: str, live_client: WeShop, sent: Sent
) -> None:
    _, schema_name = AGENT_BUILDERS[method]
    agent = _agent_name(method)

    @given(params=spec_values(schema_name), inputs=run_inputs(method))
    def valid_params_run(params: dict[str, Any], inputs: dict[str, Any]) -> None:
        params = _declared(schema_name, params)
        before = len(sent.requests)
        run = getattr(live_client, method)(
            inputs["image"], **typed_call(method, params, inputs["extra"]), timeout=30
        )
        assert run.status == "Success", run
        (body,) = [
            json.loads(r.content)
            for r in sent.requests[before:]
            if r.method == "POST" and r.url.path.endswith("/agent/runs")
        ]
        assert spec_validator().violations("RunRequest", body) == []
        assert body["agent"]["name"] == agent
        # What was asked is what was sent (batchCount is always explicit: 1 by default).
        assert body["params"] == {"batchCount": 1, **params}
        assert len(run.results) == body["params"]["batchCount"]
        assert all(result.image for result in run.results)

    valid_params_run()


# --------------------------------------------------------------------------- 2: broken rules
def _nothing_sent(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


def _offline(sent: Sent) -> WeShop:
    http = httpx.Client(
        transport=httpx.MockTransport(_nothing_sent), event_hooks={"request": [sent]}
    )
    return WeShop(CONTRACT_KEY, base_url=NOWHERE, http_client=http, upload_cache=False)


def _run_level_breakers() -> list[tuple[str, Breaker]]:
    """Breakers of the run's own fields the typed methods take (taskName, callbackUrl)."""
    from .strategies import _property_breakers

    nodes = {
        "taskName": resolve(schema_of("RunInput"))["properties"]["taskName"],
        "callbackUrl": resolve(schema_of("RunRequest"))["properties"]["callbackUrl"],
    }
    return [
        (wire, b) for wire, node in nodes.items() for b in _property_breakers(wire, resolve(node))
    ]


def _facade_filled(schema_name: str, breaker: Breaker) -> bool:
    """A required param left out that the facade fills from the spec's
    ``x-facade-default`` (aiproduct's ``maskType``): not a mistake through the facade (the
    mock still refuses it over HTTP: tests/mock)."""
    prop = resolve(schema_of(schema_name)).get("properties", {}).get(breaker.field, {})
    return breaker.rule == "required" and "x-facade-default" in resolve(prop)


BREAKERS = [
    pytest.param(method, breaker, id=f"{method}-{breaker.rule}-{breaker.field or 'params'}-{i}")
    for method in METHODS
    for i, breaker in enumerate(rule_breakers(AGENT_BUILDERS[method][1]))
    if not _facade_filled(AGENT_BUILDERS[method][1], breaker)
]
RUN_BREAKERS = [
    pytest.param(wire, breaker, id=f"{wire}-{breaker.rule}")
    for wire, breaker in _run_level_breakers()
]


@pytest.mark.parametrize(("method", "breaker"), BREAKERS)
def test_broken_params_raise_and_send_nothing(method: str, breaker: Breaker) -> None:
    _, schema_name = AGENT_BUILDERS[method]

    @given(data=st.data(), params=spec_values(schema_name))
    def broken_params_are_refused(data: st.DataObject, params: dict[str, Any]) -> None:
        broken = breaker.apply(data.draw, _declared(schema_name, params))
        # The breaker works: the spec itself rejects the result, for this rule.
        present = {k: v for k, v in broken.items() if v is not None}
        found = spec_validator().violations(schema_name, present)
        assert breaker.rule in {v.rule for v in found}, (breaker.label, present, found)
        sent = Sent()
        with _offline(sent) as client, pytest.raises(RequestValidationError) as raised:
            getattr(client, method)("https://example.com/in.png", **typed_call(method, broken, {}))
        assert sent.requests == []
        expected_field = "params" + (f".{breaker.field}" if breaker.field else "")
        assert breaker.rule in raised.value.rules, (breaker.label, raised.value)
        assert expected_field in raised.value.fields, (breaker.label, raised.value)

    broken_params_are_refused()


@pytest.mark.parametrize(("wire", "breaker"), RUN_BREAKERS)
def test_broken_run_fields_raise_and_send_nothing(wire: str, breaker: Breaker) -> None:
    method = "aipose"
    _, schema_name = AGENT_BUILDERS[method]

    @given(data=st.data(), params=spec_values(schema_name))
    def broken_fields_are_refused(data: st.DataObject, params: dict[str, Any]) -> None:
        value = breaker.apply(data.draw, {})[wire]
        sent = Sent()
        kwargs = typed_call(method, _declared(schema_name, params), {wire: value})
        with _offline(sent) as client, pytest.raises(RequestValidationError) as raised:
            client.aipose("https://example.com/in.png", **kwargs)
        assert sent.requests == []
        where = "input.taskName" if wire == "taskName" else wire
        assert breaker.rule in raised.value.rules, raised.value
        assert where in raised.value.fields, raised.value

    broken_fields_are_refused()


# --------------------------------------------------------------------------- 3: answers parse
def _upload_image() -> bytes:
    """An image within the spec's upload limits (the facade checks them before sending)."""
    side = image_constraints().min_side_exclusive + 1
    out = io.BytesIO()
    Image.new("RGB", (side, side), (10, 20, 30)).save(out, format="PNG")
    return out.getvalue()


URL = "https://example.com/in.png"
UPLOAD = _upload_image()


@dataclass(frozen=True)
class FacadeCall:
    """How the facade exercises one operation, and what its result must say about the
    answer it parsed (``check(result, body)``)."""

    call: Callable[[Any, Mapping[str, Any]], Any]
    check: Callable[[Any, Mapping[str, Any]], None]


def _first_execution_id(body: Mapping[str, Any]) -> str:
    """The execution a run answer holds (any id, for an error answer)."""
    data = body.get("data")
    executions = data.get("executions") if isinstance(data, Mapping) else None
    return str(executions[0]["executionId"]) if executions else "no-such-execution"


def _check_run(run: Any, body: Mapping[str, Any]) -> None:
    execution = body["data"]["executions"][0]
    assert run.execution_id == execution["executionId"]
    assert run.status == execution["status"]
    assert len(run.results) == len(execution.get("result", execution.get("results", [])))


def _check_task(info: Any, body: Mapping[str, Any]) -> None:
    executions = body["data"]["executions"]
    assert [(r.execution_id, r.status) for r in info.executions] == [
        (e["executionId"], e["status"]) for e in executions
    ]


def _same(attribute: str, key: str) -> Callable[[Any, Mapping[str, Any]], None]:
    def check(result: Any, body: Mapping[str, Any]) -> None:
        value = result if attribute == "" else getattr(result, attribute)
        assert value == body["data"][key], (value, body)

    return check


def _nothing(result: Any, body: Mapping[str, Any]) -> None:
    assert result is None


def _check_info(info: Any, body: Mapping[str, Any]) -> None:
    """Every preset of the answer is in the AgentInfo (pages are merged, duplicates once)."""
    assert info.agent_name == "aimodel"
    for wire, attribute in (
        ("locations", "locations"),
        ("fashionModels", "fashion_models"),
        ("backgrounds", "backgrounds"),
        ("dimensions", "dimensions"),
    ):
        answered = {(item.get("id"), item["name"]) for item in body["data"].get(wire, [])}
        parsed = {(getattr(item, "id", None), item.name) for item in getattr(info, attribute)}
        assert answered <= parsed, (wire, answered - parsed)


def _check_model(model: Any, body: Mapping[str, Any]) -> None:
    data = body["data"]
    model_id = data.get("fashionModelId", data.get("locationId"))
    assert (model.id, model.name, model.status) == (model_id, data["name"], data["status"])


#: operationId -> how the facade calls it. Every operation the facade uses is here (a
#: test checks that against the spec); uploadImageV1 is the task API's upload, which the
#: facade does not use (it uploads through uploadImage).
FACADE_CALLS: dict[str, FacadeCall] = {
    "createRun": FacadeCall(
        lambda c, _: c.runs.create(
            "aipose", image=URL, params={"textDescription": "x"}, idempotency_key="key-1"
        ),
        _same("execution_id", "executionId"),
    ),
    "getRun": FacadeCall(lambda c, body: c.runs.get(_first_execution_id(body)), _check_run),
    "estimatePower": FacadeCall(
        lambda c, _: c.runs.estimate("aipose", image=URL, params={"textDescription": "x"}),
        _same("total_power", "totalPower"),
    ),
    "uploadImage": FacadeCall(lambda c, _: c.assets.upload(UPLOAD), _same("", "image")),
    "getAgentInfo": FacadeCall(lambda c, _: c.agents.info("aimodel"), _check_info),
    "createTask": FacadeCall(
        lambda c, _: c.tasks.create("aimodel", image=URL), _same("", "taskId")
    ),
    "executeTask": FacadeCall(
        lambda c, _: c.tasks.execute("t", {"textDescription": "x"}), _same("", "executionId")
    ),
    "queryTask": FacadeCall(lambda c, _: c.tasks.query(task_id="t"), _check_task),
    "deleteTask": FacadeCall(lambda c, _: c.tasks.delete("t"), _nothing),
    "createMyFashionModel": FacadeCall(
        lambda c, _: c.fashion_models.create([URL], name="n"), _same("", "fashionModelId")
    ),
    "queryMyFashionModel": FacadeCall(lambda c, _: c.fashion_models.get(1), _check_model),
    "deleteMyFashionModel": FacadeCall(lambda c, _: c.fashion_models.delete(1), _nothing),
    "createMyLocation": FacadeCall(
        lambda c, _: c.locations.create(URL, name="n"), _same("", "locationId")
    ),
    "queryMyLocation": FacadeCall(lambda c, _: c.locations.get(1), _check_model),
    "deleteMyLocation": FacadeCall(lambda c, _: c.locations.delete(1), _nothing),
}
NOT_USED_BY_THE_FACADE = {"uploadImageV1"}


def _operations() -> dict[str, tuple[str, str, Mapping[str, Any]]]:
    found: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
    for path, item in load_spec()["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, Mapping) and "operationId" in operation:
                found[str(operation["operationId"])] = (path, method.upper(), operation)
    return found


def _response_schema(operation: Mapping[str, Any], status: str) -> str:
    """The component name of the JSON schema an operation declares for ``status``."""
    response = resolve(operation["responses"][status])
    ref = str(response["content"]["application/json"]["schema"]["$ref"])
    return ref.rsplit("/", 1)[1]


ANSWERS = [
    pytest.param(op_id, status, _response_schema(operation, status), id=f"{op_id}-{status}")
    for op_id, (_, _, operation) in sorted(_operations().items())
    if op_id in FACADE_CALLS
    for status in sorted(operation["responses"])
]


def test_the_table_covers_every_operation() -> None:
    assert set(FACADE_CALLS) | NOT_USED_BY_THE_FACADE == set(_operations())


def _serving(status: int, body: Any, *, later: Any = None) -> httpx.MockTransport:
    """Answers every request with ``body`` (the first) then ``later`` (if given)."""
    served = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal served
        served += 1
        answer = body if later is None or served == 1 else later
        return httpx.Response(status, json=answer)

    return httpx.MockTransport(handler)


def _offline_client(transport: httpx.MockTransport) -> WeShop:
    return WeShop(
        CONTRACT_KEY,
        base_url=NOWHERE,
        http_client=httpx.Client(transport=transport),
        max_retries=0,
        upload_cache=False,
        sleep=lambda _: None,
        poll=PollPolicy.immediate(),
    )


def _last_pages(body: Any) -> Any:
    """The same info page, saying that every resource ends here (pages after the first)."""
    later = json.loads(json.dumps(body))
    for page in (later.get("data", {}).get("pagination") or {}).values():
        page["isLastPage"] = True
    return later


@pytest.mark.parametrize(("op_id", "status", "schema_name"), ANSWERS)
def test_every_valid_answer_parses(op_id: str, status: str, schema_name: str) -> None:
    facade = FACADE_CALLS[op_id]
    code = int(status)

    @given(body=with_unknown_fields(schema_name, spec_values(schema_name)))
    def answer_parses(body: dict[str, Any]) -> None:
        later = _last_pages(body) if op_id == "getAgentInfo" else None
        with _offline_client(_serving(code, body, later=later)) as client:
            outcome: Any
            try:
                outcome = facade.call(client, body)
            except WeShopError as exc:
                outcome = exc
        if 200 <= code < 300 and body.get("success") is not False:
            if op_id == "getRun" and not body["data"]["executions"]:
                # Valid, but holds no run to return: the facade asked for one execution.
                assert isinstance(outcome, NotFoundError), outcome
                return
            assert not isinstance(outcome, Exception), outcome
            facade.check(outcome, body)
            return
        # An error answer (or a 200 whose envelope says success: false) is a typed error
        # carrying the envelope's code — never a parsing accident.
        assert isinstance(outcome, APIError), outcome
        assert outcome.code != "unexpected_response", outcome
        assert outcome.status_code == code
        error = body.get("error")
        envelope_code = error.get("code") if isinstance(error, Mapping) else body.get("code")
        if isinstance(envelope_code, str | int) and not isinstance(envelope_code, bool):
            assert outcome.code == (str(envelope_code) or None), (outcome.code, body)

    answer_parses()


# --------------------------------------------------------------------------- 4: sync == async
def _async_client(transport: httpx.MockTransport) -> AsyncWeShop:
    async def no_sleep(_: float) -> None:
        return None

    return AsyncWeShop(
        CONTRACT_KEY,
        base_url=NOWHERE,
        http_client=httpx.AsyncClient(transport=transport),
        max_retries=0,
        upload_cache=False,
        sleep=no_sleep,
        poll=PollPolicy.immediate(),
    )


def _comparable(outcome: Any) -> Any:
    """What must be equal between the two clients: data, or the error's identity."""
    if isinstance(outcome, Exception):
        return (
            type(outcome).__name__,
            str(outcome),
            getattr(outcome, "code", None),
            getattr(outcome, "status_code", None),
            getattr(outcome, "retryable", None),
            _comparable(getattr(outcome, "run", None)),
        )
    if hasattr(outcome, "fields") and callable(outcome.fields):
        return outcome.fields()
    if hasattr(outcome, "executions") and isinstance(outcome.executions, tuple):
        return ([run.fields() for run in outcome.executions], outcome.agent_name, outcome.task_name)
    return outcome


def _both(
    transport_of: Callable[[], httpx.MockTransport], call: Callable[[Any], Any]
) -> tuple[Any, Any]:
    with _offline_client(transport_of()) as client:
        try:
            sync_outcome = call(client)
        except WeShopError as exc:
            sync_outcome = exc

    async def run_async() -> Any:
        async with _async_client(transport_of()) as client:
            try:
                return await call(client)
            except WeShopError as exc:
                return exc

    return sync_outcome, asyncio.run(run_async())


@pytest.mark.parametrize("op_id", sorted(FACADE_CALLS))
def test_sync_and_async_agree_on_every_answer(op_id: str) -> None:
    _, _, operation = _operations()[op_id]
    statuses = sorted(operation["responses"])

    @given(data=st.data(), status=st.sampled_from(statuses))
    def same_outcome(data: st.DataObject, status: str) -> None:
        schema_name = _response_schema(operation, status)
        body = data.draw(with_unknown_fields(schema_name, spec_values(schema_name)))
        later = _last_pages(body) if op_id == "getAgentInfo" else None
        facade = FACADE_CALLS[op_id]
        sync_outcome, async_outcome = _both(
            lambda: _serving(int(status), body, later=later), lambda c: facade.call(c, body)
        )
        assert _comparable(sync_outcome) == _comparable(async_outcome)

    same_outcome()


@st.composite
def run_lifecycles(draw: st.DrawFn) -> list[dict[str, Any]]:
    """createRun's answer, then reads of that run until it ends (from the spec's schemas)."""
    created = draw(spec_values("RunCreatedEnvelope"))
    execution_id = created["data"]["executionId"]
    reads = draw(st.lists(spec_values("RunEnvelope"), min_size=1, max_size=4))
    statuses = resolve(schema_of("Execution"))["properties"]["status"]["enum"]
    terminal = [s for s in statuses if s in ("Success", "Failed")]
    for index, read in enumerate(reads):
        executions = read["data"]["executions"]
        if not executions:
            executions.append({"executionId": execution_id, "status": statuses[0]})
        executions[0]["executionId"] = execution_id
        if index == len(reads) - 1:
            executions[0]["status"] = draw(st.sampled_from(terminal))
    return [created, *reads]


def test_sync_and_async_agree_on_whole_runs() -> None:
    @given(answers=run_lifecycles(), key=st.uuids().map(str))
    def same_run(answers: list[dict[str, Any]], key: str) -> None:
        def transport() -> httpx.MockTransport:
            queue = list(answers)

            def handler(request: httpx.Request) -> httpx.Response:
                return httpx.Response(200, json=queue.pop(0) if len(queue) > 1 else queue[0])

            return httpx.MockTransport(handler)

        sync_outcome, async_outcome = _both(
            transport,
            lambda c: c.aipose(URL, text_description="arms crossed", idempotency_key=key),
        )
        assert _comparable(sync_outcome) == _comparable(async_outcome)

    same_run()
