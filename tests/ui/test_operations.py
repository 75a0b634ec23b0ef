"""Operations: writes on the runner one at a time, one change signal each, one task per owner."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaign, list_campaigns
from smsplanner.storage.db import open_db
from smsplanner.ui.common.operations import Change, Changed, Operations, select
from smsplanner.ui.common.tasks import TaskRunner

WAIT = 10_000


@pytest.fixture
def make_ops(qtbot):
    """Operations on a database file, like the window's; torn down only once every task's
    deferred deletion has run (a runner freed before that crashes Qt)."""
    made: list[tuple[TaskRunner, Operations]] = []

    def make(db: Path, errors: list[BaseException]) -> tuple[Operations, list[Changed]]:
        open_db(db).close()  # migrated once, like the window's own connection does
        runner = TaskRunner()
        ops = Operations(runner, lambda: db, errors.append)
        made.append((runner, ops))
        seen: list[Changed] = []
        ops.changed.connect(seen.append)
        return ops, seen

    yield make
    for runner, ops in made:
        ops.wait_idle()
        runner.wait_all()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _add(name: str):
    def work(conn, _progress, _is_cancelled) -> list[int]:
        return [add_campaign(conn, Campaign(name=name, date=dt.date(2026, 1, 1)))]

    return work


def test_writes_run_in_order_and_each_says_once_what_changed(make_ops, tmp_path: Path) -> None:
    errors: list[BaseException] = []
    ops, seen = make_ops(tmp_path / "c.sqlite", errors)
    order: list[str] = []
    for name in ("a", "b", "c"):
        ops.run(_add(name), change=select, on_success=lambda _ids, n=name: order.append(n))
    assert ops.is_busy()
    assert ops.wait_idle(WAIT)
    assert order == ["a", "b", "c"] and not errors
    assert [c.what for c in seen] == [Change.CAMPAIGNS] * 3
    assert all(len(c.select_ids) == 1 for c in seen)
    names = [c.name for c in list_campaigns(open_db(tmp_path / "c.sqlite"), channel=None)]
    assert sorted(names) == ["a", "b", "c"]


def test_a_refused_write_reports_and_changes_nothing(make_ops, tmp_path: Path) -> None:
    errors: list[BaseException] = []
    ops, seen = make_ops(tmp_path / "c.sqlite", errors)
    ops.run(_add("same"), change=Change.CAMPAIGNS)
    ops.run(_add("same"), change=Change.CAMPAIGNS)  # a duplicate name is refused
    assert ops.wait_idle(WAIT)
    assert len(seen) == 1 and len(errors) == 1


def test_a_new_write_of_the_same_owner_drops_the_running_one(make_ops, tmp_path: Path) -> None:
    errors: list[BaseException] = []
    ops, seen = make_ops(tmp_path / "c.sqlite", errors)
    owner = QObject()
    started, release = threading.Event(), threading.Event()
    called: list[str] = []

    def slow(conn, _progress, is_cancelled) -> list[int]:
        started.set()
        release.wait(5)
        return []

    ops.run(slow, change=Change.CAMPAIGNS, owner=owner,
            on_success=lambda _r: called.append("first"),
            on_cancelled=lambda: called.append("first cancelled"))
    assert started.wait(5)
    ops.run(_add("second"), change=select, owner=owner,
            on_success=lambda _r: called.append("second"))
    release.set()
    assert ops.wait_idle(WAIT)
    assert called == ["second"]  # the dropped write's callbacks never run
    assert seen[-1].touches(Change.CAMPAIGNS) and not errors


def test_runner_keeps_one_task_per_owner(qtbot) -> None:
    runner = TaskRunner()
    owner = QObject()
    release = threading.Event()
    got: list[str] = []
    first = runner.run(lambda p, c: release.wait(5) and "first", owner=owner,
                       on_done=got.append, on_cancelled=lambda: got.append("cancelled"))
    second = runner.run(lambda p, c: "second", owner=owner, on_done=got.append)
    assert first.is_cancelled() and runner.current(owner) is second
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT)
    assert got == ["second"] and runner.current(owner) is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_success_runs_before_the_views_refresh(make_ops, tmp_path: Path) -> None:
    """The import marks its rows in on_success; the table then refreshes (and sizes its
    columns) with the marks in place."""
    errors: list[BaseException] = []
    ops, _seen = make_ops(tmp_path / "c.sqlite", errors)
    events: list[str] = []
    ops.changed.connect(lambda _c: events.append("changed"))
    ops.run(_add("a"), change=select, on_success=lambda _ids: events.append("success"))
    assert ops.wait_idle(WAIT)
    assert events == ["success", "changed"] and not errors
