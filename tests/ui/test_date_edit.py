"""Typed dates take as typed: a whole date over the selection, or a number into one section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from smsplanner.ui.common.date_edit import TypedDateEdit, edit_format


@pytest.fixture
def box(qtbot) -> TypedDateEdit:
    edit = TypedDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 10, 28))
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def test_typing_20_into_the_day_gives_20(qtbot, box: TypedDateEdit) -> None:
    box.setCurrentSection(TypedDateEdit.Section.DaySection)
    qtbot.keyClicks(box, "20")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.date() == QDate(2026, 10, 20)


def test_a_whole_typed_date_over_the_selection_is_taken(qtbot, box: TypedDateEdit) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, QDate(2026, 3, 5).toString(box.displayFormat()))
    assert box.typed_text() is not None
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2026, 3, 5)
    assert box.text() == QDate(2026, 3, 5).toString(box.displayFormat())


def test_iso_dates_work_in_any_locale_and_nonsense_changes_nothing(qtbot,
                                                                   box: TypedDateEdit) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "2025-12-24")
    assert box.date() == QDate(2025, 12, 24)  # reading the date takes what was typed
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "99/99/99")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.date() == QDate(2025, 12, 24)
    assert box.text() == QDate(2025, 12, 24).toString(box.displayFormat())


def test_escape_puts_the_old_date_back(qtbot, box: TypedDateEdit) -> None:
    box.setCurrentSection(TypedDateEdit.Section.DaySection)
    qtbot.keyClicks(box, "3")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.date() == QDate(2026, 10, 28)


def test_edit_format_pads_sections() -> None:
    assert edit_format("M/d/yyyy") == "MM/dd/yyyy"
    assert edit_format("dd.MM.yyyy") == "dd.MM.yyyy"
    assert edit_format("yyyy-MM-dd") == "yyyy-MM-dd"
