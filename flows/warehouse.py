"""The DuckDB warehouse: DDL from sql/, idempotent loads, atomic publish.

A run copies the current warehouse to `<file>.building`, loads into the copy and renames it
over the original: readers holding the old file keep a whole, consistent warehouse, and a
killed run leaves the previous file untouched.
"""
from __future__ import annotations

import graphlib
import hashlib
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from transforms import gazetteer

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
SETUP_LAYERS = ["00_schemas.sql", "raw", "dq"]
MODEL_LAYERS = ["staging", "core", "analytics"]
RAW_TABLES = ["raw.facts", "raw.mentions", "raw.deltas", "raw.reports"]


def sql_files(layer: str) -> list[Path]:
    """A layer's model files, each after the models of the same layer it reads (as dbt's ref
    orders them): a model is named after its file, analytics.metric_yoy in metric_yoy.sql."""
    path = SQL_DIR / layer
    if path.suffix == ".sql":
        return [path]
    files = {f.stem: f for f in sorted(path.glob("*.sql"))}
    reads = {name: {other for other in files if other != name and re.search(rf"\b{layer}\.{other}\b", f.read_text(encoding="utf-8"))}
             for name, f in files.items()}
    return [files[name] for name in graphlib.TopologicalSorter(reads).static_order()]


def apply_sql(con: duckdb.DuckDBPyConnection, layers: list[str]) -> None:
    for layer in layers:
        for f in sql_files(layer):
            con.execute(f.read_text(encoding="utf-8"))


def known_files(warehouse: Path) -> pl.DataFrame:
    """(source_file, file_sha256, report_id, extractor_version, fact_count) already loaded; empty if none."""
    empty = pl.DataFrame(schema={"source_file": pl.String, "file_sha256": pl.String, "report_id": pl.String,
                                 "extractor_version": pl.String, "fact_count": pl.Int64})
    if not warehouse.exists():
        return empty
    with duckdb.connect(str(warehouse), read_only=True) as con:
        has = con.execute("select count(*) from information_schema.tables where table_schema='raw' and table_name='reports'").fetchone()[0]
        if not has:
            return empty
        columns = {r[0] for r in con.execute("select column_name from information_schema.columns "
                                             "where table_schema='raw' and table_name='reports'").fetchall()}
        fact_count = "fact_count" if "fact_count" in columns else "null::bigint as fact_count"  # warehouses from 0.4.0
        return con.execute(f"select source_file, file_sha256, report_id, extractor_version, {fact_count} from raw.reports").pl()


def build_digest(metrics: pl.DataFrame) -> str:
    """sha256 of what the core tables are built from besides the facts: model SQL and metric catalogue."""
    digest = hashlib.sha256(metrics.write_csv().encode("utf-8"))
    for layer in MODEL_LAYERS:
        for f in sql_files(layer):
            digest.update(f.read_bytes())
    return digest.hexdigest()


def load_places(con: duckdb.DuckDBPyConnection) -> None:
    """raw.places from the gazetteer, reloaded only when its source package version changed."""
    source = gazetteer.source_version()
    if con.execute("select count(*) from raw.places where source = ?", [source]).fetchone()[0]:
        return
    con.execute("delete from raw.places")
    _insert(con, "raw.places", gazetteer.place_frame(gazetteer.load()).with_columns(pl.lit(source).alias("source")))


