# dmgbuild settings for ROPA Desk (https://dmgbuild.readthedocs.io); macOS only (it drives hdiutil).
#
#   .venv/bin/python -m pip install dmgbuild
#   .venv/bin/dmgbuild -s installer/macos/dmgbuild-settings.py -D app=dist/ROPA-Desk.app \
#       "ROPA Desk" dist/ROPA-Desk-<version>.dmg
#
# The window shows the app and a link to /Applications to drag it onto. Sign and notarise the .app
# before this step and the .dmg after it (docs/packaging.md).
# ruff: noqa: F821  (`defines` is provided by dmgbuild)

import os.path

application = defines.get("app", "dist/ROPA-Desk.app")
appname = os.path.basename(application)

format = "UDZO"  # compressed, read-only
filesystem = "HFS+"
size = None  # computed from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon", "resources/icons/ropa-desk.icns")  # run from the repository's root
if not os.path.exists(icon):
    icon = None  # the volume then gets the default disk icon
badge_icon = None
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
window_rect = ((200, 200), (640, 300))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 14
