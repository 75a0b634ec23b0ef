"""The import dialog's steps: read, map, check on the window's task runner; import as an operation.

The widgets are laid out in dialog_layout.py and the worker-thread jobs live in work.py;
everything here runs on the GUI thread. `attach(main_window)` lives in flow.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal

from smsplanner.domain.imports import ImportProblem, ImportResult, Mapping
from smsplanner.services.import_check import (
    Check,
    CheckOutcome,
    Digest,
    ImportChoices,
    import_checked,
    make_mapping,
    read_preview,
)
from smsplanner.services.import_check_stream import check_every_row
from smsplanner.services.importer import CheckedFile
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.window import WindowContract
from smsplanner.ui.imports.dialog_layout import ImportDialogLayout
from smsplanner.ui.imports.session import (
    action_text,
    default_campaign_name,
    field_choices,
    head_note,
    notes_text,
    remember_mapping,
    remembered_mapping,
    stream_limits,
)
from smsplanner.ui.imports.words import (
    SYMBOLS,
    already_imported,
    currency_question,
    nothing_to_import,
    say,
    say_error,
)

if TYPE_CHECKING:
    import sqlite3

    from smsplanner.importing.table import RawTable


class ImportDialog(ImportDialogLayout):
    """One file: preview with mapping, settings, problems, then import off the GUI thread."""

    imported = Signal(object, list, object)  # ImportResult, campaign ids, the checked plan

    def __init__(self, main_window: WindowContract, path: Path, position: str = "") -> None:
        super().__init__(main_window.window(), Path(path), position)
        self.main_window = main_window
        self.choices = ImportChoices(Path(path))
        self.preview_raw: RawTable | None = None
        self.full_raw: RawTable | None = None
        self.mapping: Mapping | None = None
        self.check: Check | None = None
        self.digest: Digest | None = None  # the file as the check read it
        self.remembered = False
        self.header_text = ""
        self.busy = False
        self.task_kind = ""
        self.ids_before: set[int] = set()
        self._connect()
        self._set_busy("")
        self.shape_panel.show_campaign_field(False)
        top = main_window.window()
        self.resize(min(1200, top.width() - 40), min(760, top.height() - 40))

    def _connect(self) -> None:
        self.mapping_header.field_chosen.connect(self._field_chosen)
        self.settings_panel.changed.connect(self._setting_changed)
        self.shape_box.activated.connect(lambda _i: self._shape_chosen())
        self._campaign_timer = QTimer(self)
        self._campaign_timer.setSingleShot(True)
        self._campaign_timer.setInterval(300)
        self._campaign_timer.timeout.connect(self._campaign_changed)
        self.campaign_edit.textEdited.connect(lambda _t: self._campaign_timer.start())
        self.problems_panel.chosen.connect(self.show_problem)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)

    # -- task plumbing -------------------------------------------------------------------------
    def _run(self, kind: str, fn: Any, on_done: Any, label: str) -> None:
        """Run fn(progress, is_cancelled) on the window's runner, or, for the import,
        fn(conn, progress, is_cancelled) as an operation. The dialog owns one task at a time:
        a new one drops the previous one, whose callbacks are then never called."""
        self._cancel_task()
        self.task_kind = kind
        self.busy = True
        self._set_busy(label)
        self.progress.setValue(0)

        def finished() -> None:
            self.busy = False
            self._set_busy("")

        def done(result: Any) -> None:
            finished()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finished()
            self._failed(kind, exc)

        def cancelled() -> None:
            finished()
            self._stopped(kind)

        if kind == "import":
            self.main_window.ops.run(
                fn, change=_import_changed, on_success=done, on_failure=failed,
                on_progress=self._progress, on_cancelled=cancelled, owner=self)
        else:
            self.main_window.tasks.run(
                fn, on_done=done, on_error=failed, on_progress=self._progress,
                on_cancelled=cancelled, owner=self)

    def _cancel_task(self) -> None:
        self.main_window.ops.cancel_owner(self)  # the runner's task of this dialog too
        self.busy = False

    def _progress(self, done: int, total: int) -> None:
        self.show_progress(done, total)

    def _set_busy(self, label: str) -> None:
        self.show_busy(label, importing=self.task_kind == "import")

    def is_busy(self) -> bool:
        return self.busy

    def stop(self) -> None:
        """The Stop button: cancel the read, check or import in progress."""
        task = self.main_window.tasks.current(self)
        if task is not None:
            task.cancel()

    def _stopped(self, kind: str) -> None:
        if kind == "import":
            self._show_action()
            self.why.setText(self.tr("Import stopped. Nothing was changed."))
        else:
            self.show_nothing_to_import(
                self.tr("Stopped reading the file. Change a setting to read it again."))

    def _failed(self, kind: str, exc: BaseException) -> None:
        from smsplanner.domain.errors import SmsPlannerError

        if isinstance(exc, SmsPlannerError):
            self.show_nothing_to_import(say_error(exc))
            if kind == "import":
                self._show_action()
                self.why.setText(say_error(exc))
            return
        self.why.setText(self.tr("Something went wrong; nothing was changed."))
        self.main_window.report_error(exc)

    # -- step 1: read ----------------------------------------------------------------------------
    def start(self) -> None:
        """Read the first rows and show them (worker thread), then check the whole file."""
        choices = ImportChoices(self.choices.path, dict(self.choices.forced))
        self.full_raw = None
        self._set_check(None)
        self.digest = None

        def work(progress: Any, is_cancelled: Any) -> RawTable:
            return read_preview(choices, is_cancelled=is_cancelled)

        self._run("read", work, self._on_read, self.tr("Reading the file…"))

    def _on_read(self, raw: RawTable) -> None:
        before = self.preview_raw.headers if self.preview_raw is not None else None
        self.preview_raw = raw
        if before != raw.headers:
            self.choices.fields = None
            self.choices.shape = None
            self.remembered = False
            saved = remembered_mapping(self.main_window.prefs.settings, _key(raw))
            if saved is not None:
                self.choices.shape = str(saved.get("shape") or "") or None
                self.choices.fields = {str(k): str(v) for k, v in saved["fields"].items()}
                self.remembered = True
        self.settings_panel.show_detected(raw, self.choices.forced)
        d = raw.detected
        if d.sheet:
            header = self.tr("Column names found on row {row} of sheet “{sheet}”. Choose above "
                             "each column which figure it holds; tinted columns are used.")
        else:
            header = self.tr("Column names found on row {row}. Choose above each column which "
                             "figure it holds; tinted columns are used.")
        self.header_text = header.format(row=d.header_row, sheet=d.sheet)
        self.header_label.setText(self.header_text)
        self._apply_mapping(table=raw)
        self.run_check()

    # -- step 2: mapping -------------------------------------------------------------------------
    def _apply_mapping(self, table: RawTable | None = None) -> None:
        raw = self.full_raw or self.preview_raw
        if raw is None:
            return
        try:
            self.mapping = make_mapping(raw, self.choices)
        except Exception as exc:  # a remembered mapping that no longer fits: start afresh
            if self.choices.fields is None:
                raise
            self.choices.fields = None
            self.remembered = False
            self.why.setText(say_error(exc))
            self.mapping = make_mapping(raw, self.choices)
        self.choices.shape = self.mapping.shape
        self.shape_box.setCurrentIndex(max(0, self.shape_box.findData(self.mapping.shape)))
        if table is not None:
            self.model.set_table(table, self.mapping)
            self.view.span_skipped_rows()
        else:
            self.model.set_mapping(self.mapping)
        columns = self.model.all_columns()
        current = {c: f for f, c in self.mapping.fields.items()}
        self.mapping_header.set_columns(
            columns, field_choices(self.mapping.shape), current, dropped=self.model.dropped,
            derived={c: f for f, c in self.mapping.derived.items()})
        needs_name = self.mapping.column("name") is None
        if needs_name and not self.campaign_edit.text().strip():
            self.campaign_edit.setText(default_campaign_name(self.choices.path))
        self.choices.campaign = self.campaign_edit.text() if needs_name else ""
        self.shape_panel.show_campaign_field(needs_name)

    def _field_chosen(self, column: str, fieldname: str) -> None:
        if self.mapping is None:
            return
        from smsplanner.services.import_check import with_field

        self.choices.fields = with_field(self.mapping, column, fieldname)
        self._apply_mapping()
        self.run_check()

    def _shape_chosen(self) -> None:
        shape = self.shape_box.currentData()
        if shape == self.choices.shape:
            return
        self.choices.shape = shape
        self.choices.fields = None
        self.remembered = False
        self._apply_mapping()
        self.run_check()

    def set_shape(self, shape: str) -> None:
        self.shape_box.setCurrentIndex(self.shape_box.findData(shape))
        self._shape_chosen()

    def _campaign_changed(self) -> None:
        if self.campaign_edit.isVisible() or self.mapping is not None:
            self.choices.campaign = self.campaign_edit.text()
            self.run_check()

    def _setting_changed(self, key: str, value: Any) -> None:
        forced = self.choices.forced
        if key == "numbers":
            forced["decimal"], forced["thousands"] = str(value)[0], str(value)[1:]
        else:
            forced[key] = value
        if key == "sheet":
            forced.pop("header_row", None)
        self.start()

    def set_setting(self, key: str, value: Any) -> None:
        """Force one read setting as if chosen in the panel (used by tests and scripts)."""
        self._setting_changed(key, value)

    # -- step 3: check the whole file --------------------------------------------------------------
    def run_check(self) -> None:
        """Plan the whole file (reading it first if needed) on a worker thread."""
        if self.mapping is None:
            return
        choices = ImportChoices(self.choices.path, dict(self.choices.forced),
                                self.choices.shape, self.choices.fields)
        mapping, campaign = self.mapping, self.choices.campaign
        full, digest = self.full_raw, self.digest
        head = self.check is not None and self.check.head_only
        if self.check is not None:
            self.check.close()  # its staged rows are for the mapping it was made with
        db_path = self.main_window.db_path
        limits = stream_limits(self.main_window.prefs.settings)

        def work(progress: Any, is_cancelled: Any) -> CheckOutcome:
            return check_every_row(choices, mapping, campaign, full, digest, progress,
                                   is_cancelled, db_path=db_path, limits=limits, head=head)

        self._run("check", work, self._on_check, self.tr("Checking every row…"))

    def _on_check(self, result: CheckOutcome) -> None:
        raw, check, digest = result
        first = self.full_raw is None or self.full_raw is not raw
        self._set_check(check)
        self.full_raw, self.digest = raw, digest
        if first:
            if self.preview_raw is not None and raw.headers != self.preview_raw.headers:
                self.choices.fields = None
            self._apply_mapping(table=raw)
        self._show_head_note()
        plan = check.plan
        problems = plan.problems if plan is not None else []
        self.model.set_problems(problems)
        self._fill_problems(problems)
        decided = plan.detected.get("date_order") if plan is not None else None
        self.settings_panel.show_date_order(decided, self.choices.forced.get("date_order"))
        self._fill_notes()
        self._show_action()

    def _set_check(self, check: Check | None) -> None:
        """The check shown from now on; a replaced one lets go of the rows it staged."""
        if self.check is not None and self.check is not check:
            self.check.close()
        self.check = check

    def _show_head_note(self) -> None:
        """Say that the preview of a file checked in chunks shows only its first rows."""
        check, raw = self.check, self.full_raw
        note = ""
        if check is not None and check.head_only and check.plan is not None and raw is not None:
            note = head_note(len(raw.row_numbers), check.plan.rows_read)
        self.header_label.setText(" ".join(t for t in (self.header_text, note) if t))

    def _fill_notes(self) -> None:
        plan = self.check.plan if self.check is not None else None
        self.notes.setText(notes_text(self.full_raw or self.preview_raw, plan, self.mapping,
                                      self.remembered))

    def _fill_problems(self, problems: list[ImportProblem]) -> None:
        self.problems_panel.set_problems(problems)

    def show_problem(self, p: ImportProblem) -> None:
        """Scroll the preview to the cell a problem names and select it."""
        self.view.show_cell(p.row, p.column)

    def _show_action(self) -> None:
        if self.check is None:
            return
        text, enabled, why = action_text(self.check)
        previous = self._previous_import()
        if previous is not None:
            text, enabled = nothing_to_import(), False
            why = already_imported(previous.imported_on, previous.id)
        if not enabled and why:
            self.show_nothing_to_import(why)  # a refusal: said at the top, not only here
        else:
            self.show_verdict(text, enabled, why)

    def _previous_import(self) -> Any:
        if not self.digest:
            return None
        from smsplanner.storage.imports import find_batch_by_sha

        return find_batch_by_sha(self.main_window.conn, self.digest[0])

    # -- step 4: import ------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import with the choices shown, on a worker thread with its own connection."""
        if self.check is None or self.check.plan is None or self.mapping is None:
            return
        plan = self.check.plan
        choices = self.choices
        mapping = self.mapping
        skip_bad = bool(plan.rows_skipped)
        currency, money = self._currency_decision(plan.currency)
        if money == "cancel":
            return
        campaign = choices.campaign.strip() or None if mapping.column("name") is None else None
        # What existed before, so the window can tell the rows this import added from those
        # it changed (the window's list is cached: no database read here).
        self.ids_before = {c.id for c in self.main_window.campaigns() if c.id is not None}

        # The plan the check showed, for this very mapping, goes in as it is: the file is
        # not read and planned a second time (on a 1M-row log that took 3 s and 400 MB).
        checked = (CheckedFile(plan, *self.digest)
                   if self.digest is not None and plan.mapping == mapping else None)
        # A big log's checked rows wait in the check's connection: the import takes it
        # (and closes it), so a second Import after a stop streams the file again.
        staged, self.check.staged = self.check.staged, None

        def work(conn: sqlite3.Connection, progress: Any,
                 is_cancelled: Any) -> tuple[ImportResult, list[int]]:
            return import_checked(conn, choices, mapping, campaign, skip_bad, checked,
                                  progress, is_cancelled, currency=currency, money=money,
                                  staged=staged)

        self._run("import", work, self._on_imported, self.tr("Importing…"))

    def _currency_decision(self, found: str | None) -> tuple[str | None, str]:
        """(the user's currency, "check" | "drop" | "cancel") before writing: money in another
        currency than Preferences' is never shown with the wrong symbol."""
        from smsplanner.importing.currency import currency_code

        preferred = currency_code(self.main_window.prefs.currency_symbol())
        if found is None or preferred is None or found == preferred:
            return preferred, "check"
        answer = self.ask_currency(found, preferred)
        if answer == "switch":
            self.main_window.prefs.set_currency(SYMBOLS.get(found, found),
                                            self.main_window.prefs.currency_after())
            self.main_window.prefs.sync()
            self.main_window.preferences_changed()
            return found, "check"
        return preferred, "drop" if answer == "drop" else "cancel"

    def ask_currency(self, found: str, preferred: str) -> str:
        """Ask what to do with money in another currency: "switch", "drop" or "cancel"."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Another currency"))
        box.setText(currency_question(found, preferred))
        switch = box.addButton(self.tr("Use {symbol} for my amounts").format(
            symbol=SYMBOLS.get(found, found)), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Import without revenue and cost"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "switch" if clicked is switch else "drop" if clicked is drop else "cancel"

    def _on_imported(self, outcome: tuple[ImportResult, list[int]]) -> None:
        result, ids = outcome
        if result.import_id is None:
            if result.problems:
                self._fill_problems(list(result.problems))
            self.show_nothing_to_import(say(result.message) or self.tr("Nothing was imported."))
            return
        if self.mapping is not None:
            remember_mapping(self.main_window.prefs.settings, self.mapping)
        plan = self.check.plan if self.check is not None else None
        self.imported.emit(result, ids, plan)
        self.accept()

    # -- closing -------------------------------------------------------------------------------
    def done(self, code: int) -> None:
        self._cancel_task()
        self._set_check(None)
        super().done(code)


def _key(raw: RawTable) -> str:
    from smsplanner.importing.mapping import mapping_key

    return mapping_key(raw.headers)


def _import_changed(outcome: tuple[ImportResult, list[int]]) -> Changed:
    """What an import changed: its campaigns (selected after it) and the list of imports."""
    result, ids = outcome
    if result.import_id is None:
        return Changed(Change.IMPORTS)
    return Changed(Change.CAMPAIGNS | Change.IMPORTS, tuple(ids))
