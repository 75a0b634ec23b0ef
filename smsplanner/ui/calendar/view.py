"""The Calendar tab: a month of sends and plans with totals, and File > Export calendar.

Attach with one line in MainWindow._create_views: `self.calendar = CalendarView.attach(self)`.
Reads on the GUI thread (a month is a few milliseconds); writes go through undo commands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.holidays_cal import holidays_between
from smsplanner.services.calendar import MonthCalendar, export_ics, month_calendar
from smsplanner.services.plans import PlanOutcome, PlanRefused
from smsplanner.storage.forecasts import list_snapshots, load_rules
from smsplanner.ui.calendar.grid import MonthGrid, WeekList
from smsplanner.ui.common.formatting import fmt_count
from smsplanner.ui.common.lazy_view import RefreshWhenShown
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.plan_words import en, holiday_language, long_day, plan_refusal
from smsplanner.ui.common.style import set_muted
from smsplanner.ui.common.window import MainAction, WindowContract

# Below this width the month shows as a list by week: narrower day cells wrap every chip onto
# three lines. (The window itself cannot get much narrower than about 920 px.)
NARROW = 1000


class CalendarView(RefreshWhenShown):
    """Month grid (or week list), navigation, totals; plans, moves and opens campaigns.
    Drawn only while on screen: the first month loads the holidays package (about 0.15 s),
    which the window's start must not wait for."""

    def __init__(self, main_window: WindowContract, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = main_window
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.view: MonthCalendar | None = None
        self.export_action: QAction | None = None  # File > Export calendar, once attached

        self.prev = QPushButton("◀", self)
        self.prev.setAccessibleName(self.tr("Previous month"))
        self.next = QPushButton("▶", self)
        self.next.setAccessibleName(self.tr("Next month"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.plan_button = QPushButton(self.tr("Plan a send…"), self)
        self.plan_button.setDefault(True)
        for b in (self.prev, self.next):
            b.setFixedWidth(36)
        head = QHBoxLayout()
        head.addWidget(self.prev)
        head.addWidget(self.next)
        head.addWidget(self.today_button)
        head.addSpacing(12)
        head.addWidget(self.title, 1)
        head.addWidget(self.plan_button)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.legend = QLabel(self.tr("Sent: green above your usual conversion range, grey "
                                     "within it, orange below.  Planned: dashed blue, with the "
                                     "80% range of orders.  ⚠ has a warning."), self)
        self.legend.setWordWrap(True)
        set_muted(self.legend, self.font().pointSizeF() * 0.9)

        self.grid = MonthGrid(self)
        self.weeks = WeekList(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.weeks)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(head)
        lay.addWidget(self.totals)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.legend)

        self.prev.clicked.connect(lambda: self.shift(-1))
        self.next.clicked.connect(lambda: self.shift(1))
        self.today_button.clicked.connect(self.go_today)
        self.plan_button.clicked.connect(lambda: self.plan_on(None))
        for source in (self.grid, self.weeks):
            source.open_requested.connect(self.open_campaign)
            source.plan_requested.connect(self.plan_on)
        self.grid.move_requested.connect(self.move_plan)
        self._stale = True
        main_window.ops.changed.connect(self._on_changed)

    @classmethod
    def attach(cls, main_window: WindowContract) -> CalendarView:
        """Create the view, add the "Calendar" tab and File > Export calendar (.ics)."""
        view = cls(main_window)
        title, export, tip = view._attach_words()
        main_window.add_view(title, view)
        action = QAction(export, main_window.window())
        action.setStatusTip(tip)
        action.triggered.connect(view.export_calendar)
        main_window.add_file_action(MainAction.EXPORT_CALENDAR, action)
        view.export_action = action
        return view

    def _attach_words(self) -> tuple[str, str, str]:
        """The tab's title, File > Export calendar and its status tip (in this context)."""
        return (self.tr("Calendar"), self.tr("Export calendar (.ics)…"),
                self.tr("Save your planned sends as calendar events, with reminders"))

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches(Change.CAMPAIGNS | Change.DATABASE):
            self.refresh_when_shown()

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        conn = self.main_window.conn
        self.view = month_calendar(conn, self.year, self.month)
        today = dt.date.today()
        self.title.setText(QLocale().toString(QDate(self.year, self.month, 1), "MMMM yyyy"))
        names = self._holiday_names(self.view)
        money = self.main_window.prefs.money
        for part in (self.grid, self.weeks):
            part.holiday_names = names
            part.money = money
        self.grid.show_month(self.view, today)
        self.weeks.show_month(self.view, today)
        self.totals.setText(self.totals_text(self.view))

    def _holiday_names(self, view: MonthCalendar) -> dict[dt.date, str]:
        """The month's holidays named in the window's language where the package has it."""
        if not view.holidays:
            return {}
        language = holiday_language()
        if language == "en_US":
            return dict(view.holidays)
        days = sorted(view.holidays)
        country = load_rules(self.main_window.conn).country
        return holidays_between(country, days[0], days[-1], language) or dict(view.holidays)

    def totals_text(self, view: MonthCalendar) -> str:
        """The month in one line of facts, each its own whole phrase, joined by " · "."""
        t = view.totals
        money = self.main_window.prefs.money
        sends = en(self.tr("<b>%n</b> send(s) ({planned} planned)", "", t.sends) if t.planned
                   else self.tr("<b>%n</b> send(s)", "", t.sends), t.sends)
        parts = [sends.format(planned=t.planned)]
        if t.budget is None:
            cost = self.tr("cost <b>{cost}</b>")
        elif t.budget - t.cost < 0:
            cost = self.tr("cost <b>{cost}</b> of your {budget} budget (<span "
                           "style='color:#b3261e'>{over} over</span>)")
        else:
            cost = self.tr("cost <b>{cost}</b> of your {budget} budget ({left} left)")
        left = (t.budget or 0.0) - t.cost
        parts.append(cost.format(cost=money(t.cost), budget=money(t.budget),
                                 over=money(-left), left=money(left)))
        if t.planned:
            parts.append(self.tr("planned sends: about {orders} orders ({low}-{high})").format(
                orders=fmt_count(round(t.expected)), low=fmt_count(t.expected_low),
                high=fmt_count(t.expected_high)))
            if t.revenue_low is not None and t.revenue_high is not None:
                parts.append(self.tr("revenue {low} to {high}").format(
                    low=money(t.revenue_low, 0), high=money(t.revenue_high, 0)))
        return " · ".join(parts)

    def shift(self, months: int) -> None:
        index = self.year * 12 + self.month - 1 + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.refresh()

    def go_today(self) -> None:
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.stack.setCurrentWidget(self.weeks if event.size().width() < NARROW else self.grid)
        super().resizeEvent(event)

    # -- actions ---------------------------------------------------------------------------
    def _campaign(self, campaign_id: int) -> Campaign | None:
        return next((c for c in self.main_window.campaigns() if c.id == campaign_id), None)

    def plan_dialog(self, plan: Campaign | None = None, day: dt.date | None = None):
        """Build (not show) the plan dialog wired to undoable writes (-> PlanDialog)."""
        from smsplanner.ui.calendar.plan_dialog import PlanDialog
        from smsplanner.ui.calendar.undo import edit_plan_and_push, plan_and_push

        w = self.main_window
        price = w.prefs.cost_per_message()

        def save(c: Campaign, saved: Callable[[], None],
                 refused: Callable[[BaseException], None]) -> None:
            def done(_out: PlanOutcome) -> None:
                w.show_status(self.tr("Planned “{name}” for {day}.").format(
                    name=c.name, day=long_day(c.date)) if plan is None
                    else self.tr("Saved the plan “{name}”; its new forecast is kept.").format(
                        name=c.name))
                saved()

            self.show_month_of(c.date)  # the change signal then redraws that month
            if plan is None:
                plan_and_push(w.undo_stack, w.ops, c, price, done, refused)
            else:
                edit_plan_and_push(w.undo_stack, w.ops, plan, c, price, done, refused)

        return PlanDialog(w.window(), save, campaigns=w.campaigns(),
                          snapshots=list_snapshots(w.conn), rules=load_rules(w.conn),
                          price_per_part=price, money=w.prefs.money, plan=plan, day=day)

    def plan_on(self, day: dt.date | None) -> None:
        self.plan_dialog(day=day).open()

    def open_campaign(self, campaign_id: int) -> None:
        c = self._campaign(campaign_id)
        if c is None:
            return
        if c.is_planned and c.date >= dt.date.today():
            self.plan_dialog(plan=c).open()
        else:  # sent, or a plan whose day has come: enter its results
            self.main_window.edit_campaign(campaign_id)

    def move_plan(self, campaign_id: int, day: dt.date) -> None:
        from smsplanner.ui.calendar.undo import move_and_push

        c = self._campaign(campaign_id)
        if c is None or c.date == day:
            return
        w = self.main_window
        def moved(_out: PlanOutcome) -> None:
            w.show_status(self.tr("Moved “{name}” to {day}. Undo with Ctrl+Z.").format(
                name=c.name, day=long_day(day)))

        def refused(exc: BaseException) -> None:
            w.report_error(plan_refusal(exc) if isinstance(exc, PlanRefused) else exc)

        move_and_push(w.undo_stack, w.ops, campaign_id, day, moved, refused)

    def show_month_of(self, day: dt.date) -> None:
        self.year, self.month = day.year, day.month

    def export_calendar(self) -> None:
        w = self.main_window
        path, _ = QFileDialog.getSaveFileName(
            w.window(), self.tr("Export calendar"),
            str(Path.home() / self.tr("SMS plans.ics")), self.tr("Calendar file (*.ics)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        w = self.main_window
        try:
            n = export_ics(w.conn, path, dt.date.today())
        except OSError as exc:
            w.report_error(self.tr("The calendar could not be saved to {path} "
                                   "({reason}).").format(path=path, reason=exc.strerror))
            return 0
        w.show_status(en(self.tr("Saved %n planned send(s) to {file}. Open it in your calendar "
                                 "app; exporting again updates the same events.", "", n),
                         n).format(file=path.name))
        return n

    def selected_date(self) -> QDate:
        return QDate(self.year, self.month, 1)

