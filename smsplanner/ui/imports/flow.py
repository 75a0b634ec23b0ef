"""Wiring imports into the main window: the handler, one dialog per file, the result banner.

`attach(main_window)` registers the import handler (File > Import results, the welcome button and
dropped files), adds View > Imports, and puts a dismissable banner above the campaigns table.
GUI thread only; the undo offered by the banner runs on the window's task runner.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.imports import ImportPlan, ImportResult
from smsplanner.ui.common.marks import MARK_TIPS, mark_icon
from smsplanner.ui.common.tr_context import TrContext
from smsplanner.ui.common.window import MainAction, WindowContract
from smsplanner.ui.imports.dialog import ImportDialog
from smsplanner.ui.imports.session import summary_line
from smsplanner.ui.imports.words import backup_current


class ImportFlowWords(TrContext):
    """Translation context for the import controller's questions and status lines."""


def file_filter() -> str:
    """The Open dialog's filter: result files first, then everything."""
    return ImportFlowWords.tr("Result files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;"
                              "All files (*)")


def backup_sentence(result: ImportResult) -> str:
    """The banner's word on the backup when no new copy was made because an earlier backup
    already held everything ("" otherwise: a new backup before an import goes unsaid)."""
    if not result.backup_reused or not result.backup_made:
        return ""
    return backup_current(result.backup_made)


class RowLegend(QWidget):
    """"● new  ○ changed": what the marks and tints on the table's rows mean."""

    KINDS = ("new", "updated")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Highlighted rows"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = QLabel(self.tr("Rows:"), self)
        layout.addWidget(self.title)
        self.items: dict[str, tuple[QLabel, QLabel]] = {}
        for kind in self.KINDS:
            word = self.word(kind)
            icon = QLabel(self)
            icon.setPixmap(mark_icon(kind).pixmap(QSize(12, 12), self.devicePixelRatioF()))
            label = QLabel(word, self)
            for w in (icon, label):
                w.setToolTip(MARK_TIPS[kind])
            layout.addSpacing(6)
            layout.addWidget(icon)
            layout.addWidget(label)
            self.items[kind] = (icon, label)
        self.kinds: tuple[str, ...] = ()

    def show_kinds(self, kinds: tuple[str, ...]) -> None:
        """Show the entries for these kinds ("new", "updated"); none hides the legend."""
        self.kinds = tuple(kinds)
        for kind, pair in self.items.items():
            for w in pair:
                w.setVisible(kind in kinds)
        self.setVisible(bool(kinds))

    def word(self, kind: str) -> str:
        """The legend's word for a row mark."""
        return self.tr("new") if kind == "new" else self.tr("changed")

    def text(self) -> str:
        return " ".join(self.word(k) for k in self.kinds)


class ImportBanner(QFrame):
    """"12 campaigns added, 3 updated, 1 total row left out. Undo  ×" above the table."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#importBanner { background: rgba(64, 160, 90, 40); "
                           "border: 1px solid rgba(64, 160, 90, 120); border-radius: 4px; }")
        self.setAccessibleName(self.tr("Import result"))
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.legend = RowLegend(self)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.setAccessibleName(self.tr("Undo this import"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.legend)
        layout.addSpacing(8)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.batch_id: int | None = None
        self.hide()

    def dismiss(self) -> None:
        """The × button: hide the banner; the window clears the rows' highlight."""
        self.hide()
        self.dismissed.emit()

    def show_result(self, text: str, batch_id: int | None,
                    marked: tuple[str, ...] = ()) -> None:
        """Show what an import did; `marked` names the row tints in the table to explain."""
        self.text.setText(text)
        self.legend.show_kinds(marked)
        self.batch_id = batch_id
        self.undo_button.setVisible(batch_id is not None)
        self.undo_button.setEnabled(True)
        self.show()


