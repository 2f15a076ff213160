"""One batch of files: ingest -> extract on a worker (in-process, a local Dask cluster or a
remote one), then validate in the flow's process; each step writes parquet. Workers import
neither DuckDB, the warehouse code nor Great Expectations."""
from __future__ import annotations

import ctypes
import gc
import hashlib
import os
import stat
import tempfile
from pathlib import Path

import polars as pl
from prefect import task

from expectations.schemas import CHECK_SCHEMA, FAILED_SCHEMA
from transforms import normalise
from transforms.ingest import ingest_bytes, sha256_hex
from transforms.metrics import catalogue

INGEST_SCHEMA = {"source_file": pl.String, "file_sha256": pl.String, "bytes": pl.Int64, "status": pl.String,
                 "reason": pl.String, "encoding": pl.String, "report_id": pl.String, "text": pl.String}
MANIFEST_NAMES = ("manifest.csv", "manifest.json")  # optional sidecar: file, url, org, county, published


MAX_FILE_MB = 20  # an annual report is tens of KB; a bigger file is a dump or not a report


def unreadable_reason(root: Path, rel: str) -> str:
    """Why a discovered entry must not be read, or '' when it is a regular file inside root."""
    path = root / rel
    # discovery never descends into linked folders, so only the entry itself can be a link:
    # resolving every path (a syscall per component) made a 100k-file no-op run 2 s slower
    if os.path.islink(path):
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
    """The optional sidecar beside the inputs (manifest.csv or .json: file, url, org, county, published)."""
    for name in MANIFEST_NAMES:
        path = input_dir / name
        if path.is_file():
            frame = pl.read_csv(path, infer_schema=False) if name.endswith(".csv") else pl.read_json(path)
            return frame.select(pl.col(c).cast(pl.String) for c in ("file", "url", "org", "county", "published") if c in frame.columns)
    return pl.DataFrame(schema={"file": pl.String})


def ingest_batch(input_dir: str, files: list[str], known_path: str, out: str) -> str:
    known_rows = pl.read_parquet(known_path).filter(pl.col("source_file").is_in(files))
    known = {r["source_file"]: (r["file_sha256"], r["extractor_version"]) for r in known_rows.iter_rows(named=True)}
    rows = [ingest_file(Path(input_dir), rel, known) for rel in files]
    pl.DataFrame(rows, schema=INGEST_SCHEMA).write_parquet(out)
    return out


def extract_batch(ingested_path: str, out_dir: str, input_dir: str) -> dict[str, str]:
    try:
        return _extract_batch(ingested_path, out_dir, input_dir)
    except Exception:  # one report's text broke a rule: find it, record it, load the others
        failed = _reports_that_fail(ingested_path, out_dir, input_dir)
        if not failed:
            raise  # the batch fails as a whole, not any one report: a real failure of the run
        ingested = pl.read_parquet(ingested_path)
        reason = pl.col("report_id").replace_strict(failed, default=None, return_dtype=pl.String)
        ingested.with_columns(
            pl.when(reason.is_not_null()).then(pl.lit("failed")).otherwise(pl.col("status")).alias("status"),
            pl.coalesce(reason, pl.col("reason")).alias("reason"),
        ).write_parquet(ingested_path)
        return _extract_batch(ingested_path, out_dir, input_dir)


def _reports_that_fail(ingested_path: str, out_dir: str, input_dir: str) -> dict[str, str]:
    """report_id -> why, for each report whose extraction fails on its own (tried one at a time)."""
    ingested = pl.read_parquet(ingested_path).filter(pl.col("status") == "ok")
    failed = {}
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir, prefix="probe-") as probe:
        for row in ingested.iter_slices(1):
            row.write_parquet(f"{probe}/ingested.parquet")
            try:
                _extract_batch(f"{probe}/ingested.parquet", probe, input_dir)
            except Exception as exc:
                failed[row["report_id"][0]] = f"extraction failed ({type(exc).__name__}: {exc}); report it with this file"
    return failed


def _extract_batch(ingested_path: str, out_dir: str, input_dir: str) -> dict[str, str]:
    ingested = normalise.with_reading_text(
        pl.read_parquet(ingested_path).filter(pl.col("status") == "ok").unique("report_id", keep="first", maintain_order=True))
    reports, zones = normalise.report_frame(ingested)
    manifest = read_manifest(Path(input_dir))
    reports = normalise.with_manifest(normalise.with_orgs(reports, manifest), manifest)
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
    from expectations import suites  # Great Expectations (~3 s to import): the flow preloads it in a thread
    from expectations.runner import fact_check_frame, report_check_frame, run_suite

    previous = pl.read_parquet(known_path)
    fact_result = run_suite("facts", fact_check_frame(facts, reports), suites.fact_expectations(catalogue()["code"].to_list()))
    report_result = run_suite("reports", report_check_frame(reports, ledger, previous), suites.report_expectations())
    facts.filter(fact_result.keep).write_parquet(out["facts_valid"])
    pl.concat([fact_result.checks, report_result.checks], how="diagonal_relaxed").write_parquet(out["checks"])
    pl.concat([fact_result.failed_rows, report_result.failed_rows]).write_parquet(out["failed_rows"])
    release_freed_memory()  # only after a real validation: a no-op batch frees nothing worth a gc pass
    return out


@task(retries=1, retry_delay_seconds=2)
def extract_files(input_dir: str, files: list[str], known_path: str, batch_dir: str) -> dict[str, str]:
    """Ingest and extract one batch of files (on a worker); returns the parquet paths it wrote."""
    Path(batch_dir).mkdir(parents=True, exist_ok=True)
    return extract_batch(ingest_batch(input_dir, files, known_path, f"{batch_dir}/ingested.parquet"), batch_dir, input_dir)


@task
def validate_extracted(paths: dict[str, str], known_path: str) -> dict[str, str]:
    """Great Expectations over one extracted batch (in the flow's process, while the workers go
    on extracting): its import and suites cost ~120 MB, held once instead of in every worker."""
    return validate_batch(paths, known_path)


def release_freed_memory() -> None:
    """Hand freed heap back to the OS. Each validation allocates and frees ~100 MB of pandas
    objects in the flow process, which lives through a whole national run; glibc keeps freed
    pages in per-thread arenas, so without this it creeps up by ~150 MB per 100 batches."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to trim this way
        pass
