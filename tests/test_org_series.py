"""One body's reports across years, named differently each year, through the real flow: one org_key,
its aliases in core.dim_org, and metric_yoy linking the years (session Prefect harness)."""
import duckdb
import pytest

REPORTS = {
    # 2022: no title, the short form in the opening sentence, the county named later
    "2022.txt": "2022年，景泰街坚持依法行政，服务白云区发展大局。\n一、主要工作\n全年开展法律宣传活动20次，受理矛盾纠纷200件。\n",
    # 2023: the full name in the title
    # 宗 this year, 件 the last: one unit family, so the years compare
    "2023.txt": "广州市白云区景泰街道办事处2023年法治政府建设年度报告\n一、主要工作\n全年开展法律宣传活动30场，受理矛盾纠纷150宗，同比下降25%。\n",
    # another body with the same name elsewhere: never merged
    "other.txt": "贵阳市白云区司法局2023年法治政府建设年度报告\n一、主要工作\n全年开展法律宣传活动5次。\n",
}


@pytest.fixture(scope="module")
def warehouse(prefect_harness, tmp_path_factory):
    from flows.pipeline import nightly

    folder = tmp_path_factory.mktemp("series")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "w.duckdb"
    assert nightly(input_dir=str(folder), warehouse=str(out))["status"] == "succeeded"
    return out


def test_name_variants_of_one_body_are_one_org(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        orgs = con.execute("select org_key, org_name, aliases, reports, first_year, last_year from core.dim_org order by org_key").fetchall()
    assert orgs == [
        ("440111/景泰街道", "广州市白云区景泰街道办事处", ["广州市白云区景泰街道办事处", "景泰街"], 2, 2022, 2023),
        ("520113/司法局", "贵阳市白云区司法局", ["贵阳市白云区司法局"], 1, 2023, 2023),
    ]


def test_metric_yoy_follows_the_body_across_years(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("""select metric_code, report_year, value, previous_year, previous_value, change, comparable
                              from analytics.metric_yoy where org_key = '440111/景泰街道' and previous_year is not null
                              order by metric_code""").fetchall()
    assert rows == [
        ("mediation_cases", 2023, 150.0, 2022, 200.0, -50.0, True),
        ("pufa_events", 2023, 30.0, 2022, 20.0, 10.0, True),
    ]


def test_a_stated_change_is_kept_apart_signed_and_keyed_to_the_body(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select org_key, report_year, value, unit from core.fact_delta").fetchall() == [
            ("440111/景泰街道", 2023, -25.0, "%")]
