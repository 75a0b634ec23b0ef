"""File > Backups, File > Export campaigns, and the offer to restore when a file is damaged.

`attach(main_window)` adds the menu actions to the main window. The dialogs run on the GUI
thread; a restore runs on the background runner (a year of messages is hundreds of MB to copy),
as the window's `ops.replace_file` from the dialog, and on a worker of its own at start-up,
before there is a window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.progress import IsCancelled, Progress
from smsplanner.domain.words import counted
from smsplanner.storage.backups import BackupInfo, list_backups, make_backup
from smsplanner.storage.restore import restore_backup
from smsplanner.ui.common.formatting import fmt_count, fmt_date, fmt_datetime, fmt_number
from smsplanner.ui.common.list_table import list_table
from smsplanner.ui.common.window import MainAction, WindowContract

if TYPE_CHECKING:
    from smsplanner.storage.health import DamagedDatabaseError

REASONS = {"manual": "Backed up by you", "daily": "Daily", "before-import": "Before an import",
           "before-undo": "Before undoing an import", "before-migration": "Before an update"}
HEADERS = ("Made", "Why", "Campaigns", "Size")


def _size(n: int) -> str:
    return (f"{fmt_number(n / 1024, 0)} KB" if n < 1024 * 1024
            else f"{fmt_number(n / 1024 / 1024, 1)} MB")


class BackupsDialog(QDialog):
    """The backups of the open campaign file, newest first; back up now or restore one."""

    def __init__(self, main_window: WindowContract) -> None:
        super().__init__(main_window.window())
        self.main_window = main_window
        self.infos: list[BackupInfo] = []
        self.setWindowTitle("Backups")
        self.setObjectName("backupsDialog")
        self.resize(720, 420)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = list_table(self, HEADERS, "Backups", stretch=1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.backup_button = QPushButton("&Back up now", self)
        self.restore_button = QPushButton("&Restore…", self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        db = self.main_window.db_path
        self.infos = list_backups(db)
        self.intro.setText(
            f"Backups of {db.name} are kept in {db.parent / 'backups'}: the last 10, one a day "
            "for a week and one a month for a year. Restoring keeps your current file too.")
        self.table.setRowCount(len(self.infos))
        for r, b in enumerate(self.infos):
            count = "unreadable" if b.campaigns is None else fmt_count(b.campaigns)
            cells = (fmt_datetime(b.created), REASONS.get(b.reason, b.reason),
                     count, _size(b.size))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(b.path))
                self.table.setItem(r, c, item)
        if self.infos:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.infos[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        b = self.selected()
        self.restore_button.setEnabled(b is not None and b.campaigns is not None)

    def back_up_now(self) -> None:
        try:
            path = make_backup(self.main_window.conn, reason="manual")
        except Exception as exc:
            self.main_window.report_error(exc)
            return
        self.main_window.show_status(f"Backed up to {path}.")
        self.refresh()

    def confirm(self, b: BackupInfo) -> bool:
        """Ask before restoring (tests replace this)."""
        answer = QMessageBox.question(
            self, "Restore this backup?",
            f"Replace your campaigns with the backup made on {fmt_date(b.created.date())} "
            f"at {b.created:%H:%M} "
            f"({counted(b.campaigns or 0, 'campaign')})?\n\nA copy of your current file is kept "
            "beside it, named with “set-aside” and the time; nothing is deleted.")
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        b = self.selected()
        if b is None or b.campaigns is None or not self.confirm(b):
            return
        self.restore_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)

        def finished() -> None:
            self.unsetCursor()
            self.refresh()

        restore_into_window(self.main_window, b.path, finished)


def restore_into_window(main_window: WindowContract, backup: Path,
                        finished: Callable[[], None] | None = None) -> None:
    """Restore `backup` over the open file on the runner; the window opens it again and every
    view refreshes. On failure the old file stays open and the error is shown. GUI thread."""
    main_window.show_status(f"Restoring the backup from {backup.name}…", 0)

    def work(db: Path, progress: Progress, is_cancelled: IsCancelled) -> Path | None:
        return restore_backup(db, backup)

    def landed(aside: Path | None) -> None:
        kept = f" Your previous file was kept as {aside.name}." if aside else ""
        main_window.show_status(f"Restored the backup from {backup.name}.{kept}", 15000)
        if finished is not None:
            finished()

    def failed(exc: BaseException) -> None:
        main_window.show_status("The backup was not restored.", 8000)
        main_window.report_error(exc)
        if finished is not None:
            finished()

    main_window.ops.replace_file(work, on_success=landed, on_failure=failed)


def export_campaigns_dialog(main_window: WindowContract, everything: bool) -> Path | None:
    """Ask for a .csv/.xlsx file name and export what the table shows (or every campaign)."""
    from smsplanner.services.export import export_campaigns

    campaigns = main_window.campaigns() if everything else main_window.shown_campaigns()
    start = str(Path.home() / "campaigns.xlsx")
    name, _ = QFileDialog.getSaveFileName(main_window.window(), "Export campaigns", start,
                                          "Excel workbook (*.xlsx);;CSV file (*.csv)")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".xlsx")
    try:
        export_campaigns(path, campaigns)
    except Exception as exc:
        main_window.report_error(exc)
        return None
    main_window.show_status(f"Exported {counted(len(campaigns), 'campaign')} to {path}.")
    return path


def attach(main_window: WindowContract) -> None:
    """Add File > Backups… and File > Export campaigns… to the main window."""
    specs = ((MainAction.EXPORT_SHOWN, "Export shown campaigns…",
              lambda: export_campaigns_dialog(main_window, False)),
             (MainAction.EXPORT_ALL, "Export all campaigns…",
              lambda: export_campaigns_dialog(main_window, True)),
             (MainAction.BACKUPS, "Backups…", lambda: BackupsDialog(main_window).open()))
    for key, text, slot in specs:
        action = QAction(text, main_window.window())
        action.triggered.connect(slot)
        main_window.add_file_action(key, action)


def offer_backup(error: DamagedDatabaseError, parent: QWidget | None = None,
                 ask: bool = True) -> bool:
    """The campaign file is damaged: say so and offer its newest good backup.

    Returns True when the backup was restored (the caller opens the file again).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("The campaign file cannot be used")
    box.setText(error.summary)
    restore = None
    if error.newest_backup is not None:
        infos = [b for b in list_backups(error.path) if b.path == error.newest_backup]
        when = (f" made on {fmt_date(infos[0].created.date())} at {infos[0].created:%H:%M}"
                if infos else "")
        count = (f" with {counted(infos[0].campaigns, 'campaign')}"
                 if infos and infos[0].campaigns else "")
        box.setInformativeText(
            f"Your newest good backup{when}{count} can take its place. The damaged file is "
            "kept beside it, renamed; nothing is deleted.")
        restore = box.addButton("Restore the newest backup", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
    else:
        box.setInformativeText("No good backup of it was found. The file is left as it is; "
                               "open another file or start a new one.")
    box.addButton("Quit" if parent is None else "Close", QMessageBox.ButtonRole.RejectRole)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if ask:
        box.exec()
    elif restore is not None:
        restore.click()
    if restore is None or box.clickedButton() is not restore or error.newest_backup is None:
        return False
    try:
        _restore_off_the_gui_thread(error.path, error.newest_backup, parent)
    except Exception as exc:
        from smsplanner.ui.common.errors import show_error

        show_error(parent, exc)
        return False
    return True


def _restore_off_the_gui_thread(db: Path, backup: Path, parent: QWidget | None) -> None:
    """Restore on a worker thread while a busy dialog keeps the screen painted (start-up,
    before the window and its runner exist); raises what the restore raised. GUI thread."""
    busy = QProgressDialog("Restoring your newest backup…", "", 0, 0, parent)
    busy.setWindowTitle("Restoring")
    busy.setCancelButton(None)
    busy.setMinimumDuration(300)
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            restore_backup(db, backup)
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome.append(exc)

    worker = threading.Thread(target=work, name="restore-backup", daemon=False)
    worker.start()
    while worker.is_alive():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worker.join(0.02)
    busy.close()
    busy.deleteLater()
    if outcome:
        raise outcome[0]
