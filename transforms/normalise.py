"""Polars frames for the warehouse: candidate sentences, the mentions ledger, facts and dims.

Each function is frame in, frame out. Offsets are Python str offsets into the report text.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from itertools import groupby

import polars as pl
import pyarrow as pa

from transforms import gazetteer, mentions, org_resolution, report_meta
from transforms.lexicon import DATA_DIR
from transforms.metrics import BREAKDOWN_INTRODUCED, catalogue, with_metric_codes

RULES_VERSION = "0.11.0"  # bumped by hand when the extraction code changes what it extracts


def data_digest() -> str:
    """sha256 of the lexicons (metric catalogue, user dictionary, slogans, departments): the metric of
    each fact is decided at extraction, so editing the catalogue must re-extract, as a code change does."""
    digest = hashlib.sha256()
    for path in sorted(DATA_DIR.glob("*")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:8]


# what "unchanged" compares against: a file is re-extracted when its bytes, the rules or the lexicons changed
EXTRACTOR_VERSION = f"{RULES_VERSION}+data.{data_digest()}"

MENTION_SCHEMA = {
    "report_id": pl.String, "token": pl.String, "token_start": pl.Int64, "token_end": pl.Int64, "status": pl.String,
    "reason": pl.String, "anchor_start": pl.Int64, "anchor_end": pl.Int64, "kind": pl.String, "value": pl.Float64,
    "unit": pl.String, "approx": pl.String, "subjects": pl.List(pl.String), "parent_row": pl.Int64,
    "evidence": pl.String, "section": pl.String, "sentence_start": pl.Int64,  # where evidence starts in the text
}

ARROW_TYPES = {name: pl.Series(dtype=dtype).to_arrow().type for name, dtype in MENTION_SCHEMA.items()}


def with_reading_text(ingested: pl.DataFrame) -> pl.DataFrame:
    """`reading`: a traditional-character text's simplified mirror, one character for one (so every
    offset holds), which the rules, written in simplified, read; null for a simplified text."""
    traditional = ingested.filter(pl.col("text").str.count_matches(gazetteer.TRADITIONAL_MARKERS_PATTERN) >= 3).select(
        "report_id", pl.col("text").map_elements(lambda t: t.translate(gazetteer.traditional_reading()), return_dtype=pl.String)
        .alias("reading"))  # only those rows: a translation of every text would cost a national run seconds
    return ingested.join(traditional, on="report_id", how="left", maintain_order="left")


def candidate_sentences(reports: pl.DataFrame) -> pl.DataFrame:
    """(report_id, sentence_start, sentence, skip_gates) for sentences holding a numeral,
    vectorised; skip_gates is mentions.skip_gate_mask of the sentence. Sentences are read from the
    reading text where there is one (with_reading_text)."""
    text = pl.coalesce("reading", "text") if "reading" in reports.columns else pl.col("text")
    return (
        reports.select("report_id", text.str.extract_all(mentions.SENTENCE_RUNS).alias("sentence"))
        .explode("sentence")
        .with_columns(pl.when(pl.col("sentence").str.contains(mentions.LONG_PIECE))
                      .then(pl.col("sentence").str.extract_all(mentions.SENTENCE_PIECES))
                      .otherwise(pl.concat_list("sentence")))
        .explode("sentence")
        .with_columns(pl.col("sentence").str.len_chars().alias("_len"))
        .with_columns((pl.col("_len").cum_sum().over("report_id") - pl.col("_len")).alias("sentence_start"))
        .filter(pl.col("sentence").str.contains(mentions.CANDIDATE_PATTERN))
        .select("report_id", "sentence_start", "sentence", _skip_gate_mask(pl.col("sentence")).alias("skip_gates"))
    )


def _skip_gate_mask(sentence: pl.Expr) -> pl.Expr:
    """mentions.skip_gate_mask for a column: the gates' regexes run in Rust over the batch."""
    bits = [sentence.str.contains(gate.pattern).cast(pl.Int64) * mentions.GATE_BITS[reason]
            for reason, gate in mentions.SKIP_GATES.items()]
    return pl.sum_horizontal(*bits, sentence.str.contains_any(mentions.SLOGAN_WORDS).cast(pl.Int64) * mentions.GATE_BITS["slogans"])


