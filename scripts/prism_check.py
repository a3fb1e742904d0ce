"""The harness and the client against a server nobody here wrote: Stoplight Prism.

    python scripts/prism_check.py --prism PATH/node_modules/.bin/prism
                                  [--vendor-cli PATH/node_modules/weshop-cli] [--out DIR]

(``./scripts/nox -s prism`` installs the pinned ``@stoplight/prism-cli`` and the vendor CLI
and runs this; docs/contract-tests.md, "Against Prism".) Two parts, on loopback only:

1. **Conformance against ``prism mock``** on the shipped ``generated/openapi.yaml``. Prism
   answers from the spec's schemas without state or a real key check, so conformance must
   fail (exit 1). Passes only when it does, with the failures Prism earns — the key's
   value is ignored (``ignored_auth``), invalid input is accepted
   (``negative_data_rejection``) — and none of what Prism does right: it checks that a key
   is sent (``key_accepted``) and answers with the spec's schemas
   (``response_schema_conformance``).
2. **``prism proxy`` in front of ``weshop mock``**: the facade's flows (uploads, runs
   created, waited for and read, estimates, agent info, tasks, custom models and
   locations, an unknown run) and every agent command of the vendor CLI go through it.
   Prism validates each request and answer against the spec: zero violations (its
   ``sl-violations`` header on the facade's answers, its log for everything).

Exit status 0 when both hold, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # contract_tests, tests (run as a script from anywhere)

from contract_tests.catalog_cases import valid_params  # noqa: E402
from tests.test_rules import AIMODEL_MINIMAL  # noqa: E402
from weshop import NotFoundError, WeShop  # noqa: E402
from weshop._catalog import catalog  # noqa: E402
from weshop.mock import MockServer  # noqa: E402

SPEC = ROOT / "generated" / "openapi.yaml"
KEY = "prism-check-key"
#: Prism's log line for one violation, and for the request it belongs to.
VIOLATION = re.compile(r"Violation: (.*)$")
REQUEST_LINE = re.compile(r"\[HTTP SERVER\] (\w+) (\S+)")
#: What conformance must report against prism mock (Prism's real gaps) ...
PRISM_GETS_WRONG = {
    "ignored_auth": "the key's value is ignored (any non-empty Authorization is served)",
    "negative_data_rejection": "invalid input accepted",
}
#: ... and must not (what Prism gets right).
PRISM_GETS_RIGHT = {
    "key_accepted": "requests with a key are served",
    "response_schema_conformance": "answers follow the spec's schemas",
    "reachable": "it answers",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def prism(prism_bin: Path, log: Path, *args: str) -> Iterator[str]:
    """``prism <args>`` on a free loopback port, its log in ``log``; yields its URL."""
    port = free_port()
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [str(prism_bin), *args, "--port", str(port), "--host", "127.0.0.1"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 120
            while "Prism is listening" not in log.read_text(encoding="utf-8"):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"prism did not start:\n{log.read_text()[-2000:]}")
                time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=30)


# --------------------------------------------------------------------------- part 1
def conformance_against_prism_mock(prism_bin: Path, out: Path) -> bool:
    report = out / "prism-mock-conformance.xml"
    started = time.monotonic()
    with prism(prism_bin, out / "prism-mock.log", "mock", str(SPEC)) as url:
        env = {k: v for k, v in os.environ.items() if k != "WESHOP_API_KEY"}
        done = subprocess.run(
            [
                sys.executable, "-m", "contract_tests.conformance", "--url", url,
                "--allow-billable", "2", "--max-examples", "5", "--report", str(report),
            ],
            cwd=ROOT, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
    (out / "prism-mock-conformance.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
    causes = done.stdout[done.stdout.find("CONFORMANCE FAILED") :]
    print(f"[1] conformance against prism mock: exit {done.returncode} "
          f"({time.monotonic() - started:.0f} s)")  # fmt: skip
    print("    " + causes.strip().replace("\n", "\n    "))
    if done.returncode != 1:
        print(f"FAIL: conformance must exit 1 against prism mock, it exited {done.returncode}")
        print(done.stdout[-3000:] + done.stderr[-3000:])
        return False
    failed = {
        str(case.get("name"))
        for case in ET.parse(report).getroot().iter("testcase")
        if case.find("failure") is not None
    }
    ok = True
    for check, what in PRISM_GETS_WRONG.items():
        if check not in failed:
            print(f"FAIL: conformance did not report what Prism gets wrong: {check} ({what})")
            ok = False
    for check, what in PRISM_GETS_RIGHT.items():
        if check in failed:
            print(f"FAIL: conformance blamed Prism for what it gets right: {check} ({what})")
            ok = False
    return ok


# --------------------------------------------------------------------------- part 2
def _png(width: int = 768, height: int = 1024) -> bytes:
    data = io.BytesIO()
    Image.new("RGB", (width, height), (180, 140, 120)).save(data, format="PNG")
    return data.getvalue()


def client_flows(client: WeShop) -> list[str]:
    """A representative set of the facade's flows; returns their names."""
    image = _png()
    params = dict(AIMODEL_MINIMAL["params"])  # type: ignore[call-overload]
    flows: list[tuple[str, Callable[[], Any]]] = [
        ("assets.upload", lambda: client.assets.upload(image, cache=False)),
        ("agents.info", lambda: client.agents.info("aimodel")),
        ("runs.estimate", lambda: client.runs.estimate("aimodel", image=image, params=params)),
        (
            "runs.create_and_wait + get",
            lambda: client.runs.get(
                client.runs.create_and_wait("aimodel", image=image, params=params).execution_id
            ),
        ),
        (
            "runs.create + wait (removeBG)",
            lambda: client.runs.wait(
                client.runs.create(
                    "removeBG", image=image, params=valid_params(catalog()["removeBG"])
                ).execution_id
            ),
        ),
        ("tasks: create, execute, wait, query, delete", lambda: _task_flow(client, image)),
        ("fashion_models: create, wait, get, delete", lambda: _model_flow(client, image)),
        ("locations: create, wait, get, delete", lambda: _location_flow(client, image)),
        ("runs.get of an unknown run (404)", lambda: _unknown_run(client)),
    ]
    for _, flow in flows:
        flow()
    return [name for name, _ in flows]


