"""The data-quality pages as pure functions: marks, escaping, names, verdicts, snippets, charts, suites."""
import json

from flows.charts import grouped_bars
from flows.pages import json_script, macros, render
from flows.report import Section, check_rows, snippet_html, verdict
from flows.review import Mark, highlighted_text, non_overlapping, page_name, render_review

TEXT = "开展活动20次，<script>alert(1)</script>受理纠纷254件。"


def fact(start, end, kind="count", value=254.0, unit="件", subject="受理纠纷", **over):
    row = {"kind": kind, "value": value, "unit": unit, "approx": "exact", "subject": subject, "metric_code": "mediation_cases",
           "char_start": start, "char_end": end, "evidence": TEXT, "fact_id": f"f{start}"}
    return row | over


def test_overlapping_marks_keep_failures_over_facts_over_skipped():
    marks = [Mark(0, 5, "skipped", "skipped", "date"), Mark(2, 6, "fact", "count", "x"), Mark(5, 8, "unparsed", "unparsed", "y"),
             Mark(20, 30, "fact", "event", "z"), Mark(40, 99, "fact", "event", "outside the text")]
    kept = non_overlapping(marks, 35)
    assert [(m.start, m.status) for m in kept] == [(0, "skipped"), (5, "unparsed"), (20, "fact")]


def test_highlighted_text_escapes_report_text_and_marks_the_span():
    start = TEXT.index("254")
    out = highlighted_text(TEXT, [Mark(start, start + 4, "fact", "count", "count · 254 件 <b>")])
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert f"id='m{start}'" in out and ">254件</mark>" in out and "&lt;b&gt;" in out


def test_review_page_shows_each_fact_with_its_kind_and_embeds_data_safely():
    s = TEXT.index("20次")
    facts = [fact(s, s + 3, kind="event", value=20.0, unit="次", subject="活动"), fact(TEXT.index("254"), TEXT.index("254") + 4)]
    mentions = [{"token_start": 0, "token_end": 2, "status": "skipped", "reason": "list_marker"}]
    report = {"report_id": "abc" * 10, "source_file": "a <b>.txt", "org_name": None, "report_year": 2023, "text": TEXT,
              "text_chars": len(TEXT), "extractor_version": "0.4.0"}
    page = render_review(report, facts, mentions, [], [])
    assert page.count("<mark class='event'") == 1 and page.count("<mark class='count'") == 1
    assert "<script>alert" not in page and "a &lt;b&gt;.txt" in page and "(org not found)" in page
    data = page.split("id='facts-data'>")[1].split("</script>")[0]
    assert json.loads(data)[1]["value"] == 254.0  # the embedded JSON survives the '<' escaping


def test_quarantined_and_flagged_facts_are_marked_as_such():
    s = TEXT.index("254")
    report = {"report_id": "r" * 20, "source_file": "a.txt", "org_name": "甲镇", "report_year": 2023, "text": TEXT,
              "text_chars": len(TEXT), "extractor_version": "0.4.0"}
    flagged = render_review(report, [fact(s, s + 4)], [], [], [{"char_start": s, "char_end": s + 4, "expectation": "rate_consistent"}])
    assert "class='count flagged'" in flagged and "rate_consistent" in flagged
    quarantined = render_review(report, [], [], [{"char_start": s, "char_end": s + 4, "expectation": "kind_unit"}], [])
    assert "<mark class='quarantined'" in quarantined and "quarantined by kind_unit" in quarantined


def test_page_names_are_safe_and_unique_per_report():
    assert page_name("子目录/报告 (终稿)'.txt", "0123456789") == "子目录_报告_终稿_.txt-01234567.html"
    assert page_name("a b.txt", "11111111x") != page_name("a_b.txt", "22222222x")
    assert "/" not in page_name("../../etc/passwd", "abcdefgh")


def test_json_script_cannot_be_closed_by_report_text():
    block = json_script("d", {"t": "</script><script>alert(1)</script>"})
    assert block.count("</script>") == 1 and json.loads(block.split(">", 1)[1].rsplit("<", 1)[0])["t"].startswith("</script>")


