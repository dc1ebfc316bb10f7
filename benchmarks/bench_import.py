"""Import benchmark (issue #21): a JSON register document imported into a new register file, beside a
floor measured in the same run.

    .venv/bin/python benchmarks/bench_import.py                      # 200, 2,000 and 10,000 activities
    .venv/bin/python benchmarks/bench_import.py --sizes 2000 --runs 3

`synthetic_register(n, n / 5)` exported with `export_json`; the figure is the whole import of that text:
`parse` (JSON syntax and every value checked), `build_plan` and `create_register_from_plan` (the file
created, every record, its child rows and its audit rows written in one transaction). The floor is
`json.loads` of the same text and, into a new SQLite file with the same schema, `executemany` of exactly
the rows the import wrote (every table, audit log included) in one transaction, with Python's cycle
collector held off as the import holds it off (`domain.collector.held`). Best of `--runs` alternating runs;
the ratio of the best CPU times is printed too (steadier on a shared machine). "one by one" is the same
import with each record added by `Repository.add` and updated by `Repository.update` (how imports wrote
before #21: the new recipients' sub-processor links by an update of each after all of them), measured in the
same run (`--no-one-by-one` leaves it out).

JSON export (`--export`): `save_json` (the document streamed to the file a record at a time, made durable
and moved into place) against the floor `json.dumps(document)` (the json module's C encoder, no
indentation) of the same document, built beforehand, written to a file; the two alternate, best of
`--runs`; the ratio of their CPU times is printed too (steadier on a shared machine). "whole text" is the
export as it was before #21 (`dumps(to_document(...))`, the pure-Python indenting encoder, the whole text
in memory, then written). Then, in a fresh process per size, the memory each adds at its peak (the kernel's
high-water mark reset just before it, as `bench_export.py` does).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.memory import peak_of  # noqa: E402
from benchmarks.synthetic import synthetic_register  # noqa: E402
from ropa_app.interchange import build_plan, dumps, export_json, parse, save_json, to_document  # noqa: E402
from ropa_app.domain import collector  # noqa: E402
from ropa_app.store.importing import create_register_from_plan  # noqa: E402
from ropa_app.domain.copying import replaced  # noqa: E402
from ropa_app.store.recipients import RecipientRepo  # noqa: E402
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
    with collector.held():  # as the import holds the cycle collector off (`collector.held`), so does its floor
        json.loads(text)
        con = sqlite3.connect(path)
        try:
            for sql in schema:
                con.execute(sql)
            with con:
                for table, (columns, values) in rows.items():
                    cols = ", ".join(f"[{c}]" for c in columns)
                    con.executemany(f"insert into [{table}] ({cols}) values ({', '.join('?' * len(columns))})",
                                    values)
        finally:
            con.close()


def one_by_one(text: str, path: Path) -> None:
    batched, updates, linked = Repository.add_many, Repository.update_many, RecipientRepo.add_many_linked

    def add_then_link(self, records):  # the two passes `add_many_linked` stands for, record by record
        ids = [self.add(replaced(r, id=None, sub_processors=[])) for r in records]
        new = dict(zip((r.id for r in records), ids))
        for r, new_id in zip(records, ids):
            if r.sub_processors:
                self.update(replaced(r, id=new_id, sub_processors=[new.get(s, s) for s in r.sub_processors]))
        return ids

    Repository.add_many = lambda self, records: [self.add(r) for r in records]
    Repository.update_many = lambda self, records: [self.update(r) for r in records]
    RecipientRepo.add_many_linked = add_then_link
    try:
        import_text(text, path)
    finally:
        Repository.add_many, Repository.update_many, RecipientRepo.add_many_linked = batched, updates, linked


def measure(n: int, runs: int, folder: Path, with_before: bool = True) -> None:
    text = export_json(synthetic_register(n, max(1, n // 5)))
    figures, floors, before = [], [], []
    schema = rows = None
    for i in range(runs):
        path = folder / f"import-{n}-{i}.ropa"
        figures.append(timed_cpu(import_text, text, path))
        if with_before:
            before.append(timed_cpu(one_by_one, text, folder / f"old-{n}-{i}.ropa")[0])
        if rows is None:
            schema, rows = table_rows(path)
        floors.append(timed_cpu(floor, text, schema, rows, folder / f"floor-{n}-{i}.sqlite"))
    audit = len(rows["audit_log"][1])
    fig, flo = min(x for x, _ in figures), min(x for x, _ in floors)
    cpu = min(c for _, c in figures) / min(c for _, c in floors)
    old = f"{' / '.join(f'{x:.2f}' for x in before)} s ({min(before) / flo:.2f})" if before else "not measured"
    print(f"| {n:,} | {len(text) / 1e6:.1f} MB | {audit:,} | {' / '.join(f'{x:.2f}' for x, _ in figures)} s | "
          f"{' / '.join(f'{x:.2f}' for x, _ in floors)} s | {fig / flo:.2f} | {cpu:.2f} | {old} |", flush=True)


def whole_text(register, path: Path) -> None:
    """The JSON export as it was before #21: the whole text made by the pure-Python indenting encoder."""
    path.write_text(dumps(to_document(register)), encoding="utf-8")


