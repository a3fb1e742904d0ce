"""Checks that a response of the mock conforms to generated/openapi.yaml.

Independent of the mock's own route table: operations are matched from the spec's paths
here, and each JSON body is validated with ``weshop._spec`` against the schema declared
for (operation, status) — following ``$ref`` responses into ``components/responses``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

import httpx

from weshop._spec import load_spec, spec_validator

BASE_PATH = "/openapi"
JSON = "application~1json"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class Conformance:
    """Collects non-conforming responses; ``failures`` must stay empty."""

    def __init__(self) -> None:
        self.spec: Mapping[str, Any] = load_spec()
        self.validator = spec_validator()
        self.failures: list[str] = []
        self.checked: Counter[tuple[str, int]] = Counter()
        self._paths = [
            (path, re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))))
            for path in self.spec["paths"]
        ]

    def operation(self, method: str, path: str) -> tuple[str, str, Mapping[str, Any]] | None:
        """(spec path, method, operation object) for a request path under the base."""
        for template, pattern in self._paths:
            if pattern.fullmatch(path):
                operation = self.spec["paths"][template].get(method.lower())
                if operation is not None:
                    return template, method.lower(), operation
        return None

    def methods_at(self, path: str) -> list[str]:
        """The methods the spec declares at a request path (upper case, sorted)."""
        methods: set[str] = set()
        for template, pattern in self._paths:
            if pattern.fullmatch(path):
                methods |= {m.upper() for m in self.spec["paths"][template] if m != "parameters"}
        return sorted(methods)

    def schema_pointer(self, template: str, method: str, status: int) -> str | None:
        """Where the schema of the declared response lives (None if not declared)."""
        responses = self.spec["paths"][template][method]["responses"]
        response = responses.get(str(status))
        if response is None:
            return None
        if "$ref" in response:
            return f"{str(response['$ref'])[1:]}/content/{JSON}/schema"
        return f"/paths/{_escape(template)}/{method}/responses/{status}/content/{JSON}/schema"

    def check(self, response: httpx.Response) -> None:
        """Validate one response (an httpx response event hook)."""
        response.read()
        request = response.request
        path = request.url.path
        where = f"{request.method} {path} -> {response.status_code}"
        if not path.startswith(BASE_PATH + "/"):
            self._check_error_envelope(response, where)
            return
        relative = path[len(BASE_PATH) :]
        if relative.startswith("/files/"):
            if response.status_code == 200:
                if not response.headers.get("content-type", "").startswith("image/"):
                    self.failures.append(f"{where}: a file that is not an image")
            else:
                self._check_error_envelope(response, where)
            self.checked[("downloadFile", response.status_code)] += 1
            return
        found = self.operation(request.method, relative)
        if found is None:
            allowed = self.methods_at(relative)
            if allowed:
                # A known path, an undeclared method: 405 with the declared methods.
                if response.status_code != 405:
                    self.failures.append(f"{where}: an undeclared method must answer 405")
                elif response.headers.get("allow") != ", ".join(allowed):
                    self.failures.append(f"{where}: Allow must list {allowed}")
            elif response.status_code != 404:
                self.failures.append(f"{where}: an undeclared path must answer 404")
            self._check_error_envelope(response, where)
            return
        template, method, operation = found
        self.checked[(str(operation["operationId"]), response.status_code)] += 1
        pointer = self.schema_pointer(template, method, response.status_code)
        if pointer is None:
            self.failures.append(f"{where}: status not declared by {operation['operationId']}")
            return
        if not response.headers.get("content-type", "").startswith("application/json"):
            self.failures.append(f"{where}: not application/json")
            return
        try:
            body = response.json()
        except ValueError:
            self.failures.append(f"{where}: body is not JSON")
            return
        for violation in self.validator.violations(pointer, body):
            self.failures.append(f"{where}: {violation}")
        if response.status_code == 429:
            retry_after = response.headers.get("retry-after", "")
            if not retry_after.isdigit():
                self.failures.append(f"{where}: Retry-After {retry_after!r} is not an integer")

    def _check_error_envelope(self, response: httpx.Response, where: str) -> None:
        try:
            body = response.json()
        except ValueError:
            self.failures.append(f"{where}: error body is not JSON")
            return
        if not any(
            not self.validator.violations(name, body)
            for name in ("ErrorEnvelope", "LegacyEnvelope")
        ):
            self.failures.append(f"{where}: not an error envelope: {body!r}")
        elif body.get("success") is not False:
            self.failures.append(f"{where}: an error envelope must say success=false")
