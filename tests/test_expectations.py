"""Real GX validation on tiny frames: each check passes on good rows and catches a bad one."""
import json

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


def test_checks_and_failed_rows_carry_the_suite_name():
    result = validate([good_fact(), good_fact(fact_id="b", kind="thing")])
    assert set(result.checks["suite"]) == {"facts"} and set(result.failed_rows["suite"]) == {"facts"}


@pytest.mark.parametrize("bad,column", [
    ({"kind": "thing"}, "kind"),
    ({"unit": "%"}, "kind_unit"),
    ({"value": -1.0}, "value"),
    ({"kind": "rate", "unit": "%", "value": 1500.0}, "rate_value"),
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
    warned = result.failed_rows.filter(pl.col("severity") == "warn")
    # exactly the rate is flagged, by the rate-consistency expectation (an empty frame would pass .all())
    assert warned.height == 1 and "rate_consistent" in warned["expectation"][0]
    assert json.loads(warned["row_json"][0])["fact_id"] == "b"


def test_a_rate_past_100_is_flagged_not_dropped():
    result = validate([good_fact(), good_fact(fact_id="b", kind="rate", unit="%", value=103.84)])  # 完成率103.84%
    assert result.keep.to_list() == [True, True]
    warned = result.failed_rows.filter(pl.col("severity") == "warn")
    assert warned.height == 1 and json.loads(warned["row_json"][0])["fact_id"] == "b"


def test_a_batch_of_goods_is_a_count():
    assert validate([good_fact(kind="count", unit="批次")]).keep.to_list() == [True]


def test_campaigns_run_in_xiang_are_events():
    assert validate([good_fact(kind="event", unit="项")]).keep.to_list() == [True]  # 开展专项行动26项
    assert validate([good_fact(kind="event", unit="元")]).keep.to_list() == [False]


def test_duplicate_fact_ids_fail_uniqueness():
    result = validate([good_fact(), good_fact()])
    assert not result.checks.filter(pl.col("expectation") == "expect_column_values_to_be_unique")["success"].all()


@pytest.mark.parametrize("bad,column", [
    ({"fact_id": None}, "fact_id"),
    ({"report_id": None}, "report_id"),
    ({"value": None}, "value"),
    ({"subject": None}, "subject"),
    ({"subject": "很" * 41}, "subject"),
    ({"char_end": 4}, "char_end,char_start"),
])
def test_missing_or_malformed_fields_are_quarantined(bad, column):
    result = validate([good_fact(), good_fact(**({"fact_id": "b"} | bad))])
    assert result.keep.to_list()[0] is True and result.keep.to_list()[1] is False
    assert column in result.checks.filter(~pl.col("success"))["column_name"].to_list()


def report_rows(**over):
    row = {"report_id": "r1", "source_file": "a.txt", "org_name": "徐闻县西连镇人民政府", "org_key": "440825/西连镇", "report_year": 2023,
           "extractor_version": "1", "fact_count": 3, "text": "开展活动3次。"}
    return row | over


def validate_reports(rows, previous=None, ledger_status=("fact",)):
    from expectations.runner import report_check_frame

    reports = pl.DataFrame(rows)
    ledger = pl.DataFrame({"report_id": [rows[0]["report_id"]] * len(ledger_status), "status": list(ledger_status)})
    previous = previous if previous is not None else pl.DataFrame(
        schema={"source_file": pl.String, "extractor_version": pl.String, "fact_count": pl.Int64})
    return run_suite("reports", report_check_frame(reports, ledger, previous), suites.report_expectations())


def failed_columns(result):
    return set(result.checks.filter(~pl.col("success"))["column_name"].to_list())


def test_good_reports_pass_and_report_checks_only_flag():
    result = validate_reports([report_rows(), report_rows(report_id="r2", source_file="b.txt")])
    assert result.checks["success"].all() and result.checks.height >= 6


@pytest.mark.parametrize("bad,column", [
    ({"report_year": 1999}, "report_year"),
    ({"report_year": 2999}, "report_year"),
    ({"report_year": None}, "report_year"),
    ({"org_name": None}, "org_name"),
    ({"org_key": None}, "org_key"),  # a body read but not resolved (org_ambiguous): warned, still loaded
    ({"report_id": "r1"}, "report_id"),  # the same report twice
])
def test_bad_report_rows_fail_their_check(bad, column):
    result = validate_reports([report_rows(), report_rows(source_file="b.txt", **bad)])
    assert column in failed_columns(result)


def test_report_with_numbers_but_no_facts_is_flagged():
    result = validate_reports([report_rows(fact_count=0)], ledger_status=("unparsed", "skipped"))
    assert "has_facts_if_numbers" in failed_columns(result)
    assert "has_facts_if_numbers" not in failed_columns(validate_reports([report_rows()], ledger_status=("skipped",)))


def test_fact_count_drift_is_flagged_only_under_the_same_extractor_version():
    previous = pl.DataFrame({"source_file": ["a.txt"], "extractor_version": ["1"], "fact_count": [5]})
    drifted = validate_reports([report_rows(fact_count=3)], previous)
    assert "fact_count_stable" in failed_columns(drifted)
    assert drifted.keep.to_list() == [True]  # flagged, loaded all the same
    stable = validate_reports([report_rows(fact_count=5)], previous)
    new_version = validate_reports([report_rows(fact_count=3, extractor_version="2")], previous)
    assert "fact_count_stable" not in failed_columns(stable) | failed_columns(new_version)
