"""Conformance mode: does a deployment (the real service, or a mock) match our overlaid spec?

    python -m contract_tests.conformance --url URL [--allow-billable N] [--report PATH]
                                         [--max-examples N] [--seed N] [--trusted-host HOST]...
                                         [--image URL]

(``nox -s conformance -- --url URL ...`` runs this.) Positive cases only, drawn by
schemathesis from ``generated/openapi.yaml``, sent to ``URL`` and judged by every
schemathesis check and ours (``contract_tests/hooks.py``). It prints a table of
operations x checks (pass/fail/skip counts) and writes a JUnit XML report.

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
import os
import sys
import tomllib
import uuid
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.failures import FailureGroup

from weshop._constants import API_KEY_ENV
from weshop._key_safety import is_loopback, trusted_base_url
from weshop._redaction import redact_text
from weshop._spec import load_spec
from weshop.errors import UntrustedHostError

from . import hooks
from .strategies import schemathesis_document

__all__ = ["CATEGORIES", "Category", "Results", "categories", "main"]

ROOT: Final = Path(__file__).resolve().parent.parent
SPEC_PATH: Final = ROOT / "generated" / "openapi.yaml"
#: Used against loopback when WESHOP_API_KEY is not set: the dummy key of schemathesis.toml
#: (start the mock with ``--api-key weshop-contract-test-key`` to see auth enforced).
DUMMY_KEY: Final[str] = tomllib.loads((ROOT / "schemathesis.toml").read_text(encoding="utf-8"))[
    "auth"
]["openapi"]["apiKey"]["api_key"]
DEFAULT_REPORT: Final = Path("build/conformance/report.xml")
REQUEST_TIMEOUT: Final = 30.0

Category = Literal["read", "billable", "write"]
#: POST operations that create nothing: reading a task, estimating a run's cost.
READ_ONLY_POSTS: Final = frozenset({"queryTask", "estimatePower"})
#: The one operation --allow-billable allows (a run of an agent costs power).
BILLABLE: Final = frozenset({"createRun"})
#: Checks that send the request again: never on a billable request.
RESENDING_CHECKS: Final = frozenset({"ignored_auth"})


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


# --------------------------------------------------------------------------- results
@dataclass
class Cell:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    messages: list[str] = field(default_factory=list)


@dataclass
class Results:
    """Counts per (operation, check), and the failure messages (key redacted)."""

    checks: list[str]
    redact: Callable[[str], str]
    cells: dict[tuple[str, str], Cell] = field(default_factory=lambda: defaultdict(Cell))
    cases: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def record(
        self, op_id: str, ran: Mapping[str, tuple[bool, str | None]], skip: Iterable[str] = ()
    ) -> None:
        """One response judged: ``ran`` maps each check that ran to (passed, message)."""
        self.cases[op_id] += 1
        for check in self.checks:
            cell = self.cells[(op_id, check)]
            if check in ran and check not in skip:
                passed, message = ran[check]
                if passed:
                    cell.passed += 1
                else:
                    cell.failed += 1
                    if message and len(cell.messages) < 5:
                        cell.messages.append(self.redact(message))
            else:
                cell.skipped += 1

    @property
    def failed(self) -> bool:
        return bool(self.errors) or any(cell.failed for cell in self.cells.values())

    def operations(self) -> list[str]:
        return sorted(self.cases)

    def table(self) -> str:
        """Checks (rows) x operations (columns): pass/fail/skip per cell."""
        ops = self.operations()
        width = max(len(c) for c in self.checks)
        cols = [max(len(op), 9) for op in ops]
        lines = [
            f"{'check':<{width}}  "
            + "  ".join(f"{op:>{w}}" for op, w in zip(ops, cols, strict=True)),
            f"{'(cases)':<{width}}  "
            + "  ".join(f"{self.cases[op]:>{w}}" for op, w in zip(ops, cols, strict=True)),
        ]
        for check in self.checks:
            row = []
            for op, w in zip(ops, cols, strict=True):
                cell = self.cells[(op, check)]
                text = f"{cell.passed}/{cell.failed}/{cell.skipped}" + ("!" if cell.failed else "")
                row.append(f"{text:>{w}}")
            lines.append(f"{check:<{width}}  " + "  ".join(row))
        lines.append("cells: passed/failed/skipped responses; '!' marks a failure")
        return "\n".join(lines)

    def junit(self, url: str) -> ET.ElementTree:
        """One test case per (operation, check): failed, skipped (never ran) or passed."""
        suite = ET.Element("testsuite", name="weshop-conformance")
        ET.SubElement(ET.SubElement(suite, "properties"), "property", name="url", value=url)
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
                    failure = ET.SubElement(
                        case, "failure", message=f"{cell.failed} response(s) failed {check}"
                    )
                    failure.text = "\n\n".join(cell.messages)
                elif not cell.passed:
                    counts["skipped"] += 1
                    ET.SubElement(case, "skipped", message="the check did not apply")
        for message in self.errors:
            counts["tests"] += 1
            counts["errors"] += 1
            case = ET.SubElement(suite, "testcase", classname="conformance", name="request")
            ET.SubElement(case, "error", message=self.redact(message)[:200]).text = self.redact(
                message
            )
        for name in ("tests", "failures", "errors", "skipped"):
            suite.set(name, str(counts[name]))
        return ET.ElementTree(suite)


# --------------------------------------------------------------------------- running
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
        names = [str(getattr(check, "__name__", check)) for check in CHECKS.get_all()]
        self.results = Results(sorted(set(names)), self._redact)
        self._ran: dict[str, tuple[bool, str | None]] = {}

        def after_validate(context: Any, case: Any, response: Any, results: list[Any]) -> None:
            for result in results:
                message = None if result.failure is None else str(result.failure.title)
                self._ran[result.name] = (result.failure is None, message)

        self.schema.hook(after_validate)

    def _redact(self, text: str) -> str:
        return redact_text(text, [self.key] if self.key else [], "<redacted>")

    def _operation(self, op_id: str) -> Any:
        path, method, _ = CATEGORIES[op_id]
        return self.schema[path][method]

    def judge(self, op_id: str, case: Any, *, skip: frozenset[str] = frozenset()) -> Any:
        """Send ``case`` once, run the checks (minus ``skip``), record; return the response."""
        self._ran = {}
        try:
            response = case.call(
                base_url=self.base_url, timeout=REQUEST_TIMEOUT, allow_redirects=False
            )
        except Exception as exc:  # network errors: recorded, the run goes on
            self.results.errors.append(f"{op_id}: {type(exc).__name__}: {exc}")
            return None
        excluded = [check for check in CHECKS.get_all() if getattr(check, "__name__", "") in skip]
        # The after_validate hook sees every result, failed or not.
        with contextlib.suppress(FailureGroup):
            case.validate_response(response, excluded_checks=excluded)
        self.results.record(op_id, dict(self._ran), skip)
        return response

    def generated(self, op_id: str) -> None:
        """``max_examples`` positive cases of a read-only operation."""
        operation = self._operation(op_id)

        @settings(
            max_examples=self.max_examples,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
        def send(case: Any) -> None:
            self.judge(op_id, case)

        seed(operation_seed(self.seed, op_id))(send)()

    def billable(self, count: int, image: str) -> list[tuple[str, str]]:
        """``count`` runs created (batchCount 1, one request each); return their ids."""
        created: list[tuple[str, str]] = []
        operation = self._operation("createRun")
        for _ in range(count):
            headers = {**self.auth, "Idempotency-Key": str(uuid.uuid4())}
            case = operation.Case(body=billable_run_body(image), headers=headers)
            response = self.judge("createRun", case, skip=RESENDING_CHECKS)
            if response is None:
                continue
            if response.status_code != 200:
                self.results.errors.append(
                    f"createRun: a documented run request was answered {response.status_code}: "
                    f"{response.content[:300]!r}"
                )
                continue
            data = response.json().get("data", {})
            created.append((str(data.get("executionId")), str(data.get("taskId"))))
        return created

    def read_back(self, created: Sequence[tuple[str, str]]) -> None:
        """Follow the createRun -> getRun link (and the task API's view of the runs)."""
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
                response = self.judge(op_id, case)
                if response is not None and response.status_code != 200:
                    self.results.errors.append(
                        f"{op_id}: the run just created ({execution_id}) was answered "
                        f"{response.status_code}"
                    )


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
        description="Check a WeShop deployment against the overlaid spec (positive cases, "
        "read-only unless --allow-billable).",
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
        "--max-examples", type=int, default=10, help="cases per read-only operation"
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
    if args.allow_billable < 0 or args.max_examples < 1:
        parser.error("--allow-billable must be >= 0 and --max-examples >= 1")
    return args


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
    print(f"  billable:  createRun x {args.allow_billable} (batchCount 1)")
    print(f"  never:     {', '.join(never)}")
    for op_id in read_ops:
        runner.generated(op_id)
    if args.allow_billable:
        image = args.image or str(billable_run_body(None)["input"]["originalImage"])
        runner.read_back(runner.billable(args.allow_billable, image))
    results = runner.results
    print()
    print(results.table())
    for name, count in sorted((hooks.EXCLUDED - excluded_before).items()):
        print(f"excluded ({name}, see docs/contract-tests.md): {count} failure(s) dropped")
    for message in results.errors:
        print(f"error: {results.redact(message)}")
    failures = [
        (op, check, cell) for (op, check), cell in sorted(results.cells.items()) if cell.failed
    ]
    for op, check, cell in failures:
        print(f"\nFAILED {op} / {check} ({cell.failed}):")
        for message in cell.messages:
            print("  " + message.replace("\n", "\n  "))
    report: Path = args.report
    report.parent.mkdir(parents=True, exist_ok=True)
    tree = results.junit(url)
    ET.indent(tree)
    tree.write(report, encoding="utf-8", xml_declaration=True)
    print(f"\nJUnit report: {report}")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
