"""What build.spec leaves out of the frozen app, as plain functions over PyInstaller's TOC entries
(`(destination, source, typecode)`), so that tests/test_packaging.py can check them without a build.
"""

from __future__ import annotations

import os.path
import re
import sys
from pathlib import Path
from collections.abc import Callable, Iterable

from ropa_app.domain.languages import LANGUAGES  # the export languages: their dictionaries are kept

Entry = tuple[str, str, str]

# Python modules: no network, no test tools, none of Qt but Core/Gui/Widgets, Pillow without AVIF/WebP/CMS.
EXCLUDES = [
    "tkinter", "_tkinter", "unittest", "pydoc", "doctest", "pdb", "ssl", "_ssl", "_hashlib",
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtQml", "PySide6.QtQuick",
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingtk", "PIL.ImageQt", "PIL.ImageTk",
    "PIL.ImageCms", "PIL.AvifImagePlugin", "PIL.WebPImagePlugin",
    "pytest", "pytestqt", "hypothesis", "pypdf",
]
QT_PLUGINS_KEPT: dict[str, set[str] | None] = {  # plugin folder -> file name stems kept (None: all)
    "platforms": {"qoffscreen", "qxcb", "qwindows", "qdirect2d", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},  # not qgtk3: it would drag in the build machine's GTK
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qico", "qsvg", "qjpeg", "qgif"},
    "iconengines": None,
    "styles": None,
    "xcbglintegrations": None,
}
QT_PLUGIN = re.compile(r"PySide6/(?:Qt6?/)?plugins/([^/]+)/(?:lib)?([^/.]+)")
QT_LIBS_DROPPED = re.compile(r"Qt6(Network|Wayland|Wl|EglFS|EglFs|Qml|Quick|Pdf|VirtualKeyboard|OpenGLWidgets)")
QT_TRANSLATION = re.compile(r"PySide6/(?:Qt6?/)?translations/[^/]+\.qm$")
QT_TRANSLATIONS_KEPT = re.compile(r"/qt(base)?_(da|fi|nb|nn|no|sv)\.qm$")  # the app's Nordic users
# pycountry: the country list and its names in the export languages (domain.languages: their countries are
# exported and typed by those names) and the Nordic neighbours; not subdivisions, currencies, languages, nor
# the other 130 translations.
PYCOUNTRY_LOCALES = sorted({lang.country_names_locale for lang in LANGUAGES if lang.country_names_locale}
                           | {"is", "nn"})
PYCOUNTRY_DATA = re.compile(r"^pycountry/(databases|locales)/")
PYCOUNTRY_KEPT = re.compile(
    r"^pycountry/(databases/iso3166-1\.json|locales/(" + "|".join(map(re.escape, PYCOUNTRY_LOCALES))
    + r")/LC_MESSAGES/iso3166-1\.mo)$"
)
# pyphen: the hyphenation dictionaries of the export languages (domain.languages), not its other 70.
PYPHEN_DATA = re.compile(r"^pyphen/dictionaries/")
PYPHEN_KEPT = re.compile(
    r"^pyphen/dictionaries/hyph_(" + "|".join(re.escape(lang.hyphenation) for lang in LANGUAGES if lang.hyphenation)
    + r")\.dic$"
)
# Pillow's bundled libraries for the formats left out above.
PILLOW_LIBS_DROPPED = re.compile(r"pillow\.libs/lib(avif|webp|sharpyuv|lcms2|brotli|harfbuzz|freetype|png16)")


def keep(dest: str) -> bool:
    d = dest.replace("\\", "/")
    plugin = QT_PLUGIN.search(d)
    if plugin:
        stems = QT_PLUGINS_KEPT.get(plugin.group(1), set())
        return stems is None or plugin.group(2) in stems
    if QT_TRANSLATION.search(d):
        return bool(QT_TRANSLATIONS_KEPT.search(d))
    if PYCOUNTRY_DATA.search(d):
        return bool(PYCOUNTRY_KEPT.search(d))
    if PYPHEN_DATA.search(d):
        return bool(PYPHEN_KEPT.search(d))
    return not (QT_LIBS_DROPPED.search(d) or PILLOW_LIBS_DROPPED.search(d))


def trimmed(toc: Iterable[Entry]) -> list[Entry]:
    return [entry for entry in toc if keep(entry[0])]


def referenced(binaries: list[Entry], get_imports: Callable[[str], Iterable[tuple[str, str | None]]],
               platform: str = sys.platform) -> list[Entry]:
    """Linux: drop the shared libraries that nothing kept links to (only dropped plugins needed them).
    Roots are the Python extensions, the Qt plugins and libpython; `get_imports(path)` (PyInstaller's,
    ldd on Linux) names every library a root needs, directly or not."""
    if not platform.startswith("linux"):
        return binaries
    roots = [t == "EXTENSION" or "/plugins/" in d.replace("\\", "/") or Path(d).name.startswith("libpython")
             for d, _s, t in binaries]
    needed = {Path(name).name for (_d, src, _t), root in zip(binaries, roots) if root for name, _p in get_imports(src)}
    return [b for b, root in zip(binaries, roots) if root or Path(b[0]).name in needed]


def without_dangling_links(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """Drop the links PyInstaller puts next to libraries (it keeps them with the data) whose library went."""
    dests = {d.replace("\\", "/") for d, _s, _t in binaries + datas}
    def target(e: Entry) -> str:
        return os.path.normpath(os.path.join(os.path.dirname(e[0]), e[1])).replace("\\", "/")

    return [e for e in datas if e[2] != "SYMLINK" or target(e) in dests]
