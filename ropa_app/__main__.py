"""`python -m ropa_app [FILE]`: the desktop app (what a double-click on a .ropa file runs)."""

from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:2] == ["--self-test"]:  # the installed or frozen app checks itself (GUI entry only)
        from .ui.selftest import run_self_test

        return run_self_test()
    if len(sys.argv) > 1 and sys.argv[1].startswith("-") and sys.argv[1] not in ("-h", "--help"):
        from .cli import main as cli_main  # --version, --help of the command line

        return cli_main()
    from .ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
