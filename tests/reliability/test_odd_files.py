"""Odd things given as a file to import: each refused in one sentence within 10 s and 1 GB.

Devices, named pipes, folders, link loops and a CSV 100,000 columns wide: each once hung or
printed a traceback. Run through the real command in a child with a time and memory limit.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from smsplanner.storage.db import open_db

LIMIT_S = 10
MEMORY = 1024**3


def _dev_zero(tmp: Path) -> Path:
    return Path("/dev/zero")


def _fifo(tmp: Path) -> Path:
    p = tmp / "results.csv"
    os.mkfifo(p)
    return p


def _folder(tmp: Path) -> Path:
    p = tmp / "exports.csv"
    p.mkdir()
    return p


def _link_loop(tmp: Path) -> Path:
    a, b = tmp / "a.csv", tmp / "b.csv"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _wide_csv(tmp: Path) -> Path:
    p = tmp / "wide.csv"
    p.write_text(",".join(f"c{i}" for i in range(100_000)) + "\n"
                 + ",".join("1" for _ in range(100_000)) + "\n")
    return p


def _wide_no_newline(tmp: Path) -> Path:
    p = tmp / "one-line.csv"
    p.write_text(";".join("x" for _ in range(600_000)))
    return p


def _wide_workbook(tmp: Path) -> Path:
    import openpyxl

    p = tmp / "wide.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Results")
    ws.append([f"c{i}" for i in range(16_384)])  # Excel's widest sheet
    ws.append([1] * 16_384)
    wb.save(p)
    return p


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "/dev/zero": (_dev_zero, "is a device"),
    "named pipe": (_fifo, "is a pipe"),
    "folder": (_folder, "is a folder"),
    "symlink loop": (_link_loop, "points back to itself"),
    "100,000 columns": (_wide_csv, "100,000 columns"),
    "one line of 600,000 cells": (_wide_no_newline, "at most 2,000"),
    "16,384-column workbook": (_wide_workbook, "16,384 columns"),
}


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY + 512 * 1024**2, resource.RLIM_INFINITY))


@pytest.mark.skipif(sys.platform != "linux", reason="devices, pipes and rlimits as on Linux")
@pytest.mark.parametrize("case", list(CASES))
def test_odd_file_types_are_refused_quickly_in_one_sentence(
        case: str, tmp_path: Path, db_path: Path, tally) -> None:
    tally.name("odd file types (device, pipe, folder, loop, 100k/16k columns)")
    make, words = CASES[case]
    open_db(db_path).close()
    target = make(tmp_path)
    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "smsplanner", "--db", str(db_path), "import", str(target)],
            capture_output=True, text=True, timeout=LIMIT_S + 20, preexec_fn=_limits)
    except subprocess.TimeoutExpired:
        tally.trial(False)
        pytest.fail(f"{case}: still running after {LIMIT_S + 20} s")
    took = time.monotonic() - start
    err = done.stderr + done.stdout
    ok = (done.returncode == 2 and words in err and "Traceback" not in err
          and took < LIMIT_S)
    tally.trial(ok)
    assert ok, (case, done.returncode, round(took, 1), err[-600:])
