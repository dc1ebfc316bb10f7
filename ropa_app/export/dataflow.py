"""The data-flow picture as a part of the PDF export: where personal data goes, drawn with reportlab (vector).

The layout is the domain's (`ropa_app.domain.dataflow`: columns, order, edges); this module only chooses the
pages, puts the labels into the export's language and draws. No Qt, no SQL.

Pages: the data are shown by kind (ordinary personal data, each special category), so that the data column
stays a few lines long. When the activities, recipients and countries all fit on one page (`ROWS` lines a
column), the whole register is one page; otherwise the activities are shown by business function (with their
number), and when the recipients still do not fit, each page shows a share of them (in the picture's order)
with everything that flows to them. A page is never drawn at a size no one can read; splitting by business
function instead was tried and rejected: every function uses most recipients (sub-processors included), so
its pages were as crowded as the whole.
"""

from __future__ import annotations

import math
from dataclasses import field, replace
from datetime import date

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from ropa_app.domain import dataflow
from ropa_app.domain.checks import run_checks
from ropa_app.domain.dataflow import DASHED_GROUPS, GROUP_COLOURS, SEVERITY_COLOURS, SPECIAL_MARK, FlowLayout, FlowView
from ropa_app.domain.law import LawData
from ropa_app.domain.model import Register

from ..domain.dataclass import dataclass
from .i18n import Translator
from .pdf_parts import FONT, FONT_BOLD, MUTED

ROWS = 38  # the most lines a column may have on one page (at least 9.5 pt a line and 6 pt type on A4 landscape)
# The columns' shares of the width; the gaps between them take the rest.
COLUMN_SHARES = (0.22, 0.19, 0.2, 0.15)
LEGEND_HEIGHT = 40.0
HEADER_HEIGHT = 14.0


@dataclass
class FlowPage:
    title: str  # "" for the whole register on one page, else which part it is
    flow: FlowLayout
    labels: dict[str, str]  # node key -> its text in the language


@dataclass
class DataflowPart:
    title: str
    intro: str
    columns: tuple[str, str, str, str]
    legend: list[tuple[str, str]]  # (mechanism group, its text), the groups drawn in this register
    legend_special: str
    legend_findings: list[tuple[str, str]]  # (severity, its text)
    legend_third: str
    empty: str
    map_title: str = ""
    map_intro: str = ""
    pages: list[FlowPage] = field(default_factory=list)
    map_flow: FlowLayout | None = None  # the whole register's flows, for the map of destinations
    country_names: dict[str, str] = field(default_factory=dict)  # code -> "Name (CODE)" of the destinations


def _labels(flow: FlowLayout, tr: Translator) -> dict[str, str]:
    out = {}
    for n in flow.nodes.values():
        if n.column == dataflow.COUNTRY:
            text = tr.country(n.code)
        elif n.column == dataflow.DATA and not n.label:  # a kind of data
            text = tr.term("special_category", n.special or "none")
        elif n.key.startswith("function:"):
            text = f"{n.label or tr('dataflow.no_function')} ({len(n.members)})"
        else:
            text = n.label
        if n.special:
            text = f"{SPECIAL_MARK} {text}"
        out[n.key] = text
    return out


def pages(register: Register, law: LawData, findings) -> list[FlowLayout]:
    """The layouts of the pages: the activities one by one when they fit, else by business function; when the
    recipients do not fit on one page, pages of a share of them each (in the picture's own order, so that a
    page's recipients share their activities), the activities' direct transfers on the first."""
    detail = dataflow.layout(register, law, findings, FlowView(group_data=True))
    if detail.rows <= ROWS:
        return [detail]
    grouped = FlowView(group_by_function=True, group_data=True)
    whole = dataflow.layout(register, law, findings, grouped)
    recipients = [n.record_id for n in whole.columns[dataflow.RECIPIENT]]
    if whole.rows <= ROWS or len(recipients) <= ROWS:
        return [whole]
    count = math.ceil(len(recipients) / ROWS)
    size = math.ceil(len(recipients) / count)
    return [dataflow.layout(register, law, findings, replace(
        grouped, recipient_ids=frozenset(recipients[i:i + size]), direct_transfers=i == 0))
        for i in range(0, len(recipients), size)]


