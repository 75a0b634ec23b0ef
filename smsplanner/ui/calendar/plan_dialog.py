"""The plan dialog: what goes out when, to whom, with its forecast and warnings beside it.

The forecast and warnings update as the fields change (a preview: nothing is kept until
Save, which keeps a forecast snapshot). GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.domain.forecast import History
from smsplanner.domain.holidays_cal import holiday_on
from smsplanner.domain.plan_forecast import ForecastSnapshot
from smsplanner.domain.plan_rules import PlanningRules, PlanWarning
from smsplanner.services.plans import (
    PlanRefused,
    check_plan,
    forecast_with_history,
    message_parts,
    warnings_for,
)
from smsplanner.ui.common.formatting import fmt_count
from smsplanner.ui.common.plan_words import (
    en,
    history_basis,
    history_explanation,
    holiday_language,
    plan_refusal,
    plan_warning,
    short_day,
)

# save(plan, saved, refused): the write runs on the background runner; saved() closes the
# dialog, refused(error) shows the reason in it.
Save = Callable[[Campaign, Callable[[], None], Callable[[BaseException], None]], None]
Money = Callable[[float | None], str]


class PlanDialog(QDialog):
    """Plan a new send, or edit a planned one (`plan` given)."""

    def __init__(self, parent: QWidget, save: Save, *, campaigns: Sequence[Campaign],
                 snapshots: Sequence[ForecastSnapshot], rules: PlanningRules,
                 price_per_part: float | None, money: Money,
                 plan: Campaign | None = None, day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.save_fn = save
        self.campaigns = list(campaigns)
        self.snapshots = list(snapshots)
        self.rules = rules
        self.price = price_per_part
        self.money = money
        self.original = plan
        self.setWindowTitle(self.tr("Edit planned send") if plan else self.tr("Plan a send"))
        self.setMinimumWidth(760)

        form_box = QWidget(self)
        form = QFormLayout(form_box)
        self.name = QLineEdit(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setMinimumDate(QDate.currentDate())
        self.has_time = QCheckBox(self.tr("at"), self)
        self.time = QTimeEdit(QTime(10, 0), self)
        self.time.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        self.segment = QComboBox(self)
        self.segment.setEditable(False)
        self.segment.addItem(self.tr("Everyone (all past campaigns)"), None)
        for seg in sorted({c.segment for c in self.campaigns if c.segment}):
            self.segment.addItem(seg, seg)
        self.offer = QComboBox(self)
        self.offer.setEditable(True)
        self.offer.addItems(["", *sorted({c.offer for c in self.campaigns if c.offer})])
        self.audience = QSpinBox(self)
        self.audience.setRange(0, 10_000_000)
        self.audience.setGroupSeparatorShown(True)
        self.audience.setSuffix(self.tr(" people"))
        self.message = QPlainTextEdit(self)
        self.message.setPlaceholderText(self.tr("The text you will send, with how to stop "
                                                "(e.g. Reply STOP to opt out)"))
        self.message.setFixedHeight(84)
        self.parts = QLabel(self)
        self.notes = QLineEdit(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Send on"), when)
        form.addRow(self.tr("Segment"), self.segment)
        form.addRow(self.tr("Offer"), self.offer)
        form.addRow(self.tr("People to text"), self.audience)
        form.addRow(self.tr("Message"), self.message)
        form.addRow("", self.parts)
        form.addRow(self.tr("Notes"), self.notes)

        side = QGroupBox(self.tr("Forecast"), self)
        side_lay = QVBoxLayout(side)
        self.forecast_text = QLabel(side)
        self.forecast_text.setWordWrap(True)
        self.forecast_text.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_text = QLabel(side)
        self.warnings_text.setWordWrap(True)
        self.warnings_text.setTextFormat(Qt.TextFormat.RichText)
        self.problem = QLabel(side)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        side_lay.addWidget(self.forecast_text)
        side_lay.addWidget(self.warnings_text)
        side_lay.addStretch(1)
        side_lay.addWidget(self.problem)
        side.setMinimumWidth(300)

        body = QHBoxLayout()
        body.addWidget(form_box, 3)
        body.addWidget(side, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(body)
        lay.addWidget(self.buttons)

        self._fill(plan, day)
        for sig in (self.name.textChanged, self.date.dateChanged, self.time.timeChanged,
                    self.has_time.toggled, self.segment.currentIndexChanged,
                    self.offer.currentTextChanged, self.audience.valueChanged,
                    self.message.textChanged):
            sig.connect(self.update_preview)
        self.has_time.toggled.connect(self.time.setEnabled)
        self.update_preview()

    def _fill(self, plan: Campaign | None, day: dt.date | None) -> None:
        if plan is None:
            start = day or dt.date.today() + dt.timedelta(days=1)
            self.date.setDate(QDate(start.year, start.month, start.day))
            self.has_time.setChecked(True)
            recent = [c for c in self.campaigns if c.recipients][-1:]
            self.audience.setValue(int(recent[0].recipients or 0) if recent else 1000)
            self.name.setText(self.tr("{day} send").format(day=short_day(start)))
            return
        self.name.setText(plan.name)
        self.date.setDate(QDate(plan.date.year, plan.date.month, plan.date.day))
        self.has_time.setChecked(plan.time is not None)
        if plan.time:
            self.time.setTime(QTime.fromString(plan.time, "HH:mm"))
        self.segment.setCurrentIndex(max(0, self.segment.findData(plan.segment)))
        self.offer.setCurrentText(plan.offer or "")
        self.audience.setValue(int(plan.audience or 0))
        self.message.setPlainText(plan.message or "")
        self.notes.setText(plan.notes or "")
        self.time.setEnabled(plan.time is not None)

    def current_plan(self) -> Campaign:
        d = self.date.date()
        base = self.original or Campaign(name="", date=dt.date.today())
        return base.with_changes(
            name=self.name.text().strip(), date=dt.date(d.year(), d.month(), d.day()),
            time=self.time.time().toString("HH:mm") if self.has_time.isChecked() else None,
            segment=self.segment.currentData(), offer=self.offer.currentText().strip() or None,
            audience=self.audience.value(),
            message=self.message.toPlainText().strip() or None,
            notes=self.notes.text().strip() or None, status="planned")

    def update_preview(self) -> None:
        """Recompute the forecast and warnings for the fields as they are (about 10 ms)."""
        plan = self.current_plan()
        text = self.message.toPlainText()
        n = message_parts(text)
        self.parts.setText(en(self.tr("%n message part(s) per person", "", n), n)
                           if text else "")
        try:
            check_plan(plan, self.campaigns, dt.date.today())
            problem = "" if plan.name else self.tr("Give the send a name.")
        except PlanRefused as exc:
            problem = plan_refusal(exc)
        except SmsPlannerError as exc:
            problem = str(exc)
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        f, h = forecast_with_history(self.campaigns, plan, made_at=dt.datetime.now(),
                                     price_per_part=self.price) if plan.audience else (None, None)
        self.forecast_text.setText(self._forecast_html(f, h))
        self.warnings_text.setText(self._warnings_html(
            warnings_for(plan, self.campaigns, self.snapshots, self.rules), plan.date))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) to the height the wrapped forecast and warnings need at this
        width: longer languages wrap onto more lines than the dialog first made room for."""
        lay = self.layout()
        if lay is None or not self.isVisible():
            return
        needed = lay.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _forecast_html(self, f: ForecastSnapshot | None, h: History | None = None) -> str:
        if f is None:
            return self.tr("<p>No forecast yet: there is no past campaign with results "
                           "for this segment to learn from.</p>")
        rows = [self.tr("<p style='font-size:15pt'><b>About {orders} orders</b></p>").format(
                    orders=fmt_count(f.expected_conversions)),
                self.tr("<p>{low80} to {high80} orders 8 times in 10 (80% range); {low95} to "
                        "{high95} 19 times in 20 (95% range).</p>").format(
                    low80=fmt_count(f.low_80), high80=fmt_count(f.high_80),
                    low95=fmt_count(f.low_95), high95=fmt_count(f.high_95))]
        if f.cost is not None:
            parts = f.parts or 1
            rows.append(en(self.tr("<p>Cost about <b>{cost}</b> (%n part(s) × {people} "
                                   "people).</p>", "", parts), parts).format(
                cost=self.money(f.cost), people=fmt_count(f.audience)))
        if f.revenue_low is not None and f.revenue_high is not None:
            rows.append(self.tr("<p>Revenue {low} to {high}.</p>").format(
                low=self.money(f.revenue_low), high=self.money(f.revenue_high)))
        if h is not None:
            basis = " ".join(t for t in (history_basis(h), history_explanation(h)) if t)
            rows.append(f"<p style='color:gray'>{basis}</p>")
        return "".join(rows)

    def _warnings_html(self, warnings: Sequence[PlanWarning], day: dt.date) -> str:
        if not warnings:
            return self.tr("<p style='color:#2e7d32'>✓ No warnings for this send.</p>")
        holiday = None
        if any(w.fields.get("holiday") for w in warnings):
            holiday = holiday_on(self.rules.country, day, holiday_language())
        items = "".join(f"<li style='margin-bottom:4px'>{plan_warning(w, self.money, holiday)}"
                        "</li>" for w in warnings)
        title = self.tr("⚠ Check before sending")
        return f"<p><b style='color:#b26a00'>{title}</b></p><ul>{items}</ul>"

    def _save(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)  # one write at a time

        def refused(exc: BaseException) -> None:
            self.problem.setText(plan_refusal(exc))
            save.setEnabled(True)

        self.save_fn(self.current_plan(), self.accept, refused)
