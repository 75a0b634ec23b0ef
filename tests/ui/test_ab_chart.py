"""The A/B chart labels each bar, whatever the length of the campaign's name."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from smsplanner.ui.plan.ab_chart import LABEL_WIDTH, ABChart


def test_long_campaign_names_are_shortened_to_fit_beside_their_bar(qtbot) -> None:
    chart = ABChart()
    qtbot.addWidget(chart)
    long_name = "A: Oct 2026 New Free delivery for every order over twenty pounds"
    chart.set_sides([(long_name, 0.0288, 0.0245, 0.0337, 5076),
                     ("B: Lapsed", 0.0258, 0.0211, 0.0315, 3606)])
    axis = chart.getPlotItem().getAxis("left")
    labels = [text for _, text in axis._tickLevels[0]]
    metrics = QFontMetrics(axis.font())
    # pyqtgraph silently drops a tick label wider than its axis.
    assert all(metrics.horizontalAdvance(line) < LABEL_WIDTH
               for text in labels for line in text.splitlines())
    assert labels[0].startswith("A: Oct 2026") and "…" in labels[0]
    assert labels[1].startswith("B: Lapsed\n")
