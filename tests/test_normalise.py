import re

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.mentions import NUMERIC_RUN, SENTENCE_PIECES
from transforms.metrics import metric_match, with_metric_codes
from transforms.normalise import candidate_sentences, delta_frame, fact_frame, mention_frame, with_rate_consistency
from transforms.report_meta import zones


def test_candidate_sentences_offsets_point_into_the_text():
    text = "一、概况\n我镇开展活动3次。没有数字的句子。发放资料50份；"
    s = candidate_sentences(pl.DataFrame({"report_id": ["r"], "text": [text]}))
    assert all(text[o:o + len(x)] == x for o, x in s.select("sentence_start", "sentence").iter_rows())
    assert not any("没有数字" in x for x in s["sentence"])


# runs around the 2000-character cap, terminators, numbers: the pieces Polars finds must be
# exactly those of the Python pattern the per-report path uses
_PIECES = ["。", "；", "\n", "!", "开展活动3次", "发放资料50份", "x" * 1999, "y" * 2000, "z" * 2001, "w" * 4000, "，", "12"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_candidate_sentences_tile_the_text_as_the_python_pattern_does(text):
    found = candidate_sentences(pl.DataFrame({"report_id": ["r"], "text": [text]}))
    expected = [(m.start(), m.group()) for m in re.finditer(SENTENCE_PIECES, text) if NUMERIC_RUN.search(m.group())]
    assert list(found.select("sentence_start", "sentence").iter_rows()) == expected


def test_parent_rows_stay_right_past_the_ledger_chunk_size():
    text = "共受理信访事项50件，其中市信访局交办20件，县信访局交办30件。"
    frame = pl.DataFrame({"report_id": [f"r{i:04d}" for i in range(2000)], "text": [text] * 2000})
    ledger = mention_frame(candidate_sentences(frame), {f"r{i:04d}": zones(text) for i in range(2000)})
    assert ledger.height > 5000  # more rows than one chunk of Python tuples
    parents = ledger.with_row_index("row").filter(pl.col("parent_row").is_not_null())
    totals = ledger.with_row_index("row").select(pl.col("row").alias("parent_row"), pl.col("report_id").alias("parent_report"),
                                                 pl.col("value").alias("parent_value"))
    joined = parents.join(totals, on="parent_row", how="left")
    assert joined.height == 4000
    assert joined["parent_report"].null_count() == 0  # Polars' all() skips nulls: a row pointing nowhere must fail
    assert (joined["parent_report"] == joined["report_id"]).all() and (joined["parent_value"] == 50).all()


@pytest.mark.parametrize("text", [
    "共受理信访事项50件，其中市信访局交办20件，县信访局交办30件。",
    # the breakdown may open after a colon or in brackets
    "共受理信访事项50件：其中市信访局交办20件，县信访局交办30件。",
    "共受理信访事项50件（其中市信访局交办20件，县信访局交办30件）。",
])
def test_fact_frame_links_breakdown_parts_to_their_total(text):
    frame = pl.DataFrame({"report_id": ["r"], "text": [text]})
    facts = fact_frame(mention_frame(candidate_sentences(frame), {"r": zones(text)}))
    total_id = facts["fact_id"][0]
    assert facts["parent_fact_id"].to_list() == [None, total_id, total_id]
    # the parts are petitions too, but summed or compared with totals they would mix parts and wholes
    assert facts["metric_code"].to_list() == ["petition_items", None, None]
    assert facts["metric_note"].to_list() == [None, "breakdown_part: petition_items", "breakdown_part: petition_items"]



def test_a_part_counted_in_its_totals_unit_as_another_kind_of_thing_is_a_category():
    # the penalty items of a power list are list items, not penalty cases; a part of another metric
    # in its own unit keeps it (其中调处244件 under 受理矛盾纠纷254件)
    text = "乡权责清单事项共计80项，其中：行政许可4项、行政处罚6项。受理矛盾纠纷254件，其中调处244件。"
    frame = pl.DataFrame({"report_id": ["r"], "text": [text]})
    facts = fact_frame(mention_frame(candidate_sentences(frame), {"r": zones(text)}))
    by_value = dict(zip(facts["value"].to_list(), zip(facts["metric_code"].to_list(), facts["metric_note"].to_list())))
    assert by_value[80][0] == "power_list_items"
    assert by_value[6] == (None, "breakdown_category: power_list_items")
    assert by_value[244] == ("mediation_resolved", None)

def _facts(values, units=("件", "件", "%"), subjects=("受理矛盾纠纷", "调处矛盾纠纷", "调处率"), parents=(None, None, None)):
    return pl.DataFrame({"report_id": ["r"] * 3, "kind": ["count", "count", "rate"], "value": values,
                         "unit": list(units), "subject": list(subjects), "char_start": [0, 10, 20], "char_end": [4, 14, 23],
                         "evidence": ["e"] * 3, "parent_fact_id": list(parents)}, schema_overrides={"parent_fact_id": pl.String})


@pytest.mark.parametrize("facts, verdict", [
    (_facts([254.0, 244.0, 96.0]), True),    # 244/254 = 96.06%
    (_facts([254.0, 244.0, 50.0]), False),   # stated 50%: flagged
    (_facts([200.0, 190.0, 96.0]), True),    # 95%: one point off is rounding
    (_facts([200.0, 190.0, 96.2]), False),   # 1.2 points off is not
    (_facts([200.0, 210.0, 50.0]), None),    # numerator above denominator: not a pair
    (_facts([254.0, 244.0, 50.0], units=("件", "人", "%")), None),  # different units: not a pair
    (_facts([254.0, 244.0, 50.0], parents=(None, "p", None)), None),  # a breakdown part is not the numerator
    (_facts([20.0, 18.0, 100.0], subjects=("受理行政复议案件", "办结行政复议案件", "群众满意率")), None),  # a rate of something else
    (_facts([20.0, 18.0, 100.0], subjects=("受理行政复议案件", "办结行政复议案件", "办结率")), False),  # 18/20 is 90%
])
def test_rate_consistency_checks_only_a_rate_its_pair_describes(facts, verdict):
    assert with_rate_consistency(facts)["rate_consistent"].to_list() == [None, None, verdict]


def test_metric_codes_by_term_kind_and_unit():
    assert metric_match("调处矛盾纠纷", "count", "件")[0] == "mediation_resolved"
    assert metric_match("法律宣传活动", "event", "次")[0] == "pufa_events"
    assert metric_match("法律宣传活动", "count", "元")[0] is None
    frame = with_metric_codes(pl.DataFrame({"subject": ["办结率", "某某"], "kind": ["rate", "count"], "unit": ["%", "件"]}))
    assert frame["metric_code"].to_list() == ["closure_rate", None]


def test_manifest_fills_only_what_the_text_lacks():
    from transforms.normalise import with_manifest

    reports = pl.DataFrame({"source_file": ["a.txt", "b.txt"], "published_date": [None, None], "report_year": [2023, None]},
                           schema_overrides={"published_date": pl.String, "report_year": pl.Int64})
    manifest = pl.DataFrame({"file": ["a.txt", "b.txt"], "url": ["http://x/a", "http://x/b"],
                             "org": ["别的名字", "乙街道办事处"], "published": ["2024-03-01", "2024-02-20"]})
    out = with_manifest(reports, manifest)
    assert out["report_year"].to_list() == [2023, 2023]
    assert out["published_date"].to_list() == ["2024-03-01", "2024-02-20"]
    assert out["source_url"].to_list() == ["http://x/a", "http://x/b"]


def test_manifest_org_and_county_are_evidence_and_a_disagreement_is_flagged():
    from transforms.normalise import with_orgs

    reports = pl.DataFrame({"source_file": ["a.txt", "b.txt", "c.txt"], "text": [
        "2023年，我局深入推进法治政府建设，开展活动20次。",          # names no body: the manifest does
        "2023年，西兴街道坚持依法行政，开展活动20次。",              # three 西兴街道: the manifest's county decides
        "徐闻县西连镇2023年法治政府建设工作报告\n开展活动20次。"]})  # the text names another body than the manifest
    manifest = pl.DataFrame({"file": ["a.txt", "b.txt", "c.txt"], "org": ["海珠区人力资源和社会保障局", None, "徐闻县南山镇人民政府"],
                             "county": [None, "滨江区", None]})
    out = with_orgs(reports, manifest)
    assert out["org_key"].to_list() == ["440105/人力资源和社会保障局", "330108/西兴街道", "440825/西连镇"]
    assert out["org_method"].to_list() == ["manifest+prefix", "first_sentence+gazetteer+manifest", "title+prefix"]
    assert out["org_issue"].to_list() == [None, None, "org_conflict"]


def test_a_fall_is_a_negative_change_even_after_leading_whitespace():
    text = "\n  2023年受理矛盾纠纷150宗，同比下降25%。办结率较上年提高3个百分点，来访量较去年减少了约10%。"  # a date is no change
    frame = pl.DataFrame({"report_id": ["r"], "text": [text]})
    deltas = delta_frame(mention_frame(candidate_sentences(frame), {"r": zones(text)}))
    assert deltas.select("value", "unit").rows() == [(-25.0, "%"), (3.0, "个百分点"), (-10.0, "%")]
    assert [text[s:e] for s, e in deltas.select("char_start", "char_end").rows()] == ["25%", "3个百分点", "10%"]


def test_editing_a_lexicon_changes_the_extractor_version(tmp_path, monkeypatch):
    import transforms.normalise as normalise

    (tmp_path / "metrics.csv").write_text("code\nx\n", encoding="utf-8")
    monkeypatch.setattr(normalise, "DATA_DIR", tmp_path)
    before = normalise.data_digest()
    (tmp_path / "metrics.csv").write_text("code\ny\n", encoding="utf-8")
    assert normalise.data_digest() != before


def test_report_frame_reads_year_and_date_and_keeps_each_reports_zones():
    from transforms.normalise import EXTRACTOR_VERSION, report_frame

    texts = ["某镇2023年法治政府建设工作报告\n一、主要工作\n开展活动5次。\n某镇人民政府\n2024年1月10日\n", "无年份的文字。"]
    ingested = pl.DataFrame({"report_id": ["r1", "r2"], "source_file": ["a.txt", "b.txt"], "file_sha256": ["s1", "s2"],
                             "encoding": ["utf-8", "gb18030"], "text": texts})
    reports, zones = report_frame(ingested)
    assert reports.drop("text").rows() == [
        ("r1", "a.txt", "s1", "utf-8", 2023, "2024-01-10", len(texts[0]), EXTRACTOR_VERSION),
        ("r2", "b.txt", "s2", "gb18030", None, None, len(texts[1]), EXTRACTOR_VERSION)]
    assert reports["text"].to_list() == texts and set(zones) == {"r1", "r2"}
    assert reports.schema["report_year"] == pl.Int64 and report_frame(ingested.clear())[0].columns == reports.columns


def test_fact_counts_count_each_reports_facts_and_zero_for_none():
    from transforms.normalise import with_fact_counts

    reports = pl.DataFrame({"report_id": ["a", "b", "c"]})
    facts = pl.DataFrame({"report_id": ["a", "a", "c"], "kind": ["event", "count", "rate"]})
    assert with_fact_counts(reports, facts).sort("report_id").rows() == [("a", 2), ("b", 0), ("c", 1)]
    assert with_fact_counts(reports, facts).schema["fact_count"] == pl.Int64


def test_fact_and_delta_frames_have_the_warehouse_columns_and_values():
    from transforms.normalise import EXTRACTOR_VERSION

    text = "全年受理矛盾纠纷40件，同比增长10%。"
    frame = pl.DataFrame({"report_id": ["r"], "text": [text]})
    ledger = mention_frame(candidate_sentences(frame), {"r": zones(text)})
    facts = fact_frame(ledger)
    assert facts.columns == ["fact_id", "report_id", "kind", "subject", "value", "unit", "approx", "char_start", "char_end",
                             "evidence", "section", "parent_fact_id", "extractor_version", "metric_code", "metric_note"]
    assert facts.drop("fact_id", "section").rows() == [
        ("r", "count", "受理矛盾纠纷", 40.0, "件", "exact", 8, 11, text, None, EXTRACTOR_VERSION, "mediation_cases", None)]
    assert facts.schema["fact_id"] == pl.String and len(facts["fact_id"][0]) == 20
    assert delta_frame(ledger).rows() == [("r", 16, 19, 10.0, "%", text, EXTRACTOR_VERSION)]
    assert delta_frame(ledger).columns == ["report_id", "char_start", "char_end", "value", "unit", "evidence", "extractor_version"]


def test_a_manifest_without_url_or_date_fills_nothing_and_a_text_date_wins():
    from transforms.normalise import with_manifest

    reports = pl.DataFrame({"source_file": ["a.txt", "b.txt", "c.txt"], "published_date": ["2024-01-05", None, None],
                            "report_year": [2023, None, None]}, schema_overrides={"report_year": pl.Int64})
    bare = with_manifest(reports, pl.DataFrame({"file": ["b.txt"], "org": ["乙街道办事处"]}))
    assert bare.columns == ["source_file", "published_date", "report_year", "source_url"]
    assert bare.rows() == [("a.txt", "2024-01-05", 2023, None), ("b.txt", None, None, None), ("c.txt", None, None, None)]
    dated = with_manifest(reports, pl.DataFrame({"file": ["a.txt", "c.txt"], "published": ["2025-02-01 10:00", "1999-12-31"]}))
    assert dated.rows() == [("a.txt", "2024-01-05", 2023, None), ("b.txt", None, None, None), ("c.txt", "1999-12-31", 1998, None)]


def test_a_traditional_report_is_read_in_simplified_with_its_own_characters_as_evidence():
    from transforms.normalise import report_frame, with_reading_text

    traditional = "本縣開展法治宣傳活動20場，發放資料5000餘份，處理問題11個，舉辦講座兩場。"
    simplified = "我镇开展法治宣传活动20场。"
    ingested = with_reading_text(pl.DataFrame({
        "report_id": ["t", "s"], "source_file": ["t.txt", "s.txt"], "file_sha256": ["1", "2"], "encoding": ["utf-8"] * 2,
        "text": [traditional, simplified]}))
    assert ingested["reading"].to_list() == ["本县开展法治宣传活动20场，发放资料5000余份，处理问题11个，举办讲座两场。", None]
    # three of the commonest traditional-only characters make a text traditional (縣, 開, 動)
    assert with_reading_text(pl.DataFrame({"report_id": ["x"], "text": ["縣開展活動3場。"]}))["reading"].to_list() == ["县开展活动3场。"]
    assert with_reading_text(pl.DataFrame({"report_id": ["x"], "text": ["縣開展活动3场。"]}))["reading"].to_list() == [None]
    reports, zones = report_frame(ingested)
    assert reports["text"].to_list() == [traditional, simplified]  # the warehouse keeps the text as written
    ledger = mention_frame(candidate_sentences(ingested), zones)
    assert ledger.filter(pl.col("report_id") == "t")["token"].to_list() == ["20", "5000", "11", "兩"]  # as written
    assert "5000餘份" in ledger.filter(pl.col("report_id") == "t")["evidence"][0]
    facts = fact_frame(ledger).sort("report_id", "char_start", descending=[True, False])
    assert facts.select("report_id", "value", "unit", "approx").rows() == [
        ("t", 20.0, "场", "exact"), ("t", 5000.0, "份", "more_than"), ("t", 11.0, "个", "exact"), ("t", 2.0, "场", "exact"),
        ("s", 20.0, "场", "exact")]
    assert [traditional[s:e] for s, e in facts.filter(pl.col("report_id") == "t").select("char_start", "char_end").rows()] == [
        "20場", "5000餘份", "11個", "兩場"]
    assert set(facts.filter(pl.col("report_id") == "t")["evidence"]) == {traditional}
    assert facts["subject"].to_list()[0] == "法治宣传活动"  # subjects in simplified, one spelling for analysts


def test_a_breakdowns_parent_row_points_at_its_total_when_the_total_is_not_first_in_the_sentence():
    text = "开展活动3次，共受理信访事项50件，其中市信访局交办20件。"
    ledger = mention_frame(candidate_sentences(pl.DataFrame({"report_id": ["r"], "text": [text]})), {"r": zones(text)})
    part = ledger.filter(pl.col("value") == 20)
    assert ledger["value"][part["parent_row"][0]] == 50


@pytest.mark.parametrize("text,breakdown", [
    # announced in the first piece of the sentence, the breakdown goes on past each ；to the 。
    ("全市共发生生产安全事故17起。分行业来看,工矿商贸事故13起；道路运输事故2起；铁路事故2起。发生火灾事故5起。",
     [False, True, True, True, False]),
    ("分区域来看,黄山区事故6起;歙县事故5起;黟县事故2起。", [True, True, True]),
    # a ；-piece of a sentence that announced nothing is no part
    ("全市共发生生产安全事故17起；道路运输事故2起。", [False, False]),
])
def test_a_breakdown_announced_in_a_sentence_goes_on_to_its_end(text, breakdown):
    frame = pl.DataFrame({"report_id": ["r"], "text": [text]})
    facts = fact_frame(mention_frame(candidate_sentences(frame), {"r": zones(text)})).sort("char_start")
    assert [note == "breakdown_part: introduced" for note in facts["metric_note"].to_list()] == breakdown
    assert all(code is None for code, part in zip(facts["metric_code"], breakdown) if part)


@pytest.mark.parametrize("text,audience", [
    # people named only as the audience take the metric of the event counted right before them
    ("组织党员干部法治专题培训13场次,覆盖人数350人。", "law_trainees"),
    ("组织执法人员开展执法业务培训2期,参训60人次。", "enforcement_trainees"),
    # an event with no audience metric (study sessions) lends none, nor does a count before the people
    ("组织机关干部集中学法22场次,超700人次参训。", None),
    ("发放法治宣传资料3000份,覆盖人数350人。", None),
])
def test_an_audience_counts_the_people_at_the_event_before_it(text, audience):
    frame = pl.DataFrame({"report_id": ["r"], "text": [text]})
    facts = fact_frame(mention_frame(candidate_sentences(frame), {"r": zones(text)})).sort("char_start")
    assert facts["metric_code"][-1] == audience


def _facts_frame(rows):
    """Facts as fact_frame leaves them before the audience pass: (report, evidence, start, subject, unit, metric)."""
    return pl.DataFrame([{"report_id": r, "evidence": e, "char_start": s, "kind": "count" if u in ("人", "人次", "名", "家") else "event",
                          "subject": subj, "unit": u, "metric_code": m, "metric_note": None if m else "no_metric"}
                         for r, e, s, subj, u, m in rows])


def test_an_audience_takes_the_audience_metric_of_the_event_before_it_in_text_order():
    from transforms.normalise import with_audiences_of_the_event_before
    facts = _facts_frame([("r", "s1", 20, "覆盖人数", "名", None),  # frame order is not text order
                          ("r", "s1", 5, "法治专题培训", "场次", "law_training_sessions")])
    out = with_audiences_of_the_event_before(facts)
    assert out["metric_code"].to_list() == ["law_trainees", "law_training_sessions"]
    assert out["metric_note"].to_list() == [None, None]


@pytest.mark.parametrize("rows", [
    # the event in the sentence before, or in another report's same sentence, is not this audience's
    [("r", "s1", 5, "法治专题培训", "场次", "law_training_sessions"), ("r", "s2", 20, "覆盖人数", "人", None)],
    [("a", "s1", 5, "法治专题培训", "场次", "law_training_sessions"), ("b", "s1", 20, "覆盖人数", "人", None)],
    # bodies are no audience, nor are people named as something else
    [("r", "s1", 5, "法治专题培训", "场次", "law_training_sessions"), ("r", "s1", 20, "覆盖", "家", None)],
    [("r", "s1", 5, "法治专题培训", "场次", "law_training_sessions"), ("r", "s1", 20, "群众", "人次", None)],
])
def test_an_audience_takes_nothing_from_another_sentence_report_or_kind(rows):
    from transforms.normalise import with_audiences_of_the_event_before
    assert with_audiences_of_the_event_before(_facts_frame(rows))["metric_code"].to_list()[1] is None


@pytest.mark.parametrize("text,breakdown", [
    # a total before the announcement in its piece keeps its metric
    ("全市共发生生产安全事故17起,分行业来看,工矿商贸事故13起；道路运输事故2起。", [False, True, True]),
    # spaces between the pieces are no break; a piece with no figure between them is
    ("分行业来看,工矿商贸事故13起；  道路运输事故2起。", [True, True]),
    ("分行业来看,工矿商贸事故13起；平稳；道路运输事故2起。", [True, False]),
])
def test_a_breakdown_goes_on_only_through_adjacent_pieces(text, breakdown):
    frame = pl.DataFrame({"report_id": ["r"], "text": [text]})
    facts = fact_frame(mention_frame(candidate_sentences(frame), {"r": zones(text)})).sort("char_start")
    assert [note == "breakdown_part: introduced" for note in facts["metric_note"].to_list()] == breakdown


def test_breakdowns_do_not_run_on_from_another_reports_piece():
    texts = {"r1": "分行业来看,工矿商贸事故13起；道路运输事故2起。", "r2": "全市共发生生产安全事故17起；死亡3人。"}
    frame = pl.DataFrame({"report_id": list(texts), "text": list(texts.values())})
    facts = fact_frame(mention_frame(candidate_sentences(frame), {r: zones(t) for r, t in texts.items()}))
    r1, r2 = (facts.filter(pl.col("report_id") == r).sort("char_start") for r in ("r1", "r2"))
    assert r1["metric_note"].to_list() == ["breakdown_part: introduced"] * 2  # though r2's pieces start between r1's
    assert "breakdown_part: introduced" not in r2["metric_note"].to_list()
    assert r2.filter(pl.col("value") == 17)["metric_code"].to_list() == ["safety_accidents"]


def test_the_audience_and_breakdown_passes_keep_the_frames_columns_and_other_rows_notes():
    from transforms.normalise import with_audiences_of_the_event_before
    facts = _facts_frame([("r", "s1", 5, "法治专题培训", "场次", "law_training_sessions"), ("r", "s1", 20, "覆盖人数", "名", None),
                          ("r", "s1", 30, "宣传资料", "份", None)])
    out = with_audiences_of_the_event_before(facts)
    assert out.columns == facts.columns
    assert out["metric_note"].to_list() == [None, None, "no_metric"]  # the leaflets keep why they have no metric
    text = "分行业来看,工矿商贸事故13起；道路运输事故2起。"
    frame = pl.DataFrame({"report_id": ["r"], "text": [text]})
    assert fact_frame(mention_frame(candidate_sentences(frame), {"r": zones(text)})).columns == \
        fact_frame(mention_frame(candidate_sentences(frame.with_columns(pl.lit("全年开展活动3次。").alias("text"))),
                                 {"r": zones("全年开展活动3次。")})).columns  # a carried breakdown leaves no helper column
