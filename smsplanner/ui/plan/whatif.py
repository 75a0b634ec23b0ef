"""The what-if panel: audience, rate, delivery, cost and revenue in; a live forecast out.

The rate model is fitted once per history choice (and kept until the campaigns change); every
other change recomputes the forecast (a fraction of a millisecond) and updates the labels and
the chart in place; the whole update stays under 1 ms (`python -m bench whatif`). GUI thread.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import NoHistoryError, SmsPlannerError
from smsplanner.domain.forecast import History, WhatIf, WhatIfInputs, audience_for, fit_history
from smsplanner.domain.forecast_fit import RateModel
from smsplanner.domain.planning import has_known_rate, sms_only
from smsplanner.ui.common.formatting import (
    fmt_count,
    fmt_money,
    fmt_percent,
    percent_suffix,
    rough_amount,
)
from smsplanner.ui.common.plan_words import (
    TrContext,
    en,
    history_basis,
    history_explanation,
    history_warning,
    no_history,
)
from smsplanner.ui.common.style import set_muted
from smsplanner.ui.common.theme import set_warning_colour
from smsplanner.ui.help.browser import what_is_this
from smsplanner.ui.plan.chart import ConversionChart

Money = Callable[..., str]  # money(x, digits=2) -> "$1,234.50" in the user's currency
AUDIENCE_MAX = 10_000_000
_SLIDER_STEPS = 1000  # the audience slider is logarithmic from 100 to 1,000,000


def _audience_from_slider(pos: int) -> int:
    value = 10 ** (2 + 4 * pos / _SLIDER_STEPS)
    digits = max(0, int(math.log10(value)) - 1)
    return int(round(value, -digits))


def _slider_from_audience(n: int) -> int:
    if n <= 100:
        return 0
    return min(_SLIDER_STEPS, round((math.log10(n) - 2) / 4 * _SLIDER_STEPS))


class WhatIfWords(TrContext):
    """Translation context for the what-if module's functions."""


def fmt_chance(p: float | None) -> str:
    """A probability in words that never claims certainty: 'over 99%', not '100%'."""
    if p is None:
        return "—"
    if p > 0.99:
        return WhatIfWords.tr("over {percent}").format(percent=fmt_percent(0.99, 0))
    if p < 0.01:
        return WhatIfWords.tr("under {percent}").format(percent=fmt_percent(0.01, 0))
    return fmt_percent(p, 0)


def _default_money(x: float | None, digits: int = 2) -> str:
    return fmt_money(x, symbol="", digits=digits)


def rough_money(money: Money, x: float | None) -> str:
    """A forecast amount without false precision: "$13,800", not "$13,755.56" (see
    rough_amount); exact amounts such as the cost keep their cents."""
    if x is None:
        return money(None)
    value, digits = rough_amount(x)
    return money(value, digits=digits)


