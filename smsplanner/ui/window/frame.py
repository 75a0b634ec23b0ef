"""The main window's frame: status bar, the shared filter bar's place, geometry, quitting.

Small functions the main window calls; none of them reads the database. GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from smsplanner import APP_NAME

if TYPE_CHECKING:
    from smsplanner.ui.window.main_window import MainWindow

DEFAULT_SIZE = (1280, 800)  # the first start's size, shrunk to fit a smaller screen


def build_status_bar(window: MainWindow) -> None:
    """The permanent status-bar labels: campaigns shown, then the database file name."""
    window.status_db = QLabel(window)
    window.status_count = QLabel(window)
    window.status_db.setAccessibleName("Database file")
    window.status_count.setAccessibleName("Campaigns shown")
    window.statusBar().addPermanentWidget(window.status_count)
    window.statusBar().addPermanentWidget(window.status_db)


def update_status(window: MainWindow, shown: int, total: int) -> None:
    """Say how many campaigns the filters show, and which database file is open."""
    from smsplanner.ui.common.formatting import fmt_count

    window.status_count.setText(
        "No campaigns yet" if total == 0 else f"{fmt_count(shown)} of {fmt_count(total)} "
        f"{'campaign' if total == 1 else 'campaigns'} shown")
    window.status_db.setText(window.db_path.name)
    window.status_db.setToolTip(f"Database file: {window.db_path}")


def place_filter_bar(window: MainWindow, page: QWidget | None) -> None:
    """The filters are shared by the table and the Trends chart (issue 5): one filter bar,
    shown at the top of whichever of the two tabs is in front."""
    workspace = window.workspace
    bar = workspace.filter_bar
    trends = getattr(window, "trends", None)  # built after the first paint at start-up
    if trends is not None and page is trends and bar.parentWidget() is not trends:
        workspace.filter_row.removeWidget(bar)
        trends.layout().insertWidget(0, bar)
    elif page is workspace and bar.parentWidget() is not workspace:
        if trends is not None:
            trends.layout().removeWidget(bar)
        workspace.filter_row.insertWidget(0, bar, 1)
    bar.show()


def restore_layout(window: MainWindow) -> None:
    """Window geometry, dock state and table columns as the user left them."""
    s = window.prefs.settings
    geometry = s.value("window/geometry")
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        screen = QApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        width = min(DEFAULT_SIZE[0], avail.width()) if avail else DEFAULT_SIZE[0]
        height = min(DEFAULT_SIZE[1], avail.height()) if avail else DEFAULT_SIZE[1]
        window.resize(width, height)
    state = s.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    window.workspace.restore_state(s)


def save_layout(window: MainWindow) -> None:
    """Remember geometry, dock state and table columns for the next start."""
    s = window.prefs.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    window.workspace.save_state(s)
    s.sync()


def stop_work_before_quitting(window: MainWindow) -> bool:
    """If background work runs, ask whether to stop it; True when the window may close."""
    if not window.tasks.is_busy():
        return True
    answer = QMessageBox.question(
        window, f"Quit {APP_NAME}?",
        "SMS Planner is still working (for example on an import). Stop the work and "
        "quit? Work that is stopped leaves your saved campaigns as they were.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.tasks.cancel_all()
    window.tasks.wait_all()
    return True
