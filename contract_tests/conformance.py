"""Conformance mode: does a deployment (the real service, or a mock) match our overlaid spec?

    python -m contract_tests.conformance --url URL [--allow-billable N] [--report PATH]
                                         [--max-examples N] [--seed N] [--trusted-host HOST]...
                                         [--image URL] [--negatives-per-agent N]

(``nox -s conformance -- --url URL ...`` runs this.) What is sent, each request once:

- **positive cases** of every read-only operation, drawn by schemathesis from
  ``generated/openapi.yaml``;
- **negative cases** only where invalid input creates and costs nothing: ``estimatePower``
  for every catalog agent (bodies breaking one of the agent's rules,
  ``contract_tests/catalog_cases.py``), ``getAgentInfo`` (schemathesis' negative data) and
  ``getRun`` with ids nobody created (:data:`UNKNOWN_RUN_IDS`);
- with ``--allow-billable N``, N runs and their read-back.

Every answer is judged by every schemathesis check, ours (``contract_tests/hooks.py``) and
the conformance checks of :data:`OWN_CHECKS` — the key accepted, every operation that can
succeed succeeded once, invalid input refused, a read-back about the id asked for. A check
that did not apply to an answer (:func:`applies`) counts as skipped, never as passed.

It prints the causes of failure first (:func:`Results.causes`: unreachable, the key refused,
404 everywhere, no 2xx, then each failing check), then a table of checks x operations and
each failure with its operation, check, status, a redacted excerpt of the answer and a
``curl`` reproduction that reads the key from ``$WESHOP_API_KEY``; the JUnit XML report
carries the same. The key itself is in no output, in any encoding.

Safety rules, in this order, before anything is sent:

1. The key goes only where the facade would send it: ``URL`` must pass
   ``weshop._key_safety.trusted_base_url`` (``https://openapi.weshop.ai``, loopback, or an
   https host named with ``--trusted-host``); otherwise nothing is read or sent (exit 2).
2. The key is ``WESHOP_API_KEY``, required unless ``URL`` is loopback (a mock), where a
   dummy key is used when none is set.
3. Read-only operations only (:data:`CATEGORIES`): the GET operations, and two POSTs that
   create nothing — ``queryTask`` and ``estimatePower``. Uploads, task creation and
   execution, deletions and "my" models/locations are never sent.
4. ``--allow-billable N`` allows at most N run creations (``createRun``), each with
   ``batchCount: 1`` and its own ``Idempotency-Key``, each sent exactly once (no retry,
   and no check that repeats it — ``ignored_auth`` is not run on it); the runs created are
   then read back (``getRun``, ``queryTask``).

Exit status: 0 when every check passed, 1 when one failed, 2 when refused.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import shlex
import sys
import tomllib
import uuid
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.failures import FailureGroup

from weshop._catalog import catalog
from weshop._constants import API_KEY_ENV
from weshop._key_safety import is_loopback, trusted_base_url
from weshop._redaction import redact_text
from weshop._spec import load_spec
from weshop.errors import UntrustedHostError

from . import hooks
from .catalog_cases import InvalidRun, invalid_runs
from .strategies import schemathesis_document

__all__ = [
    "CATEGORIES",
    "OWN_CHECKS",
    "Category",
    "Finding",
    "Results",
    "applies",
    "categories",
    "curl_command",
    "main",
]

ROOT: Final = Path(__file__).resolve().parent.parent
SPEC_PATH: Final = ROOT / "generated" / "openapi.yaml"
#: Used against loopback when WESHOP_API_KEY is not set: the dummy key of schemathesis.toml
#: (start the mock with ``--api-key weshop-contract-test-key`` to see auth enforced).
DUMMY_KEY: Final[str] = tomllib.loads((ROOT / "schemathesis.toml").read_text(encoding="utf-8"))[
    "auth"
]["openapi"]["apiKey"]["api_key"]
DEFAULT_REPORT: Final = Path("build/conformance/report.xml")
REQUEST_TIMEOUT: Final = 30.0
#: What a reproduction puts where the key was: the shell reads it from the environment.
KEY_IN_SHELL: Final = f"${API_KEY_ENV}"
PLACEHOLDER: Final = "<redacted>"

Category = Literal["read", "billable", "write"]
#: POST operations that create nothing: reading a task, estimating a run's cost.
READ_ONLY_POSTS: Final = frozenset({"queryTask", "estimatePower"})
#: The one operation --allow-billable allows (a run of an agent costs power).
BILLABLE: Final = frozenset({"createRun"})
#: Read-only operations that read one resource by its (required) id: a 2xx needs a
#: resource to read, so they need not succeed — except the runs' reads (:data:`READ_BACK`)
#: when --allow-billable created runs to read.
READS_BY_ID: Final = frozenset({"getRun", "queryTask", "queryMyFashionModel", "queryMyLocation"})
READ_BACK: Final = frozenset({"getRun", "queryTask"})
#: Checks that send the request again: never on a billable request.
RESENDING_CHECKS: Final = frozenset({"ignored_auth"})
#: Answers that say nothing about the input: the key refused (judged by ``key_accepted``)
#: or a rate limit. Whether the input was valid is not judged on them.
NOT_ABOUT_THE_INPUT: Final = frozenset({401, 403, 429})
#: Run ids nobody created, some of them malformed: getRun must refuse each (404 or 400).
UNKNOWN_RUN_IDS: Final = (
    "not-a-run-id",
    "0" * 300,
    "id with spaces",
    "'; DROP TABLE runs;--",
    "%00",
)
#: Which invalid catalog bodies go first, by what they break (``InvalidRun.why``).
NEGATIVE_PRIORITY: Final = ("outside its enum", "above its maximum", "missing", "more ", "local")

#: Checks of schemathesis that never apply to single requests of generated (not coverage)
#: cases sent with one identity: they need the stateful phase, the coverage phase, an
#: OPTIONS request or a second identity.
NEVER_APPLY_HERE: Final = frozenset(
    {
        "allow_header_conformance",
        "ensure_resource_availability",
        "missing_required_header",
        "object_level_authorization",
        "unsupported_method",
        "use_after_free",
    }
)

#: Schemathesis checks judged here instead on the cases built here (they need a
#: generated case's metadata).
OURS_ON_BUILT: Final = frozenset({"negative_data_rejection"})
#: The conformance run's own checks, and what a failure of each means.
OWN_CHECKS: Final[Mapping[str, str]] = {
    "reachable": "the host could not be reached",
    "key_accepted": "the key was refused (401/403): a wrong or revoked WESHOP_API_KEY?",
    "operation_succeeded": "an operation that can succeed never answered a 2xx",
    "read_back_identity": "a created run's read-back is not about the id asked for, or two "
    "runs share an id",
}
#: What a failure of a check means, for the causes (schemathesis' and ours).
MEANING: Final[Mapping[str, str]] = {
    **OWN_CHECKS,
    "ignored_auth": "the key is not enforced: requests with no key or a wrong one are served",
    "negative_data_rejection": "invalid input accepted",
    "positive_data_acceptance": "valid input refused",
    "response_schema_conformance": "answers do not match the spec's schemas",
    "status_code_conformance": "statuses the spec does not declare",
    "content_type_conformance": "content types the spec does not declare",
    "not_a_server_error": "server errors (5xx)",
    "error_envelope_fields": "error answers without the declared error envelope",
    "success_envelope_status": "a status and an envelope that disagree about success",
}


def categories(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, Category]]:
    """operationId -> (path, method, category) for every operation of the spec. A GET is
    read-only; a POST only if :data:`READ_ONLY_POSTS` says so — any other (new) operation
    is a write, never sent, until someone decides otherwise here."""
    found: dict[str, tuple[str, str, Category]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or "operationId" not in operation:
                continue
            op_id = str(operation["operationId"])
            category: Category = (
                "read"
                if method == "get" or op_id in READ_ONLY_POSTS
                else "billable"
                if op_id in BILLABLE
                else "write"
            )
            found[op_id] = (path, method.upper(), category)
    return found


CATEGORIES: Final = categories(load_spec())

#: How a request was made: a generated positive or negative case, or one built here
#: (billable runs and read-backs; invalid catalog bodies and unknown ids, which are
#: negative and judged by :func:`rejected`).
CaseKind = Literal["positive", "negative", "built", "built-negative"]


# --------------------------------------------------------------------------- judging
def _json(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


def _declares_headers(op_id: str, status: int) -> bool:
    path, method, _ = CATEGORIES[op_id]
    responses = load_spec()["paths"][path][method.lower()]["responses"]
    declared = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or {}
    return bool(hooks._resolve(declared).get("headers"))


def applies(check: str, op_id: str, kind: CaseKind, status: int, content: bytes) -> bool:
    """Whether ``check`` had anything to judge in this answer: a check that returned
    without judging (schemathesis does not say) is counted skipped, not passed."""
    if check in NEVER_APPLY_HERE:
        return False
    if check == "ignored_auth":  # only a served request shows whether the key is enforced
        return 200 <= status < 300
    if check == "positive_data_acceptance":  # a refused key says nothing about the data
        return kind == "positive" and status not in NOT_ABOUT_THE_INPUT
    if check == "negative_data_rejection":
        return kind in ("negative", "built-negative") and status not in NOT_ABOUT_THE_INPUT
    body = _json(content)
    if check == "error_envelope_fields":
        return status >= 400 or (isinstance(body, Mapping) and body.get("success") is False)
    if check == "success_envelope_status":
        return isinstance(body, Mapping) and "success" in body
    if check == "response_headers_conformance":
        return _declares_headers(op_id, status)
    return True


def rejected(status: int, why: str) -> tuple[bool, str]:
    """An invalid request must be refused with a client error (answers of
    :data:`NOT_ABOUT_THE_INPUT` are not judged: the key's, or a rate limit)."""
    if 400 <= status < 500:
        return True, ""
    if 200 <= status < 300:
        return False, f"invalid input accepted ({why}): answered {status}"
    return False, f"invalid input ({why}) answered {status}, not a client error"


def about_the_run(body: Any, execution_id: str) -> str | None:
    """Why a read-back answer is not about ``execution_id`` (``None`` if it is): its
    ``data.executions`` must hold that execution, and ``meta.executionId`` (if any) name it."""
    if not isinstance(body, Mapping) or not isinstance(body.get("data"), Mapping):
        return "the answer has no data object"
    executions = body["data"].get("executions")
    found = [
        str(e.get("executionId"))
        for e in (executions if isinstance(executions, list) else [])
        if isinstance(e, Mapping)
    ]
    if execution_id not in found:
        return f"asked for execution {execution_id!r}, the answer is about {found or 'none'}"
    meta = body.get("meta")
    if isinstance(meta, Mapping) and "executionId" in meta and meta["executionId"] != execution_id:
        return f"asked for {execution_id!r}, meta.executionId is {meta['executionId']!r}"
    return None


# --------------------------------------------------------------------------- evidence
#: Request headers a reproduction leaves out (the transport's own).
_TRANSPORT_HEADERS: Final = frozenset(
    {"user-agent", "accept-encoding", "accept", "connection", "content-length"}
)


def curl_command(request: requests.PreparedRequest, key: str) -> str:
    """A ``curl`` command that sends ``request`` again, reading the key from
    ``$WESHOP_API_KEY``: the key's own value is never written (any other spelling of it,
    in a URL or a body, is redacted)."""
    parts = ["curl", "-sS", "-i", "-X", str(request.method), shlex.quote(str(request.url))]
    for name, raw in request.headers.items():
        value = raw.decode("latin-1") if isinstance(raw, bytes) else str(raw)
        if name.lower() in _TRANSPORT_HEADERS or name.lower().startswith("x-schemathesis"):
            continue
        if key and value == key:
            parts += ["-H", f'"{name}: {KEY_IN_SHELL}"']
        else:
            parts += ["-H", shlex.quote(f"{name}: {value}")]
    body = request.body
    if body:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        parts += ["--data-binary", shlex.quote(text)]
    return redact_text(" ".join(parts), [key] if key else [], PLACEHOLDER)


def _carries(request: requests.PreparedRequest, key: str) -> bool:
    value = request.headers.get("Authorization")
    return (value.decode("latin-1") if isinstance(value, bytes) else value) == key


def _prepared(case: Any, base_url: str) -> requests.PreparedRequest:
    kwargs = case.as_transport_kwargs(base_url=base_url)
    allowed = ("method", "url", "headers", "params", "json", "data", "files", "cookies")
    return requests.Request(**{k: v for k, v in kwargs.items() if k in allowed}).prepare()


@dataclass(frozen=True)
class Finding:
    """One failed judgement: everything needed to see and reproduce it (key redacted)."""

    operation: str
    check: str
    status: int | None
    message: str
    excerpt: str
    reproduction: str

    def render(self) -> str:
        # No status: no answer (reachable) or a finding about the run as a whole.
        status = "" if self.status is None else f"HTTP {self.status}: "
        lines = [f"{self.operation} / {self.check} — {status}{self.message}"]
        if self.excerpt:
            lines.append(f"  answer:    {self.excerpt}")
        lines.append(f"  reproduce: {self.reproduction}")
        return "\n".join(lines)


@dataclass
class Cell:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    findings: list[Finding] = field(default_factory=list)


#: Findings kept per (operation, check); the rest are counted.
FINDINGS_KEPT: Final = 3
EXCERPT_CHARS: Final = 300


@dataclass
class Results:
    """Counts per (operation, check), the findings, and every answer's status."""

    checks: list[str]
    redact: Callable[[str], str]
    cells: dict[tuple[str, str], Cell] = field(default_factory=lambda: defaultdict(Cell))
    cases: Counter[str] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    op_statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    successes: Counter[str] = field(default_factory=Counter)
    transport_errors: list[Finding] = field(default_factory=list)

    def excerpt(self, content: bytes) -> str:
        text = content.decode("utf-8", "replace")
        text = " ".join(self.redact(text).split())
        return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"

    def judged(self, op_id: str, status: int) -> None:
        self.cases[op_id] += 1
        self.statuses[status] += 1
        self.op_statuses[op_id][status] += 1
        if 200 <= status < 300:
            self.successes[op_id] += 1

    def passed(self, op_id: str, check: str) -> None:
        self.cells[(op_id, check)].passed += 1

    def skipped(self, op_id: str, check: str) -> None:
        self.cells[(op_id, check)].skipped += 1

    def failed(self, finding: Finding) -> None:
        cell = self.cells[(finding.operation, finding.check)]
        cell.failed += 1
        cell.findings.append(
            Finding(
                finding.operation,
                finding.check,
                finding.status,
                self.redact(finding.message),
                finding.excerpt,
                finding.reproduction,
            )
        )
        # The shortest reproductions are the easiest to read.
        cell.findings.sort(key=lambda kept: len(kept.reproduction))
        del cell.findings[FINDINGS_KEPT:]

    @property
    def any_failed(self) -> bool:
        return any(cell.failed for cell in self.cells.values())

    def operations(self) -> list[str]:
        return sorted({op for op, _ in self.cells} | set(self.cases))

    def failures(self) -> Iterator[tuple[str, str, Cell]]:
        for (op, check), cell in sorted(self.cells.items()):
            if cell.failed:
                yield op, check, cell

    def causes(self) -> list[str]:
        """Why the run failed, most fundamental first, one line each."""
        answers = sum(self.statuses.values())
        found: list[str] = []
        if self.transport_errors and not answers:
            found.append(f"unreachable: {self.transport_errors[0].message}")
        elif self.transport_errors:
            found.append(f"{len(self.transport_errors)} request(s) got no answer")
        keyed = [cell for (_, check), cell in self.cells.items() if check == "key_accepted"]
        refused = sum(cell.failed for cell in keyed)
        with_key = refused + sum(cell.passed for cell in keyed)
        if refused and refused == with_key:
            found.append(
                f"every request with the key was answered 401/403 ({refused} of {with_key}): "
                f"the key was refused — a wrong or revoked {API_KEY_ENV}?"
            )
        elif refused:
            found.append(
                f"{refused} of {with_key} requests with the key were answered 401/403: "
                "the key was refused"
            )
        if answers and self.statuses[404] == answers:
            found.append(
                f"every answer was 404 ({answers} of {answers}): a wrong base path? "
                "(--url must end where the spec's paths begin, e.g. "
                "https://openapi.weshop.ai/openapi)"
            )
        for op, check, cell in self.failures():
            if check in ("reachable", "key_accepted") and found:
                continue  # said above
            meaning = MEANING.get(check, "failed")
            first = " ".join(cell.findings[0].message.split()) if cell.findings else ""
            first = first if len(first) <= 160 else first[:160] + "…"
            found.append(f"{op}: {check} — {meaning} ({cell.failed}x; e.g. {first})")
        return found

    def table(self) -> str:
        """Checks (rows) x operations (columns): pass/fail/skip per cell."""
        ops = self.operations()
        width = max(len(c) for c in self.checks)
        cols = [max(len(op), 9) for op in ops]
        lines = [
            f"{'check':<{width}}  "
            + "  ".join(f"{op:>{w}}" for op, w in zip(ops, cols, strict=True)),
            f"{'(answers)':<{width}}  "
            + "  ".join(f"{self.cases[op]:>{w}}" for op, w in zip(ops, cols, strict=True)),
        ]
        for check in self.checks:
            row = []
            for op, w in zip(ops, cols, strict=True):
                cell = self.cells[(op, check)]
                text = f"{cell.passed}/{cell.failed}/{cell.skipped}" + ("!" if cell.failed else "")
                row.append(f"{text:>{w}}")
            lines.append(f"{check:<{width}}  " + "  ".join(row))
        lines.append("cells: passed/failed/skipped judgements; '!' marks a failure")
        return "\n".join(lines)

    def junit(self, url: str) -> ET.ElementTree:
        """One test case per (operation, check): failed (with its findings), skipped (the
        check never applied) or passed; the causes as a property and a test case."""
        suite = ET.Element("testsuite", name="weshop-conformance")
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="url", value=url)
        causes = self.causes() if self.any_failed else []
        for cause in causes:
            ET.SubElement(properties, "property", name="cause", value=cause)
        counts = Counter[str]()
        for op in self.operations():
            for check in self.checks:
                cell = self.cells[(op, check)]
                case = ET.SubElement(suite, "testcase", classname=op, name=check)
                counts["tests"] += 1
                ET.SubElement(
                    case, "system-out"
                ).text = f"passed={cell.passed} failed={cell.failed} skipped={cell.skipped}"
                if cell.failed:
                    counts["failures"] += 1
                    first = cell.findings[0] if cell.findings else None
                    failure = ET.SubElement(
                        case,
                        "failure",
                        message=f"{cell.failed} answer(s) failed {check}"
                        + (f": {first.message}" if first else ""),
                    )
                    failure.text = "\n\n".join(f.render() for f in cell.findings)
                elif not cell.passed:
                    counts["skipped"] += 1
                    ET.SubElement(case, "skipped", message="the check did not apply")
        for name in ("tests", "failures", "errors", "skipped"):
            suite.set(name, str(counts[name]))
        return ET.ElementTree(suite)