class WhatIfPanel(QWidget):
    """Inputs on the left, the forecast on the right; recomputes on every change."""

    forecast_changed = Signal(object)  # the new WhatIf

    HELP = {"range80": "planning.html#range", "p_profit": "planning.html#chance-of-profit"}

    def __init__(self, money: Money | None = None, cost_per_message: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money: Money = money or _default_money
        self._campaigns: list[Campaign] = []
        self._history: History | None = None
        # Fitted histories by source key: a fit only changes when the campaigns change.
        self._fits: dict[str, History | str] = {}
        self._typed_model = RateModel.fixed(0.04)
        self.result: WhatIf | None = None
        self._chose_source = False  # switch to history the first time there is some
        self._build(cost_per_message)
        self._connect()

    # -- building ---------------------------------------------------------------------------
    def _spin(self, lo: float, hi: float, decimals: int, suffix: str = "",
              step: float = 1.0) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(lo, hi)
        box.setDecimals(decimals)
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setKeyboardTracking(False)
        return box

    def _build(self, cost_per_message: float | None) -> None:
        self.audience = QSpinBox()
        self.audience.setRange(0, AUDIENCE_MAX)
        self.audience.setGroupSeparatorShown(True)
        self.audience.setValue(5000)
        self.audience.setAccessibleName(self.tr("People to text"))
        self.audience_slider = QSlider(Qt.Orientation.Horizontal)
        self.audience_slider.setRange(0, _SLIDER_STEPS)
        self.audience_slider.setValue(_slider_from_audience(5000))
        self.audience_slider.setAccessibleName(self.tr("People to text (slider)"))

        self.send_date = QDateEdit(QDate.currentDate())
        self.send_date.setCalendarPopup(True)
        self.send_date.setAccessibleName(self.tr("Send date"))
        self.send_date.setToolTip(self.tr("The day you will send. Where your rate has really "
                                          "been rising or falling, the forecast follows that "
                                          "trend to this day."))

        self.use_history = QRadioButton(self.tr("From my past campaigns"))
        self.use_typed = QRadioButton(self.tr("I'll type it"))
        self.history_source = QComboBox()
        self.history_source.setAccessibleName(self.tr("Which past campaigns"))
        self.rate = self._spin(0.0, 100.0, 2, percent_suffix(), 0.1)
        self.rate.setValue(4.0)
        self.rate.setAccessibleName(self.tr("Expected conversion rate"))
        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setRange(0, 2000)  # 0-20% in 0.01% steps
        self.rate_slider.setValue(400)
        self.rate_slider.setAccessibleName(self.tr("Expected conversion rate (slider)"))
        self.basis_label = QLabel()
        self.basis_label.setWordWrap(True)
        set_muted(self.basis_label)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        set_warning_colour(self.warning_label)
        self.warning_label.hide()

        self.delivery_auto = QCheckBox(self.tr("Delivery rate from history"))
        self.delivery = self._spin(0.0, 100.0, 1, percent_suffix(), 0.5)
        self.delivery.setValue(100.0)
        self.delivery.setAccessibleName(self.tr("Delivery rate"))
        self.price = self._spin(0.0, 100.0, 4, "", 0.005)
        self.price.setValue(cost_per_message if cost_per_message is not None else 0.045)
        self.price.setAccessibleName(self.tr("Price per message part"))
        self.segments = QSpinBox()
        self.segments.setRange(1, 20)
        self.segments.setAccessibleName(self.tr("Message parts per message"))
        self.segments_note = QLabel("")
        set_muted(self.segments_note)
        self.revenue_auto = QCheckBox(self.tr("Revenue per conversion from history"))
        self.revenue = self._spin(0.0, 1_000_000.0, 2, "", 1.0)
        self.revenue.setValue(30.0)
        self.revenue.setAccessibleName(self.tr("Revenue per conversion"))

        inputs = QGroupBox(self.tr("Your next send"))
        form = QFormLayout(inputs)
        row = QHBoxLayout()
        row.addWidget(self.audience)
        row.addWidget(self.audience_slider, 1)
        form.addRow(self.tr("People to text"), row)
        form.addRow(self.tr("Send date"), self.send_date)
        form.addRow(self.tr("Conversion rate"), self.use_history)
        form.addRow("", self.history_source)
        typed = QHBoxLayout()
        typed.addWidget(self.use_typed)
        typed.addWidget(self.rate)
        form.addRow("", typed)
        form.addRow("", self.rate_slider)
        form.addRow("", self.basis_label)
        form.addRow("", self.warning_label)
        form.addRow(self.tr("Delivered"), self.delivery)
        form.addRow("", self.delivery_auto)
        seg = QHBoxLayout()
        seg.addWidget(self.price)
        seg.addWidget(QLabel("×"))
        seg.addWidget(self.segments)
        seg.addWidget(QLabel(self.tr("message parts")))
        form.addRow(self.tr("Price per message part"), seg)
        form.addRow("", self.segments_note)
        form.addRow(self.tr("Revenue per conversion"), self.revenue)
        form.addRow("", self.revenue_auto)

        self.outputs: dict[str, QLabel] = {}
        out_box = QGroupBox(self.tr("Forecast"))
        grid = QGridLayout(out_box)
        rows = [("delivered", self.tr("Delivered")), ("conversions", self.tr("Conversions")),
                ("range80", self.tr("Likely (80% range)")), ("range95", self.tr("95% range")),
                ("clicks", self.tr("Clicks")), ("replies", self.tr("Replies")),
                ("cost", self.tr("Cost")), ("revenue", self.tr("Revenue")),
                ("profit", self.tr("Profit")), ("roi", self.tr("Return on cost")),
                ("cpc", self.tr("Cost per conversion")),
                ("break_even", self.tr("Break-even rate")),
                ("p_profit", self.tr("Chance of a profit"))]
        for i, (key, label) in enumerate(rows):
            name = QLabel(label)
            set_muted(name)
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.outputs[key] = value
            grid.addWidget(name, i, 0)
            grid.addWidget(value, i, 1)
            if key in self.HELP:
                grid.addWidget(what_is_this(out_box, self.HELP[key]), i, 2)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.chart = ConversionChart()

        self.target = QSpinBox()
        self.target.setRange(1, 1_000_000)
        self.target.setValue(100)
        self.target.setGroupSeparatorShown(True)
        self.target.setAccessibleName(self.tr("Conversions wanted"))
        self.inverse_label = QLabel()
        self.inverse_label.setWordWrap(True)
        self.inverse_label.setStyleSheet("font-weight: 600;")
        inverse_box = QGroupBox(self.tr("How many people for a target?"))
        inverse = QFormLayout(inverse_box)
        wanted = QHBoxLayout()
        wanted.addWidget(self.target)
        wanted.addWidget(QLabel(self.tr("conversions, 90% sure")), 1)
        inverse.addRow(self.tr("I want"), wanted)
        inverse.addRow(self.tr("Text"), self.inverse_label)

        left = QVBoxLayout()
        left.addWidget(inputs)
        left.addWidget(inverse_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.headline)
        right.addWidget(out_box)
        right.addWidget(self.chart, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.use_typed.setChecked(True)
        self._sync_enabled()

    def _connect(self) -> None:
        self.audience.valueChanged.connect(self._on_audience)
        self.audience_slider.valueChanged.connect(
            lambda pos: self.audience.setValue(_audience_from_slider(pos)))
        self.rate.valueChanged.connect(self._on_rate)
        self.rate_slider.valueChanged.connect(lambda v: self.rate.setValue(v / 100))
        self.use_history.toggled.connect(self._on_source)
        self.history_source.currentIndexChanged.connect(self._on_source)
        self.send_date.dateChanged.connect(self._on_source)
        for w in (self.delivery, self.price, self.revenue):
            w.valueChanged.connect(self.recompute)
        self.segments.valueChanged.connect(self.recompute)
        for box in (self.delivery_auto, self.revenue_auto):
            box.toggled.connect(self._sync_enabled)
            box.toggled.connect(self.recompute)
        self.target.valueChanged.connect(self._update_inverse)
        self.delivery.valueChanged.connect(self._update_inverse)
        self.delivery_auto.toggled.connect(self._update_inverse)

    # -- data --------------------------------------------------------------------------------
    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        """New history (after the campaigns changed): refill the source list and refit."""
        self._campaigns = sms_only(campaigns)
        self._fits.clear()
        current = self.history_source.currentData()
        self.history_source.blockSignals(True)
        self.history_source.clear()
        # String keys: QComboBox.findData does not match Python tuples.
        self.history_source.addItem(self.tr("All campaigns"), "all")
        segments = sorted({c.segment for c in self._campaigns if c.segment})
        for s in segments:
            self.history_source.addItem(self.tr("Segment: {segment}").format(segment=s),
                                        f"segment:{s}")
        for k in (5, 10, 20):
            self.history_source.addItem(en(self.tr("Last %n campaign(s)", "", k), k),
                                        f"last:{k}")
        index = self.history_source.findData(current) if current is not None else 0
        self.history_source.setCurrentIndex(max(index, 0))
        self.history_source.blockSignals(False)
        has_history = any(has_known_rate(c) for c in self._campaigns)
        self.use_history.setEnabled(has_history)
        if has_history and not self._chose_source:
            self._chose_source = True
            self.use_history.setChecked(True)
        elif not has_history:
            self.use_typed.setChecked(True)
        self._on_source()

    def _fit(self) -> None:
        """The chosen history's fit: from the cache, else fitted now (a few ms) and kept."""
        self._history = None
        if not self.use_history.isChecked():
            return
        source = str(self.history_source.currentData() or "all")
        qd = self.send_date.date()
        on = dt.date(qd.year(), qd.month(), qd.day())
        key = f"{source}@{on.isoformat()}"
        if key not in self._fits:
            kind, _, value = source.partition(":")
            try:
                self._fits[key] = fit_history(
                    self._campaigns, segment=value if kind == "segment" else None,
                    last=int(value) if kind == "last" else None, on=on)
            except NoHistoryError:
                self._fits[key] = no_history(value if kind == "segment" else None)
            except SmsPlannerError as exc:
                self._fits[key] = str(exc)
        fit = self._fits[key]
        if isinstance(fit, str):
            self.basis_label.setText(fit)
        else:
            self._history = fit

    def _on_source(self, *_args: object) -> None:
        self._fit()
        self._take_from_history()
        self._sync_enabled()
        self.recompute()
        self._update_inverse()

    def _on_audience(self, value: int) -> None:
        self.audience_slider.blockSignals(True)
        self.audience_slider.setValue(_slider_from_audience(value))
        self.audience_slider.blockSignals(False)
        self.recompute()

    def _on_rate(self, value: float) -> None:
        self.rate_slider.blockSignals(True)
        self.rate_slider.setValue(round(value * 100))
        self.rate_slider.blockSignals(False)
        self._typed_model = RateModel.fixed(value / 100)
        self.recompute()
        self._update_inverse()

    def set_segments(self, segments: int, note: str = "") -> None:
        """Segments per message from the message-cost box."""
        self.segments.setValue(max(1, segments))
        self.segments_note.setText(note)

    def _take_from_history(self) -> None:
        """A new history choice: take its delivery and revenue per conversion where it knows
        them. Only here, so unticking either box afterwards lets the user type their own."""
        h = self._history if self.use_history.isChecked() else None
        if h is not None and h.delivery_rate is not None:
            self.delivery_auto.setChecked(True)
        if h is not None and h.revenue_per_conversion is not None:
            self.revenue_auto.setChecked(True)

    def _sync_enabled(self, *_args: object) -> None:
        h = self._history
        from_history = self.use_history.isChecked()
        self.history_source.setEnabled(from_history)
        self.rate.setEnabled(not from_history)
        self.rate_slider.setEnabled(not from_history)
        has_delivery = h is not None and h.delivery_rate is not None
        has_revenue = h is not None and h.revenue_per_conversion is not None
        self.delivery_auto.setEnabled(has_delivery)
        self.revenue_auto.setEnabled(has_revenue)
        if not has_delivery:
            self.delivery_auto.setChecked(False)
        if not has_revenue:
            self.revenue_auto.setChecked(False)
        self.delivery.setEnabled(not self.delivery_auto.isChecked())
        self.revenue.setEnabled(not self.revenue_auto.isChecked())

    # -- computing ---------------------------------------------------------------------------
    def inputs(self) -> WhatIfInputs:
        h = self._history if self.use_history.isChecked() else None
        return WhatIfInputs(
            audience=self.audience.value(),
            rate=None if h is not None else self.rate.value() / 100,
            history=h,
            delivery_rate=None if self.delivery_auto.isChecked() else self.delivery.value() / 100,
            cost_per_message=self.price.value() * self.segments.value(),
            revenue_per_conversion=(None if self.revenue_auto.isChecked()
                                    else self.revenue.value()),
        )

    def _model(self) -> RateModel:
        h = self._history if self.use_history.isChecked() else None
        return h.model if h is not None else self._typed_model

    def recompute(self, *_args: object) -> WhatIf | None:
        """Recompute every output from the current inputs and show it (under a millisecond)."""
        if self.use_history.isChecked() and self._history is None:
            self.result = None
            self.headline.setText(self.tr("No history to forecast from: type an expected rate."))
            self.warning_label.hide()
            return None
        from smsplanner.domain.forecast import what_if

        r = what_if(self.inputs(), self._model())
        self.result = r
        self._show(r)
        self.forecast_changed.emit(r)
        return r

    def _show(self, r: WhatIf) -> None:
        o, m = self.outputs, self.money

        def rough(x: float | None) -> str:
            return rough_money(m, x)

        h = self._history if r.rate_source == "history" else None
        if h is not None:
            # Two rates appear across the tabs: the one forecast for a typical campaign
            # (what the range is built on) and every past recipient pooled. Name both.
            rate = (self.tr("Forecast rate for this send: {rate}.") if r.pooled_rate is None
                    else self.tr("Forecast rate for this send: {rate} (all past recipients "
                                 "pooled: {pooled})."))
            self.basis_label.setText(" ".join(t for t in (
                rate.format(rate=fmt_percent(r.rate, 2),
                            pooled=fmt_percent(r.pooled_rate, 2)),
                history_basis(h), history_explanation(h)) if t))
            if r.delivery_rate is not None and self.delivery_auto.isChecked():
                self.delivery.blockSignals(True)
                self.delivery.setValue(r.delivery_rate * 100)
                self.delivery.blockSignals(False)
            if r.revenue_per_conversion is not None and self.revenue_auto.isChecked():
                self.revenue.blockSignals(True)
                self.revenue.setValue(r.revenue_per_conversion)
                self.revenue.blockSignals(False)
        else:
            self.basis_label.setText(self.tr("Typed rate: the range shows chance alone, not "
                                             "how much your campaigns vary from one send to "
                                             "the next."))
        warning = history_warning(h) if h is not None else ""
        self.warning_label.setText(warning)
        self.warning_label.setVisible(bool(warning))
        unknown = h is not None and h.delivery_rate is None and not self.delivery_auto.isChecked()
        delivered = fmt_count(r.expected_delivered)
        o["delivered"].setText(
            self.tr("{count}  (your history has no delivered counts: set the delivery "
                    "rate)").format(count=delivered)
            if unknown or r.delivery_assumed else delivered)
        o["conversions"].setText(self.tr("about {count}").format(
            count=fmt_count(r.expected_conversions)))
        o["range80"].setText(
            f"{fmt_count(r.conversions_low80)} – {fmt_count(r.conversions_high80)}")
        o["range95"].setText(
            f"{fmt_count(r.conversions_low)} – {fmt_count(r.conversions_high)}")
        not_known = self.tr("not known from history")
        o["clicks"].setText(fmt_count(r.expected_clicks) if r.expected_clicks is not None
                            else not_known)
        o["replies"].setText(fmt_count(r.expected_replies) if r.expected_replies is not None
                             else not_known)
        o["cost"].setText(m(r.cost))
        if r.revenue is None:
            for key in ("revenue", "profit", "roi", "break_even", "p_profit"):
                o[key].setText(self.tr("needs revenue per conversion"))
        else:
            amount = self.tr("{amount}  ({low} to {high})")
            o["revenue"].setText(amount.format(amount=rough(r.revenue), low=rough(r.revenue_low),
                                               high=rough(r.revenue_high)))
            o["profit"].setText(amount.format(amount=rough(r.profit), low=rough(r.profit_low),
                                              high=rough(r.profit_high)))
            o["roi"].setText(fmt_percent(rough_amount(r.roi * 100)[0] / 100, 0)
                             if r.roi is not None else "—")
            o["break_even"].setText(
                self.tr("{rate} of those delivered").format(
                    rate=fmt_percent(r.break_even_rate, 2)) if r.break_even_rate else "—")
            o["p_profit"].setText(fmt_chance(r.probability_of_profit))
        o["cpc"].setText(rough(r.cost_per_conversion))
        self.headline.setText(self._sentence(r))
        self.chart.show_forecast(r)

    def _sentence(self, r: WhatIf) -> str:
        m = self.money
        # The likely figure first, then the ranges: a 95% range alone reads as "anything
        # can happen".
        figures = {"conversions": fmt_count(r.expected_conversions),
                   "low80": fmt_count(r.conversions_low80),
                   "high80": fmt_count(r.conversions_high80),
                   "low95": fmt_count(r.conversions_low), "high95": fmt_count(r.conversions_high),
                   "cost": m(r.cost)}
        if r.revenue_low is not None and r.probability_of_profit is not None:
            text = self.tr("%Ln person(s): about {conversions} conversions (likely "
                           "{low80}–{high80}; 95%: {low95}–{high95}), costing {cost}, bringing "
                           "{revenue_low} to {revenue_high}; pays off with {chance} "
                           "probability.", "", r.audience)
            figures.update(revenue_low=rough_money(m, r.revenue_low),
                           revenue_high=rough_money(m, r.revenue_high),
                           chance=fmt_chance(r.probability_of_profit))
        else:
            text = self.tr("%Ln person(s): about {conversions} conversions (likely "
                           "{low80}–{high80}; 95%: {low95}–{high95}), costing {cost}.", "",
                           r.audience)
        return en(text, r.audience).format(**figures)

    def _update_inverse(self, *_args: object) -> None:
        """How many people for the wanted conversions, 90% sure (about a millisecond)."""
        if self.use_history.isChecked() and self._history is None:
            self.inverse_label.setText("—")
            return
        inp = self.inputs()
        delivery = inp.delivery_rate
        if delivery is None:
            h = self._history
            delivery = h.delivery_rate if h is not None and h.delivery_rate is not None else 1.0
        need = audience_for(self._model(), self.target.value(), 0.9, delivery)
        if need is None:
            self.inverse_label.setText(self.tr("not reachable: the rate could be close to zero"))
        else:
            need = round(rough_amount(need)[0])
            self.inverse_label.setText(en(self.tr("about %Ln person(s)", "", need), need))
