"""``upload``, ``status``, ``wait``, ``info``, ``estimate`` and the help texts."""

from __future__ import annotations

import argparse
from typing import get_args

import pytest
from weshop_openapi.models import (
    AimodelParamsGeneratedContent,
    AimodelParamsMaskType,
    AimodelParamsPose,
    AiposeParamsGenerateVersion,
    AiproductParamsMaskType,
    ExecutionStatus,
    KnownAgentName,
    RemovebgParamsMaskType,
    VirtualtryonParamsAspectRatio,
    VirtualtryonParamsDescriptionType,
    VirtualtryonParamsGenerateVersion,
    VirtualtryonParamsImageSize,
)

from weshop.cli import build_parser

from .conftest import CLI, RUN_DOCUMENT_KEYS, InProcess, MockFactory


def test_upload_prints_urls_in_order(cli: CLI) -> None:
    result = cli.run("upload", "model.png", "garment.jpg")
    assert result.returncode == 0, result.stderr
    urls = result.stdout.split()
    assert len(urls) == 2
    assert urls[0].endswith(".png")
    assert urls[1].endswith(".jpg")
    doc = cli.run("upload", "model.png", "--json").json()
    assert doc == {"uploads": [{"file": "model.png", "url": urls[0]}], "error": None}


def test_upload_of_a_missing_file_is_a_usage_error(in_process: InProcess) -> None:
    result = in_process("upload", "nope.png")
    assert result.returncode == 2
    assert "nope.png" in result.stderr


def test_status_and_wait(cli: CLI) -> None:
    execution_id = cli.run("removebg", "model.png", "--background-hex", "#000000", "--no-wait")
    execution_id_text = execution_id.stdout.strip()
    waited = cli.run("wait", execution_id_text)
    assert waited.returncode == 0, waited.stderr
    assert waited.stdout.strip().startswith("http")
    status = cli.run("status", execution_id_text, "--json")
    assert status.returncode == 0
    doc = status.json()
    assert set(doc) == RUN_DOCUMENT_KEYS
    assert doc["status"] == "Success"
    assert doc["agent"] == "removeBG"
    assert doc["images"] == waited.stdout.split()


def test_status_of_an_unknown_run_exits_3(cli: CLI) -> None:
    result = cli.run("status", "does-not-exist", "--json")
    assert result.returncode == 3
    assert result.json()["error"]["type"] == "NotFoundError"


def test_status_of_a_failed_run_exits_1(own_mock: MockFactory) -> None:
    from weshop.mock import FaultRule

    _, cli = own_mock(faults=[FaultRule("run_failed", operations=frozenset({"createRun"}))])
    execution_id = cli.run("aipose", "model.png", "--prompt", "x", "--no-wait").stdout.strip()
    assert cli.run("wait", execution_id).returncode == 1
    result = cli.run("status", execution_id, "--json")
    assert result.returncode == 1
    assert result.json()["status"] == "Failed"


def test_info_lists_presets(cli: CLI) -> None:
    result = cli.run("info", "aimodel", "--kind", "locations", "--search", "white studio")
    assert result.returncode == 0, result.stderr
    assert "6000372" in result.stdout
    assert "White Studio" in result.stdout
    doc = cli.run("info", "removebg", "--json").json()
    assert doc["agent"] == "removeBG"
    assert set(doc) == {
        "agent",
        "version",
        "locations",
        "fashionModels",
        "backgrounds",
        "dimensions",
        "error",
    }
    assert any(item["name"] == "Transparent" for item in doc["backgrounds"])


def test_estimate_command(own_mock: MockFactory) -> None:
    mock, cli = own_mock()
    result = cli.run(
        "estimate", "aimodel", "model.png", "-p", "generatedContent=freeCreation",
        "-p", "maskType=autoApparelSegment", "-p", "textDescription=street", "--batch", "4",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "power" in result.stdout
    doc = cli.run("estimate", "aipose", "--image", "model.png", "-p", "textDescription=x", "--json")
    assert set(doc.json()) == {
        "agent",
        "totalPower",
        "type",
        "exclusive",
        "paidPowerNotEnough",
        "isEstimated",
        "error",
    }
    assert mock.stats.run_creations == 0


# --------------------------------------------------------------------------- help
def _help(*command: str) -> str:
    parser = build_parser()
    if not command:
        return parser.format_help()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            sub: argparse.ArgumentParser = action.choices[command[0]]
            return " ".join(sub.format_help().split())  # unwrap for matching
    raise AssertionError("no subcommands")


ENUMS_PER_COMMAND = {
    "aimodel": [AimodelParamsGeneratedContent, AimodelParamsMaskType, AimodelParamsPose],
    "aiproduct": [AiproductParamsMaskType],
    "aipose": [AiposeParamsGenerateVersion],
    "removebg": [RemovebgParamsMaskType],
    "virtualtryon": [
        VirtualtryonParamsGenerateVersion,
        VirtualtryonParamsDescriptionType,
        VirtualtryonParamsAspectRatio,
        VirtualtryonParamsImageSize,
    ],
}


@pytest.mark.parametrize("command", sorted(ENUMS_PER_COMMAND))
def test_each_agent_help_lists_its_enums_and_examples(command: str) -> None:
    text = _help(command)
    for alias in ENUMS_PER_COMMAND[command]:
        for value in get_args(alias):
            assert value in text, (command, value)
    assert "examples:" in text
    assert f"weshop {command}" in text


@pytest.mark.parametrize("command", ["expandimage", "run", "batch", "info", "estimate", "status"])
def test_other_helps_have_examples(command: str) -> None:
    assert "examples:" in _help(command)


def test_top_level_help_counts_agents_lists_statuses_enums_and_examples(cli: CLI) -> None:
    result = cli.run("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    # The agents are counted, not listed on one line (`weshop catalog` lists them).
    assert f"any of the {len(get_args(KnownAgentName))} in the API spec" in text
    assert "`weshop catalog` lists them" in text
    for status in get_args(ExecutionStatus):
        assert status in text
    for value in get_args(AimodelParamsMaskType) + get_args(VirtualtryonParamsAspectRatio):
        assert value in text
    assert "examples:" in text
    assert "exit status" in text
    for command in ("aimodel", "run", "upload", "status", "wait", "info", "estimate", "batch"):
        assert command in text


def test_rules_from_the_spec_are_in_the_help() -> None:
    text = _help("virtualtryon")
    assert "descriptionType=custom needs textDescription" in text
    assert "generateVersion=bananaPro needs imageSize" in text


def test_estimate_command_includes_input_images(own_mock: MockFactory) -> None:
    mock, cli = own_mock()
    result = cli.run(
        "estimate", "virtualtryon", "model.png", "--input", "fashionModelImage=garment.jpg",
        "-p", "generateVersion=weshopPro", "-p", "descriptionType=auto", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.json()["totalPower"] > 0
    assert "ignored" not in result.stderr
    assert mock.stats.requests["uploadImage"] == 2  # fashionModelImage went into the estimate
