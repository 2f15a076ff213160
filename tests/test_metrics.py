"""Mapping a fact's subject to a metric: the mechanism on tiny inline rule sets, then the real
catalogue on invented sentences in the language of the reports."""
import polars as pl
import pytest

from transforms.metrics import (MetricRule, _words, best_rule, catalogue_problems, clause_lead, clause_tail, conjuncts, has_word, metric_match,
                                figure_stretch, list_predicate, noun_core, own_tail, units_of, with_metric_codes)


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


def test_a_bare_noun_phrase_in_a_run_of_figures_takes_the_verb_that_opened_the_run():
    sentence = "共出具审查意见书154份,审查行政规范性文件10件,重大行政决策事项14件,行政协议13件。"
    assert clause_lead(sentence, sentence.index("13件")) == "审查，行政协议"
    assert metric_match("行政协议", "count", "件", clause_lead(sentence, sentence.index("13件")))[0] == "contract_reviews"
    # only the verb is borrowed, not what the opening clause's figure counts (中心组 qualifies its own 4次)
    sentence = "全年中心组集体学法4次,常务会议集中学法4次。"
    assert "中心组" not in clause_lead(sentence, sentence.rindex("4次"))
    # number-first items of a run too: 成立 counts both kinds of branch; branches that only took part count none
    sentence = "在律师事务所成立153个独立党支部、24个联合党支部。"
    assert metric_match("联合党支部", "count", "个", clause_lead(sentence, sentence.index("24个")))[0] == "party_branches"
    sentence = "带动22个党支部掀起学习热潮。"
    assert metric_match("党支部", "count", "个", clause_lead(sentence, sentence.index("22个")))[0] is None
    # a run opening the evidence; an opener with two verbs lends both
    assert clause_lead("审查文件10件,行政协议13件", len("审查文件10件,行政协议")) == "审查，行政协议"
    assert clause_lead("梳理并审查文件10件,行政协议13件", len("梳理并审查文件10件,行政协议")) == "梳理 审查，行政协议"
    # a figure inside the bare clause itself does not make the clause before it an item of a run
    assert clause_lead("审查文件，共2类行政协议13件", len("审查文件，共2类行政协议")) == "共2类行政协议"
    # no break at all: the whole text before the figure, down to one character
    assert clause_lead("调处矛盾纠纷12件", len("调处矛盾纠纷")) == "调处矛盾纠纷" and clause_lead("办5件", 1) == "办"
    # a clause with a verb of its own, or a run broken by a full stop, borrows nothing
    assert clause_lead("审查文件10件。行政协议13件", len("审查文件10件。行政协议")) == "行政协议"
    assert clause_lead("审查文件10件,新签行政协议13件", len("审查文件10件,新签行政协议")) == "新签行政协议"


def test_the_rest_of_the_clause_passes_the_gate_but_a_verb_before_the_figure_outranks_it():
    sentence = "组织27个乡镇主要负责人开展述法，受理纠纷10件并全部办结。"
    assert clause_tail(sentence, sentence.index("27")) == "27个乡镇主要负责人开展述法"
    assert clause_tail(sentence, None) == "" and clause_tail(None, 0) == ""
    shufa = (rule("shufa_units", "乡镇", verbs="述法", unit_class="orgs"),)
    assert best_rule(shufa, "乡镇", "count", "个", "组织", "", clause_tail(sentence, sentence.index("27"))) == ("shufa_units", None)
    assert best_rule(shufa, "乡镇", "count", "个", "组织", "", "") == (None, "no_metric")
    received_or_closed = (rule("received", "纠纷", verbs="受理"), rule("closed", "纠纷", verbs="全部办结"))
    at = sentence.index("10件")
    assert best_rule(received_or_closed, "纠纷", "count", "件", clause_lead(sentence, at), "", clause_tail(sentence, at)) == ("received", None)


