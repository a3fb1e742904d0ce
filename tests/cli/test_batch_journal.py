"""The batch state file at scale: group commit, crash safety, O(1) per event, compact
replay, and the key on disk before the request that carries it."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from weshop.cli import _journal, _state
from weshop.cli._batch_engine import AdaptiveLimit, Batch, Tally
from weshop.cli._batch_rows import check_rows, check_state
from weshop.cli._common import Output, UsageError
from weshop.cli._journal import StateFile, write_lines_atomically
from weshop.cli._manifest import ManifestRow, iter_manifest, load_manifest
from weshop.cli._progress import BatchCounts, BatchProgress
from weshop.cli._state import (
    FAILED,
    SUCCEEDED,
    LoadedState,
    load_state,
)

from .conftest import wait_until


def _key(row: int) -> dict[str, Any]:
    return {
        "event": "key",
        "row": row,
        "fingerprint": "f" * 32,
        "key": f"00000000-0000-4000-8000-{row:012d}",
        "input": {},
        "params": {"textDescription": "a lighthouse", "batchCount": 1},
    }


def _done(row: int, status: str = "Success") -> dict[str, Any]:
    return {
        "event": "done",
        "row": row,
        "key": f"00000000-0000-4000-8000-{row:012d}",
        "fingerprint": "f" * 32,
        "executionId": f"e{row:08d}",
        "status": status,
        "images": [f"https://cdn.example.com/{row:08d}.png"],
        "videos": [],
        "downloaded": [],
        "error": None,
    }


class _Gate:
    """Holds ``os.fsync`` calls of the writer thread while closed."""

    def __init__(self) -> None:
        self.released = threading.Event()
        self.released.set()

    def close(self) -> None:
        self.released.clear()

    def set(self) -> None:
        self.released.set()


@pytest.fixture
def blocked_fsync(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Gate]:
    """``os.fsync`` in the journal's writer thread waits while the gate is closed."""
    gate = _Gate()
    real = os.fsync

    def fsync(fd: int) -> None:
        if threading.current_thread().name == "weshop-batch-state":
            gate.released.wait(timeout=30)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    yield gate
    gate.set()


# --------------------------------------------------------------------------- group commit
def test_group_commit_writes_what_queued_up_with_one_fsync(
    tmp_path: Path, blocked_fsync: _Gate
) -> None:
    path = tmp_path / "s.jsonl"
    journal = StateFile(path)
    journal.open()
    journal.start_writer()
    blocked_fsync.close()

    async def main() -> None:
        journal.enqueue(_key(1))
        first = asyncio.ensure_future(journal.sync())
        # The writer thread takes the first event and waits in fsync...
        assert await asyncio.to_thread(wait_until, lambda: not journal._queue, 10, 0.001)
        for row in range(2, 201):  # ...while 199 more queue up
            journal.enqueue(_key(row))
        last = asyncio.ensure_future(journal.sync())
        await asyncio.sleep(0.01)
        assert not first.done()  # nothing is durable yet
        assert not last.done()
        blocked_fsync.set()
        await asyncio.gather(first, last)

    asyncio.run(main())
    journal.close()
    assert journal.syncs == 2  # 200 events, two writes and two fsyncs
    assert len(load_state(path).rows) == 200


def test_sync_returns_once_the_line_is_on_disk(tmp_path: Path, blocked_fsync: _Gate) -> None:
    path = tmp_path / "s.jsonl"
    journal = StateFile(path)
    journal.open()
    journal.start_writer()
    blocked_fsync.close()
    seen: list[bytes] = []

    async def main() -> None:
        offset = journal.enqueue(_key(7))
        assert offset == 0
        waiting = asyncio.ensure_future(journal.sync())
        await asyncio.sleep(0.02)
        assert not waiting.done()  # fsync has not returned
        blocked_fsync.set()
        await waiting
        seen.append(path.read_bytes())

    asyncio.run(main())
    journal.close()
    assert json.loads(seen[0])["key"] == _key(7)["key"]


