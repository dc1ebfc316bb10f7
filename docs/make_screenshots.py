"""Render screenshots of the main views on the demo register into docs/screenshots/ (for the README), in
English and in Swedish (`<view>-sv.png`, the interface as `--lang sv` shows it).

Run: make screenshots   (uses QT_QPA_PLATFORM=offscreen; works without a display)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ROPA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="ropa-shots-"))

from PySide6.QtWidgets import QApplication

from ropa_app.store.demo import create_demo
from ropa_app.ui import i18n
from ropa_app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def wait(app: QApplication, seconds: float) -> None:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def laptop_shots(app: QApplication, window: MainWindow) -> list[str]:
    """The activity form on a laptop screen (1280x800, and 1280x720): an activity with a special category,
    so that the Art. 9(2) choices show, and the help panel on the field in focus."""
    store = window.store
    special = next(s.id for s in store.activities.summaries()
                   if any(dc.special not in ("none", "", "criminal")
                          for dc in store.activities.get(s.id).data_categories))
    show(window, window.activities_page)
    page = window.activities_page
    page.listing.select(special)
    names = []
    for width, height in ((1280, 800), (1280, 720)):
        window.resize(width, height)
        settle(app)
        page.editor.form.focus_field("special_category_conditions")
        wait(app, 0.3)
        name = f"activity-form-{width}x{height}.png"
        window.grab().save(str(OUT / name))
        names.append(name)
    return names


def show(window: MainWindow, view) -> None:
    window.show_view(view)


def export_and_change(store, language: str) -> None:
    """What the Overview's "since the last export" shows: the Art. 30 record exported as a PDF (kept as an
    export snapshot, as File > Export register… keeps it), then the retention of the last activity changed (one
    that no other picture shows)."""
    from dataclasses import replace

    from ropa_app.export import ExportOptions, export_files
    from ropa_app.export.document import fingerprint

    register = store.load_register()
    folder = Path(tempfile.mkdtemp(prefix="ropa-shots-export-"))
    (report,) = export_files(register, folder, ("pdf",), language, ExportOptions(scope="art30"))
    store.exports.record(report.path, "pdf", report.language, "art30", fingerprint(register))
    activity = store.activities.get(store.activities.summaries()[-1].id)
    more = " Granskat: oförändrat." if language == "sv" else " Reviewed: unchanged."
    store.activities.update(replace(activity, retention=activity.retention + more))


def shots(app: QApplication, language: str, suffix: str) -> list[str]:
    """The main views in `language`, saved as <view><suffix>.png."""
    installed = i18n.install(language)
    demo = Path(os.environ["ROPA_DESK_DATA_DIR"]) / f"Demo register{suffix}.ropa"
    store = create_demo(demo, date.today())
    export_and_change(store, language)
    window = MainWindow(store)
    window.resize(1400, 860)
    window.show()
    wait(app, 1.0)
    names = []

    def save(name: str) -> None:
        settle(app)
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
        names.append(f"{name}{suffix}.png")

    show(window, window.overview_page)  # the page the window opens on, on a laptop screen
    window.resize(1280, 800)
    wait(app, 0.5)
    save("overview")
    window.resize(1400, 860)
    page = window.activities_page
    show(window, page)
    page.listing.select(1)
    save("activity-list")
    page.editor.form.focus_field("data_categories")
    save("activity-editor")
    show(window, window.recipients_page)
    window.recipients_page.listing.select(2)
    save("recipient-editor")
    show(window, window.organisation_page)
    save("organisation-editor")
    show(window, window.transfers_view)
    save("transfers")
    show(window, window.checks_view)
    wait(app, 1.0)  # the checks run shortly after the register opens
    save("checks")
    show(window, window.dataflow_page)  # where personal data goes (ui/dataflow_view.py)
    window.dataflow_page.view.fit()
    save("dataflow")
    if not suffix:
        names += laptop_shots(app, window)
    window.close()
    store.close()
    i18n.uninstall(installed)
    return names


def main() -> int:
    """English (the README's pictures) and Swedish (`-sv`: the interface in a language of its users)."""
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for name in [*shots(app, "en", ""), *shots(app, "sv", "-sv")]:
        print(OUT / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
