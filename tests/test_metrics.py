"""Mapping a fact's subject to a metric: the mechanism on tiny inline rule sets, then the real
catalogue on invented sentences in the language of the reports."""
import polars as pl
import pytest

from transforms.metrics import MetricRule, best_rule, catalogue_problems, clause_lead, metric_match, units_of, with_metric_codes


def rule(code, heads, verbs="", qualifiers="", excludes="", kind="count", unit_class="cases"):
    split = lambda cell: tuple(sorted((w for w in cell.split("|") if w), key=len, reverse=True))  # noqa: E731
    return MetricRule(code, kind, units_of(unit_class), split(heads), split(verbs), split(qualifiers), split(excludes))


DISPUTES = (rule("received", "纠纷|矛盾纠纷", verbs="受理|接待"), rule("mediated", "纠纷|矛盾纠纷", verbs="调处|化解"),
            rule("reconsideration", "案件", qualifiers="复议"), rule("litigation", "案件", qualifiers="诉讼", excludes="败诉"),
            rule("lost", "败诉案件"))


def test_the_head_is_the_end_of_the_phrase_at_a_word_boundary():
    assert best_rule(DISPUTES, "受理矛盾纠纷", "count", "件") == ("received", None)
    assert best_rule((rule("assoc", "会"),), "协会", "count", "个") == (None, "no_metric")  # 协会 is one word
    assert best_rule((rule("assoc", "会"),), "学习会", "count", "个") == ("assoc", None)
    assert best_rule(DISPUTES, "纠纷调解", "count", "件") == (None, "no_metric")  # 纠纷 is not the head here
    # jieba reads 矛盾纠纷 as one word: a head inside it is unreachable, so the compound is listed too
    assert best_rule((rule("received", "纠纷", verbs="受理"),), "受理矛盾纠纷", "count", "件") == (None, "no_metric")


def test_the_verb_may_stand_in_the_clause_before_the_figure():
    lead = clause_lead("聘请律师指导执法，依法调处矛盾纠纷12件。", len("聘请律师指导执法，依法调处"))
    assert lead == "依法调处"
    assert best_rule(DISPUTES, "矛盾纠纷", "count", "件", lead) == ("mediated", None)
    assert best_rule(DISPUTES, "矛盾纠纷", "count", "件", "") == (None, "no_metric")  # received or mediated: the verb decides
    assert clause_lead("受理纠纷10件", None) == "" and clause_lead(None, 3) == ""


def test_qualifiers_and_excludes_and_the_most_specific_head_win():
    assert best_rule(DISPUTES, "行政复议案件", "count", "件") == ("reconsideration", None)
    assert best_rule(DISPUTES, "行政诉讼案件", "count", "件") == ("litigation", None)
    assert best_rule(DISPUTES, "行政诉讼败诉案件", "count", "件") == ("lost", None)  # excluded from the total, and a longer head
    assert best_rule(DISPUTES, "行政复议案件", "count", "元") == (None, "no_metric")  # the unit is not in the class


def test_a_sentence_naming_a_competing_metric_vetoes_the_match():
    study = (MetricRule("collective_study", "event", units_of("event"), ("专题学习",), (), (), (), ("中心组",)),)
    assert best_rule(study, "专题学习", "event", "次", "", "全年开展专题学习8次。") == ("collective_study", None)
    assert best_rule(study, "专题学习", "event", "次", "", "健全中心组学法制度，全年开展专题学习8次。") == (None, "no_metric")


def test_two_metrics_fitting_equally_leave_the_fact_unmapped_with_both_named():
    rules = DISPUTES + (rule("screened", "纠纷|矛盾纠纷", verbs="受理|排查"),)
    assert best_rule(rules, "受理矛盾纠纷", "count", "件") == (None, "metric_ambiguous: received|screened")


def test_a_unit_class_list_covers_both_ways_of_counting_one_thing():
    opinions = (rule("opinions", "意见书", unit_class="cases|items"),)
    assert best_rule(opinions, "法律意见书", "count", "件") == best_rule(opinions, "法律意见书", "count", "份") == ("opinions", None)


def test_with_metric_codes_reads_the_verb_from_the_evidence_and_says_why_not():
    facts = pl.DataFrame({"subject": ["社会监督员", "某某"], "kind": ["count", "count"], "unit": ["名", "件"],
                          "evidence": ["聘请律师指导执法，聘任19名社会监督员。", "某某3件。"], "figure_in_evidence": [11, 2]})
    out = with_metric_codes(facts)
    assert out["metric_note"].to_list()[1] == "no_metric" and out["metric_code"].to_list()[1] is None


@pytest.mark.parametrize("subject, kind, unit, lead, code", [
    # T6: received, mediated and their rate are three metrics
    ("受理矛盾纠纷", "count", "件", "", "mediation_cases"),
    ("调处矛盾纠纷", "count", "件", "", "mediation_resolved"),
    ("矛盾纠纷", "count", "起", "成功调解", "mediation_resolved"),
    ("调处成功率", "rate", "%", "", "mediation_success_rate"),
    ("行政诉讼败诉率", "rate", "%", "", "admin_litigation_loss_rate"),
    ("负责人出庭应诉率", "rate", "%", "", "court_appearance_rate"),
    ("办结率", "rate", "%", "", "closure_rate"),
    # T9: law study, publicity, and what they are not
    ("法律宣传活动", "event", "次", "", "pufa_events"),
    ("宣传资料", "count", "份", "发放", "pufa_materials"),
    ("中心组学习", "event", "次", "", "center_group_study"),
    # T3: one metric whether counted in 件 or 份
    ("法律意见书", "count", "份", "出具", "legal_opinions"),
    ("法律意见书", "count", "件", "出具", "legal_opinions"),
])
def test_the_catalogue_maps_the_domains_phrasings(subject, kind, unit, lead, code):
    assert metric_match(subject, kind, unit, lead) == (code, None)


@pytest.mark.parametrize("subject, kind, unit, lead", [
    ("企业", "count", "家", ""),  # which enterprises? a generic noun alone decides nothing
    ("工作人员", "count", "名", ""),
    ("问题", "count", "个", ""),
    ("会议", "event", "次", ""),
    ("法律宣传活动", "count", "元", ""),  # a kind or unit no metric of that name has
])
def test_a_generic_word_alone_maps_to_nothing(subject, kind, unit, lead):
    assert metric_match(subject, kind, unit, lead)[0] is None


def test_the_catalogue_file_is_well_formed():
    assert catalogue_problems() == []
