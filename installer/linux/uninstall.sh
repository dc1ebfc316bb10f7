#!/bin/sh
# Remove ROPA Desk for this user. Your registers (.ropa files), your settings and the app data folder
# (logs, automatic backups in ~/.local/share/ROPA Desk) are left alone.
set -eu
data="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -rf "$HOME/.local/opt/ropa-desk"
for link in "$HOME/.local/bin/ropa-desk" "$HOME/.local/bin/ropa-app"; do
  [ -L "$link" ] && rm -f "$link"
done
rm -f "$data/applications/ropa-desk.desktop" "$data/mime/packages/ropa-desk.xml" \
      "$data/icons/hicolor/256x256/apps/ropa-desk.png"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "ROPA Desk removed. Your registers and backups were not touched."
