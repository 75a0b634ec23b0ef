"""Planning preferences (in Preferences): fatigue window, quiet hours, opt-out wording,
holiday country and monthly budget. Kept in the database, so the command line applies the
same warnings. GUI thread only."""

from __future__ import annotations

import dataclasses
import sqlite3

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from smsplanner.domain.holidays_cal import countries
from smsplanner.domain.plan_rules import QUIET_PRESETS, PlanningRules
from smsplanner.storage.forecasts import load_rules, save_rules
from smsplanner.ui.common.plan_words import quiet_rule_label


class PlanningRulesBox(QGroupBox):
    """The planning warnings' settings, read from and saved to the open database."""

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Planning warnings"))
        self.conn = conn
        rules = load_rules(conn)
        form = QFormLayout(self)
        self.fatigue = QSpinBox(self)
        self.fatigue.setRange(0, 60)
        self.fatigue.setSuffix(self.tr(" days"))
        self.fatigue.setSpecialValueText(self.tr("never warn"))
        self.fatigue.setValue(rules.fatigue_days)
        self.fatigue.setToolTip(self.tr("Warn when the same segment is texted twice within "
                                        "this many days"))
        self.quiet = QComboBox(self)
        for key in QUIET_PRESETS:
            self.quiet.addItem(quiet_rule_label(key), key)
        self.quiet.setCurrentIndex(max(0, self.quiet.findData(rules.quiet_hours)))
        self.phrase = QLineEdit(rules.opt_out_phrase, self)
        self.phrase.setPlaceholderText(self.tr("besides “Reply STOP” and “STOP to end”"))
        self.country = QComboBox(self)
        self.country.addItem(self.tr("No public holidays"), "")
        for code, name in countries():
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(0, self.country.findData(rules.country)))
        self.budget = QDoubleSpinBox(self)
        self.budget.setRange(0, 10_000_000)
        self.budget.setDecimals(2)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSpecialValueText(self.tr("no budget"))
        self.budget.setValue(rules.monthly_budget or 0.0)
        form.addRow(self.tr("Same segment again within"), self.fatigue)
        form.addRow(self.tr("Sending hours"), self.quiet)
        form.addRow(self.tr("Your opt-out wording"), self.phrase)
        form.addRow(self.tr("Public holidays of"), self.country)
        form.addRow(self.tr("Monthly budget"), self.budget)

    def rules(self) -> PlanningRules:
        return dataclasses.replace(
            load_rules(self.conn), fatigue_days=self.fatigue.value(),
            quiet_hours=str(self.quiet.currentData()), opt_out_phrase=self.phrase.text().strip(),
            country=str(self.country.currentData()),
            monthly_budget=self.budget.value() or None)

    def save(self) -> bool:
        """Save when changed; True if anything changed."""
        new = self.rules()
        if new == load_rules(self.conn):
            return False
        save_rules(self.conn, new)
        return True
