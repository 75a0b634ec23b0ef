"""`make screenshots` of the Trends and Plan tabs, on the sample history. GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smsplanner.ui.devtools.screenshots import ShotContext, shot


@shot("trends")
def _trends(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True)
    assert w.trends is not None, "the main window has no Trends view"
    w.show_view(w.trends)
    ctx.settle()
    return w


@shot("trends-small")
def _trends_small(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True, size=(1024, 640))
    assert w.trends is not None
    w.show_view(w.trends)
    w.trends.set_metric("click")
    w.trends.breakdown_box.setCurrentIndex(w.trends.breakdown_box.findData("offer"))
    ctx.settle()
    return w


@shot("plan-whatif")
def _plan(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True)
    view = w.plan
    assert view is not None
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
    assert view is not None
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
    assert view is not None
    w.show_view(view)
    view.compare.mode.setCurrentIndex(view.compare.mode.findData("segment"))
    view.pages.setCurrentIndex(2)
    ctx.settle()
    return w
