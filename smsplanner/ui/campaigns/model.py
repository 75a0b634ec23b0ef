"""The campaigns table's model: one row per campaign, counts and rates, sortable as numbers.

Rates are worked out lazily per cell (and cached), so loading 10,000 rows stays quick.
GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.metrics import METRICS, Rate
from smsplanner.ui.common.field_words import metric_label
from smsplanner.ui.common.formatting import (
    UNKNOWN,
    display_locale,
    fmt_count,
    fmt_date,
    fmt_money,
    fmt_percent,
    fmt_rate_tooltip,
)
from smsplanner.ui.common.marks import MARK_TIPS, mark_color, mark_icon

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers as numbers, text casefolded, unknown = None
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the campaign id of the row
MARK_ROLE = Qt.ItemDataRole.UserRole + 3  # "new", "updated" (by the last import) or None
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One table column: its key, header, kind of value and (for rates) which metric."""

    key: str
    label: str
    kind: str  # "text", "date", "count", "rate", "money"
    metric: str | None = None
    visible: bool = True  # shown until the user chooses otherwise
    help: str = ""


_RECIPIENTS = "recipients (delivered when known, else sent)"
COLUMNS: tuple[Column, ...] = (
    Column("name", "Name", "text"),
    Column("date", "Date", "date", help="The day the message was sent"),
    Column("time", "Time", "text", visible=False, help="Local send time (HH:MM)"),
    Column("channel", "Channel", "text", visible=False),
    Column("segment", "Segment", "text", help="Who the message went to"),
    Column("offer", "Offer", "text", help="The incentive in the message"),
    Column("status", "Status", "text",
           help="Planned: a send still to come (no results yet); sent: results known"),
    Column("conversion_rate", "Conversion rate", "rate", "conversion",
           help=f"Conversion rate = conversions ÷ {_RECIPIENTS}"),
    Column("click_rate", "Click-through", "rate", "click",
           help=f"Click-through rate = clicks ÷ {_RECIPIENTS}"),
    Column("response_rate", "Response", "rate", "response", visible=False,
           help=f"Response rate = replies ÷ {_RECIPIENTS}"),
    Column("delivery_rate", "Delivery", "rate", "delivery",
           help="Delivery rate = delivered ÷ sent"),
    Column("sent", "Sent", "count"),
    Column("delivered", "Delivered", "count"),
    Column("clicks", "Clicks", "count"),
    Column("replies", "Replies", "count"),
    Column("opt_outs", "Opt-outs", "count"),
    Column("conversions", "Conversions", "count"),
    Column("revenue", "Revenue", "money"),
    Column("cost", "Cost", "money"),
    Column("message", "Message text", "text", visible=False),
    Column("notes", "Notes", "text", visible=False),
)
COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)
NUMERIC_KINDS = frozenset({"count", "rate", "money"})


def column_index(key: str) -> int:
    """Position of a column by key (raises ValueError for an unknown key)."""
    return COLUMN_KEYS.index(key)