def _task_flow(client: WeShop, image: bytes) -> None:
    task_id = client.tasks.create("aimodel", image=image)
    params = dict(AIMODEL_MINIMAL["params"])  # type: ignore[call-overload]
    execution_id = client.tasks.execute(task_id, params)
    client.tasks.wait(execution_id)
    client.tasks.query(task_id=task_id)
    client.tasks.delete(task_id)


def _model_flow(client: WeShop, image: bytes) -> None:
    model_id = client.fashion_models.create([image], name="prism check")
    client.fashion_models.wait(model_id)
    client.fashion_models.get(model_id)
    client.fashion_models.delete(model_id)


def _location_flow(client: WeShop, image: bytes) -> None:
    location_id = client.locations.create(image, name="prism check")
    client.locations.wait(location_id)
    client.locations.get(location_id)
    client.locations.delete(location_id)


def _unknown_run(client: WeShop) -> None:
    with contextlib.suppress(NotFoundError):
        client.runs.get("no-such-run")
        raise AssertionError("an unknown run was found")


#: Prism's proxy cannot forward binary bodies (it parses them as text:
#: stoplightio/prism#1321, #2349, #2376), so uploads go to the mock directly; what they
#: answer (the image URL) is then used by requests that do go through Prism.
UPLOAD_PATHS = ("/agent/assets/images", "/v1/asset/upload/image")


class UploadsAroundPrism(httpx.BaseTransport):
    """Sends uploads straight to ``upstream`` (the mock), everything else as asked."""

    def __init__(self, upstream: str, inner: httpx.BaseTransport | None = None) -> None:
        self.upstream = httpx.URL(upstream)
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(UPLOAD_PATHS):
            request.url = self.upstream.copy_with(
                path=self.upstream.path.rstrip("/") + request.url.path
            )
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def prism_violations(log: Path) -> list[str]:
    """Every violation Prism logged, with the request it belongs to."""
    found: list[str] = []
    request = "?"
    for line in log.read_text(encoding="utf-8").splitlines():
        if match := REQUEST_LINE.search(line):
            request = f"{match.group(1).upper()} {match.group(2)}"
        elif match := VIOLATION.search(line):
            found.append(f"{request}: {match.group(1)}")
    return found


