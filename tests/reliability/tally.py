"""The fault suites' outcome table: each scenario's trials and how many survived.

A pytest plugin (tests/conftest.py loads it), so the table also comes out when the tests run
in parallel: each pytest-xdist worker counts its own scenarios and hands them to the
controller when it finishes, which adds them up and prints the one table.

SMSPLANNER_RELIABILITY_TRIALS scales the repeated scenarios: unset (make test) runs them at a
small size, `make reliability` sets it higher.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

import pytest

ENV = "SMSPLANNER_RELIABILITY_TRIALS"
_WORKER_KEY = "smsplanner_reliability_outcomes"


def trials(small: int, scale: float = 1.0) -> int:
    """How many times to repeat a fault: `small` in make test, else the env var x scale."""
    try:
        wanted = int(os.environ.get(ENV, "0"))
    except ValueError:
        wanted = 0
    return max(small, int(wanted * scale))


@dataclass
class Outcome:
    scenario: str
    trials: int = 0
    survived: int = 0
    notes: str = ""


# This process's counts; in the controller of a parallel run, every worker's added up.
_OUTCOMES: dict[str, Outcome] = {}


class Tally:
    """Counts one scenario's trials and how many ended with nothing lost."""

    def __init__(self, scenario: str) -> None:
        self._default = scenario
        self._outcome: Outcome | None = None

    def name(self, scenario: str) -> Tally:
        """Count under this scenario name (parametrized tests may share one)."""
        self._outcome = _OUTCOMES.setdefault(scenario, Outcome(scenario))
        return self

    @property
    def outcome(self) -> Outcome:
        if self._outcome is None:
            self.name(self._default)
        assert self._outcome is not None
        return self._outcome

    def trial(self, survived: bool) -> None:
        self.outcome.trials += 1
        self.outcome.survived += int(survived)

    def repeat(self, small: int, scale: float = 1.0) -> int:
        """How many trials to run (see trials()); scale < 1 for slow scenarios."""
        return trials(small, scale)

    def note(self, text: str) -> None:
        self.outcome.notes = text


def merge(rows: list[dict]) -> None:
    """Add one worker's outcomes to this process's table."""
    for row in rows:
        got = Outcome(**row)
        mine = _OUTCOMES.setdefault(got.scenario, Outcome(got.scenario))
        mine.trials += got.trials
        mine.survived += got.survived
        if got.notes and got.notes not in mine.notes:
            mine.notes = f"{mine.notes}; {got.notes}" if mine.notes else got.notes


def pytest_sessionfinish(session: pytest.Session) -> None:
    """In an xdist worker: hand this worker's outcomes to the controller."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output[_WORKER_KEY] = [asdict(o) for o in _OUTCOMES.values()]


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """In the xdist controller: a worker finished; add up what it counted."""
    merge(getattr(node, "workeroutput", {}).get(_WORKER_KEY, []))


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not _OUTCOMES or hasattr(config, "workeroutput"):
        return
    tr = terminalreporter
    w = max(len(o.scenario) for o in _OUTCOMES.values())
    tr.write_sep("=", "reliability: each fault repeated, outcomes counted")
    tr.write_line(f"{'scenario':{w}}  {'trials':>6}  {'survived, nothing lost':>22}  notes")
    for o in sorted(_OUTCOMES.values(), key=lambda o: o.scenario):
        tr.write_line(f"{o.scenario:{w}}  {o.trials:>6}  {o.survived:>22}  {o.notes}")
