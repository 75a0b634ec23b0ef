""""How the file was read": the detected settings beside the preview, each one editable.

Changing a setting emits `changed(key, value)` (keys as read_table's keyword arguments; the
number convention sets decimal and thousands together). GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsplanner.ui.imports.session import SHAPES, shape_label, shape_tip

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable

# The choices' data: encodings, separators, number conventions (the decimal mark followed by
# the thousands separator, none when one character) and date orders. The panel words them.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")
DELIMITERS = (",", ";", "\t", "|")
NUMBERS = (".,", ",.", ", ", ".", ",")
DATE_ORDERS = ("", "DMY", "MDY")


class ReadSettingsPanel(QWidget):
    """Sheet, encoding, delimiter, number convention, date order and header row."""

    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blocked = False
        self.sheet = self._combo(self.tr("Sheet"), "sheet", ())
        self.encoding = self._combo(self.tr("Text encoding"), "encoding",
                                    zip(self._encoding_words(), ENCODINGS, strict=True))
        self.delimiter = self._combo(self.tr("Column separator"), "delimiter",
                                     zip(self._delimiter_words(), DELIMITERS, strict=True))
        self.numbers = self._combo(self.tr("Numbers look like"), "numbers",
                                   zip(self._number_words(), NUMBERS, strict=True))
        self.date_order = self._combo(self.tr("Date order"), "date_order",
                                      zip(self._date_order_words(), DATE_ORDERS, strict=True))
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 1_048_576)
        self.header_row.setKeyboardTracking(False)
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.header_row.setToolTip(self.tr("The spreadsheet row that holds the column names"))
        self.header_row.valueChanged.connect(self._header_changed)
        self.date_hint = QLabel(self)
        self.date_hint.setWordWrap(True)
        self.date_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.addRow(self.tr("&Sheet"), self.sheet)
        self.form.addRow(self.tr("&Encoding"), self.encoding)
        self.form.addRow(self.tr("Column se&parator"), self.delimiter)
        self.form.addRow(self.tr("&Numbers look like"), self.numbers)
        self.form.addRow(self.tr("&Date order"), self.date_order)
        self.form.addRow("", self.date_hint)
        self.form.addRow(self.tr("&Header row"), self.header_row)

    def _encoding_words(self) -> list[str]:
        return ["UTF-8", self.tr("UTF-8 with BOM"), "UTF-16", self.tr("Windows-1252 (Western)"),
                "Latin-1"]

    def _delimiter_words(self) -> list[str]:
        return [self.tr("Comma  ,"), self.tr("Semicolon  ;"), self.tr("Tab"), self.tr("Bar  |")]

    def _number_words(self) -> list[str]:
        return [self.tr("1,234.50  (decimal point)"), self.tr("1.234,50  (decimal comma)"),
                self.tr("1 234,50  (comma, space)"), self.tr("1234.50  (point, no separator)"),
                self.tr("1234,50  (comma, no separator)")]

    def _date_order_words(self) -> list[str]:
        return [self.tr("Work it out from the dates"), self.tr("Day first  (31.12.2026)"),
                self.tr("Month first  (12/31/2026)")]

    def _combo(self, name: str, key: str, items: Any) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        for text, data in items:
            box.addItem(text, data)
        box.activated.connect(lambda _i, k=key, b=box: self._emit(k, b.currentData()))
        return box

    def _emit(self, key: str, value: Any) -> None:
        if not self._blocked:
            self.changed.emit(key, value if value != "" else None)

    def _header_changed(self, value: int) -> None:
        self._emit("header_row", int(value))

    def show_detected(self, raw: RawTable, forced: dict[str, Any]) -> None:
        """Show what was detected (or forced) for this read, without emitting changed."""
        d = raw.detected
        is_text = d.delimiter is not None
        self._blocked = True
        try:
            self.sheet.clear()
            for name in raw.sheets:
                self.sheet.addItem(name, name)
            self._select(self.sheet, d.sheet)
            self._select(self.encoding, d.encoding)
            self._select(self.delimiter, d.delimiter)
            thousands = d.thousands if d.thousands is not None else forced.get("thousands")
            if thousands is None:
                thousands = "," if d.decimal == "." else "."
            i = self.numbers.findData(d.decimal + thousands)
            if i < 0:
                i = self.numbers.findData(d.decimal)
            self.numbers.setCurrentIndex(max(i, 0))
            self._select(self.date_order, forced.get("date_order") or "")
            self.header_row.setValue(int(d.header_row))
        finally:
            self._blocked = False
        self.form.setRowVisible(self.sheet, bool(raw.sheets))
        for box in (self.encoding, self.delimiter):
            self.form.setRowVisible(box, is_text)

    def show_date_order(self, decided: str | None, forced: str | None) -> None:
        """Say which date order the check settled on."""
        if forced:
            self.date_hint.setText("")
        elif decided == "DMY":
            self.date_hint.setText(self.tr("Dates read day first."))
        elif decided == "MDY":
            self.date_hint.setText(self.tr("Dates read month first."))
        else:
            self.date_hint.setText("")
        self.form.setRowVisible(self.date_hint, bool(self.date_hint.text()))

    @staticmethod
    def _select(box: QComboBox, value: Any) -> None:
        i = box.findData(value)
        box.setCurrentIndex(max(i, 0))


class ShapePanel(QWidget):
    """What the file holds (summaries or a message log), the campaign name, and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape_box = QComboBox(self)
        self.shape_box.setAccessibleName(self.tr("What the file holds"))
        for shape in SHAPES:
            self.shape_box.addItem(shape_label(shape), shape)
            self.shape_box.setItemData(self.shape_box.count() - 1, shape_tip(shape),
                                       Qt.ItemDataRole.ToolTipRole)
        self.campaign_label = QLabel(self.tr("Ca&mpaign name"), self)
        self.campaign_edit = QLineEdit(self)
        self.campaign_edit.setAccessibleName(self.tr("Campaign name"))
        self.campaign_edit.setToolTip(self.tr("The file names no campaign: all its rows go into "
                                              "this campaign"))
        self.campaign_label.setBuddy(self.campaign_edit)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>What the file holds</b>"), self))
        layout.addWidget(self.shape_box)
        layout.addWidget(self.campaign_label)
        layout.addWidget(self.campaign_edit)
        layout.addSpacing(8)
        layout.addWidget(self.notes, 1)

    def show_campaign_field(self, visible: bool) -> None:
        self.campaign_label.setVisible(visible)
        self.campaign_edit.setVisible(visible)
