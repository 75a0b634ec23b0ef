"""The Preferences dialog: money, the benchmark band on charts, and where the database lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsplanner.ui.campaigns.dialog import parse_money
from smsplanner.ui.common.errors import error_style
from smsplanner.ui.common.formatting import fmt_money
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.translation import TranslationContext
from smsplanner.ui.common.window import WindowContract


class PreferencesWords(TranslationContext):
    """Translation context for the preferences' module-level wording."""


def db_filter() -> str:
    return PreferencesWords.tr("SMS Planner database (*.sqlite *.db);;All files (*)")


class PreferencesDialog(QDialog):
    """Edits the window's Preferences; applied on OK. GUI thread only."""

    def __init__(self, main_window: WindowContract) -> None:
        super().__init__(main_window.window())
        self.main_window = main_window
        self.prefs = main_window.prefs
        self.setWindowTitle(self.tr("Preferences"))

        money = QGroupBox(self.tr("Money"), self)
        money_form = QFormLayout(money)
        self.symbol = QLineEdit(self.prefs.currency_symbol(), self)
        self.symbol.setMaxLength(5)
        self.symbol.setAccessibleName(self.tr("Currency symbol"))
        self.position = QComboBox(self)
        self.position.setAccessibleName(self.tr("Currency symbol position"))
        self.position.addItem(self.tr("Before the amount"), False)
        self.position.addItem(self.tr("After the amount"), True)
        self.position.setCurrentIndex(1 if self.prefs.currency_after() else 0)
        self.example = QLabel(self)
        self.cost = QLineEdit(self)
        self.cost.setAccessibleName(self.tr("Default cost per message"))
        self.cost.setPlaceholderText(self.tr("not set"))
        cost = self.prefs.cost_per_message()
        if cost is not None:
            self.cost.setText(QLocale().toString(cost, "f", 4).rstrip("0").rstrip(
                QLocale().decimalPoint()))
        self.cost_error = QLabel(self)
        self.cost_error.setStyleSheet(error_style())
        self.cost_error.setVisible(False)
        money_form.addRow(self.tr("Currency &symbol:"), self.symbol)
        money_form.addRow(self.tr("&Position:"), self.position)
        money_form.addRow(self.tr("Looks like:"), self.example)
        money_form.addRow(self.tr("Default &cost per message:"), self.cost)
        money_form.addRow("", self.cost_error)

        charts = QGroupBox(self.tr("Benchmark band on charts"), self)
        charts_form = QFormLayout(charts)
        low, high = self.prefs.benchmark_band()
        self.band_low = self._percent_box(low, self.tr("Benchmark band low end"))
        self.band_high = self._percent_box(high, self.tr("Benchmark band high end"))
        band_widget = QWidget(self)
        band_row = QHBoxLayout(band_widget)
        band_row.setContentsMargins(0, 0, 0, 0)
        band_row.addWidget(self.band_low)
        band_row.addWidget(QLabel(self.tr("to"), self))
        band_row.addWidget(self.band_high)
        band_row.addStretch(1)
        note = QLabel(self.tr("The commonly quoted SMS conversion range is about 2–7%. It is a "
                              "rough industry figure, not a target: your own history is the "
                              "better guide."), self)
        note.setWordWrap(True)
        self.band_error = QLabel(self.tr("The low end must be below the high end."), self)
        self.band_error.setStyleSheet(error_style())
        self.band_error.setVisible(False)
        charts_form.addRow(self.tr("Typical &range:"), band_widget)
        charts_form.labelForField(band_widget).setBuddy(self.band_low)
        charts_form.addRow("", self.band_error)
        charts_form.addRow(note)

        database = QGroupBox(self.tr("Database"), self)
        db_layout = QVBoxLayout(database)
        self.db_label = QLabel(str(main_window.db_path), self)
        self.db_label.setWordWrap(True)
        self.db_label.setAccessibleName(self.tr("Database file in use"))
        open_button = QPushButton(self.tr("&Open another file…"), self)
        new_button = QPushButton(self.tr("Create a &new file…"), self)
        open_button.clicked.connect(self.choose_existing)
        new_button.clicked.connect(self.choose_new)
        db_buttons = QHBoxLayout()
        db_buttons.addWidget(open_button)
        db_buttons.addWidget(new_button)
        db_buttons.addStretch(1)
        db_layout.addWidget(QLabel(self.tr("Your campaigns are saved in:"), self))
        db_layout.addWidget(self.db_label)
        db_layout.addLayout(db_buttons)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        from smsplanner.ui.calendar.rules_box import PlanningRulesBox

        self.planning = PlanningRulesBox(main_window.conn, self)
        layout = QVBoxLayout(self)
        for w in (money, charts, self.planning, database):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.symbol.textChanged.connect(self._update_example)
        self.position.currentIndexChanged.connect(self._update_example)
        self._update_example()
        self.setMinimumWidth(600)  # German hints (the opt-out wording) need the room

    def _percent_box(self, value: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0.0, 100.0)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(" %")
        box.setValue(value * 100)
        box.setAccessibleName(name)
        return box

    def _update_example(self) -> None:
        self.example.setText(fmt_money(1234.5, self.symbol.text().strip(),
                                       bool(self.position.currentData())))

    # -- database --------------------------------------------------------------------------
    def choose_existing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a database"),
                                              str(self.main_window.db_path), db_filter())
        if path:
            self.switch_database(Path(path))

    def choose_new(self) -> None:
        start = str(self.main_window.db_path.with_name("campaigns-new.sqlite"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Create a new database"), start,
                                              db_filter())
        if path:
            target = Path(path)
            if target.suffix == "":
                target = target.with_suffix(".sqlite")
            self.switch_database(target)

    def switch_database(self, path: Path) -> bool:
        """Open (or create) that file in the main window; remembered for next start."""
        ok = self.main_window.open_database(path)
        if ok:
            self.db_label.setText(str(self.main_window.db_path))
        return ok

    # -- apply -----------------------------------------------------------------------------
    def apply(self) -> bool:
        """Save the choices; False (and a message beside the field) when one is not valid."""
        try:
            cost = parse_money(self.cost.text(), self.tr("Cost per message"),
                               self.symbol.text().strip())
        except ValueError as exc:
            self.cost_error.setText(str(exc))
            self.cost_error.setVisible(True)
            return False
        if cost is not None and cost < 0:
            self.cost_error.setText(self.tr("Cost per message cannot be negative."))
            self.cost_error.setVisible(True)
            return False
        low, high = self.band_low.value() / 100, self.band_high.value() / 100
        self.cost_error.setVisible(False)
        self.band_error.setVisible(low >= high)
        if low >= high:
            self.band_low.setFocus()
            return False
        self.prefs.set_currency(self.symbol.text().strip(), bool(self.position.currentData()))
        self.prefs.set_cost_per_message(cost)
        self.prefs.set_benchmark_band(low, high)
        self.prefs.sync()
        if (getattr(self.main_window.conn, "read_only_reason", None) is None
                and self.planning.save()):
            # Warnings and the budget line change with the rules.
            self.main_window.ops.notify(Changed(Change.CAMPAIGNS))
        self.main_window.preferences_changed()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
