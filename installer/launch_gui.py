"""PyInstaller entry of the desktop app (ROPA-Desk): the same as `python -m ropa_app`."""

import sys

from ropa_app.__main__ import main

sys.exit(main())
