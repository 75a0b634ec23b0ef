"""A/B: compare two campaigns (or two groups) honestly, and plan the size of the next test.

GUI thread only; every computation is a few milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.abtest import Comparison, SampleSize, compare, sample_size
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.domain.planning import has_known_rate, sms_only
from smsplanner.domain.verdict import how_often
from smsplanner.domain.words import counted
from smsplanner.services.planning import campaign_arm, group_comparison
from smsplanner.ui.common.formatting import (
    fmt_count,
    fmt_date,
    fmt_percent,
    fmt_signed,
    percent_suffix,
)
from smsplanner.ui.common.style import set_muted
from smsplanner.ui.common.theme import set_warning_colour
from smsplanner.ui.help.browser import what_is_this
from smsplanner.ui.plan.ab_chart import ABChart
from smsplanner.ui.plan.whatif import fmt_chance


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ComparePanel(QGroupBox):
    """Pick A and B (campaigns, or groups by segment or offer); see whether B really won."""

    MODES = (("campaign", "Two campaigns"), ("segment", "Two segments"),
             ("offer", "Two offers"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Did B really beat A?", parent)
        self._campaigns: list[Campaign] = []
        self.result: Comparison | None = None
        self.mode = QComboBox()
        for key, label in self.MODES:
            self.mode.addItem(label, key)
        self.mode.setAccessibleName("Compare")
        self.pick_a = QComboBox()
        self.pick_b = QComboBox()
        for box, name in ((self.pick_a, "A"), (self.pick_b, "B")):
            box.setAccessibleName(f"Side {name}")
            box.setMinimumContentsLength(24)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rate_a = _selectable()
        self.rate_b = _selectable()
        self.difference = _selectable()
        self.test = _selectable()
        self.better = _selectable()
        self.verdict = _selectable()
        self.verdict.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.note = _selectable()
        set_muted(self.note)

        form = QFormLayout()
        form.addRow("Compare", self.mode)
        form.addRow("A", self.pick_a)
        form.addRow("B", self.pick_b)
        form.addRow("A converted", self.rate_a)
        form.addRow("B converted", self.rate_b)
        form.addRow("B − A", self.difference)
        form.addRow("Could it be chance?", self.test)
        form.addRow("Chance B is truly better", self.better)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.note)
        layout.addWidget(what_is_this(self, "planning.html#ab", "How to read an A/B result"))
        # A and B side by side with their likely ranges: overlapping bars read at a glance.
        self.chart = ABChart(self)
        self.chart.setMinimumHeight(140)
        layout.addWidget(self.chart, 1)

        self.mode.currentIndexChanged.connect(self._fill_choices)
        self.pick_a.currentIndexChanged.connect(self.recompute)
        self.pick_b.currentIndexChanged.connect(self.recompute)

    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        self._campaigns = sms_only(campaigns)
        self._fill_choices()

    def _fill_choices(self, *_args: object) -> None:
        mode = self.mode.currentData()
        keep_a, keep_b = self.pick_a.currentData(), self.pick_b.currentData()
        for box in (self.pick_a, self.pick_b):
            box.blockSignals(True)
            box.clear()
        if mode == "campaign":
            usable = [c for c in self._campaigns if has_known_rate(c)]
            for c in reversed(usable):  # newest first
                label = f"{fmt_date(c.date)}  {c.name}"
                # String keys: QComboBox.findData does not match Python tuples.
                self.pick_a.addItem(label, f"campaign:{c.id}")
                self.pick_b.addItem(label, f"campaign:{c.id}")
        else:
            values = sorted({getattr(c, mode) for c in self._campaigns if getattr(c, mode)})
            for v in values:
                self.pick_a.addItem(v, f"{mode}:{v}")
                self.pick_b.addItem(v, f"{mode}:{v}")
        for box, keep, default in ((self.pick_a, keep_a, 1), (self.pick_b, keep_b, 0)):
            index = box.findData(keep) if keep is not None else -1
            if index < 0:
                index = min(default, box.count() - 1)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self.recompute()

    def _comparison(self) -> Comparison | None:
        """The comparison for the chosen A and B (groups: the services' group_comparison, as
        `compare --segment/--offer`), or None when they cannot be compared."""
        data_a, data_b = self.pick_a.currentData(), self.pick_b.currentData()
        if not data_a or not data_b or data_a == data_b:
            return None
        kind, _, value_a = str(data_a).partition(":")
        value_b = str(data_b).partition(":")[2]
        try:
            if kind == "campaign":
                by_id = {str(c.id): c for c in self._campaigns}
                return compare(campaign_arm(by_id[value_a]), campaign_arm(by_id[value_b]))
            return group_comparison(self._campaigns, kind, value_a, value_b)
        except (KeyError, SmsPlannerError):
            return None

    def recompute(self, *_args: object) -> Comparison | None:
        r = self._comparison()
        if r is None:
            self.result = None
            for label in (self.rate_a, self.rate_b, self.difference, self.test, self.better):
                label.setText("—")
                label.setToolTip("")
            self.verdict.setText("Pick two different campaigns or groups with conversions "
                                 "recorded.")
            self.note.setText("")
            self.chart.set_sides([])
            return None
        self.result = r
        for label, letter in ((self.rate_a, "A"), (self.rate_b, "B")):
            arm = r.a if letter == "A" else r.b
            rate, low, high = r.side(letter)
            if r.group is None:
                label.setText(f"{fmt_percent(rate, 2)}  ({fmt_count(arm.conversions)} of "
                              f"{fmt_count(arm.recipients)}; 95% interval "
                              f"{fmt_percent(low, 2)} – {fmt_percent(high, 2)})")
                label.setToolTip("")
            else:
                campaigns = counted(len(arm.parts), "campaign",
                                    number=fmt_count(len(arm.parts)))
                label.setText(f"{fmt_percent(rate, 2)} for a typical campaign  (95% interval "
                              f"{fmt_percent(low, 2)} – {fmt_percent(high, 2)}; {campaigns})")
                label.setToolTip(
                    f"The typical campaign's rate: campaign rates averaged, each weighted by "
                    f"how much it can be trusted. All {fmt_count(arm.recipients)} recipients "
                    f"pooled: {fmt_percent(arm.rate, 2)} ({fmt_count(arm.conversions)} "
                    f"conversions).")
        # Plain words on screen; the methods' names (and the p-value) on hover.
        self.difference.setText(
            f"{fmt_signed(r.difference * 100, 2)} points  (95% interval "
            f"{fmt_signed(r.difference_low * 100, 2)} to {fmt_signed(r.difference_high * 100, 2)})")
        self.difference.setToolTip(f"Percentage points; interval: {r.interval_method}.")
        p_text = "p < 0.000001" if r.p_value < 1e-6 else f"p = {r.p_value:.3g}"
        self.test.setText(f"If both really converted alike, chance alone would give a gap this "
                          f"big {how_often(r.p_value)}.")
        self.test.setToolTip(f"{p_text} ({r.test}, two-sided)")
        self.better.setText(fmt_chance(r.probability_b_better))
        self.better.setToolTip(
            "From Beta posteriors of the two rates (uniform prior)." if r.group is None else
            "From the same t distribution as the test (one side of it).")
        self.verdict.setText(r.verdict)
        sides = []
        for letter in ("A", "B"):
            arm = r.a if letter == "A" else r.b
            rate, low, high = r.side(letter)
            sides.append((f"{letter}: {arm.name}"[:28], rate, low, high, arm.recipients))
        self.chart.set_sides(sides)
        self.note.setText("Groups are compared campaign by campaign, allowing for how much "
                          "their campaigns vary (hover over “Could it be chance?” for the "
                          "method); other differences between the sends (day, list) are not "
                          "controlled for."
                          if r.group is not None else "")
        return r


class TestPlanner(QGroupBox):
    """Baseline, the improvement worth finding, significance and power -> recipients per
    message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Plan a fair test", parent)
        self.result: SampleSize | None = None
        self.baseline = self._percent(4.0, "Current conversion rate")
        self.lift = QDoubleSpinBox()
        self.lift.setRange(0.01, 500.0)
        self.lift.setDecimals(2)
        self.lift.setValue(25.0)
        self.lift.setSuffix(percent_suffix())
        self.lift.setAccessibleName("Smallest improvement worth finding")
        self.lift_kind = QComboBox()
        self.lift_kind.addItem("relative (4% → 5% is 25%)", "relative")
        self.lift_kind.addItem("absolute points (4% → 5% is 1)", "absolute")
        self.lift_kind.setAccessibleName("Lift is relative or absolute")
        self.alpha = QComboBox()
        for a in (0.05, 0.10, 0.01):
            usual = " (usual)" if a == 0.05 else ""
            self.alpha.addItem(f"{fmt_percent(a, 0)}{usual}", a)
        self.alpha.setAccessibleName("Risk of calling a winner when there is none")
        self.alpha.setToolTip("Significance level (alpha): how often a test of two equally good "
                              "messages would still name a winner.")
        self.power = QComboBox()
        for p in (0.8, 0.9):
            usual = " (usual)" if p == 0.8 else ""
            self.power.addItem(f"{fmt_percent(p, 0)}{usual}", p)
        self.power.setAccessibleName("Chance of spotting a real improvement")
        self.power.setToolTip("Statistical power: how often a test this size finds B better "
                              "when it truly is better by the amount above.")
        self.answer = _selectable()
        self.answer.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.formula = _selectable()
        set_muted(self.formula, 9)
        self.warning = _selectable()
        set_warning_colour(self.warning)

        for w in (self.baseline, self.lift):  # a number's width, not the panel's
            w.setMaximumWidth(110)
        for w in (self.alpha, self.power):
            w.setMaximumWidth(160)
        lift_row = QHBoxLayout()
        lift_row.addWidget(self.lift)
        lift_row.addWidget(self.lift_kind, 1)
        form = QFormLayout()
        form.addRow("Current rate", self.baseline)
        form.addRow("Smallest improvement worth finding", lift_row)
        form.addRow("Risk of a false winner", self.alpha)
        form.addRow("Chance of spotting it", self.power)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.warning)
        layout.addWidget(self.formula)
        layout.addWidget(what_is_this(self, "planning.html#plan-test"))
        # How the size moves with the improvement looked for: the trade-off in one table.
        self.tradeoff_title = QLabel("People needed per message, for other improvements:")
        self.tradeoff = QLabel()
        self.tradeoff.setTextFormat(Qt.TextFormat.RichText)
        self.tradeoff.setAccessibleName("People needed for other improvements")
        layout.addSpacing(8)
        layout.addWidget(self.tradeoff_title)
        layout.addWidget(self.tradeoff)
        layout.addStretch(1)
        for w in (self.baseline, self.lift):
            w.valueChanged.connect(self.recompute)
        for box in (self.lift_kind, self.alpha, self.power):
            box.currentIndexChanged.connect(self.recompute)
        self.lift_kind.currentIndexChanged.connect(self._lift_suffix)
        self.recompute()

    @staticmethod
    def _percent(value: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.01, 99.0)
        box.setDecimals(2)
        box.setSingleStep(0.1)
        box.setSuffix(percent_suffix())
        box.setValue(value)
        box.setAccessibleName(name)
        return box

    def _lift_suffix(self, *_args: object) -> None:
        relative = self.lift_kind.currentData() == "relative"
        self.lift.setSuffix(percent_suffix() if relative else " points")

    def recompute(self, *_args: object) -> SampleSize | None:
        base = self.baseline.value() / 100
        lift = self.lift.value() / 100
        if self.lift_kind.currentData() == "relative":
            lift = base * lift
        try:
            r = sample_size(base, lift, alpha=self.alpha.currentData(),
                            power=self.power.currentData())
        except ValueError:
            self.result = None
            self.answer.setText("That lift would take the rate past 100%.")
            return None
        self.result = r
        self.answer.setText(
            f"Send each message to {counted(r.per_arm, 'person', number=fmt_count(r.per_arm))} "
            f"({fmt_count(r.total)} in "
            f"total) to tell {fmt_percent(r.baseline, 2)} from {fmt_percent(r.target, 2)}.")
        self.warning.setText(r.warning)
        self.formula.setText("Worked out with the standard formula for comparing two rates "
                             "(hover here to see it).")
        self.formula.setToolTip(f"{r.formula}.")
        self._fill_tradeoff(base)
        return r

    TRADEOFF_LIFTS = (0.10, 0.25, 0.50, 1.00)  # relative improvements shown for comparison

    def _fill_tradeoff(self, base: float) -> None:
        rows = []
        for rel in self.TRADEOFF_LIFTS:
            try:
                s = sample_size(base, base * rel, alpha=self.alpha.currentData(),
                                power=self.power.currentData())
            except ValueError:
                continue
            rows.append(f"<tr><td>{fmt_percent(s.baseline, 1)} → {fmt_percent(s.target, 1)}"
                        f"&nbsp;&nbsp;</td><td align='right'>{fmt_count(s.per_arm)}</td></tr>")
        self.tradeoff.setText(f"<table>{''.join(rows)}</table>")
