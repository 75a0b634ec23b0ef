"""Fault tests repeat each fault and count what survived (tests/reliability/tally.py keeps
the counts and prints the table); children to kill, and their events."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.tally import Tally


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Tally:
    """A counter named after the test unless tally.name(...) is called."""
    return Tally(request.node.name.removeprefix("test_").replace("_", " "))


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
