"""The agent commands and ``run``, as subprocesses against the mock server."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from weshop.mock import FaultRule

from .conftest import CLI, RUN_DOCUMENT_KEYS, InProcess, MockFactory, decodable, wait_until

#: One working invocation per agent command (the image is model.png in the work folder).
AGENT_INVOCATIONS = {
    "aimodel": [
        "--generation-mode",
        "freeCreation",
        "--mask-type",
        "autoApparelSegment",
        "--prompt",
        "street style",
    ],
    "aiproduct": ["--generation-mode", "referToOrigin", "--prompt", "on a marble table"],
    "aipose": ["--prompt", "arms crossed", "--generate-version", "pro"],
    "expandimage": ["--width", "1080", "--height", "1920", "--fill-top", "100"],
    "removebg": ["--background-hex", "#ffffff"],
    "virtualtryon": [
        "--model-image",
        "garment.jpg",
        "--version",
        "weshopFlash",
        "--description-type",
        "auto",
    ],
}


@pytest.mark.parametrize("command", sorted(AGENT_INVOCATIONS))
def test_each_agent_command_downloads_decodable_images(
    cli: CLI, workdir: Path, command: str
) -> None:
    out = workdir / "out"
    result = cli.run(command, "model.png", *AGENT_INVOCATIONS[command], "--batch", "2", "-o", out)
    assert result.returncode == 0, result.stderr
    paths = [Path(line) for line in result.stdout.splitlines()]
    assert len(paths) == 2
    for path in paths:
        full = path if path.is_absolute() else workdir / path
        assert full.parent == out
        width, height = decodable(full)
        assert width > 0
        assert height > 0
    assert "submitted" in result.stderr  # notes go to stderr, results to stdout
    assert "test-key" not in result.stderr + result.stdout


def test_json_output_has_the_documented_shape(cli: CLI, workdir: Path) -> None:
    result = cli.run(
        "aimodel",
        "--image",
        "model.png",
        *AGENT_INVOCATIONS["aimodel"][:4],
        "--location",
        "White Studio",
        "--json",
        "-o",
        "out",
    )
    assert result.returncode == 0, result.stderr
    doc = result.json()
    assert set(doc) == RUN_DOCUMENT_KEYS
    assert doc["agent"] == "aimodel"
    assert doc["status"] == "Success"
    assert doc["progress"] == 1.0
    assert doc["error"] is None
    assert len(doc["images"]) == 1
    assert doc["images"][0].startswith("http")
    assert doc["videos"] == []
    assert len(doc["downloaded"]) == 1
    decodable(workdir / doc["downloaded"][0])
    assert isinstance(doc["idempotencyKey"], str)
    assert isinstance(doc["powerConsumption"], int | float)
    assert result.stderr == ""  # no progress in --json mode


def test_preset_names_are_looked_up(cli: CLI) -> None:
    result = cli.run(
        "aimodel",
        "model.png",
        "--generation-mode",
        "freeCreation",
        "--mask-type",
        "autoApparelSegment",
        "--location",
        "white studio",
        "--model",
        "Letitia",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert result.json()["status"] == "Success"


def test_preset_lookups_happen_only_for_names(own_mock: MockFactory) -> None:
    mock, cli = own_mock()
    result = cli.run("removebg", "model.png", "--background", "White", "--json")
    assert result.returncode == 0, result.stderr
    assert mock.stats.requests["getAgentInfo"] >= 1
    before = mock.stats.requests["getAgentInfo"]
    assert cli.run("removebg", "model.png", "--background-id", "306").returncode == 0
    assert mock.stats.requests["getAgentInfo"] == before  # no hidden network calls


def test_unknown_preset_name_is_a_usage_error(cli: CLI) -> None:
    result = cli.run("removebg", "model.png", "--background", "Whitte")
    assert result.returncode == 2
    assert "did you mean 'White'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_wait_prints_the_execution_id_then_wait_finishes_it(cli: CLI, workdir: Path) -> None:
    submitted = cli.run("aipose", "model.png", "--prompt", "arms up", "--no-wait")
    assert submitted.returncode == 0, submitted.stderr
    execution_id = submitted.stdout.strip()
    assert execution_id
    assert "\n" not in execution_id
    waited = cli.run("wait", execution_id, "--output", "got", "--json")
    assert waited.returncode == 0, waited.stderr
    doc = waited.json()
    assert set(doc) == RUN_DOCUMENT_KEYS
    assert doc["executionId"] == execution_id
    assert doc["agent"] == "aipose"
    assert len(doc["downloaded"]) == 1
    decodable(workdir / doc["downloaded"][0])


def test_failed_run_exits_1_with_the_error(own_mock: MockFactory) -> None:
    _, cli = own_mock(faults=[FaultRule("run_failed", operations=frozenset({"createRun"}))])
    result = cli.run("aipose", "model.png", "--prompt", "arms up", "--json")
    assert result.returncode == 1
    doc = result.json()
    assert set(doc) == RUN_DOCUMENT_KEYS
    assert doc["status"] == "Failed"
    assert doc["error"]["type"] == "RunFailedError"
    assert doc["executionId"] in doc["error"]["message"]
    human = cli.run("aipose", "model.png", "--prompt", "arms up")
    assert human.returncode == 1
    assert "failed" in human.stderr
    assert "Traceback" not in human.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["virtualtryon", "model.png", "--version", "weshopFlash", "--description-type", "no"],
        ["aimodel", "model.png", "--mask-type", "autoApparelSegment", "--prompt", "x"],
        ["aipose", "model.png"],
        ["expandimage", "model.png", "--width", "1080"],
        ["aipose", "--prompt", "x"],
        ["aipose", "a.png", "--image", "b.png", "--prompt", "x"],
        ["run", "aipose", "model.png", "-p", "novalue"],
        ["aipose", "model.png", "--prompt", "x", "--base-url", "http://example.com/"],
        ["removebg", "model.png", "--background", "White", "--background-id", "3"],
    ],
    ids=[
        "bad-enum",
        "missing-required",
        "missing-prompt",
        "missing-height",
        "no-image",
        "two-images",
        "bad-param",
        "untrusted-host",
        "preset-and-id",
    ],
)
def test_usage_errors_exit_2(in_process: InProcess, args: list[str]) -> None:
    result = in_process(*args)
    assert result.returncode == 2
    assert "error:" in result.stderr
    assert result.stdout == ""


def test_usage_errors_exit_2_from_the_shell(cli: CLI) -> None:
    result = cli.run("aiproduct", "model.png", "--generation-mode", "sometimes", "--prompt", "x")
    assert result.returncode == 2
    assert "invalid choice: 'sometimes'" in result.stderr
    assert "Traceback" not in result.stderr


def test_validation_errors_show_field_and_rule(own_mock: MockFactory) -> None:
    mock, cli = own_mock()
    result = cli.run(
        "aimodel", "model.png", "--generation-mode", "freeCreation", "--mask-type", "custom",
        "--batch", "40",
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "params.batchCount" in lines[0]
    assert "[rule: maximum]" in lines[0]
    assert "[rule: aimodel-reference]" in lines[0]
    assert "--prompt" in lines[0]
    assert "[rule: custom-mask]" in lines[0]
    assert mock.stats.requests.total() == 0  # nothing was sent, not even the upload


def test_small_image_is_rejected_before_upload(own_mock: MockFactory, workdir: Path) -> None:
    from .conftest import image_bytes

    (workdir / "tiny.png").write_bytes(image_bytes(300, 300))
    mock, cli = own_mock()
    result = cli.run("aipose", "tiny.png", "--prompt", "x", "--json")
    assert result.returncode == 2
    doc = result.json()
    assert doc["executionId"] is None
    assert doc["error"]["type"] == "ImageValidationError"
    assert doc["error"]["violations"][0]["rule"] == "upload-dimensions"
    assert mock.stats.requests["uploadImage"] == 0


def test_custom_mask_file_is_sent_as_base64(cli: CLI) -> None:
    result = cli.run(
        "aiproduct", "model.png", "--generation-mode", "freeCreation", "--prompt", "x",
        "--custom-mask", "mask.png", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.json()["status"] == "Success"


def test_missing_key_exits_2_and_says_how_to_set_one(cli: CLI) -> None:
    result = cli.run("aipose", "model.png", "--prompt", "x", env={"WESHOP_API_KEY": None})
    assert result.returncode == 2  # cannot start, nothing sent: as for an untrusted host
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "export WESHOP_API_KEY=" in lines[0]
    assert "credentials.json" in lines[0]
    assert "weshop mock" in lines[0]


def test_unreachable_service_exits_3(cli: CLI) -> None:
    result = cli.run(
        "aipose", "model.png", "--prompt", "x", "--max-retries", "0",
        env={"WESHOP_BASE_URL": "http://127.0.0.1:9/openapi"},
    )  # fmt: skip
    assert result.returncode == 3
    assert "connection failed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_api_key_option_is_never_echoed(cli: CLI) -> None:
    secret = "wsk-very-secret-123456"
    result = cli.run("status", "no-such-run", "--api-key", secret, env={"WESHOP_API_KEY": None})
    assert result.returncode == 3  # 404 from the mock
    assert secret not in result.stdout + result.stderr
    assert "--api-key is visible" in result.stderr


def test_run_any_agent_with_params_and_inputs(cli: CLI, workdir: Path) -> None:
    result = cli.run(
        "run", "virtualtryon", "model.png", "--input", "fashionModelImage=garment.jpg",
        "-p", "generateVersion=weshopPro", "-p", "descriptionType=custom",
        "-p", "textDescription=123", "-p", "aspectRatio=3:4", "--batch", "2",
        "-o", "out", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = result.json()
    assert set(doc) == RUN_DOCUMENT_KEYS
    assert doc["agent"] == "virtualtryon"
    assert len(doc["downloaded"]) == 2
    for path in doc["downloaded"]:
        decodable(workdir / path)


def test_run_parses_values_as_json(cli: CLI, in_process: InProcess) -> None:
    result = cli.run(
        "run", "removebg", "model.png", "--params", '{"maskType": "autoSubjectSegment"}',
        "-p", "backgroundId=306", "-p", "batchCount=1", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.json()["agent"] == "removeBG"
    wrong = in_process(
        "run", "aipose", "model.png", "-p", "textDescription=x", "-p", "batchCount=x"
    )
    assert wrong.returncode == 2  # "x" is not an integer: the spec says so
    assert "params.batchCount" in wrong.stderr


def test_ctrl_c_exits_130_and_names_the_run(own_mock: MockFactory) -> None:
    _, cli = own_mock(speed=1.0)  # runs take 8..40 s
    process = cli.popen("aipose", "model.png", "--prompt", "arms up")
    assert process.stderr is not None
    first = process.stderr.readline()
    assert "submitted" in first
    execution_id = first.split("run ")[1].split()[0]
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=20)
    assert process.returncode == 130
    assert f"weshop wait {execution_id}" in rest
    assert "Traceback" not in rest


def test_estimate_flag_runs_nothing(own_mock: MockFactory) -> None:
    mock, cli = own_mock()
    result = cli.run(
        "expandimage", "model.png", "--dimension", "Instagram Story 1080*1920px", "--estimate",
        "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = result.json()
    assert doc["agent"] == "expandimage"
    assert doc["totalPower"] > 0
    assert doc["error"] is None
    assert mock.stats.run_creations == 0
    assert wait_until(lambda: mock.stats.requests["estimatePower"] == 1, timeout=1)


def test_wait_timeout_exits_1_and_says_how_to_keep_waiting(own_mock: MockFactory) -> None:
    _, cli = own_mock(speed=1.0)  # runs take 8..40 s
    result = cli.run("aipose", "model.png", "--prompt", "x", "--wait-timeout", "0.3", "--json")
    assert result.returncode == 1
    doc = result.json()
    assert doc["error"]["type"] == "RunTimeoutError"
    assert doc["status"] in ("Pending", "Segmenting", "Running")
    assert f"weshop wait {doc['executionId']}" in result.stderr


def test_estimate_flag_includes_further_input_images(own_mock: MockFactory) -> None:
    mock, cli = own_mock()
    result = cli.run(
        "virtualtryon", "model.png", "--model-image", "garment.jpg",
        "--generate-version", "weshopPro", "--description-type", "auto", "--estimate", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.json()["totalPower"] > 0
    assert mock.stats.run_creations == 0
    assert mock.stats.requests["uploadImage"] == 2  # the model image went into the estimate
