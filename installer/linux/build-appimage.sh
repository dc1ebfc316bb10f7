#!/usr/bin/env bash
# AppImage recipe: turn dist/ROPA-Desk (from `make dist`) into build/appimage/ROPA_Desk.AppDir and pack it
# with appimagetool (https://github.com/AppImage/appimagetool/releases: download appimagetool-x86_64.AppImage
# and put it on PATH as `appimagetool`, or set APPIMAGETOOL=/path/to/it).
#
#   AppDir/AppRun                      starts usr/lib/ropa-desk/ROPA-Desk with the arguments given
#   AppDir/ropa-desk.desktop, .png     what appimagetool and desktop integrators read
#   AppDir/usr/lib/ropa-desk/          the one-folder app
#   AppDir/usr/share/{applications,mime/packages,icons/...}
#
# Without appimagetool the AppDir is still built (and can be run: build/appimage/ROPA_Desk.AppDir/AppRun).
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n1)"
appdir="build/appimage/ROPA_Desk.AppDir"
[ -x dist/ROPA-Desk/ROPA-Desk ] || { echo "dist/ROPA-Desk is missing: run 'make dist' first" >&2; exit 1; }
rm -rf "${appdir}"
mkdir -p "${appdir}/usr/lib/ropa-desk" "${appdir}/usr/share/applications" "${appdir}/usr/share/mime/packages" \
         "${appdir}/usr/share/icons/hicolor/256x256/apps"
cp -a dist/ROPA-Desk/. "${appdir}/usr/lib/ropa-desk/"
cp installer/linux/ropa-desk.desktop "${appdir}/ropa-desk.desktop"
cp installer/linux/ropa-desk.desktop "${appdir}/usr/share/applications/"
cp installer/linux/ropa-desk-mime.xml "${appdir}/usr/share/mime/packages/ropa-desk.xml"
cp resources/icons/ropa-desk.png "${appdir}/ropa-desk.png"
cp resources/icons/ropa-desk.png "${appdir}/usr/share/icons/hicolor/256x256/apps/"
cat > "${appdir}/AppRun" <<'RUN'
#!/bin/sh
# `ROPA_Desk.AppImage` starts the desktop app; `ROPA_Desk.AppImage cli ARGS` runs the command line.
here="$(dirname "$(readlink -f "$0")")"
if [ "${1:-}" = "cli" ]; then shift; exec "$here/usr/lib/ropa-desk/ropa-app" "$@"; fi
exec "$here/usr/lib/ropa-desk/ROPA-Desk" "$@"
RUN
chmod +x "${appdir}/AppRun"
tool="${APPIMAGETOOL:-$(command -v appimagetool || true)}"
if [ -z "${tool}" ]; then
  echo "AppDir ready: ${appdir} (appimagetool not found: see the top of this script to pack it)"
  exit 0
fi
ARCH="$(uname -m)" VERSION="${version}" "${tool}" "${appdir}" "dist/ROPA_Desk-${version}-$(uname -m).AppImage"
