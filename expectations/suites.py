"""Great Expectations suites for a batch of facts and reports, defined as code.

Each expectation carries meta.severity: "error" rows are quarantined (not loaded as facts),
"warn" rows are loaded and flagged. Derived columns the checks need (kind_unit,
evidence_holds_span, ...) are added by expectations.runner before validation.
"""
from __future__ import annotations

import datetime as dt

import great_expectations.expectations as gxe

from transforms.mentions import COUNT_UNITS, EVENT_UNITS

KINDS = ["event", "count", "rate"]
APPROX = ["exact", "more_than", "about"]
# batches of goods are counted (检出不合格样品93批次: transforms.mentions.kind_of), batches of sampling held;
# campaigns run are held in 项 as in 个 (开展专项行动26项)
KIND_UNITS = [f"event:{u}" for u in EVENT_UNITS + ["个", "项"]] + [f"count:{u}" for u in COUNT_UNITS + ["批次"]] + ["rate:%"]


def _meta(severity: str, why: str) -> dict:
    return {"severity": severity, "why": why}


def fact_expectations(metric_codes: list[str]) -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="fact_id", meta=_meta("error", "key")),
        gxe.ExpectColumnValuesToNotBeNull(column="report_id", meta=_meta("error", "key")),
        gxe.ExpectColumnValuesToBeUnique(column="fact_id", meta=_meta("error", "one fact per (report, span, subject)")),
        gxe.ExpectColumnValuesToNotBeNull(column="value", meta=_meta("error", "a fact is a number")),
        gxe.ExpectColumnValuesToNotBeNull(column="subject", meta=_meta("error", "a fact names what it counts")),
        gxe.ExpectColumnValueLengthsToBeBetween(column="subject", min_value=1, max_value=40, meta=_meta("error", "clean short subject")),
        gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=KINDS, meta=_meta("error", "kinds of GUIDELINE.md")),
        gxe.ExpectColumnValuesToBeInSet(column="approx", value_set=APPROX, meta=_meta("error", "qualifier classes")),
        gxe.ExpectColumnValuesToBeInSet(column="kind_unit", value_set=KIND_UNITS, meta=_meta("error", "unit fits kind")),
        gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, meta=_meta("error", "quantities are not negative")),
        gxe.ExpectColumnValuesToBeBetween(column="rate_value", min_value=0, max_value=1000, meta=_meta("error", "a percentage is 0-1000")),
        # 完成率103.84%: a task done past its target is real, but rare enough to be looked at
        gxe.ExpectColumnValuesToBeBetween(column="rate_value", min_value=0, max_value=100,
                                          meta=_meta("warn", "a percentage over 100 is a completion past its target")),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="char_end", column_B="char_start", meta=_meta("error", "span not empty")),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="text_chars", column_B="char_end", or_equal=True,
                                                    meta=_meta("error", "span inside the report text")),
        gxe.ExpectColumnValuesToBeInSet(column="evidence_holds_span", value_set=[True], meta=_meta("error", "evidence holds the span")),
        gxe.ExpectColumnValuesToBeInSet(column="metric_code", value_set=metric_codes, meta=_meta("error", "metric in dim_metric")),
        gxe.ExpectColumnValuesToBeInSet(column="rate_consistent", value_set=[True],
                                        meta=_meta("warn", "stated rate within 1 point of numerator/denominator")),
    ]


def report_expectations() -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="report_id", meta=_meta("error", "key")),
        gxe.ExpectColumnValuesToBeUnique(column="report_id", meta=_meta("error", "one row per report")),
        gxe.ExpectColumnValuesToBeBetween(column="report_year", min_value=2000, max_value=dt.date.today().year,
                                          meta=_meta("warn", "plausible report year")),
        gxe.ExpectColumnValuesToNotBeNull(column="report_year", meta=_meta("warn", "report year found")),
        gxe.ExpectColumnValuesToNotBeNull(column="org_name", meta=_meta("warn", "reporting body found")),
        gxe.ExpectColumnValuesToNotBeNull(column="org_key", meta=_meta("warn", "reporting body resolved to one gazetteer key (followable across years)")),
        gxe.ExpectColumnValuesToBeInSet(column="has_facts_if_numbers", value_set=[True],
                                        meta=_meta("warn", "a report with numbers in its text has at least one fact")),
        gxe.ExpectColumnValuesToBeInSet(column="fact_count_stable", value_set=[True],
                                        meta=_meta("warn", "facts per report unchanged since the previous run of the same file and extractor version")),
    ]
