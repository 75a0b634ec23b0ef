"""The import dialog: what was read, how it maps, what is wrong, and a button that says what
will happen. Reading, checking and importing run on the window's task runner (worker threads);
everything here runs on the GUI thread. `attach(window)` lives in import_flow.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.imports import ImportProblem, ImportResult, Mapping
from smsplanner.ui.import_mapping_header import PreviewTable
from smsplanner.ui.import_preview_model import ImportPreviewModel
from smsplanner.ui.import_problems import ProblemsPanel
from smsplanner.ui.import_session import (
    Check,
    ImportChoices,
    action_text,
    check_file,
    default_campaign_name,
    field_choices,
    make_mapping,
    notes_text,
    plain,
    read_preview,
    remember_mapping,
    remembered_mapping,
    scaled,
)
from smsplanner.ui.import_settings_panel import ReadSettingsPanel, ShapePanel
from smsplanner.ui.tasks import Task, TaskCancelled

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable
    from smsplanner.ui.main_window import MainWindow



class ImportDialog(QDialog):
    """One file: preview with mapping, settings, problems, then import off the GUI thread."""

    imported = Signal(object, list, object)  # ImportResult, campaign ids, the checked plan

    def __init__(self, window: MainWindow, path: Path, position: str = "") -> None:
        super().__init__(window)
        self.window_ = window
        self.choices = ImportChoices(Path(path))
        self.preview_raw: RawTable | None = None
        self.full_raw: RawTable | None = None
        self.mapping: Mapping | None = None
        self.check: Check | None = None
        self.sha: str | None = None
        self.remembered = False
        self.task: Task | None = None
        self.task_kind = ""
        self.ids_before: set[int] = set()
        self._closing = False
        self.setObjectName("importDialog")
        self.setWindowTitle(f"Import results{(' — ' + position) if position else ''}")
        self.setSizeGripEnabled(True)
        self._build()
        self.resize(min(1200, window.width() - 40), min(760, window.height() - 40))

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.file_label.font()
        font.setBold(True)
        self.file_label.setFont(font)
        self.file_label.setText(self.choices.path.name)
        self.file_label.setToolTip(str(self.choices.path))
        self.header_label = QLabel(self)
        self.header_label.setWordWrap(True)

        self.model = ImportPreviewModel(self)
        self.view = PreviewTable(self.model, self)
        self.mapping_header = self.view.mapping_header
        self.mapping_header.field_chosen.connect(self._field_chosen)

        self.settings_panel = ReadSettingsPanel(self)
        self.settings_panel.changed.connect(self._setting_changed)
        self.shape_panel = ShapePanel(self)
        self.shape_box = self.shape_panel.shape_box
        self.shape_box.activated.connect(lambda _i: self._shape_chosen())
        self.campaign_edit = self.shape_panel.campaign_edit
        self.notes = self.shape_panel.notes
        self._campaign_timer = QTimer(self)
        self._campaign_timer.setSingleShot(True)
        self._campaign_timer.setInterval(300)
        self._campaign_timer.timeout.connect(self._campaign_changed)
        self.campaign_edit.textEdited.connect(lambda _t: self._campaign_timer.start())

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("<b>How the file was read</b>", side))
        side_layout.addWidget(self.settings_panel)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.shape_panel, 1)
        side.setFixedWidth(260)

        top = QWidget(self)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        preview_box = QVBoxLayout()
        preview_box.addWidget(self.header_label)
        preview_box.addWidget(self.view, 1)
        top_layout.addLayout(preview_box, 1)
        top_layout.addWidget(side)

        self.problems_panel = ProblemsPanel(self)
        self.problems = self.problems_panel.table
        self.problems_panel.chosen.connect(self.show_problem)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.problems_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(240)
        self.stop_button = QPushButton("&Stop", self)
        self.stop_button.setToolTip("Stop reading or importing; nothing is changed")
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton("Cancel", self)
        self.close_button.clicked.connect(self.reject)
        self.import_button = QPushButton("Import", self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.why, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.stop_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)
        self._set_busy("")
        self.shape_panel.show_campaign_field(False)

    # -- task plumbing -------------------------------------------------------------------------
    def _run(self, kind: str, fn: Any, on_done: Any, label: str) -> None:
        """Run fn(progress, is_cancelled) on the window's runner; one task at a time.

        Callbacks of a task that was replaced (or of a closed dialog) are ignored.
        """
        self._cancel_task()
        self.task_kind = kind
        self._set_busy(label)
        self.progress.setValue(0)
        mine: list[Task] = []

        def current() -> bool:
            if self._closing or not mine or self.task is not mine[0]:
                return False
            self.task = None
            self._set_busy("")
            return True

        def done(result: Any) -> None:
            if current():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if current():
                self._failed(kind, exc)

        def cancelled() -> None:
            if current():
                self._stopped(kind)

        task = self.window_.tasks.run(_stoppable(fn), on_done=done, on_error=failed,
                                      on_progress=self._progress, on_cancelled=cancelled)
        mine.append(task)
        self.task = task

    def _cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _set_busy(self, label: str) -> None:
        busy = bool(label)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        if busy:
            self.why.setText(label)
            self.import_button.setEnabled(False)
        self.settings_panel.setEnabled(self.task_kind != "import" or not busy)
        self.mapping_header.setEnabled(self.task_kind != "import" or not busy)

    def is_busy(self) -> bool:
        return self.task is not None

    def stop(self) -> None:
        """The Stop button: cancel the read, check or import in progress."""
        if self.task is not None:
            self.task.cancel()

    def _stopped(self, kind: str) -> None:
        if kind == "import":
            self._show_action()
            self.why.setText("Import stopped. Nothing was changed.")
        else:
            self.why.setText("Stopped reading the file. Change a setting to read it again.")
            self.import_button.setText("Nothing to import")
            self.import_button.setEnabled(False)

    def _failed(self, kind: str, exc: BaseException) -> None:
        from smsplanner.domain.errors import SmsPlannerError

        if isinstance(exc, SmsPlannerError):
            self.why.setText(plain(str(exc)))
            self.import_button.setText("Nothing to import")
            self.import_button.setEnabled(False)
            if kind == "import":
                self._show_action()
                self.why.setText(plain(str(exc)))
            return
        self.why.setText("Something went wrong; nothing was changed.")
        self.window_.report_error(exc)

    # -- step 1: read ----------------------------------------------------------------------------
    def start(self) -> None:
        """Read the first rows and show them (worker thread), then check the whole file."""
        choices = ImportChoices(self.choices.path, dict(self.choices.forced))
        self.full_raw = None
        self.check = None
        self.sha = None

        def work(progress: Any, is_cancelled: Any) -> RawTable:
            return read_preview(choices, is_cancelled=is_cancelled)

        self._run("read", work, self._on_read, "Reading the file…")

    def _on_read(self, raw: RawTable) -> None:
        before = self.preview_raw.headers if self.preview_raw is not None else None
        self.preview_raw = raw
        if before != raw.headers:
            self.choices.fields = None
            self.choices.shape = None
            self.remembered = False
            saved = remembered_mapping(self.window_.prefs.settings, _key(raw))
            if saved is not None:
                self.choices.shape = str(saved.get("shape") or "") or None
                self.choices.fields = {str(k): str(v) for k, v in saved["fields"].items()}
                self.remembered = True
        self.settings_panel.show_detected(raw, self.choices.forced)
        d = raw.detected
        self.header_label.setText(
            f"Column names found on row {d.header_row}"
            + (f" of sheet “{d.sheet}”" if d.sheet else "")
            + ". Choose above each column which figure it holds; tinted columns are used.")
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
            self.why.setText(plain(str(exc)))
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
        from smsplanner.ui.import_session import with_field

        self.choices.fields = with_field(self.mapping, column, fieldname)
        self._apply_mapping()
        self.run_check()

    def choose_field(self, column: str, fieldname: str) -> None:
        """Map a column as if the user picked it in the dropdown (also used by tests)."""
        self._field_chosen(column, fieldname)

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
        full = self.full_raw
        sha = self.sha

        def work(progress: Any, is_cancelled: Any) -> tuple[RawTable, Check, str | None]:
            from smsplanner.importing.mapping import mapping_key
            from smsplanner.services.importer import file_digest

            raw, digest = full, sha
            if raw is None:
                digest = file_digest(choices.path, is_cancelled)[0]
                raw = read_preview(choices, max_rows=None, progress=scaled(progress, 0, 700),
                                   is_cancelled=is_cancelled)
            m = mapping if mapping.key == mapping_key(raw.headers) else make_mapping(raw, choices)
            return raw, check_file(raw, m, campaign, progress=scaled(progress, 700, 1000),
                                   is_cancelled=is_cancelled), digest

        self._run("check", work, self._on_check, "Checking every row…")

    def _on_check(self, result: tuple[RawTable, Check, str | None]) -> None:
        raw, check, sha = result
        first = self.full_raw is None
        self.full_raw, self.check, self.sha = raw, check, sha
        if first:
            if self.preview_raw is not None and raw.headers != self.preview_raw.headers:
                self.choices.fields = None
            self._apply_mapping(table=raw)
        plan = check.plan
        problems = plan.problems if plan is not None else []
        self.model.set_problems(problems)
        self._fill_problems(problems)
        decided = plan.detected.get("date_order") if plan is not None else None
        self.settings_panel.show_date_order(decided, self.choices.forced.get("date_order"))
        self._fill_notes()
        self._show_action()

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
            text, enabled = "Nothing to import", False
            why = (f"This file was already imported on {previous.imported_on} as import "
                   f"#{previous.id}; importing it again would change nothing.")
        self.import_button.setText(text)
        self.import_button.setEnabled(enabled)
        self.why.setText(why)

    def _previous_import(self) -> Any:
        if not self.sha:
            return None
        from smsplanner.storage.imports import find_batch_by_sha

        return find_batch_by_sha(self.window_.conn, self.sha)

    # -- step 4: import ------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import with the choices shown, on a worker thread with its own connection."""
        if self.check is None or self.check.plan is None or self.mapping is None:
            return
        plan = self.check.plan
        db_path = self.window_.db_path
        choices = self.choices
        mapping = self.mapping
        skip_bad = bool(plan.rows_skipped)
        campaign = choices.campaign.strip() or None if mapping.column("name") is None else None
        # What existed before, so the window can tell the rows this import added from those
        # it changed (the window's list is cached: no database read here).
        self.ids_before = {c.id for c in self.window_.campaigns() if c.id is not None}

        def work(progress: Any, is_cancelled: Any) -> tuple[ImportResult, list[int]]:
            from smsplanner.services.importer import import_file
            from smsplanner.storage.db import open_db
            from smsplanner.storage.imports import batch_campaign_ids

            conn = open_db(db_path)
            try:
                result = import_file(
                    conn, choices.path, sheet=choices.forced.get("sheet"), campaign=campaign,
                    mapping=mapping, shape=mapping.shape, skip_bad_rows=skip_bad,
                    read_options=choices.read_kwargs(), progress=progress,
                    is_cancelled=is_cancelled)
                ids = batch_campaign_ids(conn, result.import_id) if result.import_id else []
            finally:
                conn.close()
            return result, ids

        self._run("import", work, self._on_imported, "Importing…")

    def _on_imported(self, outcome: tuple[ImportResult, list[int]]) -> None:
        result, ids = outcome
        if result.import_id is None:
            self.why.setText(plain(result.message) or "Nothing was imported.")
            if result.problems:
                self._fill_problems(list(result.problems))
            self.import_button.setText("Nothing to import")
            self.import_button.setEnabled(False)
            return
        if self.mapping is not None:
            remember_mapping(self.window_.prefs.settings, self.mapping)
        plan = self.check.plan if self.check is not None else None
        self.imported.emit(result, ids, plan)
        self.accept()

    # -- closing -------------------------------------------------------------------------------
    def done(self, code: int) -> None:
        self._closing = True
        self._cancel_task()
        super().done(code)


def _key(raw: RawTable) -> str:
    from smsplanner.importing.mapping import mapping_key

    return mapping_key(raw.headers)


def _stoppable(fn: Any) -> Any:
    """Turn the engine's "cancelled" errors into the runner's TaskCancelled (worker thread)."""

    def work(progress: Any, is_cancelled: Any) -> Any:
        from smsplanner.domain.imports import WriteCancelled
        from smsplanner.importing.table import ImportCancelled

        try:
            return fn(progress, is_cancelled)
        except (ImportCancelled, WriteCancelled):
            raise TaskCancelled() from None

    return work
