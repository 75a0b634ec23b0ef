"""The task runner: work runs on a worker thread; results, errors and progress come back on
the GUI thread; cancel stops the work; wait_all waits for it."""

from __future__ import annotations

import threading
import time

import pytest

from smsplanner.domain.errors import Cancelled
from smsplanner.ui.common.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.cancel_all()
    r.wait_all()


def test_result_arrives_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}

    def work(progress, is_cancelled):
        seen["worker"] = threading.current_thread()
        total = 5
        for i in range(total):
            progress(i + 1, total)
        return sum(range(10))

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    progress: list[tuple[int, int]] = []
    task = runner.run(work, on_done=done, on_progress=lambda d, t: progress.append((d, t)))
    assert runner.is_busy()
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 45
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert progress[-1] == (5, 5)  # the last step always gets through the throttle
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=2000)
    assert task.is_finished()


def test_error_goes_to_on_error_not_on_done(qtbot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    done: list[object] = []

    def work(progress, is_cancelled):
        raise ValueError("broken file")

    runner.run(work, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and not done


def test_cancel_stops_the_work_and_skips_on_done(qtbot, runner: TaskRunner) -> None:
    started = threading.Event()
    steps: list[int] = []
    outcome: list[str] = []

    def work(progress, is_cancelled):
        started.set()
        for i in range(1000):
            if is_cancelled():
                raise Cancelled
            steps.append(i)
            time.sleep(0.002)
        return "finished"

    task = runner.run(work, on_done=lambda r: outcome.append("done"),
                      on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    assert runner.wait_all(5000)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert len(steps) < 1000


def test_synchronous_mode_runs_inline(qtbot) -> None:
    runner = TaskRunner(synchronous=True)
    ran_on: list[threading.Thread] = []
    results: list[int] = []
    runner.run(lambda p, c: ran_on.append(threading.current_thread()) or 7,
               on_done=results.append)
    assert ran_on == [threading.main_thread()]
    qtbot.waitUntil(lambda: results == [7], timeout=2000)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=2000)
