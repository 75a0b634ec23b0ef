"""On a terminal, a slow update of an older file shows how far it is on one line of stderr
that rewrites itself and is cleared before the closing sentence (a real pseudo-terminal, a
real file of the release before the compact store, the real command)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from smsplanner.cli.update_line import TerminalLine, line_text
from smsplanner.storage.update_progress import UpdateProgress, UpdateStage
from tests.storage.test_compact_migration import _old_file as old_messages_file

pty = pytest.importorskip("pty")  # POSIX terminals only
ROOT = Path(__file__).resolve().parents[2]


def _read_all(fd: int, into: bytearray) -> None:
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the other end closed
            return
        if not chunk:
            return
        into.extend(chunk)


def test_a_terminal_sees_one_line_rewritten_then_cleared(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    old_messages_file(db_path, monkeypatch)
    master, slave = pty.openpty()
    seen = bytearray()
    reader = threading.Thread(target=_read_all, args=(master, seen))
    reader.start()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "smsplanner", "--db", str(db_path), "campaigns", "--json"],
            stdout=subprocess.PIPE, stderr=slave, cwd=ROOT, timeout=300, check=False)
    finally:
        os.close(slave)
        reader.join(30)
        os.close(master)
    assert proc.returncode == 0 and len(json.loads(proc.stdout)) == 2  # stdout untouched
    err = seen.decode().replace("\r\n", "\n")  # the terminal's own line ends
    first, rest = err.split("\n", 1)
    assert first.startswith("smsplanner: updating the campaign file to the new version")
    assert "\r  making a backup first (" in rest
    assert "\r  converting messages: 3,500 of 3,500 (87%)" in rest
    assert "\r  tidying up the file; this last step can take a minute..." in rest
    # Cleared before the closing sentence, which starts a clean line.
    progress, closing = rest.rsplit("\r", 1)
    assert progress.endswith("\r" + " " * len("  tidying up the file; this last step can take "
                                              "a minute..."))
    assert closing.startswith("smsplanner: the campaign file was updated") and \
        closing.count("\n") == 1


class _Tty:
    """A text stream that says it is a terminal, holding what was written."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, s: str) -> int:
        self.text += s
        return len(s)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_a_shorter_line_blanks_what_the_longer_one_left() -> None:
    out = _Tty()
    line = TerminalLine(out)  # type: ignore[arg-type]
    long = UpdateProgress(UpdateStage.CONVERTING, 1_200_000, 5_000_000)
    line.show(long)
    line.show(UpdateProgress(UpdateStage.TOTALS))
    short = line_text(UpdateProgress(UpdateStage.TOTALS))
    assert line_text(long) == "  converting messages: 1,200,000 of 5,000,000 (24%)"
    assert out.text.endswith("\r" + short + " " * (len(line_text(long)) - len(short)))
    line.clear()
    assert out.text.endswith("\r" + " " * len(short) + "\r")