def build_part(register: Register, tr: Translator, law: LawData, today: date) -> DataflowPart:
    """The part's texts and pages in the language of `tr`; the flows coloured by the checks' open findings."""
    findings = run_checks(register, today, law)
    part = DataflowPart(
        title=tr("section.dataflow"), intro=tr("dataflow.intro"),
        columns=(tr("dataflow.column.activity"), tr("dataflow.column.data"), tr("dataflow.column.recipient"),
                 tr("dataflow.column.country")),
        legend=[], legend_special=tr("dataflow.legend.special", mark=SPECIAL_MARK),
        legend_findings=[(s, tr(f"severity.{s}")) for s in ("error", "warning")],
        legend_third=tr("dataflow.legend.third"), empty=tr("dataflow.empty"), map_title=tr("dataflow.map"),
        map_intro=tr("dataflow.map_intro"),
    )  # fmt: skip
    chosen = pages(register, law, findings)
    groups = set()
    for i, flow in enumerate(chosen):
        groups |= {e.group for e in flow.edges if e.group}
        title = tr("dataflow.part", n=i + 1, of=len(chosen)) if len(chosen) > 1 else ""
        part.pages.append(FlowPage(title, flow, _labels(flow, tr)))
    part.map_flow = dataflow.layout(register, law, findings, FlowView(group_by_function=True, group_data=True))
    part.country_names = {n.code: tr.country(n.code) for n in part.map_flow.columns[dataflow.COUNTRY]}
    part.legend = [(g, tr(f"dataflow.group.{g}")) for g in dataflow.MECHANISM_GROUPS if g in groups]
    return part


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _colour(hex_: str, alpha: float = 1.0):  # noqa: ANN202 - a reportlab colour
    c = colors.HexColor(hex_)
    return colors.Color(c.red, c.green, c.blue, alpha=alpha)


def draw_flow(canv, x: float, y: float, width: float, height: float, page: FlowPage, part: DataflowPart) -> None:  # noqa: ANN001
    """Draw one page's picture into the box (x, y) - (x + width, y + height), y upwards as in PDF."""
    flow = page.flow
    shares = COLUMN_SHARES
    gap = (width - sum(shares) * width) / 3
    lefts, rights = [], []
    left = x
    for share in shares:
        lefts.append(left)
        rights.append(left + share * width)
        left += share * width + gap
    canv.saveState()
    canv.setFont(FONT_BOLD, 8)
    canv.setFillColor(MUTED)
    top = y + height
    if page.title:
        canv.setFillColor(colors.black)
        canv.setFont(FONT_BOLD, 10)
        canv.drawString(x, top - 10, page.title)
        top -= 16
        canv.setFont(FONT_BOLD, 8)
        canv.setFillColor(MUTED)
    for i, heading in enumerate(part.columns):
        canv.drawString(lefts[i], top - 9, _fit(heading, FONT_BOLD, 8, rights[i] - lefts[i]))
    area_top, area_bottom = top - HEADER_HEIGHT, y + LEGEND_HEIGHT
    area = area_top - area_bottom
    row = area / max(flow.rows, 1)
    box_h = min(row * 0.86, 14.0)
    size = max(min(box_h * 0.75, 7.5), 4.0)

    def centre(key: str) -> float:
        return area_top - flow.nodes[key].y * area

    # edges: plain data flows first, transfers on top of them
    for e in sorted(flow.edges, key=lambda e: (bool(e.group), e.severity == "error")):
        s, t = flow.nodes[e.source], flow.nodes[e.target]
        x0, y0, x1, y1 = rights[s.column], centre(e.source), lefts[t.column], centre(e.target)
        path = canv.beginPath()
        path.moveTo(x0, y0)
        mid = (x1 - x0) * 0.5 if t.column == s.column + 1 else gap * 0.8
        path.curveTo(x0 + mid, y0, x1 - mid, y1, x1, y1)
        if e.group:
            canv.setStrokeColor(_colour(GROUP_COLOURS[e.group], 0.9))
            canv.setLineWidth(1.3 if e.group != "eea" else 0.7)
            canv.setDash(3, 2) if e.group in DASHED_GROUPS else canv.setDash()
        else:
            canv.setStrokeColor(_colour(dataflow.DATA_FLOW_COLOUR, 0.55))
            canv.setLineWidth(0.4)
            canv.setDash()
        canv.drawPath(path, stroke=1, fill=0)
        if e.severity in ("error", "warning"):
            canv.setDash()
            canv.setFillColor(_colour(SEVERITY_COLOURS[e.severity]))
            canv.circle(x1 - 5, y1, 2.6, stroke=0, fill=1)
    canv.setDash()
    # nodes
    for column in flow.columns:
        for n in column:
            cy = centre(n.key)
            bx, bw = lefts[n.column], rights[n.column] - lefts[n.column]
            fill = "#F5EEF8" if n.special else ("#FDF2E9" if n.third_country else "#F4F6F7")
            canv.setFillColor(colors.HexColor(fill))
            if n.severity in ("error", "warning"):
                canv.setStrokeColor(colors.HexColor(SEVERITY_COLOURS[n.severity]))
                canv.setLineWidth(1.4)
            else:
                canv.setStrokeColor(colors.HexColor("#AAB7B8"))
                canv.setLineWidth(0.4)
            canv.rect(bx, cy - box_h / 2, bw, box_h, stroke=1, fill=1)
            bold = n.third_country
            font = FONT_BOLD if bold else FONT
            canv.setFillColor(colors.HexColor(dataflow.SPECIAL_COLOUR) if n.special else colors.black)
            canv.setFont(font, size)
            canv.drawString(bx + 2, cy - size * 0.35, _fit(page.labels[n.key], font, size, bw - 4))
    draw_legend(canv, x, y, width, part)
    canv.restoreState()


