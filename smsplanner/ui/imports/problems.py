"""The import dialog's problem list: row, column, value and reason, one line each.

Choosing a line emits `chosen(problem)`, and the dialog scrolls its preview to that cell.
GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.imports import ImportProblem
from smsplanner.ui.common.list_table import list_table
from smsplanner.ui.common.numerus import numbered
from smsplanner.ui.imports.words import say

MAX_PROBLEMS_SHOWN = 500


class ProblemsPanel(QWidget):
    """A title ("3 problems — click one…") over a four-column table; hidden when empty."""

    chosen = Signal(object)  # the ImportProblem picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[ImportProblem] = []
        self.title = QLabel(self)
        self.table = list_table(self, [self.tr("Row"), self.tr("Column"), self.tr("Value"),
                                       self.tr("Problem")],
                                self.tr("Problems found in the file"), stretch=3)
        self.table.currentCellChanged.connect(lambda row, *_a: self._choose(row))
        self.table.cellClicked.connect(lambda row, _c: self._choose(row))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.setVisible(False)

    def set_problems(self, problems: list[ImportProblem]) -> None:
        """List the first MAX_PROBLEMS_SHOWN problems in file order (the title gives the full
        count). The engine lists them column by column; a reader scans the file top down."""
        self.table.setRowCount(0)
        in_order = sorted(problems, key=lambda p: -1 if p.row is None else p.row)  # stable
        self.problems = in_order[:MAX_PROBLEMS_SHOWN]
        self.table.setRowCount(len(self.problems))
        for i, p in enumerate(self.problems):
            cells = ("" if p.row is None else str(p.row), p.column or "", p.value or "",
                     say(p.message))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 3:
                    item.setToolTip(text)
                self.table.setItem(i, j, item)
        n = len(problems)
        if n > len(self.problems):
            title = numbered(self.tr("<b>%n problem(s)</b> — click one to see it in the preview "
                                    "(first {shown} listed)", "", n), n)
        else:
            title = numbered(self.tr("<b>%n problem(s)</b> — click one to see it in the preview",
                                    "", n), n)
        self.title.setText(title.format(shown=MAX_PROBLEMS_SHOWN))
        self.setVisible(bool(problems))
        self._fit_rows(min(len(self.problems), 4))

    def _fit_rows(self, rows: int) -> None:
        """Room for up to four whole rows: a squeezed list cut its second row in half."""
        t = self.table
        height = (t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth()
                  + rows * t.verticalHeader().defaultSectionSize()
                  + t.horizontalScrollBar().sizeHint().height())
        t.setMinimumHeight(height)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.problems):
            self.chosen.emit(self.problems[row])
