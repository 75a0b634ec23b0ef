"""The Plan tab on real widgets, offscreen: live what-if, message cost, A/B and the planner."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from smsplanner.domain.abtest import sample_size
from smsplanner.domain.sample import sample_campaigns
from smsplanner.ui.plan.view import PlanView


def _campaigns():
    cs = sample_campaigns()
    for i, c in enumerate(cs, start=1):
        c.id = i
    return cs


@pytest.fixture
def view(qtbot):
    v = PlanView()
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    yield v
    v.close()


def test_typed_rate_updates_every_output_live(view):
    w = view.whatif
    w.use_typed.setChecked(True)
    w.rate.setValue(4.0)
    w.delivery.setValue(100.0)
    w.price.setValue(0.05)
    w.revenue.setValue(40.0)
    w.audience.setValue(10_000)
    r = w.result
    assert r is not None and r.rate_source == "given"
    assert r.expected_conversions == pytest.approx(400)
    assert w.outputs["conversions"].text() == "about 400"
    assert w.outputs["cost"].text().endswith("500.00")
    assert "about 400 conversions (likely " in w.headline.text()
    assert "; 95%: " in w.headline.text()
    w.audience.setValue(20_000)  # one change, every output follows
    assert w.result.expected_conversions == pytest.approx(800)
    assert w.outputs["conversions"].text() == "about 800"
    # The chart's curve was updated in place: its x range covers the new 95% range.
    xs, ys = w.chart.curve.getData()
    assert xs.min() < w.result.conversions_low and xs.max() > w.result.conversions_high
    assert np.isfinite(ys).all()


def test_chart_shades_the_80_and_95_percent_ranges_and_names_them(view):
    w = view.whatif
    w.use_typed.setChecked(True)
    w.delivery.setValue(100.0)
    w.rate.setValue(4.0)
    w.price.setValue(0.05)
    w.revenue.setValue(40.0)
    w.audience.setValue(5000)
    r = w.result
    assert r.distribution.step == 1  # one bar per count: edges sit half a count either side
    for band, lo, hi in ((w.chart.band95, r.conversions_low, r.conversions_high),
                         (w.chart.band80, r.conversions_low80, r.conversions_high80)):
        xs, ys = band.getData()
        assert (xs[0], xs[-1]) == (lo - 0.5, hi + 0.5)
        assert len(ys) == hi - lo + 1
    labels = [label.text for _sample, label in w.chart.legend.items]
    assert f"80%: {r.conversions_low80} – {r.conversions_high80}" in labels
    assert f"95%: {r.conversions_low} – {r.conversions_high}" in labels
    # Break-even at 5000 x 0.05 / 40 = 6.25 conversions: far left of 173-228, so not drawn.
    assert "break-even: 7 (← off the chart)" in labels
    assert not w.chart.break_even.isVisible()
    assert w.outputs["p_profit"].text() == "over 99%"  # never "100%"
    w.revenue.setValue(1.2)  # break-even 208.3 conversions: inside the range, drawn
    assert w.chart.break_even.isVisible()
    assert w.chart.break_even.value() == pytest.approx(250 / 1.2)
    assert "break-even: 209" in [label.text for _sample, label in w.chart.legend.items]


def test_audience_slider_drives_the_spin_box(view):
    w = view.whatif
    w.audience_slider.setValue(w.audience_slider.maximum())
    assert w.audience.value() == 1_000_000
    w.audience_slider.setValue(0)
    assert w.audience.value() == 100


def test_history_source_is_used_and_described(view):
    view.set_campaigns(_campaigns())
    w = view.whatif
    assert w.use_history.isChecked()
    w.history_source.setCurrentIndex(w.history_source.findData("segment:Loyal customers"))
    r = w.result
    assert r.rate_source == "history" and r.history_campaigns == 16
    assert "Based on 16 campaigns to Loyal customers since May 2025." in w.basis_label.text()
    assert w.delivery_auto.isChecked() and not w.delivery.isEnabled()
    assert r.expected_clicks is not None
    w.history_source.setCurrentIndex(w.history_source.findData("last:5"))
    assert w.result.history_campaigns == 5
    assert "last 5 campaigns" in w.basis_label.text()


def test_send_date_follows_a_real_trend_and_names_both_rates(view):
    import datetime as dt

    from PySide6.QtCore import QDate

    from bench.stats_sim import trend_history

    cs, on, _ = trend_history(np.random.default_rng(5), 0.5, 24, 2000.0, 0.06)
    view.set_campaigns(cs)
    w = view.whatif
    w.send_date.setDate(QDate(on.year, on.month, on.day))
    text = w.basis_label.text()
    assert "Forecast rate for this send: " in text and "(all past recipients pooled: " in text
    assert "Your rate has been falling; this forecast follows that trend" in text
    first = w.result.expected_conversions
    later = on + dt.timedelta(days=120)
    w.send_date.setDate(QDate(later.year, later.month, later.day))
    assert w.result.expected_conversions < first
    assert w.result.on == later


def test_history_revenue_can_be_replaced_by_a_typed_one(view):
    view.set_campaigns(_campaigns())
    w = view.whatif
    assert w.use_history.isChecked() and w.revenue_auto.isChecked()
    w.revenue_auto.setChecked(False)  # it used to tick itself again at once
    assert not w.revenue_auto.isChecked() and w.revenue.isEnabled()
    w.revenue.setValue(300.0)
    assert w.result.revenue_per_conversion == pytest.approx(300.0)
    w.delivery_auto.setChecked(False)
    w.delivery.setValue(50.0)
    assert w.result.delivery_rate == pytest.approx(0.5)
    w.history_source.setCurrentIndex(w.history_source.findData("last:5"))
    assert w.revenue_auto.isChecked()  # a new history choice takes its figures again


def test_inverse_question_answers_with_90_percent(view):
    w = view.whatif
    w.use_typed.setChecked(True)
    w.delivery.setValue(100.0)
    w.rate.setValue(4.0)
    w.target.setValue(100)
    assert "about 2," in w.inverse_label.text()  # ~2,800 people for 100 at 4%


def test_message_box_counts_fixes_and_feeds_the_cost(view, qtbot):
    box = view.cost
    box.set_message("It’s “fresh” — today")
    assert box.info.encoding == "UCS-2"
    assert "“" in box.offenders.text()
    assert box.fix_button.isEnabled()
    qtbot.mouseClick(box.fix_button, Qt.MouseButton.LeftButton)
    assert box.text.toPlainText() == "It's \"fresh\" - today"
    assert box.info.encoding == "GSM-7"
    assert not box.fix_button.isEnabled()
    box.set_message("a" * 161)
    assert box.info.segments == 2
    assert view.whatif.segments.value() == 2  # the what-if cost uses the message's segments
    view.whatif.price.setValue(0.05)
    view.whatif.audience.setValue(1000)
    assert view.whatif.result.cost == pytest.approx(2 * 1000 * 0.05)
    assert "100.00" in box.cost.text()


def test_compare_two_campaigns_and_two_groups(view):
    view.set_campaigns(_campaigns())
    panel = view.compare
    assert panel.result is not None
    assert panel.result.test in ("two-proportion z-test", "Fisher's exact test")
    assert panel.verdict.text() == panel.result.verdict
    panel.mode.setCurrentIndex(panel.mode.findData("segment"))
    panel.pick_a.setCurrentIndex(panel.pick_a.findData("segment:Lapsed buyers"))
    panel.pick_b.setCurrentIndex(panel.pick_b.findData("segment:Loyal customers"))
    r = panel.result
    assert r.b.name == "Loyal customers" and r.significant
    assert panel.verdict.text().startswith(
        "B (Loyal customers) converts better than A (Lapsed buyers)")
    # Plain words on screen; the p-value and the methods' names on hover.
    assert panel.test.text() == ("If both really converted alike, chance alone would give a gap "
                                 "this big less than once in 1,000.")
    assert panel.test.toolTip() == f"p < 0.000001 ({r.test}, two-sided)"
    assert panel.better.text() == "over 99%"  # not "100%": never certain
    assert "same t distribution" in panel.better.toolTip()
    assert "campaign-weighted rates" in panel.difference.toolTip()
    shown = " ".join(w.text() for w in (panel.difference, panel.test, panel.better))
    for jargon in ("Newcombe", "posterior", "z-test", "p <", "p ="):
        assert jargon not in shown
    assert panel.difference.text().startswith("+4.31 points")
    panel.pick_a.setCurrentIndex(panel.pick_a.findData("segment:Loyal customers"))
    panel.pick_b.setCurrentIndex(panel.pick_b.findData("segment:Lapsed buyers"))
    # B worse: the true minus sign, never an ASCII hyphen.
    assert panel.difference.text().startswith("\u22124.31 points  (95% interval \u2212")
    assert "-" not in panel.difference.text()
    assert panel.better.text() == "under 1%"
    # Groups carry their campaigns, so the test allows for how much their rates vary
    # (pooled counts alone treat a segment's 16 sends as one big coin-flip).
    assert len(panel.result.a.parts) > 1 and panel.result.dispersion > 1
    assert "random-effects" in panel.test.toolTip() and "Hartung-Knapp" in panel.test.toolTip()
    assert "allowing for how much their campaigns vary" in panel.note.text()
    assert "for a typical campaign" in panel.rate_a.text()
    assert "pooled" in panel.rate_a.toolTip()
    # ... and so does each side's own interval (pooled Wilson would be 6.16% - 6.74%).
    assert "95% interval 6.16%" not in panel.rate_a.text()
    low, high = panel.result.a.interval()
    shown = panel.rate_a.text().split("95% interval ")[1].split(";")[0].split(" – ")
    assert float(shown[0].rstrip("%")) / 100 < low and float(shown[1].rstrip("%")) / 100 > high


def test_test_planner_relative_and_absolute(view):
    p = view.planner
    p.baseline.setValue(5.0)
    p.lift_kind.setCurrentIndex(p.lift_kind.findData("absolute"))
    p.lift.setValue(5.0)
    assert p.result.per_arm == 435
    p.lift_kind.setCurrentIndex(p.lift_kind.findData("relative"))
    p.lift.setValue(20.0)
    assert p.result.per_arm == sample_size(0.05, 0.01).per_arm
    assert "Checking early" in p.warning.text()


def test_plan_tab_in_the_main_window_refreshes_when_the_campaigns_change(window):
    assert window.plan is not None
    assert window.tabs.indexOf(window.plan) >= 0
    assert not window.plan.whatif.use_history.isEnabled()
    window.load_sample_data()  # an operation: its change signal refreshes the tab
    window.ops.wait_idle()
    assert window.plan.whatif.use_history.isEnabled()
    assert window.plan.whatif.result.rate_source == "history"


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_plan_pages_render_at_both_sizes(view, size, tmp_path):
    view.set_campaigns(_campaigns())
    view.resize(*size)
    for page in range(view.pages.count()):
        view.pages.setCurrentIndex(page)
        image = view.grab().toImage()
        assert image.width() == size[0]
        assert image.save(str(tmp_path / f"plan{page}.png"))


# -- what a shop owner reads: rounded forecasts, one percent style, plain words ---------------
def test_forecast_money_is_rounded_but_the_exact_cost_keeps_its_cents(view):
    w = view.whatif
    view.set_campaigns(_campaigns())
    w.history_source.setCurrentIndex(w.history_source.findData("segment:Loyal customers"))
    w.audience.setValue(10_000)
    r = w.result
    assert r.revenue_low > 1000 and r.revenue_high > 1000
    revenue = w.outputs["revenue"].text()
    assert "." not in revenue  # no cents on a range of thousands
    digits = 2 - int(np.floor(np.log10(r.revenue_low)))
    low = f"{round(r.revenue_low, digits):,.0f}"  # three significant figures: 13,500
    assert f"({low} to " in revenue  # the bare view has no currency symbol
    assert "." not in w.outputs["profit"].text()
    assert f"bringing {low} to " in w.headline.text()
    assert w.outputs["cost"].text() == f"{r.cost:,.2f}"  # an exact product: kept exact
    assert f"costing {r.cost:,.2f}" in w.headline.text()


def test_percent_inputs_read_like_the_rest_of_the_app(view):
    w, p = view.whatif, view.planner
    w.delivery.setValue(97.0)
    assert w.delivery.text() == "97.0%"  # as fmt_percent writes it: no space before %
    assert w.rate.text() == "4.00%"
    assert p.baseline.text() == "4.00%" and p.lift.text() == "25.00%"
    assert p.alpha.currentText() == "5% (usual)" and p.power.currentText() == "80% (usual)"


def test_percent_inputs_follow_a_spaced_locale(qtbot):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    v = PlanView()
    qtbot.addWidget(v)
    assert v.whatif.delivery.suffix() == "\u00a0%"  # "97,0 %" as fmt_percent writes it


def test_histogram_axis_text_is_dark(view):
    from PySide6.QtGui import QColor

    axis = view.whatif.chart.getPlotItem().getAxis("bottom")
    assert axis.textPen().color().lightness() < 80
    assert QColor(axis.pen().color()).lightness() < 110


def test_message_cost_speaks_plainly_with_the_technical_names_on_hover(view):
    box = view.cost
    box.set_message("Hi 😀 “friends”")
    words = box.summary.text() + box.detail.text() + box.offenders.text()
    assert ("Special characters (like emoji or curly quotes) make each text part shorter: "
            "70 characters instead of 160") in box.detail.text()
    for jargon in ("UCS-2", "UTF-16", "GSM"):
        assert jargon not in words
    assert "UCS-2" in box.summary.toolTip() and "UTF-16" in box.detail.toolTip()
    assert "UCS-2" in box.offenders.toolTip()
    box.set_message("Hi friends")
    assert box.summary.text() == "1 message part · 10 characters · plain text"
    assert "160 characters in one part" in box.detail.text()


def test_message_cost_inputs_are_number_sized(view):
    view.resize(1280, 800)
    box = view.cost
    view.pages.setCurrentWidget(box)
    for spin in (box.audience, box.price):
        assert spin.width() <= 160
    assert view.planner.baseline.width() <= 110


def test_plan_a_test_formula_is_on_hover(view):
    p = view.planner
    assert "sqrt" not in p.formula.text() and "sqrt" in p.formula.toolTip()
    assert "Fleiss" in p.formula.toolTip()
