"""`ROPA-Desk --self-test`: prove that an installed (or frozen) app works on this machine.

Creates the QApplication and the main window (offscreen unless QT_QPA_PLATFORM says otherwise), a demo
register in a temporary folder, runs the checks, exports Excel and PDF and reads both back. Exit status 0
only if every step worked, 1 otherwise. Each step is written to a log file (a windowed Windows build has
no stdout) and, when there is a stdout, printed too. The user's settings and registers are not touched:
the app data folder points into the temporary folder while the test runs.

`ROPA_DESK_SELFTEST_BREAK=<step>` makes that step fail on purpose (to test the test).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path
from collections.abc import Callable

from .. import __version__, paths

BREAK_ENV = "ROPA_DESK_SELFTEST_BREAK"
NATIVE_PLATFORM = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")


class SelfTest:
    def __init__(self, log_path: Path, work: Path):
        self.log_path, self.work = log_path, work
        self.failures: list[str] = []
        self.app = self.window = self.store = self.register = None
        self.exports: dict[str, Path] = {}
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(log_path, "w", encoding="utf-8")

    def say(self, line: str) -> None:
        self._log.write(line + "\n")
        self._log.flush()
        if sys.stdout is not None:
            print(line, flush=True)

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        start = time.perf_counter()
        try:
            if os.environ.get(BREAK_ENV) == name:
                raise RuntimeError(f"broken on purpose ({BREAK_ENV}={name})")
            detail = fn()
        except Exception as exc:  # noqa: BLE001 - every failure is a result to report
            self.failures.append(name)
            self.say(f"FAIL {name}: {exc!r}")
            self.say("".join(traceback.format_exc()).rstrip())
            return False
        self.say(f"ok   {name} ({time.perf_counter() - start:.2f} s) {detail}".rstrip())
        return True

    # --- the steps ---------------------------------------------------------------------------------
    def qt(self) -> str:
        from PySide6.QtCore import QLibraryInfo, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        qInstallMessageHandler(lambda _mode, _ctx, message: self.say(f"     qt: {message}"))
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
        found = sorted(p.name for p in plugins.glob("*")) if plugins.is_dir() else []
        if not any(NATIVE_PLATFORM in name for name in found):
            raise RuntimeError(f"the native platform plugin {NATIVE_PLATFORM} is missing from {plugins}: {found}")
        return f"platform {self.app.platformName()}; plugins {', '.join(found)}"

    def window_(self) -> str:
        from .main_window import MainWindow
        from ..store.demo import create_demo

        self.store = create_demo(self.work / "Self-test demo.ropa")
        self.window = MainWindow()
        self.window.set_store(self.store)
        self.window.show()
        self.app.processEvents()
        image = self.window.grab()
        if not self.window.isVisible() or image.isNull() or image.width() < 200:
            raise RuntimeError(f"window not shown (visible={self.window.isVisible()}, {image.width()} px)")
        return f"'{self.window.windowTitle()}', {image.width()}x{image.height()}"

    def checks(self) -> str:
        from ..domain.checks import ERROR, counts, run_checks

        self.register = self.store.load_register()
        if len(self.register.activities) < 5 or len(self.register.recipients) < 5:
            raise RuntimeError("the demo register is incomplete")
        found = counts(run_checks(self.register, date.today()))
        if found[ERROR] == 0:
            raise RuntimeError(f"the demo's deliberate mistakes were not found: {found}")
        return ", ".join(f"{n} {s}" for s, n in found.items())

    def export(self) -> str:
        from ..export import export_files

        reports = export_files(self.register, self.work, formats=("xlsx", "pdf"))
        self.exports = {r.format: r.path for r in reports}
        return ", ".join(f"{r.path.name} ({r.path.stat().st_size // 1024} KB)" for r in reports)

    def read_back(self) -> str:
        import openpyxl

        book = openpyxl.load_workbook(self.exports["xlsx"], read_only=True)
        cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
        book.close()
        name = self.register.organisation.name
        if name not in cells or len(cells) < 100:
            raise RuntimeError(f"the workbook lacks the organisation's name or data ({len(cells)} cells)")
        pdf = self.exports["pdf"].read_bytes()
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:] or len(pdf) < 10_000:
            raise RuntimeError(f"the PDF is not a complete PDF ({len(pdf)} bytes)")
        detail = f"xlsx {len(book.sheetnames)} sheets, {len(cells)} cells; pdf {len(pdf) // 1024} KB"
        try:
            from pypdf import PdfReader  # a test dependency: not in the frozen app
        except ImportError:
            return detail
        pages = PdfReader(self.exports["pdf"]).pages
        if len(pages) < 2 or name not in pages[0].extract_text():
            raise RuntimeError("the PDF's first page does not name the organisation")
        return f"{detail}, {len(pages)} pages"

    def countries(self) -> str:
        from ..export.i18n import LANGUAGES, country_name

        names = {lang: country_name("DE", lang) for lang in LANGUAGES}
        untranslated = [lang for lang in LANGUAGES if lang != "en" and names[lang] == names["en"]]
        if untranslated:
            raise RuntimeError(f"country names are not translated for {untranslated}: {names}")
        return ", ".join(f"{k} {v}" for k, v in names.items())

    def languages(self) -> str:
        """The interface tables of every language and Qt's own translations for it are in the bundle."""
        from PySide6.QtCore import QCoreApplication

        from . import i18n

        found = []
        for code in i18n.codes():
            if code == i18n.SOURCE:
                continue
            installed = i18n.install(code)
            try:
                menu = QCoreApplication.translate("MainWindow", "&File")
                cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
            finally:
                i18n.uninstall(installed)
            if menu == "&File" or cancel == "Cancel":
                raise RuntimeError(f"the interface in {code} is not translated (File: {menu!r}, Cancel: {cancel!r})")
            qt_name = i18n.qt_translation(code)[0]
            found.append(f"{code} {menu.replace('&', '')}/{cancel.replace('&', '')} (qtbase_{qt_name})")
        return ", ".join(found)

    def close(self) -> None:
        if self.app is not None:
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(None)
        if self.window is not None:
            self.window.close()
        if self.store is not None:
            self.store.close()
        self._log.close()


def run_self_test() -> int:
    log_path = paths.app_data_dir() / "logs" / "self-test.log"  # before the data folder is redirected
    work = Path(tempfile.mkdtemp(prefix="ropa-desk-self-test-"))
    os.environ["ROPA_DESK_DATA_DIR"] = str(work / "app-data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    test = SelfTest(log_path, work)
    test.say(f"ROPA Desk {__version__} self-test ({'frozen' if getattr(sys, 'frozen', False) else 'source'}, "
             f"{sys.platform}, Python {sys.version.split()[0]}); log {log_path}")
    if test.step("qt", test.qt) and test.step("window", test.window_) and test.step("checks", test.checks):
        if test.step("export", test.export):
            test.step("read_back", test.read_back)
        test.step("countries", test.countries)
        test.step("languages", test.languages)
    ok = not test.failures
    test.say("self-test passed" if ok else f"self-test FAILED: {', '.join(test.failures)}; files kept in {work}")
    test.close()
    if ok:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1