def test_a_qualifier_in_the_rest_of_the_clause_qualifies_a_number_first_subject():
    trainees = (rule("trainees", "机关干部|干部", qualifiers="培训", unit_class="people"),)
    assert best_rule(trainees, "机关干部", "count", "名", "组织", "", "160余名机关干部参加培训") == ("trainees", None)
    assert best_rule(trainees, "机关干部", "count", "名", "组织", "", "160余名机关干部") == (None, "no_metric")
    sentence = "组织160余名机关干部参加法治培训。"
    at = sentence.index("160")
    assert metric_match("机关干部", "count", "名", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == "law_trainees"


def test_a_subject_that_names_its_own_kind_is_not_vetoed_by_the_sentence():
    centre = (MetricRule("centre_group_law", "event", units_of("event"), ("学法",), (), ("中心组",), (), ("常务会",)),)
    sentence = "常务会议学法3次，中心组集体学法4次。"
    assert best_rule(centre, "中心组集体学法", "event", "次", "", sentence) == ("centre_group_law", None)
    # nor one whose own clause names its kind: the bare 集体学法 after 中心组…开展, beside 常务会 later on
    centre = (MetricRule("centre_group_law", "event", units_of("event"), ("学法",), (), ("中心组",), (), ("常务会",), ("中心组",)),)
    sentence = "区委理论学习中心组开展集体学法6次，区政府常务会学法5次。"
    assert best_rule(centre, "集体学法", "event", "次", "区委理论学习中心组开展集体学法", sentence, "", "中心组") == (
        "centre_group_law", None)
    # a 中心组 in an earlier clause still leaves the veto standing
    sentence = "健全中心组学习制度，开展集体学法6次，区政府常务会学法5次。"
    assert best_rule(centre, "集体学法", "event", "次", "开展集体学法", sentence, "", "中心组") == (None, "no_metric")


def test_words_earlier_in_the_sentence_stand_in_for_a_missing_qualifier_or_topic():
    centre = MetricRule("centre_group_law", "event", units_of("event"), ("学法",), (), ("中心组",), (), (), ("中心组",))
    meetings = MetricRule("law_meetings", "event", units_of("event"), ("小组会议",), ("法治",), (), (), (), (), ("依法治区",))
    assert best_rule((centre,), "学法", "event", "次", "", "", "", "中心组") == ("centre_group_law", None)
    assert best_rule((centre,), "学法", "event", "次") == (None, "no_metric")
    assert best_rule((meetings,), "各小组会议", "event", "次", "", "", "", "依法治区") == ("law_meetings", None)
    assert best_rule((meetings,), "各小组会议", "event", "次") == (None, "no_metric")
    # on the real catalogue: the committee named before the figure says what its groups met on
    sentence = "发挥区委依法治区委员会统筹作用,召开委员会会议2次、各小组会议5次。"
    at = sentence.index("5次")
    assert metric_match("各小组会议", "event", "次", clause_lead(sentence, at), sentence, clause_tail(sentence, at),
                        sentence[:at])[0] == "law_work_meetings"
    assert metric_match("各小组会议", "event", "次", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] is None
    # a law training held earlier in the sentence is what the people counted after it were trained in
    sentence = "举办各类法治教育培训25场,培训2043人次。"
    at = sentence.index("2043")
    assert metric_match("培训", "count", "人次", clause_lead(sentence, at), sentence, clause_tail(sentence, at),
                        sentence[:at])[0] == "law_trainees"
    sentence = "举办各类业务培训25场,培训2043人次。"
    assert metric_match("培训", "count", "人次", clause_lead(sentence, at), sentence, clause_tail(sentence, at),
                        sentence[:at])[0] != "law_trainees"
    # several context words in one sentence are each found
    assert metric_match("各小组会议", "event", "次", "", "", "", "理论学习中心组带头,区委依法治区委员会召开")[0] == "law_work_meetings"


def _in_sentence(subject, kind, unit, sentence, figure, positioned=True):
    """metric_match on a figure where it stands in its sentence, as with_metric_codes calls it (positioned=False:
    as when the figure's place is not known)."""
    at = sentence.index(figure)
    return metric_match(subject, kind, unit, clause_lead(sentence, at), sentence, own_tail(sentence, at), sentence[:at],
                        positioned)[0]


def test_a_body_named_before_an_earlier_figure_qualifies_that_figure_not_the_next():
    sentence = "将习近平法治思想纳入党委理论学习中心组学习重点,全年组织专题学习12次,开展领导干部集中学法6次。"
    assert _in_sentence("专题学习", "event", "次", sentence, "12次") == "study_center_group"
    assert _in_sentence("学法", "event", "次", sentence, "6次") == "study_sessions"
    sentence = "严格落实中心组学法制度,全年开展中心组专题学法8次、全镇干部集中学法16次。"
    assert _in_sentence("学法", "event", "次", sentence, "16次") == "study_sessions"
    # the body opening the sentence qualifies its first figure; unpositioned, the whole sentence before stands
    sentence = "中心组围绕习近平法治思想开展专题学习12次。"
    assert _in_sentence("专题学习", "event", "次", sentence, "12次") == "study_center_group"
    sentence = "党委理论学习中心组专题学法8次,全年开展专题学习12次。"
    assert _in_sentence("专题学习", "event", "次", sentence, "12次") == "study_sessions"
    assert _in_sentence("专题学习", "event", "次", sentence, "12次", positioned=False) == "study_center_group"


def test_a_law_topic_named_earlier_carries_to_a_bare_activity_not_to_a_body_named_in_the_subject():
    sentence = "将习近平法治思想纳入镇党委理论学习中心组学习计划,全年开展专题学习12次。"
    assert _in_sentence("专题学习", "event", "次", sentence, "12次") == "study_center_group"
    sentence = "将镇党委理论学习中心组学习计划落到实处,全年开展专题学习12次。"  # no law topic: not the law study
    assert _in_sentence("专题学习", "event", "次", sentence, "12次") is None
    sentence = "把习近平法治思想作为学习重要内容,全年开展中心组学习23场。"  # the body's sessions, whatever they studied
    assert _in_sentence("中心组学习", "event", "场", sentence, "23场") == "center_group_study"


def test_a_subset_named_before_the_figure_keeps_it_from_the_metric_of_the_whole():
    sentence = "在全市创新推出164项“一件事”套餐服务,全年产生办件量5.8万件。"
    assert _in_sentence("产生办件量", "count", "件", sentence, "5.8万件") is None
    assert _in_sentence("一件事套餐服务", "count", "项", sentence, "164项") == "service_items"
    sentence = "优化窗口服务,全年政务服务中心产生办件量5.8万件。"
    assert _in_sentence("政务服务中心产生办件量", "count", "件", sentence, "5.8万件") == "service_cases"
    # a subject calling itself the total is no subset, whatever reform the sentence names
    sentence = "以“高效办成一件事”为抓手,深化一网通办,街道全年办件总量突破5.2万件。"
    assert _in_sentence("办件总量", "count", "件", sentence, "5.2万件") == "service_cases"
    # the words only veto near the figure: a subset named before another figure is that figure's
    sentence = "推出12个“一件事”主题服务,政务服务中心全年受理办件3.1万件,网上办件1.2万件。"
    assert _in_sentence("政务服务中心受理办件", "count", "件", sentence, "3.1万件") is None
    sentence = "推出“一件事”主题服务12项,政务服务中心全年受理办件3.1万件。"
    assert _in_sentence("政务服务中心受理办件", "count", "件", sentence, "3.1万件") == "service_cases"


@pytest.mark.parametrize("total", ["办件总量", "办件总数"])
def test_a_subject_naming_itself_the_total_is_no_subset_whatever_it_calls_the_total(total):
    sentence = f"以“高效办成一件事”为抓手,深化一网通办,街道全年{total}突破5.2万件。"
    assert _in_sentence(total, "count", "件", sentence, "5.2万件") == "service_cases"


@pytest.mark.parametrize("sentence,subject,unit,figure,note", [
    ("全市共发生事故17起。分行业来看,工矿商贸事故13起。", "工矿商贸事故", "起", "13起", "breakdown_part: introduced"),
    ("普通程序案件1309件,处罚金额318万余元。", "处罚金额", "元", "318", "breakdown_part: procedure"),  # one procedure's amount
])
def test_a_part_says_why_it_has_no_metric(sentence, subject, unit, figure, note):
    at = sentence.index(figure)
    assert metric_match(subject, "count", unit, "", sentence, "", sentence[:at], True) == (None, note)


def test_an_exam_named_in_the_clause_before_says_whose_pass_rate_it_is():
    sentence = "组织本系统干部职工参加学法用法考试,合格率达100%;组织执法资格考试,通过率为100%。"
    assert _in_sentence("合格率", "rate", "%", sentence, "100%;") == "study_exam_pass_rate"
    at = sentence.rindex("100%")
    assert metric_match("通过率", "rate", "%", clause_lead(sentence, at), sentence, clause_tail(sentence, at), sentence[:at],
                        True)[0] == "enforcement_cert_exam_pass_rate"


@pytest.mark.parametrize("subject,kind,unit,lead,expected", [
    ("行政复议新收案件", "count", "件", "", "admin_reconsideration_cases"),  # 行政 in 行政复议 is no litigation
    ("调解行政复议案件", "count", "件", "", None),  # reconsideration cases mediated: a part, not litigation
    ("干部旁听庭审", "count", "人次", "", "trial_observers"),  # the people counted end on the deed they attended
    ("伤害类案件结案率", "rate", "%", "", None),  # one type of case's closure rate is no overall closure rate
    ("信访事项办结率", "rate", "%", "", "closure_rate"),
    ("现行有效行政规范性文件", "count", "件", "", "normative_docs_retained"),  # in force after the clean-up
    ("企业开办全流程网办率", "rate", "%", "", None),  # one service's online share, not the services'
    ("全程网办率", "rate", "%", "", "online_service_rate"),
    ("减为即办件", "count", "项", "", None),  # items handled on the spot are items, not applications handled
    ("行政规范性文件备案申请", "count", "件", "收到", "normative_docs_filed"),
    ("取消证明事项清单", "count", "项", "", "proofs_cancelled"),  # in 项 the list's items are counted
    ("各类政务服务事项清单", "count", "个", "", None),  # in 个 the lists themselves
    ("政务服务事项清单", "count", "项", "", "service_items"),
])
def test_subjects_from_the_tuning_pages_of_batch_af(subject, kind, unit, lead, expected):
    assert metric_match(subject, kind, unit, lead)[0] == expected


@pytest.mark.parametrize("sentence,subject,kind,unit,figure,expected", [
    ("组织各镇街积极申报法治政府示范项目,在全区申报的54个示范项目中。", "示范项目", "count", "个", "54个", None),  # applied for
    ("3个项目入选省级法治政府建设示范项目。", "项目", "count", "个", "3个", "law_demo_projects"),  # selected
    ("家长评价的满意度达99.42%,非常满意率达97.49%。", "非常满意率", "rate", "%", "97.49%", None),  # a part of the rating
    ("家长评价的满意度达99.42%,非常满意率达97.49%。", "满意度", "rate", "%", "99.42%", "satisfaction_rate"),
    ("实施行政规范性文件管理人员素质提升工程,组织专题培训10场次。", "专题培训", "event", "场次", "10场次", None),
    ("中心组共开展学习26次,其中专题辅导3次。", "专题辅导", "event", "次", "3次", None),  # a part of another kind's total
    ("围绕党的二十大精神,组织干部专题培训10场次。", "专题培训", "event", "场次", "10场次", "training_sessions"),
    # legal publicity given to officials is no publicity event; reports published in a paper are no meetings
    ("局党政主要领导为干部职工开展林业政策普法讲座2场次。", "林业政策普法讲座", "event", "场次", "2场次", None),
    ("组织律师深入社区开展林业政策普法讲座2场次。", "林业政策普法讲座", "event", "场次", "2场次", "pufa_events"),
    ("在鄂尔多斯日报开设法治专栏,全年刊发党政主要负责人履行法治建设第一责任人职责报告48期。", "法治建设第一责任人职责报告",
     "event", "期", "48期", None),
    ("全年召开党委会听取法治建设第一责任人职责报告4次。", "法治建设第一责任人职责报告", "event", "次", "4次", "law_work_meetings"),
])
def test_subsets_named_near_the_figure_keep_it_from_a_metric(sentence, subject, kind, unit, figure, expected):
    assert _in_sentence(subject, kind, unit, sentence, figure) == expected


@pytest.mark.parametrize("sentence,subject,kind,unit,figure,expected", [
    ("分行业来看,工矿商贸事故13起、死亡14人。", "工矿商贸事故", "count", "起", "13起", None),  # a breakdown announced
    ("全市共发生生产安全事故17起,死亡20人。", "生产安全事故", "count", "起", "17起", "safety_accidents"),
    ("按类型分,行政处罚案件120件。", "行政处罚案件", "count", "件", "120件", None),
    ("在政务公开门户网站公开信息912条。", "公开信息", "count", "条", "912条", "disclosure_items"),
    ("在微信公众号发布信息967条。", "发布信息", "count", "条", "967条", None),  # posts, not government information
])
def test_parts_of_a_breakdown_and_posts_map_to_nothing(sentence, subject, kind, unit, figure, expected):
    assert _in_sentence(subject, kind, unit, sentence, figure) == expected


def test_law_enforcement_cases_are_more_than_penalty_cases():
    assert metric_match("办理行政执法案件", "count", "件")[0] is None  # licences, inspections and penalties together
    assert metric_match("一审行政案件", "count", "件")[0] is None  # litigation, not penalties
    assert metric_match("查处行政处罚案件", "count", "件")[0] == "penalty_cases"
    assert metric_match("普通程序", "count", "起")[0] == "penalty_cases_general"  # 其中简易程序1486起,普通程序3419起
    assert metric_match("简易程序", "count", "起")[0] == "penalty_cases_simple"


def test_where_service_items_moved_to_trails_the_head():
    assert noun_core("政务服务事项进驻中心") == "政务服务事项"
    # a list's items in 项 or 条 (the default is 项), the lists themselves in 个; two trailing pieces at most
    assert [noun_core("证明事项清单"), noun_core("证明事项清单", "条"), noun_core("证明事项清单", "个")] == ["证明事项", "证明事项", "证明事项清单"]
    assert noun_core("证明事项清单中达") == "证明事项清单"
    assert metric_match("政务服务事项进驻中心", "count", "项")[0] == "service_items"
    assert metric_match("“一件事一次办”服务", "count", "项")[0] == "service_items"


def test_what_trails_the_head_is_cut_only_when_the_whole_subject_maps_to_nothing():
    assert [noun_core(s) for s in ("行政应诉案件中", "受众超", "证明事项形成", "企业诉求截至10月", "宣讲八五", "法院", "中")] == [
        "行政应诉案件", "受众", "证明事项", "企业诉求", "宣讲", "法院", "中"]
    assert metric_match("败诉行政应诉案件中", "count", "件")[0] == "admin_litigation_lost"
    assert metric_match("行政复议案件", "count", "件")[0] == metric_match("行政复议案件中", "count", "件")[0] is not None
    # the core is read with the figure's clause as the whole subject is: the verb decides 矛盾纠纷中
    assert metric_match("矛盾纠纷中", "count", "件", "调处")[0] == "mediation_resolved"
    assert metric_match("矛盾纠纷中", "count", "件")[0] is None
    # the manner of the deed after the noun phrase (现场述法) is no part of it
    sentence = "选取4家单位主要负责人现场述法。"
    at = sentence.index("4家")
    assert noun_core("单位主要负责人现场") == "单位主要负责人"
    assert metric_match("双月“科长讲法”活动", "event", "场")[0] == "leader_law_lectures"
    assert metric_match("单位主要负责人现场", "count", "家", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == "shufa_units"


def test_a_figure_counting_two_kinds_that_are_each_a_metric_belongs_to_neither():
    assert conjuncts("法治讲座和业务培训") == ["法治讲座", "业务培训"]
    assert conjuncts("“一网通办、一次办”事项") == ["“一网通办、一次办”事项"]  # a quoted name stays whole
    assert conjuncts("党政主要负责人") == ["党政主要负责人"]
    assert metric_match("法治讲座和业务培训", "event", "场次") == (None, "metric_ambiguous: law_training_sessions|training_sessions")
    # the law word of one part in the clause (and a law topic in the sentence) does not make the other part law training
    sentence = "组织干部学习宪法和民法典,全年举办法治讲座和业务培训60场次。"
    at = sentence.index("60")
    assert metric_match("法治讲座和业务培训", "event", "场次", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] is None
    # the parts share one head (建议、提案办复率) or one is a law's name (宪法、民法典宣传活动): one kind
    assert metric_match("建议、提案办复率", "rate", "%")[0] == "nppc_proposals_reply_rate"
    assert metric_match("宪法、民法典宣传活动", "event", "场")[0] == "pufa_events"
    assert metric_match("宪法宣传活动和民法典宣传活动", "event", "场")[0] == "pufa_events"  # parts of one kind keep it


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


def test_with_metric_codes_hands_each_fact_its_clause_its_tail_and_the_sentence_before_it():
    evidence = ["聘请律师指导执法，依法调处矛盾纠纷12件。",            # the verb before the figure
                "组织160余名机关干部参加法治培训。",                     # the qualifier after it
                "发挥区委依法治区委员会统筹作用,召开委员会会议2次、各小组会议5次。",  # the topic earlier in the sentence
                "健全中心组学习制度，全年开展专题学习8次。"]             # a competing kind named in the sentence
    facts = pl.DataFrame({"subject": ["矛盾纠纷", "机关干部", "各小组会议", "专题学习"], "kind": ["count", "count", "event", "event"],
                          "unit": ["件", "名", "次", "次"], "evidence": evidence,
                          "figure_in_evidence": [e.index(f) for e, f in zip(evidence, ["12", "160", "5次", "8"])]})
    assert with_metric_codes(facts)["metric_code"].to_list() == ["mediation_resolved", "law_trainees", "law_work_meetings", None]
    # without the figure's position nothing but the subject and the sentence's vetoes is read
    assert with_metric_codes(facts.drop("figure_in_evidence"))["metric_code"].to_list() == [None, None, None, None]
    assert with_metric_codes(facts.drop("evidence"))["metric_code"].to_list()[3] == "study_sessions"


def test_the_small_readers_of_words_clauses_and_lists():
    assert has_word("协会学习会", "会")  # found at its second occurrence, the first is inside 协会
    assert not has_word("受理矛盾纠纷", "纠纷") and has_word("调处纠纷", "调处")
    assert _words("a|bbb||cc") == ("bbb", "cc", "a")
    assert clause_tail("受理10件，调处8件", 0) == "受理10件" and clause_tail("受理10件", 2) == "10件"
    assert clause_lead("甲，受理10件", 3) == "受" and clause_lead("受理10件", 0) == ""
    assert conjuncts("培训、讲座以及宣讲") == ["培训", "讲座", "宣讲"]
    assert conjuncts("《宪法》和《民法典》学习") == ["《宪法》", "《民法典》学习"]
    assert conjuncts("和谐") == ["和谐"] and conjuncts("A、培训") == ["A、培训"]  # a part under two characters: no list
    assert noun_core("案件中达") == "案件" and noun_core("率达") == "率"


@pytest.mark.parametrize("subject, kind, unit, lead, code", [
    # T6: received, mediated and their rate are three metrics
    ("受理矛盾纠纷", "count", "件", "", "mediation_cases"),
    ("调处矛盾纠纷", "count", "件", "", "mediation_resolved"),
    ("接案调处矛盾纠纷", "count", "起", "", "mediation_cases"),  # cases taken on to mediate, not yet resolved
    ("矛盾纠纷", "count", "起", "成功调解", "mediation_resolved"),
    ("调处成功率", "rate", "%", "", "mediation_success_rate"),
    ("行政诉讼败诉率", "rate", "%", "", "admin_litigation_loss_rate"),
    ("负责人出庭应诉率", "rate", "%", "", "court_appearance_rate"),
    ("办结率", "rate", "%", "", "closure_rate"),
    # T9: law study, publicity, and what they are not
    ("法律宣传活动", "event", "次", "", "pufa_events"),
    ("宣传资料", "count", "份", "发放", "pufa_materials"),
    ("中心组学习", "event", "次", "", "center_group_study"),
    # T9 beside law study: general political study, training, outreach and meetings are metrics of their own
    ("党纪学习教育读书班", "event", "次", "", "political_study_sessions"),
    ("业务培训", "event", "次", "", "training_sessions"),
    ("基层宣讲", "event", "场", "", "publicity_lectures"),
    ("召开党委会、局办会", "event", "次", "", "party_meetings"),
    ("线上答题活动", "event", "期", "", "law_quiz_events"),
    ("普法微动漫宣传片", "count", "部", "制作", "pufa_works"),
    ("学习资料", "count", "册", "发放", "study_materials"),
    # T7: a proposal's reply and satisfaction rates are not the public's satisfaction
    ("建议、提案办复率", "rate", "%", "", "nppc_proposals_reply_rate"),
    ("建议、提案满意率", "rate", "%", "", "nppc_proposals_satisfaction_rate"),
    # T6: the legal service centre's work, not the government service centre's
    ("办理法律服务事项", "count", "件", "", "public_legal_service_matters"),
    ("公共法律服务中心", "count", "个", "", "public_legal_service_points"),
    # T3: one metric whether counted in 件 or 份
    ("法律意见书", "count", "份", "出具", "legal_opinions"),
    ("法律意见书", "count", "件", "出具", "legal_opinions"),
    # the domain's other words for the same thing: a fine's total, the legality reviewer, handled online
    ("企业罚款总额", "count", "元", "", "fines_amount"),
    ("法审员", "count", "名", "配备", "legal_staff"),
    ("网上办理事项", "count", "项", "", "online_service_items"),
    # people counted by the training they attended (参加各类培训活动67人次): its participants
    ("区级以上各类培训活动", "count", "人次", "参加", "training_participants"),
    ("任职各类培训", "count", "人次", "", "training_participants"),
    # places an inspection covers are entities inspected, like enterprises
    ("检查校园", "count", "家次", "", "inspected_entities"),
    ("医疗机构", "count", "家", "检查", "inspected_entities"),
])
def test_the_catalogue_maps_the_domains_phrasings(subject, kind, unit, lead, code):
    assert metric_match(subject, kind, unit, lead) == (code, None)


@pytest.mark.parametrize("subject, kind, unit, lead", [
    ("企业", "count", "家", ""),  # which enterprises? a generic noun alone decides nothing
    ("取消许可事项", "count", "个", ""),  # items cancelled are a change to the list, not its size
    ("工作人员", "count", "名", ""),
    ("问题", "count", "个", ""),
    ("会议", "event", "次", ""),
    ("法律宣传活动", "count", "元", ""),  # a kind or unit no metric of that name has
])
def test_a_generic_word_alone_maps_to_nothing(subject, kind, unit, lead):
    assert metric_match(subject, kind, unit, lead)[0] is None


@pytest.mark.parametrize("subject, kind, unit, sentence", [
    ("集中学习", "event", "次", "围绕习近平法治思想，全年开展集中学习4次。"),  # law study, not general political study
    ("培训", "event", "场", "围绕民法典和行政诉讼法，组织培训3场。"),
    ("宣讲", "event", "场", "围绕宪法和民法典，开展宣讲20场。"),
    ("党委会", "event", "次", "研究依法行政工作，召开党委会6次。"),
])
def test_a_law_topic_in_the_sentence_keeps_a_fact_out_of_the_non_law_metrics(subject, kind, unit, sentence):
    at = sentence.index(next(c for c in sentence if c.isdigit()))
    code = metric_match(subject, kind, unit, clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0]
    assert code not in ("political_study_sessions", "training_sessions", "publicity_lectures")


def test_the_catalogue_file_is_well_formed():
    assert catalogue_problems() == []


def test_a_count_of_kinds_fits_no_metric():
    # 梳理10类权责事项: ten kinds of items, which no metric of items sums
    assert metric_match("权责事项", "count", "项")[0] == "power_list_items"
    assert metric_match("权责事项", "count", "类") == (None, "no_metric")


def test_a_generic_rate_head_or_a_law_topic_in_the_subject_turns_the_metric_away():
    # 及时率 of filing documents is not the on-time closure of cases
    assert metric_match("按时办结率", "rate", "%")[0] == "ontime_closure_rate"
    assert metric_match("报备及时率", "rate", "%")[0] is None
    # the centre group's study of law is not its general study
    assert metric_match("中心组集中学习", "event", "次")[0] == "center_group_study"
    assert metric_match("中心组普法学习", "event", "次")[0] != "center_group_study"


def test_intermediary_and_public_service_items_are_not_government_service_items():
    assert metric_match("政务服务事项", "count", "项", "梳理")[0] == "service_items"
    assert metric_match("中介服务事项", "count", "项", "保留")[0] != "service_items"
    assert metric_match("公共服务事项", "count", "项", "编制并发布")[0] != "service_items"


@pytest.mark.parametrize("sentence,anchor,unit,subject,expected", [
    # 不予处罚 (首违不罚, 轻微免罚) is the opposite of a penalty: never counted with the penalty cases
    ("全年共办理行政处罚案件30起,办理不予处罚案件2起。", "30起", "起", "行政处罚案件", "penalty_cases"),
    ("全年共办理行政处罚案件30起,办理不予处罚案件2起。", "2起", "起", "不予处罚案件", None),
    # the staff holding certificates is a stock; those who passed the exam this year are a flow
    ("我局现有持证执法人员17人,今年有7人通过并获执法证。", "17人", "人", "持证执法人员", "enforcement_staff"),
    ("我局现有持证执法人员17人,今年有7人通过并获执法证。", "7人", "人", "通过并获执法证", None),
    # a stock of people is counted in heads: officers turned out 300 times are not 300 officers
    ("开展联合执法检查,出动执法人员300余人次。", "300余人次", "人次", "执法人员", None),
    ("全镇共有执法人员30人。", "30人", "人", "执法人员", "enforcement_staff"),
    # people holding the certificate, however the certificate is named
    ("全局持行政执法证人员32人。", "32人", "人", "持行政执法证人员", "enforcement_staff"),
])
def test_cases_not_penalised_and_people_newly_certified_take_no_stock_metric(sentence, anchor, unit, subject, expected):
    at = sentence.index(anchor)
    assert metric_match(subject, "count", unit, clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == expected


@pytest.mark.parametrize("subject,sentence,expected", [
    # litigation is the government's only when the phrase says 行政 or 应诉; a law firm's 诉讼案件 is not
    ("行政诉讼案件", "全年新收行政诉讼案件12件。", "admin_litigation_cases"),
    ("诉讼案件", "全年5家律师事务所共办理法律事务787件,其中诉讼案件536件,非诉讼案件24件。", None),
    ("非诉讼案件", "全年5家律师事务所共办理法律事务787件,其中诉讼案件536件,非诉讼案件24件。", None),
    # a resolution rate of petitions or of cases handed down is no dispute mediation rate
    ("化解率", "全年排查化解矛盾纠纷391件,化解率达96%。", "mediation_success_rate"),
    ("化解率", "市交办督办件12件,成功化解9件,化解率达75%。", None),
])
def test_litigation_and_mediation_rates_need_their_own_words(subject, sentence, expected):
    anchor = {"行政诉讼案件": "12件", "诉讼案件": "536件", "非诉讼案件": "24件"}.get(subject) or sentence[sentence.index("率达") + 2:-1]
    at = sentence.index(anchor)
    kind, unit = ("rate", "%") if anchor.endswith("%") else ("count", "件")
    assert metric_match(subject, kind, unit, clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == expected


@pytest.mark.parametrize("sentence,anchor,subject,expected", [
    # what the rest of the clause says of the things counted can rule a metric out, as the phrase itself does:
    # service items put under 告知承诺 are a subset, not the service item list, nor certification items
    ("全区23家单位243个政务服务事项实行“告知承诺”,累计办件量达16.1万余件。", "243个", "政务服务事项", None),
    ("全区梳理政务服务事项243个。", "243个", "政务服务事项", "service_items"),
    ("对35项证明事项实行告知承诺制。", "35项", "证明事项", "proof_commitment_items"),
])
def test_the_rest_of_the_clause_can_rule_a_metric_out(sentence, anchor, subject, expected):
    at = sentence.index(anchor)
    assert metric_match(subject, "count", anchor[-1], clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == expected


@pytest.mark.parametrize("sentence,anchor,unit,subject,expected", [
    # a lecture is law training only when something says law; a bare 专题讲座 may be on anything
    ("共组织中心组学习3次,专题讲座2次,研讨交流2次。", "专题讲座2次", "次", "专题讲座", None),
    ("组织干部职工参加专题法治讲座4场次。", "4场次", "场次", "专题法治讲座", "law_training_sessions"),
    # lectures taken to the public (进社区、进校园) are publicity, not officials' training
    ("开展法治进社区、进校园活动,全年举办各类法治讲座290余场。", "290余场", "场", "各类法治讲座", None),
])
def test_a_lecture_is_law_training_for_officials_only_when_the_words_say_so(sentence, anchor, unit, subject, expected):
    at = sentence.index(anchor) + (len(subject) if anchor.startswith(subject) else 0)
    assert metric_match(subject, "event", unit, clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == expected


def test_study_in_a_sentence_about_the_centre_group_is_not_other_political_study():
    # the centre group's study is its own metric (or none, when the topic is law): never "other" political study
    sentence = "县委理论学习中心组组织专题学习4次。"
    at = sentence.index("4次")
    assert metric_match("专题学习", "event", "次", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] != "political_study_sessions"
    sentence = "全年开展党纪学习教育读书班3次。"
    at = sentence.index("3次")
    assert metric_match("党纪学习教育读书班", "event", "次", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == "political_study_sessions"


@pytest.mark.parametrize("sentence,anchor,subject,expected", [
    ("全县梳理政务服务事项1512项。", "1512项", "政务服务事项", "service_items"),
    # a subset by reform or by applicant is no service item list
    ("梳理下放政务服务事项256项。", "256项", "下放政务服务事项", None),
    ("649项政务服务事项下沉区级分中心。", "649项", "政务服务事项", None),
    ("梳理出自然人服务事项819项。", "819项", "自然人服务事项", None),
])
def test_a_subset_of_the_service_items_is_not_the_list(sentence, anchor, subject, expected):
    at = sentence.index(anchor)
    assert metric_match(subject, "count", "项", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == expected


@pytest.mark.parametrize("sentence,anchor,subject,expected", [
    ("全年立案查处行政处罚案件86件。", "86件", "行政处罚案件", "penalty_cases"),
    # cases handed over by others, or handled for or with another body, are parts, not the body's total
    ("办理相关部门移交案件22起。", "22起", "相关部门移交案件", None),
    ("与广安市联合执法查办案件1件。", "1件", "联合执法查办案件", None),
])
def test_cases_handed_over_or_handled_with_others_are_no_penalty_total(sentence, anchor, subject, expected):
    at = sentence.index(anchor)
    assert metric_match(subject, "count", anchor[-1], clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == expected


def test_first_topic_study_is_named_before_or_after_its_verb():
    assert metric_match("学习第一议题", "event", "次")[0] == "first_topic_study"
    assert metric_match("第一议题学习", "event", "次")[0] == "first_topic_study"
    assert metric_match("“第一议题”学习", "event", "次", "开展")[0] == "first_topic_study"


@pytest.mark.parametrize("subject,kind,unit,lead,expected", [
    ("发放材料", "count", "份", "发放", "pufa_materials"),  # materials handed out are publicity materials
    ("学习材料", "count", "份", "发放", "study_materials"),  # ... study materials are not
    ("法律进校园", "event", "次", "开展", "pufa_events"),  # the law taken into schools is a publicity event
    ("行政办公会议", "event", "次", "召开", "party_meetings"),  # 办公会议 is read as one word
])
def test_heads_of_the_domain_read_as_one_word(subject, kind, unit, lead, expected):
    assert metric_match(subject, kind, unit, lead)[0] == expected


@pytest.mark.parametrize("subject,unit,lead,expected", [
    # one channel or one class of a total is not the total: summed with totals it would mix parts and wholes
    ("信访事项", "件", "受理", "petition_items"),
    ("网上受理信访事项", "件", "", None),
    ("市级领导包联信访案件", "件", "", None),
    ("办件量", "件", "全年", "service_cases"),
    ("告知承诺办件量", "件", "", None),
    ("一体化政务服务平台全年办件量", "件", "", None),
])
def test_a_channel_or_class_of_a_total_is_not_the_total(subject, unit, lead, expected):
    assert metric_match(subject, "count", unit, lead)[0] == expected


@pytest.mark.parametrize("subject,expected", [("国家工作人员", "study_exam_participants"), ("村法律明白人", None)])
def test_village_legal_understanders_sitting_an_exam_are_no_officials_law_exam(subject, expected):
    sentence = f"组织80名{subject}参加网上学法考试。"
    at = sentence.index("80")
    assert metric_match(subject, "count", "名", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0] == expected


@pytest.mark.parametrize("subject,expected", [
    # meetings that studied the rule of law's business, named by that business
    ("研究法治有关工作", "law_work_meetings"),
    ("党政联席会议传达法治相关议题", "law_work_meetings"),
    ("研究安全生产相关工作", None),
])
def test_meetings_named_by_the_rule_of_law_business_they_took_up(subject, expected):
    assert metric_match(subject, "event", "次")[0] == expected


def test_a_body_named_before_another_figure_vetoes_only_that_figure():
    sentence = "全年开展党委中心组集体学法6次，干部职工集体学法9次，专题学习4次。"
    assert figure_stretch(sentence, sentence.index("9次")) == "，干部职工集体学法9次"
    assert figure_stretch(sentence, sentence.index("6次")) == "全年开展党委中心组集体学法6次"
    frame = with_metric_codes(pl.DataFrame({
        "subject": ["党委中心组集体学法", "干部职工集体学法"], "kind": ["event", "event"], "unit": ["次", "次"],
        "evidence": [sentence, sentence], "figure_in_evidence": [sentence.index("6次"), sentence.index("9次")]}))
    assert frame["metric_code"].to_list() == ["study_center_group", "study_sessions"]
    # a meeting's study named in the figure's own stretch may be counted in it: no metric
    sentence = "严格落实常务会会前学法制度，全年干部职工集体学法9次。"
    frame = with_metric_codes(pl.DataFrame({"subject": ["干部职工集体学法"], "kind": ["event"], "unit": ["次"],
                                            "evidence": [sentence], "figure_in_evidence": [sentence.index("9次")]}))
    assert frame["metric_code"].to_list() == [None]


def test_a_topic_word_anywhere_in_the_sentence_still_vetoes():
    # law named earlier: the topical study after it is not plain political study
    sentence = "组织学习宪法、民法典3次，专题学习5次。"
    at = sentence.index("5次")
    assert "宪法" not in figure_stretch(sentence, at)
    frame = with_metric_codes(pl.DataFrame({"subject": ["专题学习"], "kind": ["event"], "unit": ["次"],
                                            "evidence": [sentence], "figure_in_evidence": [at]}))
    assert frame["metric_code"].to_list() != ["political_study_sessions"]


def test_items_a_reform_was_carried_out_on_are_no_list_size():
    # N items that achieved or adopted a reform are the reform's subset, not the service list
    for sentence, figure, subject in (("全区1380项政务服务事项全部进驻中心。", "1380项", "政务服务事项"),
                                      ("12项政务服务事项实现“跨省通办”。", "12项", "政务服务事项"),
                                      ("9项高频事项推行“马上办”。", "9项", "高频事项")):
        at = sentence.index(figure)
        found = metric_match(subject, "count", "项", clause_lead(sentence, at), sentence, clause_tail(sentence, at))[0]
        assert (found == "service_items") == sentence.startswith("全区"), sentence


@pytest.mark.parametrize("sentence, figure, subject, expected", [
    # an excluded deed in the figure's own clause: changes to the list, not its size
    ("全面清理权责清单，调整了6家单位500余项职权事项。", "500余项", "职权事项", None),
    ("全面清理权责清单，梳理6家单位500余项职权事项。", "500余项", "职权事项", "power_list_items"),
])
def test_an_excluded_deed_before_the_figure_vetoes_its_metric(sentence, figure, subject, expected):
    at = sentence.index(figure)
    assert metric_match(subject, "count", sentence[at:].lstrip("0123456789余")[0], clause_lead(sentence, at), sentence,
                        clause_tail(sentence, at))[0] == expected


def test_the_rules_own_deed_nearer_the_figure_outweighs_an_excluded_one():
    screened = rule("screened", "矛盾纠纷", verbs="排查", excludes="调解")
    # 调解 names the bodies that screened; 排查 is the deed
    assert best_rule((screened,), "矛盾纠纷", "count", "起", "全镇各类调解组织共排查") == ("screened", None)
    assert best_rule((screened,), "矛盾纠纷", "count", "起", "排查后调解") == (None, "no_metric")


@pytest.mark.parametrize("subject, unit, not_metric", [
    ("不予行政处罚案件", "件", "admin_litigation_cases"),  # penalty cases waived, not lawsuits
    ("协助执行通知书", "份", "supervision_notices"),  # a court's notice, not a supervision notice
    ("提出整改意见", "条", "legal_opinions"),  # an inspection's demands, not a legal opinion
    ("立案查处相关医疗器械案件", "宗", "penalty_cases"),  # cases of one kind: a part by type, not the total
    ("立案查处违法案件", "宗", None),
])
def test_look_alike_documents_and_cases_are_not_their_namesakes(subject, unit, not_metric):
    if not_metric is None:  # the control: the plain phrase does map
        assert metric_match(subject, "count", unit)[0] == "penalty_cases"
    else:
        assert metric_match(subject, "count", unit)[0] != not_metric


def test_a_list_of_counts_shares_the_predicate_after_its_last_item():
    sentence = "对6个部门、8个街道开展法治政府建设督察。"
    at = sentence.index("6个")
    assert list_predicate(sentence, at) == "街道开展法治政府建设督察"
    assert list_predicate(sentence, sentence.index("8个")) == ""
    frame = with_metric_codes(pl.DataFrame({"subject": ["部门", "街道"], "kind": ["count"] * 2, "unit": ["个"] * 2,
                                            "evidence": [sentence] * 2, "figure_in_evidence": [at, sentence.index("8个")]}))
    assert frame["metric_code"].to_list() == ["supervised_units"] * 2
    # only when the item's own clause names no metric: the last item's own words are not shared
    sentence = "制定履职清单，包括120项基本履职事项、30项上级部门收回事项。"
    at = sentence.index("120项")
    frame = with_metric_codes(pl.DataFrame({"subject": ["基本履职事项"], "kind": ["count"], "unit": ["项"],
                                            "evidence": [sentence], "figure_in_evidence": [at]}))
    assert frame["metric_code"].to_list() == ["duty_items_basic"]


def test_a_topic_named_after_the_figure_in_its_own_clauses_is_its_topic():
    def meeting_metric(sentence, figure, subject):
        at = sentence.index(figure)
        frame = with_metric_codes(pl.DataFrame({"subject": [subject], "kind": ["event"], "unit": ["次"],
                                                "evidence": [sentence], "figure_in_evidence": [at]}))
        return frame["metric_code"][0]
    assert meeting_metric("领导小组召开3次会议，研究部署年度法治工作任务。", "3次", "会议") == "law_work_meetings"
    # named in the next figure's clause, the topic is that figure's
    assert meeting_metric("领导小组召开3次会议，开展法治工作督查5次。", "3次", "会议") is None


@pytest.mark.parametrize("subject", ["法治政府建设专题工作会", "常务会议专题调度部署法治政府工作", "班子成员专题研究法治建设情况"])
def test_meetings_on_rule_of_law_work_by_their_own_names(subject):
    assert metric_match(subject, "event", "次")[0] == "law_work_meetings"


def test_what_a_training_covered_is_counted_by_the_training():
    assert noun_core("习近平法治思想培训覆盖") == "习近平法治思想培训"
    assert metric_match("习近平法治思想培训覆盖", "count", "人次")[0] == "law_trainees"


def test_an_audience_named_anywhere_in_the_sentence_still_vetoes():
    # lectures in a sentence about going into schools and villages are publicity, not officials' training
    sentence = "开展法治进校园、进乡村活动，面向12个村开展学习宣传，全年举办法治讲座30场。"
    at = sentence.index("30场")
    frame = with_metric_codes(pl.DataFrame({"subject": ["法治讲座"], "kind": ["event"], "unit": ["场"],
                                            "evidence": [sentence], "figure_in_evidence": [at]}))
    assert frame["metric_code"].to_list() != ["law_training_sessions"]
    assert metric_match("司法所人员给群众上法治课", "event", "场次")[0] != "leader_law_lectures"


def test_tender_documents_filed_are_no_normative_documents():
    assert metric_match("规范性文件", "count", "件", "报送备案")[0] == "normative_docs_filed"
    assert metric_match("项目的招标文件", "count", "件", "报送备案")[0] is None


def test_a_figure_counting_a_list_of_activities_of_different_metrics_has_none():
    def metric(sentence, subject, figure):
        at = sentence.index(figure)
        return with_metric_codes(pl.DataFrame({"subject": [subject], "kind": ["event"], "unit": [figure[-2:].lstrip("0123456789")],
                                               "evidence": [sentence], "figure_in_evidence": [at]}))["metric_code"][0]
    assert metric("组织开展宪法宣传、法治宣传活动12场次。", "法治宣传活动", "12场次") == "pufa_events"
    assert metric("组织开展民法典学习、专题法治讲座12场次。", "专题法治讲座", "12场次") is None
    assert metric("组织开展专题法治讲座12场次。", "专题法治讲座", "12场次") == "law_training_sessions"


def test_a_lecture_reported_is_no_meeting_on_rule_of_law_work():
    assert metric_match("习近平法治思想专题辅导报告", "event", "次")[0] is None
    assert metric_match("专题研究法治政府建设工作汇报", "event", "次")[0] == "law_work_meetings"


def test_a_service_centres_total_caseload_is_its_cases_handled():
    assert metric_match("办件总量", "count", "件")[0] == "service_cases"


@pytest.mark.parametrize("subject, kind, unit, lead, not_metric", [
    ("宣传人员", "count", "人", "出动", "pufa_audience"),  # who delivered the publicity, not who received it
    ("校园宣讲队成员", "count", "名", "", "pufa_audience"),
    ("招标文件", "count", "件", "审查", "normative_doc_reviews"),  # tender documents are no normative documents
    ("LED屏宣传", "event", "次", "利用", "pufa_events"),  # a screen's broadcasts are no publicity events held
    ("撤回行政复议申请", "count", "件", "", "admin_reconsideration_cases"),  # a part: withdrawn applications
    ("全程不见面审批事项", "count", "项", "", "service_items"),  # a subset of the service list
])
def test_look_alike_people_documents_and_items(subject, kind, unit, lead, not_metric):
    assert metric_match(subject, kind, unit, lead)[0] != not_metric


def test_a_topic_then_the_deed_done_to_it_maps_as_the_deed_on_the_topic():
    assert metric_match("行政复议案件受理", "count", "件")[0] == metric_match("受理行政复议案件", "count", "件")[0] is not None
    assert metric_match("公职律师新增", "count", "人")[0] is None  # a change, not a deed done to the lawyers


def test_a_rule_of_law_committee_convened_is_a_meeting_on_its_work_and_legal_review_is_no_service_case():
    assert metric_match("市委全面依法治县委员会", "event", "次", "全年共召开")[0] == "law_work_meetings"
    assert metric_match("办理各类规范性审查业务", "count", "件")[0] != "service_cases"


@pytest.mark.parametrize("subject, unit, not_metric", [
    ("行政检查案件", "起", "admin_litigation_cases"),  # 行政 qualifies inspections as much as lawsuits
    ("行政许可案件", "件", "admin_litigation_cases"),
    ("大队新增执法人员", "名", "enforcement_staff"),  # a flow, not the staff
    ("离职执法人员", "名", "enforcement_staff"),
])
def test_flows_and_other_administrative_cases_are_not_stocks_or_lawsuits(subject, unit, not_metric):
    assert metric_match(subject, "count", unit)[0] != not_metric
    assert metric_match("行政诉讼案件", "count", "件")[0] == "admin_litigation_cases"
    assert metric_match("持证执法人员", "count", "人")[0] == "enforcement_staff"


def test_people_who_did_not_take_part_are_no_participants():
    assert metric_match("参加执法考试", "count", "名")[0] == "study_exam_participants"
    assert metric_match("未参加执法考试", "count", "名")[0] is None


def test_a_failure_rate_is_no_pass_rate():
    assert metric_match("学法考试合格率", "rate", "%")[0] == "study_exam_pass_rate"
    assert metric_match("抽检不合格率", "rate", "%")[0] is None


def test_awarded_mediators_are_no_head_count_of_mediators():
    assert metric_match("人民调解员", "count", "人")[0] == "mediators"
    assert metric_match("荣获自治区金牌人民调解员", "count", "人")[0] is None


def test_legal_aid_work_is_no_penalty_case_and_a_vice_principals_lesson_no_officials_training():
    assert metric_match("办理法律帮助案件", "count", "件")[0] is None
    assert metric_match("法治副校长授课", "event", "场次")[0] is None
    assert metric_match("办理行政处罚案件", "count", "件")[0] == "penalty_cases"


@pytest.mark.parametrize("evidence, figure, expected", [
    (None, None, ""),
    ("开展学习3次。", None, "开展学习3次。"),  # no position: the whole sentence
    ("3次学习。", "3次", "3次学习"),  # a figure opening the sentence has only its own clause
    ("5次，学习3次。", "3次", "，学习3次"),  # the stretch starts after the figure before
])
def test_figure_stretch_runs_from_the_figure_before_to_the_end_of_the_clause(evidence, figure, expected):
    at = evidence.index(figure) if figure else None
    assert figure_stretch(evidence, at) == expected


@pytest.mark.parametrize("evidence, figure, expected", [
    ("全年，对6个部门、8个街道开展督察，成效明显。", "6个", "街道开展督察"),
    ("对6个部门、8个街道开展督察", "6个", "街道开展督察"),  # no clause break after the list
    ("对6个部门、街道开展督察。", "6个", "街道开展督察"),  # the last item has no figure of its own
    ("开展督察6次，成效明显。", "6次", ""),  # no list after the figure
])
def test_list_predicate_is_what_follows_the_lists_last_figure(evidence, figure, expected):
    assert list_predicate(evidence, evidence.index(figure)) == expected


@pytest.mark.parametrize("lead, expected", [
    ("调整了6家单位", True),   # the excluded deed is what was done to the things counted
    ("梳理并调整", True),      # ... the last deed decides
    ("调整后梳理", False),     # the rule's own deed nearer the figure
    ("调整，梳理", False),     # another clause's deed says nothing
    ("调整，对6家单位", False),  # ... even when the figure's own clause has no deed
    ("", False),
])
def test_an_excluded_deed_is_the_last_deed_of_the_figures_own_clause(lead, expected):
    from transforms.metrics import _excluded_deed
    rule_ = rule("items", "事项", verbs="梳理", excludes="调整", unit_class="items")
    assert _excluded_deed(rule_, lead) is expected


@pytest.mark.parametrize("subject, before, expected", [
    ("专题法治讲座", "开展集体学习、专题法治讲座", "开展集体学习"),  # the item as written, verb and all
    ("专题法治讲座", "全年，学习、专题法治讲座", "学习"),
    ("专题法治讲座", "开展专题法治讲座", ""),
    ("专题法治讲座", "开展学习，专题法治讲座", ""),
    ("", "开展学习、", ""),
    ("讲座", "学习、讲堂", ""),  # the subject does not close the text before the figure
])
def test_the_item_listed_before_the_subject(subject, before, expected):
    from transforms.metrics import _item_listed_before
    assert _item_listed_before(subject, before) == expected


@pytest.mark.parametrize("subject, expected", [
    ("案件受理", ("案件", "受理")),
    ("行政复议案件受理", ("行政复议案件", "受理")),
    ("受理", None),              # no topic
    ("公职律师新增", None),       # not a deed of handling
    ("审查文件受理", None),       # a verb inside the topic: not a topic
    ("案件复核材料受理", None),    # ... wherever it stands
    ("案件复核受理", None),
    ("纠纷调查材料受理", ("纠纷调查材料", "受理")),  # a verbal noun is a noun
])
def test_a_topic_then_a_handling_verb(subject, expected):
    from transforms.metrics import _topic_then_deed
    assert _topic_then_deed(subject) == expected


@pytest.mark.parametrize("subject,unit,lead,expected", [
    ("户籍类信息", "条", "发布", None),  # one category of the information disclosed
    ("政务动态类信息", "条", "发布", None),
    ("各类信息", "条", "发布", "disclosure_items"),  # 各类: all kinds of it, the whole
    ("保全类公证", "件", "办理", None),
    ("公证", "件", "办理", "notarizations"),
    ("生产经营类的县属事业单位", "家", "", None),
    # one kind, domain or column of the information disclosed is no total of it
    ("发布解读信息", "条", "发布", None),
    ("发布政府采购信息", "条", "发布", None),
    ("双公示信息", "条", "录入", None),
    ("政府信息公开专栏发布的信息", "条", "", None),
    ("公开政府信息", "条", "主动", "disclosure_items"),
    # staff on the establishment, regular or auxiliary, or leaving, are not the certified officers counted
    ("在编执法人员", "名", "现有", None),
    ("辅助执法人员", "名", "", None),
    ("正式执法队员", "人", "现有", None),
    ("退出执法人员", "人", "", None),
    ("持证执法人员", "人", "现有", "enforcement_staff"),
])
def test_a_subject_naming_one_part_of_what_the_metric_counts_maps_to_nothing(subject, unit, lead, expected):
    assert metric_match(subject, "count", unit, lead)[0] == expected


@pytest.mark.parametrize("sentence,subject,figure,expected", [
    # an amount after one procedure's case count is that procedure's
    ("普通程序案件1309件,处罚金额318万余元。", "处罚金额", "318万余元", None),
    ("其中适用简易程序案件40起,累计罚款11100元;", "罚款", "11100元", None),
    # after both procedures (一般 and 普通 are one) or after none, the total's
    ("查办一般程序案件20起、简易程序案件11起,罚款金额246000元。", "罚款金额", "246000元", "fines_amount"),
    ("办理行政处罚案件42起,罚款19000元。", "罚款", "19000元", "fines_amount"),
    ("适用普通程序案件2起,罚款7900元,全年罚款总额达19000元。", "罚款总额", "19000元。", "fines_amount"),  # names itself the total
    ("一般程序案件20起、普通程序案件的罚款8万元。", "罚款", "8万元", None),  # 一般 and 普通: one procedure
])
def test_an_amount_after_one_procedures_cases_is_that_procedures(sentence, subject, figure, expected):
    assert _in_sentence(subject, "count", "元", sentence, figure) == expected


def test_bodies_toured_by_a_rule_of_law_inspection_are_bodies_supervised():
    sentence = "2023年对21家单位开展法治巡察,推动法治巡察与纪检监察贯通。"
    assert _in_sentence("单位", "count", "家", sentence, "21家") == "supervised_units"
    assert _in_sentence("单位", "count", "家", "2023年对21家单位开展走访。", "21家") is None


@pytest.mark.parametrize("sentence,subject,figure,expected", [
    # in a government-information report, the cases its disclosure work drew are a part of all cases
    ("收到针对我街道信息公开事务的行政复议1件。", "收到针对我街道信息公开事务的行政复议", "1件", None),
    ("全年因政府信息公开引发行政复议2件。", "政府信息公开引发行政复议", "2件", None),
    ("全年收到行政复议申请12件。", "行政复议申请", "12件", "admin_reconsideration_cases"),
])
def test_cases_drawn_by_information_disclosure_are_a_part_of_all_cases(sentence, subject, figure, expected):
    assert _in_sentence(subject, "count", "件", sentence, figure) == expected


def test_each_kind_of_bad_catalogue_row_is_named(monkeypatch):
    import transforms.metrics as metrics
    good = dict(metrics.data_rows("metrics.csv")[0]) | {"kind": "count", "task": "T1"}
    rows = [good | {"code": "a", None: ["a field past the header"]},  # an unquoted comma shifted the row
            good | {"code": "a", "kind": "bogus"},
            good | {"code": "b", "unit_class": "cases|nope", "task": "T10", "definition": " ", "heads": " "},
            good | {"code": "c", "audience_of": "b"},  # b counts things: it is no event with an audience
            good | {"code": "d", "task": "T0"},
            good | {"code": "e", "unit_class": "|".join(metrics.UNIT_CLASS), "task": "T9"}]  # every class: fine
    monkeypatch.setattr(metrics, "data_rows", lambda name: rows)
    assert metrics.catalogue_problems() == [
        "a: more fields than the header (an unquoted comma?)", "a: duplicate code", "a: unknown kind",
        "b: unknown unit class", "b: task outside T1..T9", "b: no definition", "b: no heads",
        "d: task outside T1..T9", "c: audience_of b is no event metric"]


@pytest.mark.parametrize("sentence,subject,figure,expected", [
    # the parts a total's brackets list qualify the parts, not the total
    ("共开展行政检查41308次,实施行政处罚4905起(其中简易程序1486起、普通程序3419起)。", "实施行政处罚", "4905起", "penalty_cases"),
    ("实施行政处罚4905起简易程序。", "实施行政处罚", "4905起", None),  # no brackets: the clause still qualifies it
    # penalty decisions issued are the penalty cases decided
    ("全年下达行政处罚决定310件,罚没118.49万元。", "下达行政处罚决定", "310件", "penalty_cases"),
])
def test_a_totals_bracketed_parts_do_not_qualify_it_and_decisions_issued_are_cases(sentence, subject, figure, expected):
    assert _in_sentence(subject, "count", "件" if figure.endswith("件") else "起", sentence, figure) == expected


def test_own_tail_stops_where_brackets_list_the_parts():
    sentence = "实施行政处罚4905起(其中简易程序1486起),罚款。"
    assert own_tail(sentence, sentence.index("4905")) == "4905起"
    assert own_tail("案件12件(含复议),罚款。", 2) == "12件"
    assert own_tail("办理案件12件(涉企)。", 4) == "12件(涉企)"  # an aside that lists no parts stays


def test_law_lectures_by_village_legal_advisers_are_for_villagers_not_staff_training():
    sentence = "今年以来,村(社区)法律顾问共开展法治讲座340余场次。"
    assert _in_sentence("法治讲座", "event", "场次", sentence, "340余场次") is None
    assert _in_sentence("法治讲座", "event", "场次", "今年以来,为机关干部开展法治讲座12场次。", "12场次") == "law_training_sessions"