def mention_frame(sentences: pl.DataFrame, zones: dict[str, dict]) -> pl.DataFrame:
    """The ledger: one row per numeric token of every candidate sentence, in text order."""
    chunks, rows, flushed = [], [], 0
    ids, starts, texts, gates = (sentences[c].to_list() for c in ("report_id", "sentence_start", "sentence", "skip_gates"))
    for report_id, positions in groupby(range(len(ids)), key=ids.__getitem__):  # sentences come grouped by report
        original = zones[report_id].get("original")  # a mirrored text's own characters are the evidence
        for start, sentence, section, found in mentions.extract_sentences(((starts[i], texts[i], gates[i]) for i in positions),
                                                                          zones[report_id]):
            if original is not None:
                sentence = original[start: start + len(sentence)]
                found = [replace(m, token=original[m.start: m.end]) for m in found]
            base, evidence = flushed + len(rows), sentence.strip()  # parent indices count within their sentence
            evidence_start = start + len(sentence) - len(sentence.lstrip())  # offsets into evidence count from here
            rows += [(report_id, m.token, m.start, m.end, m.status, m.reason, m.anchor_start, m.anchor_end, m.kind, m.value,
                      m.unit, m.approx, m.subjects, None if m.parent is None else base + m.parent, evidence, section,
                      evidence_start) for m in found]  # MENTION_SCHEMA's order
        if len(rows) >= 5000:  # Python objects for a few thousand rows at a time, the rest in Arrow
            chunks.append(_ledger_chunk(rows))
            flushed, rows = flushed + len(rows), []
    chunks.append(_ledger_chunk(rows))
    return pl.concat(chunks)


def _ledger_chunk(rows: list[tuple]) -> pl.DataFrame:
    """Rows in MENTION_SCHEMA's order as a frame (through Arrow: Polars builds a list column from
    Python lists one Series at a time)."""
    columns = zip(*rows) if rows else ([] for _ in MENTION_SCHEMA)
    return pl.from_arrow(pa.table({name: pa.array(values, type=ARROW_TYPES[name])
                                   for name, values in zip(MENTION_SCHEMA, columns)})).cast(MENTION_SCHEMA)


def _fact_id(report_id: str, start: int, end: int, subject: str) -> str:
    return hashlib.sha256(f"{report_id}|{start}|{end}|{subject}".encode()).hexdigest()[:20]


def fact_frame(ledger: pl.DataFrame) -> pl.DataFrame:
    """One row per fact (a shared rate gives one per rate name), with metric codes and the id
    of the total a breakdown part belongs to."""
    facts = (
        ledger.with_row_index("ledger_row").filter(pl.col("status") == "fact")
        .explode("subjects").rename({"subjects": "subject"})
    )
    facts = facts.with_columns(pl.Series("fact_id", [_fact_id(*r) for r in facts.select(
        "report_id", "anchor_start", "anchor_end", "subject").iter_rows()], dtype=pl.String))
    first_id = facts.group_by("ledger_row").agg(pl.col("fact_id").first().alias("parent_fact_id"))
    return with_metric_codes(
        facts.join(first_id, left_on="parent_row", right_on="ledger_row", how="left")
        .select("fact_id", "report_id", "kind", "subject", "value", "unit", "approx",
                pl.col("anchor_start").alias("char_start"), pl.col("anchor_end").alias("char_end"),
                "evidence", "section", "parent_fact_id", pl.lit(EXTRACTOR_VERSION).alias("extractor_version"),
                (pl.col("anchor_start") - pl.col("sentence_start")).alias("figure_in_evidence"))
    ).pipe(with_breakdowns_carried_on).drop("figure_in_evidence").pipe(with_audiences_of_the_event_before) \
        .pipe(without_parts_of_the_same_metric)


