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

from smsplanner.domain.abtest import Comparison, SampleSize, compare, round_nice, sample_size
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.domain.planning import has_known_rate, sms_only
from smsplanner.services.planning import campaign_arm, group_comparison
from smsplanner.ui.common.formatting import (
    fmt_count,
    fmt_date,
    fmt_percent,
    fmt_signed,
    percent_suffix,
)
from smsplanner.ui.common.plan_words import TrContext, en
from smsplanner.ui.common.style import set_muted
from smsplanner.ui.common.theme import set_warning_colour
from smsplanner.ui.help.browser import what_is_this
from smsplanner.ui.plan.ab_chart import ABChart
from smsplanner.ui.plan.whatif import fmt_chance


class ABWords(TrContext):
    """Translation context for the A/B verdicts and the chance sentence."""


def chance_sentence(p: float) -> str:
    """How often chance alone gives a gap this big, as a shop owner reads a p-value."""
    if p < 0.001:
        return ABWords.tr("If both really converted alike, chance alone would give a gap this "
                          "big less than once in 1,000.")
    if p < 0.01:
        return ABWords.tr("If both really converted alike, chance alone would give a gap this "
                          "big less than once in 100.")
    if p >= 0.95:
        return ABWords.tr("If both really converted alike, chance alone would give a gap this "
                          "big nearly every time.")
    if p < 0.095:
        per = round(p * 100)
        if per == 1:
            return ABWords.tr("If both really converted alike, chance alone would give a gap "
                              "this big about once in 100.")
        return ABWords.tr("If both really converted alike, chance alone would give a gap "
                          "this big about {times} times in 100.").format(times=per)
    per = round(p * 10)
    if per == 1:
        return ABWords.tr("If both really converted alike, chance alone would give a gap this "
                          "big about once in 10.")
    return ABWords.tr("If both really converted alike, chance alone would give a gap this big "
                      "about {times} times in 10.").format(times=per)


def verdict_text(r: Comparison) -> str:
    """The comparison's verdict in the user's language, by its kind."""
    kind = r.verdict_kind
    if kind == "better":
        b_wins = r.difference > 0
        better, worse = (r.b, r.a) if b_wins else (r.a, r.b)
        names = {"better": _side_name("B" if b_wins else "A", better.name),
                 "worse": _side_name("A" if b_wins else "B", worse.name)}
        return ABWords.tr("{better} converts better than {worse}; a difference this size is "
                          "unlikely to be chance.").format(**names)
    if kind == "same":
        return ABWords.tr("Both converted at the same rate: there is no difference to settle.")
    if kind == "groups_vary":
        return ABWords.tr("Not enough data to tell: these campaigns vary so much from one send "
                          "to the next that more campaigns, not just more recipients, would be "
                          "needed to settle a difference this size.")
    if kind == "more_needed":
        more = round_nice(r.more_recipients_needed or 0)
        return en(ABWords.tr("Not enough data to tell: about %Ln more recipient(s) per message "
                             "would settle a difference this size.", "", more), more)
    return ABWords.tr("No clear winner: the difference is small enough to be chance, even "
                      "with this many recipients.")


def _side_name(letter: str, name: str) -> str:
    """ "B (Loyal customers)", or just "B" when the side is named "B" (or unnamed)."""
    name = name.strip()
    if not name or name == letter:
        return letter
    return ABWords.tr("{letter} ({name})").format(letter=letter, name=name)


