"""Maintenance script: write ``overlay/catalog-2026-04.overlay.yaml`` from the vendor's documents.

Not part of the build. The pipeline reads only the committed overlay this script writes;
run it again (and commit its output) when the vendor publishes new reference pages::

    npm install --prefix /tmp/vcli weshop-cli@0.2.22
    python -m codegen.catalog --docs ../shared/docs/weshop-api \\
        --vendor-cli /tmp/vcli/node_modules/weshop-cli/dist/commands

Sources, in order of authority:

1. ``catalog-2026-04/references/<agent>.md`` — one page per agent: input fields, run
   parameters (type, required, enum values, default, range, "up to N" counts).
2. The vendor CLI's compiled commands (``weshop-cli`` 0.2.22): the option names it maps to
   each wire parameter (``--prompt`` → ``textDescription``), the result kind it prints
   ("Results come back in video[N].url"), and — for the agents without a reference page —
   their inputs, parameters, defaults and counts.
3. ``CONDITIONALS`` below: the rules a page states in prose (durations per model), each
   citing its page.

Each agent becomes one overlay action adding ``x-weshop-agents.<name>``: ``params`` (a JSON
Schema of the agent's run parameters), ``request`` (the inputs it needs and how many, plus
``params``; ``RunRequest`` selects it by ``agent.name``), ``result`` (image, video, or
decided by a parameter) and ``source``. The six agents the main overlay already models keep
their params schemas there; their entries here add inputs and result kind.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import yaml

OUTPUT: Final = Path(__file__).resolve().parent.parent / "overlay" / "catalog-2026-04.overlay.yaml"

#: The six agents whose params schemas live in the main overlay (components/schemas).
MODELLED: Final[Mapping[str, str]] = {
    "aimodel": "AimodelParams",
    "aiproduct": "AiproductParams",
    "aipose": "AiposeParams",
    "expandimage": "ExpandimageParams",
    "removeBG": "RemovebgParams",
    "virtualtryon": "VirtualtryonParams",
}

#: The six in the order the main overlay's ``KnownAgentName`` lists them.
MODELLED_ORDER: Final = (
    "virtualtryon",
    "aimodel",
    "aiproduct",
    "aipose",
    "expandimage",
    "removeBG",
)

#: The six agents' facade method names (``client.expand_image``), kept from before the
#: catalog; every other agent's name is derived (``client.catalog.ai_3d_rendering``).
PYTHON_NAMES: Final[Mapping[str, str]] = {
    "expandimage": "expand_image",
    "removeBG": "remove_background",
    "virtualtryon": "virtual_try_on",
    "aimodel": "aimodel",
    "aiproduct": "aiproduct",
    "aipose": "aipose",
}

#: Media inputs: the wire field in ``input`` and in ``params`` and its CLI option.
MEDIA: Final = ("images", "videos", "audios")


def _seconds(low: int, high: int) -> list[str]:
    return [f"{n}s" for n in range(low, high + 1)]


#: Rules stated in prose on a page (a regular table cell cannot carry them).
def _kling_durations(cite: str) -> list[dict[str, Any]]:
    """Kling 3.0 offers 3s-15s; the other Kling models 5s and 10s."""
    return [
        {
            "cite": cite,
            "enum": _seconds(3, 15),
            "when": {"param": "modelName", "not_in": ["Kling_3_0"], "default": "Kling_3_0"},
            "then": ["5s", "10s"],
        }
    ]


CONDITIONALS: Final[Mapping[str, list[dict[str, Any]]]] = {
    "kling": _kling_durations("kling.md: duration (Kling_3_0: 3s-15s; others: 5s, 10s)"),
    "ai-image-animation": _kling_durations(
        "ai-image-animation.md: duration (Kling_3_0: 3s-15s; Kling_2_6: 5s, 10s)"
    ),
    "ai-werewolf": _kling_durations(
        "ai-werewolf.md: duration (Kling_3_0: 3s-15s, Kling_2_6: 5s or 10s)"
    ),
    "seedance": [
        {
            "cite": "seedance.md: duration (Seedance_20/1.5_Pro: 4s-15s; 1.0_Pro/Fast: 2s-12s)",
            "enum": _seconds(2, 15),
            "when": {
                "param": "modelName",
                "not_in": ["Seedance_10_Pro", "Seedance_10_Pro_Fast"],
                "default": "Seedance_20",
            },
            "then": _seconds(4, 15),
            "else": _seconds(2, 12),
        }
    ],
}

#: ``videoSize`` is described as "e.g. 2K or 4K" on every page that has it; we take
#: those two as its values (CONTRIBUTING.md, the catalog's choices).
FREE_TEXT_ENUMS: Final[Mapping[str, list[str]]] = {"videoSize": ["2K", "4K"]}


# --------------------------------------------------------------------------- pages
_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|\s*(Yes|No)\s*\|\s*(.*?)\s*\|\s*$")


def _table(text: str, heading: str) -> list[tuple[str, str, bool, str]]:
    section = text.split(f"## {heading}", 1)
    if len(section) < 2:
        return []
    rows = []
    for line in section[1].split("\n## ", 1)[0].splitlines():
        match = _ROW.match(line)
        if match:
            name, kind, required, notes = match.groups()
            rows.append((name, kind, required == "Yes", notes))
    return rows


def _segments(notes: str) -> list[str]:
    """The ``; ``-separated parts of a notes cell, not splitting inside backticks."""
    parts, current, quoted = [], "", False
    for index, char in enumerate(notes):
        if char == "`":
            quoted = not quoted
        if char == ";" and not quoted and notes[index + 1 : index + 2] == " ":
            parts.append(current.strip())
            current = ""
            continue
        current += char
    parts.append(current.strip())
    return parts


def _property(name: str, kind: str, required: bool, notes: str) -> dict[str, Any]:
    prop: dict[str, Any] = {}
    described: list[str] = []
    for segment in _segments(notes):
        values = re.fullmatch(r"`[^`]*`(?:, `[^`]*`)*", segment)
        if values:
            prop["enum"] = re.findall(r"`([^`]*)`", segment)
        elif segment.startswith("default `") and segment.endswith("`"):
            prop["default"] = segment[len("default `") : -1]
        elif re.fullmatch(r"range `\d+-\d+`", segment):
            low, high = re.findall(r"\d+", segment)
            prop["minimum"], prop["maximum"] = int(low), int(high)
        elif re.fullmatch(r"up to \d+", segment):
            prop["maxItems"] = int(segment.split()[-1])
        else:
            described.append(segment)
    if kind == "integer":
        prop = {"type": "integer", **prop}
        if "default" in prop:
            prop["default"] = int(prop["default"])
    elif kind == "array":
        item = {"type": "string", "format": "uri"} if name in MEDIA else {"type": "string"}
        prop = {"type": "array", "items": item, **prop}
        if required:
            prop["minItems"] = 1
    else:
        prop = {"type": "string", **prop}
        if required and "enum" not in prop:
            prop["minLength"] = 1
    if name in FREE_TEXT_ENUMS and "enum" not in prop:
        prop["enum"] = list(FREE_TEXT_ENUMS[name])
        default = re.search(r"\(default: ([^)]+)\)", notes)
        if default:
            prop["default"] = default.group(1)
    description = "; ".join(described).strip()
    return {"description": description, **prop} if description else prop


def parse_page(path: Path) -> dict[str, Any]:
    """An agent's inputs and params as its reference page states them."""
    text = path.read_text(encoding="utf-8")
    title = re.match(r"# (\S+) \((v[\d.]+)\)\s*\n+(.+)", text)
    if not title:
        raise SystemExit(f"{path}: no '# name (version)' title")
    name, version, summary = title.groups()
    inputs: dict[str, dict[str, Any]] = {}
    for field, _kind, required, notes in _table(text, "Input fields"):
        wire = field.removeprefix("input.")
        inputs[wire] = {"required": required}
        count = re.search(r"up to (\d+)", notes)
        if count:
            inputs[wire]["maxItems"] = int(count.group(1))
    params: dict[str, Any] = {}
    required_params: list[str] = []
    for field, kind, required, notes in _table(text, "Run parameters"):
        if field in ("originalImage", "fashionModelImage", "locationImage"):
            continue  # the input of the same name (pages list it twice)
        prop = _property(field, kind, required, notes)
        if field in MEDIA:
            inputs.setdefault(field, {"required": required})
            if "maxItems" in prop:
                inputs[field]["maxItems"] = prop["maxItems"]
        params[field] = prop
        if required and field not in MEDIA:
            required_params.append(field)
    return {
        "name": name,
        "version": version,
        "summary": summary.strip(),
        "source": f"catalog-2026-04/references/{path.name}",
        "inputs": inputs,
        "params": params,
        "required": required_params,
    }