def with_audiences_of_the_event_before(facts: pl.DataFrame) -> pl.DataFrame:
    """A count of people named only as an audience (覆盖人数, 参训, 受教育人数) counts those who attended the
    event counted right before it in the sentence (组织党员干部法治专题培训13场次,覆盖人数350人): it takes the
    metric of that event's audience (catalogue column audience_of), and none when the event has no metric
    or its metric has no audience in the catalogue."""
    if not facts["subject"].str.contains(AUDIENCE_ONLY).any():
        return facts
    audience = dict(catalogue().filter(pl.col("audience_of").is_not_null()).select("audience_of", "code").iter_rows())
    found = facts.with_row_index("_row").sort("char_start").with_columns(
        pl.col("metric_code").shift().over("report_id", "evidence").alias("_metric_before"))  # audience_of: event metrics
    named = (pl.col("metric_code").is_null() & pl.col("subject").str.contains(AUDIENCE_ONLY)
             & pl.col("unit").is_in(["人", "人次", "名"]) & pl.col("_metric_before").is_in(list(audience)))
    return (found.with_columns(pl.when(named).then(pl.col("_metric_before").replace_strict(audience, default=None))
                               .otherwise(pl.col("metric_code")).alias("metric_code"),
                               pl.when(named).then(None).otherwise(pl.col("metric_note")).alias("metric_note"))
            .sort("_row").drop("_row", "_metric_before"))


# people named by nothing but having attended (覆盖, 参训人数): an event's audience
AUDIENCE_ONLY = r"^(?:覆盖|覆盖人数|参训|参训人数|参训人员|参加人数|参与人数|受教育人数|受训人数|参学人数)$"


def with_breakdowns_carried_on(facts: pl.DataFrame) -> pl.DataFrame:
    """A breakdown announced in one piece of a sentence goes on in the pieces after it up to the sentence's
    end (分行业来看,工矿商贸事故13起；道路运输事故2起；铁路事故2起。): their figures are parts too, and lose
    their metric as the first piece's do (metrics.BREAKDOWN_INTRODUCED)."""
    if not facts["evidence"].str.contains(BREAKDOWN_INTRODUCED.pattern).any():
        return facts  # most batches announce no breakdown: the pass costs a sort and a join
    piece_start = pl.col("char_start") - pl.col("figure_in_evidence")
    pieces = (facts.select("report_id", piece_start.alias("_piece"), "evidence").unique(["report_id", "_piece"])
              .sort("report_id", "_piece")
              .with_columns(pl.col("evidence").str.contains(BREAKDOWN_INTRODUCED.pattern).alias("_opens"))
              .with_columns(((pl.col("report_id") != pl.col("report_id").shift()).fill_null(True)
                             | ~pl.col("evidence").shift().str.contains(r"[；;]$").fill_null(False)
                             | (pl.col("_piece") - (pl.col("_piece") + pl.col("evidence").str.len_chars()).shift() > 2))
                            .cum_sum().alias("_run"))
              .with_columns((pl.col("_opens").cast(pl.Int64).cum_sum().over("_run") - pl.col("_opens").cast(pl.Int64) > 0)
                            .alias("_carried"))
              .select("report_id", "_piece", "_carried"))
    carried = pl.col("_carried").fill_null(False)
    return (facts.with_columns(piece_start.alias("_piece")).join(pieces, on=["report_id", "_piece"], how="left")
            .with_columns(pl.when(carried).then(None).otherwise(pl.col("metric_code")).alias("metric_code"),
                          pl.when(carried).then(pl.lit("breakdown_part: introduced")).otherwise(pl.col("metric_note"))
                          .alias("metric_note"))
            .drop("_piece", "_carried"))


