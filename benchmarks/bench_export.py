"""Export benchmarks: each figure beside a floor measured in the same run.

    .venv/bin/python benchmarks/bench_export.py [--quick]

- xlsx, 10,000 activities: the whole export (build the document + write the workbook) against the
  floor of raw openpyxl write-only `append` of the same cell strings (no styles, no checks).
- pdf, 1,000 activities: the whole export against the floor of reportlab laying out the same text as
  plain Paragraphs (SimpleDocTemplate, same embedded fonts, no tables, no contents, no footer).
- the demo register, both formats.
- peak resident memory of the 10,000-activity xlsx export, in a fresh subprocess.
Timings are the best of a few alternating runs (the machine may be busy).
"""

from __future__ import annotations

import argparse
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


def xlsx_floor(doc: RegisterDocument, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Organisation")
    for _k, label, value, _m in doc.organisation:
        ws.append([label, value])
    for section in doc.sections:
        ws = wb.create_sheet(section.sheet_name[:31])
        ws.append([c.label for c in section.columns])
        for row in section.rows():
            ws.append([v or None for v in row])
    wb.save(path)


def pdf_floor(doc: RegisterDocument, path: Path) -> None:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ropa_app.export.pdf_parts import para_text, register_fonts, styles

    register_fonts()
    st = styles()
    story = []
    for _k, label, value, _m in doc.organisation:
        story += [Paragraph(para_text(label), st["label"]), Paragraph(para_text(value), st["body"])]
    for section in doc.sections:
        story.append(Paragraph(para_text(section.title), st["h1"]))
        for record in section.records:
            if section.detail:
                story.append(Paragraph(para_text(record.title), st["h2"]))
                for label, value, _m in section.detail_rows(record):
                    story += [Paragraph(para_text(label), st["label"]), Paragraph(para_text(value), st["body"])]
            else:
                story += [Paragraph(para_text(c), st["small"]) for c in section.compact_cells(record) if c]
    SimpleDocTemplate(str(path)).build(story)


def compare(name: str, register, fmt: str, floor, runs: int, folder: Path) -> tuple[float, float]:
    doc = build_document(register, "sv")
    out, ref = folder / f"{name}.{fmt}", folder / f"{name}-floor.{fmt}"
    t_floor, t_ours, t_render = [], [], []
    for _ in range(runs):  # alternate, so that a busy moment hurts both
        t_floor.append(best(lambda: floor(doc, ref), 1))
        t_ours.append(best(lambda: export_register(register, out, fmt, "sv"), 1))
        t_render.append(best(lambda: render_document(doc, out, fmt), 1))
    f, o, r = min(t_floor), min(t_ours), min(t_render)
    print(f"{name:<28} {fmt:<4}  export {o:7.2f} s  (render only {r:6.2f} s)  floor {f:7.2f} s  "
          f"ratio {o / f:4.2f} (render only {r / f:4.2f})  {out.stat().st_size / 1e3:8.0f} kB")
    return o, f


RSS_CHILD = """
import resource, sys, time
sys.path.insert(0, {root!r})
from benchmarks.synthetic import synthetic_register
from ropa_app.export import export_register

def status(key):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(key + ":"))

reg = synthetic_register({n}, 40)
try:  # reset the kernel's high-water mark, so that it measures the export alone
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    before = status("VmRSS")
except OSError:
    before = -1
t = time.perf_counter()
export_register(reg, {path!r}, "xlsx", "sv")
seconds = time.perf_counter() - t
hwm = status("VmHWM") if before >= 0 else -1
print(before, hwm, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, seconds)
"""


def peak_rss(n: int, folder: Path) -> None:
    code = RSS_CHILD.format(root=str(ROOT), n=n, path=str(folder / "rss.xlsx"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    before, hwm, maxrss, seconds = int(out[0]) / 1024, int(out[1]) / 1024, int(out[2]) / 1024, float(out[3])
    during = f"peak during the export {hwm:.0f} MB (register alone {before:.0f} MB); " if hwm > 0 else ""
    print(f"{'peak RSS, xlsx export':<28} {n} activities: {during}process peak {maxrss:.0f} MB, {seconds:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes, one run each")
    args = parser.parse_args()
    scale, runs = (10, 1) if args.quick else (1, 3)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        from ropa_app.store.demo import build_demo_register

        demo = build_demo_register()
        compare(f"demo ({len(demo.activities)} activities)", demo, "xlsx", xlsx_floor, runs, folder)
        compare(f"demo ({len(demo.activities)} activities)", demo, "pdf", pdf_floor, runs, folder)
        n_pdf, n_xlsx = 1000 // scale, 10_000 // scale
        compare(f"synthetic {n_pdf} activities", synthetic_register(n_pdf, 40), "pdf", pdf_floor, runs, folder)
        compare(f"synthetic {n_xlsx} activities", synthetic_register(n_xlsx, 40), "xlsx", xlsx_floor, runs, folder)
        peak_rss(n_xlsx, folder)


if __name__ == "__main__":
    main()
