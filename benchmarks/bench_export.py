"""Export benchmarks: each figure beside a floor measured in the same run.

    .venv/bin/python benchmarks/bench_export.py [--quick]
    nice .venv/bin/python benchmarks/bench_export.py --pdf-sizes 200,2000,10000,50000 [--runs 3]
    nice .venv/bin/python benchmarks/bench_export.py --xlsx-sizes 200,2000,10000 [--runs 3]

- xlsx, 10,000 activities: the whole export (build the document + write the workbook) and the render alone
  against the floor of raw openpyxl write-only `append` of exactly the cells our workbook holds, every sheet
  (print sheets, annexes and all; read back from our workbook before timing), without styles or checks.
- pdf at 200, 2,000 and 10,000 activities (recipients = activities / 5), each size in a fresh process:
  the render of the built document against the floor `pdf_floor` (raw reportlab canvas and line
  splitter doing the same layout with the same text, annexes included), ms per page, the peak
  memory the render adds and its ratio to the file's size.
- the demo register, both formats (the demo PDF against the same floor).
- peak resident memory of the 10,000-activity xlsx export, in a fresh subprocess.
Timings are the best of a few alternating runs (the machine may be busy).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import synthetic_register  # noqa: E402
from ropa_app.export import build_document, export_register, render_document  # noqa: E402
from ropa_app.export.document import RegisterDocument  # noqa: E402


def best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def xlsx_cells(doc: RegisterDocument, folder: Path) -> list[tuple[str, list[list[str | None]]]]:
    """Every sheet and cell value our workbook of `doc` holds (its print, annex and Long values sheets too),
    read back from a render of it (not timed): the floor writes exactly these cells."""
    from openpyxl import load_workbook

    path = folder / "cells.xlsx"
    render_document(doc, path, "xlsx")
    wb = load_workbook(path, read_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            row = list(row)
            while row and row[-1] is None:  # read-only pads every row to the sheet's width; we write no such cells
                row.pop()
            rows.append(row)
        sheets.append((ws.title, rows))
    wb.close()
    path.unlink()
    return sheets


def xlsx_floor(sheets: list[tuple[str, list[list[str | None]]]], path: Path) -> None:
    """The floor: raw openpyxl write-only `append` of the same cells as ours, sheet by sheet (no styles, row
    heights, column widths or print settings, no checks)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def pdf_floor(doc: RegisterDocument, path: Path, canvasmaker=None) -> int:  # noqa: ANN001
    """The floor: raw reportlab (its canvas and its line splitter `simpleSplit`, no platypus) doing the
    export's layout with the same text: the cover's and every record's label/value rows (30 % label column),
    contents lines (titles only), each activity's heading, the annexes as tables (landscape pages, the header
    row repeated on every page, columns as wide as their mean text), row backgrounds and rules, a footer with
    the page number on every page, a row longer than the page continued on the next. What it leaves out:
    outline, links, page references, hyphenation. Returns the page count. `canvasmaker` (default reportlab's
    Canvas): the bench also runs it on the export's own canvas (`FormCanvas`: strings it has encoded before
    from a cache, pages encoded as they end), the floor of the same work given the same canvas."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from ropa_app.export.pdf_parts import FONT, FONT_BOLD, GRID, HEAD_BG, LABEL_BG, register_fonts

    register_fonts()
    margin, pad = 16 * mm, 3.0
    canv = (canvasmaker or Canvas)(str(path), pagesize=A4, initialFontName=FONT, initialFontSize=9)
    state = {"size": A4, "y": 0.0, "header": None}

    def new_page(size=None) -> None:  # noqa: ANN001
        if state["y"]:
            canv.setFont(FONT, 7.5)
            canv.setFillColorRGB(0, 0, 0)
            canv.drawString(margin, margin - 2, f"{doc.organisation_name} — {doc.title} · {canv.getPageNumber()}")
            canv.showPage()
        state["size"] = size or state["size"]
        canv.setPageSize(state["size"])
        state["y"] = state["size"][1] - margin
        if state["header"]:
            row(*state["header"], repeat=False)

    def bottom() -> float:
        return margin + 6 * mm

    def row(cells, widths, fonts, fill=None, repeat=True) -> None:  # noqa: ANN001
        """One table row: the cells' lines side by side; continued on the next page where it does not fit."""
        lines = [simpleSplit(text, font, size, w - 2 * pad) if text else [] for text, w, (font, size) in
                 zip(cells, widths, fonts)]  # fmt: skip
        leading = 10.0 if fonts[-1][1] <= 8 else 11.5
        full = (state["size"][1] - margin - bottom() - 2 * pad) // leading
        while True:
            room = (state["y"] - bottom() - 2 * pad) // leading
            n = max(len(c) for c in lines) or 1
            if n > room and (n <= full or room < 1) and repeat:
                new_page()
                continue
            take = int(min(n, room))
            height = take * leading + 2 * pad
            y = state["y"] - height
            x = margin
            if fill is not None:
                canv.setFillColor(fill)
                canv.rect(margin, y, sum(widths), height, stroke=0, fill=1)
            canv.setStrokeColor(GRID)
            canv.setLineWidth(0.4)
            canv.line(margin, y, margin + sum(widths), y)
            for cell, w, (font, size) in zip(lines, widths, fonts):
                text = canv.beginText(x + pad, state["y"] - pad - size)
                text.setFont(font, size, leading)
                text.setFillColorRGB(0, 0, 0)
                for line in cell[:take]:
                    text.textLine(line)
                canv.drawText(text)
                canv.line(x, y, x, state["y"])
                x += w
            state["y"] = y
            lines = [c[take:] for c in lines]
            if not any(lines):
                return
            new_page()

    def heading(text: str, size: float) -> None:
        if state["y"] - 3 * size < bottom() + 60:
            new_page()
        canv.setFont(FONT_BOLD, size)
        canv.setFillColorRGB(0, 0, 0)
        state["y"] -= size * 1.6
        canv.drawString(margin, state["y"], text[:300])
        state["y"] -= size * 0.5

    def fields(rows) -> None:  # noqa: ANN001
        width = state["size"][0] - 2 * margin
        for label, value, *_ in rows:
            row([label, value], [width * 0.3, width * 0.7], [(FONT_BOLD, 8.5), (FONT, 9)], LABEL_BG)

    new_page(A4)
    heading(doc.title, 24)
    fields(doc.cover)
    new_page()
    heading(doc.text("contents"), 15)
    for section in doc.sections:
        for title in [section.title] + [r.title for r in section.records if section.detail]:
            if state["y"] < bottom() + 14:
                new_page()
            canv.setFont(FONT, 9)
            canv.drawString(margin, state["y"] - 11, " ".join(title.split())[:150])
            state["y"] -= 13
    new_page()
    heading(doc.text("section.organisation"), 15)
    fields([(label, value) for _k, label, value, _m in doc.organisation])
    for section in doc.sections:
        state["header"] = None
        new_page(A4 if section.detail else landscape(A4))
        heading(section.title, 15)
        fields(section.preamble)
        if section.detail:
            for record in section.records:
                heading(record.title, 11)
                fields(section.detail_rows(record))
            continue
        wide = landscape(A4)[0] - 2 * margin
        cells = [section.compact_cells(r) for r in section.records]
        means = [max(sum(len(c[i]) for c in cells) / max(len(cells), 1), 12) for i in range(len(section.compact))]
        widths = [wide * m / sum(means) for m in means]
        fonts = [(FONT, 8)] * len(widths)
        header = ([section.labels[keys[0]] for keys in section.compact], widths, [(FONT_BOLD, 8)] * len(widths),
                  HEAD_BG)  # fmt: skip
        row(*header)
        state["header"] = header
        for n, c in enumerate(cells):
            row(c, widths, fonts, LABEL_BG if n % 2 else None)
    state["header"] = None
    new_page()
    canv.save()
    return canv.getPageNumber() - 1


