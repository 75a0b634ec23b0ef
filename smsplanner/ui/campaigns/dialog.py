"""Adding or editing one campaign, with each problem shown beside its field. GUI thread only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.campaign import COUNT_FIELDS, MONEY_FIELDS, Campaign
from smsplanner.domain.campaign import campaign_problems as domain_problems
from smsplanner.domain.errors import DuplicateCampaignError, FieldProblem
from smsplanner.domain.metrics import METRICS, Rate
from smsplanner.ui.common.campaign_problem_words import duplicate_text, problem_text
from smsplanner.ui.common.date_edit import TypedDateEdit
from smsplanner.ui.common.errors import error_style
from smsplanner.ui.common.field_words import field_label, metric_label
from smsplanner.ui.common.formatting import fmt_count, fmt_percent
from smsplanner.ui.common.tr_context import TrContext

# save(campaign, saved, refused): starts the write; calls saved() once it landed, or
# refused(error) (GUI thread both).
SaveFn = Callable[[Campaign, Callable[[], None], Callable[[BaseException], None]], None]


class CampaignFormWords(TrContext):
    """Translation context for the campaign form's typing problems."""


def parse_count(text: str, label: str, locale: QLocale | None = None) -> int | None:
    """A whole number typed by the user ("1,234" or "1.234" per locale); empty means unknown."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    for loc in (locale or QLocale(), QLocale.c()):
        value, ok = loc.toLongLong(text)
        if ok:
            return int(value)
    raise ValueError(CampaignFormWords.tr(
        "{field} must be a whole number like 1200 (leave it empty if not known).").format(
            field=label))


def parse_money(text: str, label: str, symbol: str = "", locale: QLocale | None = None
                ) -> float | None:
    """An amount typed by the user, with or without the currency symbol; empty means unknown."""
    text = text.strip()
    if symbol:
        text = text.replace(symbol, "")
    text = text.replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    for loc in (locale or QLocale(), QLocale.c()):
        value, ok = loc.toDouble(text)
        if ok:
            return float(value)
    raise ValueError(CampaignFormWords.tr(
        "{field} must be an amount like 125.50 (leave it empty if not known).").format(
            field=label))


class CampaignDialog(QDialog):
    """The add/edit form. `save` starts the write; the form closes once it landed, and a
    refusal is shown in the form, not a popup."""

    def __init__(
        self,
        parent: QWidget | None,
        save: SaveFn,
        campaign: Campaign | None = None,
        segments: Sequence[str] = (),
        channels: Sequence[str] = ("sms",),
        currency_symbol: str = "",
        cost_per_message: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.original = campaign
        self.currency_symbol = currency_symbol
        self.cost_per_message = cost_per_message
        self.result_campaign: Campaign | None = None
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("Add a campaign"))
        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        about = QGroupBox(self.tr("The send"), self)
        about_form = QFormLayout(about)
        self._add(about_form, "name", QLineEdit(self), self.tr("e.g. Spring sale reminder"))
        date = TypedDateEdit(self)
        date.setCalendarPopup(True)
        date.setDate(QDate.currentDate())
        self._add(about_form, "date", date)
        self._add(about_form, "time", QLineEdit(self), self.tr("HH:MM, e.g. 09:30 (optional)"))
        channel = self._combo(channels or ("sms",))
        channel.setCurrentText("sms" if "sms" in channels or not channels else channels[0])
        self._add(about_form, "channel", channel)
        self._add(about_form, "segment", self._combo(segments), self.tr("Who it went to"))
        self._add(about_form, "offer", QLineEdit(self), self.tr("e.g. 20% off, free delivery"))
        message = QPlainTextEdit(self)
        message.setTabChangesFocus(True)
        message.setFixedHeight(90)
        self._add(about_form, "message", message)
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(50)
        self._add(about_form, "notes", notes)

        results = QGroupBox(self.tr("Results (leave empty what you do not know)"), self)
        results_form = QFormLayout(results)
        for name in COUNT_FIELDS:
            self._add(results_form, name, QLineEdit(self), self.tr("not known"))
        for name in MONEY_FIELDS:
            self._add(results_form, name, QLineEdit(self), self.tr("not known"))
        self.cost_hint = QLabel(self)
        self.cost_hint.setWordWrap(True)
        results_form.addRow("", self.cost_hint)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Rates of this campaign"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        results_form.addRow(self.tr("Rates:"), self.preview)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save changes") if campaign else self.tr("Add campaign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(about, 1)
        columns.addWidget(results, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(760)

        if campaign is not None:
            self.set_campaign(campaign)
        for name in (*COUNT_FIELDS, *MONEY_FIELDS):
            self.edits[name].textChanged.connect(self._update_preview)  # type: ignore[attr-defined]
        self._update_preview()
        self.edits["name"].setFocus()

    # -- building ------------------------------------------------------------------------------
    def _combo(self, items: Sequence[str]) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.addItems([""] + [i for i in items if i])
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return box

    def _add(self, form: QFormLayout, name: str, edit: QWidget, placeholder: str = "") -> None:
        label = field_label(name)
        edit.setObjectName(f"field_{name}")
        edit.setAccessibleName(label)
        if placeholder and isinstance(edit, QLineEdit):
            edit.setPlaceholderText(placeholder)
        elif placeholder and isinstance(edit, QComboBox):
            edit.lineEdit().setPlaceholderText(placeholder)
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet(error_style())
        error.setVisible(False)
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(edit)
        lay.addWidget(error)
        form.addRow(self.tr("{field}:").format(field=label), box)
        self.edits[name] = edit
        self.errors[name] = error

    # -- values in and out -------------------------------------------------------------------
    def _text(self, name: str) -> str:
        edit = self.edits[name]
        if isinstance(edit, QLineEdit):
            return edit.text()
        if isinstance(edit, QComboBox):
            return edit.currentText()
        if isinstance(edit, QPlainTextEdit):
            return edit.toPlainText()
        return ""

    def set_text(self, name: str, text: str) -> None:
        """Fill one field (used when opening an existing campaign, and by tests)."""
        edit = self.edits[name]
        if isinstance(edit, QLineEdit):
            edit.setText(text)
        elif isinstance(edit, QComboBox):
            edit.setCurrentText(text)
        elif isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)

    def set_campaign(self, c: Campaign) -> None:
        loc = QLocale()
        self.set_text("name", c.name)
        self.edits["date"].setDate(QDate(c.date.year, c.date.month, c.date.day))  # type: ignore[attr-defined]
        for name in ("time", "channel", "segment", "offer", "message", "notes"):
            self.set_text(name, getattr(c, name) or "")
        for name in COUNT_FIELDS:
            value = getattr(c, name)
            self.set_text(name, "" if value is None else loc.toString(int(value)))
        for name in MONEY_FIELDS:
            value = getattr(c, name)
            self.set_text(name, "" if value is None else loc.toString(float(value), "f", 2))

    def read(self) -> tuple[Campaign | None, list[FieldProblem]]:
        """The campaign in the form, or the problems that stop it being one."""
        problems: list[FieldProblem] = []
        values: dict[str, object] = {}
        for name in COUNT_FIELDS:
            try:
                values[name] = parse_count(self._text(name), field_label(name))
            except ValueError as exc:
                problems.append(FieldProblem(name, str(exc)))
        for name in MONEY_FIELDS:
            try:
                values[name] = parse_money(self._text(name), field_label(name),
                                           self.currency_symbol)
            except ValueError as exc:
                problems.append(FieldProblem(name, str(exc)))
        qd = self.edits["date"].date()  # type: ignore[attr-defined]
        for name in ("name", "time", "channel", "segment", "offer", "message", "notes"):
            text = self._text(name).strip()
            values[name] = text or None
        c = Campaign(
            id=self.original.id if self.original else None,
            name=str(values.pop("name") or ""),
            date=dt.date(qd.year(), qd.month(), qd.day()),
            channel=str(values.pop("channel") or ""),
            # A plan keeps its status and audience; entering results marks it sent.
            status=self.original.status if self.original else "sent",
            audience=self.original.audience if self.original else None,
            **values,  # type: ignore[arg-type]
        )
        problems.extend(p for p in domain_problems(c) if p.field not in {q.field for q in problems})
        return (None if problems else c), problems

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(problem_text(p))
        for name, label in self.errors.items():
            messages = by_field.get(name)
            label.setText("\n".join(messages or []))
            label.setVisible(bool(messages))
        if problems:
            first = next((p.field for p in problems if p.field in self.edits), None)
            if first:
                self.edits[first].setFocus()

    def _empty_preview_text(self) -> str:
        """What to do to see rates: enter figures on an empty form, else fix the marked ones."""
        typed = any(self._text(name) for name in (*COUNT_FIELDS, *MONEY_FIELDS))
        if not typed:
            return self.tr("Enter how many messages were sent (or delivered) and how many "
                           "people converted, and the rates appear here.")
        return self.tr("Correct the figures marked above to see the rates.")

    def _update_preview(self) -> None:
        c, _ = self.read()
        self._update_cost_hint(c)
        if c is None:
            self.preview.setText(self._empty_preview_text())
            return
        lines = []
        for metric in METRICS.values():
            r = metric.of(c)
            if r is not None:
                lines.append(self._rate_line(metric.key, r))
        self.preview.setText("\n".join(lines) if lines
                             else self.tr("Fill in the counts to see rates."))

    def _rate_line(self, key: str, r: Rate) -> str:
        """"Conversion rate: 2.1% (21 of 1,000 delivered)": one sentence per basis."""
        values = {"rate": metric_label(key), "percent": fmt_percent(r.value),
                  "part": fmt_count(r.numerator), "whole": fmt_count(r.denominator)}
        if r.basis == "delivered":
            return self.tr("{rate}: {percent} ({part} of {whole} delivered)").format(**values)
        if r.basis == "sent":
            return self.tr("{rate}: {percent} ({part} of {whole} sent)").format(**values)
        return self.tr("{rate}: {percent} ({part} of {whole})").format(**values)

    def _update_cost_hint(self, c: Campaign | None) -> None:
        if self.cost_per_message is None or c is None or c.sent is None or c.cost is not None:
            self.cost_hint.setVisible(False)
            return
        estimate = QLocale().toString(c.sent * self.cost_per_message, "f", 2)
        self.cost_hint.setText(self.tr("Cost not filled in: at your default price per message "
                                       "it would be about {amount}.").format(
                                           amount=f"{self.currency_symbol}{estimate}"))
        self.cost_hint.setVisible(True)

    # -- accept ------------------------------------------------------------------------------
    def accept(self) -> None:
        c, problems = self.read()
        self.show_problems(problems)
        if c is None:
            return
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setEnabled(False)  # one write at a time from this form

        def saved() -> None:
            self.result_campaign = c
            QDialog.accept(self)

        def refused(exc: BaseException) -> None:
            save_button.setEnabled(True)
            if isinstance(exc, DuplicateCampaignError):
                self.show_problems([FieldProblem("name", duplicate_text(c))])
                return
            from smsplanner.ui.common.errors import show_error

            show_error(self, exc)

        self.save(c, saved, refused)

