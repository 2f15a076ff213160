"""Real GX validation on tiny frames: each check passes on good rows and catches a bad one."""
import polars as pl
import pytest

from expectations import suites
from expectations.runner import fact_check_frame, run_suite

TEXT = "开展活动20次，受理纠纷254件，调处244件，调处率96%。"


def good_fact(**over):
    row = {"fact_id": "a", "report_id": "r", "kind": "event", "subject": "活动", "value": 20.0, "unit": "次",
           "approx": "exact", "char_start": 4, "char_end": 7, "evidence": TEXT, "metric_code": "pufa_events",
           "rate_consistent": None}
    return row | over


def validate(rows):
    reports = pl.DataFrame({"report_id": ["r"], "text": [TEXT], "text_chars": [len(TEXT)]})
    facts = pl.DataFrame(rows, schema_overrides={"rate_consistent": pl.Boolean})
    return run_suite("facts", fact_check_frame(facts, reports), suites.fact_expectations(["pufa_events"]))


def test_good_rows_pass_every_check():
    result = validate([good_fact()])
    assert result.checks["success"].all() and result.keep.to_list() == [True]
    assert result.checks.height >= 10


@pytest.mark.parametrize("bad,column", [
    ({"kind": "thing"}, "kind"),
    ({"unit": "%"}, "kind_unit"),
    ({"value": -1.0}, "value"),
    ({"kind": "rate", "unit": "%", "value": 150.0}, "rate_value"),
    ({"evidence": "另一个句子。"}, "evidence_holds_span"),
    ({"char_end": 999}, "text_chars,char_end"),
    ({"metric_code": "not_in_catalogue"}, "metric_code"),
    ({"approx": "roughly"}, "approx"),
])
def test_bad_row_is_quarantined_with_the_failing_check(bad, column):
    result = validate([good_fact(), good_fact(fact_id="b", **bad)])
    assert result.keep.to_list() == [True, False]
    failed = result.checks.filter(~pl.col("success"))
    assert column in failed["column_name"].to_list()
    assert result.failed_rows.filter(pl.col("severity") == "error").height >= 1


def test_inconsistent_rate_is_flagged_not_dropped():
    result = validate([good_fact(), good_fact(fact_id="b", kind="rate", unit="%", value=50.0, rate_consistent=False)])
    assert result.keep.to_list() == [True, True]
    assert result.failed_rows.filter(pl.col("severity") == "warn")["expectation"].str.contains("rate_consistent").all()


def test_duplicate_fact_ids_fail_uniqueness():
    result = validate([good_fact(), good_fact()])
    assert not result.checks.filter(pl.col("expectation") == "expect_column_values_to_be_unique")["success"].all()