def compare(name: str, register, fmt: str, floor, runs: int, folder: Path) -> tuple[float, float]:
    doc = build_document(register, "sv")
    out, ref = folder / f"{name}.{fmt}", folder / f"{name}-floor.{fmt}"
    t_floor, t_ours, t_render = [], [], []
    given = xlsx_cells(doc, folder) if floor is xlsx_floor else doc  # the xlsx floor writes our very cells
    for _ in range(runs):  # alternate, so that a busy moment hurts both
        t_floor.append(best(lambda: floor(given, ref), 1))
        t_ours.append(best(lambda: export_register(register, out, fmt, "sv"), 1))
        t_render.append(best(lambda: render_document(doc, out, fmt), 1))
    f, o, r = min(t_floor), min(t_ours), min(t_render)
    print(f"{name:<28} {fmt:<4}  export {o:7.2f} s  (render only {r:6.2f} s)  floor {f:7.2f} s  "
          f"ratio {o / f:4.2f} (render only {r / f:4.2f})  {out.stat().st_size / 1e3:8.0f} kB")
    return o, f


RSS_CHILD = """
import resource, sys, time
sys.path.insert(0, {root!r})
from benchmarks.memory import memory, restarted
from benchmarks.synthetic import synthetic_register
from ropa_app.export import export_register

reg = synthetic_register({n}, 40)
before = restarted()  # the kernel's high-water mark restarted, so that it measures the export alone
t = time.perf_counter()
export_register(reg, {path!r}, "xlsx", "sv")
seconds = time.perf_counter() - t
hwm = memory()[0] if before >= 0 else -1
print(before, hwm, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, seconds)
"""