def method_words(r: Comparison) -> tuple[str, str]:
    """(the test, the interval's method) in the user's language, for the tooltips."""
    if r.group is not None:
        test = ABWords.tr("random-effects comparison of campaign rates (campaign-to-campaign "
                          "variance by restricted likelihood with a weak prior; Hartung-Knapp "
                          "t test), t on {df} df").format(df=r.group.df)
        interval = ABWords.tr("t interval of the difference in campaign-weighted rates")
    else:
        test = (ABWords.tr("Fisher's exact test") if r.test == "Fisher's exact test"
                else ABWords.tr("two-proportion z-test"))
        interval = ABWords.tr("Newcombe hybrid score interval")
    return test, interval


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ComparePanel(QGroupBox):
    """Pick A and B (campaigns, or groups by segment or offer); see whether B really won."""

    MODES = ("campaign", "segment", "offer")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Did B really beat A?"))
        self._campaigns: list[Campaign] = []
        self.result: Comparison | None = None
        self.mode = QComboBox()
        labels = {"campaign": self.tr("Two campaigns"), "segment": self.tr("Two segments"),
                  "offer": self.tr("Two offers")}
        for key in self.MODES:
            self.mode.addItem(labels[key], key)
        self.mode.setAccessibleName(self.tr("Compare"))
        self.pick_a = QComboBox()
        self.pick_b = QComboBox()
        for box, name in ((self.pick_a, "A"), (self.pick_b, "B")):
            box.setAccessibleName(self.tr("Side {letter}").format(letter=name))
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
        form.addRow(self.tr("Compare"), self.mode)
        form.addRow("A", self.pick_a)
        form.addRow("B", self.pick_b)
        form.addRow(self.tr("A converted"), self.rate_a)
        form.addRow(self.tr("B converted"), self.rate_b)
        form.addRow("B − A", self.difference)
        form.addRow(self.tr("Could it be chance?"), self.test)
        form.addRow(self.tr("Chance B is truly better"), self.better)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.note)
        layout.addWidget(what_is_this(self, "planning.html#ab",
                                      self.tr("How to read an A/B result")))
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
            self.verdict.setText(self.tr("Pick two different campaigns or groups with "
                                         "conversions recorded."))
            self.note.setText("")
            self.chart.set_sides([])
            return None
        self.result = r
        for label, letter in ((self.rate_a, "A"), (self.rate_b, "B")):
            arm = r.a if letter == "A" else r.b
            rate, low, high = r.side(letter)
            figures = {"rate": fmt_percent(rate, 2), "low": fmt_percent(low, 2),
                       "high": fmt_percent(high, 2), "conversions": fmt_count(arm.conversions),
                       "recipients": fmt_count(arm.recipients),
                       "pooled": fmt_percent(arm.rate, 2)}
            if r.group is None:
                label.setText(self.tr("{rate}  ({conversions} of {recipients}; 95% interval "
                                      "{low} – {high})").format(**figures))
                label.setToolTip("")
            else:
                n = len(arm.parts)
                label.setText(en(self.tr("{rate} for a typical campaign  (95% interval {low} – "
                                         "{high}; %n campaign(s))", "", n), n).format(**figures))
                label.setToolTip(self.tr(
                    "The typical campaign's rate: campaign rates averaged, each weighted by how "
                    "much it can be trusted. All {recipients} recipients pooled: {pooled} "
                    "({conversions} conversions).").format(**figures))
        # Plain words on screen; the methods' names (and the p-value) on hover.
        self.difference.setText(self.tr("{difference} points  (95% interval {low} to {high})")
                                .format(difference=fmt_signed(r.difference * 100, 2),
                                        low=fmt_signed(r.difference_low * 100, 2),
                                        high=fmt_signed(r.difference_high * 100, 2)))
        test, interval = method_words(r)
        self.difference.setToolTip(self.tr("Percentage points; interval: {method}.").format(
            method=interval))
        p_text = "p < 0.000001" if r.p_value < 1e-6 else f"p = {r.p_value:.3g}"
        self.test.setText(chance_sentence(r.p_value))
        self.test.setToolTip(self.tr("{p} ({test}, two-sided)").format(p=p_text, test=test))
        self.better.setText(fmt_chance(r.probability_b_better))
        self.better.setToolTip(
            self.tr("From Beta posteriors of the two rates (uniform prior).") if r.group is None
            else self.tr("From the same t distribution as the test (one side of it)."))
        self.verdict.setText(verdict_text(r))
        sides = []
        for letter in ("A", "B"):
            arm = r.a if letter == "A" else r.b
            rate, low, high = r.side(letter)
            sides.append((f"{letter}: {arm.name}", rate, low, high, arm.recipients))
        self.chart.set_sides(sides)
        self.note.setText(self.tr("Groups are compared campaign by campaign, allowing for how "
                                  "much their campaigns vary (hover over “Could it be chance?” "
                                  "for the method); other differences between the sends (day, "
                                  "list) are not controlled for.")
                          if r.group is not None else "")
        return r


