"""Data-flow picture benchmark: a register of 200 activities and 80 recipients (`synthetic.py`).

Prints, best of 5 runs each: the layout (ropa_app.domain.dataflow: flows, grouping, barycentre ordering) for the
app's first view (activities grouped by business function, data by kind) and for every activity on its own; the
Qt scenes built from it (the app's `DataflowView.draw`: boxes, curves, texts, tool tips, legend, the tile map);
and the PDF part drawn with reportlab (export/dataflow.py: its pages and its map onto one canvas). Each drawing
is compared with a floor measured in the same run: the same number of rectangles, texts and straight lines drawn
raw (Qt: QGraphicsScene.addRect/addSimpleText/addLine; reportlab: canvas.rect/drawString/line). Target: the
layout and the drawing together under 0.5 s.

Run: .venv/bin/python benchmarks/bench_dataflow.py [N_ACTIVITIES N_RECIPIENTS]
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ROPA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="ropa-bench-"))

RUNS = 5


def best(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(n_act: int = 200, n_rec: int = 80) -> None:
    from PySide6.QtWidgets import QApplication, QGraphicsScene
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas
    from synthetic import synthetic_register

    from ropa_app.domain import dataflow
    from ropa_app.domain.checks import run_checks
    from ropa_app.domain.law import load_law
    from ropa_app.export.dataflow import build_part, draw_flow, draw_map
    from ropa_app.export.i18n import Translator
    from ropa_app.export.pdf_parts import FONT, register_fonts
    from ropa_app.ui.dataflow_view import DataflowView

    app = QApplication.instance() or QApplication([])  # noqa: F841 - Qt needs it alive
    register_fonts()
    register = synthetic_register(n_act, n_rec)
    law = load_law()
    findings = run_checks(register, date(2026, 11, 30), law)
    grouped = dataflow.FlowView(group_by_function=True, group_data=True)
    detail = dataflow.FlowView()
    print(f"register: {n_act} activities, {n_rec} recipients, {len(findings)} findings")

    widget = DataflowView()
    rows = []
    for name, view in (("app, grouped (its first view)", grouped), ("app, every activity", detail)):
        flow = dataflow.layout(register, law, findings, view)
        t_layout = best(lambda view=view: dataflow.layout(register, law, findings, view))

        def draw(flow=flow) -> None:
            widget.flow = flow
            widget.draw()

        t_draw = best(draw)
        nodes, edges = len(flow.nodes), len(flow.edges)

        def floor(nodes=nodes, edges=edges) -> None:
            scene = QGraphicsScene()
            for i in range(nodes):
                scene.addRect(0, i * 26, 200, 20)
                scene.addSimpleText(f"node {i}").setPos(4, i * 26)
            for i in range(edges):
                scene.addLine(200, (i % nodes) * 26, 330, ((i * 7) % nodes) * 26)

        t_floor = best(floor)
        rows.append((name, nodes, edges, flow.naive_crossings, flow.crossings, t_layout, t_draw, t_floor))

    part = build_part(register, Translator("en"), law, date(2026, 11, 30))
    width, height = landscape(A4)

    def pdf_pages() -> None:
        canv = Canvas(io.BytesIO(), pagesize=landscape(A4))
        for page in part.pages:
            draw_flow(canv, 50, 50, width - 100, height - 120, page, part)
            canv.showPage()
        draw_map(canv, 50, 50, width - 100, height - 120, part)
        canv.save()

    def pdf_floor() -> None:
        canv = Canvas(io.BytesIO(), pagesize=landscape(A4))
        for page in part.pages:
            n = len(page.flow.nodes)
            canv.setFont(FONT, 7)
            for i in range(n):
                canv.rect(50, 50 + i * 10, 150, 8)
                canv.drawString(52, 52 + i * 10, f"node {i}")
            for i in range(len(page.flow.edges)):
                canv.line(200, 50 + (i % n) * 10, 300, 50 + ((i * 7) % n) * 10)
            canv.showPage()
        canv.save()

    t_layout_pdf = best(lambda: build_part(register, Translator("en"), law, date(2026, 11, 30)), 3)
    t_pdf, t_pdf_floor = best(pdf_pages), best(pdf_floor)

    print(f"{'case':32} {'nodes':>5} {'edges':>5} {'crossings':>15} {'layout':>8} {'draw':>8} {'floor':>8} "
          f"{'ratio':>6} {'total':>7}")
    for name, nodes, edges, naive, crossings, t_layout, t_draw, t_floor in rows:
        print(f"{name:32} {nodes:5} {edges:5} {naive:>7}->{crossings:<7} {t_layout:7.3f}s {t_draw:7.3f}s "
              f"{t_floor:7.3f}s {t_draw / t_floor:6.2f} {t_layout + t_draw:6.3f}s")
    nodes = sum(len(p.flow.nodes) for p in part.pages)
    edges = sum(len(p.flow.edges) for p in part.pages)
    print(f"{f'pdf, {len(part.pages)} pages (reportlab)':32} {nodes:5} {edges:5} {'':15} {t_layout_pdf:7.3f}s "
          f"{t_pdf:7.3f}s {t_pdf_floor:7.3f}s {t_pdf / t_pdf_floor:6.2f} {t_layout_pdf + t_pdf:6.3f}s")
    print("(pdf layout: the pages' layouts with the checks run for their findings; draw: every page and the map)")
    worst = max(max(r[5] + r[6] for r in rows), t_layout_pdf + t_pdf)
    print(f"worst total {worst:.3f} s — target under 0.5 s: {'met' if worst < 0.5 else 'NOT met'}")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