def peak_rss(n: int, folder: Path) -> None:
    code = RSS_CHILD.format(root=str(ROOT), n=n, path=str(folder / "rss.xlsx"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    before, hwm, maxrss, seconds = float(out[0]), float(out[1]), int(out[2]) / 1024, float(out[3])
    during = f"peak during the export {hwm:.0f} MB (register alone {before:.0f} MB); " if hwm > 0 else ""
    print(f"{'peak RSS, xlsx export':<28} {n} activities: {during}process peak {maxrss:.0f} MB, {seconds:.1f} s")


PDF_CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
from benchmarks.bench_export import pdf_floor
from benchmarks.memory import memory, restarted
from benchmarks.synthetic import synthetic_register
from ropa_app.export import build_document, render_document
from ropa_app.export.pdf_parts import FormCanvas

n, runs, folder = {n}, {runs}, {folder!r}
reg = synthetic_register(n, max(n // 5, 1))
t = time.perf_counter()
doc = build_document(reg, "sv")
out = {{"build": time.perf_counter() - t, "render": [], "floor": [], "cached": [], "rss": [], "floor_rss": [],
        "cpu": {{"render": [], "floor": [], "cached": []}}}}

def floor():
    before = restarted()
    t, c = time.perf_counter(), time.process_time()
    out["floor_pages"] = pdf_floor(doc, folder + "/floor.pdf")
    out["floor"].append(time.perf_counter() - t)
    out["cpu"]["floor"].append(time.process_time() - c)
    out["floor_rss"].append(memory()[0] - before if before >= 0 else -1)

def cached():  # the floor on the export's canvas
    t, c = time.perf_counter(), time.process_time()
    pdf_floor(doc, folder + "/cached.pdf", FormCanvas)
    out["cached"].append(time.perf_counter() - t)
    out["cpu"]["cached"].append(time.process_time() - c)

def ours():
    before = restarted()
    t, c = time.perf_counter(), time.process_time()
    out["pages"] = render_document(doc, folder + "/ours.pdf", "pdf").pages
    out["render"].append(time.perf_counter() - t)
    out["cpu"]["render"].append(time.process_time() - c)
    out["rss"].append(memory()[0] - before if before >= 0 else -1)

for i in range(runs):  # alternately, so that a busy moment of the machine hurts each; the first run's
    for step in ((ours, floor, cached) if i % 2 == 0 else (cached, floor, ours)):  # memory figure is
        step()  # the export's alone
import os
out["size"] = os.path.getsize(folder + "/ours.pdf")
print(json.dumps(out))
"""


def pdf_scaling(sizes: list[int], runs: int, folder: Path) -> None:
    """The PDF export at each size (recipients = activities / 5), in a fresh process per size: render time
    beside the floor of the same document in the same process, ms per page, and the peak resident memory
    the render adds (kernel high-water mark reset just before it). Also the floor drawn on the export's own
    canvas (`FormCanvas`, with its encoding cache) and the render's ratio to it; and both ratios in CPU
    time of the process (best of the runs), steadier than the wall clock on a shared machine."""
    from ropa_app.export.pdf_parts import ACCELERATED

    print(f"reportlab's C accelerator (rl-accel): {'installed' if ACCELERATED else 'not installed'}")
    print(f"{'pdf (sv)':<10} {'pages':>6} {'build':>7} {'render (runs)':>28} {'floor (runs)':>28} {'ratio':>5} "
          f"{'ms/page':>7} {'peak MB':>7} {'file MB':>7} {'peak/file':>9} {'floor pages':>11} "
          f"{'floor on our canvas':>20} {'ratio':>5} {'cpu ratios':>10}")
    for n in sizes:
        code = PDF_CHILD.format(root=str(ROOT), n=n, runs=runs, folder=str(folder))
        res = json.loads(subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                                        check=True).stdout.splitlines()[-1])  # fmt: skip
        render, floor, cpu = min(res["render"]), min(res["floor"]), res["cpu"]
        listed = lambda xs: "/".join(f"{x:.1f}" for x in xs)  # noqa: E731
        print(f"{n:<10} {res['pages']:>6} {res['build']:>6.1f}s {listed(res['render']):>27}s "
              f"{listed(res['floor']):>27}s {render / floor:>5.2f} {1000 * render / res['pages']:>7.1f} "
              f"{res['rss'][0]:>7.0f} {res['size'] / 1e6:>7.1f} {res['rss'][0] / (res['size'] / 1e6):>9.2f} "
              f"{res['floor_pages']:>11} "
              f"{listed(res['cached']):>19}s {render / min(res['cached']):>5.2f} "
              f"{min(cpu['render']) / min(cpu['floor']):>5.2f}/{min(cpu['render']) / min(cpu['cached']):.2f}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes, one run each")
    parser.add_argument("--pdf-sizes", type=lambda s: [int(x) for x in s.split(",")], metavar="N,N,...",
                        help="only the PDF at these numbers of activities (e.g. 200,2000,10000,50000)")
    parser.add_argument("--runs", type=int, help="runs per figure (default 3; 1 with --quick)")
    parser.add_argument("--xlsx-sizes", type=lambda s: [int(x) for x in s.split(",")], metavar="N,N,...",
                        help="only the xlsx export at these numbers of activities (e.g. 200,2000,10000)")
    args = parser.parse_args()
    scale, runs = (10, 1) if args.quick else (1, 3)
    runs = args.runs or runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.pdf_sizes:
            pdf_scaling(args.pdf_sizes, runs, folder)
            return
        if args.xlsx_sizes:
            for n in args.xlsx_sizes:
                compare(f"synthetic {n} activities", synthetic_register(n, 40), "xlsx", xlsx_floor, runs, folder)
            return
        from ropa_app.store.demo import build_demo_register

        demo = build_demo_register()
        compare(f"demo ({len(demo.activities)} activities)", demo, "xlsx", xlsx_floor, runs, folder)
        compare(f"demo ({len(demo.activities)} activities)", demo, "pdf", pdf_floor, runs, folder)
        n_xlsx = 10_000 // scale
        pdf_scaling([200, 2000] if args.quick else [200, 2000, 10_000], runs, folder)
        compare(f"synthetic {n_xlsx} activities", synthetic_register(n_xlsx, 40), "xlsx", xlsx_floor, runs, folder)
        peak_rss(n_xlsx, folder)


if __name__ == "__main__":
    main()
