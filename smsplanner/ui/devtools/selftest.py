"""`SMS Planner --self-test`: prove a build works end to end, with no display and no user data.

Opens the main window offscreen on a temporary database, loads the sample history, imports the
bundled sample exports (CSV through pandas, XLSX through python-calamine), renders the trend
chart to an image and closes. Exit 0 when every step passed; otherwise prints the step that
failed and why, and exits 1. CI runs it on the frozen app (`make package-test`), so it catches
missing Qt plugins, data files and spreadsheet readers. GUI thread only.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

STEP_TIMEOUT_S = 180.0
SAMPLE_FILES = (("sample", "sms-campaign-results.csv"), ("sample", "corner-bakery-hand-sheet.xlsx"))
CHART_SIZE = (900, 560)
# The File menu's title in each language the GUI speaks: proof the translations were loaded.
FILE_MENU = {"en": "&File", "de": "&Datei", "fr": "&Fichier", "es": "&Archivo"}


class SelfTestFailure(Exception):
    """A check inside a step did not hold."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


class _Watchdog:
    """Ends the process if one step hangs (e.g. a modal dialog nobody can click offscreen)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.step = ""
        self._timer: threading.Timer | None = None

    def arm(self, step: str) -> None:
        self.disarm()
        self.step = step
        self._timer = threading.Timer(STEP_TIMEOUT_S, self._expired)
        self._timer.daemon = True
        self._timer.start()

    def disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expired(self) -> None:
        print(f"self-test: FAILED: {self.step}: no answer after {STEP_TIMEOUT_S:.0f} s "
              "(a dialog waiting for a click?)", file=self.out, flush=True)
        os._exit(1)


class SelfTest:
    """The steps, sharing the app, the window and a temporary folder."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.app: Any = None
        self.window: Any = None
        self.qt_messages: list[str] = []
        self.expected_campaigns = 0
        self.language = "en"

    # -- steps, in order -------------------------------------------------------------------
    def start_qt(self) -> str:
        from PySide6.QtCore import QSettings, qInstallMessageHandler
        from PySide6.QtGui import QGuiApplication

        from smsplanner.ui.window.app import create_app

        # Fresh settings: the self-test must not read or change the user's preferences.
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(self.workdir / "settings"))
        qInstallMessageHandler(self._on_qt_message)
        self.app = create_app()
        platform = QGuiApplication.platformName()
        check(platform == "offscreen", f"Qt started the '{platform}' platform, not offscreen")
        from smsplanner.ui.common.i18n import install_startup_language, system_language

        # As the app starts: the system's language (LANG=de_DE.UTF-8 gives German), which
        # needs the bundled .qm files; open_window checks a menu title in it.
        self.language = install_startup_language(self.app)
        check(self.language == system_language(),
              f"the GUI speaks '{self.language}', not the system's '{system_language()}' "
              "(are the .qm files in resources/translations?)")
        return f"Qt {self._qt_version()} on the {platform} platform, in '{self.language}'"

    def bundled_files(self) -> str:
        from PySide6.QtGui import QIcon, QImage, QImageReader

        from smsplanner import resources

        svg = resources.resource_path(*resources.ICON_SVG)
        pngs = resources.icon_paths()
        check(pngs, f"no icon PNGs in {resources.resources_dir()}")
        check(not QImage(str(pngs[-1])).isNull(), f"{pngs[-1].name} could not be read")
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        check("svg" in formats, "Qt's SVG image plugin is missing")
        check(not QImage(str(svg)).isNull(), "the SVG icon could not be drawn")
        check(not QIcon(self.app.windowIcon()).isNull(), "the window icon is not set")
        for parts in SAMPLE_FILES:
            resources.resource_path(*parts)
        return f"{len(pngs)} icon sizes, {len(SAMPLE_FILES)} sample files"

    def open_window(self) -> str:
        from smsplanner.ui.window.main_window import MainWindow

        self.window = MainWindow(self.workdir / "campaigns.sqlite")
        self.window.resize(1280, 800)
        self.window.show()
        self._settle()
        check(self.window.isVisible(), "the main window did not show")
        image = self.window.grab().toImage()
        check(not image.isNull() and image.width() > 0, "the main window could not be drawn")
        title = self.window.menus.file.title()
        expected = FILE_MENU[self.language]
        check(title == expected, f"the File menu is called {title!r}, expected {expected!r}")
        from PySide6.QtWidgets import QDialogButtonBox

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        check((cancel.replace("&", "") == "Cancel") == (self.language == "en"),
              f"Qt's own Cancel button says {cancel!r} in '{self.language}' "
              "(are Qt's qtbase_*.qm files bundled?)")
        return f"{self.window.tabs.count()} tabs, File menu {title!r}, {cancel!r}"

    def _write(self, work: Any, change: Any) -> Any:
        """Run a write as the app does (an operation on the runner) and wait for it."""
        got: list[Any] = []
        self.window.ops.run(lambda conn, _p, _c: work(conn), change=change,
                            on_success=got.append, on_failure=got.append)
        check(self.window.ops.wait_idle(), "a write did not finish within 30 s")
        if got and isinstance(got[0], BaseException):
            raise got[0]
        return got[0] if got else None

    def load_sample(self) -> str:
        from smsplanner.services.sample import load_sample_data
        from smsplanner.ui.common.operations import Change

        added = self._write(lambda conn: load_sample_data(conn), Change.CAMPAIGNS)
        check(added > 0, "no sample campaigns were added")
        self._settle()
        self.expected_campaigns = added
        shown = len(self.window.campaigns())
        check(shown == added, f"the window shows {shown} campaigns, expected {added}")
        return f"{added} sample campaigns"

    def import_samples(self) -> str:
        from smsplanner import resources
        from smsplanner.services.importer import import_file
        from smsplanner.ui.common.operations import Change

        created = 0
        for parts in SAMPLE_FILES:
            path = resources.resource_path(*parts)
            result = self._write(lambda conn, p=path: import_file(conn, p),
                                 Change.CAMPAIGNS | Change.IMPORTS)
            check(not result.refused, f"{path.name} was refused: {result.message}")
            check(result.rows_imported > 0 and not result.problems,
                  f"{path.name}: {result.rows_imported} rows imported, problems "
                  f"{[p.message for p in result.problems][:3]}")
            created += result.campaigns_created
        self._settle()
        self.expected_campaigns += created
        shown = len(self.window.campaigns())
        check(shown == self.expected_campaigns,
              f"the window shows {shown} campaigns, expected {self.expected_campaigns}")
        return f"{created} campaigns from {len(SAMPLE_FILES)} files"

    def render_trend(self) -> str:
        from PySide6.QtGui import QImage

        view = self.window.trends  # None until the window built its views
        check(view is not None, "the main window has no Trends view")
        self.window.show_view(view)
        view.reload()
        self._settle()
        check(view.plot.point_count() > 0, "the trend chart has no points")
        target = view.export_chart(self.workdir / "trend.png", size=CHART_SIZE)
        image = QImage(str(target))
        check(not image.isNull(), "the chart image could not be read back")
        check((image.width(), image.height()) == CHART_SIZE,
              f"the chart is {image.width()}x{image.height()}, expected {CHART_SIZE}")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        check(len(colours) > 20, "the chart image is blank")
        return f"{view.plot.point_count()} points, {len(colours)} colours"

    def plan_calendar(self) -> str:
        """The calendar's month (with public holidays) and the .ics export: both load data files
        and packages by name at run time, which a packaged app can lack."""
        import datetime as dt

        from icalendar import Calendar

        from smsplanner.domain.holidays_cal import holidays_between
        from smsplanner.services.calendar import export_ics, month_calendar
        from smsplanner.storage.db import open_db

        year = dt.date.today().year
        found = holidays_between("US", dt.date(year, 1, 1), dt.date(year, 12, 31))
        check(len(found) >= 10, f"only {len(found)} US public holidays found for {year}")
        conn = open_db(self.workdir / "campaigns.sqlite")
        try:
            today = dt.date.today()
            month = month_calendar(conn, today.year, today.month)
            days = month.to_dict()["days"]
            check(isinstance(days, list) and len(days) >= 28, "the calendar month lacks days")
            target = self.workdir / "plans.ics"
            written = export_ics(conn, target)
        finally:
            conn.close()
        parsed = Calendar.from_ical(target.read_bytes())
        events = [c for c in parsed.walk() if c.name == "VEVENT"]
        check(len(events) == written, f"the .ics file has {len(events)} events, wrote {written}")
        return f"{len(found)} holidays, {written} planned sends in the .ics file"

    def guide_and_report(self) -> str:
        """The bundled guide pages and a PDF report: data files and Qt's PDF writer, which a
        packaged app can lack."""
        import datetime as dt

        from smsplanner.services.report import build_report
        from smsplanner.storage.db import open_db
        from smsplanner.ui.help.browser import load_pages, search_pages
        from smsplanner.ui.report.document import write_pdf

        pages = load_pages("en")
        check(len(pages) >= 5, f"only {len(pages)} guide pages were found")
        check(search_pages(pages, "conversion rate"), "the guide has no page on conversion rate")
        for lang in ("de", "fr", "es"):
            found = load_pages(lang)
            check(len(found) == len(pages), f"{len(found)} guide pages in '{lang}', "
                  f"expected {len(pages)}")
        conn = open_db(self.workdir / "campaigns.sqlite")
        try:
            today = dt.date.today()
            data = build_report(conn, today - dt.timedelta(days=730), today)
        finally:
            conn.close()
        pdf = write_pdf(data, self.workdir / "report.pdf")
        head = pdf.read_bytes()[:5]
        check(head == b"%PDF-", "the report is not a PDF file")
        return f"{len(pages)} guide pages, a {pdf.stat().st_size // 1024} KB report"

    def close_window(self) -> str:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.window.close()
        check(not self.window.isVisible(), "the main window refused to close")
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._settle()
        self.window = None
        return "closed"

    # -- helpers -----------------------------------------------------------------------------
    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("start Qt offscreen", self.start_qt),
            ("find the bundled files", self.bundled_files),
            ("open the main window", self.open_window),
            ("load the sample data", self.load_sample),
            ("import the bundled sample files", self.import_samples),
            ("render the trend chart", self.render_trend),
            ("plan on the calendar", self.plan_calendar),
            ("open the guide and save a report", self.guide_and_report),
            ("close the window", self.close_window),
        ]

    def _settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def _on_qt_message(self, kind: Any, _context: Any, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.qt_messages.append(message)

    @staticmethod
    def _qt_version() -> str:
        from PySide6.QtCore import qVersion

        return qVersion()


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step in order; print one line per step; 0 when all passed, else 1."""
    out = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    watchdog = _Watchdog(out)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="smsplanner-selftest-",
                                     ignore_cleanup_errors=True) as tmp:
        test = SelfTest(Path(tmp))
        for name, step in test.steps():
            watchdog.arm(name)
            t0 = time.perf_counter()
            try:
                detail = step()
            except Exception as exc:
                watchdog.disarm()
                print(f"self-test: FAILED: {name}: {type(exc).__name__}: {exc}", file=out)
                traceback.print_exc(file=out)
                for message in test.qt_messages:
                    print(f"self-test: Qt said: {message}", file=out)
                out.flush()
                return 1
            print(f"self-test: {name}: ok ({detail}; {time.perf_counter() - t0:.2f} s)",
                  file=out, flush=True)
        watchdog.disarm()
    print(f"self-test: passed in {time.perf_counter() - started:.1f} s", file=out, flush=True)
    return 0
