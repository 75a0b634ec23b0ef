"""`make screenshots` writes real PNGs of the registered screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def test_main_window_shots_are_written_at_their_size(qtbot, tmp_path: Path) -> None:
    from smsplanner.ui import screenshots

    written = screenshots.take(tmp_path, ["main-empty", "main-sample-1024"])
    assert [p.name for p in written] == ["main-empty.png", "main-sample-1024.png"]
    small = QImage(str(written[1]))
    assert (small.width(), small.height()) == (1024, 640)
    assert {"main-empty", "main-sample", "workspace-filtered"} <= set(screenshots.SHOTS)
