"""The nightly flow: discover -> [ingest -> extract -> validate per batch] -> publish.

Tasks are thin wrappers around transforms/ and expectations/; they work on batches of files
(flows/batch.py) and hand each other parquet paths under the run's work folder, never big frames.
"""
from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import polars as pl
from prefect import flow, task
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows import progress
from flows.batch import INGEST_SCHEMA, MANIFEST_NAMES, extract_files, validate_extracted
from flows.lock import describe, run_lock
from flows.runners import task_runner
from flows.warehouse import known_files, publish, record_failed_run
from transforms import normalise
from transforms.metrics import catalogue


def discover_files(input_dir: Path) -> list[str]:
    """Every entry under input_dir as a path relative to it, links included but never followed
    (ingest_file says why a link or a special file is not read); dotfiles and the manifest skipped."""
    root = input_dir.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        links = [d for d in dirnames if (Path(dirpath) / d).is_symlink()]
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in links)
        for name in sorted(filenames + links):
            if name.startswith(".") or name in MANIFEST_NAMES and Path(dirpath) == root:
                continue
            found.append(str((Path(dirpath) / name).relative_to(root)))
    return found


def loaded_by_batch(batch_paths: list[dict[str, str]], loaded: pl.DataFrame) -> list[tuple[dict[str, str], pl.DataFrame]]:
    """Each batch with the report_ids to load from it: a loaded report comes from the one batch
    holding its loaded file, so a text extracted twice (a duplicate in another batch) loads once."""
    out = []
    for paths in batch_paths:
        held = pl.read_parquet(paths["reports"], columns=["report_id", "source_file"])
        out.append((paths, held.join(loaded, on=["report_id", "source_file"], how="semi").select("report_id")))
    return out


def loaded_rows(batches: list[tuple[dict[str, str], pl.DataFrame]], key: str, columns: list[str],
                where: pl.Expr | None = None) -> pl.DataFrame:
    """Some columns of the rows being loaded, read lazily batch by batch (never the whole text)."""
    frames = []
    for paths, ids in batches:
        frame = pl.scan_parquet(paths[key]).join(ids.lazy(), on="report_id", how="semi")
        frames.append((frame if where is None else frame.filter(where)).select(columns).collect())
    return pl.concat(frames, how="diagonal_relaxed") if frames else pl.DataFrame(schema={c: pl.String for c in columns})