def without_parts_of_the_same_metric(facts: pl.DataFrame) -> pl.DataFrame:
    """A breakdown part (其中宪法宣传10次 under 普法活动50次) loses its total's metric: summed or compared
    with totals it would mix a part with wholes. A part of another metric (其中调处244件) keeps its own,
    unless it is counted in its total's unit by a metric counting another kind of thing: then it is a
    category of the total's things (权责清单事项80项，其中：行政处罚4项 counts items, not penalty cases)."""
    parents = facts.select(pl.col("fact_id").alias("parent_fact_id"), pl.col("metric_code").alias("_parent_metric"),
                           pl.col("unit").alias("_parent_unit"))
    classes = dict(catalogue().select("code", "unit_class").iter_rows())
    def unit_classes(code: pl.Expr) -> pl.Expr:
        return code.replace_strict(classes, default="").str.split("|")
    other_kind = unit_classes(pl.col("metric_code")).list.set_intersection(unit_classes(pl.col("_parent_metric"))).list.len() == 0
    same = pl.col("metric_code").is_not_null() & (pl.col("metric_code") == pl.col("_parent_metric"))
    category = (pl.col("metric_code").is_not_null() & pl.col("_parent_metric").is_not_null()
                & (pl.col("unit") == pl.col("_parent_unit")) & other_kind)
    return (facts.join(parents, on="parent_fact_id", how="left")
            .with_columns(pl.when(same).then(pl.lit("breakdown_part: ") + pl.col("metric_code"))
                          .when(category).then(pl.lit("breakdown_category: ") + pl.col("_parent_metric"))
                          .otherwise(pl.col("metric_note")).alias("metric_note"),
                          pl.when(same | category).then(None).otherwise(pl.col("metric_code")).alias("metric_code"))
            .drop("_parent_metric", "_parent_unit"))


# the words right before a change that say it went down (同比下降25%, 较上年减少了约3个百分点)
DECREASE_BEFORE = r"(下降|减少|降低|回落|下滑|缩减|压减|减)[了约近达超逾]*$"


def delta_frame(ledger: pl.DataFrame) -> pl.DataFrame:
    """Year-on-year changes (同比增长40%, 下降3个百分点), kept apart from level facts; value is signed:
    a fall is negative, so 下降25% and 增长25% do not read alike."""
    before = pl.col("evidence").str.slice(0, pl.col("anchor_start") - pl.col("sentence_start"))
    return ledger.filter(pl.col("reason") == "delta").select(
        "report_id", pl.col("anchor_start").alias("char_start"), pl.col("anchor_end").alias("char_end"),
        pl.when(before.str.contains(DECREASE_BEFORE)).then(-pl.col("value")).otherwise(pl.col("value")).alias("value"),
        "unit", "evidence", pl.lit(EXTRACTOR_VERSION).alias("extractor_version"))


def report_frame(ingested: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, dict]]:
    """dim_report rows (year, dates) and each report's zones, from the texts."""
    rows, zones = [], {}
    for r in ingested.iter_rows(named=True):
        reading = r.get("reading") or r["text"]
        z = report_meta.zones(reading)
        meta = report_meta.read_meta(reading, z["sections"])
        zones[r["report_id"]] = z | ({"original": r["text"]} if r.get("reading") else {})
        rows.append({"report_id": r["report_id"], "source_file": r["source_file"], "file_sha256": r["file_sha256"],
                     "encoding": r["encoding"], "report_year": meta.report_year,
                     "published_date": meta.published_date, "text": r["text"], "text_chars": len(r["text"]),
                     "extractor_version": EXTRACTOR_VERSION})
    schema = {"report_id": pl.String, "source_file": pl.String, "file_sha256": pl.String, "encoding": pl.String,
              "report_year": pl.Int64, "published_date": pl.String, "text": pl.String, "text_chars": pl.Int64,
              "extractor_version": pl.String}
    return pl.DataFrame(rows, schema=schema), zones


ORG_SCHEMA = {
    "org_key": pl.String, "org_name": pl.String, "org_type": pl.String, "department_type": pl.String,
    "province": pl.String, "province_code": pl.String, "city": pl.String, "city_code": pl.String,
    "county": pl.String, "county_code": pl.String, "org_method": pl.String, "org_evidence_start": pl.Int64,
    "org_evidence_end": pl.Int64, "org_aliases": pl.List(pl.String), "org_issue": pl.String, "org_candidates": pl.String,
}


