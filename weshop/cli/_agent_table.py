"""The six typed agent commands as data: each command's agent, facade method, presets,
extra inputs and examples; its parameter options are read from the spec
(:func:`spec_params`), never declared here. Light (the spec only): the top-level help
and the validation hints read it without building any parser."""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ..spec import agent_entry, cli_option
from ._spec_info import enum_values, required_params

__all__ = [
    "AGENT_COMMANDS",
    "AgentCommand",
    "Need",
    "Param",
    "Preset",
    "mask_param",
    "needs",
    "spec_params",
    "wire_options",
]


@dataclass(frozen=True)
class Param:
    """One documented run parameter as a command-line option."""

    flags: tuple[str, ...]
    wire: str
    help: str
    type: Callable[[str], Any] = str
    repeat: bool = False
    flag: bool = False
    metavar: str | None = None

    @property
    def kwarg(self) -> str:
        """The facade's keyword (``maskType`` → ``mask_type``)."""
        return re.sub(r"([A-Z])", r"_\1", self.wire).lower()


@dataclass(frozen=True)
class Preset:
    """A preset given by name, looked up in the agent's info (only when given)."""

    flag: str
    kind: str  # "location" | "fashion_model" | "background" | "dimension"
    sets: tuple[str, ...]  # facade keywords it fills
    help: str


@dataclass(frozen=True)
class AgentCommand:
    """A typed agent command: its name, the agent, the facade method and its options."""

    command: str
    agent: str
    method: str
    summary: str
    presets: tuple[Preset, ...] = ()
    custom_mask: bool = False
    extra_images: tuple[tuple[str, str, str], ...] = ()  # (flag, facade keyword, help)
    aliases: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()

    @property
    def params(self) -> tuple[Param, ...]:
        """The agent's parameter options, read from the spec."""
        return spec_params(self.agent)


def _option_type(schema: Mapping[str, Any]) -> Callable[[str], Any]:
    kind = schema.get("type")
    return int if kind == "integer" else float if kind == "number" else str


@functools.cache
def spec_params(agent: str) -> tuple[Param, ...]:
    """One option per params property the overlay gives command-line help
    (``x-cli-help``), named by ``x-cli-option`` (and ``x-cli-aliases``) or the
    kebab-cased wire name; the rest (``--batch``, ``--custom-mask``) are run options."""
    entry = agent_entry(agent)
    properties = entry.properties if entry is not None else {}
    params = []
    for wire, schema in properties.items():
        if "x-cli-help" not in schema:
            continue
        names = (cli_option(wire, schema), *schema.get("x-cli-aliases", ()))
        repeat = schema.get("type") == "array"
        text = str(schema["x-cli-help"])
        if "x-facade-default" in schema:  # what the facade sends when the option is left out
            text += f" (default: {schema['x-facade-default']})"
        params.append(
            Param(
                flags=tuple(f"--{name}" for name in names),
                wire=wire,
                help=text,
                type=_option_type(schema.get("items", {}) if repeat else schema),
                repeat=repeat,
                flag=schema.get("type") == "boolean",
                metavar="ID" if repeat else None,
            )
        )
    return tuple(params)


