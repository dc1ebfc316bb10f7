"""Render screenshots of the main views on the demo register into docs/screenshots/ (for the README).

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
    window.show_page(0)
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


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    demo = Path(os.environ["ROPA_DESK_DATA_DIR"]) / "Demo register.ropa"
    store = create_demo(demo, date.today())
    window = MainWindow(store)
    window.resize(1400, 860)
    window.show()
    wait(app, 1.0)
    page = window.activities_page
    page.listing.select(1)
    settle(app)
    shots = {"activity-list.png": window}
    window.grab().save(str(OUT / "activity-list.png"))
    page.editor.form.focus_field("data_categories")
    settle(app)
    window.grab().save(str(OUT / "activity-editor.png"))
    window.show_page(1)
    window.recipients_page.listing.select(2)
    settle(app)
    window.grab().save(str(OUT / "recipient-editor.png"))
    window.show_page(2)
    settle(app)
    window.grab().save(str(OUT / "organisation-editor.png"))
    window.show_page(3)
    settle(app)
    window.grab().save(str(OUT / "transfers.png"))
    window.show_page(4)
    wait(app, 1.0)  # the checks run shortly after the register opens
    window.grab().save(str(OUT / "checks.png"))
    laptop = laptop_shots(app, window)
    names = ["activity-list.png", "activity-editor.png", "recipient-editor.png", "organisation-editor.png",
             "transfers.png", "checks.png", *laptop]
    for name in names:
        print(OUT / name)
    del shots
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
