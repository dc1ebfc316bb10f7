"""Every PDF and workbook `ropa-app export` writes is kept in the register as an export snapshot: when, format,
language, scope, the file's real SHA-256 and the register's fingerprint; a register that cannot be written
gets a warning, and the export stands."""

import hashlib
import os
import stat
from datetime import UTC, datetime

from pypdf import PdfReader

from ropa_app.cli import main
from ropa_app.domain import model
from ropa_app.export.document import fingerprint
from ropa_app.store import RegisterStore
from ropa_app.store.demo import create_demo


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshots(path):
    with RegisterStore.open(path, readonly=True) as store:
        return store.exports.all(), fingerprint(store.load_register()), store.audit.count()


def test_each_export_is_kept_with_the_files_sha256_and_the_registers_fingerprint(tmp_path, capsys):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    before, register_fp, log_rows = _snapshots(path)
    assert before == []
    assert main(["export", str(path), "--format", "both", "--lang", "sv", "--out", str(tmp_path / "one")]) == 0
    assert main(["export", str(path), "--format", "pdf", "--lang", "en", "--scope", "internal",
                 "--out", str(tmp_path / "two.pdf")]) == 0
    assert "not recorded" not in capsys.readouterr().err
    kept, after_fp, after_rows = _snapshots(path)
    assert after_fp == register_fp and after_rows == log_rows  # the register's content and change log as they were
    assert [(s.format, s.language, s.scope) for s in kept] == [
        ("xlsx", "sv", "art30"), ("pdf", "sv", "art30"), ("pdf", "en", "internal")]
    files = [*(sorted((tmp_path / "one").iterdir(), key=lambda p: p.suffix != ".xlsx")), tmp_path / "two.pdf"]
    assert [s.file_name for s in kept] == [f.name for f in files]
    assert [s.file_sha256 for s in kept] == [_sha256(f) for f in files]
    assert {s.register_fingerprint for s in kept} == {register_fp}
    assert register_fp in PdfReader(files[1]).metadata.get("/Keywords", "")  # the same fingerprint the PDF carries
    assert all(s.last_change == log_rows for s in kept)  # the change log's last row when exported
    assert all(abs((datetime.now(UTC) - s.at).total_seconds()) < 120 for s in kept)
    with RegisterStore.open(path, readonly=True) as store:
        assert store.exports.find(_sha256(files[2]).upper()).id == kept[2].id  # a file found again by its digest


def test_a_read_only_register_exports_with_a_warning(tmp_path, capsys):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        assert main(["export", str(path), "--format", "xlsx", "--out", str(tmp_path / "x.xlsx")]) == 0
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    err = capsys.readouterr().err
    assert "warning: the export was not recorded in demo.ropa" in err and "read-only" in err
    assert (tmp_path / "x.xlsx").stat().st_size > 0
    assert _snapshots(path)[0] == []


def test_a_register_open_in_another_window_exports_with_a_warning(tmp_path, capsys):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    with RegisterStore.open(path):  # holds the register's lock, as the app does
        assert main(["export", str(path), "--format", "pdf", "--out", str(tmp_path / "x.pdf")]) == 0
    assert "warning: the export was not recorded" in capsys.readouterr().err
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    assert _snapshots(path)[0] == []


def test_an_export_as_of_a_moment_keeps_the_change_log_row_of_that_moment(tmp_path):
    path = tmp_path / "r.ropa"
    with RegisterStore.create(path, model.Organisation(name="AB")) as store:
        store.activities.add(model.Activity(name="Payroll"))
        then = store.db.execute("select max(id), max(at) from audit_log").fetchone()
    with RegisterStore.open(path) as store:  # the first activity was added on 1 January, the second later
        store.db.execute("update audit_log set at = ? where id <= ?", ("2026-01-01T10:00:00+00:00", then[0]))
        store.db.conn.commit()
        store.activities.add(model.Activity(name="Newsletter"))
    moment = datetime(2026, 1, 2, tzinfo=UTC)
    assert main(["export", str(path), "--format", "xlsx", "--as-of", moment.isoformat(),
                 "--out", str(tmp_path / "then.xlsx")]) == 0
    kept, _fp, rows = _snapshots(path)
    assert len(kept) == 1 and kept[0].last_change == then[0] < rows
