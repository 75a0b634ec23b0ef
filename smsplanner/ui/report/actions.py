"""File > Print report... and Save report as PDF...: choose the period, then print or save.

GUI thread only. The figures come from services.report on the window's connection (a report
reads a few thousand campaigns at most: fast enough to do in place).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from smsplanner.services.report import ReportData, build_report, month_range
from smsplanner.ui.common.date_edit import TypedDateEdit
from smsplanner.ui.common.plan_words import TrContext

if TYPE_CHECKING:
    from smsplanner.ui.common.window import WindowContract as MainWindow


class ReportActionWords(TrContext):
    """Translation context for the report's File menu actions (status lines, file names)."""


def _months(window: MainWindow) -> list[tuple[int, int]]:
    """Months with SMS campaigns, newest first (the current month when there are none)."""
    seen = sorted({(c.date.year, c.date.month) for c in window.campaigns()
                   if c.channel == "sms" and c.status != "planned"}, reverse=True)
    today = dt.date.today()
    return seen or [(today.year, today.month)]


class ReportPeriodDialog(QDialog):
    """Pick a month (default: the latest with campaigns) or a range of days."""

    def __init__(self, window: MainWindow, title: str, ok_text: str) -> None:
        super().__init__(window.window())
        self.setWindowTitle(title)
        self.month_choice = QRadioButton(self.tr("A month"), self)
        self.range_choice = QRadioButton(self.tr("From"), self)
        self.month_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.month_choice)
        group.addButton(self.range_choice)
        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Month of the report"))
        for year, month in _months(window):
            self.month.addItem(QLocale().toString(QDate(year, month, 1), "MMMM yyyy"),
                               (year, month))
        first, last = month_range(*_months(window)[0])
        self.date_from = TypedDateEdit(self)
        self.date_from.setAccessibleName(self.tr("First day of the report"))
        self.date_to = TypedDateEdit(self)
        self.date_to.setAccessibleName(self.tr("Last day of the report"))
        for box, day in ((self.date_from, first), (self.date_to, last)):
            box.setCalendarPopup(True)
            box.setDate(QDate(day.year, day.month, day.day))
            box.dateChanged.connect(lambda *_: self.range_choice.setChecked(True))
        self.month.activated.connect(lambda *_: self.month_choice.setChecked(True))
        days = QHBoxLayout()
        days.addWidget(self.date_from)
        days.addWidget(QLabel(self.tr("to"), self))
        days.addWidget(self.date_to)
        days.addStretch(1)
        form = QFormLayout()
        form.addRow(self.month_choice, self.month)
        form.addRow(self.range_choice, days)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which campaigns should the report cover?"), self))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        if self.month_choice.isChecked():
            return month_range(*self.month.currentData())
        a, b = self.date_from.date(), self.date_to.date()
        return dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day())

    def accept(self) -> None:
        start, end = self.period()
        if start > end:
            self.problem.setText(self.tr("The first day is after the last day: swap them."))
            self.problem.show()
            return
        super().accept()


def _report(window: MainWindow, dialog: ReportPeriodDialog) -> ReportData:
    return build_report(window.conn, *dialog.period())


def save_report_pdf(window: MainWindow, path: str | Path | None = None,
                    period: tuple[dt.date, dt.date] | None = None) -> Path | None:
    """File > Save report as PDF...: ask for the period and the file, then write it."""
    from smsplanner.ui.report.document import period_title, write_pdf

    if period is None:
        dialog = ReportPeriodDialog(window, ReportActionWords.tr("Save report as PDF"),
                                    ReportActionWords.tr("Choose file…"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        period = dialog.period()
    data = build_report(window.conn, *period)
    if path is None:
        name = ReportActionWords.tr("SMS report {period}.pdf").format(period=period_title(data))
        suggested = str(Path.home() / name.replace("/", "-"))
        path, _ = QFileDialog.getSaveFileName(window.window(),
                                              ReportActionWords.tr("Save report as PDF"),
                                              suggested, ReportActionWords.tr("PDF files (*.pdf)"))
        if not path:
            return None
        if not str(path).lower().endswith(".pdf"):
            path = f"{path}.pdf"
    try:
        written = write_pdf(data, path, window.prefs.money)
    except OSError as exc:
        window.report_error(exc)
        return None
    window.show_status(ReportActionWords.tr("Saved the report for {period} to {path}.").format(
        period=period_title(data), path=written))
    return written


def print_report(window: MainWindow) -> None:
    """File > Print report...: the period, then the system's print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from smsplanner.ui.report.document import build_document, period_title

    dialog = ReportPeriodDialog(window, ReportActionWords.tr("Print report"),
                                ReportActionWords.tr("Print…"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    data = _report(window, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(ReportActionWords.tr("SMS campaign report {period}").format(
        period=period_title(data)))
    chooser = QPrintDialog(printer, window.window())
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    build_document(data, window.prefs.money).print_(printer)
    window.show_status(ReportActionWords.tr("Sent the report for {period} to the printer.").format(
        period=period_title(data)))
