"""A second app instance in a child process: `python writer_child.py REGISTER`.

Opens REGISTER for writing and prints "ready" (or "locked <message>"); then for each line
"add NAME" on stdin adds an activity and prints "ok <id>"; "quit" closes the register and prints "closed".
"""

import sys

from ropa_app.domain import model
from ropa_app.store import RegisterLockedError, RegisterStore


def main() -> None:
    try:
        store = RegisterStore.open(sys.argv[1])
    except RegisterLockedError as exc:
        print(f"locked {exc}", flush=True)
        return
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.rstrip("\n").partition(" ")
        if cmd == "add":
            print(f"ok {store.activities.add(model.Activity(name=arg))}", flush=True)
        elif cmd == "quit":
            break
    store.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