# --------------------------------------------------------------------------- vendor CLI
_OPTION = re.compile(
    r'\.(requiredOption|option)\("--([a-z0-9-]+)(?: <([^>]+)>)?",\s*"((?:[^"\\]|\\.)*)"'
)


def _camel(option: str) -> str:
    head, *rest = option.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def registered_commands(index: Path) -> set[str]:
    """The command files the vendor CLI's program actually adds (``program.addCommand``)."""
    text = index.read_text(encoding="utf-8")
    imported = dict(re.findall(r'import \{ (\w+) \} from "\./commands/([^"]+)\.js"', text))
    return {stem for var, stem in imported.items() if f"addCommand({var})" in text}


def parse_command(path: Path) -> dict[str, Any] | None:
    """What one compiled vendor command sends: agent, options → wire names, inputs."""
    text = path.read_text(encoding="utf-8")
    run = re.search(r'executeRun\("([^"]+)", "([^"]+)", (opts|\{[^}]*\})', text, re.S)
    if not run:
        return None  # upload / status / info
    agent, version, layout = run.groups()
    command = re.search(r'new Command\("([^"]+)"\)', text)
    summary = re.search(r'\.summary\("((?:[^"\\]|\\.)*)"\)', text)
    options = {
        flag: {"required": how == "requiredOption", "metavar": metavar or "", "help": help_}
        for how, flag, metavar, help_ in _OPTION.findall(text)
    }
    wire: dict[str, str] = {}
    for pattern in (
        r"params\.(\w+) = (?:\(await resolveImage\()?opts\.(\w+)",
        r"\b(\w+): (?:\(await resolveImage\()?opts\.(\w+)",
        r"params\.(\w+) = \w+\(opts\.(\w+)",
    ):
        for param, opt in re.findall(pattern, text):
            if param in ("images", "videos", "audios", "image", "wait", "taskName"):
                continue
            wire.setdefault(opt, param)
    # `const modelName = opts.model ?? ...; params = {modelName, ...}`
    for var, opt in re.findall(r"const (\w+) = opts\.(\w+) \?\?", text):
        if re.search(rf"\b{var},", text):
            wire.setdefault(opt, var)
    defaults = dict(re.findall(r"(\w+): opts\.\w+ \?\? \"([^\"]*)\"", text))
    media: dict[str, dict[str, Any]] = {}
    image_opt = options.get("image")
    if (layout == "opts" or "image: opts.image" in layout) and image_opt:
        media["images"] = {"required": image_opt["required"], "maxItems": 1}
    if "images:" in layout and image_opt:
        limit = re.search(r"Maximum (\d+) images", text) or re.search(
            r"(?:up to |1[\u2013-])(\d+)", image_opt["help"]
        )
        media["images"] = {"required": image_opt["required"]}
        if limit:
            media["images"]["maxItems"] = int(limit.group(1))
        exactly = re.search(r"[Ee]xactly (\d+) images", text)
        if exactly:
            count = int(exactly.group(1))
            media["images"].update(required=True, minItems=count, maxItems=count)
    for kind, flag in (("videos", "video"), ("audios", "audio")):
        if f"{kind}:" in layout and flag in options:
            media[kind] = {"required": options[flag]["required"]}
            limit = re.search(rf"Maximum (\d+) {kind}", text)
            if "[opts.video]" in layout or limit is None:
                media[kind]["maxItems"] = int(limit.group(1)) if limit else 1
            else:
                media[kind]["maxItems"] = int(limit.group(1))
    return {
        "command": command.group(1) if command else path.stem,
        "agent": agent,
        "version": version,
        "summary": summary.group(1) if summary else "",
        "options": options,
        "wire": wire,
        "defaults": defaults,
        "media": media,
        "video": "Results come back in video[N].url" in text,
        "source": f"weshop-cli@0.2.22 dist/commands/{path.name}",
    }


