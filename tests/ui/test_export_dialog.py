"""The export dialog: both files through the worker, progress, Cancel leaves nothing, the window stays
responsive while the export runs."""

import time

import openpyxl
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from ropa_app.domain import model
from ropa_app.export import WORKBOOK_LAYOUTS
from ropa_app.ui.export_dialog import ExportDialog
from ropa_app.ui.session import RegisterSession
from ropa_app.store import RegisterStore
from ropa_app.store.demo import create_demo

from .checks_helpers import open_window


def test_export_dialog_writes_both_files_through_the_worker(qtbot, tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = open_window(qtbot, path)
    window.action_export.trigger()
    dialog = next(w for w in window.children() if w.objectName() == "export_dialog")
    out = tmp_path / "out"
    dialog.folder.setText(str(out))
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    seen = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=20000)
    files = sorted(p.name for p in out.iterdir())
    assert [f.rsplit(".", 1)[1] for f in files] == ["pdf", "xlsx"]
    assert all("-sv-" in f for f in files)
    assert len(set(seen)) > 2 and seen[-1] == 1000, "the progress bar advanced"
    wb = openpyxl.load_workbook(out / files[1], read_only=True)
    text = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert "Personnel administration and payroll" in text
    assert (out / files[0]).read_bytes().startswith(b"%PDF")


def _big_register(path, n=400):
    with RegisterStore.create(path, model.Organisation(name="Big AB")) as store:
        with store.db.atomic():
            for i in range(n):
                store.activities.add(model.Activity(ref=f"PA-{i:04d}", name=f"Activity {i}",
                                                    purposes=["x " * 50], security_description="lorem ipsum " * 200))


def test_cancel_leaves_no_file_and_the_window_stays_responsive(qtbot, tmp_path):
    path = tmp_path / "big.ropa"
    _big_register(path, 1500)  # an export of a few seconds
    window = open_window(qtbot, path)
    qtbot.wait(2000)  # let the window settle: the checks and the search index are read once after opening
    dialog = window.export_dialog()
    out = tmp_path / "out"
    dialog.folder.setText(str(out))
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(5)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    try:
        assert dialog.task is not None and dialog.task.is_running()
        start = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= start + 5, timeout=5000)  # the event loop runs meanwhile
        assert dialog.task is not None and dialog.task.is_running(), "still exporting"
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=60000)
    finally:
        timer.stop()
        if dialog.task is not None:
            dialog.task.cancel()
            dialog.task.wait()
    assert "cancelled" in dialog.status.text().lower(), dialog.status.text()
    assert list(out.iterdir()) == [], "no file, no temporary file"


def test_export_dialog_writes_json(qtbot, tmp_path):
    from ropa_app.interchange import export_json

    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = open_window(qtbot, path)
    dialog = window.export_dialog()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=20000)
    [written] = list((tmp_path / "out").iterdir())
    assert written.suffix == ".json"
    assert written.read_text(encoding="utf-8") == export_json(window.store.load_register())


def test_a_failed_export_says_once_what_happened_and_what_to_do(qtbot, tmp_path, monkeypatch):
    import errno

    from ropa_app.export import output

    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = open_window(qtbot, path)
    dialog = window.export_dialog()
    out = tmp_path / "out"
    dialog.folder.setText(str(out))

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "replace", disk_full)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    text = dialog.status.text()
    assert "disk is full" in text and "Free some space" in text, text
    assert text.count("Nothing was saved") == 1 and "No file was written" not in text, text
    assert not out.exists() or list(out.iterdir()) == []


def test_the_dialog_exports_the_art_30_record_unless_the_internal_register_is_chosen(qtbot, tmp_path):
    path = tmp_path / "r.ropa"
    with RegisterStore.create(path, model.Organisation(name="Exempel AB", country="SE")) as store:
        store.activities.add(model.Activity(ref="PA-001", name="Löner", purposes=["Lön"], owner="Per Persson"))
    window = open_window(qtbot, path)
    window.action_export.trigger()
    dialog = next(w for w in window.children() if w.objectName() == "export_dialog")
    assert dialog.scope.currentData() == "art30" and dialog.scope.accessibleName() == "What to export"
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))

    def export_to(folder):
        dialog.folder.setText(str(folder))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(folder.glob("*.xlsx")), timeout=20000)
        wb = openpyxl.load_workbook(next(folder.glob("*.xlsx")), read_only=True)
        return " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)

    assert "Per Persson" not in export_to(tmp_path / "record")
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=5000)
    dialog.scope.setCurrentIndex(dialog.scope.findData("internal"))
    assert "Per Persson" in export_to(tmp_path / "internal")


def test_the_workbook_options_reach_the_workbook_and_apply_only_to_it(qtbot, tmp_path):
    path = tmp_path / "r.ropa"
    store = RegisterStore.create(path, model.Organisation(name="Eksempel AS", country="NO"))
    store.activities.add(model.Activity(ref="PA-001", name="Lønn", purposes=["Lønn"],
                                        data_categories=[model.DataCategory("Navn")]))
    dialog = ExportDialog(RegisterSession(store))
    qtbot.addWidget(dialog)
    layout = dialog.findChild(QComboBox, "export_workbook_layout")
    links = dialog.findChild(QCheckBox, "export_data_links")
    assert layout.accessibleName() == "Workbook layout" and links.accessibleName() == "Data-category links sheet"
    assert [layout.itemData(i) for i in range(layout.count())] == list(WORKBOOK_LAYOUTS)
    assert layout.currentData() == "standard" and not links.isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert not layout.isEnabled() and not links.isEnabled(), "a PDF has no workbook layout"
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert layout.isEnabled() and links.isEnabled()
    layout.setCurrentIndex(layout.findData("datatilsynet_no"))
    qtbot.mouseClick(links, Qt.MouseButton.LeftButton)
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    out = tmp_path / "out"
    dialog.folder.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(out.glob("*.xlsx")), timeout=20000)
    wb = openpyxl.load_workbook(next(out.glob("*.xlsx")))
    assert "Personopplysninger og koblinger" in wb.sheetnames
    groups = [c.value for row in wb.worksheets[1].iter_rows() for c in row if c.value == "Obligatorisk (art. 30 nr. 1)"]
    assert groups == ["Obligatorisk (art. 30 nr. 1)"]
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    store.close()
