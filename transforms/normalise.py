"""Polars frames for the warehouse: candidate sentences, the mentions ledger, facts and dims.

Each function is frame in, frame out. Offsets are Python str offsets into the report text.
"""
from __future__ import annotations

import bisect
import hashlib

import polars as pl

from transforms import mentions, report_meta
from transforms.metrics import with_metric_codes

EXTRACTOR_VERSION = "0.4.0"
# every character belongs to exactly one piece, so cumulative lengths are offsets
_SENTENCE_PIECES = r"[^。！？；;!?\n]*(?:[。！？；;!?\n]|$)"

MENTION_SCHEMA = {
    "report_id": pl.String, "token": pl.String, "token_start": pl.Int64, "token_end": pl.Int64, "status": pl.String,
    "reason": pl.String, "anchor_start": pl.Int64, "anchor_end": pl.Int64, "kind": pl.String, "value": pl.Float64,
    "unit": pl.String, "approx": pl.String, "subjects": pl.List(pl.String), "parent_row": pl.Int64,
    "evidence": pl.String, "section": pl.String, "sentence_start": pl.Int64,
}


def candidate_sentences(reports: pl.DataFrame) -> pl.DataFrame:
    """(report_id, sentence_start, sentence) for sentences holding a numeral, vectorised."""
    return (
        reports.select("report_id", pl.col("text").str.extract_all(_SENTENCE_PIECES).alias("sentence"))
        .explode("sentence")
        .with_columns(pl.col("sentence").str.len_chars().alias("_len"))
        .with_columns((pl.col("_len").cum_sum().over("report_id") - pl.col("_len")).alias("sentence_start"))
        .filter(pl.col("sentence").str.contains(mentions.CANDIDATE_PATTERN))
        .select("report_id", "sentence_start", "sentence")
    )


def report_zones(text: str) -> dict:
    """Sections, plan zones and page debris of one report text."""
    sections = report_meta.section_starts(text)
    plan = []
    for i, (start, _, is_plan) in enumerate(sections):
        if is_plan:
            plan.append((start, next((s for s, _, p in sections[i + 1:] if not p), len(text))))
    return {"sections": sections, "plan": plan, "debris": report_meta.debris_spans(text)}


def mention_frame(sentences: pl.DataFrame, zones: dict[str, dict]) -> pl.DataFrame:
    """The ledger: one row per numeric token of every candidate sentence, in text order."""
    rows, history = [], {}
    for report_id, start, sentence in sentences.iter_rows():
        z = zones[report_id]
        heads = [s for s, _, _ in z["sections"]]
        at = bisect.bisect_right(heads, start) - 1
        base = len(rows)
        for m in mentions.extract_sentence(
            sentence, start, in_plan=any(a <= start < b for a, b in z["plan"]),
            in_debris=any(a <= start < b for a, b in z["debris"]), history=history.setdefault(report_id, []),
        ):
            rows.append({"report_id": report_id, "token": m.token, "token_start": m.start, "token_end": m.end,
                         "status": m.status, "reason": m.reason, "anchor_start": m.anchor_start, "anchor_end": m.anchor_end,
                         "kind": m.kind, "value": m.value, "unit": m.unit, "approx": m.approx, "subjects": m.subjects,
                         "parent_row": None if m.parent is None else base + m.parent, "evidence": sentence.strip(),
                         "section": z["sections"][at][1] if at >= 0 else "", "sentence_start": start})
    return pl.DataFrame(rows, schema=MENTION_SCHEMA)


def _fact_id(report_id: str, start: int, end: int, subject: str) -> str:
    return hashlib.sha256(f"{report_id}|{start}|{end}|{subject}".encode()).hexdigest()[:20]


def fact_frame(ledger: pl.DataFrame) -> pl.DataFrame:
    """One row per fact (a shared rate gives one per rate name), with metric codes and the id
    of the total a breakdown part belongs to."""
    facts = (
        ledger.with_row_index("ledger_row").filter(pl.col("status") == "fact")
        .explode("subjects").rename({"subjects": "subject"})
        .with_columns(pl.struct("report_id", "anchor_start", "anchor_end", "subject")
                      .map_elements(lambda r: _fact_id(r["report_id"], r["anchor_start"], r["anchor_end"], r["subject"]),
                                    return_dtype=pl.String).alias("fact_id"))
    )
    first_id = facts.group_by("ledger_row").agg(pl.col("fact_id").first().alias("parent_fact_id"))
    return with_metric_codes(
        facts.join(first_id, left_on="parent_row", right_on="ledger_row", how="left")
        .select("fact_id", "report_id", "kind", "subject", "value", "unit", "approx",
                pl.col("anchor_start").alias("char_start"), pl.col("anchor_end").alias("char_end"),
                "evidence", "section", "parent_fact_id", pl.lit(EXTRACTOR_VERSION).alias("extractor_version"))
    )


