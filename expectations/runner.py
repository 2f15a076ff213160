"""Run the suites on a batch (Polars frames validated as pandas batches: GX has no Polars
engine) and turn the results into dq rows and a keep/quarantine split."""
from __future__ import annotations

import json
import os
import logging
from dataclasses import dataclass

import polars as pl

from expectations import suites
from expectations.schemas import CHECK_SCHEMA, FAILED_SCHEMA


@dataclass
class Validation:
    checks: pl.DataFrame  # one row per expectation
    failed_rows: pl.DataFrame  # one row per (row, failed expectation)
    keep: pl.Series  # boolean per input row: False = quarantined


def fact_check_frame(facts: pl.DataFrame, reports: pl.DataFrame) -> pl.DataFrame:
    """Facts plus the derived columns the fact suite checks."""
    texts = reports.select("report_id", "text", "text_chars")
    start, end = pl.col("char_start"), pl.col("char_end")
    span = pl.col("text").str.slice(start, end - start)  # character offsets, as in Python
    return facts.join(texts, on="report_id", how="left").with_columns(
        pl.concat_str("kind", pl.lit(":"), "unit").alias("kind_unit"),
        pl.when(pl.col("kind") == "rate").then("value").alias("rate_value"),
        (pl.col("evidence").str.contains(span, literal=True) & (end > start) & (start >= 0)).fill_null(False)
        .alias("evidence_holds_span"),
    ).drop("text")


def report_check_frame(reports: pl.DataFrame, ledger: pl.DataFrame, previous: pl.DataFrame) -> pl.DataFrame:
    """Reports plus the derived columns the report suite checks. `previous` is what the
    warehouse held before this run (source_file, extractor_version, fact_count): the count
    drifting under the same extractor version means the file changed or extraction is unstable."""
    counts = ledger.group_by("report_id").agg(
        (pl.col("status") == "fact").sum().alias("facts"), (pl.col("status") != "skipped").sum().alias("numbers"))
    before = previous.select("source_file", pl.col("extractor_version").alias("previous_extractor_version"),
                             pl.col("fact_count").alias("previous_fact_count"))
    same_version = pl.col("previous_extractor_version") == pl.col("extractor_version")
    return reports.drop("text").join(counts, on="report_id", how="left").join(before, on="source_file", how="left").with_columns(
        ((pl.col("numbers").fill_null(0) == 0) | (pl.col("facts").fill_null(0) > 0)).alias("has_facts_if_numbers"),
        (~same_version.fill_null(False) | pl.col("previous_fact_count").is_null()
         | (pl.col("previous_fact_count") == pl.col("fact_count"))).alias("fact_count_stable"))


def _threshold(kwargs: dict) -> str:
    """What the expectation demands, for people: 'min_value=0, max_value=100', 'value_set=[...]'."""
    shown = {k: v for k, v in kwargs.items() if k not in ("column", "column_A", "column_B", "batch_id") and v is not None}
    parts = []
    for k, v in shown.items():
        if isinstance(v, list) and len(v) > 8:  # the metric catalogue: name a few, count the rest
            parts.append(f"{k}: {len(v)} values ({', '.join(map(str, v[:4]))}, …)")
        else:
            parts.append(f"{k}={json.dumps(v, ensure_ascii=False, default=str)}")
    return ", ".join(parts) or "no exceptions"


def _unexpected_rows(result) -> list[int]:
    rows = result.result.get("unexpected_index_list") or []
    return [r["_row"] if isinstance(r, dict) else int(r) for r in rows]


def run_suite(name: str, frame: pl.DataFrame, expectations: list) -> Validation:
    """Validate `frame` with GX; rows failing an error-severity expectation are not kept."""
    import great_expectations as gx

    # not `name`: that is the suite's name, written to dq.check_results.suite below
    for logger in ("great_expectations", "great_expectations.data_context.types.base"):  # one INFO line per validation otherwise
        logging.getLogger(logger).setLevel(logging.WARNING)
    pdf = frame.with_row_index("_row").to_pandas()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)  # a bar per validation floods the log
    batch = (context.data_sources.add_pandas(f"lawreports_{name}").add_dataframe_asset(name)
             .add_batch_definition_whole_dataframe("batch").get_batch(batch_parameters={"dataframe": pdf}))
    suite = context.suites.add(gx.ExpectationSuite(name=name, expectations=expectations))
    result = batch.validate(suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["_row"]})
    checks, failed, keep = [], [], [True] * frame.height
    for r in result.results:
        cfg = r.expectation_config
        severity = (cfg.meta or {}).get("severity", "error")
        column = cfg.kwargs.get("column") or f"{cfg.kwargs.get('column_A')},{cfg.kwargs.get('column_B')}"
        bad = _unexpected_rows(r)
        checks.append({"suite": name, "expectation": cfg.type, "column_name": column, "severity": severity,
                       "success": bool(r.success), "observed_value": json.dumps(r.result.get("observed_value"), default=str, ensure_ascii=False),
                       "element_count": r.result.get("element_count"), "unexpected_count": r.result.get("unexpected_count", len(bad)),
                       "unexpected_percent": r.result.get("unexpected_percent"), "threshold": _threshold(dict(cfg.kwargs)),
                       "description": (cfg.meta or {}).get("why", "")})
        for i in bad:
            if severity == "error":
                keep[i] = False
            row = frame.row(i, named=True)  # only failing rows become dicts: a clean batch has none
            failed.append({"suite": name, "expectation": f"{cfg.type}({column})", "severity": severity,
                           "report_id": row.get("report_id"), "char_start": row.get("char_start"), "char_end": row.get("char_end"),
                           "row_json": json.dumps(row, default=str, ensure_ascii=False)})
    return Validation(pl.DataFrame(checks, schema=CHECK_SCHEMA), pl.DataFrame(failed, schema=FAILED_SCHEMA),
                      pl.Series("keep", keep, dtype=pl.Boolean))