def stored_digest(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("select build_sha256 from raw.build_info").fetchone()
    return row[0] if row else None


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    if frame.height:
        con.register("incoming", frame.to_arrow())
        con.execute(f"insert into {table} by name select * from incoming")
        con.unregister("incoming")


def replace_reports(con: duckdb.DuckDBPyConnection, reports: pl.DataFrame, run_id: str) -> None:
    """Delete the rows of every report being reloaded, and of older versions of the same files;
    the replaced versions go to raw.report_history and their facts to raw.facts_history."""
    con.register("incoming_reports", reports.select("report_id", "source_file").to_arrow())
    con.execute("""
        insert into raw.report_history
        select r.report_id, r.source_file, i.report_id, ?, (select count(*) from raw.facts f where f.report_id = r.report_id), now()
        from raw.reports r join incoming_reports i on r.source_file = i.source_file
        where r.report_id <> i.report_id""", [run_id])
    con.execute("""create or replace temp table stale as
        select report_id from raw.reports where source_file in (select source_file from incoming_reports)
        union select report_id from incoming_reports""")
    con.execute("""insert into raw.facts_history by name
        select f.*, ? as replaced_in_run_id, now() as replaced_at from raw.facts f
        where report_id in (select report_id from stale)""", [run_id])
    for table in RAW_TABLES:
        con.execute(f"delete from {table} where report_id in (select report_id from stale)")
    con.unregister("incoming_reports")


@contextmanager
def building_copy(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a copy of the warehouse, renamed over it once the block succeeds.
    Readers keep the old file until the rename; a crash leaves the old file as it was."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    building = warehouse.with_name(warehouse.name + ".building")
    for leftover in (building, Path(str(building) + ".wal")):
        leftover.unlink(missing_ok=True)
    if warehouse.exists():
        shutil.copyfile(warehouse, building)
    # bounded memory at any corpus size: DuckDB spills to disk beyond this (the flow process also
    # holds Great Expectations and the run summaries, ~0.6 GB, within the 2 GB the run may use)
    con = duckdb.connect(str(building), config={"memory_limit": "512MB", "preserve_insertion_order": False})
    try:
        apply_sql(con, SETUP_LAYERS)
        yield con
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(building, warehouse)


BATCH_FILES = [("raw.reports", "reports"), ("raw.mentions", "mentions"), ("raw.facts", "facts_valid"), ("raw.deltas", "deltas")]


def publish(warehouse: Path, loaded: pl.DataFrame, batches: list[tuple[dict[str, str], pl.DataFrame]],
            small: dict[str, pl.DataFrame], run_id: str) -> float:
    """Load one run into a copy of the warehouse and swap it in atomically.
    loaded: (report_id, source_file) of the reports this run loads; batches: each batch's parquet
    paths with the report_ids to take from it (streamed by DuckDB, never held in Python);
    small: metrics and dq.* frames keyed by table name. Returns the seconds it took (also in dq.runs)."""
    started = time.perf_counter()
    with building_copy(warehouse) as con:
        con.execute("begin transaction")
        replace_reports(con, loaded, run_id)
        # the core tables are rebuilt only when their inputs or their SQL changed: a no-op run stays cheap
        digest = build_digest(small["metrics"])
        rebuild = loaded.height > 0 or stored_digest(con) != digest
        for paths, ids in batches:
            con.register("batch_ids", ids.to_arrow())
            for table, key in BATCH_FILES:
                extra = ", ? as loaded_run_id" if table == "raw.reports" else ""
                con.execute(f"insert into {table} by name select *{extra} from read_parquet(?) "
                            "where report_id in (select report_id from batch_ids)", ([run_id] if extra else []) + [paths[key]])
            con.unregister("batch_ids")
        for name, frame in small.items():
            if name.startswith("dq."):
                _insert(con, name, frame)
        if rebuild:
            load_places(con)
            con.execute("delete from raw.metrics")
            _insert(con, "raw.metrics", small["metrics"])
            apply_sql(con, MODEL_LAYERS)
            con.execute("delete from raw.build_info")
            con.execute("insert into raw.build_info values (?, now())", [digest])
        seconds = round(time.perf_counter() - started, 3)  # the checkpoint and rename after this take well under a second
        con.execute("update dq.runs set facts_in_warehouse = (select count(*) from analytics.facts), publish_seconds = ? "
                    "where run_id = ?", [seconds, run_id])
        con.execute("commit")
    return seconds


def record_failed_run(warehouse: Path, run: dict) -> None:
    """A run that failed before publishing still leaves its dq.runs row (status failed, error)."""
    with building_copy(warehouse) as con:
        held = con.execute("select count(*) from raw.facts").fetchone()[0]  # no model rebuild on the failure path
        _insert(con, "dq.runs", pl.DataFrame([run | {"facts_in_warehouse": held}]))
