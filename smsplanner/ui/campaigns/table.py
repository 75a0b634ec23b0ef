"""The campaigns table with a pinned totals row underneath (pooled rates over what is shown).

The totals row is a second one-row view that follows the main header's widths, order, hidden
columns and horizontal scroll. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.rate_arrays import Counts, pooled
from smsplanner.ui.campaigns.model import (
    COLUMNS,
    ID_ROLE,
    NUMERIC_KINDS,
    CampaignSortProxy,
    CampaignTableModel,
    Column,
    column_index,
)
from smsplanner.ui.common.field_words import metric_label
from smsplanner.ui.common.formatting import UNKNOWN, fmt_count, fmt_percent, fmt_rate_tooltip
from smsplanner.ui.common.numerus import numbered

Index = QModelIndex | QPersistentModelIndex


class TotalsModel(QAbstractTableModel):
    """One row: counts and money summed, rates pooled (sum over sum) over the shown campaigns."""

    def __init__(self, table: CampaignTableModel) -> None:
        super().__init__(table)
        self.table = table
        self._cells: list[tuple[str, str | None]] = [("", None)] * len(COLUMNS)

    def recompute(self) -> None:
        """Every cell in one pass over the campaigns: their counts gathered once as arrays,
        each pooled rate from those (no campaign's own rate or interval is worked out)."""
        shown = self.table.campaigns()
        counts = Counts.of(shown)
        self._cells = [self._cell(col, shown, counts) for col in COLUMNS]
        self.dataChanged.emit(self.index(0, 0), self.index(0, len(COLUMNS) - 1))

    def _cell(self, col: Column, shown: list[Campaign],
              counts: Counts) -> tuple[str, str | None]:
        loc = self.table.locale
        n = len(shown)
        if col.key == "name":
            label = numbered(self.tr("Total: %n campaign(s)", "", n), n)
            return label, self.tr("Sums and pooled rates over the campaigns shown above")
        name = self.table.column_label(col)
        if col.kind == "rate":
            metric = col.metric or ""
            rate, missing = pooled(counts, metric)
            tip = fmt_rate_tooltip(rate, self._pooled_label(metric), loc)
            if missing:
                tip += "\n" + numbered(self.tr(
                    "{missing} of %n campaign(s) left out (a count is not known)", "", n),
                    n).format(missing=fmt_count(missing, loc))
            return (UNKNOWN if rate is None else fmt_percent(rate.value, 1, loc)), tip
        if col.kind in ("count", "money"):
            column = counts.values[col.key]
            known = column[~np.isnan(column)]
            known_n = len(known)
            # amounts summed in order as Python floats, as before; counts exactly as ints
            total: float = (int(known.sum()) if col.kind == "count"
                            else sum(known.tolist()))
            if not known_n:
                return UNKNOWN, self.tr("{column}: not known for any campaign shown").format(
                    column=name)
            text = fmt_count(total, loc) if col.kind == "count" else self.table.money(total)
            if known_n < n:
                tip = numbered(self.tr(
                    "{column}: sum over %n campaign(s); {without} without this figure left out",
                    "", known_n), known_n).format(column=name,
                                                  without=fmt_count(n - known_n, loc))
            else:
                tip = numbered(self.tr("{column}: sum over %n campaign(s)", "", known_n),
                              known_n).format(column=name)
            return text, tip
        return "", None

    def _pooled_label(self, metric: str) -> str:
        words = {"conversion": self.tr("Pooled conversion rate"),
                 "click": self.tr("Pooled click-through rate"),
                 "response": self.tr("Pooled response rate"),
                 "delivery": self.tr("Pooled delivery rate")}
        return words.get(metric, metric_label(metric))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, tip = self._cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[index.column()].kind in NUMERIC_KINDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class SortArrowStyle(QProxyStyle):
    """Fusion draws the ascending arrow pointing down (toward the larger values); Windows,
    macOS and GNOME point it up. Flip it, so newest-first shows a down arrow as people expect."""

    _FLIP = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
             QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: Any, painter: Any,
                      widget: QWidget | None = None) -> None:
        if (element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
                and isinstance(option, QStyleOptionHeader)):
            option = QStyleOptionHeader(option)
            option.sortIndicator = self._FLIP.get(option.sortIndicator, option.sortIndicator)
        super().drawPrimitive(element, option, painter, widget)


def fix_sort_arrow(header: QHeaderView) -> None:
    """Give a header an arrow that points up for ascending (only Fusion needs it)."""
    if header.style().name().lower() == "fusion":
        style = SortArrowStyle("fusion")
        style.setParent(header)  # deleted with the header
        header.setStyle(style)


