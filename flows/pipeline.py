"""The nightly flow: discover -> ingest -> extract -> validate -> publish.

Tasks are thin wrappers around transforms/ and expectations/; they work on batches of files
and hand each other parquet paths under the run's work folder, never big frames.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import stat
import time
import uuid
from pathlib import Path

import polars as pl
from prefect import flow, task
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from expectations.schemas import CHECK_SCHEMA, FAILED_SCHEMA
from flows import progress
from flows.lock import describe, run_lock
from flows.warehouse import known_files, publish, record_failed_run
from transforms import normalise
from transforms.ingest import ingest_bytes, sha256_hex
from transforms.metrics import catalogue

INGEST_SCHEMA = {"source_file": pl.String, "file_sha256": pl.String, "bytes": pl.Int64, "status": pl.String,
                 "reason": pl.String, "encoding": pl.String, "report_id": pl.String, "text": pl.String}
MANIFEST_NAMES = ("manifest.csv", "manifest.json")  # optional sidecar: file, url, org, published


MAX_FILE_MB = 20  # an annual report is tens of KB; a bigger file is a dump or not a report


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


def unreadable_reason(root: Path, rel: str) -> str:
    """Why a discovered entry must not be read, or '' when it is a regular file inside root."""
    path = root / rel
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(root.resolve()):
        return f"link points outside the input folder ({target}): not followed"
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""  # reading it will fail and say why (status failed: it may work next time)
    if not stat.S_ISREG(mode):
        return "not a regular file (folder link, pipe, socket or device): not read"
    return ""


def ingest_file(input_dir: Path, rel: str, known: dict[str, tuple[str, str]], max_mb: float = MAX_FILE_MB) -> dict:
    path = input_dir / rel
    row = {"source_file": rel, "file_sha256": None, "bytes": None, "status": "failed", "reason": "", "encoding": None,
           "report_id": None, "text": None}
    if reason := unreadable_reason(input_dir, rel):
        return row | {"status": "quarantined", "reason": reason}
    try:
        size = path.stat().st_size
        if size > max_mb * 1e6:
            with path.open("rb") as f:
                digest = hashlib.file_digest(f, "sha256").hexdigest()
            return row | {"file_sha256": digest, "bytes": size, "status": "quarantined",
                          "reason": f"file too large: {size / 1e6:.1f} MB (limit {max_mb:g} MB; an annual report is well under 1 MB)"}
        raw = path.read_bytes()
    except OSError as exc:
        return row | {"reason": f"cannot read file: {exc.strerror or exc}"}
    row |= {"file_sha256": sha256_hex(raw), "bytes": len(raw)}
    if known.get(rel) == (row["file_sha256"], normalise.EXTRACTOR_VERSION):
        return row | {"status": "unchanged", "reason": "same content and extractor version as the loaded report"}
    result = ingest_bytes(rel, raw)
    if result.status != "ok":
        return row | {"status": "quarantined", "reason": result.reason, "encoding": result.encoding or None}
    return row | {"status": "ok", "reason": result.reason, "encoding": result.encoding, "report_id": sha256_hex(result.text),
                  "text": result.text}


def read_manifest(input_dir: Path) -> pl.DataFrame:
    """The optional sidecar beside the inputs (manifest.csv or .json: file, url, org, published)."""
    for name in MANIFEST_NAMES:
        path = input_dir / name
        if path.is_file():
            frame = pl.read_csv(path, infer_schema=False) if name.endswith(".csv") else pl.read_json(path)
            return frame.select(pl.col(c).cast(pl.String) for c in ("file", "url", "org", "published") if c in frame.columns)
    return pl.DataFrame(schema={"file": pl.String})


def ingest_batch(input_dir: str, files: list[str], known_path: str, out: str) -> str:
    known_rows = pl.read_parquet(known_path).filter(pl.col("source_file").is_in(files))
    known = {r["source_file"]: (r["file_sha256"], r["extractor_version"]) for r in known_rows.iter_rows(named=True)}
    rows = [ingest_file(Path(input_dir), rel, known) for rel in files]
    pl.DataFrame(rows, schema=INGEST_SCHEMA).write_parquet(out)
    return out


def extract_batch(ingested_path: str, out_dir: str, input_dir: str) -> dict[str, str]:
    ingested = pl.read_parquet(ingested_path).filter(pl.col("status") == "ok").unique("report_id", keep="first", maintain_order=True)
    reports, zones = normalise.report_frame(ingested)
    reports = normalise.with_manifest(reports, read_manifest(Path(input_dir)))
    ledger = normalise.mention_frame(normalise.candidate_sentences(ingested), zones)
    facts = normalise.with_rate_consistency(normalise.fact_frame(ledger))
    reports = normalise.with_fact_counts(reports, facts)
    paths = {name: f"{out_dir}/{name}.parquet" for name in ("reports", "mentions", "facts", "deltas")}
    reports.write_parquet(paths["reports"])
    ledger.write_parquet(paths["mentions"])
    facts.write_parquet(paths["facts"])
    normalise.delta_frame(ledger).write_parquet(paths["deltas"])
    return paths | {"ingested": ingested_path}


def validate_batch(paths: dict[str, str], known_path: str) -> dict[str, str]:
    reports, facts, ledger = (pl.read_parquet(paths[k]) for k in ("reports", "facts", "mentions"))
    out = dict(paths)
    out |= {name: paths["facts"].replace("facts.parquet", f"{name}.parquet") for name in ("facts_valid", "checks", "failed_rows")}
    if reports.is_empty():  # nothing new in this batch (a no-op rerun): nothing to validate
        facts.write_parquet(out["facts_valid"])
        pl.DataFrame(schema=CHECK_SCHEMA).write_parquet(out["checks"])
        pl.DataFrame(schema=FAILED_SCHEMA).write_parquet(out["failed_rows"])
        return out
    from expectations import suites  # Great Expectations takes ~5 s to import: only when there is work
    from expectations.runner import fact_check_frame, report_check_frame, run_suite

    previous = pl.read_parquet(known_path)
    fact_result = run_suite("facts", fact_check_frame(facts, reports), suites.fact_expectations(catalogue()["code"].to_list()))
    report_result = run_suite("reports", report_check_frame(reports, ledger, previous), suites.report_expectations())
    facts.filter(fact_result.keep).write_parquet(out["facts_valid"])
    pl.concat([fact_result.checks, report_result.checks], how="diagonal_relaxed").write_parquet(out["checks"])
    pl.concat([fact_result.failed_rows, report_result.failed_rows]).write_parquet(out["failed_rows"])
    return out


@task(retries=1, retry_delay_seconds=2)
def process_batch(input_dir: str, files: list[str], known_path: str, batch_dir: str) -> dict[str, str]:
    """Ingest, extract and validate one batch of files; returns the parquet paths it wrote."""
    Path(batch_dir).mkdir(parents=True, exist_ok=True)
    ingested = ingest_batch(input_dir, files, known_path, f"{batch_dir}/ingested.parquet")
    return validate_batch(extract_batch(ingested, batch_dir, input_dir), known_path)


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
        pl.when(pl.col("org_name").is_null()).then(pl.lit("loaded without a reporting body")),
        separator="; ", ignore_nulls=True).alias("gaps"))
    loaded = pl.col("status") == "loaded"
    return files.join(gaps, on="report_id", how="left").with_columns(
        pl.when(loaded).then(pl.concat_str(pl.col("reason").replace("", None), pl.col("gaps").replace("", None),
                                           separator="; ", ignore_nulls=True).fill_null(""))
        .otherwise("reason").alias("reason")).drop("gaps")


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
            pl.lit("no catalogue metric matches the subject").alias("reason"), pl.col("subject").alias("token"),
            "char_start", "char_end", pl.col("evidence").alias("detail")),
        reports.filter(pl.col("report_year").is_null()).select(
            "report_id", "source_file", pl.lit("no_year").alias("issue"),
            pl.lit("no report year in the title, the text or the manifest").alias("reason")),
        reports.filter(pl.col("org_name").is_null()).select(
            "report_id", "source_file", pl.lit("no_org").alias("issue"),
            pl.lit("no reporting body in the title, the signature or the manifest").alias("reason")),
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
REPORT_META = ["report_id", "source_file", "org_name", "report_year"]


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
    unmapped = loaded_rows(batches, "facts_valid", ["report_id", "subject", "metric_code", "char_start", "char_end", "evidence"],
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
def nightly(input_dir: str = "seeds", warehouse: str = "warehouse/lawreports.duckdb", batch_size: int = 1000) -> dict:
    """Extract every report under input_dir into the warehouse; returns the run's dq.runs row.
    Raises WarehouseLocked, before touching anything, when another run is writing the warehouse."""
    run_id = dt.datetime.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    started_at = dt.datetime.now().isoformat()
    source = Path(input_dir)
    if not source.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    with run_lock(Path(warehouse)) as stale:
        if stale:
            print(f"took over the lock of a run that died ({describe(stale)}); clearing its leftovers")
        work_root = Path(warehouse).parent / f".{Path(warehouse).name}.work"  # one per warehouse: its lock guards it
        shutil.rmtree(work_root, ignore_errors=True)  # under the lock, any work folder is a dead run's
        work = work_root / run_id
        work.mkdir(parents=True)
        try:
            extract_started = time.perf_counter()
            known_path, batch_paths = extract_all(source, Path(warehouse), work, batch_size)
            return publish_run(warehouse, input_dir, known_path, batch_paths, run_id, started_at, describe(stale) if stale else "",
                               round(time.perf_counter() - extract_started, 3))
        except Exception as exc:
            failed_run_record(warehouse, run_id, started_at, input_dir, exc)
            raise
        finally:
            shutil.rmtree(work_root, ignore_errors=True)


def extract_all(source: Path, warehouse: Path, work: Path, batch_size: int) -> tuple[str, list[dict[str, str]]]:
    """Submit one task per batch of files (to the flow's task runner) and collect their paths."""
    files = discover_files(source)
    known_path = str(work / "known.parquet")  # the warehouse's files, read once per run
    known_files(warehouse).write_parquet(known_path)
    chunks = [files[i:i + batch_size] for i in range(0, len(files), batch_size)] or [[]]  # an empty folder still records a run
    futures = [process_batch.submit(str(source), chunk, known_path, str(work / f"batch_{i:05d}"))
               for i, chunk in enumerate(chunks)]
    sizes = {f.task_run_id: len(c) for f, c in zip(futures, chunks)}
    for future in as_completed(futures):
        future.result()  # raises the batch's error
        progress.advance(sizes[future.task_run_id])
    return known_path, [f.result() for f in futures]
