"""The Campaigns tab: search and filters above the table, and a column chooser. GUI thread only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.ui.campaigns.model import COLUMNS
from smsplanner.ui.campaigns.table import CampaignTable
from smsplanner.ui.common.date_edit import TypedDateEdit

_ANY_DATE = QDate(2000, 1, 1)  # the minimum of the date boxes, shown as "any"


class FilterBar(QWidget):
    """Search text, segment, channel and a date range; emits a CampaignFilter when they change."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, segment, offer or message"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search campaigns"))
        self.search.setMinimumWidth(140)
        self.segment = QComboBox(self)
        self.segment.setAccessibleName(self.tr("Segment filter"))
        self.segment.setToolTip(self.tr("Show one segment only"))
        self._compact(self.segment, 10)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.setToolTip(self.tr("Show one channel only"))
        self._compact(self.channel, 6)
        self.date_from = self._date_box(self.tr("From date"))
        self.date_to = self._date_box(self.tr("To date"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show every campaign again"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        # The lists say what they filter ("All segments"), so they need no label: the bar
        # then fits a 1024-pixel window.
        for box in (self.segment, self.channel):
            layout.addSpacing(4)
            layout.addWidget(box)
        for text, box in ((self.tr("&From"), self.date_from), (self.tr("&To"), self.date_to)):
            label = QLabel(text, self)
            label.setBuddy(box)
            label.setMinimumWidth(label.sizeHint().width() + 6)
            layout.addSpacing(4)
            layout.addWidget(label)
            layout.addWidget(box)
        layout.addSpacing(6)
        layout.addWidget(self.clear_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # typing in the search box: wait for a pause
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        for box in (self.segment, self.channel):
            box.currentIndexChanged.connect(self._emit)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._emit)
        self._blocked = False
        self.set_choices([], ["sms"])

    @staticmethod
    def _compact(box: QComboBox, chars: int) -> None:
        """Let a list box shrink to about `chars` characters so the bar fits 1024 px windows."""
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(chars)

    def _date_box(self, name: str) -> QDateEdit:
        box = TypedDateEdit(self)
        box.setCalendarPopup(True)
        box.setMinimumDate(_ANY_DATE)
        box.setSpecialValueText(self.tr("any"))
        box.setDate(_ANY_DATE)
        box.setAccessibleName(name)
        return box

    def set_choices(self, segments: Sequence[str], channels: Sequence[str]) -> None:
        """Fill the segment and channel lists, keeping the current choice where it still exists."""
        current = self.current()
        self._blocked = True
        try:
            self.segment.clear()
            self.segment.addItem(self.tr("All segments"), None)
            for s in segments:
                self.segment.addItem(s, s)
            self.channel.clear()
            self.channel.addItem(self.tr("All channels"), None)
            for c in sorted(set(channels) | {"sms"}):
                self.channel.addItem(c.upper() if c == "sms" else c, c)
            self._select_data(self.segment, current.segment)
            self._select_data(self.channel, current.channel)
        finally:
            self._blocked = False
        if self.current() != current:
            self._emit()

    @staticmethod
    def _select_data(box: QComboBox, value: str | None) -> None:
        i = box.findData(value)
        box.setCurrentIndex(i if i >= 0 else 0)

    @staticmethod
    def _date(box: QDateEdit) -> dt.date | None:
        d = box.date()
        if d == box.minimumDate():
            return None
        return dt.date(d.year(), d.month(), d.day())

    def current(self) -> CampaignFilter:
        return CampaignFilter(
            segment=self.segment.currentData(),
            channel=self.channel.currentData() if self.channel.count() else "sms",
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
            text=self.search.text().strip(),
        )

    def set_filter(self, f: CampaignFilter) -> None:
        """Show this filter in the controls (emits changed once)."""
        self._blocked = True
        try:
            self.search.setText(f.text)
            self._timer.stop()
            self._select_data(self.segment, f.segment)
            self._select_data(self.channel, f.channel)
            for box, d in ((self.date_from, f.date_from), (self.date_to, f.date_to)):
                box.setDate(QDate(d.year, d.month, d.day) if d else _ANY_DATE)
        finally:
            self._blocked = False
        self._emit()

    def clear(self) -> None:
        self.set_filter(CampaignFilter(channel=None))

    def _emit(self, *_args: object) -> None:
        if not self._blocked:
            self.changed.emit(self.current())


class CampaignsWorkspace(QWidget):
    """Filter bar, column chooser and the campaigns table with totals."""

    def __init__(
        self,
        parent: QWidget | None = None,
        money: Callable[[float | None], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.filter_bar = FilterBar(self)
        self.table = CampaignTable(self, money=money)
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setAccessibleName(self.tr("Choose columns"))
        self.columns_button.setToolTip(self.tr("Choose which columns the table shows"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.tr("Columns"), self)
        self.column_actions: list[QAction] = []
        for i, col in enumerate(COLUMNS):
            action = QAction(self.table.model.column_label(col), self.columns_menu)
            action.setCheckable(True)
            action.setChecked(col.visible)
            action.setEnabled(col.key != "name")
            action.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
            self.columns_menu.addAction(action)
            self.column_actions.append(action)
        self.columns_button.setMenu(self.columns_menu)
        # The style draws the menu arrow in the button's corner without making room for it,
        # so it ran into the "s" of "Columns": leave room for it.
        arrow = self.columns_button.style().pixelMetric(
            QStyle.PixelMetric.PM_MenuButtonIndicator, None, self.columns_button)
        self.columns_button.setMinimumWidth(self.columns_button.sizeHint().width() + arrow)
        header = self.table.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu.exec(header.mapToGlobal(pos)))

        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.columns_button)
        self.filter_row = top  # the main window lends the filter bar to the Trends tab
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        for i, col in enumerate(COLUMNS):
            self.table.set_column_hidden(i, not col.visible)
        self._fitted = False

    def add_banner(self, widget: QWidget) -> None:
        """Put a widget (a result banner) at the top, above the filters and the table."""
        self._layout.insertWidget(0, widget)

    def set_column_visible(self, logical: int, visible: bool) -> None:
        self.table.set_column_hidden(logical, not visible)
        if visible and self.table.view.columnWidth(logical) < 40:
            self.table.view.resizeColumnToContents(logical)
        self.table.sync_totals_columns()
        if self.column_actions[logical].isChecked() != visible:
            self.column_actions[logical].setChecked(visible)

    def visible_column_keys(self) -> list[str]:
        return [c.key for i, c in enumerate(COLUMNS) if not self.table.view.isColumnHidden(i)]

    def show_campaigns(self, campaigns: Sequence[Campaign]) -> None:
        """Show the (already filtered) campaigns; size the columns the first time there are rows."""
        self.table.set_campaigns(campaigns)
        if not self._fitted and campaigns:
            self.table.fit_columns()
            self._fitted = True

    # -- remembered layout -------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("table/header", self.table.view.horizontalHeader().saveState())
        settings.setValue("table/fitted", self._fitted)

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("table/header")
        if state is not None and self.table.view.horizontalHeader().restoreState(state):
            for i, action in enumerate(self.column_actions):
                action.setChecked(not self.table.view.isColumnHidden(i))
            self._fitted = str(settings.value("table/fitted", False)).lower() == "true"
        self.table.sync_totals_columns()
