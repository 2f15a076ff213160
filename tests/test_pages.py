"""The data-quality pages as pure functions: marks, escaping, names, verdicts, snippets."""
import json

from flows.pages import bar_chart, json_script
from flows.report import snippet_html, verdict
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


def test_bar_chart_scales_to_the_tallest_bar_and_escapes_labels():
    svg = bar_chart("facts", ["<r1>", "r2"], {"facts": [50, 100]}, {"facts": "#000"}, height=100)
    assert "height='50'" in svg and "height='100'" in svg and "&lt;r1&gt;" in svg and "<r1>" not in svg
