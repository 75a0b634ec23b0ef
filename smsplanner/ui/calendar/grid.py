"""The month grid (7 columns of day cells) and the week list for narrow windows. GUI thread."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsplanner.services.calendar import MonthCalendar
from smsplanner.ui.calendar.chips import MIME, Chip, Money, chip_texts
from smsplanner.ui.common.plan_words import long_day
from smsplanner.ui.common.style import set_muted

MAX_CHIPS = 3  # more in one day: "+2 more" (the week list and tooltips show them all)


class DayCell(QFrame):
    """One day: its number, holiday, chips; a drop target for planned chips."""

    def __init__(self, grid: MonthGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.day = dt.date.today()
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dayCell")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(3, 2, 3, 3)
        lay.setSpacing(2)
        self.number = QLabel(self)
        self.holiday = QLabel(self)
        self.holiday.setStyleSheet("color: #b3261e;")
        self.holiday.setMinimumWidth(10)
        lay.addWidget(self.number)
        lay.addWidget(self.holiday)
        self.chips = QVBoxLayout()
        self.chips.setSpacing(2)
        lay.addLayout(self.chips)
        lay.addStretch(1)
        self.more = QLabel(self)
        set_muted(self.more)
        lay.addWidget(self.more)

    def show_day(self, day: dt.date, view: MonthCalendar, today: dt.date) -> None:
        self.day = day
        inside = day.month == view.month
        self.number.setText(f"{day.day}" if day != today else
                            self.tr("{day}  Today").format(day=day.day))
        font = self.number.font()
        font.setBold(day == today)
        self.number.setFont(font)
        names = self.grid.holiday_names or view.holidays
        name = names.get(day) if inside else None
        self.holiday.setText(name or "")
        self.holiday.setToolTip(self.tr("Public holiday: {name}").format(name=name)
                                if name else "")
        self.holiday.setVisible(bool(name))
        border = "2px solid #3b78c4" if day == today else "1px solid palette(mid)"
        fill = "palette(base)" if inside else "palette(window)"
        self.setStyleSheet(f"QFrame#dayCell {{ border: {border}; background: {fill}; }}")
        while self.chips.count():
            item = self.chips.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:  # hidden now: deleteLater waits for the event loop
                w.hide()
                w.deleteLater()
        entries = view.days.get(day, []) if inside else []
        for entry in entries[:MAX_CHIPS]:
            chip = Chip(entry, self, self.grid.money, self.grid.holiday_names)
            chip.open_requested.connect(self.grid.open_requested)
            self.chips.addWidget(chip)
        extra = len(entries) - MAX_CHIPS
        self.more.setText(self.tr("+%n more", "", extra) if extra > 0 else "")
        self.more.setVisible(extra > 0)
        self.number.setPalette(self.grid.palette())
        if not inside:
            set_muted(self.number)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        act = menu.addAction(self.tr("Plan a send on {day}…").format(day=long_day(self.day)))
        act.setEnabled(self.day >= dt.date.today())
        act.triggered.connect(lambda: self.grid.plan_requested.emit(self.day))
        menu.exec(event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.day >= dt.date.today():
            self.grid.plan_requested.emit(self.day)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME) and self.day >= dt.date.today():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        campaign_id = int(bytes(event.mimeData().data(MIME).data()).decode())
        event.acceptProposedAction()
        self.grid.move_requested.emit(campaign_id, self.day)


class MonthGrid(QWidget):
    """Six weeks of day cells starting on Monday, with weekday headers."""

    open_requested = Signal(int)
    move_requested = Signal(int, object)  # campaign id, new dt.date
    plan_requested = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money: Money | None = None  # the user's currency, set by the calendar view
        self.holiday_names: Mapping[dt.date, str] = {}  # in the user's language, when known
        lay = self.grid_layout = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        locale = QLocale()
        for col in range(7):  # Monday first, named in the user's language
            name = locale.dayName(col + 1, QLocale.FormatType.ShortFormat)
            head = QLabel(name, self)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_muted(head)
            lay.addWidget(head, 0, col)
        self.cells = [DayCell(self) for _ in range(42)]
        for i, cell in enumerate(self.cells):
            lay.addWidget(cell, 1 + i // 7, i % 7)
        for row in range(1, 7):
            lay.setRowStretch(row, 1)
        for col in range(7):
            lay.setColumnStretch(col, 1)

    def show_month(self, view: MonthCalendar, today: dt.date) -> None:
        first = dt.date(view.year, view.month, 1)
        start = first - dt.timedelta(days=first.weekday())
        weeks = (first.weekday() + _cal.monthrange(view.year, view.month)[1] + 6) // 7
        lay = self.grid_layout
        for i, cell in enumerate(self.cells):
            cell.show_day(start + dt.timedelta(days=i), view, today)
            cell.setVisible(i < weeks * 7)
        for row in range(1, 7):  # a hidden sixth week must not keep its share of the height
            lay.setRowStretch(row, 1 if row <= weeks else 0)

    def cell_for(self, day: dt.date) -> DayCell | None:
        return next((c for c in self.cells if c.day == day and not c.isHidden()), None)


class WeekList(QTreeWidget):
    """The month as a list by week (narrow windows): each day with sends, plans or a holiday."""

    open_requested = Signal(int)
    plan_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money: Money | None = None
        self.holiday_names: Mapping[dt.date, str] = {}
        self.setHeaderLabels([self.tr("Day"), self.tr("Campaign"), self.tr("Orders")])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.itemDoubleClicked.connect(self._open)
        self.setAccessibleName(self.tr("Campaigns of the month by week"))

    def show_month(self, view: MonthCalendar, today: dt.date) -> None:
        self.clear()
        holidays = self.holiday_names or view.holidays
        days = sorted(set(view.days) | set(holidays))
        weeks: dict[int, QTreeWidgetItem] = {}
        locale = QLocale()
        for day in days:
            week = day.isocalendar()[1]
            if week not in weeks:
                monday = day - dt.timedelta(days=day.weekday())
                weeks[week] = QTreeWidgetItem(self, [self.tr("Week of {day}").format(
                    day=locale.toString(QDate(monday.year, monday.month, monday.day),
                                        "d MMMM")), "", ""])
            parent = weeks[week]
            short = locale.toString(QDate(day.year, day.month, day.day), "ddd d")
            label = self.tr("{day}  (today)").format(day=short) if day == today else short
            if day in holidays:
                item = QTreeWidgetItem(parent, [label, self.tr("Holiday: {name}").format(
                    name=holidays[day]), ""])
                item.setForeground(1, QColor("#b3261e"))
            for entry in view.days.get(day, []):
                title, detail, tip = chip_texts(entry, self.money, holidays)
                item = QTreeWidgetItem(parent, [label, title, detail])
                item.setData(0, Qt.ItemDataRole.UserRole, entry.campaign.id)
                item.setToolTip(1, tip)
        self.expandAll()
        for col in range(3):
            self.resizeColumnToContents(col)

    def _open(self, item: QTreeWidgetItem) -> None:
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.open_requested.emit(int(cid))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        act = menu.addAction(self.tr("Plan a send…"))
        act.triggered.connect(lambda: self.plan_requested.emit(None))
        menu.exec(event.globalPos())