class ImportController:
    """Opens one dialog per file, in turn, and shows what each import did."""

    def __init__(self, main_window: WindowContract) -> None:
        self.main_window = main_window
        self.queue: list[Path] = []
        self.total = 0
        self.dialog: ImportDialog | None = None
        self.banner = ImportBanner()
        main_window.add_banner(self.banner)
        self.banner.undo_button.clicked.connect(self.undo_last)
        self.banner.dismissed.connect(lambda: main_window.highlight_campaigns())
        self.results: list[str] = []

    def handle(self, paths: list[Path]) -> None:
        """The window's import handler: files dropped or chosen (empty: ask for them)."""
        if not paths:
            start = str(self.main_window.prefs.settings.value("import/last_folder", "") or "")
            names, _ = QFileDialog.getOpenFileNames(
                self.main_window.window(), ImportFlowWords.tr("Import results"),
                start or str(Path.home()), file_filter())
            paths = [Path(n) for n in names]
            if not paths:
                return
            self.main_window.prefs.settings.setValue("import/last_folder", str(paths[0].parent))
        fresh = not self.queue and self.dialog is None
        self.queue.extend(paths)
        self.total = len(self.queue) if fresh else self.total + len(paths)
        if self.dialog is None:
            self._next()

    def _next(self) -> None:
        if not self.queue:
            self.dialog = None
            self.total = 0
            return
        path = self.queue.pop(0)
        done = self.total - len(self.queue)
        position = (ImportFlowWords.tr("file {done} of {total}").format(done=done,
                                                                         total=self.total)
                    if self.total > 1 else "")
        dialog = ImportDialog(self.main_window, path, position)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _code: self._next())
        self.dialog = dialog
        dialog.open()
        dialog.start()

    def _imported(self, result: ImportResult, ids: list[int], plan: ImportPlan | None) -> None:
        totals = plan.totals_left_out if plan is not None else 0
        # rows with problems only: other channels and rows left out on purpose (a log's
        # automatic answers) are said in the notes, not counted as problems
        skipped = plan.rows_skipped if plan is not None else result.rows_skipped
        other = plan.other_channels_skipped if plan is not None else 0
        line = summary_line(result.campaigns_created, result.campaigns_updated, totals,
                            skipped, result.rows_imported if result.shape == "messages" else 0,
                            other_channels=other)
        name = Path(result.file).name
        before = self.dialog.ids_before if self.dialog is not None else set()
        new = [i for i in ids if i not in before]
        updated = [i for i in ids if i in before]
        if result.import_id is not None and new:
            adopted = self._offer_plan_matches(result.import_id, new)
            new = [i for i in new if i not in adopted]
            updated += list(adopted.values())
        self.main_window.highlight_campaigns(new=new, updated=updated)
        marked = tuple(k for k, ids_ in (("new", new), ("updated", updated)) if ids_)
        self.main_window.show_campaigns_tab()
        text = ImportFlowWords.tr("{file}: {summary}").format(file=name, summary=line)
        said = backup_sentence(result)
        self.banner.show_result(f"{text} {said}" if said else text, result.import_id, marked)
        self.main_window.show_status(ImportFlowWords.tr("Imported {file}: {summary}").format(
            file=name, summary=line), 15000)

    def confirm_plan_match(self, imported: Campaign, plan: Campaign) -> bool:
        """Ask whether a new campaign is the send the user planned (tests replace this)."""
        box = QMessageBox(self.main_window.window())
        box.setWindowTitle(ImportFlowWords.tr("Is this a planned send?"))
        day = QLocale().toString(QDate(plan.date.year, plan.date.month, plan.date.day),
                                 "dddd d MMMM")
        box.setText(ImportFlowWords.tr(
            "“{imported}” went to {segment} on {day}, the day you planned “{plan}”. Is it that "
            "send?").format(imported=imported.name, segment=plan.segment, day=day,
                            plan=plan.name))
        box.setInformativeText(ImportFlowWords.tr(
            "If so, its results fill in the plan (one campaign, named as you planned it), and "
            "its forecast is checked against them."))
        yes = box.addButton(ImportFlowWords.tr("Yes, fill in the plan"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(ImportFlowWords.tr("No, keep both"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def _offer_plan_matches(self, batch_id: int, new: list[int]) -> dict[int, int]:
        """Offer each new campaign on the day and segment of an unfilled plan as that plan;
        returns {imported id: plan id} for those the user confirmed."""
        from smsplanner.services.plans import fill_plan_from_import, plan_matches
        from smsplanner.ui.common.operations import select

        w = self.main_window
        adopted: dict[int, int] = {}
        for imported, plan in plan_matches(w.conn, new):
            if imported.id is None or plan.id is None or not self.confirm_plan_match(
                    imported, plan):
                continue
            new_id, plan_id = imported.id, plan.id

            def fill(conn: sqlite3.Connection, _p: object, _c: object, a: int = new_id,
                     b: int = plan_id) -> int:
                return fill_plan_from_import(conn, batch_id, a, b)

            w.ops.run(fill, change=lambda pid: select([pid]))
            adopted[new_id] = plan_id
        return adopted

    def undo_last(self) -> None:
        """The banner's Undo: confirm, then undo the batch it describes."""
        if self.banner.batch_id is None:
            return
        from smsplanner.ui.imports.view import confirm_and_undo

        batch_id = self.banner.batch_id

        def undone(_record: Any) -> None:
            self.main_window.highlight_campaigns()
            self.banner.show_result(ImportFlowWords.tr(
                "Import #{id} undone: the campaigns are as they were before it.").format(
                    id=batch_id), None)

        confirm_and_undo(self.main_window, batch_id, on_done=undone)


def attach(main_window: WindowContract) -> ImportController:
    """Register the import handler, View > Imports and the banner on the main window."""
    controller = ImportController(main_window)
    main_window.set_import_handler(controller.handle)
    action = QAction(ImportFlowWords.tr("&Imports…"), main_window.window())
    action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    action.setStatusTip(ImportFlowWords.tr("Every file you imported, with undo"))
    action.triggered.connect(lambda _checked=False: open_imports(main_window))
    main_window.add_view_menu_action(MainAction.IMPORTS, action)
    return controller


def open_imports(main_window: WindowContract) -> Any:
    from smsplanner.ui.imports.view import ImportsDialog

    dialog = ImportsDialog(main_window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
