"""View > Imports: every import batch, newest first, with "Undo this import".

The list reads the window's connection (GUI thread); an undo runs as an operation on the runner
with its own connection, after a confirmation that says what will change.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from smsplanner.domain.imports import BatchRecord
from smsplanner.ui.common.formatting import display_locale, fmt_datetime
from smsplanner.ui.common.list_table import list_table
from smsplanner.ui.common.numerus import numbered
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.tr_context import TrContext
from smsplanner.ui.common.window import WindowContract
from smsplanner.ui.imports.session import shape_label


class ImportListWords(TrContext):
    """Translation context for the imports list's refusals and questions."""


def headers() -> list[str]:
    return ["#", ImportListWords.tr("When"), ImportListWords.tr("File"),
            ImportListWords.tr("What"), ImportListWords.tr("Rows"), ImportListWords.tr("Added"),
            ImportListWords.tr("Updated")]


def when_text(record: BatchRecord) -> str:
    """The import's local date and time in the user's locale."""
    try:
        t = dt.datetime.fromisoformat(record.imported_at.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return record.imported_at
    return fmt_datetime(t.replace(tzinfo=None))


def refusal(main_window: WindowContract, batch_id: int) -> str:
    """Why this import cannot be undone now, in plain words ("" when it can)."""
    from smsplanner.storage.imports import later_batches

    later = later_batches(main_window.conn, batch_id)
    if not later:
        return ""
    names = ", ".join(f"#{b.id} ({b.file_name})" for b in later)
    return numbered(ImportListWords.tr(
        "Import #{id} cannot be undone yet: %n later import(s) ({names}) changed the same "
        "campaigns. Undo import #{last} first, then this one.", "", len(later)),
        len(later)).format(id=batch_id, names=names, last=later[-1].id)


def undo_question(record: BatchRecord) -> str:
    """What undoing this batch will change, for the confirmation: one sentence per change."""
    said = [ImportListWords.tr("Undoing import #{id} ({file}, {on}) will:").format(
        id=record.id, file=record.file_name, on=record.imported_on)]
    if record.campaigns_created:
        n = record.campaigns_created
        said.append(numbered(ImportListWords.tr("• delete the %n campaign(s) it added", "", n),
                            n))
    if record.campaigns_updated:
        n = record.campaigns_updated
        said.append(numbered(ImportListWords.tr(
            "• put the figures of the %n campaign(s) it updated back as they were before", "",
            n), n))
    if record.messages_added:
        n = record.messages_added
        said.append(numbered(ImportListWords.tr("• forget the %n message(s) it read", "", n),
                            n))
    if len(said) == 1:
        said.append(ImportListWords.tr("• change nothing in your campaigns"))
    said.append(ImportListWords.tr("Changes you typed into those campaigns since then are "
                                   "undone too. A backup is made first."))
    return "\n".join(said)


def confirm_and_undo(main_window: WindowContract, batch_id: int,
                     on_done: Callable[[BatchRecord], None] | None = None) -> QMessageBox:
    """Ask, then undo the batch off the GUI thread. Returns the (open) message box."""
    from smsplanner.storage.imports import get_batch

    why_not = refusal(main_window, batch_id)
    if why_not:
        box = QMessageBox(QMessageBox.Icon.Information,
                          ImportListWords.tr("Cannot undo this import"), why_not,
                          QMessageBox.StandardButton.Ok, main_window.window())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
    record = get_batch(main_window.conn, batch_id)
    box = QMessageBox(QMessageBox.Icon.Question,
                      ImportListWords.tr("Undo import #{id}?").format(id=batch_id),
                      undo_question(record), QMessageBox.StandardButton.Cancel,
                      main_window.window())
    yes = box.addButton(ImportListWords.tr("Undo import"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: Any) -> None:
        if button is yes:
            run_undo(main_window, batch_id, on_done)

    box.buttonClicked.connect(answered)
    box.open()
    return box


def run_undo(main_window: WindowContract, batch_id: int,
             on_done: Callable[[BatchRecord], None] | None = None) -> None:
    """Undo the batch as an operation (worker thread, its own connection); every view
    refreshes from the change it reports."""

    def work(conn: sqlite3.Connection, _progress: Any, _is_cancelled: Any) -> BatchRecord:
        from smsplanner.services.importer import undo_import

        return undo_import(conn, batch_id)

    def done(record: BatchRecord) -> None:
        main_window.show_status(ImportListWords.tr("Import #{id} ({file}) undone.").format(
            id=record.id, file=record.file_name))
        if on_done is not None:
            on_done(record)

    main_window.ops.run(work, change=Change.CAMPAIGNS | Change.IMPORTS, on_success=done)


class ImportsDialog(QDialog):
    """The list of import batches with an undo button."""

    def __init__(self, main_window: WindowContract) -> None:
        super().__init__(main_window.window())
        self.main_window = main_window
        self.records: list[BatchRecord] = []
        self.setWindowTitle(self.tr("Imports"))
        self.setObjectName("importsDialog")
        self.resize(820, 440)
        intro = QLabel(self.tr("Every file imported into this database, newest first. Undoing "
                               "an import puts your campaigns back exactly as they were before "
                               "it."), self)
        intro.setWordWrap(True)
        self.table = list_table(self, headers(), self.tr("Imports"), stretch=2)
        self.table.itemSelectionChanged.connect(self._update)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(self.tr("No files imported yet. Use File > Import results (Ctrl+O), "
                                    "or drop a file on the window."), self)
        self.empty.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(row)
        main_window.ops.changed.connect(self._on_changed)
        self.finished.connect(lambda _c: self._disconnect())
        self.refresh()

    def _disconnect(self) -> None:
        try:
            self.main_window.ops.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass

    def _on_changed(self, _changed: Changed) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-read the batches (newest first), keeping the selected one where it still exists."""
        from smsplanner.storage.imports import list_batches

        keep = self.selected_id()
        self.records = list(reversed(list_batches(self.main_window.conn)))
        self.table.setRowCount(len(self.records))
        loc = display_locale()
        for i, r in enumerate(self.records):
            rows = (self.tr("{imported} of {read}").format(
                        imported=loc.toString(r.rows_imported), read=loc.toString(r.rows_read))
                    if r.rows_imported != r.rows_read else loc.toString(r.rows_read))
            cells = (f"#{r.id}", when_text(r), r.file_name, shape_label(r.shape),
                     rows, loc.toString(r.campaigns_created), loc.toString(r.campaigns_updated))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (0, 4, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if j == 2:
                    item.setToolTip(f"{r.file_name}\nSHA-256 {r.sha256}")
                if j == 4 and r.rows_imported != r.rows_read:
                    left = r.rows_read - r.rows_imported
                    item.setToolTip(numbered(self.tr(
                        "{imported} imported; %n row(s) left out", "", left), left).format(
                            imported=rows))
                self.table.setItem(i, j, item)
        self.table.setVisible(bool(self.records))
        self.empty.setVisible(not self.records)
        ids = [r.id for r in self.records]
        self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._update()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()].id

    def select_batch(self, batch_id: int) -> None:
        ids = [r.id for r in self.records]
        if batch_id in ids:
            self.table.selectRow(ids.index(batch_id))

    def _update(self) -> None:
        batch_id = self.selected_id()
        self.undo_button.setEnabled(batch_id is not None)
        self.note.setText(refusal(self.main_window, batch_id) if batch_id is not None else "")
        self.note.setVisible(bool(self.note.text()))

    def undo_selected(self) -> QMessageBox | None:
        """Ask, then undo the selected import (refusals explained instead)."""
        batch_id = self.selected_id()
        if batch_id is None:
            return None
        return confirm_and_undo(self.main_window, batch_id)
