#!/usr/bin/env bash
# Pack dist/ROPA-Desk (from `make dist`) as dist/ROPA-Desk-<version>-linux-<arch>.tar.gz:
#
#   ROPA-Desk-<version>/
#     ROPA-Desk  ropa-app  _internal/        the one-folder app (desktop app and command line)
#     share/ropa-desk.desktop                start-menu entry, opens .ropa files
#     share/ropa-desk-mime.xml               the application/x-ropa-register MIME type (*.ropa)
#     share/ropa-desk.png                    the icon
#     install.sh  uninstall.sh  README.txt   per-user install into ~/.local (no root needed)
#
# Prints the path of the tarball. Usage: installer/linux/make-tarball.sh [VERSION]
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n1)}"
name="ROPA-Desk-${version}"
stage="build/tarball/${name}"
out="dist/${name}-linux-$(uname -m).tar.gz"
[ -x dist/ROPA-Desk/ROPA-Desk ] || { echo "dist/ROPA-Desk is missing: run 'make dist' first" >&2; exit 1; }
rm -rf build/tarball
mkdir -p "${stage}/share"
cp -al dist/ROPA-Desk/. "${stage}/" 2>/dev/null || cp -a dist/ROPA-Desk/. "${stage}/"
cp installer/linux/ropa-desk.desktop installer/linux/ropa-desk-mime.xml "${stage}/share/"
cp resources/icons/ropa-desk.png "${stage}/share/"
cp installer/linux/install.sh installer/linux/uninstall.sh installer/linux/README.txt "${stage}/"
chmod +x "${stage}/install.sh" "${stage}/uninstall.sh"
tar -C build/tarball -czf "${out}" "${name}"
rm -rf build/tarball
echo "${out}"
