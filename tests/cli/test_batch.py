"""``weshop batch``: concurrency, results, and resuming without duplicates."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import pytest

from weshop import WeShop
from weshop.cli._manifest import load_manifest
from weshop.cli._state import load_state
from weshop.mock import FaultRule

from .conftest import CLI, KEY, InProcess, MockFactory, decodable, image_bytes, wait_until

SUMMARY_KEYS = {
    "manifest",
    "state",
    "results",
    "total",
    "succeeded",
    "failed",
    "errors",
    "pending",
    "submitted",
    "resent",
    "resumed",
    "skipped",
    "retriedFailed",
    "httpRetries",
    "rateLimited",
    "error",
}
RESULT_KEYS = {
    "row",
    "agent",
    "image",
    "outcome",
    "status",
    "executionId",
    "idempotencyKey",
    "images",
    "videos",
    "downloaded",
    "error",
}


def write_manifest(folder: Path, rows: int, name: str = "shots.jsonl") -> Path:
    """``rows`` runs over four images and three agents, in JSON Lines."""
    images = folder / "images"
    images.mkdir(exist_ok=True)
    for index in range(4):
        (images / f"{index}.png").write_bytes(image_bytes(600 + index, 700, colour=index * 40))
    lines = []
    for index in range(rows):
        image = f"images/{index % 4}.png"
        kind = index % 3
        if kind == 0:
            row: dict[str, Any] = {
                "agent": "removeBG",
                "image": image,
                "maskType": "autoSubjectSegment",
                "backgroundHex": "#ffffff",
            }
        elif kind == 1:
            row = {"agent": "aipose", "image": image, "textDescription": f"pose {index}"}
        else:
            row = {"agent": "expandimage", "image": image, "targetWidth": 1000 + index}
            row["targetHeight"] = 1200
        lines.append(json.dumps(row))
    path = folder / name
    path.write_text("\n".join(lines) + "\n")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def submitted_rows(state: Path) -> int:
    return sum(1 for row in load_state(state).rows.values() if row.execution_id)


def test_batch_runs_every_row_and_writes_results(own_mock: MockFactory, workdir: Path) -> None:
    mock, cli = own_mock()
    manifest = write_manifest(workdir, 12)
    result = cli.run("batch", manifest, "--concurrency", "4", "--output", "out", "--json")
    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert set(summary) == SUMMARY_KEYS
    assert summary["total"] == summary["succeeded"] == summary["submitted"] == 12
    assert summary["error"] is None
    assert mock.stats.run_creations == 12
    results = read_jsonl(workdir / "shots.jsonl.results.jsonl")
    assert [r["row"] for r in results] == list(range(1, 13))
    for record in results:
        assert set(record) == RESULT_KEYS
        assert record["outcome"] == "succeeded"
        assert record["status"] == "Success"
        assert len(record["downloaded"]) == 1
        decodable(workdir / record["downloaded"][0])
    assert result.stderr == ""  # no progress with --json
    again = cli.run("batch", manifest, "--json")
    assert again.returncode == 0
    assert again.json()["skipped"] == 12
    assert mock.stats.run_creations == 12


def test_batch_killed_midway_resumes_without_duplicates(
    own_mock: MockFactory, workdir: Path
) -> None:
    mock, cli = own_mock(speed=100.0)  # runs of 80..400 ms: the kill lands midway
    manifest = write_manifest(workdir, 100)
    state = workdir / "shots.jsonl.state.jsonl"
    process = cli.popen("batch", manifest, "--concurrency", "8", "--output", "out")
    try:
        assert wait_until(lambda: submitted_rows(state) >= 30, timeout=60, step=0.005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.communicate()
    killed = load_state(state)
    finished_before = sum(1 for row in killed.rows.values() if row.finished)
    assert finished_before < 100, "the batch finished before it was killed"
    created_before = mock.stats.run_creations
    assert created_before >= 30

    result = cli.run("batch", manifest, "--concurrency", "8", "--output", "out", "--json")
    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert summary["succeeded"] == 100
    assert summary["skipped"] == finished_before
    assert summary["submitted"] + summary["resent"] + summary["resumed"] + finished_before == 100
    assert mock.stats.run_creations == 100  # not one run twice

    results = read_jsonl(workdir / "shots.jsonl.results.jsonl")
    assert [r["row"] for r in results] == list(range(1, 101))
    assert all(r["outcome"] == "succeeded" for r in results)
    assert len({r["executionId"] for r in results}) == 100
    assert len({r["idempotencyKey"] for r in results}) == 100
    for record in results:
        assert len(record["downloaded"]) == 1
        assert (workdir / record["downloaded"][0]).is_file()


def test_rows_with_a_key_but_no_execution_id_are_resent_with_that_key(
    own_mock: MockFactory, workdir: Path
) -> None:
    mock, cli = own_mock()
    manifest = write_manifest(workdir, 8)
    rows = load_manifest(manifest)
    keys = [f"00000000-0000-4000-8000-00000000000{n}" for n in range(4)]
    # Rows 1-3: the request went out and the run started, but the answer was lost.
    with WeShop(KEY, base_url=mock.base_url, upload_cache=False) as client:
        started = [
            client.runs.create(
                row.agent,
                image=row.images(workdir)["originalImage"],
                params=row.params,
                version=row.version,
                idempotency_key=key,
            ).execution_id
            for row, key in zip(rows[:3], keys, strict=False)
        ]
    assert mock.stats.run_creations == 3
    # Row 4: the key was written, then the process died before sending it.
    state = workdir / "shots.jsonl.state.jsonl"
    with state.open("w") as out:
        for row, key in zip(rows[:4], keys, strict=True):
            record = {"event": "key", "row": row.row, "fingerprint": row.fingerprint, "key": key}
            out.write(json.dumps(record) + "\n")
        out.write('{"event": "submitted", "row": 5, "execu')  # torn by the crash
    result = cli.run("batch", manifest, "--json")
    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert summary["resent"] == 4
    assert summary["submitted"] == 4
    assert mock.stats.run_creations == 8  # rows 1-3 were not started again
    results = read_jsonl(workdir / "shots.jsonl.results.jsonl")
    assert [r["executionId"] for r in results[:3]] == started
    assert [r["idempotencyKey"] for r in results[:4]] == keys
    # The torn line stayed a line of its own: the state file still loads completely.
    loaded = load_state(state)
    assert loaded.ignored == 1
    assert all(loaded.rows[n].finished for n in range(1, 9))


def test_rate_limits_are_retried_and_counted(own_mock: MockFactory, workdir: Path) -> None:
    limit = FaultRule("rate_limit", operations=frozenset({"createRun"}), count=5, retry_after=0)
    mock, cli = own_mock(faults=[limit])
    manifest = write_manifest(workdir, 10)
    result = cli.run("batch", manifest, "--concurrency", "4", "--json")
    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert summary["rateLimited"] == 5
    assert summary["httpRetries"] >= 5
    assert mock.stats.run_creations == 10


def test_lost_answers_are_deduplicated(own_mock: MockFactory, workdir: Path) -> None:
    drop = FaultRule("drop_after", operations=frozenset({"createRun"}), count=3)
    mock, cli = own_mock(faults=[drop])
    manifest = write_manifest(workdir, 6)
    result = cli.run("batch", manifest, "--json")
    assert result.returncode == 0, result.stderr
    assert mock.stats.faults["drop_after"] == 3
    assert mock.stats.run_creations == 6


def test_failed_rows_exit_1_and_are_retried_only_on_request(
    own_mock: MockFactory, workdir: Path
) -> None:
    failing = FaultRule("run_failed", operations=frozenset({"createRun"}), count=2)
    mock, cli = own_mock(faults=[failing])
    manifest = write_manifest(workdir, 6)
    first = cli.run("batch", manifest, "--json")
    assert first.returncode == 1
    assert first.json()["failed"] == 2
    results = read_jsonl(workdir / "shots.jsonl.results.jsonl")
    failed = [r for r in results if r["outcome"] == "failed"]
    assert len(failed) == 2
    assert all(r["status"] == "Failed" and r["error"] for r in failed)
    again = cli.run("batch", manifest, "--json")
    assert again.returncode == 1
    assert mock.stats.run_creations == 6  # failed runs are not re-run by themselves
    retried = cli.run("batch", manifest, "--retry-failed", "--json")
    assert retried.returncode == 0, retried.stderr
    assert retried.json()["retriedFailed"] == 2
    assert mock.stats.run_creations == 8


def test_lost_network_stops_the_batch_with_exit_3(own_mock: MockFactory, workdir: Path) -> None:
    _, cli = own_mock()
    manifest = write_manifest(workdir, 5)
    result = cli.run(
        "batch", manifest, "--max-retries", "0", "--json",
        env={"WESHOP_BASE_URL": "http://127.0.0.1:9/openapi"},
    )  # fmt: skip
    assert result.returncode == 3
    summary = result.json()
    assert summary["error"]["type"] == "APIConnectionError"
    assert "run the same command again" in result.stderr
    results = read_jsonl(workdir / "shots.jsonl.results.jsonl")
    assert len(results) == 5
    assert all(r["outcome"] in ("error", "pending") for r in results)


def test_estimate_sums_rows_and_runs_nothing(own_mock: MockFactory, workdir: Path) -> None:
    mock, cli = own_mock()
    manifest = write_manifest(workdir, 6)
    result = cli.run("batch", manifest, "--estimate", "--json")
    assert result.returncode == 0, result.stderr
    doc = result.json()
    assert doc["rows"] == 6
    assert doc["totalPower"] == sum(entry["totalPower"] for entry in doc["byAgent"].values())
    assert doc["totalPower"] > 0
    assert mock.stats.requests["estimatePower"] == 6
    assert mock.stats.run_creations == 0
    assert not (workdir / "shots.jsonl.state.jsonl").exists()


def test_csv_manifest(own_mock: MockFactory, workdir: Path) -> None:
    mock, cli = own_mock()
    header = "agent,image,generatedContent,maskType,textDescription,batchCount,locationId\n"
    rows = (
        "aimodel,model.png,freeCreation,autoApparelSegment,123,2,\n"
        "aiproduct,garment.jpg,referToOrigin,autoSubjectSegment,,,6000372\n"
    )
    (workdir / "shots.csv").write_text(
        header + rows + "removebg,model.png,,autoSubjectSegment,,,\n"
    )
    invalid = cli.run("batch", "shots.csv")
    assert invalid.returncode == 2  # row 3: removeBG needs a background
    assert "row 3" in invalid.stderr
    assert "removebg-background" in invalid.stderr
    assert mock.stats.requests.total() == 0
    (workdir / "shots.csv").write_text(header + rows)
    result = cli.run("batch", "shots.csv", "--json")
    assert result.returncode == 0, result.stderr
    results = read_jsonl(workdir / "shots.csv.results.jsonl")
    assert [r["agent"] for r in results] == ["aimodel", "aiproduct"]
    assert len(results[0]["images"]) == 2  # batchCount parsed as a number
    assert mock.stats.run_creations == 2


def test_changed_manifest_is_refused(own_mock: MockFactory, workdir: Path) -> None:
    _, cli = own_mock()
    manifest = write_manifest(workdir, 3)
    assert cli.run("batch", manifest).returncode == 0
    rows = manifest.read_text().splitlines()
    rows[0] = rows[0].replace("#ffffff", "#000000")
    manifest.write_text("\n".join(rows) + "\n")
    result = cli.run("batch", manifest)
    assert result.returncode == 2
    assert "row 1" in result.stderr
    assert "changed" in result.stderr


def test_bad_manifest_is_one_line(cli: CLI, workdir: Path) -> None:
    (workdir / "bad.jsonl").write_text('{"agent": "aipose", "textDescription": "x"}\n')
    result = cli.run("batch", "bad.jsonl")
    assert result.returncode == 2
    # `image` is optional for the manifest (text-only and multi-image agents); the agent's
    # own rule says aipose needs one.
    assert "input.originalImage: is required" in result.stderr
    assert "nothing was sent" in result.stderr


def test_ctrl_c_saves_results_and_exits_130(own_mock: MockFactory, workdir: Path) -> None:
    _, cli = own_mock(speed=20.0)  # runs of 0.4..2 s
    manifest = write_manifest(workdir, 12)
    state = workdir / "shots.jsonl.state.jsonl"
    process = cli.popen("batch", manifest, "--concurrency", "2")
    assert wait_until(lambda: submitted_rows(state) >= 2, timeout=30, step=0.005)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "interrupted; state saved" in stderr
    assert "Traceback" not in stderr
    results = read_jsonl(workdir / "shots.jsonl.results.jsonl")
    assert len(results) == 12
    assert any(r["outcome"] == "pending" for r in results)


def test_missing_key_stops_before_anything_is_written(
    in_process: InProcess, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = write_manifest(workdir, 2)
    monkeypatch.delenv("WESHOP_API_KEY")
    result = in_process("batch", str(manifest))
    assert result.returncode == 2  # cannot start: nothing sent, nothing written
    assert "export WESHOP_API_KEY=" in result.stderr
    assert not (workdir / "shots.jsonl.results.jsonl").exists()
    assert load_state(workdir / "shots.jsonl.state.jsonl").rows == {}


def test_a_resent_key_carries_the_recorded_urls_without_uploading_again(
    own_mock: MockFactory, workdir: Path, tmp_path: Path
) -> None:
    # The create request fails once (no retries): the row is left with a key and no run.
    fault = FaultRule("server_error", operations=frozenset({"createRun"}), count=1)
    mock, cli = own_mock(faults=[fault])
    manifest = workdir / "shots.jsonl"
    row = {
        "agent": "removeBG",
        "image": "model.png",
        "maskType": "autoSubjectSegment",
        "backgroundHex": "#ffffff",
    }
    manifest.write_text(json.dumps(row) + "\n")
    first = cli.run("batch", manifest, "--max-retries", "0", "--json")
    assert first.returncode == 1, first.stderr
    assert mock.stats.run_creations == 0
    assert mock.stats.requests["uploadImage"] == 1
    state = workdir / "shots.jsonl.state.jsonl"
    (key_event,) = [e for e in read_jsonl(state) if e["event"] == "key"]
    url = key_event["input"]["originalImage"]
    assert url.startswith("http")
    assert key_event["params"]["backgroundHex"] == "#ffffff"
    # The upload cache is gone (another HOME): the resend must not depend on it.
    other_home = tmp_path / "other-home"
    other_home.mkdir()
    again = CLI(cli.base_url, other_home, workdir).run("batch", manifest, "--json")
    assert again.returncode == 0, again.stderr
    assert again.json()["resent"] == 1
    assert mock.stats.requests["uploadImage"] == 1  # the recorded URL went out as is
    assert mock.stats.run_creations == 1
    (result,) = read_jsonl(workdir / "shots.jsonl.results.jsonl")
    assert result["idempotencyKey"] == key_event["key"]
    (task,) = mock.state.tasks.values()
    assert task.init_params["originalImage"] == url


def test_an_old_key_event_without_urls_is_resent_from_the_manifest(
    own_mock: MockFactory, workdir: Path
) -> None:
    mock, cli = own_mock()
    manifest = workdir / "shots.jsonl"
    line = {"agent": "aipose", "image": "model.png", "textDescription": "a pose"}
    manifest.write_text(json.dumps(line) + "\n")
    (row,) = load_manifest(manifest)
    key = "00000000-0000-4000-8000-000000000001"
    state = workdir / "shots.jsonl.state.jsonl"
    old = {"event": "key", "row": 1, "fingerprint": row.fingerprint, "key": key}
    state.write_text(json.dumps(old) + "\n")
    result = cli.run("batch", manifest, "--json")
    assert result.returncode == 0, result.stderr
    assert result.json()["resent"] == 1
    assert mock.stats.requests["uploadImage"] == 1
    assert read_jsonl(workdir / "shots.jsonl.results.jsonl")[0]["idempotencyKey"] == key


def test_batch_rows_can_hold_any_catalog_agent_with_several_images(
    own_mock: MockFactory, workdir: Path
) -> None:
    mock, cli = own_mock()
    for index in range(3):
        (workdir / f"{index}.png").write_bytes(image_bytes(640, 640 + index, colour=index * 60))
    rows = [
        {"agent": "ai-collage-maker", "images": ["0.png", "1.png", "2.png"]},
        {"agent": "midjourney", "textDescription": "a lighthouse", "modelName": "Midjourney_7"},
        {"agent": "ai-video-enhancer", "videos": ["https://cdn.example.com/clip.mp4"]},
        {"agent": "kling", "images": ["0.png"], "textDescription": "pan", "duration": "5s"},
    ]
    manifest = workdir / "catalog.jsonl"
    manifest.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = cli.run("batch", manifest, "--output", "out", "--json")
    assert result.returncode == 0, result.stderr
    assert result.json()["succeeded"] == 4
    assert mock.stats.requests["uploadImage"] == 3  # 0.png once, though used twice
    results = read_jsonl(workdir / "catalog.jsonl.results.jsonl")
    assert [Path(r["downloaded"][0]).suffix for r in results] == [".png", ".png", ".mp4", ".mp4"]


def test_batch_refuses_a_catalog_row_that_breaks_its_agents_rules(
    own_mock: MockFactory, workdir: Path
) -> None:
    mock, cli = own_mock()
    manifest = workdir / "bad.jsonl"
    manifest.write_text(json.dumps({"agent": "midjourney", "modelName": "v99"}) + "\n")
    result = cli.run("batch", manifest)
    assert result.returncode == 2
    assert "params.modelName" in result.stderr
    assert "params.textDescription" in result.stderr
    assert mock.stats.run_creations == 0


def test_a_finished_batch_resumed_keeps_its_results_and_rewrites_lost_ones(
    own_mock: MockFactory, workdir: Path
) -> None:
    mock, cli = own_mock()
    manifest = write_manifest(workdir, 4)
    assert cli.run("batch", manifest, "--json").returncode == 0
    results = workdir / "shots.jsonl.results.jsonl"
    written, before = results.read_bytes(), results.stat()
    again = cli.run("batch", manifest, "--json")
    assert again.returncode == 0
    assert again.json()["skipped"] == again.json()["succeeded"] == 4
    after = results.stat()  # the same bytes: kept as it is, not rewritten
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    results.write_text(written.decode()[:-10])  # a results manifest edited, or lost
    assert cli.run("batch", manifest, "--json").returncode == 0
    assert results.read_bytes() == written
    results.unlink()
    assert cli.run("batch", manifest, "--json").returncode == 0
    assert results.read_bytes() == written
    assert mock.stats.run_creations == 4


def test_a_bad_manifest_leaves_no_state_file(cli: CLI, workdir: Path) -> None:
    (workdir / "bad.jsonl").write_text('{"agent": "aipose", "textDescription": "x"}\n')
    assert cli.run("batch", "bad.jsonl").returncode == 2
    assert not (workdir / "bad.jsonl.state.jsonl").exists()


def test_a_state_of_a_longer_manifest_is_refused(own_mock: MockFactory, workdir: Path) -> None:
    mock, cli = own_mock()
    manifest = write_manifest(workdir, 3)
    assert cli.run("batch", manifest).returncode == 0
    manifest.write_text("".join(manifest.read_text().splitlines(keepends=True)[:2]))
    result = cli.run("batch", manifest)
    assert result.returncode == 2
    assert "has row 3 but the manifest has 2 rows" in result.stderr
    assert mock.stats.run_creations == 3


def test_a_finished_row_is_not_checked_against_the_spec_again(
    own_mock: MockFactory, workdir: Path
) -> None:
    # Its local image is gone: nothing of a finished row is sent again, so no matter.
    mock, cli = own_mock()
    manifest = write_manifest(workdir, 3)
    assert cli.run("batch", manifest).returncode == 0
    for image in (workdir / "images").iterdir():
        image.unlink()
    again = cli.run("batch", manifest, "--json")
    assert again.returncode == 0, again.stderr
    assert again.json()["skipped"] == 3
    assert mock.stats.run_creations == 3
