"""The project's scorer on tiny inline cases: what counts as found, right and wrong."""
from flows.evaluate import match_facts, score_facts, score_orgs, scorable_end, subject_right


def gold(anchor, kind="event", value=20, unit="次", subject="法律宣传活动", keys=("宣传",), occurrence=1):
    return {"doc": "a.txt", "anchor": anchor, "occurrence": occurrence, "kind": kind, "value": value, "unit": unit,
            "subject": subject, "subject_keys": list(keys)}


def pred(start, end, kind="event", value=20.0, unit="次", subject="法律宣传活动"):
    return {"span": (start, end), "kind": kind, "value": value, "unit": unit, "subject": subject}


TEXT = "开展法律宣传活动20次，发放资料5000余份。受理纠纷2"  # cut mid-sentence after the 。


def test_a_fact_is_strict_when_span_kind_value_unit_and_subject_agree():
    s = score_facts([gold("20次")], {"a.txt": [pred(8, 11)]}, {"a.txt": TEXT})
    assert (s.gold, s.predicted, s.matched, s.strict) == (1, 1, 1, 1) and s.errors == []


def test_a_bracketed_second_reading_of_a_unit_is_the_same_unit():
    text = "开展法律宣传活动4场(次)。"
    s = score_facts([gold("4场(次)", value=4, unit="场(次)")], {"a.txt": [pred(8, 10, value=4.0, unit="场")]}, {"a.txt": text})
    assert s.strict == 1
    s = score_facts([gold("4场(次)", value=4, unit="场(次)")], {"a.txt": [pred(8, 10, value=4.0, unit="次")]}, {"a.txt": text})
    assert s.strict == 0


def test_units_offered_after_a_slash_read_as_the_first():
    text = "开展法律宣传活动4场/次。"
    s = score_facts([gold("4场/次", value=4, unit="场/次")], {"a.txt": [pred(8, 10, value=4.0, unit="场")]}, {"a.txt": text})
    assert s.strict == 1
    s = score_facts([gold("4场/次", value=4, unit="场/次")], {"a.txt": [pred(8, 10, value=4.0, unit="次")]}, {"a.txt": text})
    assert s.strict == 0


def test_a_traditional_unit_and_subject_are_the_simplified_ones():
    text = "處理問題11個。"
    g = gold("11個", kind="count", value=11, unit="個", subject="處理問題", keys=("問題",))
    s = score_facts([g], {"a.txt": [pred(4, 7, kind="count", value=11.0, unit="个", subject="处理问题")]}, {"a.txt": text})
    assert s.strict == 1


def test_wrong_subject_extra_and_missed_facts_are_each_counted():
    g = [gold("20次"), gold("5000余份", kind="count", value=5000, unit="份", subject="资料", keys=("资料",))]
    p = [pred(8, 11, subject="开展"), pred(0, 2, kind="count", value=1.0, unit="个", subject="x")]
    s = score_facts(g, {"a.txt": p}, {"a.txt": TEXT})
    assert (s.matched, s.strict, s.predicted, s.gold) == (1, 0, 2, 2)
    assert [e.split()[0] for e in s.errors] == ["WRONG", "MISSED", "EXTRA"]


def test_the_cut_off_last_sentence_of_an_excerpt_is_not_scored():
    assert TEXT[:scorable_end(TEXT)].endswith("。")
    s = score_facts([], {"a.txt": [pred(len(TEXT) - 1, len(TEXT), kind="count", unit="件")]}, {"a.txt": TEXT})
    assert s.predicted == 0


def test_a_subject_must_hold_a_key_and_be_a_clean_short_phrase():
    assert subject_right("法律宣传活动", ["宣传"], "法律宣传活动")
    assert not subject_right("开展", ["宣传"], "法律宣传活动")
    assert not subject_right("法律宣传，活动", ["宣传"], "法律宣传活动")  # clause punctuation
    assert not subject_right("为全区各部门主要负责同志作法治宣传专题报告", ["宣传"], "宣传")  # too long


def test_one_gold_fact_matches_one_prediction_best_agreement_first():
    matched, missed, spurious = match_facts([gold("20次") | {"span": (8, 11)}],
                                            [pred(8, 11, subject="开展"), pred(9, 11)])
    assert matched[0][1]["span"] == (9, 11) and missed == [] and len(spurious) == 1


def test_bodies_right_wrong_missing_and_year_pairs():
    labels = [{"doc": "a", "org_key": "1/甲", "year": 2022, "determined_by": "text"},
              {"doc": "b", "org_key": "1/甲", "year": 2023, "determined_by": "text"},
              {"doc": "c", "org_key": "2/乙", "year": 2023, "determined_by": "text+url"}]
    predicted = {"a": {"org_key": "1/甲", "report_year": 2022}, "b": {"org_key": None, "report_year": 2023},
                 "c": {"org_key": "3/丙", "report_year": 2022}}
    out = score_orgs(labels, predicted)
    assert (out["org_right_of_determined"], out["org_wrong"], out["org_key_missing"]) == (0.5, 1, 1)
    assert (out["year_pairs"], out["year_pairs_linked"], out["year_right"]) == (1, 0, round(2 / 3, 4))


def test_bodies_without_a_label_key_make_no_year_pair():
    labels = [{"doc": "a", "org_key": None, "year": 2022, "determined_by": "none"},
              {"doc": "b", "org_key": None, "year": 2023, "determined_by": "none"}]
    predicted = {"a": {"org_key": "1/甲", "report_year": 2022}, "b": {"org_key": "1/甲", "report_year": 2023}}
    assert score_orgs(labels, predicted)["year_pairs"] == 0  # two unknown bodies are no series


def test_metric_coverage_and_precision_over_matched_facts_with_a_metric_gold():
    g = [gold("20次") | {"metric_code": "pufa_events"},
         gold("5000余份", kind="count", value=5000, unit="份", subject="资料", keys=("资料",)) | {"metric_code": "pufa_materials"},
         gold("2", kind="count", value=2, unit="件", subject="纠纷", keys=("纠纷",))]  # no metric gold: not judged
    p = [pred(8, 11) | {"metric_code": "pufa_events"},
         pred(15, 21, kind="count", value=5000.0, unit="份", subject="资料") | {"metric_code": "pufa_audience"}]
    s = score_facts(g, {"a.txt": p}, {"a.txt": TEXT + "件。"})
    f = s.figures()
    assert (f["metric_judged"], f["metric_coverage"], f["metric_precision"]) == (2, 1.0, 0.5)
    assert [e.split()[0] for e in s.errors] == ["METRIC", "MISSED"]
    unmapped = score_facts(g[:1], {"a.txt": [pred(8, 11) | {"metric_code": None}]}, {"a.txt": TEXT}).figures()
    assert (unmapped["metric_coverage"], unmapped["metric_precision"]) == (0.0, 0.0)
