"""The Plan tab: what-if forecast, message cost and A/B tests, on the main window's campaigns.

Attach with one line in MainWindow._create_views: `self.plan = PlanView.attach(self)`.
GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from smsplanner.domain.campaign import Campaign
from smsplanner.ui.plan.ab import ComparePanel, TestPlanner
from smsplanner.ui.plan.cost import MessageCostBox
from smsplanner.ui.plan.whatif import WhatIfPanel


class PlanView(QWidget):
    """Three pages: What if, Message cost, A/B tests. Refreshes on campaigns_changed."""

    def __init__(self, main_window: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = main_window
        prefs = getattr(main_window, "prefs", None)
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
        self.pages.addTab(self.whatif, "What if")
        self.pages.addTab(self.cost, "Message cost")
        self.pages.addTab(ab, "A/B tests")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

        self.cost.segments_changed.connect(self.whatif.set_segments)
        self.whatif.audience.valueChanged.connect(self.cost.audience.setValue)
        self.whatif.price.valueChanged.connect(self.cost.price.setValue)
        self.cost.price.valueChanged.connect(self.whatif.price.setValue)
        self.cost.audience.setValue(self.whatif.audience.value())
        self.show_currency()
        signal = getattr(main_window, "campaigns_changed", None)
        if signal is not None:
            signal.connect(self.refresh)
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
    def attach(cls, main_window) -> PlanView:  # main_window: MainWindow
        """Create the view, add it as the "Plan" tab and return it."""
        view = cls(main_window)
        main_window.add_view("Plan", view)
        return view

    def refresh(self) -> None:
        """Re-read the campaigns (history and A/B choices) from the main window."""
        getter = getattr(self.main_window, "campaigns", None)
        self.set_campaigns(getter() if getter is not None else [])

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


def _register_screenshot() -> None:
    """`make screenshots` picks up the Plan tab (helper A's registry), if it is there."""
    try:
        from smsplanner.ui.devtools.screenshots import ShotContext, shot
    except ImportError:
        return

    @shot("plan-whatif")
    def _plan(ctx: ShotContext) -> QWidget:
        w = ctx.window(sample=True)
        view = w.plan
        w.show_view(view)
        view.whatif.audience.setValue(10_000)
        view.whatif.history_source.setCurrentIndex(
            view.whatif.history_source.findData("segment:Loyal customers"))
        ctx.settle()
        return w

    @shot("plan-message-cost")
    def _cost(ctx: ShotContext) -> QWidget:
        w = ctx.window(sample=True, size=(1024, 640))  # the small size, in the main window
        view = w.plan
        w.show_view(view)
        view.cost.set_message("Hi from Corner Bakery! “20% off” everything this weekend — "
                              "code SAVE20 😀 Reply STOP to opt out")
        view.pages.setCurrentWidget(view.cost)
        ctx.settle()
        return w

    @shot("plan-ab")
    def _ab(ctx: ShotContext) -> QWidget:
        w = ctx.window(sample=True, size=(1024, 640))
        view = w.plan
        w.show_view(view)
        view.compare.mode.setCurrentIndex(view.compare.mode.findData("segment"))
        view.pages.setCurrentIndex(2)
        ctx.settle()
        return w


_register_screenshot()
