"""Render ``weshop/_typed_agents.py`` — every catalog agent typed — from the overlaid spec.

Part of ``nox -s generate`` (and checked by ``nox -s drift``): for each agent of
``x-weshop-agents`` a builder function whose keywords are the agent's params in snake_case
(enums as ``Literal`` types, required ones without default) and whose inputs are its media
(``image`` positional for an agent that needs ``input.originalImage``; ``images=``,
``videos=``, ``audios=`` lists for the rest), plus the namespaces ``CatalogAgents`` /
``AsyncCatalogAgents`` (``client.catalog.<agent>(...)``) and the six documented agents'
builders under their historical method names. Nothing in it is typed by hand.

The six documented agents' client methods (``DocumentedAgents`` /
``AsyncDocumentedAgents``, bases of the clients) go to a module of their own,
``weshop/_documented_agents.py`` (:func:`render_documented`): the client needs them when
it is defined, the ~200 catalog agents only when ``client.catalog`` is first read — so
``import weshop`` does not load them (cold start, issue 21).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

HEADER: Final = '''"""Every agent of the catalog, typed — GENERATED from generated/openapi.yaml by
codegen/typed_agents.py (``nox -s generate``); do not edit, ``nox -s drift`` checks it.

One builder per agent (keywords = the agent's params in snake_case, enums as ``Literal``)
returning an :class:`~weshop._agent_methods.AgentCall`; ``CatalogAgents`` /
``AsyncCatalogAgents`` have one method per agent (``client.catalog.<agent>(...)``), and
``DocumentedAgents`` / ``AsyncDocumentedAgents`` the six documented agents' methods of
the client (``client.aimodel(...)``): same signature, submitted through ``runs``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Unpack

from typing import TYPE_CHECKING

from ._agent_methods import AgentCall, ProgressCallback, build_call
from ._constants import DEFAULT_AGENT_VERSION, DEFAULT_BATCH_COUNT, DEFAULT_WAIT_TIMEOUT
from ._options import PollRequestOptions
from ._uploads import ImageInput

if TYPE_CHECKING:
    from ._async.runs import AsyncRuns
    from ._models import AsyncRun, Run
    from ._sync.runs import Runs

'''

#: The module of the six documented agents' client methods (``render_documented``).
DOCUMENTED_MODULE: Final = "_documented_agents.py"

DOCUMENTED_HEADER: Final = '''"""The six documented agents as methods of the client — GENERATED from
generated/openapi.yaml by codegen/typed_agents.py (``nox -s generate``); do not edit,
``nox -s drift`` checks it.

``DocumentedAgents`` / ``AsyncDocumentedAgents`` are bases of ``WeShop`` /
``AsyncWeShop`` (``client.aimodel(...)``): same signatures as the builders of
``_typed_agents``, submitted through ``runs``. Apart from that module so that defining the
client does not load every catalog agent (``client.catalog`` loads them when first read);
each method imports the call builder (``_agent_methods``) when first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Unpack

from typing import TYPE_CHECKING

from ._constants import DEFAULT_AGENT_VERSION, DEFAULT_BATCH_COUNT, DEFAULT_WAIT_TIMEOUT
from ._options import PollRequestOptions
from ._uploads import ImageInput

if TYPE_CHECKING:
    from ._agent_methods import ProgressCallback
    from ._async.runs import AsyncRuns
    from ._models import AsyncRun, Run
    from ._sync.runs import Runs

'''

MEDIA: Final = ("images", "videos", "audios")
IMAGE_INPUTS: Final = ("originalImage", "fashionModelImage", "locationImage")


def snake(wire: str) -> str:
    """``maskType`` → ``mask_type``; ``customMaskUrl`` → ``custom_mask_url``."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", wire).lower()
    return f"{name}_" if keyword.iskeyword(name) else name