def file_statuses(ingested: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """dq.files rows: ok files become loaded, or duplicate when the same text was loaded
    under another name (earlier in this run or in the warehouse)."""
    first_name = (pl.concat([known.select("report_id", "source_file"),
                             ingested.filter(pl.col("status") == "ok").select("report_id", "source_file")])
                  .unique("report_id", keep="first", maintain_order=True).rename({"source_file": "first_file"}))
    return ingested.join(first_name, on="report_id", how="left").with_columns(
        pl.when((pl.col("status") == "ok") & (pl.col("first_file") != pl.col("source_file")))
        .then(pl.lit("duplicate")).when(pl.col("status") == "ok").then(pl.lit("loaded")).otherwise("status").alias("status"),
        pl.when((pl.col("status") == "ok") & (pl.col("first_file") != pl.col("source_file")))
        .then(pl.concat_str(pl.lit("same text as "), "first_file")).otherwise("reason").alias("reason"),
    ).select("source_file", pl.col("file_sha256").alias("sha256"), "bytes", "status", "reason", "report_id")


def with_load_notes(files: pl.DataFrame, reports: pl.DataFrame) -> pl.DataFrame:
    """A loaded file's reason says what it lacks (year, org) besides any decoding repair."""
    gaps = reports.select("report_id", pl.concat_str(
        pl.when(pl.col("report_year").is_null()).then(pl.lit("loaded without a report year")),
        pl.when(pl.col("org_key").is_null()).then(pl.concat_str(pl.lit("loaded without a reporting body key ("),
                                                                   pl.col("org_issue"), pl.lit(")"))),
        separator="; ", ignore_nulls=True).alias("gaps"))
    loaded = pl.col("status") == "loaded"
    return files.join(gaps, on="report_id", how="left").with_columns(
        pl.when(loaded).then(pl.concat_str(pl.col("reason").replace("", None), pl.col("gaps").replace("", None),
                                           separator="; ", ignore_nulls=True).fill_null(""))
        .otherwise("reason").alias("reason")).drop("gaps")


ORG_ISSUE_REASONS = {
    "no_org": "no reporting body in the title, metadata block, opening sentence, signature or manifest",
    "org_ambiguous": "the body's county is not decided by the text or the manifest (candidates in detail)",
    "org_not_in_gazetteer": "the body's township or street is not in the gazetteer (keyed by its county and written name)",
    "org_conflict": "the text and the manifest name different bodies or counties (the text's is kept)",
    "org_level_conflict": "the text names a city-level department but speaks as a county's body (区委、区政府): no key",
    "org_province_conflict": "the name is only a municipality's district in the gazetteer, but the text answers to a province (省委、全省): no key",
}


def extraction_issues(reports: pl.DataFrame, mentions: pl.DataFrame, facts: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    """dq.extraction_issues: unparsed numbers, unmapped subjects, reports without year/org, unreadable files."""
    src = reports.select("report_id", "source_file")
    cols = ["report_id", "source_file", "issue", "reason", "token", "char_start", "char_end", "detail"]
    parts = [
        mentions.filter(pl.col("status") == "unparsed").join(src, on="report_id").select(
            "report_id", "source_file", pl.lit("unparsed_number").alias("issue"), "reason", "token",
            pl.col("token_start").alias("char_start"), pl.col("token_end").alias("char_end"), pl.col("evidence").alias("detail")),
        facts.filter(pl.col("metric_code").is_null()).join(src, on="report_id").select(
            "report_id", "source_file", pl.lit("unmapped_subject").alias("issue"),
            pl.when(pl.col("metric_note").str.starts_with("metric_ambiguous")).then(pl.col("metric_note"))
            .otherwise(pl.lit("no catalogue metric matches the subject")).alias("reason"), pl.col("subject").alias("token"),
            "char_start", "char_end", pl.col("evidence").alias("detail")),
        reports.filter(pl.col("report_year").is_null()).select(
            "report_id", "source_file", pl.lit("no_year").alias("issue"),
            pl.lit("no report year in the title, the text or the manifest").alias("reason")),
        reports.filter(pl.col("org_issue").is_not_null()).select(
            "report_id", "source_file", pl.col("org_issue").alias("issue"),
            pl.col("org_issue").replace_strict(ORG_ISSUE_REASONS, default=None).alias("reason"), pl.col("org_name").alias("token"),
            pl.col("org_evidence_start").alias("char_start"), pl.col("org_evidence_end").alias("char_end"),
            pl.col("org_candidates").alias("detail")),
        files.filter(pl.col("status").is_in(["quarantined", "failed"])).select(
            "report_id", "source_file", pl.lit("unreadable_file").alias("issue"),
            pl.col("reason").str.replace(r"\s*[(:].*$", "").alias("reason"), pl.col("reason").alias("detail")),
    ]
    return pl.concat(parts, how="diagonal_relaxed").select(cols)


def summarise_checks(checks: pl.DataFrame) -> pl.DataFrame:
    """One row per expectation for the run (batches added up)."""
    return checks.group_by("suite", "expectation", "column_name", "severity", maintain_order=True).agg(
        pl.col("success").all(), pl.col("observed_value").last(), pl.col("element_count").sum(),
        pl.col("unexpected_count").sum(), pl.col("threshold").first(), pl.col("description").first(),
    ).with_columns((100 * pl.col("unexpected_count") / pl.col("element_count").clip(1)).alias("unexpected_percent"))


def run_record(run_id: str, started_at: str, input_dir: str, files: pl.DataFrame, facts: pl.DataFrame,
               ledger: pl.DataFrame, failed: pl.DataFrame, checks: pl.DataFrame) -> dict:
    """The run's dq.runs row."""
    status_count = lambda *s: int(files["status"].is_in(list(s)).sum())  # noqa: E731
    return {"run_id": run_id, "started_at": dt.datetime.fromisoformat(started_at), "finished_at": dt.datetime.now(),
            "status": "succeeded", "extractor_version": normalise.EXTRACTOR_VERSION, "input_dir": input_dir,
            "files_seen": files.height, "reports_loaded": status_count("loaded"), "reports_unchanged": status_count("unchanged"),
            "files_quarantined": status_count("quarantined", "failed"), "duplicates": status_count("duplicate"),
            **{f"facts_{k}": int((facts["kind"] == k).sum()) for k in ("event", "count", "rate")},
            "facts_quarantined": int((failed["severity"] == "error").sum()),
            "mentions_unparsed": int((ledger["status"] == "unparsed").sum()),
            "checks_failed": int((~checks["success"]).sum())}


INGEST_COLUMNS = [c for c in INGEST_SCHEMA if c != "text"]
REPORT_META = ["report_id", "source_file", "org_name", "report_year", "org_key", "org_issue", "org_candidates",
               "org_evidence_start", "org_evidence_end"]


@task(retries=1, retry_delay_seconds=2)
def publish_run(warehouse: str, input_dir: str, known_path: str, batch_paths: list[dict[str, str]],
                run_id: str, started_at: str, recovered_from: str = "", extract_seconds: float | None = None) -> dict:
    """Statuses, dq rows and the run record from the batches' parquet, then one atomic publish.
    Big tables (texts, mentions, facts) stream from parquet into DuckDB; only summaries come here."""
    files = file_statuses(pl.concat([pl.read_parquet(p["ingested"], columns=INGEST_COLUMNS) for p in batch_paths]),
                          pl.read_parquet(known_path))
    batches = loaded_by_batch(batch_paths, files.filter(pl.col("status") == "loaded").select("report_id", "source_file"))
    reports = loaded_rows(batches, "reports", REPORT_META)
    facts = loaded_rows(batches, "facts_valid", ["kind"])  # counts only: a national run loads millions
    unmapped = loaded_rows(batches, "facts_valid", ["report_id", "subject", "metric_code", "metric_note", "char_start", "char_end", "evidence"],
                           pl.col("metric_code").is_null())
    unparsed = loaded_rows(batches, "mentions", ["report_id", "token", "token_start", "token_end", "status", "reason", "evidence"],
                           pl.col("status") == "unparsed")
    loaded_ids = reports["report_id"].implode()
    checks = summarise_checks(pl.concat([pl.read_parquet(p["checks"]) for p in batch_paths]))
    failed = (pl.concat([pl.read_parquet(p["failed_rows"]) for p in batch_paths]).filter(pl.col("report_id").is_in(loaded_ids))
              .unique(maintain_order=True).join(reports.select("report_id", "source_file"), on="report_id", how="left"))
    files = with_load_notes(files, reports)
    run = run_record(run_id, started_at, input_dir, files, facts, unparsed, failed, checks)
    run |= {"recovered_from": recovered_from, "extract_seconds": extract_seconds}
    with_run = lambda f: f.with_columns(pl.lit(run_id).alias("run_id"))  # noqa: E731
    small = {"metrics": catalogue(), "dq.runs": pl.DataFrame([run]), "dq.files": with_run(files),
             "dq.check_results": with_run(checks), "dq.failed_rows": with_run(failed),
             "dq.extraction_issues": with_run(extraction_issues(reports, unparsed, unmapped, files))}
    run["publish_seconds"] = publish(Path(warehouse), reports.select("report_id", "source_file"),
                                     [(p, ids) for p, ids in batches if ids.height], small, run_id)
    return {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in run.items()} | {"warehouse": warehouse}


def failed_run_record(warehouse: str, run_id: str, started_at: str, input_dir: str, exc: BaseException) -> None:
    """Leave the failed run in dq.runs so the morning report says it failed and why."""
    row = {"run_id": run_id, "started_at": dt.datetime.fromisoformat(started_at), "finished_at": dt.datetime.now(),
           "status": "failed", "extractor_version": normalise.EXTRACTOR_VERSION, "input_dir": input_dir,
           "error": f"{type(exc).__name__}: {exc}"[:1000]}
    try:
        record_failed_run(Path(warehouse), row)
    except Exception as record_exc:  # the original error matters more; say this one and go on
        print(f"could not record the failed run in {warehouse}: {record_exc}")


@flow(name="lawreports-nightly", log_prints=True, task_runner=ThreadPoolTaskRunner(max_workers=1))
def nightly(input_dir: str = "seeds", warehouse: str = "warehouse/lawreports.duckdb", batch_size: int = 1000,
            workers: int = 1, dask_address: str | None = None) -> dict:
    """Extract every report under input_dir into the warehouse; returns the run's dq.runs row.
    The batches run on `workers` local processes (a Dask cluster when > 1) or on the Dask
    scheduler at dask_address; publishing stays here, after they are done (one writer).
    Raises WarehouseLocked, before touching anything, when another run is writing the warehouse."""
    run_id = dt.datetime.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    started_at = dt.datetime.now().isoformat()
    source = Path(input_dir)
    if not source.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    with run_lock(Path(warehouse)) as stale, _importing_great_expectations():
        if stale:
            print(f"took over the lock of a run that died ({describe(stale)}); clearing its leftovers")
        work_root = Path(warehouse).parent / f".{Path(warehouse).name}.work"  # one per warehouse: its lock guards it
        shutil.rmtree(work_root, ignore_errors=True)  # under the lock, any work folder is a dead run's
        work = work_root / run_id
        work.mkdir(parents=True)
        try:
            extract_started = time.perf_counter()
            # a subflow, so that its task runner (a local Dask cluster and its worker processes)
            # is shut down before the publish: the two never hold memory at the same time
            known_path, batch_paths = extract_batches.with_options(task_runner=task_runner(workers, dask_address))(
                input_dir, warehouse, str(work), batch_size)
            return publish_run(warehouse, input_dir, known_path, batch_paths, run_id, started_at, describe(stale) if stale else "",
                               round(time.perf_counter() - extract_started, 3))
        except Exception as exc:
            failed_run_record(warehouse, run_id, started_at, input_dir, exc)
            raise
        finally:
            shutil.rmtree(work_root, ignore_errors=True)


_great_expectations_loader: threading.Thread | None = None


def start_importing_great_expectations() -> threading.Thread:
    """Import Great Expectations (~3 s of every run's fixed start-up) in a thread, once per
    process: the CLI starts it before the Prefect backend, whose start-up it then overlaps."""
    global _great_expectations_loader
    if _great_expectations_loader is None:
        def load() -> None:
            import expectations.suites  # noqa: F401  (imports great_expectations)

            # what the imports built lives as long as the process: keep it out of every later
            # collection (release_freed_memory's gc pass over it cost 0.15 s per batch)
            gc.freeze()

        _great_expectations_loader = threading.Thread(target=load, name="import-great-expectations", daemon=True)
        _great_expectations_loader.start()
    return _great_expectations_loader


@contextmanager
def _importing_great_expectations() -> Iterator[None]:
    """The first validation waits for the import if need be (Python's import lock)."""
    loader = start_importing_great_expectations()
    try:
        yield
    finally:
        loader.join()  # never leave an import running into interpreter shutdown


@flow(name="lawreports-extract", log_prints=True)
def extract_batches(input_dir: str, warehouse: str, work: str, batch_size: int) -> tuple[str, list[dict[str, str]]]:
    """Submit one extraction task per batch of files to the task runner and validate each batch
    here as it comes back; the parquet paths of every batch, in batch order."""
    files = discover_files(Path(input_dir))
    known_path = f"{work}/known.parquet"  # the warehouse's files, read once per run
    known_files(Path(warehouse)).write_parquet(known_path)
    chunks = [files[i:i + batch_size] for i in range(0, len(files), batch_size)] or [[]]  # an empty folder still records a run
    futures = [extract_files.submit(input_dir, chunk, known_path, f"{work}/batch_{i:05d}") for i, chunk in enumerate(chunks)]
    order = {f.task_run_id: i for i, f in enumerate(futures)}
    validated: dict[int, dict[str, str]] = {}
    for future in as_completed(futures):
        i = order[future.task_run_id]
        validated[i] = validate_extracted(future.result(), known_path)  # result() raises the batch's error
        progress.advance(len(chunks[i]))
    return known_path, [validated[i] for i in range(len(chunks))]