def flows_through_prism_proxy(prism_bin: Path, vendor_cli: Path | None, out: Path) -> bool:
    log = out / "prism-proxy.log"
    headers: list[str] = []

    def keep_violations(response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            request = f"{response.request.method} {response.request.url.path}"
            headers.append(f"{request}: {response.headers['sl-violations']}")

    ok = True
    with (
        MockServer(speed=2000, api_keys={KEY}) as mock,
        prism(prism_bin, log, "proxy", str(SPEC), mock.base_url) as url,
    ):
        started = time.monotonic()
        http = httpx.Client(
            transport=UploadsAroundPrism(mock.base_url),
            event_hooks={"response": [keep_violations]},
        )
        with WeShop(api_key=KEY, base_url=url, http_client=http, upload_cache=False) as client:
            names = client_flows(client)
        requests_sent = sum(mock.stats.requests.values())
        print(f"[2] facade flows through prism proxy: {len(names)} flows, {requests_sent} "
              f"requests ({time.monotonic() - started:.0f} s): {', '.join(names)}")  # fmt: skip
        facade_log = prism_violations(log)
        if vendor_cli is not None:
            started = time.monotonic()
            with WeShop(api_key=KEY, base_url=mock.base_url, upload_cache=False) as direct:
                image_url = direct.assets.upload(_png(), cache=False)
            done = subprocess.run(
                [sys.executable, "scripts/vendor_cli.py", "--cli", str(vendor_cli),
                 "--base-url", url, "--api-key", KEY, "--image-url", image_url, "--jobs", "4"],
                cwd=ROOT, capture_output=True, text=True, check=False,
            )  # fmt: skip
            (out / "prism-proxy-vendor-cli.txt").write_text(done.stdout + done.stderr)
            summary = (done.stdout.strip().splitlines() or ["no output"])[-1]
            print(f"[2] vendor CLI through prism proxy: exit {done.returncode} "
                  f"({time.monotonic() - started:.0f} s): {summary}")  # fmt: skip
            if done.returncode != 0:
                print(done.stdout[-3000:] + done.stderr[-2000:])
                ok = False
        else:
            print("[2] vendor CLI through prism proxy: SKIPPED (no --vendor-cli)")
        # The control: one invalid request, which Prism must be seen to report — else
        # "zero violations" would only mean that nothing was read.
        logged = prism_violations(log)
        httpx.post(f"{url}/agent/power-estimates", json={}, headers={"Authorization": KEY})
        deadline = time.monotonic() + 10
        while len(prism_violations(log)) == len(logged) and time.monotonic() < deadline:
            time.sleep(0.2)
        control = prism_violations(log)[len(logged) :]
    print(f"    control: an invalid estimate through the proxy, {len(control)} violation(s) "
          "reported")  # fmt: skip
    if not control:
        print("FAIL: Prism reported no violation for an invalid request: its log is not read")
        ok = False
    cli_log = logged[len(facade_log) :]
    print(f"    Prism violations: facade {len(facade_log)} logged, {len(headers)} "
          f"sl-violations headers; vendor CLI {len(cli_log)} logged")  # fmt: skip
    for violation in (logged + headers)[:40]:
        print(f"    violation: {violation}")
    return ok and not logged and not headers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prism", type=Path, required=True, help="the prism executable")
    parser.add_argument("--vendor-cli", type=Path, help="node_modules/weshop-cli (optional)")
    parser.add_argument("--out", type=Path, default=Path("build/prism"), help="logs, reports")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    first = conformance_against_prism_mock(args.prism, args.out)
    second = flows_through_prism_proxy(args.prism, args.vendor_cli, args.out)
    print(json.dumps({"conformance_fails_against_prism_mock": first,
                      "zero_violations_through_prism_proxy": second}))  # fmt: skip
    return 0 if first and second else 1


if __name__ == "__main__":
    sys.exit(main())
