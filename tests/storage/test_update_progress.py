"""Progress of updating a real file of the release before the compact store: what the
update reports (steps in order, messages counted up to all of them, pages of the backup),
that it reports nothing without a listener, and the throttle front ends put in front of it."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

import pytest

from smsplanner.storage import backups, compact_store
from smsplanner.storage.db import open_db
from smsplanner.storage.update_progress import (
    UpdateProgress,
    UpdateStage,
    throttled,
)
from tests.storage.test_compact_migration import N
from tests.storage.test_compact_migration import _old_file as old_messages_file

S = UpdateStage
MESSAGES = N + 500  # the old file's two logs


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _run_stages(events: list[UpdateProgress]) -> list[UpdateStage]:
    """The steps in the order they came, each once."""
    out: list[UpdateStage] = []
    for e in events:
        if not out or out[-1] is not e.stage:
            out.append(e.stage)
    return out


def test_converting_an_old_file_reports_each_step_in_order(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old_messages_file(db_path, monkeypatch)
    # Small steps, so that a file of a few thousand messages reports like a big one does.
    monkeypatch.setattr(compact_store, "CONVERT_ROWS", 1000)
    monkeypatch.setattr(compact_store, "REPORT_ROWS", 300)
    monkeypatch.setattr(backups, "BACKUP_STEP_PAGES", 4)
    events: list[UpdateProgress] = []
    threads: set[threading.Thread] = set()

    def report(p: UpdateProgress) -> None:
        events.append(p)
        threads.add(threading.current_thread())

    conn = open_db(db_path, report=report)
    try:
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == MESSAGES
    finally:
        conn.close()
    assert _run_stages(events) == [S.BACKUP, S.MIGRATING, S.CONVERTING, S.SAVING, S.TOTALS,
                                   S.COMPACTING]
    assert threads == {threading.current_thread()}  # the opening thread
    backup = [e for e in events if e.stage is S.BACKUP and e.total]
    assert len(backup) > 2 and backup[-1].done == backup[-1].total
    assert [e.done for e in backup] == sorted(e.done for e in backup)
    converting = [e for e in events if e.stage is S.CONVERTING]
    assert {e.total for e in converting} == {MESSAGES}
    done = [e.done for e in converting]
    assert done[0] == 0 and done[-1] == MESSAGES
    assert all(b > a for a, b in itertools.pairwise(done))  # strictly rising
    assert len(done) >= MESSAGES // 300  # a report every step, not one per 1000-row read
    # The whole update's percentage only ever rises, then is unknown while VACUUM runs.
    percents = [e.percent() for e in events]
    known = [p for p in percents if p is not None]
    assert known == sorted(known) and known[0] == 0
    assert known[-1] == UpdateProgress(S.TOTALS).percent()
    assert percents[-1] is None and events[-1].stage is S.COMPACTING
    assert all(p is not None for p in percents[:-1])


def test_without_a_listener_the_update_converts_the_same(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default (no report) gives the same file as reporting does."""
    old_messages_file(db_path, monkeypatch)
    other = tmp_path / "other" / "campaigns.sqlite"
    other.parent.mkdir()
    old_messages_file(other, monkeypatch)
    quiet = open_db(db_path)
    heard: list[UpdateProgress] = []
    loud = open_db(other, report=heard.append)
    try:
        q = "SELECT key, campaign_id, batch_id, state, sent_at, order_value, cost FROM messages"
        assert quiet.execute(q).fetchall() == loud.execute(q).fetchall()
        assert heard
    finally:
        quiet.close()
        loud.close()


def test_a_current_file_reports_nothing(db_path: Path) -> None:
    open_db(db_path).close()
    heard: list[UpdateProgress] = []
    open_db(db_path, report=heard.append).close()
    assert heard == []


def test_the_throttle_passes_new_steps_and_ends_and_at_most_one_report_per_interval() -> None:
    now = [0.0]
    heard: list[UpdateProgress] = []
    report = throttled(heard.append, interval=0.1, clock=lambda: now[0])
    report(UpdateProgress(S.BACKUP))
    for k in range(1, 101):  # 100 reports within 0.05 s: only the step's end gets through
        now[0] += 0.0005
        report(UpdateProgress(S.BACKUP, k, 100))
    assert [e.done for e in heard] == [0, 100]
    report(UpdateProgress(S.CONVERTING, 0, 1000))  # a new step: at once
    for k in range(1, 1000):  # one report every 0.01 s for about 10 s
        now[0] += 0.01
        report(UpdateProgress(S.CONVERTING, k, 1000))
    converting = [e for e in heard if e.stage is S.CONVERTING]
    assert 85 <= len(converting) <= 101  # about ten a second, never more
    report(UpdateProgress(S.CONVERTING, 1000, 1000))
    report(UpdateProgress(S.COMPACTING))
    assert heard[-2:] == [UpdateProgress(S.CONVERTING, 1000, 1000),
                          UpdateProgress(S.COMPACTING)]


def test_the_percentage_follows_each_step_share() -> None:
    assert UpdateProgress(S.BACKUP).percent() == 0
    assert UpdateProgress(S.CONVERTING, 0, 5_000_000).percent() == 5
    assert UpdateProgress(S.CONVERTING, 1_200_000, 5_000_000).percent() == 24
    assert UpdateProgress(S.CONVERTING, 5_000_000, 5_000_000).percent() == 87
    assert UpdateProgress(S.TOTALS).percent() == 91
    assert UpdateProgress(S.COMPACTING).percent() is None
