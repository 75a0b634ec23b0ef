"""The report laid out as a QTextDocument: to PDF (QPdfWriter) or a printer. GUI thread.

Qt's own rich text: no new dependency, the same pages on every platform. The chart is the
Trends chart drawn offscreen into an image resource of the document.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from smsplanner import APP_NAME
from smsplanner.domain.breakdown import BREAKDOWNS
from smsplanner.domain.metrics import METRICS, Rate
from smsplanner.domain.trend import pooled_points
from smsplanner.domain.words import counted
from smsplanner.services.report import ReportData
from smsplanner.ui.common.formatting import (
    UNKNOWN,
    fmt_count,
    fmt_date,
    fmt_interval,
    fmt_money,
    fmt_percent,
)

Money = Callable[[float | None], str]
CHART_URL = "report://trend.png"
CHART_SIZE = (1000, 470)  # drawn near its printed size, so its labels stay readable
CSS = """
body { font-size: 10pt; color: #222; }
h1 { font-size: 17pt; margin-bottom: 0; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #1a4f7a; }
.muted { color: #666; font-size: 8.5pt; }
.headline { font-size: 12pt; font-weight: 600; }
td, th { padding: 3px 8px 3px 0; }
th { text-align: left; border-bottom: 1px solid #999; }
td.n, th.n { text-align: right; }
"""


def _e(text: object) -> str:
    return html.escape(str(text))


def _rate_cell(r: Rate | None) -> str:
    if r is None:
        return f"<td class='n'>{UNKNOWN}</td><td class='muted'></td>"
    return (f"<td class='n'><b>{fmt_percent(r.value)}</b></td>"
            f"<td class='muted'>likely {fmt_interval(r)} · {fmt_count(r.numerator)} of "
            f"{fmt_count(r.denominator)} {_e(r.basis)}</td>")


def _totals_html(data: ReportData, money: Money) -> str:
    t = data.totals
    revenue, cost = t["revenue"], t["cost"]
    profit = None if revenue is None or cost is None else float(revenue) - float(cost)
    rows = [("Campaigns", fmt_count(len(data.campaigns))), ("Messages sent", fmt_count(t["sent"])),
            ("Delivered", fmt_count(t["delivered"])), ("Conversions", fmt_count(t["conversions"])),
            ("Revenue", money(t["revenue"])), ("Cost", money(t["cost"])),
            ("Revenue minus cost", money(profit))]
    cells = "".join(f"<tr><td>{_e(k)}</td><td class='n'><b>{_e(v)}</b></td></tr>"
                    for k, v in rows)
    rates = "".join(f"<tr><td>{_e(METRICS[key].label)}</td>{_rate_cell(data.rates[key])}</tr>"
                    for key in ("conversion", "click", "response", "delivery"))
    missing = [f"{name.replace('_', ' ')} ({n})" for name, n in data.unknown_counts.items()
               if n and name in ("delivered", "conversions", "revenue", "cost")]
    note = (f"<p class='muted'>Not known for some campaigns, left out of the totals: "
            f"{_e(', '.join(missing))}.</p>" if missing else "")
    return (f"<h2>Totals</h2><table>{cells}</table>{note}"
            f"<h2>Rates</h2><table>{rates}</table>")


def _extremes_html(data: ReportData) -> str:
    rows = []
    for ex in data.extremes:
        what = BREAKDOWNS.get(ex.by, ex.by)
        for word, g in (("Best", ex.best), ("Worst", ex.worst)):
            if g is None:
                continue
            rows.append(f"<tr><td>{word} {_e(what.lower())}</td><td><b>{_e(g.label)}</b></td>"
                        f"<td class='n'>{fmt_percent(g.rate)}</td><td class='muted'>likely "
                        f"{fmt_percent(g.low)} – {fmt_percent(g.high)} · "
                        f"{counted(g.campaigns, 'campaign', number=fmt_count(g.campaigns))}"
                        "</td></tr>")
    if not rows:
        return ""
    chance = [BREAKDOWNS.get(ex.by, ex.by).lower() for ex in data.extremes
              if ex.best and ex.worst and ex.could_be_chance]
    note = (f"<p class='muted'>The best and worst {' and '.join(chance)} have overlapping "
            "ranges: the difference could be chance, treat it as a hint.</p>" if chance else "")
    return (f"<h2>What worked best (conversion rate)</h2><table>{''.join(rows)}</table>"
            f"{note}")


def _largest_html(data: ReportData, money: Money) -> str:
    if not data.largest:
        return ""
    head = ("<tr><th>Date</th><th>Campaign</th><th class='n'>Received</th>"
            "<th class='n'>Conversions</th><th class='n'>Rate</th><th>Likely range</th>"
            "<th class='n'>Revenue</th></tr>")
    rows = []
    for c in data.largest:
        r = METRICS["conversion"].of(c)
        rows.append(f"<tr><td>{fmt_date(c.date)}</td><td>{_e(c.name)}</td>"
                    f"<td class='n'>{fmt_count(c.recipients)}</td>"
                    f"<td class='n'>{fmt_count(c.conversions)}</td>"
                    f"<td class='n'>{fmt_percent(r.value if r else None)}</td>"
                    f"<td class='muted'>{fmt_interval(r)}</td>"
                    f"<td class='n'>{_e(money(c.revenue))}</td></tr>")
    return f"<h2>Largest campaigns</h2><table width='100%'>{head}{''.join(rows)}</table>"


def _planned_html(data: ReportData) -> str:
    if not data.planned:
        return ""
    rows = "".join(f"<tr><td>{_e(p.get('date', ''))}</td><td>{_e(p.get('name', ''))}</td>"
                   f"<td class='n'>{_e(fmt_count(p.get('audience')))}</td></tr>"  # type: ignore[arg-type]
                   for p in data.planned)
    return ("<h2>Next planned sends</h2><table><tr><th>Date</th><th>Campaign</th>"
            f"<th class='n'>People</th></tr>{rows}</table>")


def report_html(data: ReportData, money: Money, with_chart: bool = True) -> str:
    """The report as Qt rich text."""
    made = fmt_date(dt.date.today())
    if not data.campaigns:
        body = ("<p class='headline'>No SMS campaigns were sent in this period.</p>"
                "<p>Choose another month or range, or import your results first.</p>")
    else:
        chart = (f"<p><img src='{CHART_URL}' width='640'></p>" if with_chart else "")
        plain = f"<p>{_e(data.verdict_plain)}</p>" if data.verdict_plain else ""
        body = (f"<p class='headline'>{_e(data.verdict.text)}</p>{plain}{chart}"
                f"{_totals_html(data, money)}{_extremes_html(data)}"
                f"{_largest_html(data, money)}{_planned_html(data)}"
                "<p class='muted'>Conversion rate = people who converted ÷ people who received "
                "the message. “Likely” ranges are 95% intervals: with small campaigns they are "
                "wide, and two overlapping ranges may not really differ.</p>")
    days = f"{fmt_date(data.date_from)} – {fmt_date(data.date_to)}"
    month = data.title_period[:1].isalpha()  # "October 2026": a whole month, else a range
    title = data.title_period if month else days  # dates in the user's style, as on screen
    return (f"<html><body><h1>SMS campaign report: {_e(title)}</h1>"
            f"<p class='muted'>{_e(days + ' · ') if month else ''}made on {_e(made)} with "
            f"{APP_NAME}</p>{body}</body></html>")


def chart_image(data: ReportData, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """The conversion-rate trend of the period, drawn offscreen."""
    from smsplanner.ui.trends.plot import DEFAULT_BAND, render_trend_image

    pooled = pooled_points(data.table, data.series, "month")
    return render_trend_image(data.table, data.series, pooled, METRICS["conversion"].label,
                              "Added up by month", size, DEFAULT_BAND,
                              empty_message="No campaigns in this period.")


# A4 less 18 mm margins, in the 96-per-inch units QTextDocument lays out in; print_() scales
# the pages to the printer's resolution.
PAGE = QSizeF((210 - 36) / 25.4 * 96, (297 - 36) / 25.4 * 96)


def build_document(data: ReportData, money: Money | None = None) -> QTextDocument:
    """The report as a document paginated for A4 pages."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    if data.campaigns:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL),
                        chart_image(data))
    doc.setHtml(report_html(data, money or (lambda x: fmt_money(x))))
    doc.setPageSize(PAGE)
    return doc


def render_page(doc: QTextDocument, page: int = 0, scale: float = 1.5) -> QImage:
    """One page of the document as an image with its white margins (for screenshots)."""
    margin = 18 / 25.4 * 96
    w, h = PAGE.width(), PAGE.height()
    image = QImage(int((w + 2 * margin) * scale), int((h + 2 * margin) * scale),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.translate(margin, margin - page * h)
    doc.drawContents(painter, QRectF(0, page * h, w, h))
    painter.end()
    return image


def write_pdf(data: ReportData, path: str | Path, money: Money | None = None) -> Path:
    """Write the report to a PDF file (A4, 18 mm margins); returns its path."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(f"SMS campaign report: {data.title_period}")
    writer.setCreator(APP_NAME)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    doc = build_document(data, money)
    doc.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"Could not write {path}")
    return path
