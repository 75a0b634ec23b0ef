"""Screenshots of the import dialog's steps and View > Imports (registered with `make
screenshots`). Each writes its example files into the shot's scratch folder. GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from smsplanner.ui.devtools.screenshots import ShotContext, shot


def _wait(cond: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until cond() holds (worker results arrive through it)."""
    end = time.monotonic() + timeout
    app = QApplication.instance()
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[union-attr]
        if cond():
            return
        time.sleep(0.01)
    raise TimeoutError("the screenshot's import did not finish in time")


def _march_xlsx(folder: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "March"
    ws.append(["Flower Shop: SMS results, March 2026"])
    ws.append([])
    ws.append(["Campaign", "Date", "Audience", "Messages sent", "Delivered", "Unique clicks",
               "Orders", "Sales ($)", "Cost"])
    rows = [("Spring bouquets", "2026-03-02", "Loyal customers", 1200, 1176, 61, 18, 812.4,
             9.0), ("Mother's Day early bird", "2026-03-09", "Everyone", 3400, 3310, 140, 44,
                    2105.0, 25.5),
            ("Weekend flash sale", "2026-03-14", "Everyone", 3400, 3650, 122, 31, 1377.9, 25.5),
            ("Wedding season", "2026-03-21", "Newsletter", 800, 790, 25, 4, 960.0, 6.0),
            ("Last call", "2026-03-28", "Loyal customers", 1150, 1131, 70, 21, 903.2, 8.6)]
    for r in rows:
        ws.append(list(r))
    ws.append(["Total", None, 9950, 10057, 418, 118, 6158.5, 74.6])
    path = folder / "march-results.xlsx"
    wb.save(path)
    return path


def _twilio_log(folder: Path, n: int = 400) -> Path:
    head = "From,To,Body,Status,SentDate,ApiVersion,NumSegments,ErrorCode,AccountSid,Sid,"
    lines = [head + "Direction,Price,PriceUnit"]
    for i in range(n):
        status = "undelivered" if i % 23 == 0 else "delivered"
        lines.append(f"+15550001111,+1555{i:07d},Spring sale: 20% off today,{status},"
                     f"\"Fri, 06 Mar 2026 17:{i % 60:02d}:50 +0000\",2010-04-01,1,,AC1,"
                     f"SM{i:032d},outbound-api,-0.00790,USD")
    path = folder / "twilio_spring_sale.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _dialog(ctx: ShotContext, path: Path, size: tuple[int, int] = (1280, 800)):
    w = ctx.window(sample=False, size=size)
    w.open_import_dialog([path])
    dialog = w.import_controller.dialog
    ctx.keep(dialog)
    _wait(lambda: dialog.check is not None and not dialog.is_busy())
    ctx.settle()
    return w, dialog


def _semicolon_csv(folder: Path) -> Path:
    """A European shop's export: a title above the header, semicolons, decimal commas, dates
    that could be either order, Windows-1252 text and two cells that are not numbers."""
    lines = ["Blumenladen Müller: SMS-Ergebnisse April 2026;;;;;",
             "Campaign;Date;Sent;Delivered;Clicks;Revenue",
             "Osterangebot;02/04/2026;1.200;1.176;61;812,40",
             "Muttertag Vorverkauf;07/04/2026;3.400;3.310;140;2.105,00",
             "Wochenend-Aktion;09/04/2026;3.400;3.350;vierzig;1.377,90",
             "Hochzeitssaison;11/04/2026;800;790;25;960,00",
             "Letzter Aufruf;12/04/2026;1.150;1.13l;70;903,20"]
    path = folder / "sms-ergebnisse-april.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


@shot("import-6-notes")
def _notes(ctx: ShotContext) -> QWidget:
    _w, dialog = _dialog(ctx, _semicolon_csv(ctx.workdir))
    return dialog


@shot("import-1-preview")
def _preview(ctx: ShotContext) -> QWidget:
    _w, dialog = _dialog(ctx, _march_xlsx(ctx.workdir))
    return dialog


@shot("import-1-preview-1024")
def _preview_small(ctx: ShotContext) -> QWidget:
    _w, dialog = _dialog(ctx, _march_xlsx(ctx.workdir), size=(1024, 640))
    return dialog


@shot("import-2-problem")
def _problem(ctx: ShotContext) -> QWidget:
    _w, dialog = _dialog(ctx, _march_xlsx(ctx.workdir))
    dialog.problems.setCurrentCell(0, 3)
    ctx.settle()
    return dialog


@shot("import-3-message-log")
def _log(ctx: ShotContext) -> QWidget:
    _w, dialog = _dialog(ctx, _twilio_log(ctx.workdir))
    return dialog


@shot("import-4-progress")
def _progress(ctx: ShotContext) -> QWidget:
    _w, dialog = _dialog(ctx, _twilio_log(ctx.workdir))
    dialog.task_kind = "import"  # how the dialog looks while an import runs
    dialog._set_busy("Importing…")
    dialog.progress.setValue(430)
    ctx.settle()
    return dialog


@shot("import-5-result-banner")
def _banner(ctx: ShotContext) -> QWidget:
    w, dialog = _dialog(ctx, _march_xlsx(ctx.workdir))
    ctx.widgets.remove(dialog)  # it closes (and deletes itself) after the import
    dialog.import_button.click()
    _wait(lambda: w.import_controller.banner.isVisible())
    ctx.settle()
    return w


@shot("imports-view")
def _imports(ctx: ShotContext) -> QWidget:
    from smsplanner.services.importer import import_file
    from smsplanner.ui.imports.flow import open_imports

    w = ctx.window(sample=False)
    for path in (_march_xlsx(ctx.workdir), _twilio_log(ctx.workdir)):
        import_file(w.conn, path, campaign="Spring sale", skip_bad_rows=True, backup=False)
    w.reload()
    dialog = open_imports(w)
    ctx.keep(dialog)
    ctx.settle()
    return dialog