def test_append_after_the_writer_started_is_durable_too(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    with StateFile(path).opened() as journal:
        journal.start_writer()
        journal.enqueue(_key(1))
        offset = journal.append(_key(2))  # waits for the writer: both on disk
        assert path.read_bytes().count(b"\n") == 2
        assert json.loads(path.read_bytes()[offset:])["row"] == 2


def test_a_write_failure_stops_the_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    journal = StateFile(tmp_path / "s.jsonl")
    journal.open()
    monkeypatch.setattr(os, "fsync", full)
    journal.start_writer()

    async def main() -> None:
        journal.enqueue(_key(1))
        with pytest.raises(_journal.JournalError, match="No space left"):
            await journal.sync()
        with pytest.raises(_journal.JournalError):
            journal.enqueue(_key(2))

    asyncio.run(main())
    journal.close()


# --------------------------------------------------------------------------- O(1)
def test_bytes_written_per_event_do_not_grow_with_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every event is one appended line: the bytes written for row 100,000's events are
    those of row 1's (but for the row number's digits), and nothing is ever rewritten."""
    path = tmp_path / "s.jsonl"
    written: list[int] = []
    real_write = os.write

    def write(fd: int, data: Any) -> int:
        written.append(len(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "fsync", lambda fd: None)  # bytes are counted, not syncs
    monkeypatch.setattr(_journal, "now", lambda: "2026-12-04T10:00:00.000Z")
    with StateFile(path).opened() as journal:

        def cost(row: int) -> int:
            before = sum(written)
            journal.append(_key(row))
            journal.append({"event": "submitted", "row": row, "key": "k", "executionId": "e"})
            journal.append(_done(row))
            return sum(written) - before

        first = cost(100_001)
        for row in range(100_002, 102_001):
            cost(row)
        last = cost(199_999)
    assert first == last  # same digits, same bytes: 2,000 rows later, not a byte more
    assert sum(written) == path.stat().st_size  # appends only: no rewrite, no copy
    assert len(written) == 3 * 2_001  # one write per event


# --------------------------------------------------------------------------- crash safety
_WRITER = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from weshop.cli._journal import StateFile

    async def main() -> None:
        journal = StateFile(Path(sys.argv[1]))
        journal.open()
        journal.start_writer()
        row = 0
        while True:
            for _ in range(20):
                row += 1
                journal.enqueue({"event": "key", "row": row, "fingerprint": "f",
                                 "key": f"k{row}", "params": {"pad": "x" * 3000}})
            await journal.sync()
            print(row, flush=True)  # every key up to row is durable

    asyncio.run(main())
    """
)