# --------------------------------------------------------------------------- entries
def _result(page: Mapping[str, Any] | None, command: Mapping[str, Any] | None) -> dict[str, Any]:
    params = page["params"] if page else {}
    if command and "generatedType" not in params and "generatedType" in command["wire"].values():
        params = {"generatedType": {"enum": ["video", "image"], "default": "video"}}
    if "generatedType" in params:
        prop = params["generatedType"]
        return {
            "kind": "parameter",
            "parameter": "generatedType",
            "default": prop.get("default", "image"),
            "values": {value: value for value in prop.get("enum", ["image", "video"])},
        }
    if command and command["video"]:
        return {"kind": "video"}
    inputs = page["inputs"] if page else (command or {}).get("media", {})
    summary = (page or command or {}).get("summary", "")
    if "videos" in inputs or re.search(r"\bvideos?\b", summary, re.I):
        return {"kind": "video"}
    return {"kind": "image"}


def _media_rules(name: str, inputs: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The request schema's input part: which media inputs are needed, and how many."""
    input_props: dict[str, Any] = {}
    param_props: dict[str, Any] = {}
    rules: list[dict[str, Any]] = []
    required_input: list[str] = []
    for wire, spec in inputs.items():
        if wire in MEDIA:
            limit = {key: spec[key] for key in ("minItems", "maxItems") if key in spec}
            if limit:
                input_props[wire] = dict(limit)
                param_props[wire] = dict(limit)
            if spec["required"]:
                rules.append(
                    {
                        "x-rule": "agent-inputs",
                        "description": f"{name} needs {wire} (input.{wire} or params.{wire}).",
                        "anyOf": [
                            {"required": [part], "properties": {part: {"required": [wire]}}}
                            for part in ("input", "params")
                        ],
                    }
                )
        elif spec["required"]:
            required_input.append(wire)
    if required_input:
        rules.append(
            {
                "x-rule": "agent-inputs",
                "description": f"{name} needs input.{', input.'.join(required_input)}.",
                "required": ["input"],
                "properties": {"input": {"required": required_input}},
            }
        )
    schema: dict[str, Any] = {}
    if input_props:
        schema.setdefault("properties", {})["input"] = {"properties": input_props}
    if param_props:
        schema.setdefault("properties", {})["params"] = {"properties": param_props}
    if rules:
        schema["allOf"] = rules
    return schema


def _conditionals(name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    rules = []
    for rule in CONDITIONALS.get(name, []):
        when = rule["when"]
        params["duration"]["enum"] = rule["enum"]
        # The models the rule is about, spelled out (a `not` would do, but generators such
        # as schemathesis' need the complement written down).
        models = [m for m in params[when["param"]]["enum"] if m not in when["not_in"]]
        condition = {
            "required": [when["param"]],
            "properties": {when["param"]: {"enum": models}},
        }
        entry: dict[str, Any] = {
            "x-rule": f"{name}-duration",
            "description": f"{name}: the durations the chosen model offers ({rule['cite']}).",
            "if": condition,
            "then": {"properties": {"duration": {"enum": rule["then"]}}},
        }
        if "else" in rule:
            entry["else"] = {"properties": {"duration": {"enum": rule["else"]}}}
        rules.append(entry)
    return rules


def _cli_names(params: Mapping[str, Any], command: Mapping[str, Any] | None) -> None:
    """Mark each parameter whose vendor CLI option is not its kebab-cased wire name."""
    if not command:
        return
    for opt, wire in command["wire"].items():
        flag = re.sub(r"([A-Z])", r"-\1", opt).lower()
        if wire in params and _camel(flag) != wire:
            params[wire]["x-cli-option"] = flag


def _command_params(command: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Params of an agent without a reference page, as its vendor command shows them."""
    params: dict[str, Any] = {}
    required: list[str] = []
    for opt, wire in command["wire"].items():
        flag = re.sub(r"([A-Z])", r"-\1", opt).lower()
        option = command["options"].get(flag, {})
        help_ = option.get("help", "").replace("\\n", " ")
        prop: dict[str, Any]
        if wire == "batchCount":
            prop = {"type": "integer", "minimum": 1, "maximum": 16, "default": 1}
        elif re.search(r"parseInt|Number\(", re.split(rf"--{flag}\b", str(command))[0][-1:]):
            prop = {"type": "integer"}
        else:
            prop = {"type": "string"}
        default = re.search(r"\(default: ([^)]+)\)", help_) or re.search(
            r"(\S+) \(default\)", help_
        )
        if wire in command["defaults"]:
            prop["default"] = command["defaults"][wire]
        elif default and prop["type"] == "string":
            prop["default"] = default.group(1)
        if help_:
            prop = {"description": help_, **prop}
        if option.get("required"):
            required.append(wire)
            if prop["type"] == "string":
                prop["minLength"] = 1
        params[wire] = prop
    for wire, spec in command["media"].items():
        params[wire] = {"type": "array", "items": {"type": "string", "format": "uri"}}
        if "maxItems" in spec:
            params[wire]["maxItems"] = spec["maxItems"]
    return params, required


def _reconcile(
    inputs: dict[str, dict[str, Any]], params: dict[str, Any], command: Mapping[str, Any] | None
) -> None:
    """Where the vendor CLI sends runs its page rules out, the CLI wins — its runs are known
    to work against the live service (CONTRIBUTING.md, the catalog's choices): a larger
    "up to N" (kling: a first and a last frame), an input the page requires but the CLI
    makes optional (seedance: text-only runs), media the page does not list, and
    parameters the page does not list (typed as the CLI sends them)."""
    if not command:
        return
    for wire, spec in command["media"].items():
        have = inputs.get(wire)
        if wire == "images" and "originalImage" in inputs:
            continue  # the CLI's one image is the page's input.originalImage
        if have is None:
            inputs[wire] = dict(spec)
            params.setdefault(wire, {"type": "array", "items": {"type": "string", "format": "uri"}})
            if "maxItems" in spec:
                params[wire]["maxItems"] = spec["maxItems"]
            continue
        if have["required"] and not spec["required"]:
            have["required"] = False
            params.get(wire, {}).pop("minItems", None)
        if "maxItems" in have and spec.get("maxItems", 0) > have["maxItems"]:
            have["maxItems"] = spec["maxItems"]
            if wire in params:
                params[wire]["maxItems"] = spec["maxItems"]
        if "minItems" in spec:
            have["minItems"] = spec["minItems"]
            if wire in params:
                params[wire]["minItems"] = spec["minItems"]
    extra, _ = _command_params(command)
    for wire, prop in extra.items():
        if wire not in params and wire not in MEDIA:
            params[wire] = prop


def build_entries(docs: Path, vendor: Path | None) -> dict[str, dict[str, Any]]:
    pages = {
        page["name"]: page
        for page in (
            parse_page(path)
            for path in sorted((docs / "catalog-2026-04" / "references").glob("*.md"))
            if path.name != "shared-enums.md"
        )
    }
    commands: dict[str, dict[str, Any]] = {}
    if vendor is not None:
        registered = registered_commands(vendor.parent / "index.js")
        for path in sorted(vendor.glob("*.js")):
            if path.stem not in registered:
                continue  # compiled but never added to the program: not a command
            parsed = parse_command(path)
            if parsed:
                commands.setdefault(parsed["agent"], parsed)
    entries: dict[str, dict[str, Any]] = {}
    for name in sorted(set(pages) | set(commands), key=str.lower):
        page, command = pages.get(name), commands.get(name)
        entry: dict[str, Any] = {
            "version": (page or command or {})["version"],
            "summary": (page or command or {})["summary"],
            "source": page["source"] if page else command["source"],  # type: ignore[index]
            "result": _result(page, command),
        }
        if page:
            inputs, params, required = page["inputs"], page["params"], page["required"]
            _reconcile(inputs, params, command)
        else:
            assert command is not None
            inputs = command["media"]
            params, required = _command_params(command)
            entry["documented"] = False
        if name in MODELLED:
            params_schema: dict[str, Any] = {"$ref": f"#/components/schemas/{MODELLED[name]}"}
        else:
            _cli_names(params, command)
            params_schema = {"type": "object", "properties": params}
            if required:
                params_schema["required"] = required
            conditionals = _conditionals(name, params)
            if conditionals:
                params_schema["allOf"] = conditionals
        entry["inputs"] = {wire: dict(spec) for wire, spec in inputs.items()}
        entry["params"] = params_schema
        request = _media_rules(name, inputs)
        # The agent's params schema; a `$ref` carries no sibling keywords (tools such as
        # Prism drop one or the other), so the media limits sit beside it in an allOf.
        target = (
            f"#/components/schemas/{MODELLED[name]}"
            if name in MODELLED
            else f"#/x-weshop-agents/{name}/params"
        )
        limits = request.setdefault("properties", {}).get("params")
        request["properties"]["params"] = (
            {"allOf": [{"$ref": target}, limits]} if limits else {"$ref": target}
        )
        entry["request"] = request
        if command:
            entry["vendorCommand"] = command["command"]
        if name in PYTHON_NAMES:
            entry["pythonName"] = PYTHON_NAMES[name]
        entries[name] = entry
    return entries


def _branch(name: str) -> dict[str, Any]:
    """RunRequest's branch for one catalog agent: its name, then its request rules."""
    selects = (
        f"{MODELLED[name]} and x-weshop-agents.{name}.request"
        if name in MODELLED
        else f"x-weshop-agents.{name}.request"
    )
    return {
        # The six agents' branches keep the rule id that names a params schema choice.
        "x-rule": "agent-params" if name in MODELLED else "agent-catalog",
        "description": f"agent.name={name} selects {selects}.",
        "required": ["agent"],
        "properties": {"agent": {"required": ["name"], "properties": {"name": {"const": name}}}},
        "allOf": [{"$ref": f"#/x-weshop-agents/{name}/request"}],
    }


def _other_names(entries: Mapping[str, Any]) -> dict[str, Any]:
    """RunRequest's branch for an agent name outside the catalog (or none): generic rules."""
    return {
        "x-rule": "agent-catalog",
        "description": "Any other agent.name keeps the generic rules (RunParams).",
        "properties": {"agent": {"properties": {"name": {"not": {"enum": list(entries)}}}}},
    }


def overlay_document(entries: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    actions: list[dict[str, Any]] = [
        {
            "target": "$",
            "x-expect": 1,
            "description": (
                "The agent catalog: one entry per agent under x-weshop-agents "
                "(catalog-2026-04/integration-2026-04-03.md, 'Choose the correct agent')."
            ),
            "update": {"x-weshop-agents": {}},
        }
    ]
    for name, entry in entries.items():
        actions.append(
            {
                "target": "$['x-weshop-agents']",
                "x-expect": 1,
                "description": f"{name}: {entry['source']}",
                "update": {name: entry},
            }
        )
    actions.append(
        {
            "target": "$.components.schemas.KnownAgentName.enum",
            "x-expect": 1,
            "description": (
                "Drop the main overlay's six names: the next action lists the whole catalog."
            ),
            "remove": True,
            "x-removes-enum": list(MODELLED_ORDER),
        }
    )
    actions.append(
        {
            "target": "$.components.schemas.KnownAgentName",
            "x-expect": 1,
            "description": (
                "Every agent name of the catalog (catalog-2026-04/integration-2026-04-03.md;"
                " weshop-cli 0.2.22): the enum replaces the six of the main overlay."
            ),
            "update": {
                "enum": [*MODELLED_ORDER, *(name for name in entries if name not in MODELLED)]
            },
        }
    )
    actions.append(
        {
            "target": "$.components.schemas.RunRequest",
            "x-expect": 1,
            "x-rule": "agent-catalog",
            "description": (
                "agent.name selects the catalog entry's inputs and params "
                "(x-weshop-agents.<name>.request); other names keep the generic rules. "
                "One anyOf of mutually exclusive branches (agent.name const; the last "
                "for every other name), not an if/then per agent: see "
                "docs/contract-tests.md, 'How RunRequest selects an agent'."
            ),
            "update": {
                # One if/then whose `then` is the selection (agent is required, so it
                # always applies): generators that type models from properties
                # (openapi-python-client) leave it to validators, as they cannot type a
                # union of 143 object schemas; Prism (which ignores dependentSchemas),
                # schemathesis and jsonschema apply it.
                "allOf": [
                    {
                        "x-rule": "agent-catalog",
                        "description": "agent.name selects the agent's request rules.",
                        "if": {"required": ["agent"]},
                        "then": {
                            "anyOf": [*(_branch(name) for name in entries), _other_names(entries)]
                        },
                    }
                ]
            },
        }
    )
    return {
        "overlay": "1.0.0",
        "info": {
            "title": "WeShop agent catalog (2026-04)",
            "version": "1.0.0",
            "description": (
                "Written by `python -m codegen.catalog` from catalog-2026-04/references/*.md "
                "and the compiled commands of weshop-cli 0.2.22 (see codegen/catalog.py); "
                "do not edit by hand, run the script again."
            ),
        },
        "extends": "codegen/upstream/openapi.yaml",
        "actions": actions,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.catalog", description=__doc__)
    parser.add_argument("--docs", type=Path, required=True, help="shared/docs/weshop-api")
    parser.add_argument("--vendor-cli", type=Path, help="node_modules/weshop-cli/dist/commands")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    entries = build_entries(args.docs, args.vendor_cli)
    text = yaml.safe_dump(overlay_document(entries), sort_keys=False, allow_unicode=True, width=100)
    args.output.write_text(text, encoding="utf-8")
    documented = sum(1 for entry in entries.values() if entry.get("documented", True))
    print(f"{args.output}: {len(entries)} agents ({documented} with a reference page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
