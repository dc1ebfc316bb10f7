"""PyInstaller entry of the command line (ropa-app): the same as the `ropa-app` console script."""

import sys

from ropa_app.cli import main

sys.exit(main())
