"""`make screenshots` writes real PNGs of the registered screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def test_main_window_shots_are_written_at_their_size(qtbot, tmp_path: Path) -> None:
    from smsplanner.ui.devtools import screenshots

    written = screenshots.take(tmp_path, ["main-empty", "main-sample-1024"])
    assert [p.name for p in written] == ["main-empty.png", "main-sample-1024.png"]
    small = QImage(str(written[1]))
    assert (small.width(), small.height()) == (1024, 640)
    assert {"main-empty", "main-sample", "workspace-filtered"} <= set(screenshots.SHOTS)


def test_each_shot_has_its_own_database_and_settings(qtbot, tmp_path: Path) -> None:
    from smsplanner.ui.devtools import screenshots

    seen: dict[str, tuple[Path, int, object]] = {}

    def with_sample(ctx: screenshots.ShotContext):
        w = ctx.window(sample=True)
        w.prefs.settings.setValue("shots/test", "left by the first shot")
        seen["a"] = (w.db_path, len(w.campaigns()), None)
        return w

    def empty(ctx: screenshots.ShotContext):
        w = ctx.window(sample=False)
        seen["b"] = (w.db_path, len(w.campaigns()), w.prefs.settings.value("shots/test"))
        return w

    screenshots.SHOTS["test-a"] = with_sample
    screenshots.SHOTS["test-b"] = empty
    try:
        screenshots.take(tmp_path, ["test-a", "test-b"])
    finally:
        del screenshots.SHOTS["test-a"], screenshots.SHOTS["test-b"]
    assert seen["a"][1] > 0
    assert seen["b"][0] != seen["a"][0]
    assert seen["b"][1:] == (0, None)  # no campaigns, no settings from the shot before


def test_report_page_and_the_screen_matrix_are_registered(tmp_path) -> None:
    from PySide6.QtGui import QImage

    from smsplanner.ui.devtools import screenshots

    written = screenshots.take(tmp_path, ["report-page1"])
    image = QImage(str(written[0]))
    assert 1.35 < image.height() / image.width() < 1.45  # an A4 page
    screenshots._load_other_shots()
    assert set(screenshots.MATRIX_SHOTS) <= set(screenshots.SHOTS)
    assert set(screenshots.GERMAN_SHOTS) <= set(screenshots.SHOTS)
