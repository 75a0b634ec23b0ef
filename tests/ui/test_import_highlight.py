"""After an import the table tints the rows it added (green) and changed (amber): real CSV
files, a real database, the real dialog and worker threads; the tint is checked in light and
dark palettes and under a selection, in pixels as painted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaign
from smsplanner.ui.campaigns.model import COLUMN_KEYS, MARK_ROLE, mark_color
from smsplanner.ui.window.main_window import MainWindow
from tests.ui.import_helpers import shown_window

WAIT = 20_000


@pytest.fixture
def win(qtbot, db_path: Path):
    """A shown main window on a database that already holds two campaigns."""
    add_campaign_rows(db_path)
    yield from shown_window(qtbot, db_path)


def add_campaign_rows(db_path: Path) -> None:
    from smsplanner.storage.db import open_db

    conn = open_db(db_path)
    add_campaign(conn, Campaign(name="Spring sale", date=dt.date(2026, 3, 2), sent=900))
    add_campaign(conn, Campaign(name="Old news", date=dt.date(2025, 1, 5), sent=100))
    conn.close()


def write_csv(path: Path, rows: list[tuple[str, str, int]]) -> Path:
    lines = ["Campaign,Date,Sent,Delivered,Clicks,Orders"]
    lines += [f"{name},{date},{sent},{sent - 10},{sent // 20},{sent // 50}"
              for name, date, sent in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def import_file_through_dialog(qtbot, win: MainWindow, path: Path) -> None:
    win.open_import_dialog([path])
    dialog = win.import_controller.dialog
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.is_busy(), timeout=WAIT)
    assert dialog.import_button.isEnabled(), dialog.why.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: win.import_controller.dialog is None, timeout=WAIT)


def marks_by_name(win: MainWindow) -> dict[str, str | None]:
    model = win.workspace.table.model
    return {model.campaign(r).name: model.index(r, 0).data(MARK_ROLE)
            for r in range(model.rowCount())}


def test_new_and_updated_rows_are_tinted_until_dismissed(qtbot, win, tmp_path) -> None:
    path = write_csv(tmp_path / "march.csv", [("Spring sale", "2026-03-02", 1000),
                                              ("VIP night", "2026-03-09", 500)])
    import_file_through_dialog(qtbot, win, path)
    assert marks_by_name(win) == {"Spring sale": "updated", "VIP night": "new",
                                  "Old news": None}
    model = win.workspace.table.model
    row = {model.campaign(r).name: r for r in range(model.rowCount())}
    palette = QApplication.palette()
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.index(row["VIP night"], 3).data(bg) == mark_color("new", palette)
    assert model.index(row["Spring sale"], 3).data(bg) == mark_color("updated", palette)
    assert model.index(row["Old news"], 3).data(bg) is None
    assert "Added by the last import" in model.index(row["VIP night"], 0).data(
        Qt.ItemDataRole.ToolTipRole)
    banner = win.import_controller.banner
    assert banner.legend.isVisible() and "new" in banner.legend.text()
    assert "changed" in banner.legend.text()
    # The imported rows are also selected, as before.
    assert sorted(win.selected_ids()) == sorted(
        c.id for c in win.campaigns() if c.name in ("Spring sale", "VIP night"))

    # A reload (any write) keeps the tint: it belongs to the campaigns, not to row numbers.
    win.reload()
    assert marks_by_name(win)["VIP night"] == "new"

    banner.close_button.click()
    assert not banner.isVisible()
    assert set(marks_by_name(win).values()) == {None}


def test_next_import_replaces_the_tint(qtbot, win, tmp_path) -> None:
    import_file_through_dialog(qtbot, win, write_csv(tmp_path / "a.csv",
                                                     [("VIP night", "2026-03-09", 500)]))
    assert marks_by_name(win)["VIP night"] == "new"
    import_file_through_dialog(qtbot, win, write_csv(tmp_path / "b.csv",
                                                     [("Old news", "2025-01-05", 120),
                                                      ("Easter", "2026-04-05", 700)]))
    assert marks_by_name(win) == {"Spring sale": None, "VIP night": None,
                                  "Old news": "updated", "Easter": "new"}
    win.highlight_campaigns()
    assert set(marks_by_name(win).values()) == {None}


def _pixel(win: MainWindow, row_name: str) -> QColor:
    """The painted colour in the middle of a row's Sent cell (left of its right-aligned text)."""
    table = win.workspace.table
    view, model = table.view, table.model
    src = next(r for r in range(model.rowCount()) if model.campaign(r).name == row_name)
    index = table.proxy.mapFromSource(model.index(src, COLUMN_KEYS.index("sent")))
    rect = view.visualRect(index)
    image = view.viewport().grab().toImage()
    dpr = image.devicePixelRatio()
    return image.pixelColor(int((rect.left() + 4) * dpr), int(rect.center().y() * dpr))


@pytest.mark.parametrize("dark", [False, True])
def test_tint_is_painted_and_selection_stays_visible(qtbot, win, tmp_path, dark) -> None:
    app = QApplication.instance()
    before = app.palette()
    if dark:
        p = QPalette(before)
        for role, colour in ((QPalette.ColorRole.Base, QColor(30, 30, 30)),
                             (QPalette.ColorRole.AlternateBase, QColor(42, 42, 42)),
                             (QPalette.ColorRole.Text, QColor(230, 230, 230)),
                             (QPalette.ColorRole.Window, QColor(45, 45, 45))):
            p.setColor(role, colour)
        app.setPalette(p)
    try:
        import_file_through_dialog(qtbot, win, write_csv(
            tmp_path / "c.csv", [("Spring sale", "2026-03-02", 1000),
                                 ("VIP night", "2026-03-09", 500)]))
        win.select_campaigns([c.id for c in win.campaigns() if c.name == "Spring sale"])
        qtbot.wait(50)
        palette = win.workspace.table.view.palette()
        new = mark_color("new", palette)
        assert _pixel(win, "VIP night") == new
        selected = _pixel(win, "Spring sale")
        highlights = {palette.color(g, QPalette.ColorRole.Highlight).rgb()
                      for g in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)}
        assert selected.rgb() in highlights  # the selection paints over the tint
        assert selected != mark_color("updated", palette)
        # Soft on light palettes, dark on dark ones: the text keeps its contrast.
        text = palette.color(QPalette.ColorRole.Text)
        assert abs(new.lightness() - text.lightness()) > 120
        assert (new.lightness() < 90) if dark else (new.lightness() > 170)
    finally:
        app.setPalette(before)
