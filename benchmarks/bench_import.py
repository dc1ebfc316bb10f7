"""Import benchmark (issue #21): a JSON register document imported into a new register file, beside a
floor measured in the same run.

    .venv/bin/python benchmarks/bench_import.py                      # 200, 2,000 and 10,000 activities
    .venv/bin/python benchmarks/bench_import.py --sizes 2000 --runs 3

`synthetic_register(n, n / 5)` exported with `export_json`; the figure is the whole import of that text:
`parse` (JSON syntax and every value checked), `build_plan` and `create_register_from_plan` (the file
created, every record, its child rows and its audit rows written in one transaction). The floor is
`json.loads` of the same text and, into a new SQLite file with the same schema, `executemany` of exactly
the rows the import wrote (every table, audit log included) in one transaction. Best of `--runs`
alternating runs. "one by one" is the same import with each record added by `Repository.add` (how
imports wrote before #21), measured in the same run.

JSON export (`--export`): `save_json` (the document streamed to the file a record at a time) against the
floor `json.dumps(document)` (the json module's C encoder, no indentation) of the same document, built
beforehand, written to a file; "whole text" is the export as it was before #21 (`export_json`, the pure-
Python indenting encoder, the whole text in memory, then written).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import synthetic_register  # noqa: E402
from ropa_app.interchange import build_plan, export_json, parse, save_json, to_document  # noqa: E402
from ropa_app.store.importing import create_register_from_plan  # noqa: E402
from ropa_app.store.repository import Repository  # noqa: E402


def import_text(text: str, path: Path) -> None:
    create_register_from_plan(path, build_plan(parse(text), None))


def table_rows(path: Path) -> tuple[list[str], dict[str, tuple[list[str], list[tuple]]]]:
    """The schema statements and every table's columns and rows of a register file."""
    con = sqlite3.connect(path)
    try:
        schema = [sql for (sql,) in con.execute(
            "select sql from sqlite_master where sql is not null and name not like 'sqlite_%' "
            "order by type = 'index', rowid")]
        tables = [name for (name,) in con.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
        out = {}
        for t in tables:
            cur = con.execute(f"select * from [{t}] order by rowid")
            out[t] = ([d[0] for d in cur.description], cur.fetchall())
        return schema, out
    finally:
        con.close()


def floor(text: str, schema: list[str], rows: dict[str, tuple[list[str], list[tuple]]], path: Path) -> None:
    json.loads(text)
    con = sqlite3.connect(path)
    try:
        for sql in schema:
            con.execute(sql)
        with con:
            for table, (columns, values) in rows.items():
                cols = ", ".join(f"[{c}]" for c in columns)
                con.executemany(f"insert into [{table}] ({cols}) values ({', '.join('?' * len(columns))})", values)
    finally:
        con.close()


def one_by_one(text: str, path: Path) -> None:
    batched = Repository.add_many
    Repository.add_many = lambda self, records: [self.add(r) for r in records]
    try:
        import_text(text, path)
    finally:
        Repository.add_many = batched


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def measure(n: int, runs: int, folder: Path) -> None:
    text = export_json(synthetic_register(n, max(1, n // 5)))
    figures, floors, before = [], [], []
    schema = rows = None
    for i in range(runs):
        path = folder / f"import-{n}-{i}.ropa"
        figures.append(timed(import_text, text, path))
        before.append(timed(one_by_one, text, folder / f"old-{n}-{i}.ropa"))
        if rows is None:
            schema, rows = table_rows(path)
        t = time.perf_counter()
        floor(text, schema, rows, folder / f"floor-{n}-{i}.sqlite")
        floors.append(time.perf_counter() - t)
    audit = len(rows["audit_log"][1])
    fig, flo = min(figures), min(floors)
    print(f"| {n:,} | {len(text) / 1e6:.1f} MB | {audit:,} | {' / '.join(f'{x:.2f}' for x in figures)} s | "
          f"{' / '.join(f'{x:.2f}' for x in floors)} s | {fig / flo:.2f} | "
          f"{' / '.join(f'{x:.2f}' for x in before)} s ({min(before) / flo:.2f}) |", flush=True)


def whole_text(register, path: Path) -> None:
    path.write_text(export_json(register), encoding="utf-8")


def json_floor(document, path: Path) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def measure_export(n: int, runs: int, folder: Path) -> None:
    register = synthetic_register(n, max(1, n // 5))
    document = to_document(register)
    figures, floors, before = [], [], []
    for _ in range(runs):
        figures.append(timed(save_json, register, folder / "export.json"))
        floors.append(timed(json_floor, document, folder / "floor.json"))
        before.append(timed(whole_text, register, folder / "old.json"))
    fig, flo = min(figures), min(floors)
    print(f"| {n:,} | {' / '.join(f'{x:.2f}' for x in figures)} s | {' / '.join(f'{x:.2f}' for x in floors)} s | "
          f"{fig / flo:.2f} | {' / '.join(f'{x:.2f}' for x in before)} s ({min(before) / flo:.2f}) |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="200,2000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--export", action="store_true", help="the JSON export instead of the import")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        if args.export:
            print("| activities | save_json, runs | floor, runs | ratio | whole text (before), runs (ratio) |")
            print("|---|---|---|---|---|")
            for n in sizes:
                measure_export(n, args.runs, Path(tmp))
            return
        print("| activities | document | audit rows | import, runs | floor, runs | ratio (best / best) | "
              "one by one (before), runs (ratio) |")
        print("|---|---|---|---|---|---|---|")
        for n in sizes:
            measure(n, args.runs, Path(tmp))


if __name__ == "__main__":
    main()
