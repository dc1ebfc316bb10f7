"""Size limits with measured costs (issue 17): each bounded case builds its input, runs with a time limit
and, where it matters, a memory limit (tracemalloc's peak of Python allocations), and prints both
(`pytest -s` shows them)."""

from __future__ import annotations

import json
import sqlite3
import time
import tracemalloc

import pytest

from ropa_app.domain import model
from ropa_app.domain.fieldkinds import MAX_TEXT_CHARS
from ropa_app.interchange import InvalidSource, export_json, parse
from ropa_app.interchange.problems import MAX_LISTED
from ropa_app.store import RegisterStore, fileio

from .faults import make_register


def measured(fn):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = fn()
    finally:
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return result, seconds, peak


def test_many_invalid_values_cost_linear_time_and_are_listed_up_to_a_bound():
    base = json.loads(export_json(model.Register(organisation=model.Organisation(name="A"))))
    times = {}
    for n in (10_000, 40_000):
        doc = {**base, "activities": [{"name": "a", "last_reviewed": "2026-02-30"} for _ in range(n)]}
        text = json.dumps(doc)

        def read(text=text):
            with pytest.raises(InvalidSource) as err:
                parse(text)
            return err.value

        err, seconds, peak = measured(read)
        times[n] = seconds
        print(f"\n{n:,} invalid dates: {seconds:.2f} s, peak {peak / 1e6:.0f} MB")
        assert len(err.problems) == MAX_LISTED + 1 and f"{n - MAX_LISTED:,} more problems" in str(err.problems[-1])
    assert times[40_000] < 10
    assert times[40_000] < 8 * times[10_000] + 0.5  # linear (4x) with room; the square would be 16x


def test_the_long_text_editor_stays_linear_up_to_the_limit(qtbot):
    from PySide6.QtWidgets import QApplication

    from ropa_app.ui.forms.fields import LongTextField

    times = {}
    for n in (MAX_TEXT_CHARS // 4, MAX_TEXT_CHARS):
        field = LongTextField()
        qtbot.addWidget(field)
        field.resize(600, 110)
        field.show()
        QApplication.processEvents()
        started = time.perf_counter()
        field.set_value("x" * n)  # one unbroken run: the case Qt's word wrap makes quadratic
        QApplication.processEvents()
        times[n] = time.perf_counter() - started
        assert field.value() == "x" * n
    print(f"\nlong-text editor, unbroken text: {times}")
    assert times[MAX_TEXT_CHARS] < 2
    assert times[MAX_TEXT_CHARS] < 8 * times[MAX_TEXT_CHARS // 4] + 0.1


def test_the_long_text_editor_stops_at_the_limit_and_says_so(qtbot):
    from ropa_app.ui.forms.fields import LongTextField

    field = LongTextField()
    qtbot.addWidget(field)
    notices = []
    field.notice.connect(notices.append)
    field.setPlainText("a" * (MAX_TEXT_CHARS - 10))
    field.moveCursor(field.textCursor().MoveOperation.End)
    field.insertPlainText("b" * 50)  # a paste past the limit
    assert len(field.value()) == MAX_TEXT_CHARS and field.value().endswith("b" * 10)
    assert notices and "100,000" in notices[-1]
    assert "100,000" in field.toolTip()


def test_info_counts_a_big_audit_log_without_reading_it(tmp_path, capsys):
    from ropa_app import cli

    path = make_register(tmp_path / "r.ropa", model.Register(organisation=model.Organisation(name="A")))
    conn = sqlite3.connect(path)
    conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500000) "
                 "INSERT INTO audit_log (at, os_user, action, entity, record_id, record_label, field, old_value, "
                 "new_value) SELECT '2026-01-01', 'u', 'update', 'activity', 1, 'x', 'notes', 'a', 'b' FROM n")
    conn.commit()
    conn.close()
    status, seconds, peak = measured(lambda: cli.main(["info", str(path)]))
    print(f"\ninfo on 500,000 audit rows: {seconds:.2f} s, peak {peak / 1e6:.1f} MB")
    assert status == 0 and "500,00" in capsys.readouterr().out.replace("500000", "500,00")
    assert seconds < 5 and peak < 50e6