def _run(**over):
    return {"status": "succeeded", "error": None, "files_quarantined": 0, "facts_quarantined": 0, "mentions_unparsed": 0,
            "checks_failed": 0} | over


def test_verdict_says_whether_the_run_can_be_trusted():
    assert verdict(_run())[0] == "ok"
    css, words = verdict(_run(mentions_unparsed=3, files_quarantined=1))
    assert css == "review" and "3 numbers unparsed" in words and "1 files not loaded" in words
    assert verdict(_run(status="failed", error="OSError: disk full")) == ("failed", "run failed: OSError: disk full")


def test_snippet_marks_the_failing_span_and_escapes():
    row = {"snippet": "<i>调处率50%</i>", "snippet_start": 10, "char_start": 16, "char_end": 19}
    assert snippet_html(row) == "<span class='snippet'>…&lt;i&gt;调处率<mark>50%</mark>&lt;/i&gt;…</span>"
    assert "report-level" in snippet_html({"snippet": None, "snippet_start": None, "char_start": None, "char_end": None})


def test_run_chart_is_inline_svg_with_its_labels_escaped():
    chart = grouped_bars("failures", ["<script>alert(1)</script>", "r\"2"], {"a <b>": [50, 100], "c": [0, 3]},
                         {"a <b>": "#c62828", "c": "#000"})
    svg = str(chart.svg)
    assert svg.startswith("<svg") and svg.count("<svg") == 1 and "<script" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg and "a &lt;b&gt;" in svg  # axis labels and legend
    assert 'r&quot;2' in svg  # a quote in an attribute (aria-label) cannot end it
    assert chart.note == "(tallest bar 100)" and "#c62828" in svg


def test_small_counts_get_whole_number_ticks():
    svg = str(grouped_bars("failures", ["run 1", "run 2"], {"files": [0, 1]}, {"files": "#000"}).svg)
    assert ">0.5<" not in svg and ">0.0<" not in svg and ">1<" in svg


def test_chart_svg_goes_into_the_page_unescaped_and_its_title_escaped():
    chart = grouped_bars("t <i>", ["a"], {"n": [1]}, {"n": "#000"})
    page = render("index.html", title="x", run={"run_id": "r", "status": "succeeded", "started_at": "", "finished_at": "",
                                                "extractor_version": "", "input_dir": ""},
                  verdict_css="ok", verdict_words="", tiles=[],
                  sections=[{"id": "runs", "title": "runs", "sql": "select 1", "columns": [], "rows": [], "numeric": (),
                             "charts": [chart]}])
    assert "<svg" in page and "t &lt;i&gt;" in page and "<i>" not in page


def test_a_null_shows_as_an_empty_cell_not_none():
    cell = macros().cell
    assert cell(None) == "" and cell({"href": "#", "text": None}) == "<a href='#'></a>"


def _checks(*rows):
    columns = ["suite", "expectation", "column_name", "severity", "success", "observed_value", "unexpected_count",
               "element_count", "unexpected_percent", "threshold", "description"]
    return Section("Checks", "", columns, [(*r, "error", True, None, 0, 10, 0.0, "", "") for r in rows])


def test_checks_table_shows_the_suite_name():
    rows = check_rows(_checks(("facts", "expect_column_values_to_not_be_null", "value"),
                              ("reports", "expect_column_values_to_not_be_null", "org_key")))
    assert [r[1] for r in rows] == ["facts", "reports"]


def test_checks_written_with_a_logger_name_as_suite_show_the_suite_it_was():
    legacy = "great_expectations.data_context.types.base"  # what runs before the runner fix wrote
    rows = check_rows(_checks((legacy, "expect_column_values_to_not_be_null", "value"),
                              (legacy, "expect_column_values_to_not_be_null", "org_key"),
                              (legacy, "expect_column_values_to_be_unique", "report_id")))
    assert [r[1] for r in rows] == ["facts", "reports", "reports"]