# --------------------------------------------------------------------------- running
class Unreachable(Exception):
    """Nothing answered: the run stops at the first request."""


class Runner:
    """Sends the allowed cases to ``base_url`` and records what every check says."""

    def __init__(self, base_url: str, key: str, *, max_examples: int, seed: int) -> None:
        self.base_url = base_url
        self.key = key
        #: For cases built here (generated ones get the key from the config's auth).
        self.auth = {"Authorization": key}
        self.max_examples = max_examples
        self.seed = seed
        self.schema: Any = schemathesis.openapi.from_dict(
            schemathesis_document(),
            config=schemathesis.Config.from_dict(
                {"auth": {"openapi": {"apiKey": {"api_key": key}}}, "checks": {"enabled": True}}
            ),
        )
        load_all_checks()
        names = {str(getattr(check, "__name__", check)) for check in CHECKS.get_all()}
        self.results = Results(sorted(names | set(OWN_CHECKS)), self._redact)
        self._ran: dict[str, Any] = {}
        #: The first case sent per operation (the reproduction of a run-level finding).
        self.first_case: dict[str, Any] = {}

        def after_validate(context: Any, case: Any, response: Any, results: list[Any]) -> None:
            for result in results:
                self._ran[result.name] = result.failure

        self.schema.hook(after_validate)

    def _redact(self, text: str) -> str:
        return redact_text(text, [self.key] if self.key else [], PLACEHOLDER)

    def _operation(self, op_id: str) -> Any:
        path, method, _ = CATEGORIES[op_id]
        return self.schema[path][method]

    def _finding(
        self,
        op_id: str,
        check: str,
        message: str,
        request: requests.PreparedRequest,
        response: Any = None,
    ) -> Finding:
        return Finding(
            op_id,
            check,
            None if response is None else int(response.status_code),
            self._redact(message),
            "" if response is None else self.results.excerpt(response.content),
            curl_command(request, self.key),
        )

    def judge(
        self,
        op_id: str,
        case: Any,
        kind: CaseKind,
        *,
        skip: frozenset[str] = frozenset(),
        why: str = "",
    ) -> Any:
        """Send ``case`` once, run every check (minus ``skip``) and ours, record; return the
        response (``None`` when nothing answered)."""
        results = self.results
        self._ran = {}
        self.first_case.setdefault(op_id, case)
        try:
            response = case.call(
                base_url=self.base_url, timeout=REQUEST_TIMEOUT, allow_redirects=False
            )
        except requests.RequestException as exc:
            finding = self._finding(
                op_id,
                "reachable",
                f"{type(exc).__name__}: {exc}",
                _prepared(case, self.base_url),
            )
            results.transport_errors.append(finding)
            results.failed(finding)
            if not results.statuses:
                raise Unreachable(finding.message) from exc
            return None
        status = int(response.status_code)
        results.judged(op_id, status)
        results.passed(op_id, "reachable")
        request = response.request
        excluded = [check for check in CHECKS.get_all() if getattr(check, "__name__", "") in skip]
        # The after_validate hook sees every result, failed or not.
        with contextlib.suppress(FailureGroup):
            case.validate_response(response, excluded_checks=excluded)
        for check in results.checks:
            if check in OWN_CHECKS or (kind == "built-negative" and check in OURS_ON_BUILT):
                continue  # judged below
            if check in skip or check not in self._ran:
                results.skipped(op_id, check)
                continue
            failure = self._ran[check]
            if failure is not None:
                message = f"{failure.title}: {failure.message}".strip(": ")
                repro = request
                if check == "ignored_auth":
                    repro, message = self._auth_probe(case, failure, message)
                results.failed(self._finding(op_id, check, message, repro, response))
            elif applies(check, op_id, kind, status, response.content):
                results.passed(op_id, check)
            else:
                results.skipped(op_id, check)
        if not _carries(request, self.key):
            results.skipped(op_id, "key_accepted")  # a negative case about the key itself
        elif status in (401, 403):
            results.failed(
                self._finding(op_id, "key_accepted", OWN_CHECKS["key_accepted"], request, response)
            )
        else:
            results.passed(op_id, "key_accepted")
        if kind == "built-negative":
            if status in NOT_ABOUT_THE_INPUT:
                results.skipped(op_id, "negative_data_rejection")
            else:
                ok, message = rejected(status, why)
                if ok:
                    results.passed(op_id, "negative_data_rejection")
                else:
                    results.failed(
                        self._finding(op_id, "negative_data_rejection", message, request, response)
                    )
        return response

    def _auth_probe(
        self, case: Any, failure: Any, message: str
    ) -> tuple[requests.PreparedRequest, str]:
        """The request ignored_auth sent instead of the case: no key, or a wrong one."""
        probe = _prepared(case, self.base_url)
        scenario = str(getattr(failure, "scenario", ""))
        if "INVALID" in scenario.upper() or "GENERATED" in scenario.upper():
            probe.headers["Authorization"] = "not-the-key"
            message += " — a wrong key was served"
        else:
            probe.headers.pop("Authorization", None)
            message += " — a request without a key was served"
        return probe, message

    def generated(self, op_id: str, mode: GenerationMode = GenerationMode.POSITIVE) -> None:
        """``max_examples`` generated cases of a read-only operation."""
        operation = self._operation(op_id)
        kind: CaseKind = "positive" if mode == GenerationMode.POSITIVE else "negative"

        @settings(
            max_examples=self.max_examples,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=mode))
        def send(case: Any) -> None:
            self.judge(op_id, case, kind)

        seed(operation_seed(self.seed, op_id) + (0 if kind == "positive" else 1))(send)()

    def invalid_estimates(self, per_agent: int) -> None:
        """``per_agent`` invalid bodies of every catalog agent to ``estimatePower`` (it
        prices a run and runs nothing): each must be refused."""
        operation = self._operation("estimatePower")
        for name, entry in sorted(catalog().items()):
            for invalid in negative_bodies(list(invalid_runs(entry)), per_agent):
                case = operation.Case(body=invalid.body, headers=dict(self.auth))
                self.judge("estimatePower", case, "built-negative", why=f"{name}: {invalid.why}")

    def unknown_runs(self) -> None:
        """``getRun`` with ids nobody created, some malformed: each must be refused."""
        operation = self._operation("getRun")
        for run_id in UNKNOWN_RUN_IDS:
            case = operation.Case(path_parameters={"executionId": run_id}, headers=dict(self.auth))
            shown = run_id if len(run_id) <= 20 else run_id[:17] + "..."
            self.judge("getRun", case, "built-negative", why=f"a run id nobody created: {shown}")

    def documented(self, op_id: str) -> None:
        """One request an operation must serve: only its required parameters (none for the
        read-only GETs), or for ``estimatePower`` the documented minimal run."""
        operation = self._operation(op_id)
        if op_id == "estimatePower":
            case = operation.Case(body=billable_run_body(None), headers=dict(self.auth))
        else:
            case = operation.Case(headers=dict(self.auth))
        self.judge(op_id, case, "built")

    def must_succeed(self, operations: Sequence[str]) -> None:
        """Each of ``operations`` answered at least one 2xx (a run-level check)."""
        for op_id in operations:
            if self.results.successes[op_id]:
                self.results.passed(op_id, "operation_succeeded")
                continue
            path, method, _ = CATEGORIES[op_id]
            seen = self.results.op_statuses[op_id]
            statuses = ", ".join(f"{s} x {n}" for s, n in sorted(seen.items()))
            case = self.first_case.get(op_id) or self._operation(op_id).Case(
                headers=dict(self.auth)
            )
            self.results.failed(
                Finding(
                    op_id,
                    "operation_succeeded",
                    None,
                    f"no 2xx in {sum(seen.values())} answer(s) to {method} {path}"
                    + (f" ({statuses})" if statuses else ""),
                    "",
                    curl_command(_prepared(case, self.base_url), self.key),
                )
            )

    def billable(self, count: int, image: str) -> list[tuple[str, str]]:
        """``count`` runs created (batchCount 1, one request each); return their ids."""
        created: list[tuple[str, str]] = []
        operation = self._operation("createRun")
        for _ in range(count):
            headers = {**self.auth, "Idempotency-Key": str(uuid.uuid4())}
            case = operation.Case(body=billable_run_body(image), headers=headers)
            response = self.judge("createRun", case, "built", skip=RESENDING_CHECKS)
            if response is None or not 200 <= response.status_code < 300:
                continue
            body = _json(response.content)
            data = body.get("data") if isinstance(body, Mapping) else None
            data = data if isinstance(data, Mapping) else {}
            created.append((str(data.get("executionId")), str(data.get("taskId"))))
        return created

    def read_back(self, created: Sequence[tuple[str, str]], wanted: int) -> None:
        """Follow the createRun -> getRun link (and the task API's view of the runs): every
        run created is read back, each answer about the id asked for, no two ids alike."""
        create = self._operation("createRun")
        for position, kind in ((0, "executionId"), (1, "taskId")):
            ids = Counter(ids[position] for ids in created)
            for value, count in ids.items():
                if count > 1:
                    case = create.Case(body=billable_run_body(None), headers=dict(self.auth))
                    self.results.failed(
                        Finding(
                            "createRun",
                            "read_back_identity",
                            None,
                            f"{count} runs created got the same {kind} {value!r}",
                            "",
                            curl_command(_prepared(case, self.base_url), self.key),
                        )
                    )
        if len(created) < wanted:
            case = create.Case(body=billable_run_body(None), headers=dict(self.auth))
            self.results.failed(
                Finding(
                    "createRun",
                    "operation_succeeded",
                    None,
                    f"{wanted - len(created)} of {wanted} documented run request(s) created no run",
                    "",
                    curl_command(_prepared(case, self.base_url), self.key),
                )
            )
        get_run, query_task = self._operation("getRun"), self._operation("queryTask")
        for execution_id, task_id in created:
            reads = [
                (
                    "getRun",
                    get_run.Case(path_parameters={"executionId": execution_id}, headers=self.auth),
                ),
                (
                    "queryTask",
                    query_task.Case(body={"executionId": execution_id}, headers=self.auth),
                ),
                ("queryTask", query_task.Case(body={"taskId": task_id}, headers=self.auth)),
            ]
            for op_id, case in reads:
                response = self.judge(op_id, case, "built")
                if response is None:
                    continue
                problem = (
                    f"the run just created was answered {response.status_code}"
                    if not 200 <= response.status_code < 300
                    else about_the_run(_json(response.content), execution_id)
                )
                if problem is None:
                    self.results.passed(op_id, "read_back_identity")
                else:
                    self.results.failed(
                        self._finding(
                            op_id, "read_back_identity", problem, response.request, response
                        )
                    )