def python_name(agent: str) -> str:
    """Same rule as ``weshop._catalog.python_name`` (a test checks they agree)."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", agent).strip("_")
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()
    return f"agent_{name}" if name[:1].isdigit() else name


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def annotation(schema: Mapping[str, Any], wire: str) -> str:
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(value) for value in schema["enum"]) + "]"
    kind = schema.get("type")
    if wire == "customMask":
        return "str | bytes"  # PNG bytes are sent base64-encoded
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "string":
        return "str"
    if kind == "array":
        items = schema.get("items", {})
        return f"Sequence[{annotation(items, '') if isinstance(items, Mapping) else 'Any'}]"
    return "Any"


def _doc(text: str, indent: str = "    ") -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > 84:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return f"\n{indent}".join(lines)


def _agent(name: str, function: str, entry: Mapping[str, Any], spec: Mapping[str, Any]) -> Agent:
    params_schema = _resolve(spec, entry.get("params", {}))
    properties: Mapping[str, Any] = params_schema.get("properties", {})
    required = set(params_schema.get("required", []))
    inputs: Mapping[str, Any] = entry.get("inputs", {})
    positional: list[str] = []
    keywords: list[str] = []
    wires: dict[str, str] = {}
    image_inputs: dict[str, str] = {}
    media: list[str] = []
    original = inputs.get("originalImage")
    if original is not None:
        if original.get("required"):
            positional.append("image: ImageInput")
        else:
            keywords.append("image: ImageInput | None = None")
        image_inputs["image"] = "originalImage"
    for wire in IMAGE_INPUTS[1:]:
        if wire in inputs:
            keywords.append(f"{snake(wire)}: ImageInput | None = None")
            image_inputs[snake(wire)] = wire
    for wire in MEDIA:
        if wire not in inputs:
            continue
        item = "ImageInput" if wire == "images" else "str"
        if inputs[wire].get("required"):
            keywords.append(f"{wire}: Sequence[{item}]")
        else:
            keywords.append(f"{wire}: Sequence[{item}] | None = None")
        media.append(wire)
    ordered = sorted(properties, key=lambda wire: (wire not in required, 0))
    for wire in ordered:
        if wire in MEDIA or wire in IMAGE_INPUTS:
            continue
        schema = properties[wire]
        kwarg = snake(wire)
        wires[kwarg] = wire
        hint = annotation(schema, wire)
        if wire == "batchCount":
            # Always sent: the facade's default, not the server's (CONTRIBUTING.md, "Where
            # the documents disagree").
            keywords.append(f"{kwarg}: {hint} = DEFAULT_BATCH_COUNT")
        elif wire in required and "x-facade-default" in schema:
            keywords.append(f"{kwarg}: {hint} = {schema['x-facade-default']!r}")
        elif wire in required:
            keywords.append(f"{kwarg}: {hint}")
        else:
            keywords.append(f"{kwarg}: {hint} | None = None")
    keywords += [
        "version: str = DEFAULT_AGENT_VERSION",
        "wait: bool = True",
        "timeout: float = DEFAULT_WAIT_TIMEOUT",
        "on_progress: ProgressCallback | None = None",
        "idempotency_key: str | None = None",
        "task_name: str | None = None",
        "callback_url: str | None = None",
        "extra_body: Mapping[str, Any] | None = None",
    ]
    # Required keywords first, so that the signature is valid Python.
    keywords.sort(key=lambda text: "=" in text)
    # The per-call request options, declared once (weshop._options).
    keywords.append("**options: Unpack[PollRequestOptions]")
    args = [*positional, "/"] if positional else []
    signature = ", ".join([*args, "*", *keywords])
    result = entry.get("result", {})
    makes = (
        f"an image or a video, by ``{snake(str(result.get('parameter')))}``"
        if result.get("kind") == "parameter"
        else f"{'a video' if result.get('kind') == 'video' else 'images'}"
    )
    summary = str(entry.get("summary", "")).rstrip(".")
    version, source = entry.get("version", "v1.0"), entry.get("source")
    doc = f"``{name}`` {version}: {summary}. Makes {makes}. Source: {source}."
    call = (
        f"build_call({name!r}, locals(), wires={wires!r}, "
        f"image_inputs={image_inputs!r}, media={tuple(media)!r})"
    )
    return Agent(function, signature, doc, call)


@dataclass(frozen=True)
class Agent:
    """One agent's generated parts: its Python name, keyword signature, summary and the
    ``build_call(...)`` expression its builder and its methods evaluate."""

    function: str
    signature: str
    doc: str
    call: str

    def builder(self) -> str:
        return (
            f"def {self.function}({self.signature}) -> AgentCall:\n"
            f'    """{_doc(self.doc)}"""\n'
            f"    return {self.call}\n"
        )

    def method(self, runs: str, *, is_async: bool, import_builder: bool = False) -> str:
        """The method submitting the call through ``runs`` (``runs._submit``), its
        signature the builder's: no wrapper, no signature rewritten at import. With
        ``import_builder``, ``build_call`` is imported by the method when first called."""
        returns = "AsyncRun" if is_async else "Run"
        indent = "        "
        doc = f"{_doc(self.doc, indent)}\n\n{indent}{_doc(SUBMITS.format(returns=returns), indent)}"
        imports = (
            "        from ._agent_methods import build_call  # with the first call\n\n"
            if import_builder
            else ""
        )
        return (
            f"    {'async ' if is_async else ''}def {self.function}(self, {self.signature}) "
            f"-> {returns}:\n"
            f'        """{doc}"""\n'
            f"{imports}"
            f"        return {'await ' if is_async else ''}{runs}._submit({self.call})\n"
        )


#: The namespace's own members: the ``runs`` its methods submit through.
NAMESPACE: Final = """    def __init__(self, runs: {runs}) -> None:
        self._runs = runs

    def __repr__(self) -> str:
        return f"<{{type(self).__name__}} through {{self._runs!r}}>"