def test_one_statement_is_bounded_in_time(tmp_path, monkeypatch):
    monkeypatch.setattr(fileio, "STATEMENT_SECONDS", 0.5)
    conn = sqlite3.connect(":memory:")
    fileio.configure(conn, readonly=True)
    started = time.perf_counter()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                     "SELECT count(*) FROM n").fetchone()
    seconds = time.perf_counter() - started
    print(f"\nendless statement stopped after {seconds:.2f} s (bound 0.5 s)")
    assert seconds < 3
    assert conn.execute("select 1").fetchone() == (1,)  # the next statement gets its own time


def test_a_value_far_over_the_limit_in_a_register_file_is_read_in_bounded_memory(tmp_path):
    path = make_register(tmp_path / "r.ropa", model.Register(organisation=model.Organisation(name="A"),
                                                             activities=[model.Activity(name="Big")]))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE activity SET description = (SELECT printf('%.*c', 50000000, 'z'))")
    conn.commit()
    conn.close()

    def read():
        with RegisterStore.open(path, readonly=True) as store:
            return store.load_register(), list(store.read_problems)

    (register, problems), seconds, peak = measured(read)
    print(f"\n50,000,000-character value: {seconds:.2f} s, peak {peak / 1e6:.0f} MB")
    assert len(register.activities[0].description) == MAX_TEXT_CHARS and problems
    assert seconds < 10 and peak < 300e6


# --- workbooks ----------------------------------------------------------------------------------------
def _workbook(path, copies=1):
    from tests.interchange.ico_workbook import ROWS, write_ico_workbook

    return write_ico_workbook(path, rows=ROWS * copies)


def _rewrite(path, name, change):
    import zipfile

    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    parts[name] = change(parts.get(name, b""))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, data in parts.items():
            zf.writestr(part, data)


def test_a_zip_bomb_of_shared_strings_is_refused_before_anything_is_inflated(tmp_path, monkeypatch):
    import zipfile

    from ropa_app.interchange import inspect_spreadsheet

    path = _workbook(tmp_path / "bomb.xlsx")
    _rewrite(path, "xl/sharedStrings.xml", lambda _old: b"<sst>" + b" " * 60_000_000 + b"</sst>")
    monkeypatch.setattr(zipfile.ZipFile, "testzip", lambda self: pytest.fail("inflated before the size check"))

    def refused():
        with pytest.raises(InvalidSource, match="text of the workbook unpacks to 60 MB"):
            inspect_spreadsheet(path)

    _none, seconds, peak = measured(refused)
    print(f"\nshared-strings bomb ({path.stat().st_size / 1e3:.0f} KB, 60 MB unpacked) refused in {seconds:.3f} s, "
          f"peak {peak / 1e6:.1f} MB")
    assert seconds < 2 and peak < 20e6


def test_a_sheet_dimension_of_the_whole_grid_is_read_in_bounded_time_and_memory(tmp_path):
    import re

    from ropa_app.interchange import load

    path = _workbook(tmp_path / "wide.xlsx")
    _rewrite(path, "xl/worksheets/sheet2.xml",
             lambda old: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', old))
    incoming, seconds, peak = measured(lambda: load(path))
    print(f"\ndimension A1:XFD1048576 ({path.stat().st_size / 1e3:.0f} KB): {seconds:.2f} s, peak {peak / 1e6:.0f} MB")
    assert len(incoming.activities) == 9
    assert seconds < 30 and peak < 600e6


def test_a_sheet_longer_than_the_row_limit_is_refused_with_its_name(tmp_path, monkeypatch):
    from ropa_app.interchange import load
    from ropa_app.interchange import spreadsheet

    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 50)
    path = _workbook(tmp_path / "long.xlsx", copies=10)  # 90 activities

    def refused():
        with pytest.raises(InvalidSource, match="more than 50 rows"):
            load(path)

    _none, seconds, peak = measured(refused)
    print(f"\n90-row sheet over a 50-row limit refused: {seconds:.2f} s, peak {peak / 1e6:.1f} MB")
    assert seconds < 30  # most of it is finding the header row (difflib), the same with or without the limit
