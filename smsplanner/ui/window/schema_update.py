"""Bringing an older campaign file up to date before the window opens: on a worker, behind a
small modal dialog, so that a slow update (a minute or two on a big file) never freezes the app.

`update_schema_first(path)` does nothing when the file needs no update (the usual case: one
read-only look at its migrations table); otherwise it opens the file on a worker thread (which
checks it, backs it up and runs every pending migration, as opening always did) and waits in
a local event loop, so the GUI keeps painting. The worker's reports of how far it is
(storage.update_progress) come to the dialog through a queued signal, at most ten a second.
GUI thread only, except where a function says otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from smsplanner.storage.update_progress import UpdateProgress, UpdateStage, throttled
from smsplanner.ui.common.formatting import fmt_count, fmt_number, percent_suffix
from smsplanner.ui.common.tasks import TaskRunner
from smsplanner.ui.common.translation import TranslationContext

# A quick update (a small file) ends before the dialog would show: no flash of a window.
SHOW_AFTER_MS = 400


class SchemaUpdateDialog(QDialog):
    """What the update does, the step it is on in a plain sentence and a bar with the
    percentage (busy until the first report, and while the file is rewritten); it cannot be
    closed while the update runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemaUpdateDialog")
        self.setWindowTitle(self.tr("Updating your campaign file"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.text = QLabel(self.tr(
            "Updating your campaign file to the new version. A backup is made first; for a "
            "big file this can take a few minutes."), self)
        self.text.setWordWrap(True)
        self.stage = QLabel(self)
        self.stage.setObjectName("schemaUpdateStage")
        self.stage.setWordWrap(True)
        # Room for two lines from the start: a step's sentence that wraps (German, French)
        # must not make the dialog jump taller mid-update.
        self.stage.setMinimumHeight(2 * self.stage.fontMetrics().lineSpacing())
        self.stage.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the worker first says how far it is
        self.bar.setTextVisible(False)
        self.bar.setFormat("%p" + percent_suffix())  # "42%", "42 %" in German and French
        self.bar.setAccessibleName(self.tr("Updating your campaign file"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        self.setMinimumWidth(460)
        self.running = True

    @Slot(object)
    def show_progress(self, progress: UpdateProgress) -> None:
        """The step's sentence and the whole update's percentage; a busy bar while the file
        is rewritten (VACUUM cannot say how far it is). GUI thread."""
        self.stage.setText(self.stage_sentence(progress))
        percent = progress.percent()
        if percent is None:
            self.bar.setRange(0, 0)
            self.bar.setTextVisible(False)
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)
            self.bar.setTextVisible(True)

    def stage_sentence(self, p: UpdateProgress) -> str:
        """The plain sentence for one step of the update. GUI thread."""
        if p.stage is UpdateStage.BACKUP:
            return self.tr("Making a backup first…")
        if p.stage is UpdateStage.MIGRATING:
            return self.tr("Updating the file to the new version…")
        if p.stage is UpdateStage.CONVERTING:
            return self.tr("Converting messages: {done} of {total}").format(
                done=fmt_count(p.done), total=fmt_count(p.total))
        if p.stage is UpdateStage.SAVING:
            return self.tr("Saving the converted messages…")
        if p.stage is UpdateStage.TOTALS:
            return self.tr("Counting each campaign's totals again…")
        return self.tr("Tidying up the file; this last step can take a minute.")

    def reject(self) -> None:
        """Escape: ignored while the update runs (stopping half-way helps nobody)."""
        if not self.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)


class _ProgressRelay(QObject):
    """Carries the worker's reports to the dialog: emitted on the worker, delivered queued on
    the GUI thread (the relay lives there), so no widget is touched off the GUI thread."""

    reported = Signal(object)


class SchemaUpdateWords(TranslationContext):
    """What the status bar says once an older file was updated."""


def _megabytes(n: int) -> str:
    return SchemaUpdateWords.tr("{size} MB").format(size=fmt_number(n / 1024 / 1024, 1))


def updated_sentence(bytes_before: int, bytes_after: int) -> str:
    """One status-bar sentence after an update; names the space saved when there was some
    (the new version keeps each message in far fewer bytes). GUI thread."""
    if bytes_before - bytes_after >= 1024 * 1024:
        return SchemaUpdateWords.tr(
            "Campaign file updated: it now takes {after} instead of {before}. The old one is "
            "in File > Backups.").format(
            after=_megabytes(bytes_after), before=_megabytes(bytes_before))
    return SchemaUpdateWords.tr(
        "Campaign file updated to this version. The old one is in File > Backups.")


def needs_update(path: Path) -> bool:
    """Whether the file is an older campaign file this version must update before use."""
    from smsplanner.storage.db import needs_update as file_needs_update

    return file_needs_update(path)


def update_schema_first(path: Path, parent: QWidget | None = None) -> str | None:
    """Run the file's pending migrations on a worker behind the dialog; None when none are
    pending, else the sentence for the status bar (updated_sentence). Raises what opening the
    file raises (damaged, read-only, full disk...), for the caller's usual refusal. GUI
    thread; returns when the update has finished."""
    from smsplanner.storage.db import file_bytes

    if not needs_update(path):
        return None
    before = file_bytes(path)
    dialog = SchemaUpdateDialog(parent)
    runner = TaskRunner(dialog)
    relay = _ProgressRelay(dialog)
    relay.reported.connect(dialog.show_progress, Qt.ConnectionType.QueuedConnection)
    report = throttled(relay.reported.emit)
    loop = QEventLoop()
    failed: list[BaseException] = []

    def work(_progress: object, _is_cancelled: object) -> None:
        from smsplanner.storage.db import open_db

        # The check, the backup and the migrations, as on any open (worker thread).
        open_db(path, report=report).close()

    def on_error(exc: BaseException) -> None:
        failed.append(exc)
        loop.quit()

    show = QTimer(dialog)
    show.setSingleShot(True)
    show.timeout.connect(dialog.show)
    show.start(SHOW_AFTER_MS)
    runner.run(work, on_done=lambda _result: loop.quit(), on_error=on_error)
    loop.exec()
    show.stop()
    runner.wait_all()
    dialog.running = False
    dialog.hide()
    dialog.deleteLater()
    if failed:
        raise failed[0]
    return updated_sentence(before, file_bytes(path))
