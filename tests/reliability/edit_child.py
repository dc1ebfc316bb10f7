"""Child processes for the kill tests.

`python edit_child.py serve`: a fork server. It imports the app once, then for each line
"fork START REGISTER" on stdin forks a child that opens REGISTER for writing (taking over the lock the
previous, killed child left) and makes edits until it is killed, printing "ready" once open and
"ok <activity id> <n>" after each edit's commit returned; the server answers "pid <pid>". "wait <pid>"
reaps a killed child and answers "dead <pid>". Without fork (Windows), `python edit_child.py edit
REGISTER START` runs one child directly.
"""

import os
import sys

import sqlite_utils  # noqa: F401 (the store loads it at its first write: imported once here, with the app)

from ropa_app.domain import model
from ropa_app.store import RegisterStore


def say(line: str) -> None:
    """One write per line: a kill never leaves half a line (print writes the text and the newline apart)."""
    os.write(1, (line + "\n").encode("utf-8"))


def edit_forever(path: str, start: int) -> None:
    store = RegisterStore.open(path)
    say("ready")
    n = start
    while True:
        aid = store.activities.add(
            model.Activity(name=f"Edit {n} – ÅÄÖ", purposes=[f"purpose {n}"], data_subject_categories=[f"cat {n % 7}"])
        )
        if n % 3 == 0:
            a = store.activities.get(aid)
            a.retention = f"{n} years"
            store.activities.update(a)
        say(f"ok {aid} {n}")
        n += 1


def serve() -> None:
    for line in sys.stdin:
        cmd = line.rstrip("\n").split(" ", 2)
        if cmd[0] == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    edit_forever(cmd[2], int(cmd[1]))
                finally:
                    os._exit(1)
            say(f"pid {pid}")
        elif cmd[0] == "wait":
            os.waitpid(int(cmd[1]), 0)
            say(f"dead {cmd[1]}")
        elif cmd[0] == "quit":
            return


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve()
    else:
        edit_forever(sys.argv[2], int(sys.argv[3]))
