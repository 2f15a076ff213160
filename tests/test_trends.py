"""The trend pages as pure functions on tiny inline rows: names, links, pivots, escaping, charts."""
from urllib.parse import quote, unquote

from flows.charts import log_ticks, small_multiples
from flows.review import page_name
from flows.trends import (figure_cell, main_unit, org_page_name, render_metric_page, render_org_page, render_trend_index,
                          years_table)

METRIC = {"metric_code": "mediation_cases", "name_zh": "矛盾纠纷受理件数", "name_en": "disputes received", "task": "T6",
          "kind": "count", "unit_class": "cases", "definition": "受理的矛盾纠纷 <件数>"}
ORG = "440825/西连镇"


def value(year, v, org_key=ORG, org_name="西连镇人民政府", unit="宗", start=100, **over):
    row = {"org_key": org_key, "org_name": org_name, "org_type": "township", "province": "广东省", "city": "湛江市",
           "county": "徐闻县", "metric_code": "mediation_cases", "metric_name_zh": "矛盾纠纷受理件数", "kind": "count",
           "unit": unit, "report_year": year, "value": v, "approx": "exact", "value_rule": "single statement",
           "source_file": f"{year}/西连镇.txt", "report_id": f"{year}abcdef0123", "char_start": start,
           "evidence": f"共受理纠纷{v:g}{unit}。"}
    return row | over


def mover():
    return {"metric_code": "mediation_cases", "org_key": ORG, "org_name": "西连镇人民政府", "unit": "宗", "previous_year": 2021,
            "previous_value": 118.0, "report_year": 2022, "value": 150.0, "change": 32.0, "change_pct": 27.1, "years_apart": 1,
            "previous_source_file": "2021/西连镇.txt", "previous_report_id": "2021abcdef0123", "previous_char_start": 7,
            "source_file": "2022/西连镇.txt", "report_id": "2022abcdef0123", "char_start": 9, "approx": "exact",
            "evidence": "受理150宗", "previous_approx": "more_than", "previous_evidence": "受理118余宗"}


def test_org_page_names_are_safe_and_keep_keys_apart():
    name = org_page_name(ORG)
    assert "/" not in name and name.startswith("440825_西连镇-") and name.endswith(".html")
    assert org_page_name("440825/西连镇") != org_page_name("440825_西连镇")
    assert "/" not in org_page_name("../../etc/passwd") and not org_page_name("../x").startswith(".")


def test_a_figure_links_to_its_sentence_on_the_review_page():
    cell = figure_cell(value(2021, 3000.0, approx="more_than", start=42))
    page, anchor = cell["href"].split("#")
    assert unquote(page) == "../reports/" + page_name("2021/西连镇.txt", "2021abcdef0123") and anchor == "m42"
    assert cell["text"] == "3000+ 宗" and cell["title"] == "共受理纠纷3000宗。"


def test_years_table_has_one_column_per_year_and_leaves_gaps_empty():
    rows = [value(2021, 118.0), value(2023, 150.0), value(2022, 7.0, org_key="x/乙镇", org_name="乙镇")]
    columns, table = years_table(rows, "org_key", lambda v: v["org_name"])
    assert columns == ["", "2021", "2022", "2023"]
    assert table[0][0] == "西连镇人民政府" and table[0][2] is None and table[0][3]["text"] == "150 宗"
    assert table[1][1] is None and table[1][2]["text"] == "7 宗"


def test_main_unit_is_the_most_used_one():
    assert main_unit([value(2021, 1.0, unit="人"), value(2022, 2.0, unit="人次"), value(2023, 3.0, unit="人次")]) == "人次"
    assert main_unit([]) is None


def test_metric_page_escapes_names_and_links_figures_bodies_and_movers():
    rows = [value(2021, 118.0), value(2022, 150.0, start=9), value(2022, 12.0, org_key="y/<b>镇", org_name="<script>alert(1)</script>")]
    coverage = [{"report_year": 2022, "org_type": "township", "bodies_reporting": 2, "bodies_with_report": 4, "share": 0.5,
                 "unit": "宗", "median": 81.0, "q1": 46.5, "q3": 115.5}]
    page = render_metric_page(METRIC, rows, coverage, [mover()])
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;件数&gt;" in page
    assert page.count("<svg") == 1  # the distribution per year, inline
    assert "#m9'" in page and "#m7'" in page  # both figures of the mover reach their sentence
    assert "118+ 宗" in page and "+27.1%" in page and "50%" in page
    assert f"href='../orgs/{quote(org_page_name(ORG))}'" in page


def test_metric_page_without_figures_says_so():
    page = render_metric_page(METRIC, [], [], [])
    assert "no body states this metric yet" in page and "<svg" not in page


def test_org_page_charts_only_metrics_stated_in_two_years():
    org = {"org_key": ORG, "org_name": "西连镇人民政府", "org_type": "township", "place": "广东省 湛江市 徐闻县",
           "years": "2021, 2022", "metrics": 2}
    single = [value(2021, 118.0), value(2022, 90.0, metric_code="rate", metric_name_zh="化解率", unit="%")]
    assert "<svg" not in render_org_page(org, single)
    page = render_org_page(org, single + [value(2022, 150.0, start=9)])
    assert page.count("<svg") == 1 and "矛盾纠纷受理件数 (宗)" in page
    assert "href='../metrics/mediation_cases.html'" in page and "#m9'" in page


def test_index_shows_coverage_per_year_and_links_each_metric_and_body():
    coverage = [{"metric_code": "mediation_cases", "report_year": 2021, "bodies_reporting": 1, "bodies_with_report": 2},
                {"metric_code": "mediation_cases", "report_year": 2022, "bodies_reporting": 0, "bodies_with_report": 3}]
    page = render_trend_index([METRIC], coverage, [value(2021, 118.0)])
    assert "1/2 (50%)" in page and "0/3" in page and page.count("<svg") == 1
    assert "href='metrics/mediation_cases.html'" in page and "href='orgs/" in page and "受理的矛盾纠纷 &lt;件数&gt;" in page


def test_small_multiples_escape_metric_names():
    svg = str(small_multiples("t", [{"metric": "<i>率", "report_year": y, "value": v} for y, v in ((2021, 1), (2023, 2))],
                              [2021, 2022, 2023]).svg)
    assert "&lt;i&gt;率" in svg and "<i>" not in svg and "2022" in svg  # the gap year stays on the axis


def test_log_ticks_reach_the_largest_value():
    assert log_ticks(116) == [0, 1, 2, 5, 10, 20, 50, 100, 200]
    assert log_ticks(1) == [0, 1] and log_ticks(0) == [0]
