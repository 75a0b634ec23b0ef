"""The import preview: the table as read, title/blank/total rows in place, greyed and labelled.

Rows are in spreadsheet order; the vertical header shows each row's spreadsheet number. Data
cells are fetched lazily (a million-row file costs one sort, not a million strings). Mapped
columns are tinted, cells with a problem are red with the reason as tooltip. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from smsplanner.domain.imports import ImportProblem, Mapping
from smsplanner.importing.privacy import HIDDEN as PHONE_HIDDEN
from smsplanner.ui.imports.words import say

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable, SkippedRow

Index = QModelIndex | QPersistentModelIndex
MAPPED_TINT = QColor(64, 128, 230, 38)   # translucent: works on light and dark palettes
PROBLEM_TINT = QColor(220, 40, 40, 90)


def cell_text(value: Any) -> str:
    """A cell as the user typed it: 1000.0 -> "1000", dates without midnight, blanks empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.hour == value.minute == value.second == 0:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "" if text in ("NaT", "<NA>", "nan") else text


class ImportPreviewModel(QAbstractTableModel):
    """Rows of a RawTable (plus its skipped rows) under the file's headers (plus dropped ones)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.raw: RawTable | None = None
        self.headers: list[str] = []
        self.dropped: list[str] = []
        self.mapping: Mapping | None = None
        self._order = np.zeros(0, dtype=np.int64)  # >= 0: data row; < 0: -(skipped index + 1)
        self._sheet_rows = np.zeros(0, dtype=np.int64)
        self._skipped: list[SkippedRow] = []
        self._columns: dict[int, np.ndarray] = {}
        self._problems: dict[tuple[int, str], str] = {}
        self._mapped_columns: set[str] = set()

    # -- filling -------------------------------------------------------------------------------
    def set_table(self, raw: RawTable | None, mapping: Mapping | None) -> None:
        """Show this table (None: nothing); keeps problems only if the rows are the same file."""
        self.beginResetModel()
        self.raw = raw
        self._columns = {}
        if raw is None:
            self.headers, self.dropped, self._skipped = [], [], []
            self._order = np.zeros(0, dtype=np.int64)
            self._sheet_rows = np.zeros(0, dtype=np.int64)
        else:
            self.headers = list(raw.headers)
            self.dropped = [c for c in raw.dropped_columns if c not in self.headers]
            data_rows = np.asarray(raw.row_numbers, dtype=np.int64)
            last = int(data_rows[-1]) if len(data_rows) else 0
            # Rows skipped beyond the preview are not shown, except totals (they end a file).
            skipped = [s for s in raw.skipped if s.row <= last or s.kind == "total"]
            self._skipped = skipped
            rows = np.concatenate([data_rows, np.array([s.row for s in skipped], dtype=np.int64)])
            codes = np.concatenate([np.arange(len(data_rows), dtype=np.int64),
                                    -np.arange(1, len(skipped) + 1, dtype=np.int64)])
            order = np.argsort(rows, kind="stable")
            self._order = codes[order]
            self._sheet_rows = rows[order]
        self._set_mapping(mapping)
        self.endResetModel()

    def set_mapping(self, mapping: Mapping | None) -> None:
        self._set_mapping(mapping)
        self._changed()

    def _set_mapping(self, mapping: Mapping | None) -> None:
        self.mapping = mapping
        self._mapped_columns = (set() if mapping is None else
                                set(mapping.fields.values()) | set(mapping.derived.values()))

    def set_problems(self, problems: list[ImportProblem]) -> None:
        """Mark the cells these problems name (row and column both known)."""
        self._problems = {}
        for p in problems:
            if p.row is not None and p.column:
                key = (int(p.row), p.column)
                said = say(p.message)
                self._problems[key] = (self._problems[key] + "\n" + said
                                       if key in self._problems else said)
        self._changed()

    def _changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    # -- lookups -------------------------------------------------------------------------------
    def view_row(self, sheet_row: int) -> int | None:
        """The model row showing this spreadsheet row, if it is in the table."""
        i = int(np.searchsorted(self._sheet_rows, sheet_row))
        if i < len(self._sheet_rows) and int(self._sheet_rows[i]) == sheet_row:
            return i
        return None

    def column_of(self, header: str | None) -> int | None:
        names = self.all_columns()
        return names.index(header) if header in names else None

    def all_columns(self) -> list[str]:
        return self.headers + self.dropped

    def is_dropped(self, column: int) -> bool:
        return column >= len(self.headers)

    def skipped_kind(self, row: int) -> str | None:
        """"title", "blank" or "total" for a skipped row, None for a data row."""
        code = int(self._order[row])
        return None if code >= 0 else self._skipped[-code - 1].kind

    def skipped_rows(self) -> list[int]:
        return [i for i in range(len(self._order)) if self._order[i] < 0]

    def sheet_row(self, row: int) -> int:
        return int(self._sheet_rows[row])

    def _column(self, j: int) -> np.ndarray:
        col = self._columns.get(j)
        if col is None and self.raw is not None:
            col = self.raw.frame.iloc[:, j].to_numpy(dtype=object)
            self._columns[j] = col
        return col  # type: ignore[return-value]

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers) + len(self.dropped)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self._sheet_rows):
                return str(int(self._sheet_rows[section]))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Row number as your spreadsheet shows it")
            return None
        names = self.all_columns()
        if section >= len(names):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return names[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_dropped(section):
                return self.tr("Phone numbers are personal data: this column is never read or "
                               "stored.")
            return self.tr("Column “{column}” of the file").format(column=names[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        code = int(self._order[row])
        if code < 0:
            return self._skipped_data(self._skipped[-code - 1], col, role)
        dropped = self.is_dropped(col)
        header = self.all_columns()[col]
        problem = self._problems.get((int(self._sheet_rows[row]), header))
        if role == Qt.ItemDataRole.DisplayRole:
            return PHONE_HIDDEN if dropped else cell_text(self._column(col)[code])
        if role == Qt.ItemDataRole.BackgroundRole:
            if problem:
                return PROBLEM_TINT
            if header in self._mapped_columns:
                return MAPPED_TINT
            return None
        if role == Qt.ItemDataRole.ForegroundRole and dropped:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        return None

    def _skipped_data(self, skipped: Any, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and col == 0:
            label = self.skipped_text(skipped.kind)
            if skipped.text:
                return self.tr("{label}: “{text}”").format(label=label, text=skipped.text)
            return label
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.skipped_text(skipped.kind)
        return None

    def skipped_text(self, kind: str) -> str:
        """What a row left out of the import is ("title", "blank", "total")."""
        if kind == "title":
            return self.tr("Title row, not imported")
        if kind == "blank":
            return self.tr("Blank row, not imported")
        if kind == "total":
            return self.tr("Totals row, left out: totals are not campaigns")
        return self.tr("Not imported")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