class CampaignTableModel(QAbstractTableModel):
    """All campaigns handed to it, in the order given; the proxy sorts."""

    def __init__(self, parent: Any = None, money: Callable[[float | None], str] | None = None):
        super().__init__(parent)
        self._rows: list[Campaign] = []
        self._rates: dict[tuple[int, str], Rate | None] = {}
        self._row_of_id: dict[int, int] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._marks: dict[int, str] = {}  # campaign id -> "new" / "updated"
        self.locale = display_locale()
        self.money = money or (lambda x: fmt_money(x, locale=self.locale))

    # -- words (the COLUMNS labels are keys and English; these are what the user reads) ------
    def column_label(self, col: Column) -> str:
        """A column's header in the user's language."""
        words = {
            "name": self.tr("Name"), "date": self.tr("Date"), "time": self.tr("Time"),
            "channel": self.tr("Channel"), "segment": self.tr("Segment"),
            "offer": self.tr("Offer"), "status": self.tr("Status"),
            "conversion_rate": self.tr("Conversion rate"),
            "click_rate": self.tr("Click-through"), "response_rate": self.tr("Response"),
            "delivery_rate": self.tr("Delivery"), "sent": self.tr("Sent"),
            "delivered": self.tr("Delivered"), "clicks": self.tr("Clicks"),
            "replies": self.tr("Replies"), "opt_outs": self.tr("Opt-outs"),
            "conversions": self.tr("Conversions"), "revenue": self.tr("Revenue"),
            "cost": self.tr("Cost"), "message": self.tr("Message text"),
            "notes": self.tr("Notes"),
        }
        return words.get(col.key, col.label)

    def column_help(self, col: Column) -> str:
        """A column header's tooltip in the user's language ("" for none)."""
        words = {
            "date": self.tr("The day the message was sent"),
            "time": self.tr("Local send time (HH:MM)"),
            "segment": self.tr("Who the message went to"),
            "offer": self.tr("The incentive in the message"),
            "status": self.tr("Planned: a send still to come (no results yet); sent: results "
                              "known"),
            "conversion_rate": self.tr("Conversion rate = conversions ÷ recipients (delivered "
                                       "when known, else sent)"),
            "click_rate": self.tr("Click-through rate = clicks ÷ recipients (delivered when "
                                  "known, else sent)"),
            "response_rate": self.tr("Response rate = replies ÷ recipients (delivered when "
                                     "known, else sent)"),
            "delivery_rate": self.tr("Delivery rate = delivered ÷ sent"),
        }
        return words.get(col.key, "")

    def status_word(self, status: str) -> str:
        """A campaign's status as the table shows it (the stored value stays English)."""
        if status == "planned":
            return self.tr("planned")
        if status == "sent":
            return self.tr("sent")
        return status

    # -- data in ---------------------------------------------------------------------------
    def set_campaigns(self, campaigns: Sequence[Campaign]) -> None:
        """Replace every row (one model reset), keeping the current sort order."""
        self.beginResetModel()
        self._rows = list(campaigns)
        self._rates.clear()
        self._row_of_id = None
        self.locale = display_locale()
        if self._sort is not None:
            self._rows = [self._rows[i] for i in self._sorted_order(*self._sort)]
            self._rates.clear()
        self.endResetModel()

    # -- sorting (here, not in a proxy: Python lessThan calls made 10,000 rows 10x slower) --
    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row order for a column: numbers as numbers, unknown last in both directions."""
        keys = self._sort_keys(COLUMNS[column])
        known = [i for i, k in enumerate(keys) if k is not None]
        unknown = [i for i, k in enumerate(keys) if k is None]
        known.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return known + unknown

    def _sort_keys(self, col: Column) -> list[Any]:
        """sort_key of every row's cell, a column at a time (rates from the counts as arrays,
        without building each campaign's Rate and interval)."""
        if col.kind == "rate":
            from smsplanner.domain.rate_arrays import Counts, rate_arrays

            r = rate_arrays(Counts.of(self._rows), col.metric or "")
            with np.errstate(invalid="ignore", divide="ignore"):
                values = np.where(r.known, r.numerator / r.denominator, np.nan)
            return [None if v != v else v for v in values.tolist()]
        cells = list(map(attrgetter(col.key), self._rows))
        if col.kind == "date":
            return [v.toordinal() if isinstance(v, dt.date) else None for v in cells]
        if col.kind in NUMERIC_KINDS:
            return [None if v is None or v == "" else float(v) for v in cells]
        return [None if v is None or v == "" else str(v).casefold() for v in cells]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        perm = self._sorted_order(column, order)
        new_row = [0] * len(perm)
        for new, old in enumerate(perm):
            new_row[old] = new
        self._rows = [self._rows[i] for i in perm]
        self._rates.clear()
        self._row_of_id = None
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, self.index(new_row[index.row()], index.column()))
        self.layoutChanged.emit()

    def refresh_formatting(self) -> None:
        """Re-render every cell (after the locale or currency preferences changed)."""
        self.locale = display_locale()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- rows marked by the last import (kept across reloads, by campaign id) ---------------
    def set_marks(self, new: Iterable[int] = (), updated: Iterable[int] = ()) -> None:
        """Tint these campaigns' rows as new or updated; nothing given clears the marks."""
        marks = {int(i): "updated" for i in updated}
        marks.update({int(i): "new" for i in new})
        if marks == self._marks:
            return
        self._marks = marks
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole,
                                                           MARK_ROLE])

    def marks(self) -> dict[int, str]:
        return dict(self._marks)

    def mark(self, row: int) -> str | None:
        cid = self._rows[row].id
        return self._marks.get(cid) if cid is not None else None

    # -- lookups ---------------------------------------------------------------------------
    def campaigns(self) -> list[Campaign]:
        return list(self._rows)

    def campaign(self, row: int) -> Campaign:
        return self._rows[row]

    def row_of_id(self, campaign_id: int) -> int | None:
        if self._row_of_id is None:
            self._row_of_id = {c.id: i for i, c in enumerate(self._rows) if c.id is not None}
        return self._row_of_id.get(campaign_id)

    def rate(self, row: int, metric: str) -> Rate | None:
        key = (row, metric)
        if key not in self._rates:
            self._rates[key] = METRICS[metric].of(self._rows[row])
        return self._rates[key]

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        col = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_label(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.column_help(col) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in NUMERIC_KINDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def value(self, row: int, col: Column) -> Any:
        """The raw value of a cell: a number, text, date, Rate or None."""
        c = self._rows[row]
        if col.kind == "rate":
            return self.rate(row, col.metric or "")
        return getattr(c, col.key)

    def display(self, value: Any, col: Column) -> str:
        if value is None or value == "":
            return UNKNOWN if col.kind != "text" else ""
        if col.kind == "count":
            return fmt_count(value, self.locale)
        if col.kind == "rate":
            return fmt_percent(value.value, 1, self.locale)
        if col.kind == "money":
            return self.money(value)
        if col.kind == "date":
            return fmt_date(value, self.locale)
        if col.key == "status":
            return self.status_word(str(value))
        text = str(value)
        return text if len(text) <= 80 else text[:79] + "…"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks every visible cell for about eight roles; the ones never answered
        # return at once (a filter change repaints 20,000 campaigns' first screen).
        if role not in _ROLES or not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[index.column()]
        row, col = index.row(), COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(self.value(row, col), col)
        if role == SORT_ROLE:
            return sort_key(self.value(row, col), col)
        if role == ID_ROLE:
            return self._rows[row].id
        if role in (Qt.ItemDataRole.BackgroundRole, MARK_ROLE, Qt.ItemDataRole.DecorationRole):
            kind = self.mark(row) if self._marks else None
            if role == MARK_ROLE or kind is None:
                return kind
            if role == Qt.ItemDataRole.DecorationRole:  # stays visible on selected rows
                return mark_icon(kind) if col.key == "name" else None
            return mark_color(kind, QApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        if (role == Qt.ItemDataRole.ForegroundRole and col.kind != "text"
                and self.value(row, col) is None):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def tooltip(self, row: int, col: Column) -> str | None:
        if col.key == "name" and self._marks and self.mark(row) is not None:
            tip = MARK_TIPS[self.mark(row) or ""]
            name = self._rows[row].name
            return f"{name}\n{tip}" if len(name) > 40 else tip
        value = self.value(row, col)
        if col.kind == "rate":
            label = metric_label(col.metric or "")
            return fmt_rate_tooltip(value, label, self.locale)
        if value is None and col.kind != "text":
            return self.tr("{column}: not known").format(column=self.column_label(col))
        if col.kind == "text" and value and len(str(value)) > 40:
            return str(value)
        return None


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, ID_ROLE, MARK_ROLE,
                    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.ForegroundRole})
_ALIGN = [int((Qt.AlignmentFlag.AlignRight if c.kind in NUMERIC_KINDS
               else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
          for c in COLUMNS]


def sort_key(value: Any, col: Column) -> Any:
    """What a cell sorts by: numbers as numbers, dates as days, text casefolded; None = unknown."""
    if value is None or value == "":
        return None
    if col.kind == "rate":
        return value.value
    if col.kind == "date":
        return value.toordinal() if isinstance(value, dt.date) else None
    if col.kind in NUMERIC_KINDS:
        return float(value)
    return str(value).casefold()


class CampaignSortProxy(QSortFilterProxyModel):
    """A pass-through proxy whose sort() asks the source model to sort itself.

    Views and other code map rows through it, so a real filtering proxy could slot in later.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
