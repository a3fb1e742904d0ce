"""Recording files: what they hold, how they are loaded, matched, redacted and written.

A recording file is JSON::

    {
      "format": "weshop-mock-recording/1",
      "source": "where the content comes from (a document and section, or an upstream)",
      "catalogs": [ {"agentName", "agentVersion", "data": <AgentInfo>, "synthesize": {...}} ],
      "exchanges": [ {"operationId", "source", "request": {...}, "response": {...}} ]
    }

``catalogs`` feed the info operation (which paginates them); ``exchanges`` are replayed
verbatim to requests that match them exactly (method, path, query and body; headers are
ignored, and the caller's key is redacted before comparing, as it was when recording).
Several exchanges for one request are served in order, the last one repeating — the way a
recorded poll loop replays.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.resources
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from .._redaction import redact_text, redact_tree
from .._spec import parameter_pointer, schema_at

__all__ = [
    "FORMAT",
    "REDACTED",
    "Catalog",
    "RecordedResponse",
    "RecordingWriter",
    "Recordings",
    "body_key",
    "load_recordings",
    "multipart_summary",
]

FORMAT: Final = "weshop-mock-recording/1"
REDACTED: Final = "<redacted>"
#: The catalogue lists the info operation paginates: the spec's ``resourceType`` enum.
PAGINATED_RESOURCES: Final[tuple[str, ...]] = tuple(
    schema_at(parameter_pointer("getAgentInfo", "resourceType"))["enum"]
)
# Where a synthetic catalogue entry's image is served (relative to the server base).
SYNTHETIC_IMAGE_PREFIX: Final = "{base}/files/catalog/"


def multipart_summary(parts: Iterable[Any]) -> dict[str, Any]:
    """How a multipart body is recorded: each part's name, file name, type, size and hash
    (the bytes themselves are not written; they may be large and are not needed to match)."""
    return {
        "multipart": [
            {
                "name": part.name,
                "filename": part.filename,
                "contentType": part.content_type,
                "size": len(part.data),
                "sha256": hashlib.sha256(part.data).hexdigest(),
            }
            for part in parts
        ]
    }


def body_key(body: Any) -> str:
    """A canonical string for a recorded or incoming body, for exact matching."""
    if isinstance(body, Mapping) and "multipart" in body:
        parts = sorted((str(p.get("name")), str(p.get("sha256"))) for p in body["multipart"])
        return json.dumps({"multipart": parts})
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def query_key(query: Mapping[str, Sequence[str]]) -> str:
    """A canonical string for a query (names sorted; the order of repeated values kept)."""
    return json.dumps(sorted((k, list(v)) for k, v in query.items()))


@dataclass(frozen=True)
class RecordedResponse:
    """A response to replay."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    media_type: str


@dataclass
class Catalog:
    """One agent's info payload: documented entries plus deterministic synthetic ones."""

    agent_name: str
    agent_version: str
    data: Mapping[str, Any]
    source: str
    resources: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def from_recording(cls, entry: Mapping[str, Any], source: str) -> Catalog:
        """Build a catalogue from a recording's ``catalogs`` entry."""
        data = dict(entry["data"])
        catalog = cls(str(entry["agentName"]), str(entry["agentVersion"]), data, source)
        for resource in PAGINATED_RESOURCES:
            if resource in data:
                catalog.resources[resource] = list(data[resource])
        for resource, spec in dict(entry.get("synthesize", {})).items():
            catalog.resources.setdefault(resource, []).extend(_synthesize(resource, spec))
        return catalog