def negative_bodies(runs: Sequence[InvalidRun], count: int) -> list[InvalidRun]:
    """The first ``count`` of an agent's invalid runs, by :data:`NEGATIVE_PRIORITY` (the
    kinds of rule other tools most often miss first)."""

    def rank(run: InvalidRun) -> int:
        return next(
            (i for i, kind in enumerate(NEGATIVE_PRIORITY) if kind in run.why),
            len(NEGATIVE_PRIORITY),
        )

    return sorted(runs, key=rank)[:count]


def operation_seed(seed: int, op_id: str) -> int:
    """A per-operation seed derived from ``--seed`` (stable across runs)."""
    return (seed * 1_000_003 + sum(op_id.encode())) % (2**32)


def billable_run_body(image: str | None) -> dict[str, Any]:
    """The integration page's "Minimal runnable example" (as tests/test_rules.py holds it),
    on ``image`` (default: the example's), with batchCount 1 whatever the example says."""
    from tests.test_rules import AIMODEL_MINIMAL

    example: dict[str, Any] = copy.deepcopy(AIMODEL_MINIMAL)
    if image is not None:
        example["input"]["originalImage"] = image
    example["params"]["batchCount"] = 1
    return example


# --------------------------------------------------------------------------- the command
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests.conformance",
        description="Check a WeShop deployment against the overlaid spec (read-only unless "
        "--allow-billable; invalid input only where it creates and costs nothing).",
    )
    parser.add_argument(
        "--url", required=True, help="the API base URL, e.g. https://openapi.weshop.ai/openapi"
    )
    parser.add_argument(
        "--allow-billable",
        type=int,
        default=0,
        metavar="N",
        help="allow at most N run creations (batchCount 1 each); default 0",
    )
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT, help="JUnit XML report path")
    parser.add_argument(
        "--max-examples",
        type=int,
        default=10,
        help="generated cases per read-only operation (and negative ones for getAgentInfo)",
    )
    parser.add_argument(
        "--negatives-per-agent",
        type=int,
        default=2,
        metavar="N",
        help="invalid estimatePower bodies per catalog agent (default 2; 0: none)",
    )
    parser.add_argument("--seed", type=int, default=0, help="generation seed (default 0)")
    parser.add_argument(
        "--trusted-host",
        action="append",
        default=[],
        metavar="HOST",
        help="a further https host the key may go to (as WeShop(trusted_hosts=...))",
    )
    parser.add_argument(
        "--image",
        default=None,
        help="originalImage URL of billable runs (default: the documented example's)",
    )
    args = parser.parse_args(argv)
    if args.allow_billable < 0 or args.max_examples < 1 or args.negatives_per_agent < 0:
        parser.error("--allow-billable and --negatives-per-agent must be >= 0, --max-examples >= 1")
    return args


