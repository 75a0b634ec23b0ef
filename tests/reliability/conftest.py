"""Fault tests repeat each fault and count what survived; `make reliability` prints the table.

SMSPLANNER_RELIABILITY_TRIALS scales the repeated scenarios: unset (make test) runs them at a
small size, `make reliability` sets it higher.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ENV = "SMSPLANNER_RELIABILITY_TRIALS"


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


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Tally:
    """A counter named after the test unless tally.name(...) is called."""
    return Tally(request.node.name.removeprefix("test_").replace("_", " "))


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not _OUTCOMES:
        return
    tr = terminalreporter
    w = max(len(o.scenario) for o in _OUTCOMES.values())
    tr.write_sep("=", "reliability: each fault repeated, outcomes counted")
    tr.write_line(f"{'scenario':{w}}  {'trials':>6}  {'survived, nothing lost':>22}  notes")
    for o in sorted(_OUTCOMES.values(), key=lambda o: o.scenario):
        tr.write_line(f"{o.scenario:{w}}  {o.trials:>6}  {o.survived:>22}  {o.notes}")


CHILD = Path(__file__).with_name("_child.py")
ROOT = Path(__file__).resolve().parents[2]


def start_child(mode: str, *args: object) -> subprocess.Popen[str]:
    """Start tests/reliability/_child.py in a new Python process (stdout: JSON lines)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(CHILD), mode, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def read_event(proc: subprocess.Popen[str], timeout: float = 60) -> dict:
    """The child's next JSON event; fails the test with its stderr if it died instead."""
    line = proc.stdout.readline() if proc.stdout else ""
    if not line:
        proc.wait(timeout)
        err = proc.stderr.read() if proc.stderr else ""
        pytest.fail(f"child exited with {proc.returncode} before reporting:\n{err[-3000:]}")
    return json.loads(line)


@pytest.fixture
def child():
    """start_child, with every child killed and reaped when the test ends."""
    procs: list[subprocess.Popen[str]] = []

    def start(mode: str, *args: object) -> subprocess.Popen[str]:
        p = start_child(mode, *args)
        procs.append(p)
        return p

    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait(30)
        for stream in (p.stdout, p.stderr):
            if stream:
                stream.close()


@pytest.fixture
def event():
    return read_event