class TestPlanner(QGroupBox):
    """Baseline, the improvement worth finding, significance and power -> recipients per
    message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Plan a fair test"))
        self.result: SampleSize | None = None
        self.baseline = self._percent(4.0, self.tr("Current conversion rate"))
        self.lift = QDoubleSpinBox()
        self.lift.setRange(0.01, 500.0)
        self.lift.setDecimals(2)
        self.lift.setValue(25.0)
        self.lift.setSuffix(percent_suffix())
        self.lift.setAccessibleName(self.tr("Smallest improvement worth finding"))
        self.lift_kind = QComboBox()
        self.lift_kind.addItem(self.tr("relative ({from} → {to} is {lift})").format(
            **{"from": fmt_percent(0.04, 0), "to": fmt_percent(0.05, 0),
               "lift": fmt_percent(0.25, 0)}), "relative")
        self.lift_kind.addItem(self.tr("absolute points ({from} → {to} is 1)").format(
            **{"from": fmt_percent(0.04, 0), "to": fmt_percent(0.05, 0)}), "absolute")
        self.lift_kind.setAccessibleName(self.tr("Lift is relative or absolute"))
        # Its items run long in German and French: let it shrink (and elide) rather than
        # push the panel past the window's width.
        self.lift_kind.setMinimumContentsLength(12)
        self.lift_kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        usual = self.tr("{percent} (usual)")
        self.alpha = QComboBox()
        for a in (0.05, 0.10, 0.01):
            self.alpha.addItem(usual.format(percent=fmt_percent(a, 0)) if a == 0.05
                               else fmt_percent(a, 0), a)
        self.alpha.setAccessibleName(self.tr("Risk of calling a winner when there is none"))
        self.alpha.setToolTip(self.tr("Significance level (alpha): how often a test of two "
                                      "equally good messages would still name a winner."))
        self.power = QComboBox()
        for p in (0.8, 0.9):
            self.power.addItem(usual.format(percent=fmt_percent(p, 0)) if p == 0.8
                               else fmt_percent(p, 0), p)
        self.power.setAccessibleName(self.tr("Chance of spotting a real improvement"))
        self.power.setToolTip(self.tr("Statistical power: how often a test this size finds B "
                                      "better when it truly is better by the amount above."))
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
        form.addRow(self.tr("Current rate"), self.baseline)
        form.addRow(self.tr("Smallest improvement worth finding"), lift_row)
        form.addRow(self.tr("Risk of a false winner"), self.alpha)
        form.addRow(self.tr("Chance of spotting it"), self.power)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.warning)
        layout.addWidget(self.formula)
        layout.addWidget(what_is_this(self, "planning.html#plan-test"))
        # How the size moves with the improvement looked for: the trade-off in one table.
        self.tradeoff_title = QLabel(self.tr("People needed per message, for other "
                                             "improvements:"))
        self.tradeoff = QLabel()
        self.tradeoff.setTextFormat(Qt.TextFormat.RichText)
        self.tradeoff.setAccessibleName(self.tr("People needed for other improvements"))
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
        self.lift.setSuffix(percent_suffix() if relative else self.tr(" points"))

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
            self.answer.setText(self.tr("That lift would take the rate past {percent}.").format(
                percent=fmt_percent(1.0, 0)))
            return None
        self.result = r
        self.answer.setText(en(self.tr(
            "Send each message to %Ln person(s) ({total} in total) to tell {baseline} from "
            "{target}.", "", r.per_arm), r.per_arm).format(
            total=fmt_count(r.total), baseline=fmt_percent(r.baseline, 2),
            target=fmt_percent(r.target, 2)))
        self.warning.setText(self.tr(
            "Decide the number of recipients before you start and look at the result once. "
            "Checking early and stopping when it looks good turns many chance differences into "
            "false wins."))
        self.formula.setText(self.tr("Worked out with the standard formula for comparing two "
                                     "rates (hover here to see it)."))
        # The formula itself stays as written in the literature (its symbols and citation).
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
