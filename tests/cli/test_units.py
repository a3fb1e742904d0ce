"""In-process unit tests: manifests, the state file, and the CLI's small helpers."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path

import pytest

from weshop import (
    APIConnectionError,
    MissingAPIKeyError,
    NotFoundError,
    PresetNotFoundError,
    RequestValidationError,
    Violation,
)
from weshop.cli._batch import default_path
from weshop.cli._batch_engine import AdaptiveLimit
from weshop.cli._batch_rows import result_record, validate_rows
from weshop.cli._common import Exit, UsageError, describe_error, violation_text
from weshop.cli._journal import StateFile
from weshop.cli._manifest import (
    ManifestError,
    ManifestRow,
    detect_format,
    load_manifest,
    parse_csv,
    parse_jsonl,
)
from weshop.cli._spec_info import agent_wire_name, parse_param_value
from weshop.cli._state import StateLocked, load_state

from .conftest import image_bytes


# --------------------------------------------------------------------------- manifests
def test_jsonl_rows_split_reserved_keys_from_params() -> None:
    rows = parse_jsonl(
        '{"agent": "removebg", "image": "a.png", "maskType": "autoSubjectSegment", '
        '"backgroundId": 306, "taskName": "t1", "callbackUrl": null}\n'
        "\n"
        '{"agent": "virtualtryon", "image": "https://x.test/g.png", "version": "v1.0", '
        '"fashionModelImage": "p.jpg", "generateVersion": "weshopFlash", "batchCount": 3}\n'
    )
    assert [row.row for row in rows] == [1, 2]
    assert [row.line for row in rows] == [1, 3]
    first, second = rows
    assert first.agent == "removeBG"  # documented names in any case
    assert first.params == {"maskType": "autoSubjectSegment", "backgroundId": 306}
    assert first.task_name == "t1"
    assert first.callback_url is None
    assert second.inputs == {"fashionModelImage": "p.jpg"}
    assert second.params == {"generateVersion": "weshopFlash", "batchCount": 3}


def test_csv_cells_are_json_unless_the_spec_says_string() -> None:
    rows = parse_csv(
        "agent,image,textDescription,batchCount,locationTagIds,backgroundHex,custom,taskName\n"
        'aimodel,a.png,123,2,"[1,2]",,true,42\n'
        "aimodel,b.png,true,,,,,\n"
    )
    assert rows[0].params == {
        "textDescription": "123",  # typed string by the spec: kept as text
        "batchCount": 2,
        "locationTagIds": [1, 2],
        "custom": True,  # not in the spec: JSON when it parses
    }
    assert rows[0].task_name == "42"  # reserved columns are text
    assert rows[1].params == {"textDescription": "true"}  # empty cells left out


def test_csv_text_that_is_not_json_stays_text() -> None:
    (row,) = parse_csv('agent,image,backgroundHex,maskType\nremoveBG,a.png,#ffffff,"a,b"\n')
    assert row.params["backgroundHex"] == "#ffffff"
    assert row.params["maskType"] == "a,b"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"image": "a.png"}\n', "'agent' is required"),
        ('{"agent": "aipose", "images": "a.png"}\n', "'images' must be a list"),
        ('{"agent": "aipose", "image": 3}\n', "'image' must be text"),
        ("[1, 2]\n", "not a JSON object"),
        ('{"agent": \n', "not valid JSON"),
    ],
)
def test_bad_jsonl_rows_name_row_and_line(text: str, message: str) -> None:
    with pytest.raises(ManifestError, match=message) as caught:
        parse_jsonl("\n" + text, "m.jsonl")
    assert "m.jsonl row 1 (line 2)" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("agent,agent,image\n", "duplicate columns: agent"),
        ("image,prompt\n", "no agent column"),
        ("agent,image\naipose,a.png,extra\n", "3 cells but 2 columns"),
        ("agent,image,\n", "empty column name"),
    ],
)
def test_bad_csv(text: str, message: str) -> None:
    with pytest.raises(ManifestError, match=message):
        parse_csv(text, "m.csv")


def test_format_detection_and_empty_manifest(tmp_path: Path) -> None:
    assert detect_format(Path("x.csv"), "{") == "csv"
    assert detect_format(Path("x.ndjson"), "a,b") == "jsonl"
    assert detect_format(Path("x.txt"), '  {"agent": 1}') == "jsonl"
    assert detect_format(Path("x.txt"), "agent,image") == "csv"
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    with pytest.raises(ManifestError, match="no rows"):
        load_manifest(empty)
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeffagent,image\naipose,a.png\n".encode())
    assert load_manifest(bom)[0].agent == "aipose"


def test_fingerprint_covers_the_request() -> None:
    row = ManifestRow(row=1, line=1, agent="aipose", image="a.png", params={"batchCount": 1})
    same = ManifestRow(row=7, line=9, agent="aipose", image="a.png", params={"batchCount": 1})
    other = ManifestRow(row=1, line=1, agent="aipose", image="a.png", params={"batchCount": 2})
    assert row.fingerprint == same.fingerprint  # where the row is does not matter
    assert row.fingerprint != other.fingerprint
    # The facade sends batchCount 1 unless given: the same request, the same fingerprint
    # (as state files written when the CLI added it to the row itself expect).
    default = ManifestRow(row=1, line=1, agent="aipose", image="a.png", params={})
    assert default.fingerprint == row.fingerprint


def test_images_resolve_against_the_manifest_folder(tmp_path: Path) -> None:
    row = ManifestRow(
        row=1,
        line=1,
        agent="virtualtryon",
        image="pics/a.png",
        params={},
        inputs={"locationImage": "https://x.test/l.png"},
    )
    assert row.images(tmp_path) == {
        "originalImage": tmp_path / "pics" / "a.png",
        "locationImage": "https://x.test/l.png",
    }


def test_validate_rows_reports_rules_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(image_bytes(600, 600))
    rows = parse_jsonl(
        '{"agent": "aipose", "image": "a.png", "textDescription": "x"}\n'
        '{"agent": "aipose", "image": "missing.png", "batchCount": 99}\n'
    )
    problems = validate_rows(rows, tmp_path)
    assert len(problems) == 3
    assert all(problem.startswith("row 2 (line 2)") for problem in problems)
    assert any("missing.png: no such file" in problem for problem in problems)
    assert any("params.batchCount" in p and "[rule: maximum]" in p for p in problems)
    assert any("params.textDescription" in p and "required" in p for p in problems)


def test_default_paths_sit_beside_the_manifest() -> None:
    assert default_path(Path("in/shots.csv"), "state") == Path("in/shots.csv.state.jsonl")
    assert default_path(Path("shots.jsonl"), "results") == Path("shots.jsonl.results.jsonl")


# --------------------------------------------------------------------------- state file
def _lines(*records: dict[str, object]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def test_state_replays_events_per_row(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(
        _lines(
            {"event": "start", "version": 1},
            {"event": "key", "row": 1, "fingerprint": "f1", "key": "k1"},
            {"event": "key", "row": 2, "fingerprint": "f2", "key": "k2"},
            {"event": "submitted", "row": 1, "key": "k1", "executionId": "e1"},
            {"event": "key", "row": 3, "fingerprint": "f3", "key": "k3"},
            {"event": "error", "row": 3, "key": "k3", "sent": False, "error": {}},
            {"event": "done", "row": 1, "executionId": "e1", "status": "Success"},
            {"event": "key", "row": 4, "fingerprint": "f4", "key": "k4"},
            {"event": "error", "row": 4, "key": "k4", "sent": True, "error": {"type": "X"}},
            {"event": "future-event", "row": 4},
        )
    )
    state = load_state(path)
    assert state.ignored == 1  # the unknown event
    one, two, three, four = (state.rows[n] for n in (1, 2, 3, 4))
    assert (one.key, one.execution_id, one.status, one.finished) == ("k1", "e1", "Success", True)
    assert (two.key, two.execution_id, two.finished) == ("k2", None, False)
    assert three.key is None  # nothing was sent with it: a new key next time
    assert four.key == "k4"
    assert four.error is not None
    assert result_record(
        ManifestRow(row=4, line=4, agent="aipose", image="a.png", params={}), four
    )["outcome"] == ("error")


def test_torn_last_line_is_ignored_and_kept_apart(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    complete = _lines({"event": "key", "row": 1, "fingerprint": "f", "key": "k1"})
    path.write_bytes(complete.encode() + b'{"event": "submitted", "row": 1, "execut')
    state = load_state(path)
    assert state.rows[1].key == "k1"
    assert state.rows[1].execution_id is None
    assert state.ignored == 1
    journal = StateFile(path)
    with journal.opened():
        journal.append({"event": "submitted", "row": 1, "key": "k1", "executionId": "e1"})
    state = load_state(path)
    assert state.rows[1].execution_id == "e1"
    assert state.ignored == 1
    assert path.read_bytes().endswith(b"\n")


def test_a_new_state_file_is_private_and_locked(tmp_path: Path) -> None:
    path = tmp_path / "dir" / "s.jsonl"
    first = StateFile(path)
    first.open()
    try:
        assert path.stat().st_mode & 0o077 == 0
        with pytest.raises(StateLocked, match="in use"):
            StateFile(path).open()
    finally:
        first.close()
    StateFile(path).open()  # free again


def test_missing_state_is_empty(tmp_path: Path) -> None:
    state = load_state(tmp_path / "none.jsonl")
    assert state.rows == {}
    assert state.lines == 0


# --------------------------------------------------------------------------- helpers
def test_adaptive_limit_halves_and_grows_back() -> None:
    clock = [0.0]
    limit = AdaptiveLimit(8, clock=lambda: clock[0])

    async def scenario() -> list[int]:
        seen = [limit.limit]
        limit.rate_limited()
        seen.append(limit.limit)
        limit.rate_limited()  # within a second: one cut
        seen.append(limit.limit)
        clock[0] = 2.0
        limit.rate_limited()
        seen.append(limit.limit)
        for _ in range(2):
            await limit.acquire()
            await limit.release(succeeded=True)
        seen.append(limit.limit)
        return seen

    assert asyncio.run(scenario()) == [8, 4, 4, 2, 3]


def test_adaptive_limit_blocks_beyond_the_limit() -> None:
    limit = AdaptiveLimit(2)

    async def scenario() -> bool:
        await limit.acquire()
        await limit.acquire()
        third = asyncio.create_task(limit.acquire())
        await asyncio.sleep(0.01)
        blocked = not third.done()
        await limit.release(succeeded=False)
        await asyncio.wait_for(third, 1)
        return blocked

    assert asyncio.run(scenario())


def test_param_values() -> None:
    assert parse_param_value("aimodel", "batchCount", "4") == 4
    assert parse_param_value("aimodel", "textDescription", "4") == "4"
    assert parse_param_value("aimodel", "locationTagIds", "[1, 2]") == [1, 2]
    assert parse_param_value("someAgent", "x", "not json") == "not json"
    assert parse_param_value("someAgent", "flag", "false") is False
    assert agent_wire_name("REMOVEBG") == "removeBG"
    assert agent_wire_name("newAgent") == "newAgent"


def test_custom_mask_forms(tmp_path: Path) -> None:
    from weshop.cli._agents import custom_mask_keywords

    mask = tmp_path / "m.png"
    mask.write_bytes(image_bytes(600, 600))
    assert custom_mask_keywords("https://x.test/m.png") == {
        "custom_mask_url": "https://x.test/m.png"
    }
    assert custom_mask_keywords(str(mask)) == {"custom_mask": mask.read_bytes()}
    text = base64.b64encode(b"\x89PNG").decode()
    assert custom_mask_keywords(text) == {"custom_mask": text}
    assert custom_mask_keywords(f"data:image/png;base64,{text}") == {"custom_mask": text}
    with pytest.raises(UsageError, match="no such file"):
        custom_mask_keywords(str(tmp_path / "missing.png"))
    jpeg = tmp_path / "m.jpg"
    jpeg.write_bytes(image_bytes(600, 600, "JPEG"))
    with pytest.raises(UsageError, match="not a PNG"):
        custom_mask_keywords(str(jpeg))


def test_error_mapping() -> None:
    invalid = RequestValidationError(
        [Violation("params.textDescription", "required", "is required")]
    )
    status, message = describe_error(invalid)
    assert status == Exit.USAGE
    assert "params.textDescription: is required [rule: required] (options: --prompt)" in message
    assert describe_error(UsageError("x")) == (Exit.USAGE, "x")
    assert describe_error(PresetNotFoundError("location", "a", [], 3))[0] == Exit.USAGE
    assert describe_error(NotFoundError("getRun: no run"))[0] == Exit.API
    assert describe_error(APIConnectionError("refused"))[0] == Exit.API
    # Configuration errors: the command cannot start, nothing was sent (as for usage).
    assert describe_error(MissingAPIKeyError("the API key from $X is empty"))[0] == Exit.USAGE
    # Told apart by the error's reason, not by its wording.
    empty = describe_error(MissingAPIKeyError("reworded: $X is blank", reason="empty"))
    assert empty == (Exit.USAGE, "reworded: $X is blank (set it with `export WESHOP_API_KEY=...`)")
    status, nowhere = describe_error(MissingAPIKeyError("reworded", reason="not_found"))
    assert status == Exit.USAGE
    assert "weshop mock" in nowhere
    assert describe_error(FileNotFoundError(2, "No such file", "a.png")) == (
        Exit.USAGE,
        "a.png: no such file or directory",
    )


def test_violation_hints_name_the_options() -> None:
    violation = Violation("params", "aimodel-reference", "Provide locationId or textDescription")
    text = violation_text(violation)
    assert text.endswith("(options: --location-id/--location, --prompt)")
    assert violation_text(violation, option_hints=False) == str(violation)
