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
from smsplanner.storage.backups import BackupInfo, list_backups, make_backup
from smsplanner.storage.restore import restore_backup
from smsplanner.ui.common.errors import damaged_summary
from smsplanner.ui.common.formatting import fmt_count, fmt_date, fmt_datetime, fmt_number
from smsplanner.ui.common.i18n import current_language
from smsplanner.ui.common.list_table import list_table
from smsplanner.ui.common.translation import TranslationContext
from smsplanner.ui.common.window import MainAction, WindowContract

if TYPE_CHECKING:
    from smsplanner.storage.health import DamagedDatabaseError



class BackupWords(TranslationContext):
    """Translation context for the backups' module-level wording."""


def reasons() -> dict[str, str]:
    """Why each backup was made, by its stored code."""
    return {"manual": BackupWords.tr("Backed up by you"), "daily": BackupWords.tr("Daily"),
            "before-import": BackupWords.tr("Before an import"),
            "before-undo": BackupWords.tr("Before undoing an import"),
            "before-migration": BackupWords.tr("Before an update")}


def headers() -> tuple[str, ...]:
    return (BackupWords.tr("Made"), BackupWords.tr("Why"), BackupWords.tr("Campaigns"),
            BackupWords.tr("Size"))


def _size(n: int) -> str:
    return (BackupWords.tr("{size} KB").format(size=fmt_number(n / 1024, 0))
            if n < 1024 * 1024
            else BackupWords.tr("{size} MB").format(size=fmt_number(n / 1024 / 1024, 1)))


class BackupsDialog(QDialog):
    """The backups of the open campaign file, newest first; back up now or restore one."""

    def __init__(self, main_window: WindowContract) -> None:
        super().__init__(main_window.window())
        self.main_window = main_window
        self.infos: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        self.resize(720, 420)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = list_table(self, headers(), self.tr("Backups"), stretch=1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
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
        self.intro.setText(self.tr(
            "Backups of {file} are kept in {folder}: the last 10, one a day for a week and one "
            "a month for a year. Restoring keeps your current file too.").format(
                file=db.name, folder=db.parent / "backups"))
        why = reasons()
        self.table.setRowCount(len(self.infos))
        for r, b in enumerate(self.infos):
            count = self.tr("unreadable") if b.campaigns is None else fmt_count(b.campaigns)
            cells = (fmt_datetime(b.created), why.get(b.reason, b.reason),
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
        self.main_window.show_status(self.tr("Backed up to {path}.").format(path=path))
        self.refresh()

    def confirm(self, b: BackupInfo) -> bool:
        """Ask before restoring (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace your campaigns with the backup made on {date} at {time} "
                    "(%Ln campaign(s))?\n\nA copy of your current file is kept beside it, "
                    "named with “set-aside” and the time; nothing is deleted.", "",
                    b.campaigns or 0).format(date=fmt_date(b.created.date()),
                                             time=f"{b.created:%H:%M}"))
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
    main_window.show_status(BackupWords.tr("Restoring the backup from {backup}…").format(
        backup=backup.name), 0)

    def work(db: Path, progress: Progress, is_cancelled: IsCancelled) -> Path | None:
        return restore_backup(db, backup)

    def landed(aside: Path | None) -> None:
        if aside:
            text = BackupWords.tr("Restored the backup from {backup}. Your previous file was "
                                  "kept as {kept}.").format(backup=backup.name, kept=aside.name)
        else:
            text = BackupWords.tr("Restored the backup from {backup}.").format(
                backup=backup.name)
        main_window.show_status(text, 15000)
        if finished is not None:
            finished()

    def failed(exc: BaseException) -> None:
        main_window.show_status(BackupWords.tr("The backup was not restored."), 8000)
        main_window.report_error(exc)
        if finished is not None:
            finished()

    main_window.ops.replace_file(work, on_success=landed, on_failure=failed)


def export_campaigns_dialog(main_window: WindowContract, everything: bool) -> Path | None:
    """Ask for a .csv/.xlsx file name and export what the table shows (or every campaign)."""
    from smsplanner.services.export import export_campaigns

    campaigns = main_window.campaigns() if everything else main_window.shown_campaigns()
    start = str(Path.home() / "campaigns.xlsx")
    name, _ = QFileDialog.getSaveFileName(
        main_window.window(), BackupWords.tr("Export campaigns"), start,
        BackupWords.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
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
    main_window.show_status(BackupWords.tr("Exported %Ln campaign(s) to {path}.", "",
                                           len(campaigns)).format(path=path))
    return path


def attach(main_window: WindowContract) -> None:
    """Add File > Backups… and File > Export campaigns… to the main window."""
    specs = ((MainAction.EXPORT_SHOWN, BackupWords.tr("Export shown campaigns…"),
              lambda: export_campaigns_dialog(main_window, False)),
             (MainAction.EXPORT_ALL, BackupWords.tr("Export all campaigns…"),
              lambda: export_campaigns_dialog(main_window, True)),
             (MainAction.BACKUPS, BackupWords.tr("Backups…"),
              lambda: BackupsDialog(main_window).open()))
    for key, text, slot in specs:
        action = QAction(text, main_window.window())
        action.triggered.connect(slot)
        main_window.add_file_action(key, action)


def _backup_offer(info: BackupInfo | None) -> str:
    """The sentence offering the newest good backup, with its date and size when known."""
    if info is None:
        return BackupWords.tr("Your newest good backup can take its place. The damaged file is "
                              "kept beside it, renamed; nothing is deleted.")
    when = {"date": fmt_date(info.created.date()), "time": f"{info.created:%H:%M}"}
    if not info.campaigns:
        return BackupWords.tr("Your newest good backup made on {date} at {time} can take its "
                              "place. The damaged file is kept beside it, renamed; nothing is "
                              "deleted.").format(**when)
    return BackupWords.tr("Your newest good backup made on {date} at {time} with %Ln "
                          "campaign(s) can take its place. The damaged file is kept beside "
                          "it, renamed; nothing is deleted.", "", info.campaigns).format(**when)


def offer_backup(error: DamagedDatabaseError, parent: QWidget | None = None,
                 ask: bool = True) -> bool:
    """The campaign file is damaged: say so and offer its newest good backup.

    Returns True when the backup was restored (the caller opens the file again).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(BackupWords.tr("The campaign file cannot be used"))
    box.setText(damaged_summary(error) if current_language() != "en" else error.summary)
    restore = None
    if error.newest_backup is not None:
        infos = [b for b in list_backups(error.path) if b.path == error.newest_backup]
        box.setInformativeText(_backup_offer(infos[0] if infos else None))
        restore = box.addButton(BackupWords.tr("Restore the newest backup"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
    else:
        box.setInformativeText(BackupWords.tr(
            "No good backup of it was found. The file is left as it is; open another file or "
            "start a new one."))
    box.addButton(BackupWords.tr("Quit") if parent is None else BackupWords.tr("Close"),
                  QMessageBox.ButtonRole.RejectRole)
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
    busy = QProgressDialog(BackupWords.tr("Restoring your newest backup…"), "", 0, 0, parent)
    busy.setWindowTitle(BackupWords.tr("Restoring"))
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
