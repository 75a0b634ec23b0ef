"""`make screenshots`: PNGs of the app's screens into a folder (default docs/screenshots/).

Each screen's shots live beside this module in a `*_shots.py` module (views never import the
registry), registered with the `shot` decorator:

    @shot("trends")
    def _trends(ctx: ShotContext) -> QWidget:
        w = ctx.window(sample=True)
        w.show_view(w.trends)   # whatever makes the screen
        return w                # the widget to grab

Each shot gets its own folder (databases, example files, settings) and fresh windows; the
runner grabs, saves and closes them.
Run with QT_QPA_PLATFORM=offscreen; `python -m smsplanner.ui.devtools.screenshots OUTDIR [NAME...]`.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget

ShotFn = Callable[["ShotContext"], QWidget]
SHOTS: dict[str, ShotFn] = {}


def shot(name: str) -> Callable[[ShotFn], ShotFn]:
    """Register a screenshot function under a file name (without .png)."""

    def register(fn: ShotFn) -> ShotFn:
        SHOTS[name] = fn
        return fn

    return register


@dataclass
class ShotContext:
    """What a shot function gets: fresh windows and a way to let Qt finish painting."""

    workdir: Path
    widgets: list[QWidget] = field(default_factory=list)
    _count: int = 0
    size: tuple[int, int] = (1280, 800)  # the main window's size unless a shot picks one
    forced: bool = False  # the size matrix: every main window at `size`, whatever a shot picks

    def window(self, sample: bool = True, size: tuple[int, int] | None = None):  # -> MainWindow
        """A main window on a new database (with the sample campaigns if asked), shown."""
        from smsplanner.ui.window.main_window import MainWindow

        size = self.size if self.forced or size is None else size
        self._count += 1
        path = self.workdir / f"shot{self._count}.sqlite"
        if sample:  # in the file before the window opens it, as when the app starts
            from smsplanner.services.sample import load_sample_data
            from smsplanner.storage.db import open_db

            conn = open_db(path)
            try:
                load_sample_data(conn)
            finally:
                conn.close()
        w = MainWindow(path)
        w.resize(*size)
        w.show()
        self.keep(w)
        self.settle()
        return w

    def keep(self, widget: QWidget) -> QWidget:
        """Close this widget (and its window) when the shot is done."""
        self.widgets.append(widget)
        return widget

    @staticmethod
    def settle(rounds: int = 5) -> None:
        """Let Qt process pending layout and paint events."""
        app = QApplication.instance()
        for _ in range(rounds):
            app.processEvents()  # type: ignore[union-attr]

    def close_all(self) -> None:
        for w in reversed(self.widgets):
            w.close()
            w.deleteLater()
        self.widgets.clear()
        self.settle()


# -- the main window's shots ------------------------------------------------------------------
@shot("main-empty")
def _main_empty(ctx: ShotContext) -> QWidget:
    return ctx.window(sample=False)


@shot("main-sample")
def _main_sample(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True)
    w.select_campaigns([c.id for c in w.campaigns()[-3:] if c.id is not None])
    return w


@shot("main-sample-1024")
def _main_sample_small(ctx: ShotContext) -> QWidget:
    return ctx.window(sample=True, size=(1024, 640))


@shot("workspace-filtered")
def _workspace_filtered(ctx: ShotContext) -> QWidget:
    import datetime as dt

    from smsplanner.domain.filters import CampaignFilter

    w = ctx.window(sample=True)
    last = max(c.date for c in w.campaigns())
    w.set_filter(CampaignFilter(segment="Loyal customers", channel="sms",
                                date_from=last - dt.timedelta(days=365), text="off"))
    ctx.settle()
    return w


@shot("campaign-dialog")
def _campaign_dialog(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True)
    c = w.campaigns()[-1]
    dialog = w.campaign_dialog(c)
    dialog.set_text("delivered", str((c.sent or 0) + 50))
    dialog.show_problems(dialog.read()[1])
    dialog.show()
    ctx.keep(dialog)
    ctx.settle()
    return dialog


@shot("preferences")
def _preferences(ctx: ShotContext) -> QWidget:
    from smsplanner.ui.window.preferences import PreferencesDialog

    w = ctx.window(sample=False)
    dialog = PreferencesDialog(w)
    dialog.show()
    ctx.keep(dialog)
    ctx.settle()
    return dialog


@shot("campaign-dialog-new")
def _campaign_dialog_new(ctx: ShotContext) -> QWidget:
    w = ctx.window(sample=True)
    dialog = w.campaign_dialog(None)
    dialog.show()
    ctx.keep(dialog)
    ctx.settle()
    return dialog


@shot("backups")
def _backups(ctx: ShotContext) -> QWidget:
    from smsplanner.storage.backups import make_backup
    from smsplanner.ui.backups.dialog import BackupsDialog

    w = ctx.window(sample=True)
    make_backup(w.conn, reason="manual")
    dialog = BackupsDialog(w)
    dialog.show()
    ctx.keep(dialog)
    ctx.settle()
    return dialog


@shot("guide")
def _guide(ctx: ShotContext) -> QWidget:
    from smsplanner.ui.help.browser import open_guide

    w = ctx.window(sample=True)
    guide = open_guide(w, "numbers.html#conversion-rate")
    ctx.keep(guide)
    ctx.settle()
    return guide


@shot("report-page1")
def _report_page(ctx: ShotContext) -> QWidget:
    """The PDF report's first page, as it is laid out for the PDF."""
    import datetime as dt

    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QLabel

    from smsplanner.services.report import build_report
    from smsplanner.ui.report.document import build_document, render_page

    w = ctx.window(sample=True)
    data = build_report(w.conn, dt.date(2025, 5, 1), dt.date(2026, 10, 31))
    label = QLabel()
    page = QPixmap.fromImage(render_page(build_document(data, w.prefs.money), 0, 1.2))
    label.setPixmap(page)
    label.resize(page.size())  # adjustSize() would clamp a top-level label to the screen
    ctx.keep(label)
    return label