def with_orgs(reports: pl.DataFrame, manifest: pl.DataFrame) -> pl.DataFrame:
    """The reporting body of each report (org_resolution), with the manifest's org and county as evidence."""
    hints = {r["file"]: r for r in manifest.iter_rows(named=True)} if "file" in manifest.columns else {}
    gaz = gazetteer.load() if reports.height else None
    columns: dict[str, list] = {name: [] for name in ORG_SCHEMA}
    for source_file, text in reports.select("source_file", "text").iter_rows():
        hint = hints.get(source_file, {})
        org = org_resolution.resolve_org(text, gaz, hint.get("org"), hint.get("county"))
        for k, v in org.__dict__.items():
            columns[k if k in ORG_SCHEMA else f"org_{k}"].append(v)
    return pl.concat([reports, pl.DataFrame(columns, schema=ORG_SCHEMA)], how="horizontal")


def with_fact_counts(reports: pl.DataFrame, facts: pl.DataFrame) -> pl.DataFrame:
    """fact_count: facts extracted per report (before validation), the base of the drift check."""
    counts = facts.group_by("report_id").agg(pl.len().cast(pl.Int64).alias("fact_count"))
    return reports.join(counts, on="report_id", how="left").with_columns(pl.col("fact_count").fill_null(0))


def with_rate_consistency(facts: pl.DataFrame) -> pl.DataFrame:
    """rate_consistent: for a rate stated after its numerator and denominator in the same
    sentence (受理254件，调处244件，调处率96%), whether it is within one point of 100*b/a;
    null where the sentence does not state both, or where the rate's name does not describe the
    pair (受理20件，办结18件，群众满意率100%: satisfaction is not 办结/受理)."""
    by = ["report_id", "evidence"]
    counts = (
        facts.filter((pl.col("kind") == "count") & pl.col("parent_fact_id").is_null())
        .unique([*by, "char_start"]).sort([*by, "char_start"])
        .select(*by, "char_start", pl.col("value").alias("numerator"), pl.col("unit").alias("num_unit"),
                pl.col("subject").alias("num_subject"),
                pl.col("value").shift().over(by).alias("denominator"), pl.col("unit").shift().over(by).alias("den_unit"))
    )
    checked = facts.with_row_index("_row").sort("char_start").join_asof(
        counts, on="char_start", by=by, strategy="backward", check_sortedness=False).sort("_row")
    # the two characters before 率 name the act the rate measures (调处率, 办结率, 化解成功率)
    rate_act = pl.col("subject").str.replace(r"率$", "").str.slice(-2)
    stated_both = ((pl.col("kind") == "rate") & (pl.col("num_unit") == pl.col("den_unit"))
                   & (pl.col("denominator") > 0) & (pl.col("numerator") <= pl.col("denominator"))
                   & pl.col("num_subject").str.contains(rate_act, literal=True))
    return facts.with_columns(
        checked.select(pl.when(stated_both).then((100 * pl.col("numerator") / pl.col("denominator") - pl.col("value")).abs() <= 1.0)
                       .alias("rate_consistent")).to_series())


def with_manifest(reports: pl.DataFrame, manifest: pl.DataFrame) -> pl.DataFrame:
    """Fill what the text lacks from the sidecar manifest (file, url, published): the publication
    date only where the text gave none, the year from the publication date then. (Its org and
    county are evidence for with_orgs.)"""
    extra = manifest.rename({"file": "source_file"})
    for column in ("url", "published"):
        if column not in extra.columns:
            extra = extra.with_columns(pl.lit(None, dtype=pl.String).alias(column))
    published_year = pl.col("published").str.extract(r"^((?:19|20)[0-9]{2})").cast(pl.Int64) - 1
    return (
        reports.join(extra.select("source_file", "url", "published"), on="source_file", how="left")
        .with_columns(
            pl.coalesce("published_date", pl.col("published").str.slice(0, 10)).alias("published_date"),
            pl.coalesce("report_year", published_year).alias("report_year"),
            pl.col("url").alias("source_url"),
        )
        .drop("url", "published")
    )