AGENT_COMMANDS: Final[tuple[AgentCommand, ...]] = (
    AgentCommand(
        command="aimodel",
        agent="aimodel",
        method="aimodel",
        summary="apparel model photos: replace the model, face or scene, keep the garment",
        presets=(
            Preset("--location", "location", ("location_id",), "preset scene by name"),
            Preset("--model", "fashion_model", ("fashion_model_id",), "fashion model by name"),
        ),
        custom_mask=True,
        examples=(
            "weshop aimodel --image model.jpg --generation-mode freeCreation \\\n"
            '      --mask-type autoApparelSegment --location "White Studio" --output out/',
            "weshop aimodel photo.png --generation-mode referToOrigin \\\n"
            "      --mask-type autoHumanSegment --model Letitia --batch 2 --json",
        ),
    ),
    AgentCommand(
        command="aiproduct",
        agent="aiproduct",
        method="aiproduct",
        summary="product still-life: a new scene around the product",
        presets=(Preset("--location", "location", ("location_id",), "preset scene by name"),),
        custom_mask=True,
        examples=(
            "weshop aiproduct bottle.png --generation-mode freeCreation \\\n"
            '      --prompt "on a marble table, soft morning light" --output out/',
            "weshop aiproduct shoe.webp --generation-mode referToOrigin \\\n"
            '      --location "Rooftop Terrace"',
        ),
    ),
    AgentCommand(
        command="aipose",
        agent="aipose",
        method="aipose",
        summary="change the pose, keep the garment",
        examples=(
            'weshop aipose model.jpg --prompt "arms crossed" --generate-version pro -o out/',
        ),
    ),
    AgentCommand(
        command="expandimage",
        agent="expandimage",
        method="expand_image",
        summary="expand the canvas; the new area is generated, not stretched",
        presets=(
            Preset(
                "--dimension",
                "dimension",
                ("target_width", "target_height"),
                'reference size by name, e.g. "Instagram Square 1080*1080px"',
            ),
        ),
        examples=(
            "weshop expandimage photo.jpg --width 1080 --height 1920 --output out/",
            'weshop expandimage photo.jpg --dimension "Instagram Square 1080*1080px"',
        ),
    ),
    AgentCommand(
        command="removebg",
        agent="removeBG",
        method="remove_background",
        summary="remove the background: a preset background or a colour",
        presets=(
            Preset(
                "--background",
                "background",
                ("background_id",),
                'preset background by name, e.g. "White" or "Transparent"',
            ),
        ),
        custom_mask=True,
        aliases=("removeBG",),
        examples=(
            "weshop removebg product.png --background-hex '#ffffff' --output out/",
            "weshop removebg product.png --background Transparent --json",
        ),
    ),
    AgentCommand(
        command="virtualtryon",
        agent="virtualtryon",
        method="virtual_try_on",
        summary="virtual try-on: dress a model in the garment",
        extra_images=(
            ("--model-image", "fashion_model_image", "the person to dress (path or URL)"),
            ("--location-image", "location_image", "the scene (path or URL)"),
        ),
        examples=(
            "weshop virtualtryon dress.png --model-image person.jpg \\\n"
            "      --generate-version weshopFlash --description-type auto --output out/",
            "weshop virtualtryon dress.png --version bananaPro --image-size 2K \\\n"
            '      --aspect-ratio 3:4 --description-type custom --prompt "Figure 2 wears Figure 1"',
        ),
    ),
)


# --------------------------------------------------------------------------- requirements
@dataclass(frozen=True)
class Need:
    """A parameter the spec requires and the facade has no default for."""

    param: Param
    #: Further options that give it: presets that fill it, ``--custom-mask`` for maskType.
    alternatives: tuple[str, ...]

    @property
    def message(self) -> str:
        also = f" (or {', '.join(self.alternatives)})" if self.alternatives else ""
        return f"{self.param.flags[0]}{also} is required"


def needs(spec: AgentCommand) -> list[Need]:
    """The agent's params the spec's ``required`` list names, less those the facade method
    fills in itself (a keyword with a default)."""
    from .. import WeShop  # deliberately lazy: the facade's signatures, only for this

    signature = inspect.signature(getattr(WeShop, spec.method)).parameters
    by_wire = {param.wire: param for param in spec.params}
    needs: list[Need] = []
    for wire in required_params(spec.agent):
        param = by_wire.get(wire)
        facade = signature.get(param.kwarg) if param is not None else None
        if param is None or facade is None or facade.default is not inspect.Parameter.empty:
            continue
        alternatives = [p.flag for p in spec.presets if param.kwarg in p.sets]
        if spec.custom_mask and param is mask_param(spec):
            alternatives.append("--custom-mask")
        needs.append(Need(param, tuple(alternatives)))
    return needs


def mask_param(spec: AgentCommand) -> Param:
    """The option that picks the mask: the one whose spec values include ``custom``."""
    return next(p for p in spec.params if "custom" in enum_values(spec.agent, p.wire))


# --------------------------------------------------------------------------- hints
#: Inputs and run options by wire name; the agents' parameter options are read from the
#: spec (``wire_options``).
_INPUT_OPTIONS: Final[Mapping[str, str]] = {
    "originalImage": "--image",
    "fashionModelImage": "--model-image",
    "locationImage": "--location-image",
    "taskName": "--task-name",
    "callbackUrl": "--callback-url",
    "customMask": "--custom-mask",
    "customMaskUrl": "--custom-mask",
    "batchCount": "--batch",
}


@functools.cache
def wire_options() -> tuple[Mapping[str, str], re.Pattern[str]]:
    """Wire names → the options that set them (for hints in validation messages), and
    a pattern that finds those names in a message."""
    options = dict(_INPUT_OPTIONS)
    for command in AGENT_COMMANDS:
        for param in command.params:
            presets = [preset.flag for preset in command.presets if param.kwarg in preset.sets]
            options.setdefault(param.wire, "/".join((param.flags[0], *presets)))
    names = "|".join(sorted(options, key=len, reverse=True))
    return options, re.compile(r"\b(" + names + r")\b")
