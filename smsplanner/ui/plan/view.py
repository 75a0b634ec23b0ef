"""The Plan tab: what-if forecast, message cost and A/B tests, on the main window's campaigns.

Attach with one line in MainWindow._create_views: `self.plan = PlanView.attach(self)`.
GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from smsplanner.domain.campaign import Campaign
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.window import WindowContract
from smsplanner.ui.plan.ab import ComparePanel, TestPlanner
from smsplanner.ui.plan.cost import MessageCostBox
from smsplanner.ui.plan.whatif import WhatIfPanel


class PlanView(QWidget):
    """Three pages: What if, Message cost, A/B tests. Refreshes when the campaigns change."""

    def __init__(self, main_window: WindowContract | None = None,
                 parent: QWidget | None = None) -> None:
        """Without a main window (tests, benchmarks) the pages wait for `set_campaigns`."""
        super().__init__(parent)
        self.main_window = main_window
        prefs = main_window.prefs if main_window is not None else None
        money = prefs.money if prefs is not None else None
        price = prefs.cost_per_message() if prefs is not None else None
        self.whatif = WhatIfPanel(money=money, cost_per_message=price)
        self.cost = MessageCostBox(money=money, price=price if price is not None else 0.045)
        self.compare = ComparePanel()
        self.planner = TestPlanner()
        ab = QWidget()
        row = QHBoxLayout(ab)
        row.addWidget(self.compare, 3)
        row.addWidget(self.planner, 2)
        self.pages = QTabWidget()
        self.pages.addTab(self.whatif, self.tr("What if"))
        self.pages.addTab(self.cost, self.tr("Message cost"))
        # Side by side the two A/B panels need about 1,000 px; in a scroll area they no longer
        # set the whole window's minimum width (which kept the calendar from its week list).
        scroll = QScrollArea()
        scroll.setWidget(ab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pages.addTab(scroll, self.tr("A/B tests"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

        self.cost.segments_changed.connect(self.whatif.set_segments)
        self.whatif.audience.valueChanged.connect(self.cost.audience.setValue)
        self.whatif.price.valueChanged.connect(self.cost.price.setValue)
        self.cost.price.valueChanged.connect(self.whatif.price.setValue)
        self.cost.audience.setValue(self.whatif.audience.value())
        self.show_currency()
        if main_window is not None:
            main_window.ops.changed.connect(self._on_changed)
        self.refresh()

    def show_currency(self) -> None:
        """Money typed in here carries the Preferences currency too ("$ 0.0450", "36.39 EUR")."""
        prefs = getattr(self.main_window, "prefs", None)
        if prefs is None:
            return
        symbol, after = prefs.currency_symbol(), prefs.currency_after()
        for box in (self.whatif.price, self.whatif.revenue, self.cost.price):
            box.setPrefix("" if after or not symbol else symbol)
            box.setSuffix(f" {symbol}" if after and symbol else "")

    @classmethod
    def attach(cls, main_window: WindowContract) -> PlanView:
        """Create the view, add it as the "Plan" tab and return it."""
        view = cls(main_window)
        main_window.add_view(view.tab_title(), view)
        return view

    def tab_title(self) -> str:
        return self.tr("Plan")

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches(Change.CAMPAIGNS | Change.DATABASE):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the campaigns (history and A/B choices) from the main window."""
        self.set_campaigns(self.main_window.campaigns() if self.main_window is not None else [])

    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        self.whatif.set_campaigns(campaigns)
        self.compare.set_campaigns(campaigns)

    def plan_next_send(self, segment: str | None, audience: int) -> None:
        """The what-if page with this segment's history (all campaigns for None) and audience."""
        w = self.whatif
        index = w.history_source.findData(f"segment:{segment}" if segment else "all")
        if w.use_history.isEnabled():
            w.use_history.setChecked(True)
            w.history_source.setCurrentIndex(max(index, 0))
        if audience > 0:
            w.audience.setValue(audience)
        self.pages.setCurrentWidget(w)