def draw_legend(canv, x: float, y: float, width: float, part: DataflowPart, hatched: bool = False) -> None:  # noqa: ANN001
    """The legend in the LEGEND_HEIGHT above y: the mechanisms' lines (or, for the map, squares, hatched where no
    valid mechanism covers the flow), the special categories' mark, the findings' frames, the third countries."""
    canv.saveState()
    canv.setFont(FONT, 7)
    lx, ly = x, y + LEGEND_HEIGHT - 12
    for group, text in part.legend:
        w = 22 + pdfmetrics.stringWidth(text, FONT, 7) + 12
        if lx + w > x + width:
            lx, ly = x, ly - 11
        if hatched:
            _square(canv, lx + 5, ly - 1.5, 9, group, "")
        else:
            canv.setStrokeColor(colors.HexColor(GROUP_COLOURS[group]))
            canv.setLineWidth(1.6)
            canv.setDash(3, 2) if group in DASHED_GROUPS else canv.setDash()
            canv.line(lx, ly + 2.5, lx + 18, ly + 2.5)
            canv.setDash()
        canv.setFillColor(colors.black)
        canv.drawString(lx + 22, ly, text)
        lx += w
    lx, ly = x, ly - 13
    items = [(None, part.legend_special), *part.legend_findings, ("third", part.legend_third)]
    for kind, text in items:
        if kind in SEVERITY_COLOURS:
            canv.setStrokeColor(colors.HexColor(SEVERITY_COLOURS[kind]))
            canv.setLineWidth(1.4)
            canv.setFillColor(colors.white)
            canv.rect(lx, ly - 1, 14, 8, stroke=1, fill=1)
            canv.setFillColor(colors.HexColor(SEVERITY_COLOURS[kind]))
            canv.circle(lx + 20, ly + 3, 2.6, stroke=0, fill=1)
            lx += 26
        elif kind == "third":
            canv.setFillColor(colors.HexColor("#FDF2E9"))
            canv.setStrokeColor(colors.HexColor("#AAB7B8"))
            canv.setLineWidth(0.4)
            canv.rect(lx, ly - 1, 14, 8, stroke=1, fill=1)
            lx += 18
        canv.setFillColor(colors.HexColor(dataflow.SPECIAL_COLOUR) if kind is None else colors.black)
        canv.setFont(FONT, 7)
        canv.drawString(lx, ly, text)
        lx += pdfmetrics.stringWidth(text, FONT, 7) + 14
    canv.restoreState()