def json_floor(document, path: Path) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def timed_cpu(fn, *args) -> tuple[float, float]:
    """Seconds of the clock and of this process's CPU (on a shared machine the CPU time varies less)."""
    t, c = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - t, time.process_time() - c


def measure_export(n: int, runs: int, folder: Path) -> None:
    register = synthetic_register(n, max(1, n // 5))
    document = to_document(register)
    figures, floors, before = [], [], []
    for i in range(runs):  # alternately, so that a busy moment of the machine hurts both
        steps = [(figures, save_json, register, folder / "export.json"), (floors, json_floor, document,
                                                                           folder / "floor.json")]
        for out, fn, arg, path in steps if i % 2 == 0 else steps[::-1]:
            out.append(timed_cpu(fn, arg, path))
        before.append(timed_cpu(whole_text, register, folder / "old.json"))
    fig, flo = min(x[0] for x in figures), min(x[0] for x in floors)
    cpu = min(x[1] for x in figures) / min(x[1] for x in floors)
    size = (folder / "export.json").stat().st_size / 1e6
    print(f"| {n:,} | {size:.1f} MB | {' / '.join(f'{x[0]:.3f}' for x in figures)} s | "
          f"{' / '.join(f'{x[0]:.3f}' for x in floors)} s | {fig / flo:.2f} | {cpu:.2f} | "
          f"{' / '.join(f'{x[0]:.3f}' for x in before)} s ({min(x[0] for x in before) / flo:.2f}) |", flush=True)


def export_memory_child(n: int, folder: Path) -> None:
    register = synthetic_register(n, max(1, n // 5))
    document = to_document(register)
    peaks = [peak_of(save_json, register, folder / "m-export.json"), peak_of(json_floor, document,
                                                                             folder / "m-floor.json")]
    del document
    peaks.append(peak_of(whole_text, register, folder / "m-old.json"))
    print(json.dumps(peaks))


def export_memory(n: int, folder: Path) -> None:
    """The memory each export adds, measured in a fresh process (save_json first, then the floor, whose
    document is built beforehand and not counted, then the whole text)."""
    out = subprocess.run([sys.executable, __file__, "--export-memory", str(n), str(folder)], check=True,
                         capture_output=True, text=True).stdout
    ours, flo, old = json.loads(out)
    print(f"| {n:,} | {ours:.1f} MB | {flo:.1f} MB | {old:.1f} MB |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="200,2000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--export", action="store_true", help="the JSON export instead of the import")
    parser.add_argument("--no-one-by-one", action="store_true", help="the import only (not also record by record)")
    parser.add_argument("--export-memory", nargs=2, help=argparse.SUPPRESS)  # the child of `export_memory`
    args = parser.parse_args()
    if args.export_memory:
        return export_memory_child(int(args.export_memory[0]), Path(args.export_memory[1]))
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        if args.export:
            print("| activities | file | save_json, runs | floor, runs | ratio | CPU time ratio | "
                  "whole text (before #21), runs (ratio) |")
            print("|---|---|---|---|---|---|---|")
            for n in sizes:
                measure_export(n, args.runs, Path(tmp))
            print("\n| activities | peak memory added: save_json | floor | whole text (before #21) |")
            print("|---|---|---|---|")
            for n in sizes:
                export_memory(n, Path(tmp))
            return
        print("| activities | document | audit rows | import, runs | floor, runs | ratio (best / best) | "
              "CPU time ratio | one by one (before), runs (ratio) |")
        print("|---|---|---|---|---|---|---|---|")
        for n in sizes:
            measure(n, args.runs, Path(tmp), not args.no_one_by_one)


if __name__ == "__main__":
    main()