def run(runner: Runner, args: argparse.Namespace) -> None:
    """Everything conformance sends, in order; raises :class:`Unreachable` at once when
    the first request gets no answer."""
    read_ops = sorted(op for op, (_, _, category) in CATEGORIES.items() if category == "read")
    for op_id in read_ops:
        runner.generated(op_id)
    runner.generated("getAgentInfo", GenerationMode.NEGATIVE)
    runner.invalid_estimates(args.negatives_per_agent)
    runner.unknown_runs()
    must = [op for op in read_ops if op not in READS_BY_ID]
    for op_id in must:
        runner.documented(op_id)
    if args.allow_billable:
        image = args.image or str(billable_run_body(None)["input"]["originalImage"])
        runner.read_back(runner.billable(args.allow_billable, image), args.allow_billable)
        must += sorted(READ_BACK)
    runner.must_succeed(must)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        base = trusted_base_url(str(args.url).rstrip("/"), args.trusted_host)
    except UntrustedHostError as exc:
        print(f"conformance: refused: {exc}", file=sys.stderr)
        return 2
    loopback = is_loopback(base.host)
    key = os.environ.get(API_KEY_ENV, "").strip()
    if not key:
        if not loopback:
            print(
                f"conformance: refused: set {API_KEY_ENV} to check {base.host} "
                "(only a loopback mock can be checked with a dummy key)",
                file=sys.stderr,
            )
            return 2
        key = DUMMY_KEY
    url = str(base)
    runner = Runner(url, key, max_examples=args.max_examples, seed=args.seed)
    excluded_before = Counter(hooks.EXCLUDED)
    read_ops = sorted(op for op, (_, _, category) in CATEGORIES.items() if category == "read")
    never = sorted(op for op, (_, _, category) in CATEGORIES.items() if category == "write")
    print(f"conformance: {url} (key {'from ' + API_KEY_ENV if key != DUMMY_KEY else 'dummy'})")
    print(f"  read-only: {', '.join(read_ops)}")
    print(
        f"  negative:  estimatePower x {args.negatives_per_agent} per catalog agent, "
        f"getAgentInfo (generated), getRun with {len(UNKNOWN_RUN_IDS)} unknown ids"
    )
    print(f"  billable:  createRun x {args.allow_billable} (batchCount 1)")
    print(f"  never:     {', '.join(never)}")
    with contextlib.suppress(Unreachable):
        run(runner, args)
    results = runner.results
    print()
    print(results.table())
    for name, count in sorted((hooks.EXCLUDED - excluded_before).items()):
        print(f"excluded ({name}, see docs/contract-tests.md): {count} failure(s) dropped")
    for op, check, cell in results.failures():
        print(f"\nFAILED {op} / {check} ({cell.failed} failure(s)):")
        for finding in cell.findings:
            print("  " + finding.render().replace("\n", "\n  "))
        if cell.failed > len(cell.findings):
            print(f"  ... and {cell.failed - len(cell.findings)} more")
    report: Path = args.report
    report.parent.mkdir(parents=True, exist_ok=True)
    tree = results.junit(url)
    ET.indent(tree)
    tree.write(report, encoding="utf-8", xml_declaration=True)
    skipped = sum(cell.skipped for cell in results.cells.values())
    passed = sum(cell.passed for cell in results.cells.values())
    failed = sum(cell.failed for cell in results.cells.values())
    print(
        f"\n{sum(results.cases.values())} answers; judgements: {passed} passed, "
        f"{failed} failed, {skipped} skipped (the check did not apply)"
    )
    print(f"JUnit report: {report}")
    if results.any_failed:
        print("\nCONFORMANCE FAILED:")
        for cause in results.causes():
            print(f"  - {cause}")
        return 1
    print("conformance passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
