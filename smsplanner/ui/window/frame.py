"""The main window's frame: status bar, the shared filter bar's place, geometry, quitting.

Small functions the main window calls; none of them reads the database. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from smsplanner import APP_NAME
from smsplanner.ui.campaigns.workspace import CampaignsWorkspace
from smsplanner.ui.common.tasks import TaskRunner
from smsplanner.ui.common.translation import TranslationContext

DEFAULT_SIZE = (1280, 800)  # the first start's size, shrunk to fit a smaller screen


class FrameWords(TranslationContext):
    """Translation context for the status bar and the question before quitting."""


def build_status_bar(window: QMainWindow) -> tuple[QLabel, QLabel]:
    """The permanent status-bar labels: campaigns shown, then the database file name."""
    status_db = QLabel(window)
    status_count = QLabel(window)
    status_db.setAccessibleName(FrameWords.tr("Database file"))
    status_count.setAccessibleName(FrameWords.tr("Campaigns shown"))
    window.statusBar().addPermanentWidget(status_count)
    window.statusBar().addPermanentWidget(status_db)
    return status_count, status_db


def update_status(labels: tuple[QLabel, QLabel], db_path: Path, shown: int, total: int) -> None:
    """Say how many campaigns the filters show, and which database file is open."""
    from smsplanner.ui.common.formatting import fmt_count

    status_count, status_db = labels
    # The total decides the plural (%Ln: grouped digits, as fmt_count writes them).
    status_count.setText(
        FrameWords.tr("No campaigns yet") if total == 0 else FrameWords.tr(
            "{shown} of %Ln campaign(s) shown", "", total).format(shown=fmt_count(shown)))
    status_db.setText(db_path.name)
    status_db.setToolTip(FrameWords.tr("Database file: {path}").format(path=db_path))


def place_filter_bar(workspace: CampaignsWorkspace, trends: QWidget | None,
                     page: QWidget | None) -> None:
    """The filters are shared by the table and the Trends chart: one filter bar,
    shown at the top of whichever of the two tabs is in front."""
    bar = workspace.filter_bar  # trends: None until built, after the first paint at start-up
    if trends is not None and page is trends and bar.parentWidget() is not trends:
        workspace.filter_row.removeWidget(bar)
        trends.layout().insertWidget(0, bar)  # type: ignore[union-attr]
    elif page is workspace and bar.parentWidget() is not workspace:
        if trends is not None:
            trends.layout().removeWidget(bar)  # type: ignore[union-attr]
        workspace.filter_row.insertWidget(0, bar, 1)
    bar.show()


def restore_layout(window: QMainWindow, s: QSettings, workspace: CampaignsWorkspace) -> None:
    """Window geometry, dock state and table columns as the user left them."""
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
    workspace.restore_state(s)


def save_layout(window: QMainWindow, s: QSettings, workspace: CampaignsWorkspace) -> None:
    """Remember geometry, dock state and table columns for the next start."""
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    workspace.save_state(s)
    s.sync()


def stop_work_before_quitting(window: QWidget, tasks: TaskRunner) -> bool:
    """If background work runs, ask whether to stop it; True when the window may close."""
    if not tasks.is_busy():
        return True
    answer = QMessageBox.question(
        window, FrameWords.tr("Quit {app}?").format(app=APP_NAME),
        FrameWords.tr("{app} is still working (for example on an import). Stop the work and "
                      "quit? Work that is stopped leaves your saved campaigns as they were."
                      ).format(app=APP_NAME),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    tasks.cancel_all()
    tasks.wait_all()
    return True
