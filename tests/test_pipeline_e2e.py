"""The real flow on the seed reports into a temporary DuckDB file (session Prefect harness)."""
import json
import shutil
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
FACT_COLUMNS = {"source_file", "report_id", "org_name", "report_year", "kind", "subject", "metric_code", "value", "unit",
                "approx", "char_start", "char_end", "evidence"}


def query(warehouse, sql, params=None):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def seeded(prefect_harness, tmp_path_factory):
    from flows.pipeline import nightly

    tmp = tmp_path_factory.mktemp("e2e")
    inputs = tmp / "in"
    shutil.copytree(ROOT / "seeds", inputs)
    (inputs / "manifest.csv").write_text("file,url,org,published\n000_39d45cfeb246675f.txt,http://example.gov.cn/a,,2022-01-05\n",
                                         encoding="utf-8")
    warehouse = tmp / "wh" / "lawreports.duckdb"
    first = nightly(input_dir=str(inputs), warehouse=str(warehouse), batch_size=2)
    return nightly, inputs, warehouse, first


def test_contract_views_and_reports(seeded):
    _, _, warehouse, first = seeded
    assert first["status"] == "succeeded" and first["reports_loaded"] == 5
    with duckdb.connect(str(warehouse), read_only=True) as con:
        columns = {r[0] for r in con.execute("describe analytics.facts").fetchall()}
        years = con.execute("select report_year from analytics.reports order by source_file").fetchall()
        per_file = con.execute("select count(distinct source_file) from analytics.facts").fetchone()[0]
        kinds = {r[0] for r in con.execute("select distinct kind from analytics.facts").fetchall()}
        approx = {r[0] for r in con.execute("select distinct approx from analytics.facts").fetchall()}
    assert FACT_COLUMNS <= columns
    assert [y for (y,) in years] == [2021, 2023, 2023, 2020, 2021]
    assert per_file == 5
    assert kinds == {"event", "count", "rate"} and approx <= {"exact", "more_than", "about"}
    assert query(warehouse, "select source_url, published_date::varchar from analytics.reports where source_file like '000%'") == \
        [("http://example.gov.cn/a", "2022-01-05")]
    assert first["files_seen"] == 5  # the manifest is not an input report


def test_spans_are_offsets_into_the_decoded_file(seeded):
    _, inputs, warehouse, _ = seeded
    for source_file, start, end, evidence in query(warehouse, "select source_file, char_start, char_end, evidence from analytics.facts"):
        text = (inputs / source_file).read_text(encoding="utf-8-sig")
        assert text[start:end] in evidence


def test_star_schema_and_dq_tables_are_filled(seeded):
    _, _, warehouse, first = seeded
    counts = {t: query(warehouse, f"select count(*) from {t}")[0][0] for t in (
        "core.fact_event", "core.fact_count", "core.fact_rate", "core.dim_report", "core.dim_org", "core.dim_metric",
        "dq.files", "dq.check_results", "dq.runs")}
    assert counts["core.fact_event"] + counts["core.fact_count"] + counts["core.fact_rate"] == \
        first["facts_event"] + first["facts_count"] + first["facts_rate"]
    assert counts["core.dim_report"] == 5 and counts["core.dim_metric"] >= 40
    assert query(warehouse, "select count(distinct expectation || column_name) from dq.check_results")[0][0] >= 10
    assert query(warehouse, "select count(*) from analytics.metric_yoy")[0][0] > 0


def test_second_run_changes_nothing_then_a_changed_file_replaces_its_facts(seeded):
    nightly, inputs, warehouse, _ = seeded
    before = query(warehouse, "select fact_id, value from analytics.facts order by fact_id")
    built = query(warehouse, "select built_at from raw.build_info")
    again = nightly(input_dir=str(inputs), warehouse=str(warehouse), batch_size=2)
    assert again["reports_unchanged"] == 5 and again["reports_loaded"] == 0
    assert query(warehouse, "select fact_id, value from analytics.facts order by fact_id") == before
    assert query(warehouse, "select built_at from raw.build_info") == built  # nothing new: core tables not rebuilt
    assert query(warehouse, "select count(*) from dq.runs where run_id = ?", [again["run_id"]]) == [(1,)]

    changed = inputs / "003_c5dfd198ae645202.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("普法宣传活动6次", "普法宣传活动7次，举办法治讲座3场"),
                       encoding="utf-8")
    (inputs / "copy of 001.txt").write_bytes((inputs / "001_c3df3a8828558d68.txt").read_bytes())
    third = nightly(input_dir=str(inputs), warehouse=str(warehouse), batch_size=2)
    assert third["reports_loaded"] == 1 and third["duplicates"] == 1
    values = query(warehouse, "select value from analytics.facts where source_file like '003%' and subject like '%普法宣传活动%'")
    assert values == [(7.0,)]
    assert query(warehouse, "select count(*) from analytics.reports")[0][0] == 5
    assert query(warehouse, "select count(*) from raw.report_history")[0][0] == 1
    old = query(warehouse, "select value, replaced_in_run_id from raw.facts_history where subject like '%普法宣传活动%'")
    assert old == [(6.0, third["run_id"])]  # the replaced value stays recoverable
    assert query(warehouse, f"select status from dq.files where run_id = '{third['run_id']}' and source_file = 'copy of 001.txt'") == [("duplicate",)]
    drift = query(warehouse, "select source_file, row_json from dq.failed_rows where run_id = ? and expectation like '%fact_count_stable%'",
                  [third["run_id"]])
    assert [d[0] for d in drift] == ["003_c5dfd198ae645202.txt"]  # one more fact under the same extractor: flagged
    assert json.loads(drift[0][1])["fact_count"] == json.loads(drift[0][1])["previous_fact_count"] + 1


def test_report_pages_escape_report_text(seeded, tmp_path):
    from flows.report import write_report

    _, _, warehouse, _ = seeded
    index = write_report(warehouse, tmp_path / "report")
    page = index.read_text(encoding="utf-8")
    assert "succeeded" in page and "<script" not in page.lower()
    assert (tmp_path / "report" / "summary.md").exists()


def test_a_failed_run_is_recorded_and_the_report_says_so(seeded, tmp_path):
    from flows.pipeline import failed_run_record
    from flows.report import write_report

    _, _, seeded_warehouse, _ = seeded
    warehouse = tmp_path / "copy.duckdb"
    shutil.copyfile(seeded_warehouse, warehouse)
    facts_before = query(warehouse, "select count(*) from analytics.facts")
    failed_run_record(str(warehouse), "29991231T000000-failed", "2999-12-31T00:00:00", "in", OSError("disk full"))
    assert query(warehouse, "select status, error from dq.runs where run_id = '29991231T000000-failed'") == [("failed", "OSError: disk full")]
    assert query(warehouse, "select count(*) from analytics.facts") == facts_before  # facts untouched
    page = write_report(warehouse, tmp_path / "report").read_text(encoding="utf-8")
    assert "status failed" in page and "run failed: OSError: disk full" in page
