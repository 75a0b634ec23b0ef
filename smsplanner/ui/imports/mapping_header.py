"""The preview's column header with a "which field is this?" dropdown above each column name.

The dropdowns are children of the header's viewport, placed over the top part of each section
and moved when sections resize or the table scrolls sideways. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from smsplanner.ui.common.field_words import field_label
from smsplanner.ui.common.tr_context import TrContext
from smsplanner.ui.imports.preview_model import ImportPreviewModel

DERIVED_PREFIX = "derived:"


class MappingWords(TrContext):
    """Translation context for the preview header's dropdown words."""


def not_used() -> str:
    return MappingWords.tr("— not used —")


def dropped_word() -> str:
    """The italic label over a phone number column."""
    return MappingWords.tr("dropped: personal data")


class MappingHeader(QHeaderView):
    """A horizontal header whose sections carry a field dropdown (or a "dropped" label)."""

    field_chosen = Signal(str, str)  # column header, field ("" = not used)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        # Wide enough for a dropdown showing "Conversions" or "— not used —" in the user's
        # language; columns widen to their contents, so a 1024-pixel window shows six or
        # seven columns rather than four.
        fm = self.fontMetrics()
        narrow = max(fm.horizontalAdvance(field_label("conversions")),
                     fm.horizontalAdvance(not_used())) + 44
        self.setMinimumSectionSize(narrow)
        self.setDefaultSectionSize(narrow)
        self.editors: list[QWidget] = []
        self._columns: list[str] = []
        probe = QComboBox()
        self._editor_height = probe.sizeHint().height()
        probe.deleteLater()
        self.sectionResized.connect(lambda *_a: self.place_editors())
        self.sectionMoved.connect(lambda *_a: self.place_editors())
        self.geometriesChanged.connect(self.place_editors)

    def set_columns(self, columns: Sequence[str], choices: Sequence[tuple[str, str]],
                    current: dict[str, str], dropped: Sequence[str] = (),
                    derived: dict[str, str] | None = None) -> None:
        """One dropdown per column: `current` maps column -> field; dropped columns get a label.

        `derived` maps a rate column to the count it stands in for ("clicks from this rate").
        """
        for editor in self.editors:
            editor.deleteLater()
        self.editors = []
        self._columns = list(columns)
        derived = derived or {}
        for column in columns:
            if column in dropped:
                label = QLabel(dropped_word(), self.viewport())
                label.setToolTip(self.tr("Phone numbers are personal data: SMS Planner never "
                                         "reads or stores this column."))
                label.setAccessibleName(self.tr("Column {column}: dropped, personal data").format(
                    column=column))
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setStyleSheet("QLabel { font-style: italic; }")
                self.editors.append(label)
                continue
            box = QComboBox(self.viewport())
            box.setAccessibleName(self.tr("Field for column {column}").format(column=column))
            box.setToolTip(self.tr("Which figure the column “{column}” holds").format(
                column=column))
            box.addItem(not_used(), "")
            for label_text, fieldname in choices:
                box.addItem(label_text, fieldname)
            if column in derived:
                count = derived[column]
                name = dict((f, t) for t, f in choices).get(count, count)
                box.addItem(self.tr("{field}, worked out from this rate").format(field=name),
                            DERIVED_PREFIX + count)
                box.setCurrentIndex(box.count() - 1)
            else:
                i = box.findData(current.get(column, ""))
                box.setCurrentIndex(max(i, 0))
            box.activated.connect(lambda _i, c=column, b=box: self._chosen(c, b))
            self.editors.append(box)
        self.updateGeometry()
        self.place_editors()
        for editor in self.editors:
            editor.show()

    def _chosen(self, column: str, box: QComboBox) -> None:
        value = str(box.currentData() or "")
        if value.startswith(DERIVED_PREFIX):
            return
        self.field_chosen.emit(column, value)

    def editor_for(self, column: str) -> QWidget | None:
        return self.editors[self._columns.index(column)] if column in self._columns else None

    def place_editors(self) -> None:
        """Put each dropdown over its section (after a resize, move or sideways scroll)."""
        pad = 3
        for logical, editor in enumerate(self.editors):
            if logical >= self.count() or self.isSectionHidden(logical):
                editor.hide()
                continue
            x = self.sectionViewportPosition(logical)
            w = self.sectionSize(logical)
            editor.setGeometry(x + pad, pad, max(20, w - 2 * pad), self._editor_height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(hint.height() + self._editor_height + 6)
        return hint


class PreviewTable(QTableView):
    """The preview: one line per spreadsheet row, a MappingHeader on top, skipped rows spanned."""

    def __init__(self, model: ImportPreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview of the file"))
        self.mapping_header = MappingHeader(self)
        self.setHorizontalHeader(self.mapping_header)
        self.setModel(model)
        self.preview = model
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalScrollBar().valueChanged.connect(
            lambda _v: self.mapping_header.place_editors())

    def span_skipped_rows(self) -> None:
        """Size columns to their first rows (within limits); let skipped rows' labels span."""
        self.clearSpans()
        header = self.mapping_header
        for col in range(self.preview.columnCount()):
            texts = [str(self.preview.data(self.preview.index(r, col)) or "")
                     for r in range(min(50, self.preview.rowCount()))
                     if self.preview.skipped_kind(r) is None]
            name = str(self.preview.headerData(col, Qt.Orientation.Horizontal) or "")
            if self.preview.is_dropped(col):
                name = dropped_word()  # the italic label that stands in for the dropdown
            fm = self.fontMetrics()
            widest = max((fm.horizontalAdvance(t) for t in [*texts, name]), default=0)
            header.resizeSection(col, max(header.defaultSectionSize(), min(320, widest + 16)))
        for row in self.preview.skipped_rows():
            self.setSpan(row, 0, 1, max(1, self.preview.columnCount()))

    def show_cell(self, sheet_row: int | None, column: str | None) -> bool:
        """Scroll to and select the cell of this spreadsheet row and column (if shown)."""
        row = self.preview.view_row(sheet_row) if sheet_row is not None else None
        if row is None:
            return False
        col = self.preview.column_of(column)
        target = self.preview.index(row, col if col is not None else 0)
        self.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setCurrentIndex(target)
        return True