def _synthesize(resource: str, spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Deterministic extra entries, marked as synthetic by name and served images."""
    kind = "location" if resource == "locations" else "model"
    categories = list(spec.get("categories", []))
    items: list[dict[str, Any]] = []
    for n in range(int(spec["count"])):
        item_id = int(spec["firstId"]) + n
        item: dict[str, Any] = {
            "id": item_id,
            "image": f"{SYNTHETIC_IMAGE_PREFIX}{kind}-{item_id}.png",
            "name": str(spec["name"]).format(n=n + 1),
        }
        if categories:
            item["categories"] = [categories[n % len(categories)]]
        for key in ("profile", "tags", "type"):
            if key in spec:
                item[key] = spec[key]
        items.append(item)
    return items


@dataclass
class Recordings:
    """Catalogues and replayable exchanges loaded from recording files."""

    catalogs: dict[tuple[str, str], Catalog] = field(default_factory=dict)
    exchanges: dict[tuple[str, str, str, str], list[RecordedResponse]] = field(default_factory=dict)
    _cursors: dict[tuple[str, str, str, str], int] = field(default_factory=dict)
    # The (method, path) pairs of the exchanges: most requests are of a path never
    # recorded, and this answers them without building the query's and body's keys.
    _paths: set[tuple[str, str]] = field(default_factory=set)

    def recorded(self, method: str, path: str) -> bool:
        """Whether an exchange was recorded for ``method`` at ``path`` (any query or body)."""
        return (method.upper(), path) in self._paths

    def replay(
        self, method: str, path: str, query: Mapping[str, Sequence[str]], body: Any
    ) -> RecordedResponse | None:
        """The next recorded response for this exact request, if one was recorded."""
        if not self.exchanges:
            return None
        key = (method.upper(), path, query_key(query), body_key(body))
        responses = self.exchanges.get(key)
        if not responses:
            return None
        cursor = self._cursors.get(key, 0)
        self._cursors[key] = cursor + 1
        return responses[min(cursor, len(responses) - 1)]

    def add_exchange(self, exchange: Mapping[str, Any]) -> None:
        """Index one recorded exchange for replay."""
        request = exchange["request"]
        response = exchange["response"]
        query = {str(k): [str(x) for x in v] for k, v in dict(request.get("query", {})).items()}
        key = (
            str(request["method"]).upper(),
            str(request["path"]),
            query_key(query),
            body_key(request.get("body")),
        )
        headers = {str(k).lower(): str(v) for k, v in dict(response.get("headers", {})).items()}
        media_type = headers.pop("content-type", "application/json")
        if "bodyBase64" in response:
            payload = base64.b64decode(response["bodyBase64"])
        elif "bodyText" in response:
            payload = str(response["bodyText"]).encode("utf-8")
        else:
            payload = json.dumps(response.get("body"), ensure_ascii=True).encode("ascii")
        recorded = RecordedResponse(int(response["status"]), headers, payload, media_type)
        self.exchanges.setdefault(key, []).append(recorded)
        self._paths.add(key[:2])


#: This package (``weshop.mock``, or a vendored copy of it): the recordings ship inside it.
_PACKAGE: Final = __name__.rpartition(".")[0]


def _packaged_files() -> list[tuple[str, str]]:
    folder = importlib.resources.files(_PACKAGE).joinpath("recordings")
    found = [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".json") and entry.is_file()
    ]
    return sorted(found)


def _directory_files(directory: Path) -> list[tuple[str, str]]:
    if not directory.is_dir():
        raise ValueError(f"recordings directory {str(directory)!r} does not exist")
    return [
        (path.name, path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))
    ]


def _parse(name: str, text: str) -> Mapping[str, Any]:
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"recording {name}: not valid JSON ({exc})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f'recording {name}: missing "format": "{FORMAT}"')
    return document


def load_recordings(directory: Path | str | None) -> Recordings:
    """Load the packaged recordings (``directory=None``) or those of a directory.

    A directory replaces the packaged exchanges; agents it has no catalogue for keep the
    packaged catalogue, so the info call keeps answering after a recording session.
    """
    recordings = Recordings()
    packaged = _packaged_files()
    files = packaged if directory is None else _directory_files(Path(directory))
    for name, text in files:
        document = _parse(name, text)
        source = str(document.get("source", name))
        for entry in document.get("catalogs", []):
            catalog = Catalog.from_recording(entry, source)
            recordings.catalogs[(catalog.agent_name, catalog.agent_version)] = catalog
        for exchange in document.get("exchanges", []):
            try:
                recordings.add_exchange(exchange)
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"recording {name}: malformed exchange ({exc!r})") from exc
    if directory is not None:
        for name, text in packaged:
            for entry in _parse(name, text).get("catalogs", []):
                key = (str(entry["agentName"]), str(entry["agentVersion"]))
                if key not in recordings.catalogs:
                    recordings.catalogs[key] = Catalog.from_recording(entry, name)
    return recordings


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


class RecordingWriter:
    """Writes one recording file per exchange into a directory, numbered in order."""

    def __init__(self, directory: Path | str, upstream: str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.upstream = upstream
        numbers = [
            int(match.group(1))
            for path in self.directory.glob("*.json")
            if (match := re.match(r"(\d+)-", path.name))
        ]
        self._next = max(numbers, default=0) + 1

    def write(self, exchange: Mapping[str, Any], secrets: Sequence[str]) -> Path:
        """Redact every form of each of ``secrets`` (raw keys) from ``exchange`` and write
        it as a new recording file; return its path."""
        document = {
            "format": FORMAT,
            "source": f"recorded from {self.upstream} by `weshop mock record`",
            "exchanges": [redact_tree(dict(exchange), secrets, REDACTED)],
        }
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        # Belt and braces: a secret must never reach the disk, whatever shape it hid in.
        text = redact_text(text, secrets, REDACTED)
        label = _UNSAFE_NAME.sub("-", str(exchange.get("operationId") or "unmatched"))
        path = self.directory / f"{self._next:04d}-{label}.json"
        self._next += 1
        temporary = path.with_suffix(".json.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
        return path