"""

#: Added to each method's docstring (after the builder's).
SUBMITS: Final = (
    "Submits the run and, with ``wait=True`` (default), waits for it and returns the "
    "finished {returns}; with ``wait=False`` returns the {returns} just submitted. Raises "
    "RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing "
    "sent) for parameters that break a rule of the spec."
)


def _catalog(spec: Mapping[str, Any]) -> tuple[dict[str, Agent], dict[str, str]]:
    """Every agent (name → :class:`Agent`) and the six documented ones (method → params
    schema name)."""
    agents: Mapping[str, Mapping[str, Any]] = spec.get("x-weshop-agents", {})
    built: dict[str, Agent] = {}
    six: dict[str, str] = {}
    for name, entry in agents.items():
        # The six keep their method names (``expand_image``); the rest are derived.
        agent = _agent(name, str(entry.get("pythonName") or python_name(name)), entry, spec)
        built[name] = agent
        if entry.get("pythonName"):
            six[agent.function] = str(entry["params"].get("$ref", "")).rsplit("/", 1)[-1]
    return built, six


def render(spec: Mapping[str, Any]) -> str:
    """The source of ``weshop/_typed_agents.py`` (unformatted; the pipeline runs ruff)."""
    built, six = _catalog(spec)
    parts = [HEADER, *(agent.builder() for agent in built.values())]
    names = ", ".join(f"{name!r}: {agent.function}" for name, agent in built.items())
    parts.append(
        f"#: Agent name → builder.\nBUILDERS: dict[str, Callable[..., AgentCall]] = {{{names}}}\n"
    )
    builders = ", ".join(f"{m!r}: ({m}, {schema!r})" for m, schema in six.items())
    parts.append(
        "#: The six documented agents: facade method name → (builder, params schema).\n"
        "AGENT_BUILDERS: dict[str, tuple[Callable[..., AgentCall], str]] = "
        f"{{{builders}}}\n"
    )
    parts.append(
        "class CatalogAgents:\n"
        '    """Every catalog agent as a method: ``client.catalog.kling(images=[...], ...)``\n'
        '    submits the run and (``wait=True``) returns the finished :class:`~weshop.Run`."""\n\n'
        + NAMESPACE.format(runs="Runs")
        + "\n".join(a.method("self._runs", is_async=False) for a in built.values())
    )
    parts.append(
        "class AsyncCatalogAgents:\n"
        '    """Every catalog agent as a coroutine method; see :class:`CatalogAgents`."""\n\n'
        + NAMESPACE.format(runs="AsyncRuns")
        + "\n".join(a.method("self._runs", is_async=True) for a in built.values())
    )
    return "\n\n".join(parts)


def render_documented(spec: Mapping[str, Any]) -> str:
    """The source of ``weshop/_documented_agents.py``: the six documented agents' methods
    of the client (unformatted; the pipeline runs ruff)."""
    built, six = _catalog(spec)
    documented = [agent for agent in built.values() if agent.function in six]
    parts = [DOCUMENTED_HEADER]
    parts.append(
        "class DocumentedAgents:\n"
        '    """The six documented agents as methods of the client: ``client.aimodel(...)``.'
        '"""\n\n'
        "    runs: Runs\n\n"
        + "\n".join(a.method("self.runs", is_async=False, import_builder=True) for a in documented)
    )
    parts.append(
        "class AsyncDocumentedAgents:\n"
        '    """The six documented agents as coroutine methods of ``AsyncWeShop``."""\n\n'
        "    runs: AsyncRuns\n\n"
        + "\n".join(a.method("self.runs", is_async=True, import_builder=True) for a in documented)
    )
    return "\n\n".join(parts)