# The main screens rendered at both sizes, light and dark, into <outdir>/screens/.
MATRIX_SHOTS = ("main-empty", "main-sample", "trends", "plan-whatif", "plan-message-cost",
                "plan-ab", "imports-view", "import-2-problem", "campaign-dialog-new", "guide")
MATRIX_SIZES = ((1280, 800), (1920, 1080))
MATRIX_THEMES = ("light", "dark")
# The screens rendered in German (the longest words of the GUI's languages) into <outdir>/de/,
# at the main window's usual size; `python -m ... screenshots OUTDIR de` renders only these.
GERMAN_SHOTS = ("main-empty", "main-sample", "import-1-preview", "import-6-notes", "trends",
                "plan-whatif", "preferences", "backups", "guide", "update-converting",
                "update-tidying")


def _load_other_shots() -> None:
    """Import the devtools modules that register more shots (views never import this one)."""
    import importlib
    import pkgutil

    import smsplanner.ui.devtools as devtools

    for mod in pkgutil.iter_modules(devtools.__path__, prefix="smsplanner.ui.devtools."):
        if mod.name.endswith("_shots"):
            try:
                importlib.import_module(mod.name)
            except Exception as exc:  # a broken screen must not stop the other screenshots
                print(f"screenshots: skipped {mod.name} ({exc})", file=sys.stderr)


def take(outdir: Path, names: list[str] | None = None, matrix: bool = True) -> list[Path]:
    """Render every registered shot (or those named) into outdir, then (unless names were
    given, or `matrix` is off) the main screens at both sizes in both themes into
    outdir/screens; returns the files written."""
    from smsplanner.ui.window.app import create_app

    create_app()
    # Documentation shows one locale, whatever the machine that renders it uses.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _load_other_shots()
    outdir.mkdir(parents=True, exist_ok=True)
    if names == ["de"]:
        return _render_german(outdir)
    written = _render(outdir, [(n, f"{n}.png", None, "system") for n in SHOTS
                               if not names or n in names])
    if matrix and not names:
        written += _render_german(outdir)
        (outdir / "screens").mkdir(exist_ok=True)
        jobs = [(n, f"screens/{n}-{w}x{h}-{theme}.png", (w, h), theme)
                for theme in MATRIX_THEMES for (w, h) in MATRIX_SIZES for n in MATRIX_SHOTS
                if n in SHOTS]
        written += _render(outdir, jobs)
    from smsplanner.ui.common.theme import apply_theme

    apply_theme("system")
    return written


def _render_german(outdir: Path) -> list[Path]:
    """GERMAN_SHOTS in German (with German numbers) at 1280x800 into outdir/de."""
    from smsplanner.ui.common.i18n import install_language

    if not install_language("de"):
        print("screenshots: no German translation (run `make translations`)", file=sys.stderr)
        return []
    try:
        (outdir / "de").mkdir(exist_ok=True)
        return _render(outdir, [(n, f"de/{n}.png", (1280, 800), "system")
                                for n in GERMAN_SHOTS if n in SHOTS])
    finally:
        install_language("en", set_locale=False)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _render(outdir: Path, jobs: Sequence[tuple[str, str, tuple[int, int] | None, str]]
            ) -> list[Path]:
    from smsplanner.ui.common.theme import apply_theme

    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="smsplanner-shots-") as tmp:
        for index, (name, file_name, size, theme) in enumerate(jobs):
            fn = SHOTS[name]
            apply_theme(theme)
            # A folder of its own per shot: its own databases and fresh settings, so no shot
            # sees another's campaigns, imports, remembered mappings or window sizes (nor a
            # developer's own preferences).
            folder = Path(tmp) / f"{index}-{name}"
            folder.mkdir()
            QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                              str(folder / "settings"))
            ctx = ShotContext(folder)
            if size is not None:
                ctx.size, ctx.forced = size, True
            try:
                widget = fn(ctx)
                ctx.settle()
                target = outdir / file_name
                if not widget.grab().save(str(target)):
                    raise OSError(f"could not write {target}")
                written.append(target)
            finally:
                ctx.close_all()
    return written


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    outdir = Path(args[0]) if args else Path("docs/screenshots")
    for path in take(outdir, args[1:] or None):
        print(path)
    return 0


if __name__ == "__main__":
    # Run the imported module, not __main__: views register their shots on that one.
    from smsplanner.ui.devtools import screenshots as _registry

    sys.exit(_registry.main())
