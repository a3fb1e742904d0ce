"""The six fashion agents' options are read from the spec, not declared by hand."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from weshop._catalog import agent_entry, cli_option
from weshop.cli import _agents, main
from weshop.cli._agent_table import AGENT_COMMANDS, wire_options

_CLI = Path(_agents.__file__).parent


def _derived_wires() -> set[str]:
    return {param.wire for command in AGENT_COMMANDS for param in command.params}


def test_no_parameter_wire_name_is_typed_in_the_cli_modules() -> None:
    wires = _derived_wires()
    assert {"generatedContent", "textDescription", "targetWidth", "backgroundHex"} <= wires
    for module in sorted(path.name for path in _CLI.glob("*.py")):
        tree = ast.parse((_CLI / module).read_text(encoding="utf-8"))
        literals = {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        assert not wires & literals, f"{module} names {sorted(wires & literals)}"


def test_options_follow_the_spec() -> None:
    for command in AGENT_COMMANDS:
        entry = agent_entry(command.agent)
        assert entry is not None
        for param in command.params:
            schema = entry.properties[param.wire]
            assert param.flags[0] == f"--{cli_option(param.wire, schema)}"
            assert param.flag is (schema.get("type") == "boolean")
            assert param.repeat is (schema.get("type") == "array")
    by_wire, _ = wire_options()
    assert by_wire["textDescription"] == "--prompt"
    assert by_wire["locationId"] == "--location-id/--location"
    assert by_wire["targetWidth"] == "--width/--dimension"


def test_aliases_survive() -> None:
    flags = {flag for command in AGENT_COMMANDS for param in command.params for flag in param.flags}
    assert {"--generation-mode", "--generate-version", "--version", "--model-tag-id"} <= flags
    assert {"--resize-to-original", "--result-format", "--negative-prompt"} <= flags


def test_aimodel_help_shows_the_spec_choices(capsys: pytest.CaptureFixture[str]) -> None:
    entry = agent_entry("aimodel")
    assert entry is not None
    with pytest.raises(SystemExit):
        main(["aimodel", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for wire in ("maskType", "pose"):
        values = entry.properties[wire]["enum"]
        assert "one of: " + ", ".join(values) in text
