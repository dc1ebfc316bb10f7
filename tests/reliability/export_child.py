"""Child for the kill-during-export test: `python export_child.py REGISTER DESTINATION`.

Opens the register read-only, prints "ready" once the data is loaded, exports to DESTINATION and prints
"done" when export_register has returned.
"""

import os
import sys

from ropa_app.export import export_register
from ropa_app.store import RegisterStore


def main() -> None:
    register, dest = sys.argv[1], sys.argv[2]
    with RegisterStore.open(register, readonly=True) as store:
        data = store.load_register()
    os.write(1, b"ready\n")
    export_register(data, dest)
    os.write(1, b"done\n")


if __name__ == "__main__":
    main()
