"""How the command line is put together: lazy subcommand parsers, the public spec module
it reads, and no private import of the facade where a public one exists."""

from __future__ import annotations

import argparse

import pytest

import weshop.spec
from weshop import RequestValidationError
from weshop.cli import SUBCOMMANDS, build_parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _built(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands whose parser has options beyond ``--help`` (not just listed)."""
    return {name for name, sub in _subparsers(parser).items() if len(sub._actions) > 1}


def test_top_level_help_builds_no_subcommand() -> None:
    parser = build_parser(["--help"])
    names = {name for command in SUBCOMMANDS for name in (command.name, *command.aliases)}
    assert set(_subparsers(parser)) == names  # every command is listed
    assert _built(parser) == set()


def test_run_agent_builds_only_run_with_that_agents_options() -> None:
    parser = build_parser(["run", "kling", "--help"])
    assert _built(parser) == {"run"}
    run_help = _subparsers(parser)["run"].format_help()
    assert "kling parameters (from the API spec)" in run_help


def test_an_alias_builds_its_command() -> None:
    assert _built(build_parser(["removeBG", "x.png"])) == {"removebg", "removeBG"}


def test_without_argv_every_parser_is_built() -> None:
    assert _built(build_parser()) == {
        name for command in SUBCOMMANDS for name in (command.name, *command.aliases)
    }


def test_spec_module_public_names() -> None:
    for name in weshop.spec.__all__:
        assert hasattr(weshop.spec, name), name
    assert "kling" in weshop.spec.catalog()


def test_run_request_lays_media_out_as_the_client_does() -> None:
    body = weshop.spec.run_request(
        "kling",
        images=["https://example.com/a.png", "https://example.com/b.png"],
        params={"textDescription": "a misty forest"},
    )
    assert body["input"]["originalImage"] == "https://example.com/a.png"
    assert body["params"]["images"] == ["https://example.com/a.png", "https://example.com/b.png"]
    assert body["params"]["batchCount"] == 1
    assert weshop.spec.violations("RunRequest", body) == []
    with pytest.raises(RequestValidationError) as caught:
        weshop.spec.run_request("kling", params={})
    assert caught.value.violations


def test_agent_call_maps_typed_keywords_to_wire_params() -> None:
    call = weshop.spec.agent_call("remove_background", "https://example.com/a.png", version="v1.0")
    assert call.agent == weshop.spec.catalog()[call.agent].name
    assert call.images["originalImage"] == "https://example.com/a.png"
    assert weshop.spec.image_format(b"\x89PNG\r\n\x1a\n" + bytes(8)) == "png"
    assert weshop.spec.image_format(b"GIF89a") is None
    assert weshop.spec.is_url("https://example.com/a.png")
    assert not weshop.spec.is_url("a.png")
