"""The main window: menus, the Campaigns tab (or the welcome panel), other views as tabs.

Other views plug in through `_create_views()` (one line each) and the public contract below.
Every view reads `window.conn` at the time it needs it (it changes when the user opens another
database) and emits `window.campaigns_changed` after it writes. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from smsplanner import APP_NAME
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.storage.campaigns import list_campaigns
from smsplanner.storage.db import open_db
from smsplanner.ui.errors import show_error
from smsplanner.ui.settings import Preferences
from smsplanner.ui.tasks import TaskRunner
from smsplanner.ui.welcome import WelcomePanel
from smsplanner.ui.workspace import CampaignsWorkspace

ImportHandler = Callable[[list[Path]], None]


class MainWindow(QMainWindow):
    """The app's one main window, on one database file."""

    campaigns_changed = Signal()  # after every write (any view that writes emits it too)
    selection_changed = Signal(list)  # ids of the campaigns selected in the table
    filter_changed = Signal(object)  # a CampaignFilter
    database_changed = Signal(object)  # the new database Path, after File > Open database
    import_requested = Signal(list)  # paths (maybe empty) the user wants to import

    # run_app sets this: the window (with its campaigns) paints first, the other tabs follow
    # (their charts need pyqtgraph and some computing). Tests build everything at once.
    defer_views_until_painted: bool = False

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.conn = open_db(self.db_path)
        self.prefs = Preferences()
        self.tasks = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self._cache: list[Campaign] | None = None
        self._import_handler: ImportHandler | None = None
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)

        self.welcome = WelcomePanel(self)
        self.workspace = CampaignsWorkspace(self, money=self.prefs.money)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.workspace, "Campaigns")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.status_db = QLabel(self)
        self.status_count = QLabel(self)
        self.status_db.setAccessibleName("Database file")
        self.status_count.setAccessibleName("Campaigns shown")
        self.statusBar().addPermanentWidget(self.status_count)
        self.statusBar().addPermanentWidget(self.status_db)

        self._build_menus()
        # Our own refresh is connected first, so views connected later see fresh data.
        self.campaigns_changed.connect(self._on_campaigns_changed)
        self.workspace.filter_bar.changed.connect(self._on_filter_changed)
        self.tabs.currentChanged.connect(self._place_filter_bar)
        self.workspace.table.selection_changed.connect(self.selection_changed.emit)
        self.workspace.table.activated.connect(lambda cid: self.edit_campaign(cid))
        self.welcome.add_requested.connect(self.new_campaign)
        self.welcome.sample_requested.connect(self.load_sample_data)
        self.welcome.import_requested.connect(lambda: self.open_import_dialog([]))

        if self.defer_views_until_painted:
            from smsplanner.ui.startup_probe import after_first_paint

            after_first_paint(self, self._create_views)
        else:
            self._create_views()
        self._restore_layout()
        self._on_campaigns_changed()

    def _create_views(self) -> None:
        """Extra tabs and hooks: one line per view (other modules add theirs here)."""
        # Imported here, not at the top: they load pyqtgraph, which the first paint does not need.
        from smsplanner.ui import backups_dialog, import_flow
        from smsplanner.ui.plan_view import PlanView
        from smsplanner.ui.trends_view import TrendsView

        self.trends = TrendsView(self)
        self.add_view("Trends", self.trends)
        self.plan = PlanView.attach(self)
        backups_dialog.attach(self)  # File > Export campaigns…, File > Backups…
        import_flow.attach(self)  # File > Import results, drops, View > Imports, result banner

    # -- public contract ------------------------------------------------------------------------
    def add_view(self, title: str, widget: QWidget) -> None:
        """Add a view as a tab after the existing ones."""
        self.tabs.addTab(widget, title)
        index = self.tabs.count()
        action = QAction(title, self)
        if index <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
        action.triggered.connect(lambda: self.show_view(widget))
        self.menu_view.insertAction(self._view_tabs_end, action)

    def _place_filter_bar(self, index: int) -> None:
        """The filters are shared by the table and the Trends chart (issue 5): one filter bar,
        shown at the top of whichever of the two tabs is in front."""
        bar, page = self.workspace.filter_bar, self.tabs.widget(index)
        trends = getattr(self, "trends", None)
        if trends is not None and page is trends and bar.parentWidget() is not trends:
            self.workspace.filter_row.removeWidget(bar)
            trends.layout().insertWidget(0, bar)  # type: ignore[union-attr]
        elif page is self.workspace and bar.parentWidget() is not self.workspace:
            if trends is not None:
                trends.layout().removeWidget(bar)  # type: ignore[union-attr]
            self.workspace.filter_row.insertWidget(0, bar, 1)
        bar.show()

    def show_view(self, widget: QWidget) -> None:
        """Bring a tab to the front (the welcome panel stays while there are no campaigns)."""
        self.tabs.setCurrentWidget(widget)

    def reload(self) -> None:
        """Re-read the campaigns from the database and refresh every view."""
        self.campaigns_changed.emit()

    def campaigns(self) -> list[Campaign]:
        """Every campaign (all channels), sorted by date then name; cached until a write."""
        if self._cache is None:
            self._cache = list_campaigns(self.conn, channel=None)
        return list(self._cache)

    def shown_campaigns(self) -> list[Campaign]:
        """The campaigns that pass the current filter."""
        return self.current_filter().apply(self.campaigns())

    def current_filter(self) -> CampaignFilter:
        return self.workspace.filter_bar.current()

    def set_filter(self, f: CampaignFilter) -> None:
        self.workspace.filter_bar.set_filter(f)

    def selected_ids(self) -> list[int]:
        return self.workspace.table.selected_ids()

    def select_campaigns(self, ids: Sequence[int]) -> None:
        """Select these campaigns in the table (those the filter shows) and scroll to them."""
        self.workspace.table.select_ids(list(ids))

    def add_file_action(self, action: QAction) -> None:
        """Put an action in the File menu above Preferences and Quit."""
        self.menu_file.insertAction(self._file_tail, action)

    def set_import_handler(self, handler: ImportHandler | None) -> None:
        """Register what File > Import results, the welcome button and dropped files call."""
        self._import_handler = handler
        self.action_import.setVisible(handler is not None)
        self.welcome.set_import_available(handler is not None)

    def open_import_dialog(self, paths: Sequence[Path | str] = ()) -> None:
        """Ask the import handler (if any) to import these files (empty: let the user choose)."""
        files = [Path(p) for p in paths]
        self.import_requested.emit(files)
        if self._import_handler is not None:
            self._import_handler(files)

    def after_write(self, select_ids: Sequence[int] = ()) -> None:
        """Tell every view the campaigns changed, then select what the write touched."""
        self.campaigns_changed.emit()
        if select_ids:
            self.select_campaigns(select_ids)

    def highlight_campaigns(self, new: Sequence[int] = (), updated: Sequence[int] = ()) -> None:
        """Tint the rows an import added (green) or changed (amber); no ids clears the tint."""
        self.workspace.table.model.set_marks(new, updated)

    def report_error(self, error: BaseException | str) -> None:
        show_error(self, error)

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # -- menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: object = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file: QMenu = bar.addMenu("&File")
        self.menu_edit: QMenu = bar.addMenu("&Edit")
        self.menu_view: QMenu = bar.addMenu("&View")
        self.menu_help: QMenu = bar.addMenu("&Help")
        keys = QKeySequence.StandardKey

        self.action_import = self._action(
            "&Import results…", lambda: self.open_import_dialog([]), keys.Open,
            "Read campaign results from a CSV or Excel file")
        self.action_import.setVisible(False)
        self.action_new = self._action("&New campaign…", self.new_campaign, keys.New,
                                       "Type in the figures of a campaign")
        self.action_sample = self._action("Load &sample data", self.load_sample_data,
                                          tip="Add 48 made-up campaigns to explore the app")
        self.menu_file.addAction(self.action_import)
        self.menu_file.addAction(self.action_new)
        self.menu_file.addAction(self.action_sample)
        self._file_tail = self.menu_file.addSeparator()
        self.action_preferences = self._action(
            "&Preferences…", self.open_preferences, keys.Preferences,
            "Currency, cost per message, benchmark band and database location")
        if self.action_preferences.shortcut().isEmpty():
            self.action_preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.menu_file.addAction(self.action_preferences)
        self.menu_file.addSeparator()
        self.action_quit = self._action("&Quit", self.close, keys.Quit)
        if self.action_quit.shortcut().isEmpty():
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.menu_file.addAction(self.action_quit)

        self.action_undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.action_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.action_redo = self.undo_stack.createRedoAction(self, "&Redo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.menu_edit.addAction(self.action_undo)
        self.menu_edit.addAction(self.action_redo)
        self.menu_edit.addSeparator()
        view = self.workspace.table.view
        # Table-only shortcuts: Enter, Delete and Ctrl+C keep working normally in text boxes.
        self.action_copy = self._action("&Copy rows", self.copy_selection, keys.Copy,
                                        "Copy the selected rows with headers, for a spreadsheet")
        self.action_edit = self._action("&Edit campaign…", self.edit_current,
                                        ["Return", "Enter"])
        self.action_delete = self._action("&Delete", self.delete_selected, keys.Delete,
                                          "Delete the selected campaigns (you can undo)")
        self.action_select_all = self._action("Select &all", view.selectAll, keys.SelectAll)
        for action in (self.action_copy, self.action_edit, self.action_delete,
                       self.action_select_all):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)
            self.menu_edit.addAction(action)

        self.action_campaigns_tab = self._action(
            "&Campaigns", lambda: self.show_view(self.workspace), "Ctrl+1")
        self.menu_view.addAction(self.action_campaigns_tab)
        self._view_tabs_end = self.menu_view.addSeparator()
        self.action_find = self._action("&Search", self.focus_search, keys.Find)
        self.action_clear_filters = self._action("C&lear filters",
                                                 self.workspace.filter_bar.clear)
        self.menu_view.addAction(self.action_find)
        self.menu_view.addAction(self.action_clear_filters)
        self.menu_view.addMenu(self.workspace.columns_menu)
        self.action_refresh = self._action("&Refresh", self.reload, keys.Refresh)
        self.menu_view.addAction(self.action_refresh)

        self.action_about = self._action(f"&About {APP_NAME}", self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.menu_help.addAction(self.action_about)
        self.action_where = self._action("Where is my &data?", self.show_data_location)
        self.menu_help.addAction(self.action_where)

    # -- refresh -------------------------------------------------------------------------------
    def _on_campaigns_changed(self) -> None:
        self._cache = None
        everything = self.campaigns()
        from smsplanner.storage.campaigns import channels, segments

        self.workspace.filter_bar.set_choices(segments(self.conn), channels(self.conn))
        self._show_rows(everything)
        self.stack.setCurrentWidget(self.tabs if everything else self.welcome)
        self.action_delete.setEnabled(bool(everything))

    def _show_rows(self, everything: list[Campaign] | None = None) -> None:
        everything = self.campaigns() if everything is None else everything
        shown = self.current_filter().apply(everything)
        self.workspace.show_campaigns(shown)
        self._update_status(len(shown), len(everything))

    def _on_filter_changed(self, f: CampaignFilter) -> None:
        self._show_rows()
        self.filter_changed.emit(f)

    def _update_status(self, shown: int, total: int) -> None:
        from smsplanner.ui.formatting import fmt_count

        self.status_count.setText(
            "No campaigns yet" if total == 0 else f"{fmt_count(shown)} of {fmt_count(total)} "
            f"{'campaign' if total == 1 else 'campaigns'} shown")
        self.status_db.setText(self.db_path.name)
        self.status_db.setToolTip(f"Database file: {self.db_path}")

    # -- actions -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.show_view(self.workspace)
        self.workspace.filter_bar.search.setFocus()
        self.workspace.filter_bar.search.selectAll()

    def campaign_dialog(self, campaign: Campaign | None = None):  # -> CampaignDialog
        """Build (not show) the add/edit dialog wired to undoable writes."""
        from smsplanner.storage.campaigns import channels, segments
        from smsplanner.ui.campaign_dialog import CampaignDialog
        from smsplanner.ui.undo import add_and_push, edit_and_push

        def save(c: Campaign) -> None:
            if campaign is None:
                new_id = add_and_push(self.undo_stack, self, c)
                self.after_write([new_id])
                if not self.current_filter().matches(c.with_changes(id=new_id)):
                    self.show_status(f"Added “{c.name}”. It is hidden by the current filters.")
                else:
                    self.show_status(f"Added “{c.name}”.")
            else:
                edit_and_push(self.undo_stack, self, campaign, c)
                self.after_write([c.id or 0])
                self.show_status(f"Saved “{c.name}”.")

        return CampaignDialog(
            self, save, campaign, segments=segments(self.conn), channels=channels(self.conn),
            currency_symbol=self.prefs.currency_symbol(),
            cost_per_message=self.prefs.cost_per_message())

    def new_campaign(self) -> None:
        self.campaign_dialog().open()

    def edit_campaign(self, campaign_id: int) -> None:
        match = [c for c in self.campaigns() if c.id == campaign_id]
        if match:
            self.campaign_dialog(match[0]).open()

    def edit_current(self) -> None:
        index = self.workspace.table.view.currentIndex()
        ids = self.selected_ids()
        if index.isValid():
            from smsplanner.ui.campaign_model import ID_ROLE

            ids = [index.data(ID_ROLE)] if index.data(ID_ROLE) is not None else ids
        if ids:
            self.edit_campaign(int(ids[0]))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from smsplanner.ui.undo import delete_and_push

        try:
            deleted = delete_and_push(self.undo_stack, self, ids)
        except Exception as exc:
            self.report_error(exc)
            return
        self.after_write()
        what = f"“{deleted[0].name}”" if len(deleted) == 1 else f"{len(deleted)} campaigns"
        self.show_status(f"Deleted {what}. Undo with Ctrl+Z.")

    def copy_selection(self) -> None:
        rows = self.workspace.table.copy_selection()
        if rows:
            self.show_status(f"Copied {rows} row{'s' if rows != 1 else ''} with headers.")

    def load_sample_data(self) -> None:
        from smsplanner.services.sample import load_sample_data

        try:
            added = load_sample_data(self.conn)
        except Exception as exc:
            self.report_error(exc)
            return
        self.after_write()
        self.show_status(f"Added {added} sample campaigns." if added
                         else "The sample campaigns are already here.")

    def open_preferences(self) -> None:
        from smsplanner.ui.preferences import PreferencesDialog

        PreferencesDialog(self).open()

    def preferences_changed(self) -> None:
        """Re-render numbers and money after the preferences changed."""
        self.workspace.table.refresh_formatting()
        self.filter_changed.emit(self.current_filter())

    def open_database(self, path: Path) -> bool:
        """Switch to another database file (created if new). False if it cannot be opened."""
        try:
            conn = open_db(Path(path))
        except Exception as exc:
            self.report_error(exc)
            return False
        self.conn.close()
        self.conn = conn
        self.db_path = Path(path)
        self.undo_stack.clear()
        self.prefs.set_last_db_path(self.db_path)
        self.database_changed.emit(self.db_path)
        self.campaigns_changed.emit()
        self.show_status(f"Opened {self.db_path}.")
        return True

    def show_about(self) -> None:
        from smsplanner import __version__

        QMessageBox.about(
            self, f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<p>Plan SMS campaigns from your own results: "
            "rates with honest 95% ranges, trends, forecasts and A/B tests.</p>")

    def show_data_location(self) -> None:
        from smsplanner.logs import log_file

        box = QMessageBox(QMessageBox.Icon.Information, "Where is my data?",
                          f"Your campaigns are in:\n{self.db_path}\n\n"
                          f"Problems are logged in:\n{log_file()}", parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self._import_handler is not None and any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self._import_handler is not None:
            event.acceptProposedAction()
            self.open_import_dialog(paths)

    # -- layout and closing ------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = self.prefs.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            screen = QApplication.primaryScreen()
            avail = screen.availableGeometry() if screen else None
            width = min(1280, avail.width()) if avail else 1280
            height = min(800, avail.height()) if avail else 800
            self.resize(width, height)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.workspace.restore_state(s)

    def save_layout(self) -> None:
        s = self.prefs.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        self.workspace.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tasks.is_busy():
            answer = QMessageBox.question(
                self, f"Quit {APP_NAME}?",
                "SMS Planner is still working (for example on an import). Stop the work and "
                "quit? Work that is stopped leaves your saved campaigns as they were.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.tasks.cancel_all()
            self.tasks.wait_all()
        self.save_layout()
        self.conn.close()
        super().closeEvent(event)
