"""Child process for the kill tests: makes edits and reports each one after its commit returned.

Usage: python edit_burst_child.py REGISTER N. Prints "ok <activity id> <name>" per committed edit.
"""

import sys

from ropa_app.domain import model
from ropa_app.store import RegisterStore


def main() -> None:
    path, n = sys.argv[1], int(sys.argv[2])
    store = RegisterStore.open(path)
    print("ready", flush=True)
    for i in range(n):
        name = f"Edit {i} – ÅÄÖ"
        aid = store.activities.add(
            model.Activity(name=name, purposes=[f"purpose {i}"], data_subject_categories=[f"cat {i % 7}"])
        )
        if i % 3 == 0:
            a = store.activities.get(aid)
            a.retention = f"{i} years"
            store.activities.update(a)
        print(f"ok {aid} {i}", flush=True)


if __name__ == "__main__":
    main()