def test_a_journal_killed_mid_write_keeps_every_synced_key(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    synced = 0
    try:
        for line in process.stdout:
            synced = int(line)
            if synced >= 400:
                break
    finally:
        process.kill()  # SIGKILL, likely in the middle of a write
        process.wait()
        process.stdout.close()
    state = load_state(path)
    assert synced >= 400
    assert all(state.rows[row].key == f"k{row}" for row in range(1, synced + 1))
    assert state.ignored <= 1  # at most the torn last line
    # Resuming: the torn tail is set apart and the journal goes on appending whole lines.
    with StateFile(path).opened() as journal:
        journal.append({"event": "submitted", "row": 1, "key": "k1", "executionId": "e1"})
    again = load_state(path)
    assert again.rows[1].execution_id == "e1"
    assert again.ignored == state.ignored


def test_a_torn_last_line_and_resume_by_compact_replay(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    lines = [_key(1), _done(1), _key(2), _done(2, "Failed"), _key(3)]
    text = "".join(json.dumps(record) + "\n" for record in lines)
    path.write_bytes(text.encode() + b'{"event": "submitted", "row": 3, "executionId": "e')
    with StateFile(path).opened() as journal:
        journal.append({"event": "submitted", "row": 3, "key": "k3", "executionId": "e3"})
    state = load_state(path, compact=True)
    assert state.ignored == 1
    assert set(state.rows) == {3}  # finished rows are not objects
    assert state.rows[3].execution_id == "e3"
    assert state.finished_outcome(1) == SUCCEEDED
    assert state.finished_outcome(2) == FAILED
    one = state.finished_row(1)
    assert (one.key, one.execution_id, one.status) == (_key(1)["key"], "e00000001", "Success")
    state.close()


def test_compact_replay_agrees_with_the_full_one(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    old_done = {k: v for k, v in _done(2).items() if k not in ("key", "fingerprint")}
    records: list[dict[str, Any]] = [
        {"event": "start", "version": 1},
        _key(1),
        {"event": "submitted", "row": 1, "key": _key(1)["key"], "executionId": "e1"},
        _done(1),
        _key(2),
        old_done,  # an older file's done event: key and fingerprint from the key event
        _key(3),
        {"event": "error", "row": 3, "key": "k3", "sent": True, "error": {"type": "X"}},
        _key(4),
        _done(4, "Failed"),
        _key(4),  # run again (--retry-failed): not finished any more
    ]
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    full = load_state(path)
    compact = load_state(path, compact=True)
    assert set(compact.rows) == {3, 4}
    for row in (1, 2):
        expected, found = full.rows[row], compact.finished_row(row)
        assert (found.key, found.fingerprint, found.execution_id, found.status) == (
            expected.key,
            expected.fingerprint,
            expected.execution_id,
            expected.status,
        )
    assert compact.rows[3].error == full.rows[3].error
    assert compact.rows[4].key == full.rows[4].key
    assert not compact.rows[4].finished
    compact.close()


def test_finished_rows_beyond_the_manifest_stay_objects(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (_key(9), _done(9))))
    state = load_state(path, compact=True, max_row=5)
    assert state.rows[9].finished  # kept, so the batch can tell it is another manifest's
    assert len(state.outcome) <= 6


# --------------------------------------------------------------------------- the engine
class _Runs:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.keys_on_disk_when_sent: list[bool] = []

    async def create(self, agent: str, **kwargs: Any) -> SimpleNamespace:
        key = kwargs["idempotency_key"]
        self.keys_on_disk_when_sent.append(key in self.path.read_text())
        return SimpleNamespace(execution_id=f"e-{key}")

    async def wait(self, execution_id: str, timeout: float) -> SimpleNamespace:
        await asyncio.sleep(0)
        return SimpleNamespace(
            execution_id=execution_id,
            status="Success",
            succeeded=True,
            images=["https://cdn.example.com/a.png"],
            videos=[],
        )


def test_a_key_is_on_disk_before_the_request_that_carries_it(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    runs = _Runs(path)
    client: Any = SimpleNamespace(runs=runs)
    rows = [
        ManifestRow(row=n, line=n, agent="midjourney", image=None, params={"textDescription": "x"})
        for n in range(1, 41)
    ]
    journal = StateFile(path)
    journal.open()
    out = Output("weshop batch", json_mode=True)
    counts = BatchCounts(total=len(rows))
    batch = Batch(
        states={},
        journal=journal,
        base=tmp_path,
        output=None,
        wait_timeout=60,
        counts=counts,
        progress=BatchProgress(out, counts),
        limit=AdaptiveLimit(8),
        tally=Tally(),
        loaded=LoadedState(compact=True),
    )

    async def main() -> None:
        journal.start_writer()
        await batch.run(client, iter(rows))

    asyncio.run(main())
    journal.close()
    assert runs.keys_on_disk_when_sent == [True] * 40
    assert batch.states == {}  # finished rows leave no object behind
    assert counts.succeeded == 40
    assert journal.syncs < 3 * 40  # group commit: fewer fsyncs than events
    state = load_state(path, compact=True)
    assert [state.finished_outcome(n) for n in range(1, 41)] == [SUCCEEDED] * 40
    state.close()


def test_the_manifest_is_read_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text(
        '{"agent": "midjourney", "textDescription": "a"}\r\n\n'
        '{"agent": "midjourney", "textDescription": "b"}\r'
        '{"agent": "midjourney", "textDescription": "c"}'
    )
    rows = iter_manifest(path)
    first = next(rows)
    assert (first.row, first.line, first.params["textDescription"]) == (1, 1, "a")
    assert [(r.row, r.line) for r in rows] == [(2, 3), (3, 4)]
    assert [r.params for r in load_manifest(path)] == [
        {"textDescription": t} for t in ("a", "b", "c")
    ]


# --------------------------------------------------------------------------- resuming
def _midjourney_rows(path: Path, count: int) -> list[ManifestRow]:
    path.write_text(
        "".join(
            json.dumps({"agent": "midjourney", "textDescription": f"row {i}"}) + "\n"
            for i in range(1, count + 1)
        )
    )
    return load_manifest(path)


def _finished_state(path: Path, rows: list[ManifestRow], fingerprints: dict[int, str]) -> None:
    records: list[dict[str, Any]] = []
    for row in rows:
        fingerprint = fingerprints.get(row.row, row.fingerprint)
        records += [{**_key(row.row), "fingerprint": fingerprint}]
        records += [{**_done(row.row), "fingerprint": fingerprint}]
    path.write_text("".join(json.dumps(record) + "\n" for record in records))


def test_a_finished_rows_fingerprint_is_kept_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    old_done = {k: v for k, v in _done(2).items() if k not in ("key", "fingerprint")}
    records = [_key(1), {**_done(1), "fingerprint": "a" * 32}, _key(2), old_done, _key(3)]
    records += [{**_key(4), "fingerprint": "not hex"}, {**_done(4), "fingerprint": None}]
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    full, compact = load_state(path), load_state(path, compact=True)
    assert compact.finished_fingerprint(1) == bytes.fromhex("a" * 32)  # the done line's
    assert compact.finished_fingerprint(2) == bytes.fromhex("f" * 32)  # the key line's
    for row in (1, 2, 4):  # as the line read back says, with nothing read back
        expected = _state.fingerprint_bytes(compact.finished_row(row).fingerprint)
        assert compact.finished_fingerprint(row) == expected
        if row != 1:  # a full replay keeps the key line's fingerprint
            assert full.finished_fingerprint(row) == expected
    assert _state.fingerprint_bytes(None) == _state.NO_FINGERPRINT
    assert _state.fingerprint_bytes("not hex") != _state.fingerprint_bytes("not hex!")
    assert len(_state.fingerprint_bytes("not hex")) == _state.FINGERPRINT_SIZE
    compact.unfinish(1)
    assert compact.finished_fingerprint(1) == _state.NO_FINGERPRINT
    compact.close()


def test_one_pass_checks_rows_to_run_against_the_spec_and_every_row_against_the_state(
    tmp_path: Path,
) -> None:
    manifest = tmp_path / "m.jsonl"
    rows = _midjourney_rows(manifest, 4)
    state_path = tmp_path / "s.jsonl"
    _finished_state(state_path, rows[:2], {})
    # Rows 1 and 2 finished; row 3 (unfinished) breaks the agent's rules (no prompt). (That
    # a finished row is not checked against the spec again: tests/cli/test_batch.py.)
    lines = manifest.read_text().splitlines()
    bad = json.dumps({"agent": "midjourney"})
    manifest.write_text("\n".join([lines[0], lines[1], bad, lines[3]]) + "\n")
    state = load_state(state_path, compact=True)
    checked = check_rows(iter_manifest(manifest), tmp_path, state, retry_failed=False)
    assert (checked.total, checked.problem_count, checked.changed_row) == (4, 1, None)
    assert checked.problems[0].startswith("row 3 (line 3)")
    check_state(checked, state, state_path)  # nothing refused
    state.close()
    # A finished row that changed since it was submitted is refused...
    _finished_state(state_path, rows[:2], {2: "1" * 32})
    state = load_state(state_path, compact=True)
    checked = check_rows(iter_manifest(manifest), tmp_path, state, retry_failed=False)
    assert checked.changed_row == 2
    with pytest.raises(UsageError, match="row 2 of the manifest changed"):
        check_state(checked, state, state_path)
    state.close()


def test_a_state_with_finished_rows_beyond_the_manifest_is_refused(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    rows = _midjourney_rows(manifest, 3)
    state_path = tmp_path / "s.jsonl"
    _finished_state(state_path, rows, {})
    manifest.write_text("".join(manifest.read_text().splitlines(keepends=True)[:2]))
    state = load_state(state_path, compact=True)  # no max_row: row 3 is compact
    assert not state.rows
    checked = check_rows(iter_manifest(manifest), tmp_path, state, retry_failed=False)
    with pytest.raises(UsageError, match="has row 3 but the manifest has 2 rows"):
        check_state(checked, state, state_path)
    state.close()


def test_an_unchanged_file_is_kept_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    lines = [f'{{"row":{i},"outcome":"succeeded","note":"é"}}\n' for i in range(1, 500)]
    assert write_lines_atomically(path, iter(lines), keep_if_unchanged=True)
    before = path.stat()
    assert not write_lines_atomically(path, iter(lines), keep_if_unchanged=True)
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert [p.name for p in tmp_path.iterdir()] == ["results.jsonl"]  # no temporary left
    for changed in (lines[:-1], [*lines, "{}\n"], [*lines[:-1], lines[-1].replace("é", "e")]):
        assert write_lines_atomically(path, iter(changed), keep_if_unchanged=True)
        assert path.read_text(encoding="utf-8") == "".join(changed)
    assert write_lines_atomically(path, iter(lines))
    assert write_lines_atomically(path, iter(lines))  # without keep_if_unchanged: replaced
