"""Print the size of the one-folder build and of its tarball; fail when over the limits (Linux).

    python installer/dist_report.py dist/ROPA-Desk dist/ROPA-Desk-0.1.0-linux-x86_64.tar.gz
"""

import sys
from pathlib import Path

LIMITS_MB = {"folder": 150, "tarball": 65}  # issue 7: the Linux build and its tar.gz


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(folder: str, tarball: str) -> int:
    sizes = {"folder": folder_bytes(Path(folder)) / 1e6, "tarball": Path(tarball).stat().st_size / 1e6}
    over = []
    for what, path in (("folder", folder), ("tarball", tarball)):
        limit = LIMITS_MB[what]
        print(f"{path}: {sizes[what]:.1f} MB (limit {limit} MB on Linux)")
        if sizes[what] > limit:
            over.append(what)
    if over and sys.platform.startswith("linux"):
        print(f"too big: {', '.join(over)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
