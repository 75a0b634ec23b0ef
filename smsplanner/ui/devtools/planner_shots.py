"""`make screenshots` of the Calendar (with a plan dialog showing a warning) and Forecasts
tabs, on the sample history with its planned sends. GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smsplanner.ui.devtools.screenshots import ShotContext, shot


@shot("calendar")
def _calendar(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True)
    w.show_view(w.calendar)
    ctx.settle()
    return w


@shot("calendar-plan-dialog")
def _plan_dialog(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True)
    w.show_view(w.calendar)
    plan = next(c for c in w.campaigns() if c.is_planned and "BOGOF" in c.name)
    dialog = w.calendar.plan_dialog(plan=plan)  # its segment is texted 4 days before
    dialog.show()
    ctx.keep(dialog)
    ctx.settle()
    return dialog


@shot("forecasts")
def _forecasts(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True)
    w.show_view(w.forecasts)
    ctx.settle()
    return w
