"""Packaging without a build: what build.spec leaves out, the start-up probe, the installers' files.

The frozen app itself is checked by `make dist-test` (installer/dist_test.sh)."""

import configparser
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))
import bundle_filter as bf  # noqa: E402

KEPT = [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",  # the Windows wheel's layout
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6/Qt/plugins/imageformats/libqico.so",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt/translations/qtbase_sv.qm",
    "pycountry/databases/iso3166-1.json",
    "pycountry/locales/sv/LC_MESSAGES/iso3166-1.mo",
    "pycountry/locales/nb_NO/LC_MESSAGES/iso3166-1.mo",
    "pycountry/__init__.py",
    "pillow.libs/libjpeg-6dc8d115.so.62.4.0",
    "resources/law/adequacy.json",
    "resources/library/templates.json",
    "resources/library/processors.json",
]
DROPPED = [
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6\\plugins\\sqldrivers\\qsqlite.dll",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6\\Qt6Quick.dll",
    "PySide6/Qt/translations/qtbase_de.qm",
    "pycountry/databases/iso3166-2.json",
    "pycountry/locales/de/LC_MESSAGES/iso3166-1.mo",
    "pycountry/locales/sv/LC_MESSAGES/iso639-3.mo",
    "pillow.libs/libavif-c6062d5f.so.16.4.2",
]


@pytest.mark.parametrize("dest", KEPT)
def test_the_bundle_keeps_what_the_app_needs(dest):
    assert bf.keep(dest)


@pytest.mark.parametrize("dest", DROPPED)
def test_the_bundle_leaves_out_what_it_does_not_use(dest):
    assert not bf.keep(dest)


def test_libraries_nothing_kept_links_to_are_dropped_on_linux():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),  # only the dropped qgtk3 wanted it
    ]
    imports = {"/src/QtGui.abi3.so": ["libQt6Gui.so.6"], "/src/libqxcb.so": ["libxcb-cursor.so.0", "libc.so.6"]}

    def get_imports(src):
        return [(name, None) for name in imports.get(src, [])]

    kept = bf.referenced(binaries, get_imports, platform="linux")
    assert [Path(d).name for d, _s, _t in kept] == [
        "QtGui.abi3.so", "libqxcb.so", "libpython3.11.so.1.0", "libQt6Gui.so.6", "libxcb-cursor.so.0"]
    assert bf.referenced(binaries, get_imports, platform="win32") == binaries


def test_links_to_dropped_libraries_are_dropped():
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so", "libQt6Core.so.6", "SYMLINK"),
        ("resources/law/eea.json", "/src/eea.json", "DATA"),
    ]
    assert [d for d, _s, _t in bf.without_dangling_links(datas, binaries)] == [
        "libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so", "resources/law/eea.json"]


def test_exit_when_shown_reports_the_first_paint_and_quits(tmp_path, app_data_dir):
    from ropa_app.store.demo import create_demo

    create_demo(tmp_path / "demo.ropa").close()
    marker = tmp_path / "shown.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROPA_DESK_EXIT_WHEN_SHOWN": str(marker)}
    start = time.time()
    result = subprocess.run([sys.executable, "-m", "ropa_app", str(tmp_path / "demo.ropa")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    word, shown, cpu = marker.read_text(encoding="utf-8").split()
    assert word == "ROPA_DESK_SHOWN"
    assert start < float(shown) < time.time()
    assert 0 < float(cpu) < time.time() - start + 60  # (the process's CPU seconds to the paint: a few tenths)


def test_linux_desktop_entry_and_mime_type_agree():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "installer" / "linux" / "ropa-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(ROOT / "installer" / "linux" / "ropa-desk-mime.xml").getroot().find("m:mime-type", ns)
    assert desktop["MimeType"].rstrip(";") == mime.get("type") == "application/x-ropa-register"
    assert mime.find("m:glob", ns).get("pattern") == "*.ropa"
    assert desktop["Exec"].endswith(" %f")
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.png").is_file()


def test_icons_are_what_each_platform_reads():
    icons = ROOT / "resources" / "icons"
    png = (icons / "ropa-desk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 256  # 256 px wide
    ico = (icons / "ropa-desk.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 4  # several sizes
    icns = (icons / "ropa-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)


def test_the_bundle_keeps_the_hyphenation_dictionaries_of_the_export_languages_only():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "installer"))
    import bundle_filter

    from ropa_app.domain.languages import LANGUAGES

    for lang in LANGUAGES:
        if lang.hyphenation:  # a language pyphen has no dictionary of declares none
            assert bundle_filter.keep(f"pyphen/dictionaries/hyph_{lang.hyphenation}.dic"), lang.code
    assert not bundle_filter.keep("pyphen/dictionaries/hyph_de_DE.dic")
    for lang in LANGUAGES:  # the country names the export writes and the country field is typed in
        if lang.country_names_locale:
            assert bundle_filter.keep(f"pycountry/locales/{lang.country_names_locale}/LC_MESSAGES/iso3166-1.mo")
    assert bundle_filter.keep("pyphen/__init__.py")
