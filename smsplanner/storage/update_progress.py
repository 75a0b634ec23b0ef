"""How far the update of an older campaign file has got, as plain data for whichever front
end shows it (the update dialog, the command line's terminal line).

Opening a file that needs an update calls `report(UpdateProgress(...))` on the thread that
opens it (the GUI's worker): the backup, then the migrations, and for a file of the release
before the compact store its messages converted N of M, saved, totals counted, and the file
rewritten smaller. That last step (VACUUM) cannot say how far it is: its progress is
unknown, and front ends show it as busy. No report (None, the default) costs nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum


class UpdateStage(StrEnum):
    """The steps of an update, in the order they come (a step may be skipped)."""

    BACKUP = "backup"  # a copy of the file as it was; done/total in pages
    MIGRATING = "migrating"  # the schema changes themselves (quick unless messages convert)
    CONVERTING = "converting"  # messages converted to the compact store; done/total messages
    SAVING = "saving"  # the converted messages written in key order
    TOTALS = "totals"  # each campaign's totals counted again, and the update committed
    COMPACTING = "compacting"  # VACUUM: the file rewritten smaller; no progress known


@dataclass(frozen=True, slots=True)
class UpdateProgress:
    """One report: the step, and how far it is (total 0: the step cannot say)."""

    stage: UpdateStage
    done: int = 0
    total: int = 0

    def percent(self) -> int | None:
        """The whole update's progress, 0-100, or None while it cannot be known (VACUUM).

        Each step gets the share of the update it took on a 1M-message file (backup 1%,
        converting 80%, saving 4%, totals and commit 9%; the bench in bench/bench_convert.py).
        """
        span = _SPANS[self.stage]
        if span is None:
            return None
        lo, hi = span
        frac = min(1.0, max(0.0, self.done / self.total)) if self.total > 0 else 0.0
        return lo + int((hi - lo) * frac)


_SPANS: dict[UpdateStage, tuple[int, int] | None] = {
    UpdateStage.BACKUP: (0, 4),
    UpdateStage.MIGRATING: (4, 5),
    UpdateStage.CONVERTING: (5, 87),
    UpdateStage.SAVING: (87, 91),
    UpdateStage.TOTALS: (91, 100),
    UpdateStage.COMPACTING: None,
}

ReportUpdate = Callable[[UpdateProgress], None]

MIN_INTERVAL_S = 0.1  # at most ten reports a second reach a front end


def throttled(report: ReportUpdate, interval: float = MIN_INTERVAL_S,
              clock: Callable[[], float] = time.monotonic) -> ReportUpdate:
    """`report`, passed every new step and every step's end, and otherwise at most once per
    `interval`, so a front end is never flooded. Called on the updating thread."""
    last_stage: UpdateStage | None = None
    last_time = 0.0

    def passed(p: UpdateProgress) -> None:
        nonlocal last_stage, last_time
        now = clock()
        new_stage = p.stage is not last_stage
        ended = p.total > 0 and p.done >= p.total
        if new_stage or ended or now - last_time >= interval:
            last_stage, last_time = p.stage, now
            report(p)

    return passed


# The migrations run through sqlite-utils, which calls each with the database alone: the
# report reaches them through this variable, set only around that call on the opening thread.
_CURRENT: ContextVar[ReportUpdate | None] = ContextVar("update_report", default=None)


@contextmanager
def reporting(report: ReportUpdate | None) -> Iterator[None]:
    """Make `report` the one migrations running inside this block call (this thread only)."""
    token = _CURRENT.set(report)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current() -> ReportUpdate | None:
    """The report of the update running on this thread, if its opener asked for one."""
    return _CURRENT.get()


def say(report: ReportUpdate | None, stage: UpdateStage, done: int = 0, total: int = 0) -> None:
    """report(UpdateProgress(stage, done, total)) when there is a report."""
    if report is not None:
        report(UpdateProgress(stage, done, total))