def delta_frame(ledger: pl.DataFrame) -> pl.DataFrame:
    """Year-on-year changes (同比增长40%, 下降3个百分点): kept apart from level facts."""
    return ledger.filter(pl.col("reason") == "delta").select(
        "report_id", pl.col("anchor_start").alias("char_start"), pl.col("anchor_end").alias("char_end"),
        "value", "unit", "evidence", pl.lit(EXTRACTOR_VERSION).alias("extractor_version"))


def report_frame(ingested: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, dict]]:
    """dim_report rows (org, level, year, dates) and each report's zones, from the texts."""
    rows, zones = [], {}
    for r in ingested.iter_rows(named=True):
        z = report_zones(r["text"])
        meta = report_meta.read_meta(r["text"], z["sections"])
        zones[r["report_id"]] = z
        rows.append({"report_id": r["report_id"], "source_file": r["source_file"], "file_sha256": r["file_sha256"],
                     "encoding": r["encoding"], "org_name": meta.org_name, "org_level": meta.org_level,
                     "parent_place": meta.parent_place, "report_year": meta.report_year,
                     "published_date": meta.published_date, "text": r["text"], "text_chars": len(r["text"]),
                     "extractor_version": EXTRACTOR_VERSION})
    schema = {"report_id": pl.String, "source_file": pl.String, "file_sha256": pl.String, "encoding": pl.String,
              "org_name": pl.String, "org_level": pl.String, "parent_place": pl.String, "report_year": pl.Int64,
              "published_date": pl.String, "text": pl.String, "text_chars": pl.Int64, "extractor_version": pl.String}
    return pl.DataFrame(rows, schema=schema), zones


def with_rate_consistency(facts: pl.DataFrame) -> pl.DataFrame:
    """rate_consistent: for a rate stated after its numerator and denominator in the same
    sentence (受理254件，调处244件，调处率96%), whether it is within one point of 100*b/a;
    null where the sentence does not state both."""
    counts = facts.filter((pl.col("kind") == "count") & pl.col("parent_fact_id").is_null())
    verdicts = []
    for r in facts.iter_rows(named=True):
        verdict = None
        if r["kind"] == "rate":
            before = counts.filter((pl.col("report_id") == r["report_id"]) & (pl.col("evidence") == r["evidence"])
                                   & (pl.col("char_end") <= r["char_start"])).unique("char_start").sort("char_start")
            if before.height >= 2 and before["unit"][-1] == before["unit"][-2] and before["value"][-2] > 0:
                numerator, denominator = before["value"][-1], before["value"][-2]
                if numerator <= denominator:
                    verdict = abs(100 * numerator / denominator - r["value"]) <= 1.0
        verdicts.append(verdict)
    return facts.with_columns(pl.Series("rate_consistent", verdicts, dtype=pl.Boolean))


def with_manifest(reports: pl.DataFrame, manifest: pl.DataFrame) -> pl.DataFrame:
    """Fill what the text lacks from the sidecar manifest (file, url, org, published): org and
    publication date only where the text gave none, the year from the publication date then."""
    extra = manifest.rename({"file": "source_file"})
    for column in ("url", "org", "published"):
        if column not in extra.columns:
            extra = extra.with_columns(pl.lit(None, dtype=pl.String).alias(column))
    published_year = pl.col("published").str.extract(r"^((?:19|20)[0-9]{2})").cast(pl.Int64) - 1
    return (
        reports.join(extra.select("source_file", "url", "org", "published"), on="source_file", how="left")
        .with_columns(
            pl.coalesce("org_name", "org").alias("org_name"),
            pl.coalesce("published_date", pl.col("published").str.slice(0, 10)).alias("published_date"),
            pl.coalesce("report_year", published_year).alias("report_year"),
            pl.col("url").alias("source_url"),
        )
        .drop("url", "org", "published")
    )
