"""The window words planning facts from their codes and fields, not from English sentences.

Every plan-warning code, refused plan, forecast basis and A/B verdict kind is worded by
ui/common/plan_words (or ui/plan/ab); in English (no translator) the words say exactly
what the command line's sentence says, so the meaning cannot drift between the two. Then a
real Qt translator built with pyside6-lrelease shows the same code paths speak German.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from smsplanner.domain.abtest import Arm, compare
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.forecast import fit_history
from smsplanner.domain.plan_forecast import plan_history
from smsplanner.domain.plan_rules import (
    QUIET_PRESETS,
    budget_warning,
    fatigue_warning,
    holiday_warning,
    opt_out_text_warning,
    opt_outs_warning,
    quiet_hours_warnings,
)
from smsplanner.domain.verdict import how_often
from smsplanner.services.plans import PlanRefused, check_plan
from smsplanner.ui.common.plan_words import (
    history_basis,
    history_explanation,
    history_warning,
    plan_refusal,
    plan_warning,
    quiet_rule_label,
)
from smsplanner.ui.plan.ab import chance_sentence, verdict_text

DAY = dt.date(2026, 6, 10)  # a Wednesday
CODES = {"fatigue_same_day", "fatigue_earlier", "fatigue_later", "quiet_outside",
         "quiet_sunday", "quiet_holiday", "quiet_per_day", "holiday", "opt_out_text",
         "opt_outs_rising", "budget"}


def _money(x: object, digits: int = 2) -> str:
    return f"{float(x):,.{digits}f}"  # type: ignore[arg-type]


def _plain(text: str) -> str:
    """Quote, dash and day styles aside (the window uses typographic ones, "1 March")."""
    return re.sub(r"\b0(\d) ", r"\1 ", text.replace("“", "'").replace("”", "'")
                  .replace("–", "-").replace("\u00a0", " "))


def plan(**kw: object) -> Campaign:
    base = dict(name="Plan", date=DAY, segment="Loyal", status="planned", audience=1000,
                id=100)
    base.update(kw)
    return Campaign(**base)  # type: ignore[arg-type]


def sent(days: int, segment: str = "Loyal", time: str | None = None, cid: int = 1) -> Campaign:
    return Campaign(name=f"Sent {days}", date=DAY + dt.timedelta(days=days), segment=segment,
                    time=time, sent=1000, conversions=40, id=cid)


def every_warning() -> list:
    sunday = DAY + dt.timedelta(days=4)
    found = [
        fatigue_warning(plan(), [sent(0)], 7), fatigue_warning(plan(), [sent(-3)], 7),
        fatigue_warning(plan(), [sent(2)], 7), fatigue_warning(plan(), [sent(0)], 1),
        *quiet_hours_warnings(plan(time="22:15"), [], QUIET_PRESETS["us"], None),
        *quiet_hours_warnings(plan(date=sunday), [], QUIET_PRESETS["fr"], None),
        *quiet_hours_warnings(plan(), [], QUIET_PRESETS["fr"], "Fête nationale"),
        *quiet_hours_warnings(plan(time="10:00"),
                              [sent(0, time="09:00", cid=2), sent(0, time="11:00", cid=3),
                               sent(0, time="12:00", cid=4)], QUIET_PRESETS["fl_ok"], None),
        holiday_warning(plan(), "Some Day"),
        opt_out_text_warning(plan(message="Big sale today")),
        opt_outs_warning("Loyal", True, "from 0.10% to 0.40% of recipients (Jan 2026 – May 2026)",
                         {"start_rate": 0.001, "end_rate": 0.004,
                          "start": dt.date(2026, 1, 5), "end": dt.date(2026, 5, 5)}),
        opt_outs_warning(None, True, "from 0.10% to 0.40% of recipients (Jan 2026 – May 2026)",
                         {"start_rate": 0.001, "end_rate": 0.004,
                          "start": dt.date(2026, 1, 5), "end": dt.date(2026, 5, 5)}),
        opt_outs_warning("Loyal", True), opt_outs_warning(None, True),
        budget_warning(plan(), 1234.5, 1000.0),
    ]
    return [w for w in found if w is not None]


def test_every_warning_code_is_worded_as_the_command_line_says_it(qapp) -> None:
    warnings = every_warning()
    assert {w.code for w in warnings} == CODES  # every code the rules produce, and no other
    for w in warnings:
        text = plan_warning(w, _money)
        assert "{" not in text and "(s)" not in text, text
        assert _plain(text) == _plain(w.message), (w.code, text, w.message)


def test_holiday_names_in_the_users_language_replace_the_english_one(qapp) -> None:
    w = holiday_warning(plan(), "Christmas Day")
    assert "Erster Weihnachtstag" in plan_warning(w, _money, "Erster Weihnachtstag")
    assert "Christmas Day" not in plan_warning(w, _money, "Erster Weihnachtstag")


def test_every_refusal_is_worded_from_its_code(qapp) -> None:
    cases = [plan(date=DAY - dt.timedelta(days=1)), plan(audience=0),
             plan(segment="Loyl")]
    known = [sent(-10, segment="Loyal"), sent(-11, segment="New", cid=2)]
    codes = set()
    for p in cases:
        with pytest.raises(PlanRefused) as caught:
            check_plan(p, known, DAY)
        exc = caught.value
        codes.add(exc.code)
        if exc.code == "past":  # the date as the user reads dates, not ISO
            assert plan_refusal(exc) == ("9 June 2026 is in the past: a plan is for a send "
                                         "still to come (record a past send with its results "
                                         "instead).")
        else:
            assert _plain(plan_refusal(exc)) == str(exc)
    assert codes == {"past", "no_audience", "unknown_segment"}
    sent_one = PlanRefused("'Spring' has been sent: only planned sends can be moved.",
                           "already_sent", name="Spring")
    assert _plain(plan_refusal(sent_one)) == str(sent_one)


def _history(n: int, segment: str | None = "Loyal", start: dt.date = dt.date(2025, 5, 1),
             rate: float = 0.05, seed: int = 1) -> list[Campaign]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        k = int(rng.binomial(2000, rate))
        out.append(Campaign(name=f"C{i}", date=start + dt.timedelta(days=14 * i),
                            segment=segment, sent=2000, delivered=2000, conversions=k,
                            id=i + 1))
    return out


@pytest.mark.parametrize(("n", "last", "on"), [(16, None, None), (16, 5, None),
                                               (16, None, dt.date(2026, 1, 10)),
                                               (2, None, dt.date(2026, 1, 10))])
def test_forecast_basis_says_what_the_engine_says(qapp, n, last, on) -> None:
    cs = _history(n)
    h = fit_history(cs, "Loyal", last=last, on=on)
    basis = history_basis(h)
    assert basis == h.description[0].upper() + h.description[1:] + "."
    assert history_explanation(h) == _plain(h.explanation)
    assert history_warning(h) == h.warning
    assert (h.warning != "") is (n <= 2)


def test_borrowed_spread_kept_trends_and_offers_are_worded(qapp) -> None:
    cs = _history(4, "Loyal", seed=2) + [
        c.with_changes(id=100 + c.id, segment="New") for c in _history(30, "New", seed=3)]
    h = fit_history(cs, "Loyal")
    assert h.borrowed > 0 and history_explanation(h) == h.explanation
    offers = [c.with_changes(offer="BOGOF") for c in _history(8, seed=4)]
    h = plan_history(offers, segment="Loyal", offer="BOGOF", before=dt.date(2026, 6, 1))
    assert "“BOGOF”" in history_basis(h) and h.offer == "BOGOF"
    falling = [c.with_changes(conversions=int(200 * 0.93 ** i))
               for i, c in enumerate(_history(24, seed=5))]
    h = fit_history(falling, "Loyal", on=dt.date(2026, 3, 1))
    assert h.trend == "falling" and history_explanation(h) == _plain(h.explanation)


def test_every_ab_verdict_kind_is_worded_as_the_engine_says_it(qapp) -> None:
    results = [compare(Arm("A", 100, 2000), Arm("Loyal customers", 180, 2000)),
               compare(Arm("A", 50, 1000), Arm("B", 50, 1000)),
               compare(Arm("A", 40, 1000), Arm("B", 46, 1000)),
               compare(Arm("A", 4000, 100000), Arm("B", 4010, 100000)),
               compare(Arm("A", 130, 3000, ((40, 1000), (90, 2000))),
                       Arm("B", 150, 3000, ((30, 1000), (120, 2000))))]
    # "No clear winner" needs more recipients than the test asks for yet no significance:
    # rare in data, so the kind is set on a real result.
    results.append(dataclasses.replace(results[2], more_recipients_needed=0,
                                       verdict="No clear winner: the difference is small "
                                       "enough to be chance, even with this many recipients."))
    kinds = {r.verdict_kind for r in results}
    assert kinds == {"better", "same", "more_needed", "no_winner", "groups_vary"}
    for r in results:
        assert verdict_text(r) == r.verdict, r.verdict_kind


@pytest.mark.parametrize("p", [1e-9, 0.0005, 0.004, 0.01, 0.012, 0.05, 0.09, 0.094, 0.095,
                               0.1, 0.14, 0.5, 0.9, 0.949, 0.95, 1.0])
def test_chance_sentence_matches_how_often(qapp, p: float) -> None:
    assert chance_sentence(p) == ("If both really converted alike, chance alone would give "
                                  f"a gap this big {how_often(p)}.")


def test_the_same_code_paths_speak_german_with_a_translator(qapp, tmp_path: Path) -> None:
    """A real .qm: lupdate extracts the module's strings, three get German, lrelease builds."""
    root = Path(__file__).resolve().parents[2]
    bindir = Path(sys.executable).parent
    ts = tmp_path / "de.ts"
    subprocess.run([str(bindir / "pyside6-lupdate"),
                    str(root / "smsplanner/ui/common/plan_words.py"), "-ts", str(ts)],
                   check=True, capture_output=True)
    german = {
        "The message does not say how to stop getting texts (like “Reply STOP to opt out”): "
        "carriers require it.": "Die Nachricht sagt nicht, wie man sich abmeldet.",
        "{month} would cost {cost}, above your monthly budget of {budget}.":
            "{month} würde {cost} kosten, mehr als Ihr Budget von {budget}.",
    }
    text = ts.read_text(encoding="utf-8")
    for source, target in german.items():
        escaped = source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = re.sub(r"(<source>" + re.escape(escaped) + r"</source>\s*)"
                      r"<translation type=\"unfinished\"></translation>",
                      lambda m, t=target: m.group(1) + f"<translation>{t}</translation>", text)
    ts.write_text(text, encoding="utf-8")
    qm = tmp_path / "de.qm"
    subprocess.run([str(bindir / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert plan_warning(opt_out_text_warning(plan(message="Sale")), _money) == (
            "Die Nachricht sagt nicht, wie man sich abmeldet.")
        assert plan_warning(budget_warning(plan(), 1234.5, 1000.0), _money) == (
            "June 2026 würde 1,234.50 kosten, mehr als Ihr Budget von 1,000.00.")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_quiet_rules_keep_their_hours(qapp) -> None:
    for key, preset in QUIET_PRESETS.items():
        assert _plain(quiet_rule_label(key)) == preset.label


def test_holiday_names_come_in_the_language_asked_where_the_country_has_it() -> None:
    from smsplanner.domain.holidays_cal import holiday_on

    christmas = dt.date(2026, 12, 25)
    assert holiday_on("DE", christmas) == "Christmas Day"  # the command line's English
    assert holiday_on("DE", christmas, "de") == "Erster Weihnachtstag"
    assert holiday_on("FR", dt.date(2026, 7, 14), "fr") == "Fête nationale"
    # A country without names in that language keeps English.
    assert holiday_on("US", dt.date(2026, 7, 4), "de") == "Independence Day"