def _square(canv, x: float, y: float, size: float, group: str, severity: str) -> None:  # noqa: ANN001
    """A destination's square: its worst flow's colour, hatched without a valid mechanism, framed by a finding."""
    canv.setFillColor(colors.HexColor(GROUP_COLOURS[group]))
    if severity in ("error", "warning"):
        canv.setStrokeColor(colors.HexColor(SEVERITY_COLOURS[severity]))
        canv.setLineWidth(2)
    else:
        canv.setStrokeColor(colors.HexColor("#566573"))
        canv.setLineWidth(0.5)
    canv.rect(x, y, size, size, stroke=1, fill=1)
    if group in DASHED_GROUPS:
        canv.saveState()
        path = canv.beginPath()
        path.rect(x, y, size, size)
        canv.clipPath(path, stroke=0, fill=0)
        canv.setStrokeColor(colors.white)
        canv.setLineWidth(0.8)
        step = size / 4
        for i in range(-4, 5):
            canv.line(x + i * step, y, x + i * step + size, y + size)
        canv.restoreState()


def draw_map(canv, x: float, y: float, width: float, height: float, part: DataflowPart) -> None:  # noqa: ANN001
    """The map of destinations: the world as a tile grid (domain.dataflow.tile_grid), every country a grey
    square, those the data go to in the colour of their worst flow with their code, then the key to the codes."""
    reached, others = dataflow.destination_tiles(part.map_flow)
    tiles = reached + others
    left, right = min(t.column for t in tiles), max(t.column for t in tiles)
    top, bottom = min(t.row for t in tiles), max(t.row for t in tiles)
    key_height = 12 * math.ceil(len(reached) / 4) + 8
    room = height - LEGEND_HEIGHT - key_height
    cell = min(width / (right - left + 1), room / (bottom - top + 1))
    x0 = x + (width - cell * (right - left + 1)) / 2
    top_y = y + height

    def corner(t) -> tuple[float, float]:  # noqa: ANN001
        return x0 + (t.column - left) * cell, top_y - (t.row - top + 1) * cell

    canv.saveState()
    canv.setFillColor(colors.HexColor("#E5E8E8"))
    for t in others:
        cx, cy = corner(t)
        canv.rect(cx, cy, cell - 1.5, cell - 1.5, stroke=0, fill=1)
    size = max(min(cell * 0.42, 8), 4)
    for t in reached:
        cx, cy = corner(t)
        _square(canv, cx, cy, cell - 1.5, t.group, t.severity)
        canv.setFillColor(colors.black if t.group in ("eea", "dpf", "derogation") else colors.white)
        canv.setFont(FONT_BOLD, size)
        canv.drawCentredString(cx + (cell - 1.5) / 2, cy + (cell - 1.5) / 2 - size * 0.35, t.code[:3].upper())
    # the key to the codes, four a line
    canv.setFont(FONT, 7.5)
    canv.setFillColor(colors.black)
    ky = top_y - (bottom - top + 1) * cell - 14
    names = sorted((part.country_names.get(t.code, t.code) for t in reached), key=str.casefold)
    for i, name in enumerate(names):
        canv.drawString(x + (i % 4) * width / 4, ky - (i // 4) * 12, _fit(name, FONT, 7.5, width / 4 - 6))
    canv.restoreState()
    draw_legend(canv, x, y, width, part, hatched=True)


class MapDiagram(Flowable):
    """The map of destinations: as wide as the frame, the height it is given (less `reserve`)."""

    def __init__(self, part: DataflowPart, reserve: float = 0.0):
        super().__init__()
        self.part, self.reserve = part, reserve

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, max(availHeight - self.reserve, 120)
        return self.width, self.height

    def draw(self) -> None:
        draw_map(self.canv, 0, 0, self.width, self.height, self.part)


class FlowDiagram(Flowable):
    """One page of the picture: as wide as the frame, the height it is given (less `reserve`)."""

    def __init__(self, page: FlowPage, part: DataflowPart, reserve: float = 0.0):
        super().__init__()
        self.page, self.part, self.reserve = page, part, reserve

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, max(availHeight - self.reserve, 120)
        return self.width, self.height

    def draw(self) -> None:
        draw_flow(self.canv, 0, 0, self.width, self.height, self.page, self.part)
