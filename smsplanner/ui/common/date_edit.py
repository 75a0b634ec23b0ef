"""A date box that takes dates as people type them. GUI thread only.

QDateEdit edits one section at a time: typing over the whole selected text is refused, and
typing "20" into a day that shows "28" can end as 22 or 28. Here typed digits and separators
collect as plain text until Enter, Tab or leaving the box; then a whole date in the shown
format (or ISO, 2026-10-20) is taken as is, and a lone number goes into the section the typing
started in (the day, the month or the year). The arrows, the calendar and the mouse wheel
work as in any QDateEdit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from smsplanner.ui.common.formatting import date_format

_TYPED = re.compile(r"[0-9./\- ]")


def edit_format(display: str) -> str:
    """The shown format with fixed-width sections (dd, MM, yyyy), so every date lines up."""
    fmt = re.sub(r"(?<!d)d(?!d)", "dd", display)
    return re.sub(r"(?<!M)M(?!M)", "MM", fmt)


class TypedDateEdit(QDateEdit):
    """QDateEdit in the locale's short format that accepts whole typed dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(edit_format(date_format()))
        self._buffer: str | None = None
        self._section = QDateEdit.Section.DaySection

    def typed_text(self) -> str | None:
        """What has been typed and not yet taken (None when not typing)."""
        return self._buffer

    def date(self) -> QDate:
        self.finish_typing()  # a Save clicked while typing still gets the typed date
        return super().date()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        line = self.lineEdit()
        if self._buffer is None and text.isdigit() and not self.isReadOnly():
            self._section = self.currentSection()
            self._buffer = ""
            line.setText("")
        if self._buffer is not None:
            if text and _TYPED.fullmatch(text):
                self._buffer += text
                line.setText(self._buffer)
                return
            if event.key() == Qt.Key.Key_Backspace:
                self._buffer = self._buffer[:-1]
                line.setText(self._buffer)
                return
            self.finish_typing(commit=event.key() != Qt.Key.Key_Escape)
            if event.key() == Qt.Key.Key_Escape:
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish_typing()
        super().focusOutEvent(event)

    def finish_typing(self, commit: bool = True) -> None:
        """Take what was typed (when it makes a date) and show the box's date again."""
        typed, self._buffer = self._buffer, None
        if typed is None:
            return
        day = self._read(typed.strip()) if commit else QDate()
        if day.isValid() and self.minimumDate() <= day <= self.maximumDate():
            self.setDate(day)
        shown = super().date()  # not a date: the old one again, unchanged
        special = self.specialValueText()
        self.lineEdit().setText(special if special and shown == self.minimumDate()
                                else shown.toString(self.displayFormat()))

    def _read(self, typed: str) -> QDate:
        for fmt in (self.displayFormat(), date_format(), "yyyy-MM-dd", "yyyy-M-d"):
            day = QDate.fromString(typed, fmt)
            if day.isValid():
                return day
        if not typed.isdigit():
            return QDate()
        number, now = int(typed), super().date()
        if self._section == QDateEdit.Section.YearSection:
            year = number + 2000 if len(typed) <= 2 else number
            return QDate(year, now.month(), min(now.day(), QDate(year, now.month(), 1)
                                                .daysInMonth()))
        if self._section == QDateEdit.Section.MonthSection:
            if not 1 <= number <= 12:
                return QDate()
            return QDate(now.year(), number,
                         min(now.day(), QDate(now.year(), number, 1).daysInMonth()))
        return QDate(now.year(), now.month(), number)  # invalid past the month's last day
