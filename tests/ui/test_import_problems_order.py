"""The import dialog's problem list reads top down, whatever order the engine found them in."""

from __future__ import annotations

from smsplanner.domain.imports import ImportProblem, Said
from smsplanner.ui.imports.problems import ProblemsPanel


def _problem(row: int | None, column: str, value: str) -> ImportProblem:
    said = Said("not_a_number", f"{value!r} is not a number.", field=column.lower())
    return ImportProblem(row, column, value, said)


def test_problems_are_listed_by_row_and_a_click_picks_the_listed_one(qtbot) -> None:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    # The engine checks column by column: row 7's bad delivered count comes before row 5's
    # bad clicks; a whole-file problem (no row) goes first.
    found = [_problem(7, "Delivered", "1.13l"), _problem(5, "Clicks", "vierzig"),
             _problem(None, "Revenue", ""), _problem(6, "Delivered", "x")]
    panel.set_problems(found)
    rows = [panel.table.item(i, 0).text() for i in range(panel.table.rowCount())]
    assert rows == ["", "5", "6", "7"]
    picked: list[ImportProblem] = []
    panel.chosen.connect(picked.append)
    panel.table.setCurrentCell(1, 0)
    assert picked == [found[1]]
