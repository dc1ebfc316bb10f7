"""Cancel or failure leaves nothing at the destination; progress reaches its total."""

import os

import pytest

from benchmarks.synthetic import synthetic_register
from ropa_app.export import ExportCancelled, build_document, export_files, export_register, render_document
from ropa_app.export.output import atomic_output

FORMATS = ["xlsx", "pdf"]


def entries(folder):
    return sorted(os.listdir(folder))


@pytest.fixture(scope="module")
def document():
    return build_document(synthetic_register(120, 12), "en")


class CancelAfter:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls > self.n


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancel_leaves_no_file_and_no_temp(tmp_path, document, fmt):
    cancel = CancelAfter(3)
    with pytest.raises(ExportCancelled):
        render_document(document, tmp_path / f"out.{fmt}", cancelled=cancel)
    assert cancel.calls > 3  # it was asked, and stopped when told
    assert entries(tmp_path) == []
    if fmt == "xlsx":  # and openpyxl's own temporary sheet files are gone too
        from openpyxl.worksheet._writer import ALL_TEMP_FILES

        assert not [f for f in ALL_TEMP_FILES if os.path.exists(f)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancel_keeps_an_earlier_export_untouched(tmp_path, document, fmt):
    target = tmp_path / f"out.{fmt}"
    target.write_bytes(b"earlier export")
    with pytest.raises(ExportCancelled):
        render_document(document, target, cancelled=CancelAfter(2))
    assert target.read_bytes() == b"earlier export"
    assert entries(tmp_path) == [f"out.{fmt}"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failure_midway_leaves_no_file(tmp_path, document, fmt):
    calls = []

    def progress(done, total):
        calls.append(done)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        render_document(document, tmp_path / f"out.{fmt}", progress=progress)
    assert entries(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_progress_rises_to_the_total(tmp_path, document, fmt):
    seen = []
    report = render_document(document, tmp_path / f"out.{fmt}", progress=lambda d, t: seen.append((d, t)))
    assert len(seen) >= 3
    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and seen[-1][0] == seen[-1][1]
    assert entries(tmp_path) == [f"out.{fmt}"] and report.path == tmp_path / f"out.{fmt}"
    assert oct((tmp_path / f"out.{fmt}").stat().st_mode & 0o077) != "0o0"  # not left 0600 like a temp file


def test_cancel_before_anything_is_written(tmp_path):
    with pytest.raises(ExportCancelled):
        export_register(synthetic_register(5, 3), tmp_path / "x.pdf", cancelled=lambda: True)
    assert entries(tmp_path) == []


def test_atomic_output_replaces_only_on_success(tmp_path):
    target = tmp_path / "f.txt"
    with atomic_output(target) as tmp:
        tmp.write_text("new")
        assert not target.exists()
    assert target.read_text() == "new"
    with pytest.raises(ValueError):
        with atomic_output(target) as tmp:
            tmp.write_text("broken")
            raise ValueError
    assert target.read_text() == "new" and entries(tmp_path) == ["f.txt"]


def test_export_files_both_formats_with_default_names(tmp_path):
    seen = []
    reports = export_files(synthetic_register(10, 5), tmp_path, language="da", progress=lambda d, t: seen.append(d))
    names = entries(tmp_path)
    assert [r.format for r in reports] == ["xlsx", "pdf"]
    assert len(names) == 2 and all(
        n.startswith("Nordljus_Software_AB-ROPA-da-") or n.startswith("Nordljus-Software-AB-ROPA-da-") for n in names
    )
    assert {n.rsplit(".", 1)[1] for n in names} == {"xlsx", "pdf"}
    assert seen == sorted(seen) and seen[-1] == 1000
