#!/bin/sh
# Install ROPA Desk for this user (no root): the app into ~/.local/opt/ropa-desk, the commands
# `ropa-desk` and `ropa-app` into ~/.local/bin, a start-menu entry, and the .ropa file type.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
dest="$HOME/.local/opt/ropa-desk"
bin="$HOME/.local/bin"
rm -rf "$dest"
mkdir -p "$dest" "$bin" "$data/applications" "$data/mime/packages" "$data/icons/hicolor/256x256/apps"
cp -a "$here/ROPA-Desk" "$here/ropa-app" "$here/_internal" "$here/uninstall.sh" "$dest/"
ln -sf "$dest/ROPA-Desk" "$bin/ropa-desk"
ln -sf "$dest/ropa-app" "$bin/ropa-app"
sed "s|^Exec=.*|Exec=\"$dest/ROPA-Desk\" %f|" "$here/share/ropa-desk.desktop" > "$data/applications/ropa-desk.desktop"
cp "$here/share/ropa-desk-mime.xml" "$data/mime/packages/ropa-desk.xml"
cp "$here/share/ropa-desk.png" "$data/icons/hicolor/256x256/apps/ropa-desk.png"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default ropa-desk.desktop application/x-ropa-register || true
echo "ROPA Desk installed in $dest. Start it from the menu, or run: ropa-desk"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to your PATH to use the ropa-desk and ropa-app commands)";; esac
