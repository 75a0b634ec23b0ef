"""The main window: menus, the Campaigns tab (or the welcome panel), other views as tabs.

Other views plug in through `_create_views()` (one line each) and receive the window as a
`WindowContract` (ui/common/window.py), which this class implements. Writes run as operations
(`self.ops`, ui/common/operations.py) whose one `changed` signal refreshes every view, this window
first. Every view reads `main_window.conn` at the time it needs it (it changes when the user
opens another database). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget, QWidget

from smsplanner import APP_NAME
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.storage.campaigns import list_campaigns
from smsplanner.storage.db import open_db
from smsplanner.ui.campaigns.workspace import CampaignsWorkspace
from smsplanner.ui.common.errors import show_error
from smsplanner.ui.common.operations import Change, Changed, Operations
from smsplanner.ui.common.settings import Preferences
from smsplanner.ui.common.tasks import TaskRunner
from smsplanner.ui.common.window import ImportHandler, MainAction
from smsplanner.ui.window import files as window_files
from smsplanner.ui.window import frame as window_layout
from smsplanner.ui.window import menus as window_menus
from smsplanner.ui.window.welcome import WelcomePanel

if TYPE_CHECKING:
    from smsplanner.ui.imports.flow import ImportController
    from smsplanner.ui.plan.view import PlanView
    from smsplanner.ui.trends.view import TrendsView



class MainWindow(QMainWindow):
    """The app's one main window, on one database file."""

    selection_changed = Signal(list)  # ids of the campaigns selected in the table
    filter_changed = Signal(object)  # a CampaignFilter

    # run_app sets this: the window (with its campaigns) paints first, the other tabs follow
    # (their charts need pyqtgraph and some computing). Tests build everything at once.
    defer_views_until_painted: bool = False

    # The views built by _create_views (after the first paint at start-up, so None until then).
    trends: TrendsView | None = None
    plan: PlanView | None = None
    import_controller: ImportController | None = None

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.conn = open_db(self.db_path)
        self.prefs = Preferences()
        self.tasks = TaskRunner(self)
        self.ops = Operations(self.tasks, lambda: self.db_path, self.report_error, self,
                              reopen=self.reopen)
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
        self.tabs.addTab(self.workspace, self.tr("Campaigns"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.status_count, self.status_db = window_layout.build_status_bar(self)
        self.menus, self.action_map = window_menus.build_menus(
            self, self._action_slots(), self.undo_stack, self.workspace.table.view,
            self.workspace.columns_menu)
        self.theme_actions = window_menus.add_theme_menu(self, self.menus.view, self.prefs)
        self.action_map[MainAction.LANGUAGE], self.language_actions = (
            window_menus.add_language_menu(self, self.menus.view, self.prefs))
        # Our own refresh is connected first, so views connected later see fresh data.
        self.ops.changed.connect(self._on_changed)
        self.workspace.filter_bar.changed.connect(self._on_filter_changed)
        self.tabs.currentChanged.connect(self._place_filter_bar)
        self.workspace.table.selection_changed.connect(self.selection_changed.emit)
        self.workspace.table.activated.connect(lambda cid: self.edit_campaign(cid))
        self.welcome.add_requested.connect(self.new_campaign)
        self.welcome.sample_requested.connect(self.load_sample_data)
        self.welcome.import_requested.connect(lambda: self.open_import_dialog([]))

        if self.defer_views_until_painted:
            from smsplanner.ui.window.startup import after_first_paint

            after_first_paint(self, self._create_views)
        else:
            self._create_views()
        window_layout.restore_layout(self, self.prefs.settings, self.workspace)
        self._on_changed(Changed(Change.ALL))

    def _action_slots(self) -> dict[MainAction, Callable[[], object]]:
        """What each menu action does (menus.py declares how it looks)."""
        from smsplanner.ui.report.actions import print_report, save_report_pdf

        return {
            MainAction.IMPORT: lambda: self.open_import_dialog([]),
            MainAction.NEW_CAMPAIGN: self.new_campaign,
            MainAction.LOAD_SAMPLE: self.load_sample_data,
            MainAction.PREFERENCES: self.open_preferences,
            MainAction.QUIT: self.close,
            MainAction.COPY: self.copy_selection,
            MainAction.EDIT: self.edit_current,
            MainAction.DELETE: self.delete_selected,
            MainAction.SELECT_ALL: self.workspace.table.view.selectAll,
            MainAction.CAMPAIGNS_TAB: lambda: self.show_view(self.workspace),
            MainAction.FIND: self.focus_search,
            MainAction.CLEAR_FILTERS: self.workspace.filter_bar.clear,
            MainAction.REFRESH: self.reload,
            MainAction.ABOUT: self.show_about,
            MainAction.DATA_LOCATION: self.show_data_location,
            MainAction.REMOVE_SAMPLE: self.remove_sample_data,
            MainAction.PRINT_REPORT: lambda: print_report(self),
            MainAction.SAVE_REPORT: lambda: save_report_pdf(self),
            MainAction.GUIDE: lambda: window_menus.open_help(
                self, window_menus.help_page_for(self.stack, self.welcome, self.tabs)),
        }

    def _create_views(self) -> None:
        """Extra tabs and hooks: one line per view (other modules add theirs here)."""
        # Imported here, not at the top: they load pyqtgraph, which the first paint does not need.
        from smsplanner.ui.backups import dialog as backups_dialog
        from smsplanner.ui.calendar.view import CalendarView
        from smsplanner.ui.forecasts.view import ForecastsView
        from smsplanner.ui.imports import flow as import_flow
        from smsplanner.ui.plan.view import PlanView
        from smsplanner.ui.trends.view import TrendsView

        self.trends = TrendsView(self)
        self.add_view(self.tr("Trends"), self.trends)
        self.plan = PlanView.attach(self)
        self.calendar = CalendarView.attach(self)
        self.forecasts = ForecastsView.attach(self)
        backups_dialog.attach(self)  # File > Export campaigns…, File > Backups…
        # File > Import results, drops, View > Imports, result banner
        self.import_controller = import_flow.attach(self)
        self.start_whole_file_check()

    def start_whole_file_check(self) -> None:
        """A big store opened after a check of its small tables: check the whole file in the
        background now the window is painted, and refuse as at opening if it is damaged."""
        path = getattr(self.conn, "unchecked_path", None)
        if path is None:
            return
        from PySide6.QtCore import QTimer

        from smsplanner.storage import checkup, health

        checkup.full_check_started(path)  # its own thread: SQLite reads without Python's lock
        timer = QTimer(self)
        timer.setInterval(200)

        def poll() -> None:
            if not checkup.full_check_done(path):
                return
            timer.stop()
            timer.deleteLater()
            if health.known_full_check(path) == "ok":
                return
            # The refusal names the newest good backup, found by checking each backup (each
            # as big as the store): on a worker, so the window stays responsive meanwhile.
            self.tasks.run(lambda _p, _c: checkup.wait_full_check(path),
                           on_error=self.report_error)

        timer.timeout.connect(poll)
        timer.start()

    # -- public contract ------------------------------------------------------------------------
    def add_view(self, title: str, widget: QWidget) -> None:
        """Add a view as a tab after the existing ones."""
        self.tabs.addTab(widget, title)
        action = window_menus.view_action(self, title, self.tabs.count(),
                                          lambda: self.show_view(widget))
        self.menus.view.insertAction(self.menus.view_tabs_end, action)

    def _place_filter_bar(self, index: int) -> None:
        """Show the shared filter bar on the tab now in front (Campaigns or Trends)."""
        window_layout.place_filter_bar(self.workspace, self.trends, self.tabs.widget(index))
        if self.tabs.widget(index) is self.workspace and getattr(self, "_rows_stale", False):
            self._show_rows()

    def show_view(self, widget: QWidget) -> None:
        """Bring a tab to the front (the welcome panel stays while there are no campaigns)."""
        self.tabs.setCurrentWidget(widget)

    def show_campaigns_tab(self) -> None:
        """The Campaigns table in front, even over the welcome panel."""
        self.stack.setCurrentWidget(self.tabs)
        self.show_view(self.workspace)

    def add_banner(self, widget: QWidget) -> None:
        """Put a widget (a result banner) above the campaigns table."""
        self.workspace.add_banner(widget)

    def plan_next_send(self, segment: str | None, audience: int) -> None:
        """The Plan tab's what-if with this segment's history and audience, in front."""
        if self.plan is None:
            return
        self.plan.plan_next_send(segment, audience)
        self.show_view(self.plan)

    def reload(self) -> None:
        """Re-read the campaigns from the database and refresh every view."""
        self.ops.notify(Changed(Change.ALL))

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

    def add_file_action(self, key: MainAction, action: QAction) -> None:
        """Put an action in the File menu above Preferences and Quit."""
        self.action_map[key] = action
        self.menus.file.insertAction(self.menus.file_tail, action)

    def add_view_menu_action(self, key: MainAction, action: QAction) -> None:
        """Put an action at the end of the View menu."""
        self.action_map[key] = action
        self.menus.view.addAction(action)

    def set_import_handler(self, handler: ImportHandler | None) -> None:
        """Register what File > Import results, the welcome button and dropped files call."""
        self._import_handler = handler
        self.action_map[MainAction.IMPORT].setVisible(handler is not None)
        self.welcome.set_import_available(handler is not None)

    def open_import_dialog(self, paths: Sequence[Path | str] = ()) -> None:
        """Ask the import handler (if any) to import these files (empty: let the user choose)."""
        files = [Path(p) for p in paths]
        if self._import_handler is not None:
            self._import_handler(files)

    def highlight_campaigns(self, new: Sequence[int] = (), updated: Sequence[int] = ()) -> None:
        """Tint the rows an import added (green) or changed (amber); no ids clears the tint."""
        self.workspace.table.model.set_marks(new, updated)

    def can_import(self) -> bool:
        """True when an import handler is registered (dropped files are then accepted)."""
        return self._import_handler is not None

    def report_error(self, error: BaseException | str) -> None:
        show_error(self, error)

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # -- refresh -------------------------------------------------------------------------------
    def _on_changed(self, changed: Changed) -> None:
        """After a write (connected first, so the views after it read fresh campaigns)."""
        if not changed.touches(Change.CAMPAIGNS | Change.DATABASE):
            return
        self._cache = None
        everything = self.campaigns()
        from smsplanner.storage.campaigns import channels, segments

        self.workspace.filter_bar.set_choices(segments(self.conn), channels(self.conn))
        self._show_rows(everything)
        self.stack.setCurrentWidget(self.tabs if everything else self.welcome)
        self.action_map[MainAction.DELETE].setEnabled(bool(everything))
        if changed.select_ids:
            self.select_campaigns(changed.select_ids)

    def _show_rows(self, everything: list[Campaign] | None = None) -> None:
        everything = self.campaigns() if everything is None else everything
        shown = self.current_filter().apply(everything)
        self._rows_stale = False
        self.workspace.show_campaigns(shown)
        self._update_status(len(shown), len(everything))

    def _on_filter_changed(self, f: CampaignFilter) -> None:
        if self.tabs.currentWidget() is self.workspace or not self.isVisible():
            self._show_rows()
        else:
            # Typing a search on the Trends tab: the hidden table (its sort and totals row)
            # follows when its tab comes to the front; the status bar's count follows now.
            everything = self.campaigns()
            self._rows_stale = True
            self._update_status(len(f.apply(everything)), len(everything))
        self.filter_changed.emit(f)

    def _update_status(self, shown: int, total: int) -> None:
        window_layout.update_status((self.status_count, self.status_db), self.db_path, shown,
                                    total)

    # -- actions -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.show_view(self.workspace)
        self.workspace.filter_bar.search.setFocus()
        self.workspace.filter_bar.search.selectAll()

    def campaign_dialog(self, campaign: Campaign | None = None):  # -> CampaignDialog
        """Build (not show) the add/edit dialog wired to undoable writes."""
        from smsplanner.storage.campaigns import channels, segments
        from smsplanner.ui.campaigns.dialog import CampaignDialog
        from smsplanner.ui.campaigns.undo import add_and_push, edit_and_push

        def save(c: Campaign, saved: Callable[[], None],
                 refused: Callable[[BaseException], None]) -> None:
            def added(new_id: int) -> None:
                if not self.current_filter().matches(c.with_changes(id=new_id)):
                    self.show_status(self.tr("Added “{name}”. It is hidden by the current "
                                             "filters.").format(name=c.name))
                else:
                    self.show_status(self.tr("Added “{name}”.").format(name=c.name))
                saved()

            def edited(_id: int) -> None:
                self.show_status(self.tr("Saved “{name}”.").format(name=c.name))
                saved()

            if campaign is None:
                add_and_push(self.undo_stack, self.ops, c, added, refused)
            else:
                edit_and_push(self.undo_stack, self.ops, campaign, c, edited, refused)

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
            from smsplanner.ui.campaigns.model import ID_ROLE

            ids = [index.data(ID_ROLE)] if index.data(ID_ROLE) is not None else ids
        if ids:
            self.edit_campaign(int(ids[0]))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from smsplanner.ui.campaigns.undo import delete_and_push

        def deleted(gone: list[Campaign]) -> None:
            if len(gone) == 1:
                self.show_status(self.tr("Deleted “{name}”. Undo with Ctrl+Z.").format(
                    name=gone[0].name))
            elif gone:
                self.show_status(self.tr("Deleted %n campaign(s). Undo with Ctrl+Z.", "",
                                         len(gone)))

        delete_and_push(self.undo_stack, self.ops, ids, deleted)

    def copy_selection(self) -> None:
        rows = self.workspace.table.copy_selection()
        if rows:
            self.show_status(self.tr("Copied %n row(s) with headers.", "", rows))

    def load_sample_data(self) -> None:
        from smsplanner.services.sample import load_sample_data

        def done(added: int) -> None:
            self.show_status(self.tr("Added %n sample campaign(s).", "", added) if added
                             else self.tr("The sample campaigns are already here."))

        self.ops.run(lambda conn, _p, _c: load_sample_data(conn), change=Change.CAMPAIGNS,
                     on_success=done)

    def remove_sample_data(self) -> None:
        """File > Remove sample data: exactly the sample's campaigns, undoable."""
        from smsplanner.services.sample import sample_campaign_ids
        from smsplanner.ui.campaigns.undo import delete_and_push

        ids = sample_campaign_ids(self.conn)
        if not ids:
            self.show_status(self.tr("There are no sample campaigns in this file."))
            return

        def deleted(gone: list[Campaign]) -> None:
            self.show_status(self.tr("Removed %n sample campaign(s); your own campaigns are "
                                     "untouched. Undo with Ctrl+Z.", "", len(gone)))

        delete_and_push(self.undo_stack, self.ops, ids, deleted, self.tr("Remove sample data"))

    def open_preferences(self) -> None:
        from smsplanner.ui.window.preferences import PreferencesDialog

        PreferencesDialog(self).open()

    def preferences_changed(self) -> None:
        """Re-render numbers and money after the preferences changed."""
        self.workspace.table.refresh_formatting()
        plan = getattr(self, "plan", None)
        if plan is not None:
            plan.show_currency()
        self.filter_changed.emit(self.current_filter())

    def open_database(self, path: Path) -> bool:
        """Switch to another database file (created if new). False if it cannot be opened,
        and then the old one stays open."""
        from smsplanner.ui.window.schema_update import update_schema_first

        try:
            update_schema_first(Path(path), self)  # an older file: on a worker, not frozen
            conn = open_db(Path(path))
        except Exception as exc:
            self.report_error(exc)
            return False
        self.conn.close()
        self.conn = conn
        self.db_path = Path(path)
        self.undo_stack.clear()  # the undo commands hold rows of the old file
        self.prefs.set_last_db_path(self.db_path)
        self.ops.notify(Changed(Change.ALL))
        self.show_status(self.tr("Opened {path}.").format(path=self.db_path))
        return True

    def reopen(self) -> None:
        """Open the database file again after a restore replaced it (the operation that did
        it then says everything changed). The undo steps are forgotten: they hold rows of the
        old file. GUI thread."""
        from smsplanner.ui.window.schema_update import update_schema_first

        update_schema_first(self.db_path, self)  # a restored older backup: on a worker
        conn = open_db(self.db_path)
        self.conn.close()
        self.conn = conn
        self.undo_stack.clear()

    def show_about(self) -> None:
        window_menus.show_about(self)

    def show_data_location(self) -> None:
        window_menus.show_data_location(self, self.db_path)

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        window_files.drag_enter(event, self.can_import())

    def dropEvent(self, event: QDropEvent) -> None:
        window_files.drop(event, self.open_import_dialog if self.can_import() else None)

    # -- layout and closing ------------------------------------------------------------------------
    def save_layout(self) -> None:
        window_layout.save_layout(self, self.prefs.settings, self.workspace)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not window_layout.stop_work_before_quitting(self, self.tasks):
            event.ignore()
            return
        self.save_layout()
        self.conn.close()
        super().closeEvent(event)