# What a shop owner looks at first: results and money, then the delivery details. The model's
# column numbers stay as they are (saved header states refer to them); only the shown order
# changes, and a user's own order and widths are remembered over this one.
DEFAULT_ORDER: tuple[str, ...] = (
    "name", "date", "status", "segment", "offer", "sent", "conversions", "conversion_rate",
    "revenue", "cost", "click_rate", "clicks", "delivered", "delivery_rate", "replies", "opt_outs",
    "response_rate", "time", "channel", "message", "notes",
)
# Columns that take the room left over on a wide window (their share of it).
FILL_SHARES: dict[str, float] = {"name": 0.5, "segment": 0.25, "offer": 0.25}
NAME_MIN = 150  # names narrower than this are cut too short to tell campaigns apart


class CampaignTable(QWidget):
    """The sortable campaigns table plus its totals row. Emits the selected campaign ids."""

    selection_changed = Signal(list)
    activated = Signal(int)  # a campaign id: double-click or Enter

    def __init__(self, parent: QWidget | None = None,
                 money: Callable[[float | None], str] | None = None) -> None:
        super().__init__(parent)
        self.model = CampaignTableModel(self, money=money)
        self.proxy = CampaignSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.totals_model = TotalsModel(self.model)

        self.view = QTableView(self)
        self.view.setObjectName("campaignsTable")
        self.view.setAccessibleName(self.tr("Campaigns"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COLUMNS.index(next(c for c in COLUMNS if c.key == "date")),
                               Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setSectionsMovable(True)
        self.view.horizontalHeader().setStretchLastSection(False)
        fix_sort_arrow(self.view.horizontalHeader())
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.selectionModel().selectionChanged.connect(self._emit_selection)

        self.totals = QTableView(self)
        self._totals_gap = QWidget(self)  # as wide as the table's vertical scroll bar, if shown
        self._totals_gap.setFixedWidth(0)
        self.totals.setObjectName("campaignsTotals")
        self.totals.setAccessibleName(self.tr("Totals of the campaigns shown"))
        self.totals.setModel(self.totals_model)
        self.totals.horizontalHeader().hide()
        self.totals.verticalHeader().hide()
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_h = self.fontMetrics().height() + 12
        self.totals.verticalHeader().setDefaultSectionSize(row_h)
        self.totals.setFixedHeight(row_h + 2 * self.totals.frameWidth())
        self._link_totals()

        self._natural: dict[int, int] = {}  # widths from fit_columns, before filling the width
        self._filling = False
        self.user_sized = False  # a column dragged by hand: the widths are the user's now
        self.view.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.view.viewport().installEventFilter(self)
        self.apply_default_order()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        totals_row = QHBoxLayout()
        totals_row.setSpacing(0)
        totals_row.addWidget(self.totals, 1)
        totals_row.addWidget(self._totals_gap)
        layout.addLayout(totals_row)

    # -- totals row follows the main header ---------------------------------------------------
    def _link_totals(self) -> None:
        header = self.view.horizontalHeader()
        totals_header = self.totals.horizontalHeader()
        header.sectionResized.connect(lambda i, _old, new: self.totals.setColumnWidth(i, new))
        header.sectionMoved.connect(lambda _i, old, new: totals_header.moveSection(old, new))
        self.view.horizontalScrollBar().valueChanged.connect(
            self.totals.horizontalScrollBar().setValue)
        totals_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # The table's vertical scroll bar appears after a layout pass, not when rows are set:
        # watch it (Qt shows and hides the bar's container, not the bar), or the totals row
        # runs under it and drifts when scrolled right.
        self._bar_box = self.view.verticalScrollBar().parentWidget() or self.view
        self._bar_box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._bar_box
                and event.type() in (QEvent.Type.Show, QEvent.Type.Hide)):
            self._fit_totals_margin()
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fill_width()
        return super().eventFilter(watched, event)

    # -- column order and widths -----------------------------------------------------------
    def apply_default_order(self) -> None:
        """Show the columns in DEFAULT_ORDER (results and money first)."""
        header = self.view.horizontalHeader()
        keys = [c.key for c in COLUMNS]
        for visual, key in enumerate(k for k in DEFAULT_ORDER if k in keys):
            current = header.visualIndex(keys.index(key))
            if current != visual:
                header.moveSection(current, visual)
        self.sync_totals_columns()

    def _on_section_resized(self, logical: int, _old: int, _new: int) -> None:
        if not self._filling and self._natural:
            self.user_sized = True

    def fill_width(self) -> None:
        """On a window wider than the columns, give the room left to name, segment and offer
        (a third of a 1920 px window stayed empty); narrower again, they shrink back."""
        if not self._natural or self.user_sized:
            return
        header = self.view.horizontalHeader()
        shown = [i for i in self._natural if not header.isSectionHidden(i)]
        extra = self.view.viewport().width() - sum(self._natural[i] for i in shown)
        self._filling = True
        try:
            for key, share in FILL_SHARES.items():
                i = column_index(key)
                if i in self._natural:
                    grow = int(max(0, extra) * share) if i in shown else 0
                    self.view.setColumnWidth(i, self._natural[i] + grow)
            name = column_index("name")
            if extra < 0 and name in shown:  # a small window: names give way to the money
                # never narrower than the totals label ("Summe: 52 Kampagnen" was cut to
                # "Summe: 52 ..." in German)
                least = max(NAME_MIN, self.totals.sizeHintForColumn(name))
                self.view.setColumnWidth(name, max(least, self._natural[name] + extra))
        finally:
            self._filling = False
        self.sync_totals_columns()

    def _fit_totals_margin(self) -> None:
        """Leave room at the right of the totals row for the table's vertical scroll bar."""
        bar = self.view.verticalScrollBar()
        extra = bar.width() if bar.isVisibleTo(self.view) else 0
        # A gap beside the row, not viewport margins: QTableView resets those on every layout.
        self._totals_gap.setFixedWidth(extra)

    def sync_totals_columns(self) -> None:
        """Copy widths, order and hidden state from the main header to the totals row."""
        header = self.view.horizontalHeader()
        totals_header = self.totals.horizontalHeader()
        for logical in range(len(COLUMNS)):
            self.totals.setColumnHidden(logical, header.isSectionHidden(logical))
            self.totals.setColumnWidth(logical, header.sectionSize(logical))
            visual = header.visualIndex(logical)
            current = totals_header.visualIndex(logical)
            if visual != current:
                totals_header.moveSection(current, visual)
        self._fit_totals_margin()

    def set_column_hidden(self, logical: int, hidden: bool) -> None:
        self.view.setColumnHidden(logical, hidden)
        self.totals.setColumnHidden(logical, hidden)

    # -- data ------------------------------------------------------------------------------
    def set_campaigns(self, campaigns: Sequence[Campaign]) -> None:
        """Show these campaigns, keeping the selection of those still present."""
        keep = self.selected_ids()
        self.model.set_campaigns(campaigns)
        self.totals_model.recompute()
        if keep:
            self.select_ids(keep, scroll=False)
        self.sync_totals_columns()

    def refresh_formatting(self) -> None:
        self.model.refresh_formatting()
        self.totals_model.recompute()

    def fit_columns(self) -> None:
        """Size columns to their contents (sampling rows, so 10,000 rows stay quick)."""
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(200)
        self.view.resizeColumnsToContents()
        name_col = COLUMNS.index(next(c for c in COLUMNS if c.key == "name"))
        self.view.setColumnWidth(name_col, min(max(self.view.columnWidth(name_col), 160), 280))
        for i, col in enumerate(COLUMNS):
            width = max(self.view.columnWidth(i), self.totals.sizeHintForColumn(i))
            if col.kind == "text" and i != name_col:
                width = min(width, 260)
            self.view.setColumnWidth(i, width)
        self._natural = {i: self.view.columnWidth(i) for i in range(len(COLUMNS))}
        self.user_sized = False
        self.fill_width()
        self.sync_totals_columns()

    # -- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        ids = [r.data(ID_ROLE) for r in sorted(rows, key=lambda i: i.row())]
        return [int(i) for i in ids if i is not None]

    def select_ids(self, ids: Sequence[int], scroll: bool = True) -> None:
        """Select the rows of these campaigns (those shown); scroll to the first."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        first = None
        for cid in ids:
            row = self.model.row_of_id(int(cid))
            if row is None:
                continue
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.select(proxy_index, proxy_index)
            if first is None or proxy_index.row() < first.row():
                first = proxy_index
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().select(selection, flags)
        if first is not None:
            self.view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate)
            if scroll:
                self.view.scrollTo(first)

    def _emit_selection(self, *_args: object) -> None:
        self.selection_changed.emit(self.selected_ids())

    def _on_double_click(self, index: QModelIndex) -> None:
        cid = index.data(ID_ROLE)
        if cid is not None:
            self.activated.emit(int(cid))

    # -- copy ------------------------------------------------------------------------------
    def selection_as_tsv(self) -> str:
        """The selected rows as tab-separated text with a header row, visible columns in order."""
        header = self.view.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        cols = [i for i in logical if not header.isSectionHidden(i)]
        lines = ["\t".join(self.model.column_label(COLUMNS[i]) for i in cols)]
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        for proxy_index in rows:
            src_row = self.proxy.mapToSource(proxy_index).row()
            cells = []
            for i in cols:
                text = str(self.model.index(src_row, i).data() or "")
                cells.append(text.replace("\t", " ").replace("\n", " ").replace(UNKNOWN, ""))
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def copy_selection(self) -> int:
        """Put the selected rows on the clipboard; returns how many rows were copied."""
        rows = len(self.view.selectionModel().selectedRows())
        if rows:
            QApplication.clipboard().setText(self.selection_as_tsv())
        return rows
